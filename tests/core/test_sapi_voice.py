"""Read aloud on Windows: pause, resume and stop keep SAPI's rules (no Qt; SAPI itself is stood in for by a voice
that keeps those rules, since Wine 8 has no SAPI voice to speak with)."""

from __future__ import annotations

from types import SimpleNamespace

from kiosk.speech.sapi import SVSF_ASYNC, SVSF_IS_NOT_XML, SVSF_PURGE_BEFORE_SPEAK, SapiVoice


class RuleKeepingVoice:
    """SAPI's SpVoice as documented: Pause and Resume nest; a purge while paused waits for the resume."""

    def __init__(self) -> None:
        self.pauses = 0
        self.queue: list[str] = []
        self.flags: list[int] = []
        self.Status = SimpleNamespace(RunningState=1)

    def Speak(self, text: str, flags: int) -> None:
        assert flags & SVSF_ASYNC, "a synchronous Speak would freeze the screen"
        self.flags.append(flags)
        if flags & SVSF_PURGE_BEFORE_SPEAK and not self.pauses:
            self.queue.clear()
        if text:
            self.queue.append(text)
        self.Status.RunningState = 2 if self.queue else 1

    def Pause(self) -> None:
        self.pauses += 1

    def Resume(self) -> None:
        self.pauses = max(0, self.pauses - 1)

    @property
    def silent(self) -> bool:
        return not self.queue and not self.pauses


def test_page_text_is_never_read_as_sapi_xml() -> None:
    com = RuleKeepingVoice()
    SapiVoice(com).speak("Take <volume level='100'> tablets")
    assert com.flags[-1] & SVSF_IS_NOT_XML


def test_pausing_twice_needs_only_one_carry_on() -> None:
    com = RuleKeepingVoice()
    voice = SapiVoice(com)
    voice.speak("one")
    voice.pause()
    voice.pause()
    assert com.pauses == 1 and not voice.done
    voice.resume()
    assert com.pauses == 0


def test_stop_while_paused_is_silence_not_a_voice_left_waiting() -> None:
    com = RuleKeepingVoice()
    voice = SapiVoice(com)
    voice.speak("a long paragraph")
    voice.pause()
    voice.stop()
    assert com.silent and not voice.paused


def test_done_only_when_the_utterance_has_ended() -> None:
    com = RuleKeepingVoice()
    voice = SapiVoice(com)
    voice.speak("one")
    assert not voice.done
    com.queue.clear()
    com.Status.RunningState = 1
    assert voice.done
