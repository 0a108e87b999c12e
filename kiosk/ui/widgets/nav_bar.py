"""The bar that is always on screen: Home, Back, Search, Large print, High contrast and Urgent help.

On a narrow screen or in large print it compacts (less padding, then no icons, then icons alone) before anything
is cut, and Urgent help always keeps its words.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QWidget

from kiosk.ui.theme import Theme
from kiosk.ui.widgets import icons

# From roomiest to most compact; the bar takes the first that fits its width.
# (padding compact, show icons, show words on the buttons other than Urgent help)
LEVELS = ((False, True, True), (True, True, True), (True, False, True), (True, True, False))


def _button(text: str, icon: str, *, urgent: bool = False, checkable: bool = False) -> QPushButton:
    button = QPushButton(text)
    # A Tab stop, but a tap leaves the focus where it was: a toggle tapped on a touch screen must not wear the
    # keyboard's focus ring afterwards, as if it were selected.
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    button.setProperty("urgent" if urgent else "navButton", True)
    button.setProperty("iconName", icon)
    button.setAccessibleName(text)
    button.setToolTip(text)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    button.setCheckable(checkable)
    return button


class NavBar(QWidget):
    home_clicked = Signal()
    back_clicked = Signal()
    search_clicked = Signal()
    large_print_toggled = Signal(bool)
    high_contrast_toggled = Signal(bool)
    print_clicked = Signal()
    urgent_clicked = Signal()
    language_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 10, 12, 10)
        row.setSpacing(10)
        self.home = _button(self.tr("Home"), "home")
        self.back = _button(self.tr("Back"), "back")
        self.search = _button(self.tr("Search"), "search")
        self.large_print = _button(self.tr("Large print"), "large-print", checkable=True)
        self.high_contrast = _button(self.tr("High contrast"), "contrast", checkable=True)
        self.urgent = _button(self.tr("Urgent help"), "warning", urgent=True)
        # The language in use, named in its own script; shown only where the clinic offers more than one.
        self.language = _button("English", "chat")
        self.language.setObjectName("languageButton")
        self.language.hide()
        # Only on a nurse's laptop (windowed mode), and only when a page is showing.
        self.print = _button(self.tr("Print"), "print")
        self.print.hide()
        for button in (self.home, self.back, self.search, self.large_print, self.high_contrast, self.language,
                       self.print):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.urgent)
        self.home.clicked.connect(self.home_clicked)
        self.back.clicked.connect(self.back_clicked)
        self.search.clicked.connect(self.search_clicked)
        self.large_print.toggled.connect(self.large_print_toggled)
        self.high_contrast.toggled.connect(self.high_contrast_toggled)
        self.urgent.clicked.connect(self.urgent_clicked)
        self.print.clicked.connect(self.print_clicked)
        self.language.clicked.connect(self.language_clicked)
        self.level = -1
        self._icon_size = 28
        self._colours: tuple[str, str] = ("", "")

    def buttons(self) -> list[QPushButton]:
        """The buttons that are always on screen (Print comes and goes)."""
        return [self.home, self.back, self.search, self.large_print, self.high_contrast, self.urgent]

    def _all_buttons(self) -> list[QPushButton]:
        return [*self.buttons(), self.language, self.print]

    def set_language(self, native_name: str, *, offered: bool) -> None:
        """The language button names the language in use; hidden when the clinic offers only one."""
        self.language.setText(native_name)
        self.language.setAccessibleName(native_name)
        self.language.setToolTip(native_name)
        if self.language.isVisibleTo(self) != offered:
            self.language.setVisible(offered)
        self._fit(force=True)

    def tab_order(self) -> list[QPushButton]:
        """Every button in the order it is laid out, for the keyboard's Tab: read from the layout, so a button
        added to the bar is a Tab stop in its place without being listed here."""
        row = self.layout()
        items = (row.itemAt(i).widget() for i in range(row.count()))
        return [w for w in items if isinstance(w, QPushButton)]

    def set_print_available(self, available: bool) -> None:
        if self.print.isVisibleTo(self) != available:
            self.print.setVisible(available)
            self._fit(force=True)

    def apply_theme(self, theme: Theme) -> None:
        """Icon size and colours follow the theme: bar-coloured icons on a toggle that is on."""
        self._icon_size = theme.px("nav") + 6
        colours = (theme.colours["bar_text"], theme.colours["bar_checked_text"])
        urgent_colour = theme.colours["urgent_text"]
        for button in self._all_buttons():
            button.setIconSize(QSize(self._icon_size, self._icon_size))
            if colours != self._colours:
                name = button.property("iconName")
                colour = urgent_colour if button is self.urgent else colours[0]
                button.setIcon(icons.icon(name, colour, checked_colour=colours[1] if button.isCheckable() else None))
        self._colours = colours
        self._fit(force=True)

    def set_icon_size(self, size: int) -> None:
        self._icon_size = size
        for button in self._all_buttons():
            button.setIconSize(QSize(size, size))
        self._fit(force=True)

    def set_back_enabled(self, enabled: bool) -> None:
        self.back.setEnabled(enabled)

    def set_large_print(self, on: bool) -> None:
        self._set_checked(self.large_print, on)

    def set_high_contrast(self, on: bool) -> None:
        self._set_checked(self.high_contrast, on)

    @staticmethod
    def _set_checked(button: QPushButton, on: bool) -> None:
        button.blockSignals(True)
        button.setChecked(on)
        button.blockSignals(False)

    # Fitting the width ---------------------------------------------------------------------------------------
    def minimumSizeHint(self) -> QSize:
        # The bar compacts to fit whatever width it is given, so it never makes the window wider than the screen.
        return QSize(0, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        return QSize(0, super().sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()

    def _fit(self, force: bool = False) -> None:
        if force:
            self.level = -1
        width = self.width()
        # Hidden, the bar's width is not yet its own: fitting then would only be done again when it is shown,
        # and each try re-polishes every button (about 13 ms before the first paint).
        if width <= 0 or not self.isVisible():
            return
        for level in range(len(LEVELS)):
            self._apply_level(level)
            if self._needed_width() <= width:
                return

    def _needed_width(self) -> int:
        layout = self.layout()
        margins = layout.contentsMargins()
        shown = [b for b in self._all_buttons() if b.isVisibleTo(self)]
        return (sum(b.sizeHint().width() for b in shown) + layout.spacing() * (len(shown) - 1)
                + margins.left() + margins.right())

    def _apply_level(self, level: int) -> None:
        if level == self.level:
            return
        self.level = level
        compact, with_icons, with_words = LEVELS[level]
        size = QSize(self._icon_size, self._icon_size) if with_icons else QSize(0, 0)
        for button in self._all_buttons():
            if bool(button.property("compact")) != compact:
                button.setProperty("compact", compact)
                button.style().unpolish(button)
                button.style().polish(button)
            words = with_words or button is self.urgent
            button.setText(button.accessibleName() if words else "")
            # Urgent help always keeps its sign; the others lose theirs only when their words stay.
            button.setIconSize(size if with_icons or button is self.urgent or not words else QSize(0, 0))
