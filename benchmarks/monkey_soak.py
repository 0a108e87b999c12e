"""The long monkey soak: 100,000 random actions on the real app offscreen, reporting speed, exceptions and memory.

Prints actions per second, exceptions, Qt warnings, stuck screens, the slowest actions, and resident memory and
live widgets after warm-up, at the middle and at the end. Exits 1 on any exception, warning or stuck screen,
on memory more than 10% above its warm-up value, or on any action over 0.5 s.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/monkey_soak.py --actions 100000 [--seed 1] \
        [--json benchmarks/records/soak.json]    # kept in git; `make bench` shows it beside its own run
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

WARM_UP = 2_000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actions", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", type=Path, help="also write the figures here, as JSON")
    args = parser.parse_args(argv)
    if args.actions < 10:
        parser.error("--actions must be at least 10")

    with tempfile.TemporaryDirectory() as home:
        from kiosk.paths import private_environment

        os.environ.update(private_environment(home))
        commit = _commit()  # now: the checkout may change during an hour-long run
        figures = soak(args.actions, args.seed) | {"commit": commit}
    print(figures["text"])
    if args.json:
        args.json.write_text(json.dumps({k: v for k, v in figures.items() if k != "text"}, indent=2))
    return 0 if figures["ok"] else 1


def soak(actions: int, seed: int) -> dict:
    from PySide6.QtWidgets import QApplication

    from kiosk import resources
    from kiosk.content.sources import load_store
    from kiosk.settings import Settings
    from kiosk.ui.session import build_session
    from tests.ui.monkey import Monkey, resident_memory_mb

    app = QApplication.instance() or QApplication([])
    settings = Settings(acute_oncology_line="0161 496 0999", acute_oncology_hours="24 hours a day",
                        breast_care_nurse_line="0161 496 0000", idle_timeout_seconds=90, countdown_seconds=5)
    session = build_session(app, load_store(resources.content_dir()), settings)
    session.window.resize(1280, 800)
    session.show()
    app.processEvents()
    if not session.search.wait(timeout=120):
        raise SystemExit(f"search did not open: {session.search.error}")
    monkey = Monkey(session, seed)
    warm = min(WARM_UP, actions // 10)
    marks: dict[str, tuple[int, float | None, int]] = {}

    def mark(name: str, report) -> None:
        session.controller.reset()  # the same screen each time, so widgets and memory compare like with like
        monkey.settle()
        gc.collect()
        marks[name] = (report.actions, resident_memory_mb(), monkey.count_widgets())
        print(f"{name}: action {report.actions}, {marks[name][1] or 0:.1f} MB, {marks[name][2]} widgets, "
              f"{report.actions_per_second:.0f} actions/s", flush=True)

    monkey.run(warm)
    mark("after warm-up", monkey.report)
    # A mark every tenth of the run, so a slow leak shows as a trend rather than as one number at the end.
    tenths = {warm + (actions - warm) * k // 10: ("middle" if k == 5 else f"{k * 10}%") for k in range(1, 10)}

    def progress(report) -> None:
        if report.actions in tenths:
            mark(tenths[report.actions], report)

    report = monkey.run(actions - warm, on_progress=progress, progress_every=1)
    mark("end", report)
    session.shutdown()

    start_mb = marks["after warm-up"][1]
    end_mb = marks["end"][1]
    growth = (end_mb / start_mb - 1) * 100 if start_mb and end_mb else None
    ok = (not report.exceptions and not report.warnings and not report.stuck and report.over_500ms == 0
          and (growth is None or growth <= 10))
    lines = [f"# Monkey soak: {actions} actions, seed {seed}", "", report.summary(), "",
             "| when | action | resident MB | live widgets |", "| --- | --- | --- | --- |"]
    lines += [f"| {name} | {n} | {mb or 0:.1f} | {widgets} |" for name, (n, mb, widgets) in marks.items()]
    lines.append(f"\nmemory growth after warm-up: {growth:.1f}%" if growth is not None else "")
    lines.append("PASS" if ok else "FAIL")
    return {
        "ok": ok, "text": "\n".join(lines), "actions": actions, "seed": seed,
        "actions_per_second": report.actions_per_second, "exceptions": report.exceptions,
        "warnings": report.warnings, "stuck": report.stuck, "over_100ms": report.over_100ms,
        "over_500ms": report.over_500ms, "slowest": report.slowest[:10],
        "memory_mb": {name: mb for name, (_, mb, _) in marks.items()},
        "widgets": {name: widgets for name, (_, _, widgets) in marks.items()},
        "memory_growth_percent": growth,
        "when": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }


def _commit() -> str:
    done = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                          check=False)
    return done.stdout.strip() or "unknown"


if __name__ == "__main__":
    raise SystemExit(main())
