"""Starts an Xvfb virtual screen for the tests that need a real X11 server (marked ``xvfb``)."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def _cannot(reason: str) -> None:
    """Skip on a developer's machine without Xvfb; fail in CI, whose set-up installs it (a silent skip there
    would hide a broken install)."""
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


@contextmanager
def virtual_screen(width: int, height: int, first_display: int = 90) -> Iterator[str]:
    """A bare Xvfb server (no window manager) of ``width`` x ``height``; yields its DISPLAY. Skips the test when
    Xvfb is missing or does not start."""
    if shutil.which("Xvfb") is None:
        _cannot("Xvfb is not installed (scripts/install-system-deps.sh installs it)")
    for number in range(first_display, first_display + 50):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            break
    server = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while not Path(f"/tmp/.X11-unix/X{number}").exists():
        if time.monotonic() > deadline or server.poll() is not None:
            server.kill()
            _cannot("Xvfb did not start")
        time.sleep(0.05)
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)
