"""Read aloud: wires the Listen row, the page on screen and the PC's voice together.

Reading stops whenever the page it was reading goes: another page, Home, search, or the idle reset.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QStackedWidget

from kiosk.speech import Utterance, page_utterances
from kiosk.ui.screens.page_view import PageView
from kiosk.ui.services.speech import EngineFound, SpeechEngine
from kiosk.ui.widgets.listen_bar import Reading

log = logging.getLogger(__name__)
NOT_LOOKED_FOR = "not looked for yet"


class ReadAloud(QObject):
    started = Signal(str)  # the page id, each time a person taps Listen (usage counts)
    still_reading = Signal()  # each new part read: someone is listening, though nobody touches the screen

    def __init__(self, page_view: PageView, stack: QStackedWidget, *, local: Mapping[str, str],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view = page_view
        self.engine: SpeechEngine | None = None
        self.description = NOT_LOOKED_FOR
        self.local = dict(local)
        self.utterances: list[Utterance] = []
        bar = page_view.listen_bar
        bar.set_voice(False, False)  # no Listen button until a voice is found
        bar.listen_clicked.connect(self.listen)
        bar.pause_clicked.connect(self.pause)
        bar.resume_clicked.connect(self.resume)
        bar.stop_clicked.connect(self.stop)
        page_view.page_changed.connect(self.stop)
        page_view.page_changed.connect(self._offer_listen)
        stack.currentChanged.connect(lambda _index: self.stop())

    def look_for_voice(self, find: Callable[[], EngineFound]) -> None:
        """Find this PC's voice, unless one has been given already (a test's stand-in)."""
        if self.engine is None and self.description == NOT_LOOKED_FOR:
            self.attach(find())

    def attach(self, found: EngineFound) -> None:
        """Use the voice found on this PC, or, with none, keep the Listen button hidden and log why."""
        self.stop()
        self.engine, self.description = found.engine, found.description
        if found.engine is None:
            log.warning("read aloud is off: %s", found.description)
        else:
            log.info("read aloud: %s", found.description)
            found.engine.progress.connect(self._reading)
            found.engine.finished.connect(self._finished)
        self._offer_listen()

    def _offer_listen(self) -> None:
        """Listen only where the voice speaks the page's language: the PC's voice is British English, and a page
        in Polish read with English sounds would be worse than none."""
        page = self.view.page
        english = page is None or self.view.store.guide_of(page.id).language == "en"
        voice = self.engine is not None
        self.view.listen_bar.set_voice(voice and english, voice and self.engine.can_pause)

    def listen(self) -> None:
        page = self.view.page
        if self.engine is None or page is None:
            return
        self.utterances = page_utterances(page.title, page.body, self.local)
        self.view.listen_bar.show_reading(Reading.SPEAKING)
        self.started.emit(page.id)
        self.engine.speak([u.spoken for u in self.utterances])

    def pause(self) -> None:
        if self.engine is not None and self.engine.speaking:
            self.engine.pause()
            self.view.listen_bar.show_reading(Reading.PAUSED)

    def resume(self) -> None:
        if self.engine is not None and self.engine.speaking:
            self.engine.resume()
            self.view.listen_bar.show_reading(Reading.SPEAKING)

    def stop(self) -> None:
        if self.engine is not None:
            self.engine.stop()
        self._finished()

    def _reading(self, index: int) -> None:
        self.still_reading.emit()
        if 0 <= index < len(self.utterances):
            # The title is read first; it is already large at the top, so nothing in the text is highlighted.
            self.view.show_reading(self.utterances[index].shown if index > 0 else None)

    def _finished(self) -> None:
        self.view.listen_bar.show_reading(Reading.STOPPED)
        self.view.show_reading(None)
