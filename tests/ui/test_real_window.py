"""The app in a real X11 window on the Xvfb virtual screen, started the way IT staff and nurses start it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.xvfb


@pytest.fixture
def display(tmp_path: Path) -> Iterator[str]:
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (scripts/install-system-deps.sh installs it)")
    for number in range(90, 140):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            break
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while not Path(f"/tmp/.X11-unix/X{number}").exists():
        if time.monotonic() > deadline or server.poll() is not None:
            server.kill()
            pytest.skip("Xvfb did not start")
        time.sleep(0.05)
    yield f":{number}"
    server.terminate()
    server.wait(timeout=10)


def run_kiosk(display: str, tmp_path: Path, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", KIOSK_EXIT_AFTER_FIRST_PAINT="1")
    return subprocess.run([sys.executable, "-m", "kiosk", *args], env=env, capture_output=True, text=True,
                          timeout=timeout)


def test_windowed_app_paints_its_home_screen_on_a_real_x11_window(display, tmp_path) -> None:
    done = run_kiosk(display, tmp_path, "--windowed")
    assert done.returncode == 0, done.stderr
    assert "first-paint-epoch=" in done.stdout
    assert "Traceback" not in done.stderr


def test_kiosk_mode_paints_full_screen_on_a_real_x11_window(display, tmp_path) -> None:
    done = run_kiosk(display, tmp_path, "--kiosk")
    assert done.returncode == 0, done.stderr
    assert "first-paint-epoch=" in done.stdout


def test_without_a_display_the_app_says_so_instead_of_aborting(tmp_path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run([sys.executable, "-m", "kiosk", "--windowed"], env=env, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 2
    assert "There is no screen to show the kiosk on" in done.stderr
    assert "kiosk snapshot" in done.stderr
