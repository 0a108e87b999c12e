"""The app in a real X11 window on the Xvfb virtual screen, started the way IT staff and nurses start it."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import CHILD_TIMEOUT_S
from tests.ui.xvfb import virtual_screen

pytestmark = pytest.mark.xvfb


@pytest.fixture
def display() -> Iterator[str]:
    with virtual_screen(1920, 1080) as name:
        yield name


def run_kiosk(display: str, tmp_path: Path, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", KIOSK_EXIT_AFTER_FIRST_PAINT="1")
    return subprocess.run([sys.executable, "-m", "kiosk", *args], env=env, capture_output=True, text=True,
                          timeout=timeout)


@pytest.mark.parametrize("mode", ["--windowed", "--kiosk"])
def test_the_app_paints_its_home_screen_on_a_real_x11_window(display, tmp_path, mode) -> None:
    """Both ways of starting reach a painted screen on X11 (that kiosk mode fills a bare screen is checked in
    test_real_screen.py)."""
    done = run_kiosk(display, tmp_path, mode)
    assert done.returncode == 0, done.stderr
    assert "first-paint-epoch=" in done.stdout
    assert "Traceback" not in done.stderr


def test_without_a_display_the_app_says_so_instead_of_aborting(tmp_path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run([sys.executable, "-m", "kiosk", "--windowed"], env=env, capture_output=True, text=True,
                          timeout=CHILD_TIMEOUT_S)
    assert done.returncode == 2
    assert "There is no screen to show the kiosk on" in done.stderr
    assert "kiosk snapshot" in done.stderr
