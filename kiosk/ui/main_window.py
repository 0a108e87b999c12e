"""The window: the always-visible bar, the stack of screens, and room for the on-screen keyboard. Layout only."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QPaintEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from kiosk.content.model import ContentStore
from kiosk.content.render import PageRenderer
from kiosk.ui.home_view import HomeView
from kiosk.ui.keyboard import OnScreenKeyboard
from kiosk.ui.link_dialog import LinkDialog
from kiosk.ui.nav_bar import NavBar
from kiosk.ui.overlay import Overlay
from kiosk.ui.page_view import PageView
from kiosk.ui.scroll_column import ScrollColumn
from kiosk.ui.search_view import SearchView
from kiosk.ui.take_home_panel import TakeHomePanel
from kiosk.ui.theme import Theme
from kiosk.ui.word_panel import WordPanel


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
        self.word_panel = WordPanel(self)
        self.take_home = TakeHomePanel(self)
        # Panels cover everything under the bar, so they follow its height (it grows with Large print).
        self.nav_bar.installEventFilter(self)

    def styled_parts(self) -> list[QWidget]:
        """The parts the theme styles one by one: the bar, each screen, the keyboard and each panel."""
        screens = [self.stack.widget(i) for i in range(self.stack.count())]
        others = [w for w in self.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
                  if w is not self.stack]
        return [self.nav_bar, *screens, *(w for w in others if w is not self.nav_bar)]

    def enable_finger_scrolling(self) -> None:
        for screen in (self.home, self.page, self.search):
            screen.enable_finger_scrolling()

    def overlays(self) -> list[Overlay]:
        return self.findChildren(Overlay)

    def overlay_open(self) -> bool:
        return any(o.isVisible() for o in self.overlays())

    def close_overlays(self, *, quietly: bool = False) -> None:
        """Close every open panel, whichever it is: panels added later are found here without being listed.

        ``quietly`` closes them without their "closed" signals (a reset, where nobody chose to close them).
        """
        for overlay in self.overlays():
            if overlay.isVisible():
                overlay.blockSignals(quietly)
                overlay.close_overlay()
                overlay.blockSignals(False)

    def panel_area(self) -> QRect:
        """Where panels go: everything under the top bar, which stays uncovered so Urgent help is always a tap away."""
        top = self.nav_bar.geometry().bottom() + 1 if self.nav_bar.isVisible() else 0
        return self.rect().adjusted(0, top, 0, 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.nav_bar and event.type() in (QEvent.Type.Resize, QEvent.Type.Move):
            for overlay in self.overlays():
                if overlay.isVisible():
                    overlay.place()
        return super().eventFilter(watched, event)

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

    # Keyboard ------------------------------------------------------------------------------------------------
    def focus_order(self) -> list[QWidget]:
        """Where Tab goes, in order: the top bar first, then the open panel (or else the screen) top to bottom.

        Worked out on every Tab rather than kept in Qt's focus chain, because cards come and go with every screen
        and would otherwise join the chain wherever Qt happened to put them.
        """
        body: QWidget = next((o for o in reversed(self.overlays()) if o.isVisible()), None) or self.current_screen()

        def stop(widget: QWidget) -> bool:
            return (widget.isVisibleTo(self) and widget.isEnabled()
                    and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus))

        def place(widget: QWidget) -> tuple[int, int]:
            corner = widget.mapTo(self, widget.rect().topLeft())
            return corner.y(), corner.x()

        screen = sorted((w for w in body.findChildren(QWidget) if stop(w)), key=place)
        return [b for b in self.nav_bar.tab_order() if stop(b)] + screen

    def focusNextPrevChild(self, next: bool) -> bool:
        order = self.focus_order()
        if not order:
            return False
        current = QApplication.focusWidget()
        if current in order:
            target = order[(order.index(current) + (1 if next else -1)) % len(order)]
        else:
            target = order[0] if next else order[-1]
        target.setFocus(Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason)
        area = target.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is not None and target.height() < area.viewport().height():
            area.ensureWidgetVisible(target, 40, 40)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Keys nothing else used: Enter opens the focused button, as Space already does."""
        focused = QApplication.focusWidget()
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and isinstance(focused, QAbstractButton) and focused.isVisible() and focused.isEnabled():
            focused.click()
            event.accept()
            return
        super().keyPressEvent(event)

    def scrolling_screen(self) -> ScrollColumn | None:
        """The screen the scroll keys move, or None while a panel is open over it."""
        screen = self.current_screen()
        return screen if isinstance(screen, ScrollColumn) and not self.overlay_open() else None

    def current_screen(self) -> QWidget:
        return self.stack.currentWidget()

    def focus_search_box(self) -> None:
        self.search.box.setFocus(Qt.FocusReason.OtherFocusReason)
