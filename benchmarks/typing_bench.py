"""Typing benchmark: the time of every keystroke's search, as a person (or a monkey) types into the search box.

Each text is typed one character at a time, and every prefix is searched as the kiosk does (with passages).
Texts: real questions, random letters and spaces, one very long word, emoji, and a 100,000-character paste
(which the search box caps first). On the shipped guide and on a generated library, it prints per kind of text
the number of keystrokes, the median, 95th percentile and worst time, and how many took over 100 ms. The GUI
never waits for any of these (searches run on a worker thread, see kiosk/ui/services/search_provider.py): this measures
how soon results follow typing, and the engine's own limits.

    .venv/bin/python benchmarks/typing_bench.py              # shipped guide + 2,000 generated pages
    .venv/bin/python benchmarks/typing_bench.py --pages 0    # shipped guide only
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from search_bench import generate_library  # noqa: E402

from kiosk.content.loader import load_content  # noqa: E402
from kiosk.content.model import ContentStore  # noqa: E402
from kiosk.search.engine import SearchIndex  # noqa: E402
from kiosk.search.results import MAX_QUERY_LENGTH  # noqa: E402


def texts(seed: int) -> dict[str, list[str]]:
    rng = random.Random(seed)
    letters = "abcdefghijklmnopqrstuvwxyz"
    return {
        "questions": ["what are the side effects of chemotherapy", "hair falling out", "can't walk properly",
                      "how long will i live", "tell my kids", "chemoterapy and diet"],
        "random letters": ["".join(rng.choice(letters + "   ") for _ in range(MAX_QUERY_LENGTH)) for _ in range(4)],
        "one long word": ["".join(rng.choice(letters) for _ in range(MAX_QUERY_LENGTH))],
        "emoji": ["".join(rng.choice(["🙂", "😀", "é", "ß", "中", " ", "chemo "]) for _ in range(60))],
    }


def type_all(index: SearchIndex, text: str) -> list[float]:
    times = []
    for end in range(1, len(text) + 1):
        started = time.perf_counter()
        index.search(text[:end])
        times.append((time.perf_counter() - started) * 1000)
    return times


def row(name: str, times: list[float]) -> str:
    p95 = statistics.quantiles(times, n=20)[-1] if len(times) >= 20 else max(times)
    return (f"| {name:<22} | {len(times):>6} | {statistics.median(times):>8.1f} | {p95:>8.1f} | {max(times):>8.1f} | "
            f"{sum(t > 100 for t in times):>6} |")


def bench(title: str, store: ContentStore, seed: int, work: Path) -> None:
    started = time.perf_counter()
    index = SearchIndex.open(store, cache_dir=work / "index")
    print(f"\n## {title}: {len(store)} pages (index built in {time.perf_counter() - started:.1f} s)\n")
    print("| text                   | keys   | median ms | p95 ms | worst ms | >100 ms |")
    print("| ---------------------- | ------ | -------- | -------- | -------- | ------ |")
    for name, group in texts(seed).items():
        print(row(name, [t for text in group for t in type_all(index, text)]))
    paste = "word " * 20_000
    started = time.perf_counter()
    index.search(paste[:MAX_QUERY_LENGTH])
    print(row("100,000-char paste", [(time.perf_counter() - started) * 1000]))
    index.close()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000, help="generated library size (0: shipped guide only)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    print("# Typing benchmark: one search per keystroke, passages included")
    shipped = load_content(REPO / "content")
    with tempfile.TemporaryDirectory() as work:
        bench("Shipped guide", shipped, args.seed, Path(work) / "shipped")
        if args.pages:
            library = generate_library(args.pages, args.seed, shipped, Path(work) / "pages")
            bench("Generated library", library, args.seed, Path(work) / "library")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
