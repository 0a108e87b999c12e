"""Panels shown over the window (web addresses, "Are you still there?", the PIN pad, errors).

They are children of the main window rather than separate windows, so a full-screen kiosk never shows a window
frame or loses one behind another, and the idle reset can close them all in one place.

A panel covers the screens but never the top bar (the window says where that is, through ``panel_area()``):
Urgent help must be one tap away whatever is open, so the bar stays bright and live, and whoever wires the bar
closes any open panel before it shows a screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget


class Overlay(QWidget):
    """Dims the screens and shows a centred panel. Escape, a tap outside the panel, or its own buttons close it
    (unless it is not ``dismissable``)."""

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
        self.panel.installEventFilter(self)  # its content changes (a message, buttons shown) re-fit the panel
        self.hide()

    def place(self) -> None:
        """Cover what the window offers for panels (everything under the top bar), or all of it."""
        parent = self.parentWidget()
        area = parent.panel_area() if hasattr(parent, "panel_area") else parent.rect()
        self.setGeometry(area)
        self._fit_panel()

    def _fit_panel(self) -> None:
        # A fixed width lets wrapped text work out its height; without it long messages are clipped.
        width, height = self.width(), self.height()
        panel_width = max(320, min(width - 48, max(560, width * 6 // 10)))
        self.panel.setFixedWidth(panel_width)
        self.panel.setFixedHeight(min(height - 48, self.needed_height()))

    def needed_height(self) -> int:
        """The panel's height with nothing squeezed, at its current width."""
        layout = self.panel.layout()
        layout.invalidate()
        width = self.panel.width()
        return layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.totalSizeHint().height()

    def open(self) -> None:
        self.place()
        self.show()
        self.raise_()
        self.setFocus()

    def close_overlay(self) -> None:
        if self.isVisible():
            self.hide()
            self.closed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize and self.isVisible():
            self.place()
        elif watched is self.panel and event.type() == QEvent.Type.LayoutRequest and self.isVisible():
            self._fit_panel()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(10, 20, 35, 170))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.dismissable:
            self.close_overlay()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # Touches outside the panel never reach the screen underneath: they close the panel, as people expect.
        event.accept()
        if self.dismissable and not self.panel.geometry().contains(event.position().toPoint()):
            self.close_overlay()
