"""Voices that read pages aloud, offline, with the PC's own speech: espeak-ng on Linux, SAPI on Windows.

Every engine speaks a list of utterances one at a time, says which one it has started (so the screen can show it),
and can be stopped at any moment. ``find_engine`` picks the one this PC has, with a British English voice set
explicitly, or says why there is none (the Listen button is then hidden and the log says why).

Why not QtTextToSpeech: it comes with PySide6-Addons and pulls in Qt Multimedia and FFmpeg (about 22 MB more in
the bundle, measured from the 6.11.2 wheel). pyttsx3 is small but its ``runAndWait`` blocks the caller, so the
screen would freeze while it speaks. espeak-ng as a separate process costs the bundle nothing, never blocks the
screen, and can be paused (SIGSTOP) and stopped (kill) at once.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, QTimer, Signal

from kiosk.speech.sapi import SapiVoice

log = logging.getLogger(__name__)

BRITISH_VOICE = "en-gb"
# Words a minute: a little slower than espeak-ng's 175, for people who are anxious or not used to reading.
RATE = 150


class SpeechEngine(QObject):
    """Reads a list of utterances in order. Subclasses start, pause, resume and stop one utterance; this class
    keeps the place. ``progress`` gives the index of the utterance now starting; ``finished`` comes once, when the
    last one ends or reading is stopped."""

    progress = Signal(int)
    finished = Signal()

    name = "speech"
    voice = ""
    can_pause = False

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._texts: list[str] = []
        self._index = -1
        self.paused = False

    @property
    def speaking(self) -> bool:
        return self._index >= 0

    @property
    def current(self) -> int:
        return self._index

    def speak(self, texts: list[str]) -> None:
        self.stop()
        self._texts = [t for t in texts if t.strip()]
        if self._texts:
            self._say(0)

    def pause(self) -> None:
        if self.speaking and self.can_pause and not self.paused:
            self.paused = True
            self._pause_one()

    def resume(self) -> None:
        if self.speaking and self.paused:
            self.paused = False
            self._resume_one()

    def stop(self) -> None:
        if not self.speaking:
            return
        self._index = -1
        self.paused = False
        self._stop_one()
        self.finished.emit()

    def _say(self, index: int) -> None:
        self._index = index
        self.progress.emit(index)
        self._start_one(self._texts[index])

    def _one_finished(self) -> None:
        """A subclass calls this when the utterance it was given has been spoken to the end."""
        if not self.speaking or self.paused:
            return
        if self._index + 1 < len(self._texts):
            self._say(self._index + 1)
        else:
            self._index = -1
            self.finished.emit()

    # What each voice does ------------------------------------------------------------------------------------
    def _start_one(self, text: str) -> None:
        raise NotImplementedError

    def _stop_one(self) -> None:
        raise NotImplementedError

    def _pause_one(self) -> None:
        raise NotImplementedError

    def _resume_one(self) -> None:
        raise NotImplementedError


def espeak_command(program: str, voice: str = BRITISH_VOICE, *, to_wav: bool = False) -> list[str]:
    """The command that reads standard input aloud (or, ``to_wav``, writes it as a WAV file to standard output)."""
    return [program, "-v", voice, "-s", str(RATE), *(["--stdout"] if to_wav else [])]


class EspeakEngine(SpeechEngine):
    """Debian's espeak-ng, one process an utterance (the text goes in on standard input, never on its command
    line). Pause stops the process where it is (SIGSTOP) and resume lets it go on (SIGCONT)."""

    name = "espeak-ng"
    can_pause = os.name == "posix"

    def __init__(self, program: str, voice: str = BRITISH_VOICE, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.program = program
        self.voice = voice
        # One process object, started again for each utterance (Python-made QProcesses deleted while their
        # signals are being delivered crash PySide).
        self._process = QProcess(self)
        # Nothing it prints is needed (ALSA complains on a PC without sound): dropped, never left to fill a pipe.
        self._process.setStandardOutputFile(QProcess.nullDevice())
        self._process.setStandardErrorFile(QProcess.nullDevice())
        self._process.finished.connect(self._process_ended)
        self._process.errorOccurred.connect(self._failed)
        self._stopping = False

    def _start_one(self, text: str) -> None:
        command = espeak_command(self.program, self.voice)
        self._process.start(command[0], command[1:])
        self._process.write(text.encode("utf-8"))
        self._process.closeWriteChannel()

    def _process_ended(self, *_args: object) -> None:
        if not self._stopping:
            # The next utterance starts once this process is wholly done with, not inside its own signal.
            QTimer.singleShot(0, self._one_finished)

    def _failed(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart and not self._stopping:
            log.error("read aloud: %s did not start (%s)", self.program, self._process.errorString())
            QTimer.singleShot(0, self.stop)

    def _running(self) -> bool:
        return self._process.state() != QProcess.ProcessState.NotRunning

    def _stop_one(self) -> None:
        if self._running():
            self._stopping = True
            self._signal(self._process, signal.SIGCONT)  # a paused process must wake to die
            self._process.kill()
            self._process.waitForFinished(1000)
            self._stopping = False

    def _pause_one(self) -> None:
        if self._running():
            self._signal(self._process, signal.SIGSTOP)

    def _resume_one(self) -> None:
        if self._running():
            self._signal(self._process, signal.SIGCONT)
        else:  # it had finished its utterance just as it was paused: go on to the next
            self._one_finished()

    @staticmethod
    def _signal(process: QProcess, number: int) -> None:
        pid = process.processId()
        if pid > 0 and hasattr(signal, "SIGSTOP"):
            with contextlib.suppress(ProcessLookupError):  # it has just ended by itself
                os.kill(pid, number)


class SapiEngine(SpeechEngine):  # pragma: no cover - Windows only; its rules are in kiosk.speech.sapi
    """Windows' own speech (SAPI 5): speaks without blocking, and polls to know when an utterance is done."""

    name = "Windows speech (SAPI)"
    can_pause = True

    def __init__(self, voice: SapiVoice, voice_name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._voice = voice
        self.voice = voice_name
        self._poll = QTimer(self)
        self._poll.setInterval(100)
        self._poll.timeout.connect(self._check)

    def _start_one(self, text: str) -> None:
        self._voice.speak(text)
        self._poll.start()

    def _check(self) -> None:
        if self._voice.done:
            self._poll.stop()
            self._one_finished()

    def _stop_one(self) -> None:
        self._poll.stop()
        self._voice.stop()

    def _pause_one(self) -> None:
        self._voice.pause()

    def _resume_one(self) -> None:
        self._voice.resume()


@dataclass(frozen=True, slots=True)
class EngineFound:
    """The voice this PC reads with, or why it has none (``engine`` is None)."""

    engine: SpeechEngine | None
    description: str


# Where Linux shows its sound cards, and the sockets of the sound servers desktops run (PulseAudio, PipeWire).
ASOUND_CARDS = Path("/proc/asound/cards")
SOUND_SERVER_SOCKETS = ("pulse/native", "pipewire-0")


def missing_sound_output() -> str | None:
    """Why this Linux PC cannot play sound (no sound card and no sound server), or None when it can.

    With no sound device espeak-ng still "speaks" each sentence at once and exits 0: Listen would race silently
    to the end of the page. Unplugged speakers on a working card cannot be seen from here."""
    if os.environ.get("PULSE_SERVER"):
        return None
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and any((Path(runtime) / socket).exists() for socket in SOUND_SERVER_SOCKETS):
        return None
    try:
        cards = ASOUND_CARDS.read_text(encoding="utf-8", errors="replace")
    except OSError:
        cards = ""
    if any(line.strip()[:1].isdigit() for line in cards.splitlines()):
        return None
    return f"no sound output: no sound card in {ASOUND_CARDS} and no PulseAudio or PipeWire"


@dataclass(frozen=True, slots=True)
class VoiceLookup:
    """What looking for this PC's voice found, as plain values: espeak-ng's program with its British English voice
    (``program``), or why there is none (``program`` None). Found on a worker thread after the first paint: the
    look-up starts espeak-ng and waits for it, a GUI-thread stall of its own on a busy PC."""

    program: str | None
    description: str


def look_up_voice(*, need_sound: bool = True) -> VoiceLookup | None:
    """Look for espeak-ng with a British English voice, and sound to play it on (any thread: no Qt). None on
    Windows, where SAPI's voice is a COM object, looked for by ``engine_from`` on the thread that uses it."""
    if sys.platform == "win32":  # pragma: no cover - Windows only
        return None
    program = shutil.which("espeak-ng")
    if program is None:
        return VoiceLookup(None, "espeak-ng is not installed (Debian: apt-get install espeak-ng)")
    try:
        listed = subprocess.run([program, f"--voices={BRITISH_VOICE}"], capture_output=True, text=True,
                                timeout=5, check=False).stdout
    except (OSError, subprocess.SubprocessError) as error:
        return VoiceLookup(None, f"espeak-ng did not answer: {error}")
    if not any(line.split()[1:2] == [BRITISH_VOICE] for line in listed.splitlines()[1:]):
        return VoiceLookup(None, f"espeak-ng has no British English voice ({BRITISH_VOICE})")
    found = f"espeak-ng, voice {BRITISH_VOICE}"
    problem = missing_sound_output() if need_sound else None
    if problem:
        return VoiceLookup(None, f"{found} found, but {problem}")
    return VoiceLookup(program, found)


def engine_from(lookup: VoiceLookup | None, parent: QObject | None = None) -> EngineFound:
    """The voice ``look_up_voice`` found, made ready to speak (on the GUI thread: the engine is a QObject)."""
    if lookup is None:  # pragma: no cover - Windows only
        return _find_sapi(parent)
    if lookup.program is None:
        return EngineFound(None, lookup.description)
    return EngineFound(EspeakEngine(lookup.program, BRITISH_VOICE, parent), lookup.description)


def find_engine(parent: QObject | None = None, *, need_sound: bool = True) -> EngineFound:
    """The PC's own offline voice with British English set, or the reason there is none. ``need_sound=False`` is
    for ``kiosk snapshot``, which draws the Listen button on a build machine that has no speakers."""
    return engine_from(look_up_voice(need_sound=need_sound), parent)


def _find_sapi(parent: QObject | None) -> EngineFound:  # pragma: no cover - Windows only
    from kiosk.speech.sapi import find_british_voice

    voice, description = find_british_voice()
    if voice is None:
        return EngineFound(None, description)
    return EngineFound(SapiEngine(voice, description.rpartition("voice ")[2], parent), description)
