"""Large-print benchmark: how long a text-size switch takes beside how long a page takes to open.

Both are timed the way a person feels them: from the tap until the window has laid out and painted the result
(the window is grabbed, which paints it). The aim (issue 9): a switch within three times a page open.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/large_print.py [--runs 15]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PAGES = ("treatment", "bone-strengthening-drugs", "symptoms", "urgent-help", "what-is-secondary-breast-cancer")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="timed runs of each action (default 15)")
    args = parser.parse_args()

    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from kiosk import resources
    from kiosk.content.sources import load_store
    from kiosk.settings import Settings
    from kiosk.ui.session import build_session
    from kiosk.ui.snapshot import settle

    app = QApplication.instance() or QApplication(["large-print-bench"])
    session = build_session(app, load_store(resources.content_dir()), Settings())
    window, controller = session.window, session.controller
    window.show()
    session.search.wait(timeout=120)
    settle()

    def timed(action: Callable[[], None]) -> float:
        start = time.perf_counter()
        action()
        settle()
        window.grab()  # lay out and paint, as the screen would
        took = (time.perf_counter() - start) * 1000
        # The running app's event loop deletes replaced cards; processEvents() alone never does, and the
        # leftovers would make every later restyle slower than anything a patient meets.
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        return took

    print(f"{'screen':>10}  {'action':<34} {'median ms':>9} {'p95 ms':>7}")
    worst = 0.0
    for size in ((1920, 1080), (1024, 768)):
        window.resize(*size)
        controller.reset()
        settle()
        opens, switches = [], []
        for run in range(args.runs + 2):
            page = PAGES[run % len(PAGES)]
            opened = timed(lambda page=page: controller.open_page(page))
            switched = timed(lambda: session.themes.set_large(not session.themes.large))
            if run >= 2:  # the first runs warm caches (icons, stylesheets) that later visits reuse
                opens.append(opened)
                switches.append(switched)
        label = f"{size[0]}x{size[1]}"
        for name, values in (("open a page", opens), ("switch large print (on a page)", switches)):
            print(f"{label:>10}  {name:<34} {statistics.median(values):9.1f} {percentile(values, 0.95):7.1f}")
        ratio = statistics.median(switches) / statistics.median(opens)
        worst = max(worst, ratio)
        print(f"{label:>10}  {'switch / open (median)':<34} {ratio:9.1f}x")
    session.shutdown()
    window.close()
    print(f"aim: a switch within 3x a page open; worst here {worst:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
