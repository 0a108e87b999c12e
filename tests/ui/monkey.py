"""A seeded monkey: random taps, drags, typing, pastes, text-size and theme switches and idle resets on a real kiosk.

Read aloud runs with the test voice (tests/ui/fake_speech.py).
One driver for the short run in the test suite (tests/ui/test_monkey.py) and the long soak
(benchmarks/monkey_soak.py). Every action is timed on the GUI thread, together with whatever queued work it set off
(search answers, timers, repaints); a heartbeat timer catches stalls inside queued work between actions. Now and
then it checks what a person would notice: the window still repaints, Urgent help opens with one tap, and an idle
reset returns to the home screen. Exceptions and Qt warnings are collected, never swallowed.
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QElapsedTimer,
    QEvent,
    QObject,
    QPoint,
    QPointF,
    Qt,
    QTimer,
    qInstallMessageHandler,
)
from PySide6.QtGui import QGuiApplication, QKeyEvent, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QWidget

from kiosk.navigation import Location
from kiosk.ui.services.speech import EngineFound
from kiosk.ui.session import Session
from tests.ui.fake_speech import FakeVoice

# The offscreen platform's own complaints (it cannot raise windows or honour size hints), as in pyproject.toml,
# and Qt's gesture manager noting that a finger-scroll gesture lost its widget (the screen changed under a drag):
# Qt drops the gesture and nothing reaches the app; seen about once in a few hundred actions.
IGNORED_WARNINGS = ("propagateSizeHints", "does not support raise", "could not find the target for gesture")

EMOJI = ["🙂", "😀", "👍🏽", "❤️", "🇬🇧", "中", "é", "ß", "\u200b", "👩‍👩‍👧"]
WORDS = ["chemo", "bone pain", "hair", "can't", "what is", "scan", "tired", "kids", "die", "breathless"]
LEFT = Qt.MouseButton.LeftButton
# The screens hospitals have (a windowed kiosk on a nurse's laptop is resized to any of them).
SCREEN_SIZES = [(1024, 768), (1366, 768), (1280, 800), (1920, 1080), (1080, 1920)]
# Key chords a person at a keyboard may press: the kiosk's own shortcuts and keys it must refuse or ignore.
CHORDS = [(Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier), (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
          (Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier), (Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier),
          (Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier), (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
          (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier), (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),
          (Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier), (Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)]


def resident_memory_mb() -> float | None:
    """This process's resident memory now (not its peak), where the system says it; None elsewhere."""
    statm = Path("/proc/self/statm")
    if statm.exists():
        import os

        return int(statm.read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    return None


def describe(widget: QWidget) -> str:
    """A control as the slowest-actions list names it: its kind, name and words (a card's words are its title)."""
    words = widget.text() if isinstance(widget, QAbstractButton | QLineEdit) else ""
    words = words or widget.accessibleName()
    return f"{type(widget).__name__} {widget.objectName()} '{words[:30]}'".replace("  ", " ")


@dataclass
class MonkeyReport:
    seed: int
    actions: int = 0
    seconds: float = 0.0
    exceptions: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    stuck: list[str] = field(default_factory=list)
    slowest: list[tuple[float, int, str]] = field(default_factory=list)  # (ms, action number, what), worst first
    over_100ms: int = 0
    over_500ms: int = 0
    longest_heartbeat_gap_ms: float = 0.0
    urgent_checks: int = 0
    reset_checks: int = 0
    popups: int = 0  # menus a click opened (and the monkey closed): a kiosk shows none
    widgets: list[tuple[int, int]] = field(default_factory=list)  # (action number, live widgets)
    memory_mb: list[tuple[int, float]] = field(default_factory=list)  # (action number, resident MB)

    @property
    def actions_per_second(self) -> float:
        return self.actions / self.seconds if self.seconds else 0.0

    @property
    def worst_ms(self) -> float:
        return self.slowest[0][0] if self.slowest else 0.0

    def summary(self) -> str:
        lines = [f"seed {self.seed}: {self.actions} actions in {self.seconds:.1f} s "
                 f"({self.actions_per_second:.0f}/s), {len(self.exceptions)} exceptions, {len(self.warnings)} "
                 f"Qt warnings, {len(self.stuck)} stuck screens, {self.over_100ms} actions over 100 ms, "
                 f"{self.over_500ms} over 500 ms, longest heartbeat gap {self.longest_heartbeat_gap_ms:.0f} ms, "
                 f"{self.urgent_checks} Urgent help checks, {self.reset_checks} idle reset checks, "
                 f"{self.popups} menus opened"]
        lines += [f"  slow: {ms:.0f} ms at action {n}: {what}" for ms, n, what in self.slowest[:10]]
        lines += [f"  exception: {e}" for e in self.exceptions[:5]]
        lines += [f"  warning: {w}" for w in self.warnings[:5]]
        lines += [f"  stuck: {s}" for s in self.stuck[:5]]
        return "\n".join(lines)


class _PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


class Monkey:
    """``run(n)`` performs n random actions on ``session`` and returns what it saw. Same seed, same actions."""

    def __init__(self, session: Session, seed: int, *, check_every: int = 200, keep_slowest: int = 20) -> None:
        self.session = session
        self.window = session.window
        self.rng = random.Random(seed)
        self.report = MonkeyReport(seed)
        self.check_every = check_every
        self.keep_slowest = keep_slowest
        self.app = QApplication.instance()
        # A waiting-room kiosk: the keyboard comes up on the search screen, and nothing opens a modal print dialog
        # (it would wait for a person, which no monkey is).
        session.keyboard_policy.touch_screen = True
        session.controller.set_printing_allowed(False)
        # Read aloud with the test voice: it says nothing, and the monkey decides when each sentence is over.
        self.voice = FakeVoice()
        session.read_aloud.attach(EngineFound(self.voice, "monkey's test voice"))
        self._actions: list[tuple[int, Callable[[], str]]] = [
            (30, self.tap_control), (12, self.tap_anywhere), (8, self.drag), (4, self.flick),
            (20, self.type_keys), (4, self.type_text), (3, self.paste), (1, self.long_press),
            (4, self.rapid_taps), (3, self.switch_text_size), (2, self.switch_contrast), (2, self.idle_timeout),
            (3, self.navigate), (2, self.physical_keys), (4, self.read_aloud),
            (6, self.touch_tap), (3, self.touch_drag), (1, self.two_fingers), (2, self.wheel),
            (1, self.key_chord), (3, self.window_click),
        ]
        if session.mode.name == "WINDOWED":  # a kiosk's window is the screen's size, whatever anyone does
            self._actions.append((1, self.resize_window))
        self.touch_device = QTest.createTouchDevice()
        self._weights = [w for w, _ in self._actions]
        self._heartbeat = QTimer()
        self._heartbeat.setInterval(20)
        self._heartbeat.timeout.connect(self._beat)
        self._last_beat = QElapsedTimer()
        self._paints = _PaintCounter()

    # The run ------------------------------------------------------------------------------------------------
    def run(self, count: int, *, on_progress: Callable[[MonkeyReport], None] | None = None,
            progress_every: int = 0) -> MonkeyReport:
        """Perform ``count`` more actions; ``on_progress`` is called every ``progress_every`` actions."""
        report = self.report
        previous_hook = sys.excepthook
        previous_handler = None

        def hook(kind, value, trace) -> None:
            report.exceptions.append(f"{kind.__name__}: {value} (action {report.actions})")
            previous_hook(kind, value, trace)

        def messages(mode, context, message: str) -> None:
            if any(part in message for part in IGNORED_WARNINGS):
                return
            if mode.value >= 1:  # warning or worse
                report.warnings.append(f"{message} (action {report.actions})")
            if previous_handler is not None:
                previous_handler(mode, context, message)
            else:
                print(message, file=sys.stderr)

        sys.excepthook = hook
        previous_handler = qInstallMessageHandler(messages)
        self.window.installEventFilter(self._paints)
        self._last_beat.start()
        self._heartbeat.start()
        started, seconds_before = time.perf_counter(), report.seconds
        try:
            first = report.actions  # a second run carries on counting from the first
            for number in range(first + 1, first + count + 1):
                report.actions = number
                self._one_action(number)
                if number % self.check_every == 0:
                    self._forget_old_speech()
                    self.check_repaints(number)
                    self.check_urgent_help(number)
                if number % (self.check_every * 5) == 0:
                    self.check_idle_reset(number)
                if progress_every and number % progress_every == 0 and on_progress is not None:
                    report.seconds = seconds_before + time.perf_counter() - started  # a rate that is true mid-run
                    on_progress(report)
        finally:
            report.seconds = seconds_before + time.perf_counter() - started
            self._heartbeat.stop()
            self.window.removeEventFilter(self._paints)
            qInstallMessageHandler(previous_handler)
            sys.excepthook = previous_hook
        return report

    def _one_action(self, number: int) -> None:
        action = self.rng.choices([a for _, a in self._actions], self._weights)[0]
        self._worst_step = 0.0
        self._step_started = time.perf_counter()
        try:
            what = action()
            self.step()
        except Exception as error:  # the driver's own step failed: a finding, reported like the app's
            what = action.__name__
            self.report.exceptions.append(f"{type(error).__name__}: {error} (action {number}: {what})")
        self._record(self._worst_step, number, what)

    def step(self) -> None:
        """The end of one thing a person did (a tap, a key, a burst of keys): run the queued work it set off and
        time it. An action made of several (rapid taps, a long typed string) counts its slowest step: that is how
        long the screen was frozen, whereas the steps' sum would be time a person spent too."""
        self.settle()
        now = time.perf_counter()
        self._worst_step = max(self._worst_step, (now - self._step_started) * 1000)
        self._step_started = now

    def _record(self, ms: float, number: int, what: str) -> None:
        report = self.report
        report.over_100ms += ms > 100
        report.over_500ms += ms > 500
        if len(report.slowest) < self.keep_slowest or ms > report.slowest[-1][0]:
            report.slowest.append((ms, number, what))
            report.slowest.sort(reverse=True)
            del report.slowest[self.keep_slowest:]

    def _beat(self) -> None:
        gap = self._last_beat.restart()
        self.report.longest_heartbeat_gap_ms = max(self.report.longest_heartbeat_gap_ms, float(gap))

    def settle(self) -> None:
        """Let the action's queued work run: posted events, search answers already on their way, repaints."""
        QCoreApplication.sendPostedEvents()
        self.app.processEvents()
        # Replaced cards and panels go as the running app's event loop would delete them; processEvents() alone
        # never does, and the leftovers would pile up as no kiosk's do.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def wait(self, ms: int) -> None:
        """Let time pass with the event loop running (timers fire); the wait itself is not a step's time, though
        the heartbeat still sees any stall inside it."""
        self.step()
        QTest.qWait(ms)
        self._step_started = time.perf_counter()

    # Where a person can touch ---------------------------------------------------------------------------------
    def visible_controls(self) -> list[QWidget]:
        controls = [w for w in self.window.findChildren(QAbstractButton) + self.window.findChildren(QLineEdit)
                    if w.isVisible() and w.isEnabled() and not w.visibleRegion().isEmpty()]
        # A panel over the screen takes the touches, as it does for a person: only what is on top can be tapped.
        return [w for w in controls if self._on_top(w)]

    def _on_top(self, widget: QWidget) -> bool:
        centre = widget.mapTo(self.window, widget.rect().center())
        top = self.window.childAt(centre)
        return top is not None and (top is widget or widget.isAncestorOf(top))

    def _point(self) -> tuple[QWidget, QPoint]:
        """A random point of the window, as the widget under it and a point in that widget."""
        at = QPoint(self.rng.randrange(max(1, self.window.width())), self.rng.randrange(max(1, self.window.height())))
        target = self.window.childAt(at) or self.window
        return target, target.mapFrom(self.window, at) if target is not self.window else at

    # Actions: each returns a few words saying what it did (for the slowest-actions list) ----------------------
    def tap_control(self) -> str:
        controls = self.visible_controls()
        if not controls:
            return self.tap_anywhere()
        control = self.rng.choice(controls)
        QTest.mouseClick(control, LEFT, Qt.KeyboardModifier.NoModifier, control.rect().center())
        return f"tap {describe(control)}"

    def tap_anywhere(self) -> str:
        target, at = self._point()
        QTest.mouseClick(target, LEFT, Qt.KeyboardModifier.NoModifier, at)
        return f"tap on {type(target).__name__} at {at.x()},{at.y()}"

    def drag(self, steps: int | None = None, kind: str = "drag") -> str:
        target, at = self._point()
        steps = steps or self.rng.randint(3, 12)
        # The finger stays on the screen (a kiosk's window fills it): the drag ends somewhere inside the window.
        end = target.mapFrom(self.window, QPoint(self.rng.randrange(max(1, self.window.width())),
                                                 self.rng.randrange(max(1, self.window.height()))))
        dx, dy = end.x() - at.x(), end.y() - at.y()
        QTest.mousePress(target, LEFT, Qt.KeyboardModifier.NoModifier, at)
        for step in range(1, steps + 1):
            QTest.mouseMove(target, at + QPoint(dx * step // steps, dy * step // steps))
        QTest.mouseRelease(target, LEFT, Qt.KeyboardModifier.NoModifier, at + QPoint(dx, dy))
        return f"{kind} on {type(target).__name__} by {dx},{dy}"

    def flick(self) -> str:
        return self.drag(steps=2, kind="flick")

    def long_press(self) -> str:
        target, at = self._point()
        QTest.mousePress(target, LEFT, Qt.KeyboardModifier.NoModifier, at)
        in_window = self.window.mapFromGlobal(target.mapToGlobal(at))
        self.wait(self.rng.choice([200, 600]))  # held down: auto-repeat (Delete) and long-press timers run
        self._lift(target, at, in_window)
        return f"long press on {type(target).__name__}"

    def _lift(self, target: QWidget, at: QPoint, in_window: QPoint) -> None:
        """The finger comes up. While it was down the screen may have changed (an idle reset, new search results)
        and the widget under it gone: then it comes up over whatever the window shows there now."""
        if not shiboken6.isValid(target):
            QTest.mouseRelease(self.window, LEFT, Qt.KeyboardModifier.NoModifier, in_window)
            return
        QTest.mouseRelease(target, LEFT, Qt.KeyboardModifier.NoModifier, at)

    def window_click(self) -> str:
        """A mouse on a nurse's laptop, through the window as the desktop delivers it (so Qt itself makes the
        double clicks and the context-menu requests): a left, right or middle click, or a double click."""
        controls = self.visible_controls()
        if controls and self.rng.random() < 0.6:
            control = self.rng.choice(controls)
            at, what = control.mapTo(self.window, control.rect().center()), describe(control)
        else:
            at = QPoint(self.rng.randrange(max(1, self.window.width())),
                        self.rng.randrange(max(1, self.window.height())))
            what = f"{at.x()},{at.y()}"
        handle = self.window.windowHandle()
        kind = self.rng.choices(["right", "middle", "double", "left"], [4, 2, 3, 1])[0]
        # A context menu runs a loop of its own until it is closed: close any that opens, as a person would, and
        # say so (the kiosk should show none).
        closer = QTimer()
        closer.setSingleShot(True)
        closer.timeout.connect(self._close_popups)
        closer.start(100)
        no = Qt.KeyboardModifier.NoModifier
        if kind == "double":
            QTest.mouseDClick(handle, LEFT, no, at)
        else:
            button = {"right": Qt.MouseButton.RightButton, "middle": Qt.MouseButton.MiddleButton}.get(kind, LEFT)
            QTest.mouseClick(handle, button, no, at)
        self.settle()
        closer.stop()
        return f"{kind} click on {what}" + (" (a menu opened)" if self._close_popups() else "")

    def _close_popups(self) -> bool:
        popup = QApplication.activePopupWidget()
        if popup is None:
            return False
        self.report.popups += 1
        popup.close()
        return True

    def touch_tap(self) -> str:
        """A finger on a touch screen (Qt turns an unhandled touch into a mouse click, as on a real kiosk)."""
        controls = self.visible_controls()
        if controls and self.rng.random() < 0.7:
            control = self.rng.choice(controls)
            at, what = control.mapTo(self.window, control.rect().center()), describe(control)
        else:
            at, what = self._point_in_window(), "the screen"
        self._touch("press", at)
        if self.rng.random() < 0.2:
            self.wait(self.rng.choice([100, 700]))  # a slow tap, or a long press
        self._touch("release", at)
        return f"touch tap on {what}"

    def touch_drag(self) -> str:
        start, end = self._point_in_window(), self._point_in_window()
        steps = self.rng.randint(2, 10)
        self._touch("press", start)
        for step in range(1, steps + 1):
            self._touch("move", start + (end - start) * step / steps)
            if step % 3 == 0:
                self.step()
        self._touch("release", end)
        return f"touch drag by {end.x() - start.x()},{end.y() - start.y()}"

    def two_fingers(self) -> str:
        """Two fingers at once (a pinch, or a child's whole hand): the kiosk has no pinch, so nothing may break."""
        a, b = self._point_in_window(), self._point_in_window()
        sequence = QTest.touchEvent(self.window, self.touch_device)
        sequence.press(0, a, self.window).press(1, b, self.window).commit()
        for step in range(1, 4):
            sequence = QTest.touchEvent(self.window, self.touch_device)
            sequence.move(0, a + QPoint(10 * step, 10 * step), self.window)
            sequence.move(1, b - QPoint(10 * step, 10 * step), self.window).commit()
        sequence = QTest.touchEvent(self.window, self.touch_device)
        sequence.release(0, a + QPoint(30, 30), self.window).release(1, b - QPoint(30, 30), self.window).commit()
        return "two fingers"

    def _touch(self, what: str, at: QPoint) -> None:
        sequence = QTest.touchEvent(self.window, self.touch_device)
        getattr(sequence, what)(0, at, self.window).commit()

    def _point_in_window(self) -> QPoint:
        return QPoint(self.rng.randrange(max(1, self.window.width())), self.rng.randrange(max(1, self.window.height())))

    def wheel(self) -> str:
        """A mouse wheel or a touchpad's two-finger scroll, over whatever is under the pointer. Qt passes a real
        wheel turn up from the widget under the pointer to the first one that takes it (a scrolling screen); a sent
        event stays where it is sent, so the monkey passes it up itself."""
        target, at = self._point()
        delta = self.rng.choice([-360, -120, -15, 15, 120, 360])
        widget: QWidget | None = target
        while widget is not None:
            event = QWheelEvent(QPointF(at), QPointF(widget.mapToGlobal(at)), QPoint(0, 0), QPoint(0, delta),
                                Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                                Qt.ScrollPhase.NoScrollPhase, False)
            # As QApplication::notify does for a real wheel: on to the parent unless this widget both handled the
            # event and accepted it.
            if (QApplication.sendEvent(widget, event) and event.isAccepted()) or widget.isWindow():
                break
            at = widget.mapToParent(at)
            widget = widget.parentWidget()
        return f"wheel {delta} on {type(target).__name__}"

    def key_chord(self) -> str:
        key, modifier = self.rng.choice(CHORDS)
        QTest.keyClick(QApplication.focusWidget() or self.window, key, modifier)
        return f"key {modifier.name}+{key.name}"

    def resize_window(self) -> str:
        width, height = self.rng.choice(SCREEN_SIZES)
        self.window.resize(width, height)
        return f"window resized to {width}x{height}"

    def rapid_taps(self) -> str:
        controls = self.visible_controls()
        control = self.rng.choice(controls) if controls else self.window
        for _ in range(self.rng.randint(2, 12)):
            # A tap can take its own card away (it opened a page): later taps then land on nothing.
            if shiboken6.isValid(control) and control.isVisible():
                QTest.mouseClick(control, LEFT, Qt.KeyboardModifier.NoModifier, control.rect().center())
                self.step()
        return f"rapid taps on {describe(control) if shiboken6.isValid(control) else 'a card that went away'}"

    def _to_search(self) -> None:
        if self.window.current_screen() is not self.window.search or self.session.idle.counting_down:
            QTest.mouseClick(self.window.nav_bar.search, LEFT)
            self.settle()

    def type_keys(self) -> str:
        """Taps on the on-screen keyboard's keys, as many as a person types in a breath."""
        self._to_search()
        keys = [k for k in self.window.keyboard.keys.values() if k.isVisible()]
        if not keys:
            return "type (keyboard hidden)"
        typed = 0
        for _ in range(self.rng.randint(1, 8)):
            key = self.rng.choice(keys)
            if key.isVisible():
                QTest.mouseClick(key, LEFT)
                self.step()
                typed += 1
            if self.rng.random() < 0.05:
                self.wait(TYPING_PAUSE)  # a pause long enough for the search to run
        return f"type {typed} keys into '{self.window.search.query()[-20:]}'"

    def type_text(self) -> str:
        """Text typed on a physical keyboard: words, emoji and now and then a very long string."""
        self._to_search()
        choice = self.rng.random()
        if choice < 0.4:
            text = self.rng.choice(WORDS) + " "
        elif choice < 0.7:
            text = "".join(self.rng.choice(EMOJI + list("abc ")) for _ in range(self.rng.randint(1, 20)))
        else:
            text = "".join(self.rng.choice("abcdefghijklmnopqrstuvwxyz ") for _ in range(self.rng.randint(200, 3000)))
        for done, character in enumerate(text, start=1):
            # One key event per character, emoji included (QTest would split surrogates); a fast typist's keys
            # arrive a few at a time, with the event loop running in between. Each goes where Qt would send a real
            # key: to whatever has the focus now (a result card focused a moment ago may have been replaced).
            focus = QApplication.focusWidget() or self.window
            QApplication.sendEvent(focus, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier,
                                                    character))
            if done % 5 == 0:
                self.step()
        return f"type {len(text)} characters"

    def paste(self) -> str:
        self._to_search()
        size = self.rng.choice([5, 80, 2_000, 100_000])
        text = "".join(self.rng.choice(["chemo ", "🙂", "bone ", "x", "\n", "\t", "pain "]) for _ in range(size // 5))
        QGuiApplication.clipboard().setText(text)
        focus = QApplication.focusWidget() or self.window.search.box
        QTest.keyClick(focus, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        return f"paste {len(text)} characters"

    def physical_keys(self) -> str:
        key = self.rng.choice([Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Return, Qt.Key.Key_Space,
                               Qt.Key.Key_Escape, Qt.Key.Key_PageDown, Qt.Key.Key_End, Qt.Key.Key_Backspace])
        focus = QApplication.focusWidget() or self.window
        QTest.keyClick(focus, key)
        return f"key {key.name} on {type(focus).__name__}"

    def switch_text_size(self) -> str:
        how = self.rng.choice(["button", "bigger", "smaller"])
        if how == "button":
            QTest.mouseClick(self.window.nav_bar.large_print, LEFT)
        else:
            modifier = Qt.KeyboardModifier.ControlModifier
            QTest.keyClick(self.window, Qt.Key.Key_Plus if how == "bigger" else Qt.Key.Key_Minus, modifier)
        return f"text size: {how} (now {self.session.themes.theme.name})"

    def switch_contrast(self) -> str:
        QTest.mouseClick(self.window.nav_bar.high_contrast, LEFT)
        return "high contrast switch"

    def navigate(self) -> str:
        button = self.rng.choice([self.window.nav_bar.home, self.window.nav_bar.back, self.window.nav_bar.search])
        QTest.mouseClick(button, LEFT)
        return f"bar: {button.text()}"

    def read_aloud(self) -> str:
        """Listen, Pause, Carry on or Stop on a page, and now and then the voice finishing a sentence."""
        if self.window.current_screen() is not self.window.page or self.window.overlay_open():
            cards = [c for c in self.visible_controls() if c.objectName().startswith(("topic-", "result-", "card-"))]
            if not cards:
                return "read aloud (no page to open)"
            QTest.mouseClick(self.rng.choice(cards), LEFT)
            self.step()
        bar = self.window.page.listen_bar
        buttons = [b for b in (bar.listen, bar.pause, bar.resume, bar.stop) if b.isVisible() and b.isEnabled()]
        done = "no voice button"
        if buttons:
            button = self.rng.choice(buttons)
            QTest.mouseClick(button, LEFT)
            done = button.text()
        for _ in range(self.rng.randint(0, 3)):
            self.step()
            self.voice.end_utterance()  # does nothing unless a sentence is being said
        return f"read aloud: {done}"

    def idle_timeout(self) -> str:
        """The idle timer and the countdown fire for real, in the middle of whatever the person was doing."""
        idle = self.session.idle
        idle_ms, tick_ms = idle.idle.interval(), idle.tick.interval()
        idle.idle.setInterval(self.rng.randint(1, 60))
        idle.tick.setInterval(self.rng.randint(1, 15))
        idle.idle.start()
        try:
            target, at = self._point()
            if self.rng.random() < 0.5:  # mid-drag: the finger is down when the countdown appears
                QTest.mousePress(target, LEFT, Qt.KeyboardModifier.NoModifier, at)
                in_window = self.window.mapFromGlobal(target.mapToGlobal(at))
                self.wait(self.rng.randint(0, 120))
                self._lift(target, at + QPoint(5, 40), in_window + QPoint(5, 40))
            else:
                self.wait(self.rng.randint(0, 150))
        finally:
            idle.idle.setInterval(idle_ms)
            idle.tick.setInterval(tick_ms)
            if idle.counting_down:
                idle.tick.start()  # at its own pace again
            idle.idle.start()
        return "idle timeout mid-action"

    def _forget_old_speech(self) -> None:
        """The test voice remembers every sentence; over a long soak that would be the driver's memory growing,
        not the app's. Keep the newest few (the suite checks that something was read aloud at all)."""
        for record in (self.voice.said, self.voice.events):
            del record[:-20]

    # What a person would notice -------------------------------------------------------------------------------
    def check_repaints(self, number: int) -> None:
        before = self._paints.paints
        self.window.update()
        self.settle()
        if self._paints.paints == before or not self.window.isVisible():
            self.report.stuck.append(f"the window did not repaint (action {number})")

    def check_urgent_help(self, number: int) -> None:
        """One tap on Urgent help, after whatever came before, shows the Urgent help page."""
        self.report.urgent_checks += 1
        button = self.window.nav_bar.urgent
        urgent = self.session.store.guide.urgent_page
        if not (button.isVisible() and button.isEnabled() and self._on_top(button)):
            self.report.stuck.append(f"Urgent help could not be tapped (action {number})")
            return
        QTest.mouseClick(button, LEFT)
        self.settle()
        page = self.window.page.page
        if (self.window.current_screen() is not self.window.page or page is None or page.id != urgent
                or self.window.overlay_open()):
            shown = type(self.window.current_screen()).__name__
            open_panels = [type(o).__name__ for o in self.window.overlays() if o.isVisible()]
            self.report.stuck.append(
                f"one tap on Urgent help did not show it (action {number}): the screen was {shown}, "
                f"page {page.id if page else None}, panels open {open_panels}")

    def check_idle_reset(self, number: int) -> None:
        """Nobody touches the screen: the countdown runs out and the home screen comes back, as at the start."""
        self.report.reset_checks += 1
        idle = self.session.idle
        idle_ms, tick_ms = idle.idle.interval(), idle.tick.interval()
        idle.idle.setInterval(1)
        idle.tick.setInterval(1)
        idle.idle.start()
        try:
            deadline = time.perf_counter() + 60  # only a reset that never comes runs out
            while not self.session.controller.is_at_start() and time.perf_counter() < deadline:
                self.wait(10)
        finally:
            idle.idle.setInterval(idle_ms)
            idle.tick.setInterval(tick_ms)
            idle.idle.start()
        controller = self.session.controller
        if not controller.is_at_start() or controller.history.current != Location.home():
            self.report.stuck.append(f"the idle reset did not return to the home screen (action {number})")

    def count_widgets(self) -> int:
        return len(QApplication.allWidgets())


TYPING_PAUSE = 150  # a little over the search box's typing pause, so the search runs
