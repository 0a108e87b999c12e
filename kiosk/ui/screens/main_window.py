"""The window: the always-visible bar, the stack of screens, and room for the on-screen keyboard. Layout only.

Only the top bar and Home are built with the window. Every other screen and panel is built the first time it is
asked for (``window.page``, ``window.search``...) or by ``build_next_part`` after the first paint, so the first
frame never waits for screens nobody can see yet.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QRect, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QPaintEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from kiosk.content.model import ContentStore
from kiosk.content.render import PageRenderer
from kiosk.ui.panels.overlay import Overlay
from kiosk.ui.screens.home_view import HomeView
from kiosk.ui.theme import SCALE_STEPS, SIZES, Theme
from kiosk.ui.widgets.nav_bar import NavBar
from kiosk.ui.widgets.scroll_column import ScrollColumn

if TYPE_CHECKING:  # built after the first paint, or when first asked for
    from kiosk.ui.panels.link_dialog import LinkDialog
    from kiosk.ui.panels.take_home_panel import TakeHomePanel
    from kiosk.ui.panels.word_panel import WordPanel
    from kiosk.ui.screens.page_view import PageView
    from kiosk.ui.screens.search_view import SearchView
    from kiosk.ui.widgets.keyboard import OnScreenKeyboard

# The parts built after the window, in the order the deferred build makes them: the page reader first (a topic
# tap is the likeliest first touch), then search and its keyboard, then the panels.
LATER_PARTS = ("page", "search", "keyboard", "link_dialog", "word_panel", "take_home")


class MainWindow(QWidget):
    first_painted = Signal()
    part_built = Signal(QWidget)  # a screen or panel built after the window (the theme styles it)

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
        self.last_painted: float | None = None
        self._finger_scrolling = False
        self._theme: Theme | None = None
        self._store = store
        self._renderer = renderer
        self._parts: dict[str, QWidget] = {}
        self._when_built: dict[str, list[Callable[[Any], None]]] = {}
        self.nav_bar = NavBar()
        self.stack = QStackedWidget()
        self.home = HomeView(store, store.guide.urgent_page)
        self._guide_homes: dict[str, HomeView] = {}
        self.stack.addWidget(self.home)
        # Home screens a theme switch left for later (their cards' icons and padding): themed as they are shown.
        self._theme_when_shown: set[HomeView] = set()
        self.stack.currentChanged.connect(self._screen_shown)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._layout.addWidget(self.nav_bar)
        self._layout.addWidget(self.stack, 1)
        # Panels cover everything under the bar, so they follow its height (it grows with Large print).
        self.nav_bar.installEventFilter(self)

    # Parts built later ----------------------------------------------------------------------------------------
    @property
    def page(self) -> PageView:
        return self._part("page")

    @property
    def search(self) -> SearchView:
        return self._part("search")

    @property
    def keyboard(self) -> OnScreenKeyboard:
        return self._part("keyboard")

    @property
    def link_dialog(self) -> LinkDialog:
        return self._part("link_dialog")

    @property
    def word_panel(self) -> WordPanel:
        return self._part("word_panel")

    @property
    def take_home(self) -> TakeHomePanel:
        return self._part("take_home")

    def built_part(self, name: str) -> Any:
        """The part if it has been built, else None (for code that must not build it just to look)."""
        return self._parts.get(name)

    def when_built(self, name: str, wire: Callable[[Any], None]) -> None:
        """Call ``wire(part)`` as soon as the part exists: now if it does, else the moment it is built, before
        anyone can use it."""
        part = self._parts.get(name)
        if part is not None:
            wire(part)
        else:
            self._when_built.setdefault(name, []).append(wire)

    def build_next_part(self) -> bool:
        """Build the next part nobody has asked for yet; False when every part is built."""
        for name in LATER_PARTS:
            if name not in self._parts:
                self._part(name)
                return True
        return False

    def build_all_parts(self) -> None:
        while self.build_next_part():
            pass

    def _part(self, name: str) -> Any:
        part = self._parts.get(name)
        if part is None:
            part = self._parts[name] = getattr(self, f"_build_{name}")()
            if self._theme is not None and hasattr(part, "apply_theme"):
                part.apply_theme(self._theme)
            if self._finger_scrolling and hasattr(part, "enable_finger_scrolling"):
                part.enable_finger_scrolling()
            self.part_built.emit(part)
            for wire in self._when_built.pop(name, []):
                wire(part)
        return part

    def _build_page(self) -> PageView:
        from kiosk.ui.screens.page_view import PageView

        page = PageView(self._store, self._renderer)
        self.stack.addWidget(page)
        return page

    def _build_search(self) -> SearchView:
        from kiosk.ui.screens.search_view import SearchView

        store = self._store
        search = SearchView(language_of=lambda page_id: store.guide_of(page_id).language)
        search.set_topics(self._store.topics())
        self.stack.addWidget(search)
        return search

    def _build_keyboard(self) -> OnScreenKeyboard:
        from kiosk.ui.widgets.keyboard import OnScreenKeyboard

        # Part of the layout, under the screens: it never covers the results or the bar.
        keyboard = OnScreenKeyboard(self.search.box)
        keyboard.hide()
        self._layout.addWidget(keyboard)
        self._parts["keyboard"] = keyboard  # _fit_keyboard sizes it only once it is a part
        self._fit_keyboard()
        return keyboard

    def _build_link_dialog(self) -> LinkDialog:
        from kiosk.ui.panels.link_dialog import LinkDialog

        return LinkDialog(self)

    def _build_word_panel(self) -> WordPanel:
        from kiosk.ui.panels.word_panel import WordPanel

        return WordPanel(self)

    def _build_take_home(self) -> TakeHomePanel:
        from kiosk.ui.panels.take_home_panel import TakeHomePanel

        return TakeHomePanel(self)

    def built_screens(self) -> list[QWidget]:
        """Home and whichever of the page reader, search screen and guides' front pages exist (an unbuilt screen
        has nothing to reset)."""
        return [self.home, *(self._parts[name] for name in ("page", "search") if name in self._parts),
                *self._guide_homes.values()]

    def guide_home(self, guide_id: str) -> HomeView:
        """In a library, a guide's own front page: the big-card Home of that guide (built when first opened)."""
        view = self._guide_homes.get(guide_id)
        if view is None:
            view = self._guide_homes[guide_id] = HomeView(self._store, self._store.guide.urgent_page,
                                                          guide_id=guide_id)
            self.stack.addWidget(view)
            if self._theme is not None:
                view.apply_theme(self._theme)
            if self._finger_scrolling and hasattr(view, "enable_finger_scrolling"):
                view.enable_finger_scrolling()
            self.part_built.emit(view)
        return view

    def search_query(self) -> str:
        """What the search box holds ("" before the search screen is built)."""
        search = self._parts.get("search")
        return search.query() if search is not None else ""

    def show_keyboard(self, shown: bool) -> None:
        """Show or hide the on-screen keyboard, building it only when it is to be shown."""
        keyboard = self._parts.get("keyboard")
        if keyboard is None and not shown:
            return
        self.keyboard.setVisible(shown)

    def keyboard_shown(self) -> bool:
        keyboard = self._parts.get("keyboard")
        return keyboard is not None and keyboard.isVisible()

    @property
    def has_painted(self) -> bool:
        return self._painted

    def styled_parts(self) -> list[QWidget]:
        """The parts the theme styles one by one: the bar, each screen, the keyboard and each panel."""
        screens = [self.stack.widget(i) for i in range(self.stack.count())]
        others = [w for w in self.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
                  if w is not self.stack]
        return [self.nav_bar, *screens, *(w for w in others if w is not self.nav_bar)]

    def enable_finger_scrolling(self) -> None:
        self._finger_scrolling = True  # screens built later enable it as they are built
        for screen in self.built_screens():
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
        for screen in self.built_screens():
            if isinstance(screen, HomeView) and screen is not self.stack.currentWidget():
                # A Home nobody sees (a page or search is showing): its cards' icons are drawn and sized as it is
                # next shown, not at every switch made elsewhere.
                self._theme_when_shown.add(screen)
            else:
                self._theme_when_shown.discard(screen)
                screen.apply_theme(theme)

    def _screen_shown(self, index: int) -> None:
        screen = self.stack.widget(index)
        if screen in self._theme_when_shown and self._theme is not None:
            self._theme_when_shown.discard(screen)
            screen.apply_theme(self._theme)

    def theme_changing(self, theme: Theme) -> None:
        """A switch to ``theme`` is about to restyle the window: the keys take their new size first, so they are
        restyled once, with the rest of the window (the keyboard is one of the parts the switch restyles)."""
        self._fit_keyboard(theme, restyle=False)

    def _fit_keyboard(self, theme: Theme | None = None, *, restyle: bool = True) -> None:
        # Keys grow with the text size, but the keyboard takes at most about a third of the window in every text
        # size, so the whole search box and at least two results stay in view above it (on a 768-pixel screen in
        # Large print too: there the keys keep their large letters but shrink to a fingertip's height).
        keyboard = self._parts.get("keyboard")
        if keyboard is None:
            return
        theme = theme or self._theme
        if theme is None:
            keyboard.set_key_height(self._key_height(64))
            return
        # The sizes of the other text sizes too: the keyboard's stylesheet holds them all, so a switch restyles
        # the keys once (see OnScreenKeyboard.set_key_height).
        sizes = [(self._key_height(round(SIZES["key_height"] * scale)), round(SIZES["key"] * scale))
                 for scale in SCALE_STEPS]
        keyboard.set_key_height(self._key_height(theme.px("key_height")), theme.px("key"), sizes=sizes,
                                restyle=restyle)

    def _key_height(self, wanted: int) -> int:
        from kiosk.ui.widgets.keyboard import MIN_KEY_PX

        return max(MIN_KEY_PX, min(wanted, (self.height() * 36 // 100 - 48) // 5))

    def keyboard_leaves_little_room(self) -> bool:
        """Whether the keyboard, when up, leaves the search screen too little height for its heading, hint and
        summaries as well as two results: then results show their titles only. In normal print that is a 768- or
        800-pixel-high screen; the room the rest needs grows with the text, so in Large print a 1080-pixel-high
        screen is short too (there the keys and the box left one result whole above the keys)."""
        scale = self._theme.scale if self._theme is not None else 1.0
        return self.height() < round(1000 * scale)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_keyboard()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.last_painted = time.time()  # for the heartbeat: "is it actually showing anything?"
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
        panel = next((o for o in reversed(self.overlays()) if o.isVisible()), None)
        body: QWidget = panel or self.current_screen()

        def stop(widget: QWidget) -> bool:
            return (widget.isVisibleTo(self) and widget.isEnabled()
                    and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus))

        def place(widget: QWidget) -> tuple[int, int]:
            corner = widget.mapTo(self, widget.rect().topLeft())
            return corner.y(), corner.x()

        screen = sorted((w for w in body.findChildren(QWidget) if stop(w)), key=place)
        if panel is not None:
            # Tab stays in the open panel (F16), where Escape and Enter act; Urgent help is the one way out of it
            # that Tab reaches too, as a tap does.
            return [*screen, *([self.nav_bar.urgent] if stop(self.nav_bar.urgent) else [])]
        return [b for b in self.nav_bar.tab_order() if stop(b)] + screen

    def focusNextPrevChild(self, next: bool) -> bool:
        current = QApplication.focusWidget()
        if current is not None and self.isAncestorOf(current) and not current.isVisible():
            # Not a Tab: Qt moving the focus on from a button that has just gone (Listen becoming Pause, "Yes"
            # becoming "Thank you"). Left to go on, it would land on Home with a focus ring, as if Home were chosen.
            self.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        order = self.focus_order()
        if not order:
            return False
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
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            # Escape closes the open panel wherever the focus is (Tab can take it to the top bar, behind the panel).
            panel = next((o for o in reversed(self.overlays()) if o.isVisible() and o.dismissable), None)
            if panel is not None:
                panel.close_overlay()
                event.accept()
                return
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
