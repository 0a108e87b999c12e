"""Windows' own speech (SAPI 5) driven without blocking, with pause and stop: no Qt, so its rules are tested
without a screen (``kiosk.ui.speech.SapiEngine`` polls ``done`` on a timer).

SAPI's SpVoice speaks asynchronously with SVSFlagsAsync; ``Pause`` and ``Resume`` nest (two pauses need two resumes,
so each is sent once however often the button is pressed); a paused voice does not act on a purge until it is
resumed, so stopping resumes first and then purges with an empty SVSFPurgeBeforeSpeak. Page text is spoken with
SVSFIsNotXML: a ``<`` in a page is read, never obeyed as a SAPI XML tag (a voice, volume or rate change).
"""

from __future__ import annotations

from typing import Any

SVSF_ASYNC = 1
SVSF_PURGE_BEFORE_SPEAK = 2
SVSF_IS_NOT_XML = 16
SRSE_DONE = 1  # SpeechRunState.SRSEDone
BRITISH_ENGLISH = "Language=809"  # 809: the language id of English (United Kingdom)
SLOWER = -1  # SAPI's rate runs from -10 to 10; a little slower than normal


class SapiVoice:
    """One SAPI voice (a ``SAPI.SpVoice`` COM object) reading one utterance at a time."""

    def __init__(self, voice: Any) -> None:
        self._voice = voice
        self.paused = False

    def speak(self, text: str) -> None:
        """Start reading ``text``, dropping anything still being read; returns at once."""
        self._voice.Speak(text, SVSF_ASYNC | SVSF_PURGE_BEFORE_SPEAK | SVSF_IS_NOT_XML)

    @property
    def done(self) -> bool:
        """The last utterance has been read to its end (never while paused)."""
        return not self.paused and self._voice.Status.RunningState == SRSE_DONE

    def pause(self) -> None:
        if not self.paused:
            self._voice.Pause()
            self.paused = True

    def resume(self) -> None:
        if self.paused:
            self._voice.Resume()
            self.paused = False

    def stop(self) -> None:
        """Silence at once: resumed if paused (or the purge would wait for a resume), then purged."""
        self.resume()
        self._voice.Speak("", SVSF_ASYNC | SVSF_PURGE_BEFORE_SPEAK)


def find_british_voice() -> tuple[SapiVoice | None, str]:
    """The PC's British English SAPI voice, set a little slower than normal, and its description; or None and
    the reason there is none (SAPI missing, or no English (United Kingdom) voice installed)."""
    try:
        import comtypes.client

        voice = comtypes.client.CreateObject("SAPI.SpVoice")
        british = voice.GetVoices(BRITISH_ENGLISH)
        count = british.Count
    except Exception as error:  # COM errors have many types; any of them means no voice
        return None, f"Windows speech (SAPI) is not available: {error}"
    if count == 0:
        return None, ("Windows has no British English voice installed (Settings > Time & language > Speech > "
                      "Add voices > English (United Kingdom))")
    token = british.Item(0)
    voice.Voice = token
    voice.Rate = SLOWER
    return SapiVoice(voice), f"Windows speech (SAPI), voice {token.GetDescription()}"
