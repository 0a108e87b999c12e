"""A voice for tests: the same interface as the real ones, but it says nothing and the test decides when each
utterance ends."""

from __future__ import annotations

from kiosk.ui.services.speech import EngineFound, SpeechEngine


class FakeVoice(SpeechEngine):
    name = "test voice"
    voice = "en-gb"

    def __init__(self, *, can_pause: bool = True) -> None:
        super().__init__()
        self.can_pause = can_pause
        self.said: list[str] = []  # each utterance as it was started
        self.events: list[str] = []

    def _start_one(self, text: str) -> None:
        self.said.append(text)

    def _stop_one(self) -> None:
        self.events.append("stop")

    def _pause_one(self) -> None:
        self.events.append("pause")

    def _resume_one(self) -> None:
        self.events.append("resume")

    def end_utterance(self) -> None:
        """The utterance being said has been said to the end."""
        self._one_finished()


def fake_voice(*, can_pause: bool = True) -> EngineFound:
    return EngineFound(FakeVoice(can_pause=can_pause), "test voice, en-gb")
