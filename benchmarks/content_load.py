"""Loading the content at start-up: read and checked page by page, beside taken from the content cache.

For the shipped guide and for a generated guide of N pages (the shipped pages copied under new names, so every
check has real work to do), in this process, median of a few runs. Prints a table; asserts nothing.

    .venv/bin/python benchmarks/content_load.py [--pages 5000] [--runs 3]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def generated_guide(pages: int, folder: Path) -> Path:
    """The shipped guide plus copies of its pages up to ``pages`` in all (top-level, with no related pages, so
    none is reported as a problem the shipped pages do not have)."""
    shutil.copytree(REPO / "content", folder)
    originals = sorted((folder / "pages").rglob("*.md"))
    for number in range(max(0, pages - len(originals))):
        source = originals[number % len(originals)]
        lines = source.read_text(encoding="utf-8").splitlines(keepends=True)
        kept = [line for line in lines if not line.startswith(("related:", "parent:", "menu:"))]
        (folder / "pages" / f"{source.stem}-copy-{number}.md").write_text("".join(kept), encoding="utf-8")
    return folder


def time_loads(folder: Path, runs: int) -> dict[str, float]:
    """Median ms of a load read afresh and of one from the cache, and the cache file's size in MB."""
    from kiosk import resources
    from kiosk.content.cache import ContentCache, cache_file
    from kiosk.content.loader import load_content

    icons = [resources.icon_dir()]
    fresh, cached = [], []
    with tempfile.TemporaryDirectory() as cache_dir:
        for _ in range(runs):
            started = time.perf_counter()
            load_content(folder, icon_dirs=icons)
            fresh.append((time.perf_counter() - started) * 1000)
        writer = ContentCache(Path(cache_dir))
        writer.load(folder, icons)
        writer.save_pending()
        for _ in range(runs):
            reader = ContentCache(Path(cache_dir))
            started = time.perf_counter()
            reader.load(folder, icons)
            cached.append((time.perf_counter() - started) * 1000)
            if reader.hits != 1:
                raise SystemExit(f"the cache was not used for {folder}")
        size = cache_file(Path(cache_dir), folder).stat().st_size / 1e6
    return {"fresh": statistics.median(fresh), "cached": statistics.median(cached), "mb": size}


def measure(pages: int, runs: int) -> list[tuple[str, int, dict[str, float]]]:
    with tempfile.TemporaryDirectory() as work:
        big = generated_guide(pages, Path(work) / "guide")
        count = len(list((big / "pages").rglob("*.md")))
        return [("shipped guide", len(list((REPO / "content" / "pages").rglob("*.md"))),
                 time_loads(REPO / "content", runs)),
                ("generated guide", count, time_loads(big, runs))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print(f"Content load at start-up, median of {args.runs} runs")
    print(f"| {'content':<16} | {'pages':>5} | {'read and checked ms':>19} | {'from the cache ms':>17} | "
          f"{'cache file MB':>13} |")
    print(f"|{'-' * 18}|{'-' * 7}|{'-' * 21}|{'-' * 19}|{'-' * 15}|")
    for name, count, figures in measure(args.pages, args.runs):
        print(f"| {name:<16} | {count:>5} | {figures['fresh']:>19.1f} | {figures['cached']:>17.1f} | "
              f"{figures['mb']:>13.1f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
