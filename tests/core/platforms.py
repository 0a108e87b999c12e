"""Marks for tests that check something this platform, or Wine standing in for Windows, cannot show; open files."""

from __future__ import annotations

import importlib.util
import sys
import threading
from pathlib import Path

import pytest


def under_wine() -> bool:
    """Windows Python running on Wine (make test-windows), not on Windows."""
    if sys.platform != "win32":
        return False
    import ctypes

    return hasattr(ctypes.WinDLL("ntdll"), "wine_get_version")


needs_qt = pytest.mark.skipif(
    importlib.util.find_spec("PySide6") is None,
    reason="no PySide6 in this Python (make test-windows installs it, with the icuuc.dll Qt6Core.dll needs)")

def held_under(folder: Path) -> list[str]:
    """The files under ``folder`` this process has open or mapped into memory (Linux; [] elsewhere)."""
    proc = Path("/proc/self")
    if not proc.is_dir():
        return []
    inside = str(folder.resolve()) + "/"
    held = set()
    for fd in (proc / "fd").iterdir():
        try:
            target = str(Path(fd).readlink())
        except OSError:  # closed in between
            continue
        if target.startswith(inside):
            held.add(target)
    for line in (proc / "maps").read_text().splitlines():
        parts = line.split(maxsplit=5)
        if len(parts) == 6 and parts[5].startswith(inside):
            held.add(parts[5])
    return sorted(held)


def hold_searches(monkeypatch) -> tuple[threading.Event, threading.Event]:
    """Hold every page search on its own thread until the test lets it go on: returns (searching, go_on). Each
    search sets ``searching`` when it starts, then waits for ``go_on`` (a minute at most) before it runs."""
    from kiosk.search import backend

    searching, go_on = threading.Event(), threading.Event()
    run = backend.PageSearch._run

    def held_up(self, *args):
        searching.set()
        assert go_on.wait(60)
        return run(self, *args)

    monkeypatch.setattr(backend.PageSearch, "_run", held_up)
    return searching, go_on
