"""A bare PySide6 window: the yardstick the kiosk's start-up time and bundle size are measured against.

With KIOSK_EXIT_AFTER_FIRST_PAINT=1 it quits right after its first paint, exactly as the kiosk does, so
``benchmarks/bundle_bench.py`` can time both the same way (from source and as PyInstaller bundles).
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget


class BareWindow(QWidget):
    """A window with one label, the least a Qt Widgets app can show."""

    def __init__(self, exit_after_first_paint: bool) -> None:
        super().__init__()
        self._exit_after_first_paint = exit_after_first_paint
        self._painted = False
        self.setWindowTitle("Bare PySide6 window")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Hello from a bare PySide6 window"))
        self.resize(800, 600)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._exit_after_first_paint and not self._painted:
            self._painted = True
            print(f"first-paint-epoch={time.time():.6f}", flush=True)
            # Quit from the event loop, not from inside the paint, so the paint completes first.
            QTimer.singleShot(0, QApplication.quit)


def main() -> int:
    app = QApplication(sys.argv)
    window = BareWindow(os.environ.get("KIOSK_EXIT_AFTER_FIRST_PAINT") == "1")
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
