"""Where start-up time goes: each step of ``kiosk.app.run`` up to the first paint, timed in a fresh process.

Mirrors ``run()`` step by step (imports, log, settings, QApplication, single instance, content, session, show,
first paint) and prints the median of each step over several processes. Prints a table; asserts nothing.

    .venv/bin/python benchmarks/startup_phases.py [--runs N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

T0 = time.perf_counter()


def one_run() -> list[tuple[str, float]]:
    """Run the steps once, in this process, and return (step, ms since the previous step)."""
    marks: list[tuple[str, float]] = []

    def mark(name: str) -> None:
        marks.append((name, (time.perf_counter() - T0) * 1000))

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    mark("PySide6 imports (the bare window pays these)")
    import kiosk.app as app_module

    mark("import kiosk.app")
    from kiosk.logs import start_logging

    start_logging()
    mark("start_logging")
    from pathlib import Path

    from kiosk.settings import last_good_file, load_settings

    config = Path(os.environ["KIOSK_CONFIG"])
    loaded = load_settings(config, last_good=last_good_file(config))
    mark("settings")
    app = QApplication([])
    from kiosk.ui.services import garbage

    garbage.install(app)
    from kiosk.ui.services.single_instance import SingleInstance

    instance = SingleInstance()
    instance.acquire()
    mark("QApplication, single instance")
    from kiosk.ui.screens.main_window import LATER_PARTS
    from kiosk.ui.session import LATER_MODULES, build_session

    mark("import kiosk.ui.session")
    from kiosk.content.sources import load_library

    dirs = app_module.resolve_content_dirs(app_module.StartOptions(), loaded.settings)
    mark("resolve_content_dirs")
    from kiosk.content.cache import ContentCache
    from kiosk.paths import user_cache_dir

    content_cache = ContentCache(user_cache_dir() / "content")
    store, prebuilt = load_library(dirs, content_cache)
    mark("load content (from the content cache)" if content_cache.hits else "load content (read afresh)")
    from kiosk.usage import UsageCounter
    from kiosk.usage.commands import default_database

    usage = UsageCounter(default_database(), enabled=loaded.settings.usage_enabled)
    mark("usage counter")
    session = build_session(app, store, loaded.settings, prebuilt_index=prebuilt, usage=usage, defer=True)
    mark("build_session (deferred, as the app)")

    def painted() -> None:
        mark("first paint")
        QTimer.singleShot(0, app.quit)

    # The deferred build as the app runs it, one event-loop slice per part; each part's styling is a turn of its
    # own just after (timed apart, so the longest wait a tap could meet shows).
    slices: list[tuple[str, float]] = []
    build_next_part, style = session.build_next_part, session.themes._style

    def built() -> set[str]:
        return {f"build {name}" for name in LATER_PARTS if session.window.built_part(name) is not None} | {
            f"build {name}" for name, part in (("error screen", session._error_screen), ("PIN pad", session._pin_pad))
            if part} | {f"load {module}" for module in LATER_MODULES if module in sys.modules}

    def timed_build() -> bool:
        before, started = built(), time.perf_counter()
        result = build_next_part()
        if result:
            slices.append((", ".join(sorted(built() - before)), (time.perf_counter() - started) * 1000))
        return result

    def timed_style(part) -> None:
        if not session.window.has_painted or session.themes._styled.get(id(part)) == session.themes.theme:
            style(part)  # part of the first paint (timed above), or already styled: no slice of its own
            return
        started = time.perf_counter()
        style(part)
        slices.append((f"style {type(part).__name__}", (time.perf_counter() - started) * 1000))

    session.build_next_part, session.themes._style = timed_build, timed_style
    session.window.first_painted.connect(painted)
    session.show()
    mark("session.show()")
    app.exec()
    steps, previous = [], 0.0
    for name, at in marks:
        steps.append((name, at - previous))
        previous = at
    while not session.fully_built:
        app.processEvents()
    app.processEvents()
    steps += [(f"after paint: {name}", ms) for name, ms in slices]
    session.shutdown()
    content_cache.save_pending()  # untimed, as the app writes it after the first paint: the next run starts from it
    instance.release()
    return steps


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)  # a single run, as JSON
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one_run()))
        return 0
    runs: list[list[tuple[str, float]]] = []
    with tempfile.TemporaryDirectory() as home:
        from kiosk.paths import private_environment  # here: the timed child process must not load it early

        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **private_environment(home)}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        for index in range(args.runs + 1):  # the first warms the disk cache and is not counted
            done = subprocess.run([sys.executable, __file__, "--one"], env=env, check=True, capture_output=True,
                                  text=True, timeout=120)
            if index:
                runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    names = [name for name, _ in runs[0]]
    medians = [statistics.median(run[i][1] for run in runs) for i in range(len(names))]
    print(f"Start-up steps to the first paint (kiosk.app.run), offscreen, median of {args.runs} runs")
    print(f"| {'step':<44} | {'ms':>6} |")
    print(f"|{'-' * 46}|{'-' * 8}|")
    for name, ms in zip(names, medians, strict=True):
        if name.startswith("after paint"):
            continue
        print(f"| {name:<44} | {ms:6.1f} |")
    to_paint = [ms for name, ms in zip(names, medians, strict=True) if not name.startswith("after paint")]
    print(f"| {'to the first paint (sum of the steps above)':<44} | {sum(to_paint):6.1f} |")
    slices = [(name, ms) for name, ms in zip(names, medians, strict=True) if name.startswith("after paint")]
    print("\nThe deferred build after the first paint, one event-loop slice per part (aim: each under 50 ms)")
    print(f"| {'slice':<44} | {'ms':>6} |")
    print(f"|{'-' * 46}|{'-' * 8}|")
    for name, ms in slices:
        print(f"| {name.removeprefix('after paint: '):<44} | {ms:6.1f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
