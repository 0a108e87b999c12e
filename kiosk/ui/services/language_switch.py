"""Changing the interface's language: a new session is built in the chosen language and replaces the running one,
as a content switch does, so every word, the reading direction and the layout are made afresh (nothing half in the
old language). The idle reset brings the clinic's default language back for the next person."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from kiosk.ui.services.translation import current_language, use_language

log = logging.getLogger(__name__)


class LanguageSwitch(QObject):
    """``running[0]`` is the session on screen; ``build()`` makes a new one (in the language now installed)."""

    switched = Signal(object)  # the new session, once it is showing

    def __init__(self, app: QCoreApplication, running: list, build: Callable[[], object], default: str,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.running = running
        self.build = build
        self.default = default
        self.watch(running[0])

    def watch(self, session) -> None:  # session: kiosk.ui.session.Session
        session.controller.language_requested.connect(self.request)
        session.controller.reset_done.connect(self._after_reset)

    def request(self, code: str) -> None:
        # Queued: the tap that asked for it finishes in the old window before that window goes.
        QTimer.singleShot(0, self, lambda: self.switch(code))

    def _after_reset(self) -> None:
        if current_language(self.app) != self.default:
            QTimer.singleShot(0, self, lambda: self.switch(self.default))

    def switch(self, code: str) -> None:
        if code == current_language(self.app):
            return
        if not use_language(self.app, code):
            log.warning("languages: no translation for '%s' could be loaded; staying in English", code)
        old = self.running[0]
        new = self.build()
        self.running[0] = new
        self.watch(new)
        new.show()
        old.retire()  # as a content switch does: nothing of the old session stays (review N12)
        log.info("languages: the screen is now in '%s'", current_language(self.app))
        self.switched.emit(new)
