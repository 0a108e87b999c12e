"""The search index build of a first start, on its own: the CPU and wall time of building the index of a generated
library (``first_start.generate_library``) as the kiosk's build process does it, the content loaded as the kiosk
loads it (bodies left to work out), pickled, and read back before the build, with the load average beside each run.
``--profile`` prints where the time goes (cProfile roughly doubles it). Asserts nothing.

    .venv/bin/python benchmarks/index_build.py [--pages 5000] [--runs 1] [--library DIR] [--profile]

Measured on the 2-core development PC, 5,000 pages, load average 10-18 (a shared machine): 54.7 s of CPU before
the build analysed each word once and handed Whoosh terms instead of text, 26.8 s after (peak memory 238 MB, the
loaded and the unpickled library included). At a quieter load average of 2-3 (CPU time grows with the machine's
load: compare runs made side by side, taking turns), 19.4 and 21.2 s before ``plain_text`` skipped the scans that
cannot change a text and the build process turned the cycle collector off, 18.7 and 18.4 s after.
``PROFILE_SORT=tottime`` sorts the profile by each function's own time.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pickle
import pstats
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def build_once(data: bytes, folder: Path, profile: bool) -> dict[str, float]:
    from kiosk.search.build_process import build_alone

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    wall, cpu = time.perf_counter(), time.process_time()
    profiler = cProfile.Profile() if profile else None
    if profiler:
        profiler.enable()
    build_alone(data, folder)
    if profiler:
        profiler.disable()
        pstats.Stats(profiler).sort_stats(os.environ.get("PROFILE_SORT", "cumulative")).print_stats(30)
    figures = {"wall_s": time.perf_counter() - wall, "cpu_s": time.process_time() - cpu, "load_average": load}
    if sys.platform != "win32":
        import resource

        figures["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--library", type=Path, help="a library generated before (else one is generated)")
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    from first_start import generate_library

    from kiosk.content.loader import load_content

    with tempfile.TemporaryDirectory() as work:
        library = args.library or generate_library(args.pages, Path(work) / "library")
        data = pickle.dumps(load_content(library, lazy=True))  # what the build process is handed
        print(f"Search index build, {args.pages:,} pages ({len(data) // 1024:,} KB pickled)")
        print("| run | CPU s | wall s | load average | peak memory MB (the process so far) |")
        print("|----:|------:|-------:|-------------:|------------------------------------:|")
        for run in range(args.runs):
            figures = build_once(data, Path(work) / f"index-{run}", args.profile)
            print(f"| {run + 1:>3} | {figures['cpu_s']:>5.1f} | {figures['wall_s']:>6.1f} | "
                  f"{figures['load_average']:>12.1f} | {figures.get('peak_mb', float('nan')):>35.0f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
