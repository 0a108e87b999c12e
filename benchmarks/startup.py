"""Start-up and page-opening benchmark, from source: time to the first painted home screen beside a bare PySide6
window started the same way, and the time to open each page. Prints a table; asserts nothing.

    .venv/bin/python benchmarks/startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def time_to_first_paint(command: list[str], runs: int) -> list[float]:
    """Wall time from spawning the process to its first paint, as the process itself reports it (so work
    started after the first paint, such as opening the search index, is not counted)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KIOSK_EXIT_AFTER_FIRST_PAINT": "1"}
    # An installed Python keeps compiled bytecode; a sandbox that disables it would time the compiler instead.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    times = []
    with tempfile.TemporaryDirectory() as home:
        from kiosk.paths import private_environment

        env.update(private_environment(home))
        subprocess.run(command, env=env, check=True, capture_output=True, timeout=120)  # warm the disk cache
        for _ in range(runs):
            started = time.time()
            done = subprocess.run(command, env=env, check=True, capture_output=True, text=True, timeout=120)
            painted = next(line for line in done.stdout.splitlines() if line.startswith("first-paint-epoch="))
            times.append((float(painted.split("=", 1)[1]) - started) * 1000)
    return times


def page_open_times() -> list[tuple[str, float]]:
    """Milliseconds from a tap to the page laid out and painted, for every page (after the renderer warms up)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from kiosk import resources
    from kiosk.content.sources import load_store
    from kiosk.settings import Settings
    from kiosk.ui.session import build_session

    app = QApplication.instance() or QApplication([])
    store = load_store(resources.content_dir())
    session = build_session(app, store, Settings())
    session.window.resize(1920, 1080)
    session.window.show()
    app.processEvents()
    session.search.wait(timeout=60)  # a person's first tap comes after the index has opened in the background
    session.controller.open_page(next(iter(store)).id)  # warm-up: Markdown import and first layout
    results = []
    for page in store:
        session.controller.go_home()
        app.processEvents()
        started = time.perf_counter()
        session.controller.open_page(page.id)
        app.processEvents()
        session.window.repaint()
        results.append((page.id, (time.perf_counter() - started) * 1000))
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    python = sys.executable
    kiosk = time_to_first_paint([python, "-m", "kiosk", "--windowed"], args.runs)
    bare = time_to_first_paint([python, str(REPO / "benchmarks" / "bare_window.py")], args.runs)
    k, b = statistics.median(kiosk), statistics.median(bare)
    print(f"Start-up to first painted screen, from source, offscreen, median of {args.runs} runs")
    print(f"| {'what':<28} | {'median ms':>9} | {'min ms':>7} | {'max ms':>7} |")
    print(f"|{'-' * 30}|{'-' * 11}|{'-' * 9}|{'-' * 9}|")
    for name, values in (("bare PySide6 window", bare), ("Clinic Kiosk home screen", kiosk)):
        print(f"| {name:<28} | {statistics.median(values):9.0f} | {min(values):7.0f} | {max(values):7.0f} |")
    print(f"| {'ratio kiosk / bare':<28} | {k / b:9.2f} | {'':>7} | {'':>7} |  aim: 1.6 or less")
    opens = page_open_times()
    values = [ms for _, ms in opens]
    slowest = max(opens, key=lambda item: item[1])
    print(f"\nOpening a page ({len(values)} pages, 1920x1080, normal print)")
    print(f"| median {statistics.median(values):.1f} ms | p95 {statistics.quantiles(values, n=20)[-1]:.1f} ms "
          f"| slowest {slowest[1]:.1f} ms ({slowest[0]}) |  aim: 50 ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
