"""The bar that is always on screen: Home, Back, Search, Large print and Urgent help."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QWidget

from kiosk.ui import icons


def _button(text: str, icon: str, *, urgent: bool = False, checkable: bool = False) -> QPushButton:
    button = QPushButton(text)
    button.setProperty("urgent" if urgent else "navButton", True)
    button.setAccessibleName(text)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    button.setCheckable(checkable)
    # White on the navy bar; navy when a toggle is on (its background turns white).
    button.setIcon(icons.icon(icon, "#ffffff", checked_colour=icons.DRAWN_COLOUR if checkable else None))
    return button


class NavBar(QWidget):
    home_clicked = Signal()
    back_clicked = Signal()
    search_clicked = Signal()
    large_print_toggled = Signal(bool)
    print_clicked = Signal()
    urgent_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 10, 12, 10)
        row.setSpacing(10)
        self.home = _button("Home", "home")
        self.back = _button("Back", "back")
        self.search = _button("Search", "search")
        self.large_print = _button("Large print", "large-print", checkable=True)
        self.urgent = _button("Urgent help", "warning", urgent=True)
        # Only on a nurse's laptop (windowed mode), and only when a page is showing.
        self.print = _button("Print", "print")
        self.print.hide()
        for button in (self.home, self.back, self.search, self.large_print, self.print):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.urgent)
        self.home.clicked.connect(self.home_clicked)
        self.back.clicked.connect(self.back_clicked)
        self.search.clicked.connect(self.search_clicked)
        self.large_print.toggled.connect(self.large_print_toggled)
        self.urgent.clicked.connect(self.urgent_clicked)
        self.print.clicked.connect(self.print_clicked)

    def buttons(self) -> list[QPushButton]:
        """The buttons that are always on screen (Print comes and goes)."""
        return [self.home, self.back, self.search, self.large_print, self.urgent]

    def tab_order(self) -> list[QPushButton]:
        """Every button in the order it is laid out, for the keyboard's Tab."""
        return [self.home, self.back, self.search, self.large_print, self.print, self.urgent]

    def set_print_available(self, available: bool) -> None:
        self.print.setVisible(available)

    def set_icon_size(self, size: int) -> None:
        for button in (*self.buttons(), self.print):
            button.setIconSize(QSize(size, size))

    def set_back_enabled(self, enabled: bool) -> None:
        self.back.setEnabled(enabled)

    def set_large_print(self, on: bool) -> None:
        self.large_print.blockSignals(True)
        self.large_print.setChecked(on)
        self.large_print.blockSignals(False)
