"""Panels shown over the window (web addresses, "Are you still there?", the PIN pad, errors).

They are children of the main window rather than separate windows, so a full-screen kiosk never shows a window
frame or loses one behind another, and the idle reset can close them all in one place.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget


class Overlay(QWidget):
    """Dims the window and shows a centred panel. Escape (or the panel's own buttons) closes it."""

    closed = Signal()

    def __init__(self, parent: QWidget, *, dismissable: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("overlay")
        self.dismissable = dismissable
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 24)
        self.panel = QFrame()
        self.panel.setObjectName("dialogPanel")
        self.panel_layout = QVBoxLayout(self.panel)
        self.panel_layout.setContentsMargins(32, 28, 32, 28)
        self.panel_layout.setSpacing(20)
        outer.addStretch(1)
        outer.addWidget(self.panel, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)
        parent.installEventFilter(self)
        self.hide()

    def open(self) -> None:
        self.setGeometry(self.parentWidget().rect())
        self.panel.setMaximumWidth(max(320, self.parentWidget().width() - 48))
        self.show()
        self.raise_()
        self.setFocus()

    def close_overlay(self) -> None:
        if self.isVisible():
            self.hide()
            self.closed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize and self.isVisible():
            self.setGeometry(self.parentWidget().rect())
            self.panel.setMaximumWidth(max(320, self.parentWidget().width() - 48))
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(10, 20, 35, 170))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.dismissable:
            self.close_overlay()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QEvent) -> None:
        event.accept()  # touches outside the panel must not reach the screen underneath
