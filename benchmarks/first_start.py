"""A clinic's first start with a large library: time to the first paint, time until search is ready, and the
longest GUI-thread stall in between, on the real app (``kiosk.app.run``) in a process of its own.

The library is the shipped guide plus varied copies of its pages under the same topics (so Home keeps its topics
and each topic gets hundreds of pages under it), written as Markdown files the kiosk reads and checks page by page.
"First start" means no content cache and no search index yet: each run has a fresh, empty set of folders
(``kiosk.paths.private_environment``). A heartbeat timer on the GUI thread, started at the first paint, records the
longest gap between its beats until the index is open. ``--busy N`` keeps N other processes spinning meanwhile
(both cores busy on a 2-core PC). Wall times on a shared machine depend on its load, so each run also records the
CPU time the kiosk's process had used at its first paint, the GUI thread's CPU time from the first paint until
search is ready (the heartbeat's own beats included: about 15 ms a second), and the load average as it started.
Prints a table; asserts nothing.

``--stacks`` also says what each stall over 100 ms was: a watchdog thread samples the GUI thread's Python stack
every 2 ms while a beat is late, and the CPU time each thread of the process used meanwhile (Linux, from /proc), and
prints the commonest stacks of each stall. ``--profile FILE`` writes a cProfile of the start up to the first paint
(the last run's; read it with ``python -m pstats FILE``).

    .venv/bin/python benchmarks/first_start.py [--pages 5000] [--runs 3] [--busy 2] [--json FILE] [--stacks]
        [--profile FILE]
"""

from __future__ import annotations

import argparse
import contextlib
import faulthandler
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BEAT_MS = 5  # the heartbeat's interval: a gap much longer than this is time the screen could not answer
WORD = re.compile(r"[A-Za-z]{4,}")
# Left as they are: shared blocks and local details ({{ ... }}), link targets and pictures (](...)), HTML.
KEPT = re.compile(r"(\{\{.*?\}\}|\]\([^)]*\)|<[^>]*>)")


def generate_library(pages: int, folder: Path, seed: int = 5000) -> Path:
    """The shipped guide plus ``pages`` in all: copies of its pages with their words varied (a tenth of the words
    swapped for other words of the guide, paragraphs in another order, a numbered title), each under the same
    parent as its original (a top-level topic's copies under the topic itself), with no related pages. Written
    with \\n line ends on every system."""
    rng = random.Random(seed)
    shutil.copytree(REPO / "content", folder)
    originals = sorted((folder / "pages").glob("*.md"))
    texts = {path: path.read_text(encoding="utf-8") for path in originals}
    vocabulary = sorted({w.lower() for text in texts.values() for w in WORD.findall(text)})
    for number in range(max(0, pages - len(originals))):
        source = originals[number % len(originals)]
        head, _, body = texts[source].partition("\n---\n")
        lines = head.splitlines()
        meta = [line for line in lines[1:] if not line.startswith(("related:", "menu:", "id:"))]
        parent = next((line.split(":", 1)[1].strip() for line in meta if line.startswith("parent:")), source.stem)
        meta = [line for line in meta if not line.startswith("parent:")]
        meta = [f"title: {line.split(':', 1)[1].strip()} {number + 1}" if line.startswith("title:") else line
                for line in meta]
        paragraphs = body.strip("\n").split("\n\n")
        rng.shuffle(paragraphs)
        pieces = KEPT.split("\n\n".join(paragraphs))
        varied = "".join(piece if index % 2 else WORD.sub(
            lambda m: rng.choice(vocabulary) if rng.random() < 0.1 else m.group(0), piece)
            for index, piece in enumerate(pieces))
        text = "\n".join(["---", *meta, f"parent: {parent}", "---", "", varied, ""])
        with (folder / "pages" / f"{source.stem}-{number + 1}.md").open("w", encoding="utf-8", newline="\n") as out:
            out.write(text)
    return folder


def thread_cpu() -> dict[str, float]:
    """CPU seconds each thread of this process has used, by thread name (Linux; empty elsewhere)."""
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    names = {t.native_id: t.name for t in threading.enumerate()}
    used: dict[str, float] = {}
    with contextlib.suppress(OSError):
        for task in Path("/proc/self/task").iterdir():
            with contextlib.suppress(OSError, ValueError, IndexError):
                fields = (task / "stat").read_text().rpartition(")")[2].split()
                name = names.get(int(task.name)) or (task / "comm").read_text().strip()
                used[name] = used.get(name, 0.0) + (int(fields[11]) + int(fields[12])) / tick
    return used


