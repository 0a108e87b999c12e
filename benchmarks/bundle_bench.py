"""Bundle benchmark: size on disk, start-up time to first paint and peak memory, the kiosk beside a bare window.

Each row starts one way (one-folder bundle, one-file bundle, from source) both the kiosk and a bare PySide6
window (benchmarks/bare_window.py, bundled with the same recipe), with QT_QPA_PLATFORM=offscreen and
KIOSK_EXIT_AFTER_FIRST_PAINT=1, and times it from launch to the first paint (the ``first-paint-epoch=`` line
both programs print). All six take turns, run by run, so a busy moment on the machine affects them alike.
After one warm-up round the median of N runs is reported, with the peak resident memory
(ru_maxrss) of the child and everything it waited for (a one-file build's unpacked child included), measured
over the whole run until it quits. Linux and macOS only.

    python benchmarks/bundle_bench.py               # needs scripts/build.sh and scripts/build.sh --onefile first
    python benchmarks/bundle_bench.py --build-bare  # (re)build the two bare-window bundles first
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
BARE_DIST = ROOT / "build" / "bench" / "dist"
BUILD_PYTHON = ROOT / "build" / "venv" / "bin" / "python"
AIM_SIZE_MIB = 100
AIM_RATIO = 1.5


@dataclass
class Target:
    """One way of starting one program, and the files its size is measured on."""

    command: list[str]
    bundle: Path | None  # None: run from source, no bundle to weigh
    how_to_build: str
    env: dict[str, str] = field(default_factory=dict)


@dataclass
class Result:
    size_mib: float | None = None
    seconds: float | None = None
    peak_mib: float | None = None
    note: str = ""


def size_on_disk(path: Path) -> int:
    """Bytes allocated on disk, like `du`: symlinks count as links, not as their targets."""
    if path.is_file():
        return path.lstat().st_blocks * 512
    total = 0
    for folder, _dirs, files in os.walk(path):
        for name in files:
            total += (Path(folder) / name).lstat().st_blocks * 512
    return total


def run_once(command: list[str], env: dict[str, str], timeout: float) -> tuple[float, float]:
    """(seconds to the first paint, peak MiB) of one launch.

    The program prints ``first-paint-epoch=<time.time()>`` when it first paints (the kiosk and the bare window
    both do), so work that starts after the first paint, such as opening the search index, is not counted.
    A program that does not print it is timed until it exits.
    """
    # Files, not pipes: a chatty child must never block on a full pipe while we poll.
    with tempfile.TemporaryFile() as out_file, tempfile.TemporaryFile() as err_file:
        started_epoch = time.time()
        start = time.perf_counter()
        proc = subprocess.Popen(command, env=env, cwd=ROOT, stdout=out_file, stderr=err_file)
        deadline = start + timeout
        while True:
            # wait4 rather than Popen.wait: it also returns the child's resource usage.
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                proc.returncode = os.waitstatus_to_exitcode(status)
                raise TimeoutError(f"no exit within {timeout:.0f} s (does it quit after its first paint?)")
            time.sleep(0.001)
        until_exit = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out_file.seek(0)
        err_file.seek(0)
        out = out_file.read().decode(errors="replace")
        err = err_file.read().decode(errors="replace")
    if proc.returncode != 0:
        last = err.strip().splitlines()[-1:] or ["(no output)"]
        raise RuntimeError(f"exit {proc.returncode}: {last[0][:100]}")
    painted = [line.split("=", 1)[1] for line in out.splitlines() if line.startswith("first-paint-epoch=")]
    seconds = float(painted[0]) - started_epoch if painted else until_exit
    # ru_maxrss is in KiB on Linux and in bytes on macOS.
    peak = usage.ru_maxrss / 1024 if sys.platform != "darwin" else usage.ru_maxrss / 1024 / 1024
    return seconds, peak


def environment(target: Target, home: Path) -> dict[str, str]:
    env = dict(os.environ)
    # An installed Python keeps compiled bytecode; a sandbox that disables it would time the compiler instead.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(target.env)
    env.update({
        "QT_QPA_PLATFORM": "offscreen",
        "KIOSK_EXIT_AFTER_FIRST_PAINT": "1",
        # Private settings, cache and logs, so the user's own state does not change the figures.
        "KIOSK_CONFIG": str(home / "settings.toml"),
        "KIOSK_CACHE_DIR": str(home / "cache"),
        "KIOSK_LOG_DIR": str(home / "logs"),
    })
    return env


def measure_all(cells: dict[tuple[str, int], Target], runs: int, timeout: float, scratch: Path) -> dict:
    """Time every available cell, taking turns run by run, so a busy moment on the machine hits them all alike."""
    results = {key: Result() for key in cells}
    live: dict[tuple[str, int], dict[str, str]] = {}
    for key, target in cells.items():
        if target.bundle is not None:
            if not target.bundle.exists():
                results[key].note = f"{target.bundle.relative_to(ROOT)} missing: {target.how_to_build}"
                continue
            results[key].size_mib = size_on_disk(target.bundle) / 2**20
        live[key] = environment(target, scratch / f"{key[0]}-{key[1]}")
    times: dict[tuple[str, int], list[float]] = {key: [] for key in live}
    peaks: dict[tuple[str, int], list[float]] = {key: [] for key in live}
    for round_number in range(runs + 1):  # round 0 is the warm-up: it fills the OS file cache, as on a second start
        print(f"Round {round_number} of {runs}{' (warm-up)' if round_number == 0 else ''}...", flush=True)
        for key, env in list(live.items()):
            try:
                seconds, peak = run_once(cells[key].command, env, timeout)
            except (OSError, RuntimeError, TimeoutError) as error:
                results[key].note = f"{' '.join(cells[key].command[-2:])}: {error}"
                del live[key]
                continue
            if round_number:
                times[key].append(seconds)
                peaks[key].append(peak)
    for key in live:
        results[key].seconds = statistics.median(times[key])
        results[key].peak_mib = max(peaks[key])
    return results


def targets() -> dict[str, tuple[Target, Target]]:
    """Rows of the table: how started -> (kiosk, bare window)."""
    exe = ".exe" if sys.platform == "win32" else ""
    build_bare = "run benchmarks/bundle_bench.py --build-bare"
    return {
        "one folder": (
            Target([str(DIST / "kiosk" / f"kiosk{exe}"), "--windowed"], DIST / "kiosk", "run scripts/build.sh"),
            Target([str(BARE_DIST / "bare-window" / f"bare-window{exe}")], BARE_DIST / "bare-window", build_bare),
        ),
        "one file": (
            Target([str(DIST / f"kiosk-onefile{exe}"), "--windowed"], DIST / f"kiosk-onefile{exe}",
                   "run scripts/build.sh --onefile"),
            Target([str(BARE_DIST / f"bare-window-onefile{exe}")], BARE_DIST / f"bare-window-onefile{exe}", build_bare),
        ),
        "from source": (
            Target([sys.executable, "-m", "kiosk", "--windowed"], None, ""),
            Target([sys.executable, str(ROOT / "benchmarks" / "bare_window.py")], None, ""),
        ),
    }


def build_bare_bundles() -> None:
    """Build the bare window one-folder and one-file with the kiosk's own build environment and recipe."""
    if not BUILD_PYTHON.exists():
        raise SystemExit("bundle_bench: build/venv is missing; run scripts/build.sh once first")
    for onefile in ("0", "1"):
        print(f"Building the bare window ({'one file' if onefile == '1' else 'one folder'})...", flush=True)
        subprocess.run(
            [str(BUILD_PYTHON), "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
             "--distpath", str(BARE_DIST), "--workpath", str(ROOT / "build" / "bench" / f"work-{onefile}"),
             str(ROOT / "benchmarks" / "bare_window.spec")],
            check=True, cwd=ROOT, env={**os.environ, "KIOSK_ONEFILE": onefile},
        )


