"""`make bench`: every figure in one table (start-up, large print, page open, GUI stalls, search, memory, monkey,
bundle), printed and written to benchmarks/results/latest.md and latest.json so versions can be compared.

Gathers what the other scripts measure, the same way they measure it: start-up as benchmarks/startup.py (a
spawned process reporting its first paint, beside a bare PySide6 window), the content load before it as
benchmarks/content_load.py (read and checked, and from the content cache), page opening and Large print as
benchmarks/large_print.py (tap to painted window), search per keystroke as benchmarks/typing_bench.py on the
shipped guide and on a generated library beside SQLite FTS5, and a monkey run (benchmarks/monkey_soak.py) in a
process of its own for memory and the slowest action, page open and the Large print and High contrast switches
on Home, a long page, search and a library's Home again on a "slow PC" (benchmarks/restyle_bench.py, pinned to one
core that a busy process shares, with the GUI thread's CPU time beside each), the longest GUI-thread stall
of each kind of action (benchmarks/gui_stalls.py, in a process of its own), a clinic's first start with the
generated library (benchmarks/first_start.py: first paint, search ready and the longest GUI stall in between, idle
and with two busy processes beside it), beside the figures of the last long
(100,000-action) soak read from benchmarks/records/soak.json (kept in git, so versions can be compared). The load
average is recorded: on a shared machine the times are pessimistic.

    .venv/bin/python benchmarks/bench.py [--pages 5000] [--monkey-actions 3000] [--runs 5] [--out DIR] \
        [--soak-json FILE] [--first-start-runs 1]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import content_load  # noqa: E402
import first_start  # noqa: E402
import startup  # noqa: E402
from bundle_bench import size_on_disk  # noqa: E402
from search_bench import fts5_query, generate_library  # noqa: E402
from typing_bench import texts  # noqa: E402

PAGES = ("treatment", "bone-strengthening-drugs", "symptoms", "urgent-help", "what-is-secondary-breast-cancer")
Row = tuple[str, str, str, str]  # (row, what, figure, aim or note)


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def start_up(runs: int) -> list[Row]:
    kiosk = statistics.median(startup.time_to_first_paint([sys.executable, "-m", "kiosk", "--windowed"], runs))
    bare = statistics.median(startup.time_to_first_paint([sys.executable, str(REPO / "benchmarks" /
                                                                               "bare_window.py")], runs))
    return [("start-up", "bare PySide6 window to first paint (median ms)", f"{bare:.0f}", ""),
            ("start-up", "Clinic Kiosk home screen to first paint (median ms)", f"{kiosk:.0f}", ""),
            ("start-up", "ratio kiosk / bare window", f"{kiosk / bare:.2f}x", "aim 1.6x or less")]


def content(pages: int) -> list[Row]:
    """Loading the content before the first screen: read and checked, beside taken from the content cache (as every
    start after the first does), as benchmarks/content_load.py."""
    rows: list[Row] = []
    for name, count, figures in content_load.measure(pages, runs=3):
        rows.append(("start-up", f"content load, {name} ({count} pages): read and checked / from the cache (ms)",
                     f"{figures['fresh']:.1f} / {figures['cached']:.1f}", f"cache file {figures['mb']:.1f} MB"))
    return rows


def large_first_start(pages: int, runs: int) -> list[Row]:
    """A clinic's first start with a library of ``pages`` (no content cache, no index yet), as
    benchmarks/first_start.py: idle, and with two busy processes beside it (both cores of a 2-core PC)."""
    if not pages:
        return []
    return first_start_rows(pages, first_start.measure(pages, runs, (0, 2)))


def first_start_rows(pages: int, results: dict[int, list[dict]]) -> list[Row]:
    rows: list[Row] = []
    for busy, runs in results.items():
        figures = first_start.summary(runs)
        beside = "idle" if not busy else f"{busy} busy processes beside it"
        met = lambda ok: "" if ok else ": NOT MET"  # noqa: E731
        rows += [
            ("start-up", f"first start, {pages:,} pages, {beside}: first paint (median / max s, {len(runs)} runs)",
             f"{figures['first_paint_s']:.1f} / {figures['first_paint_max_s']:.1f}",
             "aim within 2 s" + met(figures["first_paint_max_s"] <= 2)),
            ("start-up", f"first start, {pages:,} pages, {beside}: search ready (median / max s)",
             f"{figures['search_ready_s']:.1f} / {figures['search_ready_max_s']:.1f}",
             "aim within 20 s" + met(figures["search_ready_max_s"] <= 20)),
            ("start-up", f"first start, {pages:,} pages, {beside}: longest GUI stall from first paint to search "
                         "ready (ms)", f"{figures['longest_stall_ms']:.0f}",
             "aim none over 200 ms" + met(figures["longest_stall_ms"] <= 200)),
        ]
        if "first_paint_cpu_s" in figures:  # wall times follow the machine's load; CPU times much less
            rows.append(("start-up", f"first start, {pages:,} pages, {beside}: CPU to first paint / GUI thread CPU "
                                     "from first paint to search ready (median s)",
                         f"{figures['first_paint_cpu_s']:.2f} / {figures.get('gui_cpu_until_ready_s', 0):.2f}",
                         f"load average {figures.get('load_average', 0):.1f} as it started"))
    return rows


def screen_times(runs: int) -> dict:
    """Page open, Large print and High contrast switches, tap to painted window (ms), in this process."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from kiosk import resources
    from kiosk.content.sources import load_store
    from kiosk.settings import Settings
    from kiosk.ui.session import build_session
    from kiosk.ui.snapshot import settle
    from tests.ui.monkey import resident_memory_mb

    app = QApplication.instance() or QApplication(["kiosk-bench"])
    session = build_session(app, load_store(resources.content_dir()), Settings())
    window, controller, themes = session.window, session.controller, session.themes
    window.resize(1280, 800)
    window.show()
    session.search.wait(timeout=600)
    settle()
    time.sleep(0.2)
    settle()
    idle_mb = resident_memory_mb()

    def timed(action: Callable[[], None]) -> float:
        started = time.perf_counter()
        action()
        settle()
        window.grab()  # lay out and paint, as the screen would
        took = (time.perf_counter() - started) * 1000
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # what the running app's event loop does
        return took

    opens, switches, contrast = [], [], []
    for run in range(runs + 2):
        opened = timed(lambda run=run: controller.open_page(PAGES[run % len(PAGES)]))
        switched = timed(lambda: themes.set_large(not themes.large))
        contrasted = timed(lambda: themes.set_high_contrast(not themes.high_contrast))
        if run >= 2:  # the first runs warm caches that later visits reuse
            opens.append(opened)
            switches.append(switched)
            contrast.append(contrasted)
    every_page = []
    for page in session.store:
        controller.go_home()
        settle()
        every_page.append((timed(lambda page=page: controller.open_page(page.id)), page.id))
    session.shutdown()
    window.close()
    return {"opens": opens, "large": switches, "contrast": contrast, "every_page": every_page, "idle_mb": idle_mb}


