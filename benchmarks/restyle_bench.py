"""Restyle benchmark: Large print and High contrast switches on each kind of screen, beside a page open.

Each switch is timed as a person feels it: from the tap until the window has laid out and painted the result,
as the running app paints it (the event loop's paint of the window; if none came, the window is repainted
then, so a paint is always in the time). The window's paints per switch are counted: one is the aim.

The hidden screens a switch leaves for later are restyled one per turn of the event loop once the switching stops;
the longest of those turns is timed too (a tap landing then waits for it). Screens: Home, a long page (Words
explained), search with results and the on-screen keyboard up, the staff panel open over Home, and a library's Home
(two guides). Each run goes round the four themes (normal, Large print, Large print in high contrast, high
contrast), one run one way round and the next the other, so every switch is timed from every theme it can start
from.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/restyle_bench.py [--runs 7] [--json] [--slow-pc]
        [--profile SCREEN:SWITCH] [--count]

``--slow-pc`` pins this process to one core that a busy process shares (as `make bench`'s slow-PC column does);
``--count`` prints the Qt events each switch sends (polish, style and font changes, layout requests, paints: each
widget's Paint, and the window's UpdateRequest, one per paint of the window); ``--profile search:normal>large``
prints a cProfile of that switch (from a theme to a theme: normal, large, large-contrast, contrast).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SCREENS = ("home", "long-page", "search", "staff-panel", "library-home")
# (large print, high contrast) of each theme in turn: round one way, then round the other, so each of the eight
# switches (Large print on or off, high contrast on or off, each in either state of the other) is timed.
ROUNDS = (((True, False), (True, True), (False, True), (False, False)),
          ((False, True), (True, True), (True, False), (False, False)))
LONG_PAGE = "words-explained"
PAGES = ("treatment", "bone-strengthening-drugs", "symptoms", "urgent-help", "what-is-secondary-breast-cancer")
SIZE = (1280, 800)


def busy_core() -> Callable[[], None]:
    """Pin this process to one core and start a busy process on the same core; returns what stops it."""
    core = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {core})
    hog = subprocess.Popen([sys.executable, "-c", "while True: pass"],
                           preexec_fn=lambda: os.sched_setaffinity(0, {core}))

    def stop() -> None:
        hog.kill()
        hog.wait()

    return stop


class EventCount:
    """Counts the events a switch sends to widgets, by kind (an app-wide event filter)."""

    # UpdateRequest goes to the window alone: one per paint of the window (the rest: one per widget).
    KINDS = ("Polish", "StyleChange", "FontChange", "LayoutRequest", "Resize", "PaletteChange", "Show", "Paint",
             "UpdateRequest")

    def __init__(self, app) -> None:
        from PySide6.QtCore import QEvent, QObject
        from PySide6.QtWidgets import QWidget

        kinds = {getattr(QEvent.Type, name): name for name in self.KINDS}
        self.counts: Counter[str] = Counter()
        self.widgets: dict[str, set[int]] = {}
        self.on = False
        outer = self

        class Filter(QObject):
            def eventFilter(self, watched, event) -> bool:
                if outer.on:
                    name = kinds.get(event.type())
                    if name is not None and isinstance(watched, QWidget):
                        outer.counts[name] += 1
                        outer.widgets.setdefault(name, set()).add(id(watched))
                return False

        self._filter = Filter()
        app.installEventFilter(self._filter)

    def start(self) -> None:
        self.counts.clear()
        self.widgets.clear()
        self.on = True

    def stop(self) -> dict[str, int]:
        self.on = False
        return dict(self.counts)


def paint_count(paints: list[int]):
    """An event filter for a window that notes each paint of it (the event loop's UpdateRequest)."""
    from PySide6.QtCore import QEvent, QObject

    class Filter(QObject):
        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.UpdateRequest:
                paints.append(1)
            return False

    return Filter()


def measure(runs: int, count: bool, profile: str | None, only: tuple[str, ...] = SCREENS) -> dict:
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication, QWidget

    from kiosk import resources
    from kiosk.content.library import combine
    from kiosk.content.sources import load_store
    from kiosk.settings import Settings
    from kiosk.ui.services import garbage
    from kiosk.ui.session import build_session
    from kiosk.ui.snapshot import LIBRARY_SEARCH_EXAMPLE, SEARCH_EXAMPLE, SECOND_GUIDE, settle

    app = QApplication.instance() or QApplication(["restyle-bench"])
    # The search box's cursor blinks on a timer of its own, a paint no switch asks for: off here, so the paints
    # counted per switch are the switch's own.
    app.styleHints().setCursorFlashTime(0)
    garbage.install(app)  # as the app does: Python's cycle collector runs from a timer, never inside a switch
    events = EventCount(app) if count else None
    first = load_store(resources.content_dir())
    library = combine([first, load_store(resources.more_guides_dir() / SECOND_GUIDE)])
    # Wall-clock ms as a person waits, and this thread's CPU ms (what the work costs, whatever else the PC runs).
    results: dict = {"opens": [], "switches": {}, "opens_cpu": [], "switches_cpu": {}, "hidden_step_max": [],
                     "hidden_step_max_cpu": [],
                     "counts": {}, "widgets": {}, "paints": {}}

    for kind in ("guide", "library"):
        session = build_session(app, first if kind == "guide" else library, Settings())
        window, controller, themes = session.window, session.controller, session.themes
        window.resize(*SIZE)
        paints: list[int] = []
        window.installEventFilter(paints_of := paint_count(paints))
        window.show()
        # The running app's application-wide event filter (session.show() installs these, and the idle reset, which
        # a benchmark without taps would set off): Qt hands it every event a switch sends.
        for service in (session.keyboard_policy, session.scroll_keys, session.no_menus):
            service.install()
        session.search.wait(timeout=600)
        settle()
        garbage.keep_for_good()  # as the app does once the content is loaded
        results["widgets"][kind] = len(window.findChildren(QWidget))
        steps: list[float] = []
        steps_cpu: list[float] = []
        step = themes._style_next_hidden

        def timed_step(step=step, steps=steps, steps_cpu=steps_cpu) -> None:
            started, cpu = time.perf_counter(), time.thread_time()
            step()
            steps.append((time.perf_counter() - started) * 1000)
            steps_cpu.append((time.thread_time() - cpu) * 1000)

        themes._later.timeout.disconnect()
        themes._later.timeout.connect(timed_step)

        def quiet(themes=themes) -> None:
            """Let the hidden parts' restyles run out, as they do in the running app, before the next action."""
            while themes.switching:
                app.processEvents()
                time.sleep(0.005)
            app.sendPostedEvents(None, QEvent.Type.DeferredDelete)

        def timed(action: Callable[[], None], window=window, paints=paints,
                  label: str | None = None) -> tuple[float, float]:
            quiet()
            if events is not None and label:
                events.start()
            profiler = cProfile.Profile() if label and label == profile else None
            started, cpu = time.perf_counter(), time.thread_time()
            if profiler:
                profiler.enable()
            paints.clear()
            action()
            settle()
            if not paints:
                window.repaint()  # nothing was painted yet: paint now, so the time holds one paint
            took = (time.perf_counter() - started) * 1000
            cpu = (time.thread_time() - cpu) * 1000
            if profiler:
                profiler.disable()
                print(f"--- profile of {label} ({took:.0f} ms) ---", file=sys.stderr)
                pstats.Stats(profiler, stream=sys.stderr).sort_stats("cumulative").print_stats(45)
            if events is not None and label:
                results["counts"].setdefault(label, events.stop())
            if label:
                results["paints"][label] = max(results["paints"].get(label, 0), len(paints))
            return took, cpu

        def show(screen: str, session=session, controller=controller, window=window, kind=kind) -> None:
            controller.reset(keep_text_size=True)
            session.keyboard_policy.touch_screen = screen == "search"  # a kiosk's touch screen: the keys are up
            if screen == "long-page":
                controller.open_page(LONG_PAGE)
            elif screen == "search":
                controller.open_search()
                window.search.set_query(LIBRARY_SEARCH_EXAMPLE if kind == "library" else SEARCH_EXAMPLE)
                controller.finish_search()
                controller.update_keyboard()
            elif screen == "staff-panel":
                session.staff_controller().open()
            settle()

        screens = [s for s in (("home", "long-page", "search", "staff-panel") if kind == "guide" else ("library-home",))
                   if s in only]
        for run in range(runs + 1):
            if kind == "guide":
                controller.reset()
                settle()
                page = PAGES[run % len(PAGES)]
                opened, cpu = timed(lambda page=page, controller=controller: controller.open_page(page))
                if run:
                    results["opens"].append(opened)
                    results["opens_cpu"].append(cpu)
            for screen in screens:
                show(screen)
                for large, contrast in ROUNDS[run % 2]:
                    # As a tap on the bar asks (the first tap of a run of taps is shown at once).
                    before = themes.theme.name
                    if large != themes.large:
                        action = lambda themes=themes, large=large: themes.ask_large(large)  # noqa: E731
                    else:
                        action = lambda themes=themes, on=contrast: themes.ask_high_contrast(on)  # noqa: E731
                    label = f"{screen}:{before}>{themes.make(1.6 if large else 1.0, contrast).name}"
                    took, cpu = timed(action, label=label if run >= runs - 1 else None)
                    if run:  # the first run warms caches (icons, stylesheets) that later switches reuse
                        results["switches"].setdefault(label, []).append(took)
                        results["switches_cpu"].setdefault(label, []).append(cpu)
            if kind == "guide":
                session.keyboard_policy.touch_screen = False
        quiet()
        results["hidden_step_max"].append(max(steps, default=0.0))
        results["hidden_step_max_cpu"].append(max(steps_cpu, default=0.0))
        window.removeEventFilter(paints_of)
        session.shutdown()
        window.close()
        window.deleteLater()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    results["hidden_step_max"] = max(results["hidden_step_max"])
    results["hidden_step_max_cpu"] = max(results["hidden_step_max_cpu"])
    return results


def table(results: dict, title: str) -> str:
    def row(label: str, times: list[float], cpu: list[float]) -> str:
        return (f"{label:<36} {statistics.median(times):9.0f} {max(times):7.0f} {statistics.median(cpu):8.0f} "
                f"{max(cpu):8.0f}")

    load = results["load_average"]
    lines = [f"{title}, load average {load[0]:.1f} at the start, {load[1]:.1f} at the end",
             f"{'switch':<36} {'median ms':>9} {'max ms':>7} {'CPU med':>8} {'CPU max':>8}",
             row("open a page", results["opens"], results["opens_cpu"])]
    for label, times in results["switches"].items():
        lines.append(row(label, times, results["switches_cpu"][label]))
    lines.append(f"{'longest hidden-part turn':<36} {'':>9} {results['hidden_step_max']:7.0f} {'':>8} "
                 f"{results['hidden_step_max_cpu']:8.0f}")
    lines.append(f"widgets: {results['widgets']}")
    lines.append(f"most paints of the window in one switch: {max(results['paints'].values(), default=0)} "
                 f"({', '.join(k for k, v in results['paints'].items() if v > 1) or 'none over one'})")
    for label, counts in results["counts"].items():
        lines.append(f"events {label}: {counts}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--slow-pc", action="store_true", help="one core, shared with a busy process")
    parser.add_argument("--count", action="store_true", help="count the events each switch sends")
    parser.add_argument("--profile", help="cProfile one switch, e.g. long-page:normal>large")
    parser.add_argument("--screens", default=",".join(SCREENS), help="only these, e.g. search,staff-panel")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    stop = busy_core() if args.slow_pc else None
    load = os.getloadavg()[0]
    try:
        results = measure(args.runs, args.count, args.profile, tuple(args.screens.split(",")))
    finally:
        if stop:
            stop()
    # On a shared machine the wall-clock times carry its load; the CPU times hardly do.
    results["load_average"] = [load, os.getloadavg()[0]]
    if args.json:
        print(json.dumps(results))
    else:
        print(table(results, "slow PC (one core shared with a busy process)" if args.slow_pc else "idle"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
