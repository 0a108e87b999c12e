"""The app on a bare 1024x768 X server with no window manager, as on a kiosk PC: what the screen really shows."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from kiosk.ui.palette import STANDARD
from tests.conftest import CHILD_TIMEOUT_S
from tests.ui.xvfb import virtual_screen

pytestmark = pytest.mark.xvfb

WIDTH, HEIGHT = 1024, 768
GRAB = (
    "import sys\n"
    "from PySide6.QtWidgets import QApplication\n"
    "app = QApplication([])\n"
    "app.primaryScreen().grabWindow(0).save(sys.argv[1])\n"
)


@pytest.fixture
def bare_screen() -> Iterator[str]:
    """A 1024x768 Xvfb display with no window manager."""
    with virtual_screen(WIDTH, HEIGHT) as name:
        yield name


def _env(display: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    return env


def _screen_while_running(display: str, tmp_path: Path, *args: str) -> QImage:
    """Start the app, wait until its red Urgent help button is on the screen, and return the whole screen."""
    errors = tmp_path / "stderr.txt"
    with errors.open("w") as stderr:
        app = subprocess.Popen([sys.executable, "-m", "kiosk", *args], env=_env(display),
                               stdout=subprocess.DEVNULL, stderr=stderr)
    shot = tmp_path / "screen.png"
    try:
        deadline = time.monotonic() + CHILD_TIMEOUT_S
        while time.monotonic() < deadline:
            assert app.poll() is None, errors.read_text()
            subprocess.run([sys.executable, "-c", GRAB, str(shot)], env=_env(display), timeout=CHILD_TIMEOUT_S,
                           check=True)
            image = QImage(str(shot))
            if _urgent_pixels(image) > 500:
                time.sleep(0.5)  # let it settle, then look once more
                subprocess.run([sys.executable, "-c", GRAB, str(shot)], env=_env(display), timeout=CHILD_TIMEOUT_S,
                           check=True)
                return QImage(str(shot))
            time.sleep(0.3)
        pytest.fail("the app never showed Urgent help")
    finally:
        app.kill()
        app.wait(timeout=10)


def _urgent_pixels(image: QImage, x_from: int = 0) -> int:
    red = QColor(STANDARD["urgent"])
    return sum(1 for y in range(0, min(image.height(), 140), 2) for x in range(x_from, image.width(), 2)
               if image.pixelColor(x, y) == red)


def _is_black(image: QImage, x: int, y: int) -> bool:
    return image.pixelColor(x, y) == QColor(0, 0, 0)


def test_kiosk_mode_fills_a_screen_with_no_window_manager(bare_screen, tmp_path) -> None:
    image = _screen_while_running(bare_screen, tmp_path, "--kiosk")
    assert (image.width(), image.height()) == (WIDTH, HEIGHT)
    for x, y in ((2, 2), (WIDTH - 3, 2), (2, HEIGHT - 3), (WIDTH - 3, HEIGHT - 3), (WIDTH // 2, HEIGHT - 3)):
        assert not _is_black(image, x, y), f"the screen is bare at {x},{y}: the kiosk does not fill it"
    assert _urgent_pixels(image, x_from=WIDTH * 2 // 3) > 500, "Urgent help is not whole at the top right"


def test_windowed_app_fits_inside_a_small_screen(bare_screen, tmp_path) -> None:
    image = _screen_while_running(bare_screen, tmp_path, "--windowed")
    # Urgent help is the right-most thing in the bar: if its red reaches the right third of the screen and the
    # screen's last column is not red, the button ends on the screen rather than past its edge.
    assert _urgent_pixels(image, x_from=WIDTH * 2 // 3) > 500
    assert _urgent_pixels(image, x_from=WIDTH - 2) == 0
