"""The longest GUI-thread stall for each kind of thing a person can do, on the real app offscreen.

A 1 ms heartbeat timer runs while each action is posted into the event loop; the longest gap between two beats,
while the action and the work it set off (layouts, paints, search answers, a panel's code) run, is how long the
screen could not answer. Every page (Words explained and the longest page among them), every panel, Take home,
the website and word panels, the PIN pad with a wrong PIN, search typing on the on-screen keyboard, the idle
countdown and reset, read aloud with the test voice, and Large print, text size and High contrast on each screen,
at 1920x1080, 1024x768 and 1080x1920. Prints one table: kind, count, median, p95 and max ms.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/gui_stalls.py [--sizes 1920x1080 ...] [--json out]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SIZES = ("1920x1080", "1024x768", "1080x1920")
PIN = "246813"
WRONG_PIN = "135790"
SETTLE_MS = 120  # long enough for an action's layouts, paints and the hidden parts a theme restyles after it


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


class StallMeter:
    """Posts an action into the running event loop and reports the longest gap between heartbeats meanwhile."""

    def __init__(self) -> None:
        from PySide6.QtCore import QElapsedTimer, Qt, QTimer

        self._clock = QElapsedTimer()
        self._beat = QTimer()
        self._beat.setTimerType(Qt.TimerType.PreciseTimer)
        self._beat.setInterval(1)
        self._beat.timeout.connect(self._tick)
        self._worst = 0
        self.stalls: dict[str, list[float]] = defaultdict(list)
        self.failures: list[str] = []

    def _tick(self) -> None:
        self._worst = max(self._worst, self._clock.restart())

    def run_loop(self, ms: int) -> None:
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def measure(self, kind: str, action: Callable[[], object], *, until: Callable[[], bool] | None = None,
                settle_ms: int = SETTLE_MS, timeout_ms: int = 5000) -> float:
        """Run ``action`` inside the event loop, then let the loop run ``settle_ms`` more (and until ``until()``
        holds); record and return the longest heartbeat gap."""
        from PySide6.QtCore import QCoreApplication, QEvent, QTimer

        self.run_loop(5)  # the previous action's leftovers are not this one's
        errors: list[str] = []

        def guarded() -> None:
            try:
                action()
            except Exception as error:  # a failing action is a finding, not the end of the survey
                errors.append(f"{kind}: {type(error).__name__}: {error}")

        self._worst = 0
        self._clock.start()
        self._beat.start()
        QTimer.singleShot(0, guarded)
        self.run_loop(settle_ms)
        deadline = time.perf_counter() + timeout_ms / 1000
        while until is not None and not until() and time.perf_counter() < deadline:
            self.run_loop(10)
        if until is not None and not until():
            errors.append(f"{kind}: did not finish within {timeout_ms} ms")
        self._beat.stop()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # as the app's own loop does
        self.failures += errors
        self.stalls[kind].append(float(self._worst))
        return float(self._worst)


def survey(sizes: list[str], repeats: int) -> StallMeter:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from kiosk import resources
    from kiosk.content.sources import load_store
    from kiosk.settings import Settings, hash_pin
    from kiosk.ui.services.speech import EngineFound
    from kiosk.ui.session import build_session
    from tests.ui.fake_speech import FakeVoice

    app = QApplication.instance() or QApplication(["gui-stalls"])
    settings = Settings(acute_oncology_line="0161 496 0999", acute_oncology_hours="24 hours a day",
                        breast_care_nurse_line="0161 496 0000", idle_timeout_seconds=90, countdown_seconds=3,
                        staff_pin_hash=hash_pin(PIN))
    session = build_session(app, load_store(resources.content_dir()), settings)
    window, c, themes, store = session.window, session.controller, session.themes, session.store
    session.keyboard_policy.touch_screen = True  # a waiting-room kiosk: the keyboard comes up on search
    voice = FakeVoice()
    session.read_aloud.attach(EngineFound(voice, "the benchmark's test voice"))
    session.show()
    if not session.search.wait(timeout=120):
        raise SystemExit(f"search did not open: {session.search.error}")
    meter = StallMeter()
    left = Qt.MouseButton.LeftButton

    def tap(widget) -> Callable[[], None]:
        return lambda: QTest.mouseClick(widget, left)

    pages = list(store)
    longest = max(pages, key=lambda page: len(page.body))
    glossary = store.guide.glossary_page
    worded = next((p.id for p in pages if p.id == "bone-scan"), longest.id)

    pad, idle = session.pin_pad, session.idle
    control = Qt.KeyboardModifier.ControlModifier

    def wrong_pin() -> None:
        for digit in WRONG_PIN:
            QTest.mouseClick(pad.keys[digit], left)
        QTest.mouseClick(pad.keys["OK"], left)

    def checked() -> bool:
        return not getattr(pad, "checking", False)  # the check ran on the GUI thread before it had a worker

    def screens() -> dict[str, Callable[[], None]]:
        return {"home": c.go_home, "page": lambda: c.open_page(longest.id),
                "Words explained": lambda: c.open_page(glossary), "search": c.open_search}

    for size in sizes:
        width, height = (int(n) for n in size.split("x"))
        window.resize(width, height)
        c.reset()
        meter.run_loop(200)
        for page in pages:
            kind = ("open Words explained" if page.id == glossary else
                    "open the longest page" if page.id == longest.id else "open a page")
            meter.measure(kind, lambda page=page: c.open_page(page.id))
            meter.measure("back", tap(window.nav_bar.back))
        for _ in range(repeats):
            c.open_page(longest.id)
            meter.measure("take home", tap(window.page.listen_bar.take_home))
            meter.measure("close a panel", tap(window.take_home.done))
            themes.set_large(True)
            meter.measure("take home (Large print)", tap(window.page.listen_bar.take_home))
            meter.measure("Large print off with Take home open", tap(window.nav_bar.large_print))
            meter.measure("Large print on with Take home open", tap(window.nav_bar.large_print))
            meter.measure("close a panel", tap(window.take_home.done))
            themes.set_normal()
            meter.measure("website panel", lambda: c.show_address("https://www.nhs.uk/conditions/breast-cancer/"))
            meter.measure("close a panel", tap(window.link_dialog.done))
            c.open_page(worded)
            meter.measure("word panel", lambda: c.explain_word("Tracer"))
            meter.measure("close a panel", tap(window.word_panel.done))
            meter.measure("read aloud: Listen", tap(window.page.listen_bar.listen))
            voice.end_utterance()
            meter.measure("read aloud: next sentence", lambda: voice.end_utterance())
            meter.measure("read aloud: Stop", tap(window.page.listen_bar.stop))
            meter.measure("PIN pad opens", pad.open)
            pad.attempts.succeeded()  # the benchmark's own tries must never lock the pad
            meter.measure("PIN pad: wrong PIN", wrong_pin, until=checked)
            meter.measure("close a panel", tap(pad.cancel))
            c.open_search()
            meter.run_loop(50)
            for key in "bone pain":
                button = window.keyboard.keys.get(key)
                if button is not None and button.isVisible():
                    meter.measure("search: key tap", tap(button), settle_ms=40)
            meter.measure("search: answer shown", lambda: None, settle_ms=400)
            c.open_page(longest.id)
            idle_ms, tick_ms = idle.idle.interval(), idle.tick.interval()
            idle.idle.setInterval(1)
            meter.measure("idle: countdown appears", idle.idle.start, until=lambda: session.idle.counting_down)
            idle.idle.setInterval(idle_ms)
            idle.tick.setInterval(1)
            meter.measure("idle: reset to home", lambda: None, until=c.is_at_start)
            idle.tick.setInterval(tick_ms)
            idle.idle.start()
        for screen, show in screens().items():
            for _ in range(repeats):
                show()
                meter.run_loop(150)  # the hidden parts a switch restyles afterwards are not the next one's
                meter.measure(f"Large print on ({screen})", tap(window.nav_bar.large_print))
                meter.measure(f"Large print off ({screen})", tap(window.nav_bar.large_print))
                meter.measure(f"High contrast on ({screen})", tap(window.nav_bar.high_contrast))
                meter.measure(f"High contrast off ({screen})", tap(window.nav_bar.high_contrast))
                meter.measure(f"text size: Ctrl+plus ({screen})",
                              lambda: QTest.keyClick(window, Qt.Key.Key_Plus, control))
                meter.measure(f"text size: Ctrl+minus ({screen})",
                              lambda: QTest.keyClick(window, Qt.Key.Key_Minus, control))
                themes.set_normal()
    session.shutdown()
    window.close()
    return meter


def table(meter: StallMeter) -> str:
    rows = ["| kind | n | median ms | p95 ms | max ms |", "| --- | --- | --- | --- | --- |"]
    for kind, values in sorted(meter.stalls.items(), key=lambda item: -max(item[1])):
        rows.append(f"| {kind} | {len(values)} | {statistics.median(values):.0f} | {p95(values):.0f} | "
                    f"{max(values):.0f} |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", nargs="+", default=list(SIZES), help="window sizes, WIDTHxHEIGHT")
    parser.add_argument("--repeats", type=int, default=3, help="how often each panel and switch is measured")
    parser.add_argument("--json", type=Path, help="also write the figures here, as JSON")
    args = parser.parse_args(argv)
    for size in args.sizes:
        parts = size.split("x")
        if len(parts) != 2 or not all(p.isdigit() and int(p) > 0 for p in parts):
            parser.error(f"--sizes: {size!r} is not WIDTHxHEIGHT, for example 1920x1080")
    with tempfile.TemporaryDirectory() as home:
        from kiosk.paths import private_environment

        os.environ.update(private_environment(home))
        meter = survey(args.sizes, args.repeats)
    print(f"# GUI-thread stalls: {', '.join(args.sizes)}; load average {os.getloadavg()[0]:.2f}\n")
    print(table(meter))
    for failure in meter.failures:
        print(f"failed: {failure}")
    if args.json:
        args.json.write_text(json.dumps({
            "sizes": args.sizes, "load_average": os.getloadavg()[0], "failures": meter.failures,
            "stalls": {kind: {"n": len(v), "median": statistics.median(v), "p95": p95(v), "max": max(v)}
                       for kind, v in meter.stalls.items()}}, indent=2))
    return 1 if meter.failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
