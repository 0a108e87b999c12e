"""D2: a window manager's "show desktop" (Super+D) unmaps the kiosk's window without minimising it; in kiosk mode
the window comes straight back, full screen. On a real X server (Xvfb): another X client unmaps the window, as
openbox does."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import CHILD_TIMEOUT_S
from tests.ui.xvfb import virtual_screen

pytestmark = pytest.mark.xvfb

CHILD = textwrap.dedent("""
    import ctypes, sys, time
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from kiosk import resources
    from kiosk.content.sources import load_store
    from kiosk.settings import Settings, StartMode
    from kiosk.ui.session import build_session

    app = QApplication([])
    session = build_session(app, load_store(resources.content_dir()), Settings(), mode=StartMode.KIOSK)
    session.show()
    handle = session.window.windowHandle()

    def wait_for(check, seconds):
        deadline = time.monotonic() + seconds
        while not check() and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        return check()

    assert wait_for(handle.isExposed, 20), "never shown"
    x11 = ctypes.CDLL("libX11.so.6")
    x11.XOpenDisplay.restype = ctypes.c_void_p
    other = x11.XOpenDisplay(None)  # another X client, as the window manager is
    x11.XUnmapWindow(ctypes.c_void_p(other), ctypes.c_ulong(int(session.window.winId())))
    x11.XFlush(ctypes.c_void_p(other))
    assert wait_for(lambda: not handle.isExposed(), 20), "the unmap never arrived"
    print("unmapped", flush=True)
    back = wait_for(lambda: handle.isExposed() and session.lock.is_full_screen(), 20)
    print("back" if back else "still gone", session.window.geometry().getRect(), flush=True)
    session.shutdown()
""")


def test_the_kiosk_comes_back_when_the_window_manager_takes_it_off_the_screen(tmp_path: Path) -> None:
    with virtual_screen(1280, 800) as display:
        env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
        done = subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True, text=True,
                              timeout=CHILD_TIMEOUT_S, cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.splitlines()
    assert lines[0] == "unmapped"
    assert lines[1] == "back (0, 0, 1280, 800)", done.stdout + done.stderr[-1000:]
