"""Feeds what people do on the screens into the usage counts, without the screens or the controller knowing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from kiosk.ui.controller import AppController
from kiosk.ui.theme import Theme

if TYPE_CHECKING:
    from kiosk.usage import UsageCounter


class UsageHooks(QObject):
    """Counts page views, finished searches, large print and "Was this page helpful?" answers.

    The search box searches as a person types, so each keystroke is not a search: a search counts once, with its
    last words, when the person leaves the search screen or empties the box.
    """

    def __init__(self, controller: AppController, counter: UsageCounter, parent: QObject | None = None) -> None:
        super().__init__(parent or controller)
        self.counter = counter
        self._window = controller.window
        self._pending: tuple[str, bool] | None = None
        self._large = controller.themes.theme.large
        controller.page_opened.connect(counter.page_viewed)
        controller.searched.connect(self._searched)
        controller.themes.changed.connect(self._theme_changed)
        self._window.stack.currentChanged.connect(self._screen_changed)
        self._window.when_built("page", lambda page: page.helpful.answered.connect(self._helpful))

    def _on_search(self) -> bool:
        view = self._window.built_part("search")  # not built: nobody is on it
        return view is not None and self._window.stack.currentWidget() is view

    def _searched(self, text: str) -> None:
        if not self._on_search():
            return  # an answer that arrived after the person had left the search screen: they never saw it
        if not text.strip():
            self.finish_search()
            return
        self._pending = (text, bool(self._window.search.result_cards()))

    def _screen_changed(self, _index: int) -> None:
        if not self._on_search():
            self.finish_search()

    def finish_search(self) -> None:
        if self._pending is not None:
            text, found = self._pending
            self._pending = None
            self.counter.searched(text, found=found)

    def _theme_changed(self, theme: Theme) -> None:
        if theme.large and not self._large:
            self.counter.large_print_used()
        self._large = theme.large

    def _helpful(self, yes: bool) -> None:
        page = self._window.page.page
        if page is not None:
            self.counter.helpful(page.id, yes=yes)
