"""The calm screen a patient sees if something unexpected goes wrong: never a traceback, always the way back."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.ui.panels.overlay import Overlay

SHOW_FOR_MS = 4000


class ErrorScreen(Overlay):
    """Says something went wrong, waits a moment, then asks for everything to return to the start."""

    finished = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, dismissable=False)
        self.setObjectName("errorScreen")
        heading = QLabel(self.tr("Something went wrong"))
        heading.setObjectName("screenTitle")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        message = QLabel(self.tr("Sorry. The screen is going back to the start. You can then carry on."))
        message.setWordWrap(True)
        message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.panel_layout.addWidget(heading)
        self.panel_layout.addWidget(message)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SHOW_FOR_MS)
        self.timer.timeout.connect(self._done)

    def show_error(self) -> None:
        if not self.isVisible():
            self.open()
        self.timer.start()  # a burst of errors shows one screen, not many

    def close_overlay(self) -> None:
        # Closed by a tap on the top bar (Urgent help): the person goes where they asked, not back to the start.
        self.timer.stop()
        super().close_overlay()

    def _done(self) -> None:
        self.close_overlay()
        self.finished.emit()