class StallWatch:
    """Samples the GUI thread's Python stack every 2 ms while the heartbeat is late (more than ``late_ms``)."""

    def __init__(self, late_ms: float = 30) -> None:
        self.late = late_ms / 1000
        self.last_beat = time.perf_counter()
        self.running = False
        self.stalls: list[dict] = []
        self._current: dict | None = None
        self._main = threading.main_thread().ident
        self._thread = threading.Thread(target=self._watch, name="stall-watch", daemon=True)
        self._dump = tempfile.TemporaryFile()  # noqa: SIM115 - for the life of the process

    def beat(self) -> None:
        self.last_beat = time.perf_counter()

    def start(self) -> None:
        self.running = True
        self.beat()
        self._thread.start()

    def _watch(self) -> None:
        while self.running:
            time.sleep(0.002)
            now, last = time.perf_counter(), self.last_beat
            current = self._current
            if current is not None and current["beat"] != last:  # the stall ended
                current["ms"] = (last - current["beat"]) * 1000
                after = thread_cpu()
                current["cpu"] = {name: round(after.get(name, 0) - before, 3)
                                  for name, before in current.pop("cpu_before").items()}
                current["cpu"].update({n: v for n, v in after.items() if n not in current["cpu"]})
                self.stalls.append(current)
                self._current = current = None
            if now - last > self.late:
                if current is None:
                    self._current = current = {"beat": last, "samples": Counter(), "cpu_before": thread_cpu()}
                stack = self._main_stack()
                if stack:
                    current["samples"][stack] += 1

    def _main_stack(self) -> str:
        """The GUI thread's innermost frames, one line. From faulthandler, which reads the frames as they are:
        walking another thread's frame objects (``sys._current_frames``) crashed Python 3.11 mid-start."""
        self._dump.seek(0)
        self._dump.truncate()
        faulthandler.dump_traceback(self._dump, all_threads=True)
        self._dump.seek(0)
        text = self._dump.read().decode(errors="replace")
        block = next((b for b in text.split("\n\n") if f"0x{self._main:016x}" in b.split("\n", 1)[0]), "")
        frames = re.findall(r'File "([^"]+)", line (\d+) in (\S+)', block)[:14]
        return " <- ".join(f"{Path(name).name}:{line} {function}" for name, line, function in frames)

    def report(self, over_ms: float = 100) -> list[dict]:
        self.running = False
        return [{"ms": round(s["ms"]), "cpu": s["cpu"], "stacks": s["samples"].most_common(4)}
                for s in self.stalls if s["ms"] > over_ms]


def child(content_dir: Path, spawned: float, out: Path, stacks: bool = False, profile: Path | None = None) -> int:
    """In the spawned process: run the real app on ``content_dir`` and write what happened to ``out``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    profiler = None
    if profile is not None:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    watch = StallWatch() if stacks else None
    import kiosk.ui.session as session_module
    from kiosk.app import StartOptions, run
    from kiosk.settings import StartMode

    build_session = session_module.build_session
    figures: dict = {"first_paint_s": None, "search_ready_s": None, "longest_stall_ms": 0.0, "stalls_ms": [],
                     "failed": None, "first_paint_cpu_s": None, "gui_cpu_until_ready_s": None}

    def probed(*args, **kwargs):
        from PySide6.QtCore import QElapsedTimer, Qt, QTimer
        from PySide6.QtWidgets import QApplication

        session = build_session(*args, **kwargs)
        clock, beat, gaps = QElapsedTimer(), QTimer(), []
        beat.setTimerType(Qt.TimerType.PreciseTimer)
        beat.setInterval(BEAT_MS)
        beat.timeout.connect(lambda: gaps.append(clock.restart()))
        if watch is not None:
            beat.timeout.connect(watch.beat)

        def painted() -> None:
            figures["first_paint_s"] = time.time() - spawned
            figures["first_paint_cpu_s"] = time.process_time()  # every thread of the process, from its start
            figures["gui_cpu_at_paint"] = time.thread_time()
            if profiler is not None:
                profiler.disable()
                profiler.dump_stats(str(profile))
            clock.start()
            beat.start()
            if watch is not None:
                watch.start()

        def done(reason: str | None = None) -> None:
            beat.stop()
            figures["search_ready_s"] = time.time() - spawned
            figures["gui_cpu_until_ready_s"] = time.thread_time() - figures.pop("gui_cpu_at_paint")
            figures["failed"] = reason
            figures["longest_stall_ms"] = float(max(gaps, default=0))
            figures["stalls_ms"] = sorted(gaps, reverse=True)[:5]
            figures["location"] = session.search.location
            if watch is not None:
                figures["stall_stacks"] = watch.report()
            QTimer.singleShot(0, lambda: QApplication.instance().exit(0))

        session.window.first_painted.connect(painted)
        session.search.ready.connect(done)
        session.search.failed.connect(done)
        probed.session = session
        return session

    session_module.build_session = probed
    code = run(StartOptions(content_dir=content_dir, mode=StartMode.WINDOWED))
    out.write_text(json.dumps(figures), encoding="utf-8")
    return code


def first_start(content_dir: Path, busy: int, timeout: float = 900, extra: tuple[str, ...] = ()) -> dict:
    """One first start in a fresh process with fresh folders, ``busy`` spinning processes beside it; ``extra``:
    the child's options (``--stacks``, ``--profile FILE``)."""
    hogs = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(busy)]
    try:
        with tempfile.TemporaryDirectory() as home:
            sys.path.insert(0, str(REPO))
            from kiosk.paths import private_environment

            env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **private_environment(home)}
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            out = Path(home) / "figures.json"
            load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
            spawned = time.time()
            subprocess.run([sys.executable, __file__, "--child", str(content_dir), "--spawned", f"{spawned:.6f}",
                            "--json", str(out), *extra], env=env, check=True, capture_output=True, timeout=timeout)
            return {**json.loads(out.read_text(encoding="utf-8")), "load_average": load}
    finally:
        for hog in hogs:
            hog.kill()
            hog.wait()


