"""Starts an Xvfb virtual screen for the tests that need a real X11 server (marked ``xvfb``)."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager

import pytest


def _cannot(reason: str) -> None:
    """Skip on a developer's machine without Xvfb; fail in CI, whose set-up installs it (a silent skip there
    would hide a broken install)."""
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


@contextmanager
def virtual_screen(width: int, height: int) -> Iterator[str]:
    """A bare Xvfb server (no window manager) of ``width`` x ``height``; yields its DISPLAY. Skips the test when
    Xvfb is missing or does not start.

    Xvfb picks a free display number itself and writes it to a pipe (``-displayfd``): tests running in parallel
    (pytest-xdist), or another engineer's Xvfb on the same machine, can never be handed the same number.
    """
    if shutil.which("Xvfb") is None:
        _cannot("Xvfb is not installed (scripts/install-system-deps.sh installs it)")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", f"{width}x{height}x24",
                               "-nolisten", "tcp"], pass_fds=(write_end,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    try:
        # Xvfb writes the number once it accepts connections; the pipe closes without one if it fails.
        with os.fdopen(read_end, "rb") as pipe:
            number = pipe.readline().strip().decode("ascii", "replace")
        if not number.isdigit():
            server.kill()
            server.wait(timeout=10)
            _cannot("Xvfb did not start")
        yield f":{number}"
    finally:
        if server.poll() is None:
            server.terminate()
            server.wait(timeout=10)