def _cell(value: float | None, fmt: str) -> str:
    width = int(fmt.split(".")[0])
    return format(value, fmt) if value is not None else "-".rjust(width)


def print_table(rows: dict[str, tuple[Result, Result]], runs: int) -> None:
    print(f"\nStart-up to first painted window: median of {runs} interleaved runs after a warm-up, "
          "QT_QPA_PLATFORM=offscreen")
    print("Size: on disk (MiB, like du). Peak: largest ru_maxrss of the child over the runs (MiB).\n")
    header = f"{'how started':<13}| {'kiosk size':>10} {'start s':>8} {'peak':>6} | {'bare size':>9} {'start s':>8} " \
             f"{'peak':>6} | {'kiosk/bare':>10}"
    print(header)
    print("-" * len(header))
    notes: list[str] = []
    for name, (kiosk, bare) in rows.items():
        ratio = kiosk.seconds / bare.seconds if kiosk.seconds and bare.seconds else None
        print(f"{name:<13}| {_cell(kiosk.size_mib, '10.1f')} {_cell(kiosk.seconds, '8.3f')} "
              f"{_cell(kiosk.peak_mib, '6.0f')} | {_cell(bare.size_mib, '9.1f')} {_cell(bare.seconds, '8.3f')} "
              f"{_cell(bare.peak_mib, '6.0f')} | {_cell(ratio, '10.2f')}")
        notes += [f"  {name}, kiosk: {kiosk.note}"] if kiosk.note else []
        notes += [f"  {name}, bare window: {bare.note}"] if bare.note else []
    folder, source_bare = rows["one folder"][0], rows["from source"][1]
    print()
    if folder.size_mib is not None:
        verdict = "within" if folder.size_mib < AIM_SIZE_MIB else "OVER"
        print(f"One-folder kiosk size: {folder.size_mib:.1f} MiB ({verdict} the aim of {AIM_SIZE_MIB} MiB)")
    if folder.seconds and source_bare.seconds:
        ratio = folder.seconds / source_bare.seconds
        verdict = "within" if ratio <= AIM_RATIO else "OVER"
        print(f"One-folder kiosk vs bare window from source: {ratio:.2f}x ({verdict} the aim of {AIM_RATIO}x)")
    if notes:
        print("\nSkipped or failed:")
        print("\n".join(notes))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="timed runs per cell (default 5)")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds before a run counts as hung")
    parser.add_argument("--build-bare", action="store_true", help="build the bare-window bundles first")
    args = parser.parse_args(argv)
    if sys.platform == "win32":
        raise SystemExit("bundle_bench: needs os.wait4 (Linux or macOS)")
    if args.build_bare:
        build_bare_bundles()
    rows_of_targets = targets()
    cells = {(name, i): target for name, pair in rows_of_targets.items() for i, target in enumerate(pair)}
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as scratch:
        results = measure_all(cells, args.runs, args.timeout, Path(scratch))
    rows = {name: (results[(name, 0)], results[(name, 1)]) for name in rows_of_targets}
    print_table(rows, args.runs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