def screens(runs: int) -> list[Row]:
    """Page open and Large print, tap to painted window, and the app's memory when idle, in this process."""
    figures = screen_times(runs)
    opens, switches, idle_mb = figures["opens"], figures["large"], figures["idle_mb"]
    slowest = max(figures["every_page"])
    return [
        ("page open", f"open a page, 1280x800 (median / p95 ms, {len(opens)} runs)",
         f"{statistics.median(opens):.0f} / {p95(opens):.0f}", "aim 100 ms"),
        ("page open", f"slowest of all {len(figures['every_page'])} pages (ms)", f"{slowest[0]:.0f} ({slowest[1]})",
         ""),
        ("large print", f"switch Large print on a page (median / p95 ms, {len(switches)} runs)",
         f"{statistics.median(switches):.0f} / {p95(switches):.0f}", "aim 100 ms"),
        ("memory", "resident memory, idle on the home screen after start (MB)",
         f"{idle_mb:.0f}" if idle_mb else "n/a", ""),
    ]


def slow_pc(runs: int) -> list[Row]:
    """The switches again on a slow, busy PC, on each kind of screen (benchmarks/restyle_bench.py): pinned to one core
    that a busy process shares. Beside each figure, the GUI thread's own CPU time (what the switch costs whatever
    else the machine runs: on a shared machine the wall-clock times carry its load too)."""
    if not hasattr(os, "sched_setaffinity"):
        return [("slow pc", "one core shared with a busy process", "n/a (no CPU affinity here)", "")]
    done = subprocess.run([sys.executable, str(REPO / "benchmarks" / "restyle_bench.py"), "--slow-pc", "--json",
                           "--runs", str(runs)], capture_output=True, text=True, check=True, timeout=1800,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    return slow_pc_rows(json.loads(done.stdout.splitlines()[-1]))


def slow_pc_rows(figures: dict) -> list[Row]:
    opens = figures["opens"]
    opened = statistics.median(opens)
    load = figures.get("load_average", [float("nan")] * 2)
    aim = f"aim median at most 2x page open ({2 * opened:.0f} ms), none over 300 ms"
    rows: list[Row] = [("slow pc", f"open a page, one core shared with a busy process (median / max ms, {len(opens)} "
                                   f"runs)", f"{opened:.0f} / {max(opens):.0f}",
                        f"CPU {statistics.median(figures['opens_cpu']):.0f} / {max(figures['opens_cpu']):.0f} ms; "
                        f"load average {load[0]:.1f} at the start, {load[1]:.1f} at the end")]
    screens = dict.fromkeys(label.split(":")[0] for label in figures["switches"])
    for name, what in (("Large print", "large"), ("High contrast", "contrast")):
        for screen in screens:
            # Every switch of that kind on that screen, from each theme it can start from (the labels read
            # "screen:from>to", each theme named normal, large, large-contrast or contrast).
            labels = [label for label in figures["switches"] if label.split(":")[0] == screen
                      and len({what in theme for theme in label.split(":")[1].split(">")}) == 2]
            times = [t for label in labels for t in figures["switches"][label]]
            cpu = [t for label in labels for t in figures["switches_cpu"][label]]
            median = statistics.median(times)
            met = "" if median <= 2 * opened and max(times) <= 300 else ": NOT MET"
            # The share of the core the app gets follows the machine's load, its CPU time hardly: on a core shared
            # half and half with the busy process alone, 300 ms is 150 ms of the app's own CPU time.
            cpu_met = "" if max(cpu) <= 150 else ": NOT MET"
            rows.append(("slow pc", f"switch {name} on and off, {screen}, in either state of the other switch, one "
                                    f"core shared with a busy process (median / max ms, {len(times)} runs)",
                         f"{median:.0f} / {max(times):.0f}",
                         f"{aim}{met}; GUI thread CPU {statistics.median(cpu):.0f} / {max(cpu):.0f} ms, aim none "
                         f"over 150 ms{cpu_met}"))
    paints = figures.get("paints", {})
    rows.append(("slow pc", "most paints of the window in one switch", f"{max(paints.values(), default=0)}",
                 "aim 1"))
    rows.append(("slow pc", "longest turn restyling a hidden screen after the switching stops (ms)",
                 f"{figures['hidden_step_max']:.0f}",
                 f"GUI thread CPU {figures.get('hidden_step_max_cpu', 0):.0f} ms"))
    return rows


def per_keystroke(run: Callable[[str], object], keys_of: list[str]) -> list[float]:
    times = []
    for text in keys_of:
        for end in range(1, len(text) + 1):
            started = time.perf_counter()
            run(text[:end])
            times.append((time.perf_counter() - started) * 1000)
    return times


def fts5_index(store, path: Path) -> sqlite3.Connection:
    from kiosk.search.backend import page_fields, searchable_pages

    db = sqlite3.connect(path)
    db.execute("CREATE VIRTUAL TABLE pages USING fts5(id UNINDEXED, title, headings, keywords, summary, body, "
               "tokenize='porter unicode61')")
    db.executemany("INSERT INTO pages VALUES (?, ?, ?, ?, ?, ?)",
                   ([page.id, *page_fields(page).values()] for page in searchable_pages(store)))
    db.commit()
    return db


def search(pages: int, seed: int) -> list[Row]:
    """Every prefix of real questions, random letters, a long word and emoji, as each keystroke searches."""
    from kiosk.content.loader import load_content
    from kiosk.search.engine import SearchIndex

    typed = [t for group in texts(seed).values() for t in group]
    sql = "SELECT id, snippet(pages, 5, '<b>', '</b>', '…', 30) FROM pages WHERE pages MATCH ? LIMIT 10"
    rows: list[Row] = []
    shipped = load_content(REPO / "content")
    with tempfile.TemporaryDirectory() as work:
        libraries = [("shipped guide", shipped)]
        if pages:
            libraries.append((f"{pages:,} generated pages",
                              generate_library(pages, seed, shipped, Path(work) / "pages")))
        for name, store in libraries:
            folder = Path(work) / name.replace(" ", "-").replace(",", "")
            index = SearchIndex.open(store, cache_dir=folder / "whoosh")
            whoosh = per_keystroke(lambda text, index=index: index.search(text), typed)
            index.close()
            db = fts5_index(store, folder.with_suffix(".sqlite"))

            def fts5(text: str, db=db) -> None:
                match = fts5_query(text, True)
                if match:
                    db.execute(sql, (match,)).fetchall()

            sqlite = per_keystroke(fts5, typed)
            db.close()
            rows += [
                ("search", f"per keystroke, {name}, Whoosh with passages (median / p95 / worst ms, "
                           f"{len(whoosh)} keys)",
                 f"{statistics.median(whoosh):.1f} / {p95(whoosh):.1f} / {max(whoosh):.0f}",
                 "off the GUI thread; newest text only"),
                ("search", f"per keystroke, {name}, SQLite FTS5 (median / p95 / worst ms)",
                 f"{statistics.median(sqlite):.1f} / {p95(sqlite):.1f} / {max(sqlite):.0f}",
                 "no typo tolerance or passages"),
            ]
    return rows


def monkey(actions: int, seed: int) -> list[Row]:
    """A monkey run in a process of its own, so its memory is the app's alone."""
    with tempfile.TemporaryDirectory() as work:
        out = Path(work) / "monkey.json"
        subprocess.run([sys.executable, str(REPO / "benchmarks" / "monkey_soak.py"), "--actions", str(actions),
                        "--seed", str(seed), "--json", str(out)], check=False, capture_output=True, timeout=3600)
        if not out.exists():
            return [("monkey", f"{actions} random actions", "did not finish", "see benchmarks/monkey_soak.py")]
        figures = json.loads(out.read_text())
    return monkey_rows(figures, "")


def long_monkey(path: Path) -> list[Row]:
    """The figures of the last long soak (an hour or so for 100,000 actions, too long to repeat on every `make
    bench`), from the JSON that `monkey_soak.py --json` wrote, labelled with when and on which commit it ran."""
    if not path.is_file():
        return [("monkey", "long run", "none on record",
                 f"benchmarks/monkey_soak.py --actions 100000 --json {path}")]
    try:
        figures = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(figures, dict):
            raise ValueError("not a JSON object")
        label = f"long run, {figures.get('when', 'date unknown')}, commit {figures.get('commit', 'unknown')}: "
        return monkey_rows(figures, label)
    except (OSError, ValueError, KeyError, TypeError, IndexError) as error:
        return [("monkey", "long run", "unreadable", f"{path.name}: {error}")]


def monkey_rows(figures: dict, label: str) -> list[Row]:
    actions, seed = figures["actions"], figures["seed"]
    memory = figures["memory_mb"]
    worst = figures["slowest"][0] if figures["slowest"] else (0, 0, "")
    growth = figures["memory_growth_percent"]
    return [
        ("memory", f"{label}resident memory after warm-up / after {actions} monkey actions (MB)",
         f"{memory['after warm-up']:.0f} / {memory['end']:.0f} ({growth:+.1f}%)" if growth is not None else "n/a",
         "aim within 10%"),
        ("memory", f"{label}live widgets after warm-up / at the end (both on the home screen)",
         f"{figures['widgets']['after warm-up']} / {figures['widgets']['end']}", "flat"),
        ("monkey", f"{label}{actions} actions, seed {seed}: actions per second, exceptions, stuck screens",
         f"{figures['actions_per_second']:.0f}/s, {len(figures['exceptions'])}, {len(figures['stuck'])}",
         "0 exceptions"),
        ("monkey", f"{label}slowest action (ms); actions over 100 ms / over 500 ms",
         f"{worst[0]:.0f} ({worst[2]}); {figures['over_100ms']} / {figures['over_500ms']}", "none over 500 ms"),
    ]


def gui_stalls(repeats: int) -> list[Row]:
    """benchmarks/gui_stalls.py in a process of its own: the longest GUI-thread stall of each kind of action."""
    with tempfile.TemporaryDirectory() as work:
        out = Path(work) / "stalls.json"
        subprocess.run([sys.executable, str(REPO / "benchmarks" / "gui_stalls.py"), "--repeats", str(repeats),
                        "--json", str(out)], check=False, capture_output=True, timeout=3600)
        if not out.exists():
            return [("gui stall", "every kind of action", "did not finish", "see benchmarks/gui_stalls.py")]
        return gui_stall_rows(json.loads(out.read_text()))


def gui_stall_rows(figures: dict) -> list[Row]:
    stalls = figures["stalls"]
    worst_kind = max(stalls, key=lambda kind: stalls[kind]["max"])
    over = sorted(kind for kind, figure in stalls.items() if figure["max"] > 100)
    sizes = ", ".join(figures["sizes"])
    return [
        ("gui stall", f"longest GUI-thread stall of any action, {sizes} (max ms)",
         f"{stalls[worst_kind]['max']:.0f} ({worst_kind})", "aim under 100 ms"),
        ("gui stall", "kinds of action with a stall over 100 ms",
         f"{len(over)} of {len(stalls)}" + (f": {', '.join(over[:4])}" if over else ""), "aim 0"),
    ]


def bundle() -> list[Row]:
    folder = REPO / "dist" / "kiosk"
    if not folder.exists():
        return [("bundle", "one-folder bundle size (MiB)", "no build", "make build, then make bench")]
    return [("bundle", "one-folder bundle size (MiB)", f"{size_on_disk(folder) / 2**20:.1f}", "aim 100 MiB")]


def commit() -> str:
    done = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                          check=False)
    return done.stdout.strip() or "unknown"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=5000, help="generated library for search (default 5000)")
    parser.add_argument("--monkey-actions", type=int, default=3000, help="monkey run length (default 3000)")
    parser.add_argument("--runs", type=int, default=5, help="timed runs of start-up, page open, Large print")
    parser.add_argument("--first-start-runs", type=int, default=1,
                        help="first starts of the generated library, idle and busy (default 1: each takes minutes)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results")
    parser.add_argument("--screens-json", action="store_true",
                        help="only time the screens and print them as JSON")
    parser.add_argument("--soak-json", type=Path, default=REPO / "benchmarks" / "records" / "soak.json",
                        help="figures of the last long monkey soak, shown beside this run's (default %(default)s)")
    args = parser.parse_args(argv)
    if args.screens_json:
        print(json.dumps(screen_times(args.runs)))
        return 0
    if args.runs < 1 or args.pages < 0 or args.monkey_actions < 10:
        parser.error("--runs must be at least 1, --pages 0 or more, --monkey-actions at least 10")

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    started = time.perf_counter()
    rows: list[Row] = []
    for name, measure in (("start-up", lambda: start_up(args.runs)), ("content load", lambda: content(args.pages)),
                          ("first start", lambda: large_first_start(args.pages, args.first_start_runs)),
                          ("screens", lambda: screens(args.runs)), ("slow pc", lambda: slow_pc(args.runs)),
                          ("search", lambda: search(args.pages, args.seed)),
                          ("monkey", lambda: monkey(args.monkey_actions, args.seed)),
                          ("gui stalls", lambda: gui_stalls(max(1, min(args.runs, 3)))),
                          ("long monkey run", lambda: long_monkey(args.soak_json.resolve())), ("bundle", bundle)):
        print(f"measuring {name}...", file=sys.stderr, flush=True)
        rows += measure()
    order = ["start-up", "page open", "large print", "slow pc", "gui stall", "search", "memory", "monkey", "bundle"]
    rows.sort(key=lambda row: order.index(row[0]))
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    heading = (f"Clinic Kiosk benchmarks, commit {commit()}, {when}, {platform.system()} {platform.machine()}, "
               f"Python {platform.python_version()}, load average {load:.1f} at the start, "
               f"took {time.perf_counter() - started:.0f} s")
    table = [f"# {heading}", "", "| row | what | figure | aim / note |", "| --- | --- | --- | --- |"]
    table += [f"| {row} | {what} | {figure} | {note} |" for row, what, figure, note in rows]
    text = "\n".join(table) + "\n"
    print(text)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "latest.md").write_text(text, encoding="utf-8")
    (args.out / "latest.json").write_text(json.dumps(
        {"heading": heading, "load_average": load,
         "rows": [dict(zip(("row", "what", "figure", "note"), row, strict=True)) for row in rows]}, indent=2),
        encoding="utf-8")
    print(f"written to {args.out / 'latest.md'} and latest.json", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