def measure(pages: int, runs: int, busy_counts: tuple[int, ...],
            extra: tuple[str, ...] = ()) -> dict[int, list[dict]]:
    """``runs`` first starts for each number of busy processes, on one generated library."""
    with tempfile.TemporaryDirectory() as work:
        library = generate_library(pages, Path(work) / "library")
        first_start(library, 0)  # warms the disk cache and the compiled bytecode; not counted
        return {busy: [first_start(library, busy, extra=extra) for _ in range(runs)] for busy in busy_counts}


def summary(results: list[dict]) -> dict[str, float]:
    figures = {
        "first_paint_s": statistics.median(r["first_paint_s"] for r in results),
        "first_paint_max_s": max(r["first_paint_s"] for r in results),
        "search_ready_s": statistics.median(r["search_ready_s"] for r in results),
        "search_ready_max_s": max(r["search_ready_s"] for r in results),
        "longest_stall_ms": max(r["longest_stall_ms"] for r in results),
    }
    for name in ("first_paint_cpu_s", "gui_cpu_until_ready_s", "load_average"):  # runs recorded before: without
        values = [r[name] for r in results if r.get(name) is not None]
        if values:
            figures[name] = statistics.median(values)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--busy", type=int, action="append",
                        help="spinning processes beside the kiosk (repeatable; default: 0 and 2)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--stacks", action="store_true",
                        help="print what the GUI thread was doing in each stall over 100 ms")
    parser.add_argument("--profile", type=Path, help="write a cProfile of the start to the first paint here")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--spawned", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        return child(args.child, args.spawned, args.json, args.stacks, args.profile)
    busy = tuple(args.busy or (0, 2))
    extra = (("--stacks",) if args.stacks else ()) + (("--profile", str(args.profile.resolve())) if args.profile
                                                      else ())
    results = measure(args.pages, args.runs, busy, extra)
    print(f"First start, {args.pages} pages, no content cache or index yet, offscreen, {args.runs} runs each")
    print(f"| {'busy processes':>14} | {'first paint s (median / max)':>28} | {'CPU s to first paint':>20} "
          f"| {'search ready s (median / max)':>29} | {'GUI thread CPU s, paint to ready':>32} "
          f"| {'longest GUI stall ms':>20} | {'load average':>12} |")
    print(f"|{'-' * 16}|{'-' * 30}|{'-' * 22}|{'-' * 31}|{'-' * 34}|{'-' * 22}|{'-' * 14}|")
    for count, runs in results.items():
        s = summary(runs)
        print(f"| {count:>14} | {s['first_paint_s']:>17.1f} / {s['first_paint_max_s']:<8.1f} | "
              f"{s.get('first_paint_cpu_s', float('nan')):>20.2f} | "
              f"{s['search_ready_s']:>18.1f} / {s['search_ready_max_s']:<8.1f} | "
              f"{s.get('gui_cpu_until_ready_s', float('nan')):>32.2f} | {s['longest_stall_ms']:>20.0f} | "
              f"{s.get('load_average', float('nan')):>12.1f} |")
    print("aims: first paint within 2 s, search ready within 20 s, no GUI stall over 200 ms")
    if args.stacks:
        for count, runs in results.items():
            for number, run in enumerate(runs, 1):
                for stall in run.get("stall_stacks", []):
                    busiest = sorted(stall["cpu"].items(), key=lambda item: -item[1])[:4]
                    print(f"\nbusy {count}, run {number}: stall {stall['ms']} ms; thread CPU s meanwhile: "
                          + ", ".join(f"{name} {cpu:.2f}" for name, cpu in busiest))
                    for stack, samples in stall["stacks"]:
                        print(f"  {samples} x {stack}")
    if args.json:
        args.json.write_text(json.dumps({str(k): v for k, v in results.items()}, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
