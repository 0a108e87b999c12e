"""The window: the always-visible bar, the stack of screens, and room for the on-screen keyboard. Layout only."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QPaintEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from kiosk.content.model import ContentStore
from kiosk.content.render import PageRenderer
from kiosk.ui.home_view import HomeView
from kiosk.ui.keyboard import OnScreenKeyboard
from kiosk.ui.link_dialog import LinkDialog
from kiosk.ui.nav_bar import NavBar
from kiosk.ui.overlay import Overlay
from kiosk.ui.page_view import PageView
from kiosk.ui.search_view import SearchView
from kiosk.ui.theme import Theme


class MainWindow(QWidget):
    first_painted = Signal()

    def __init__(self, store: ContentStore, renderer: PageRenderer, title: str = "Clinic Kiosk") -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(title)
        self.allow_close = True
        # The window itself holds the focus at the start, so no button wears a keyboard-focus ring on a touch screen
        # until someone actually presses Tab.
        # (TabFocus, not ClickFocus: a tap on a keyboard key must never pull the focus out of the search box.)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._painted = False
        self._theme: Theme | None = None
        self.nav_bar = NavBar()
        self.stack = QStackedWidget()
        self.home = HomeView(store, store.guide.urgent_page)
        self.page = PageView(store, renderer)
        self.search = SearchView()
        self.search.set_topics(store.topics())
        for screen in (self.home, self.page, self.search):
            self.stack.addWidget(screen)
        # Part of the layout, under the screens: it never covers the results or the bar.
        self.keyboard = OnScreenKeyboard(self.search.box)
        self.keyboard.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav_bar)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.keyboard)
        self.link_dialog = LinkDialog(self)

    def enable_finger_scrolling(self) -> None:
        for screen in (self.home, self.page, self.search):
            screen.enable_finger_scrolling()

    def overlays(self) -> list[Overlay]:
        return self.findChildren(Overlay)

    def overlay_open(self) -> bool:
        return any(o.isVisible() for o in self.overlays())

    def apply_theme(self, theme: Theme) -> None:
        self.nav_bar.apply_theme(theme)
        self._theme = theme
        self._fit_keyboard()
        for screen in (self.home, self.page, self.search):
            screen.apply_theme(theme)

    def _fit_keyboard(self) -> None:
        # Keys grow with the text size, but the keyboard takes at most about a third of the window (a little more
        # in large print), so the search box and some results always stay in view.
        theme = self._theme
        share = 45 if theme is not None and theme.large else 34
        wanted = theme.px("key_height") if theme is not None else 64
        height = max(48, min(wanted, (self.height() * share // 100 - 60) // 5))
        self.keyboard.set_key_height(height, theme.px("key") if theme is not None else None)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_keyboard()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.allow_close:
            event.accept()
        else:
            # In kiosk mode the window's close button, Alt+F4 and the like must do nothing for a patient.
            event.ignore()

    def current_screen(self) -> QWidget:
        return self.stack.currentWidget()

    def focus_search_box(self) -> None:
        self.search.box.setFocus(Qt.FocusReason.OtherFocusReason)
