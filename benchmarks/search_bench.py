"""Search benchmark: the Whoosh index against SQLite FTS5 on the shipped guide and on a generated library.

For each corpus it prints the time to build, the index size and the time to open it, then the median and
95th percentile time of a search (with its passages) for single words, phrases, half-typed words and typos,
the same for the same queries on SQLite FTS5 (Porter stemmer, bm25 with the same field weights, snippet()),
and how many of the queries found anything. The aims: 95th percentile under 16 ms on the shipped guide
(one frame at 60 Hz) and under 60 ms at 5,000 pages.

    .venv/bin/python benchmarks/search_bench.py             # shipped guide + 5,000 generated pages (a few minutes)
    .venv/bin/python benchmarks/search_bench.py --pages 500 # a quicker run
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from kiosk.content.loader import load_content  # noqa: E402
from kiosk.content.model import ContentStore, Guide, Page, PageMarkdown  # noqa: E402
from kiosk.content.render import plain_text  # noqa: E402

SHIPPED_QUERIES: dict[str, list[str]] = {
    "single words": ["chemotherapy", "oestrogen", "biopsy", "steroids", "tummy", "scan", "pain", "liver",
                     "receptors", "denosumab", "radiotherapy", "seizure", "nurse", "calcium", "trial", "tamoxifen"],
    "phrases": ["bone pain", "side effects", "spinal cord compression", "hormone therapy", "high temperature",
                "blood test results", "stage four", "triple negative", "breast care nurse", "can it be cured",
                "how long will i live", "waiting for scan results", "targeted therapy drugs", "short of breath"],
    "prefixes": ["chem", "radioth", "bisphos", "tripl", "oest", "bio", "ste", "lymp", "ultra", "horm", "surg",
                 "palli", "metast", "breathl"],
    "typos": ["chemoterapy", "radiotheraphy", "biopsey", "metastatik", "tumer marker", "steriods", "ultrasond",
              "herseptin", "paliative care", "trastuzamab", "oestrogen recepter", "sympotms", "clinical trails",
              "lymphodema", "nausia", "denosumob"],
}
REPEAT = 5
FIELD_WEIGHTS = (6.0, 2.5, 3.0, 2.0, 1.0)  # title, headings, keywords, summary, body: as kiosk.search.query


@dataclass
class Timings:
    times_ms: list[float]
    found: int
    queries: int

    @property
    def median(self) -> float:
        return statistics.median(self.times_ms)

    @property
    def p95(self) -> float:
        ordered = sorted(self.times_ms)
        return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def time_queries(run: Callable[[str], int], queries: Sequence[str]) -> Timings:
    for query in queries:  # warm caches the way a kiosk's first few searches would
        run(query)
    times, found = [], 0
    for _ in range(REPEAT):
        for query in queries:
            started = time.perf_counter()
            count = run(query)
            times.append((time.perf_counter() - started) * 1000)
            found += bool(count)
    return Timings(times, found // REPEAT, len(queries))


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


# Whoosh


def bench_whoosh(store: ContentStore, queries: dict[str, list[str]], work: Path) -> tuple[dict, dict[str, Timings]]:
    from kiosk.search.engine import SearchIndex

    folder = work / "whoosh"
    started = time.perf_counter()
    SearchIndex.build(store, folder)
    build = time.perf_counter() - started
    started = time.perf_counter()
    index = SearchIndex.open(store, prebuilt_dir=folder, cache_dir=work / "unused-cache")
    opened = time.perf_counter() - started
    assert index.location == "prebuilt", index.location
    timings = {kind: time_queries(lambda q: len(index.search(q, 10).hits), qs) for kind, qs in queries.items()}
    index.close()
    return {"build_s": build, "size_mb": folder_size(folder) / 1e6, "open_ms": opened * 1000}, timings


# SQLite FTS5


def fts5_query(text: str, prefix_last: bool) -> str:
    from kiosk.search.analysis import STOP_WORDS, WORD

    words = [w for w in WORD.findall(text.lower()) if w not in STOP_WORDS] or WORD.findall(text.lower())
    parts = [f'"{w}"' for w in words]
    if parts and prefix_last:
        parts[-1] += "*"
    return " ".join(parts)


def bench_fts5(store: ContentStore, queries: dict[str, list[str]], work: Path) -> tuple[dict, dict[str, Timings]]:
    from kiosk.search.backend import page_fields, searchable_pages

    path = work / "fts5.sqlite"
    started = time.perf_counter()
    db = sqlite3.connect(path)
    db.execute("CREATE VIRTUAL TABLE pages USING fts5(id UNINDEXED, title, headings, keywords, summary, body, "
               "tokenize='porter unicode61')")
    db.executemany(
        "INSERT INTO pages VALUES (?, ?, ?, ?, ?, ?)",
        ([page.id, *page_fields(page).values()] for page in searchable_pages(store)),
    )
    db.commit()
    build = time.perf_counter() - started
    sql = (
        "SELECT id, title, snippet(pages, 5, '<b>', '</b>', '…', 30), bm25(pages, 0, ?, ?, ?, ?, ?) AS score "
        "FROM pages WHERE pages MATCH ? ORDER BY score LIMIT 10"
    )

    def run(query: str, prefix: bool) -> int:
        match = fts5_query(query, prefix)
        if not match:
            return 0
        return len(db.execute(sql, (*FIELD_WEIGHTS, match)).fetchall())

    timings = {kind: time_queries(lambda q, k=kind: run(q, k == "prefixes"), qs) for kind, qs in queries.items()}
    db.close()
    return {"build_s": build, "size_mb": path.stat().st_size / 1e6, "open_ms": float("nan")}, timings


# A generated library


def generate_library(pages: int, seed: int, shipped: ContentStore, folder: Path) -> ContentStore:
    """Pages of 300-800 words drawn from the guide's own words plus made-up ones, with a long-tailed spread."""
    rng = random.Random(seed)
    from kiosk.search.analysis import WORD

    real = sorted({w.lower() for p in shipped for w in WORD.findall(plain_text(p.body)) if w.isalpha()})
    letters = "abcdefghijklmnopqrstuvwxyz"
    made_up = {"".join(rng.choice(letters) for _ in range(rng.randint(4, 11))) for _ in range(25_000)}
    vocabulary = real + sorted(made_up)
    rng.shuffle(vocabulary)
    cumulative = list(accumulate(1 / (rank + 1) ** 0.9 for rank in range(len(vocabulary))))

    def words(count: int) -> list[str]:
        return rng.choices(vocabulary, cum_weights=cumulative, k=count)

    folder.mkdir(parents=True, exist_ok=True)
    (folder / "synonyms.txt").write_text((REPO / "content" / "synonyms.txt").read_text("utf-8"), "utf-8")
    made: dict[str, Page] = {}
    for number in range(pages):
        body_words = words(rng.randint(300, 800))
        lines, position = [], 0
        while position < len(body_words):
            if rng.random() < 0.2:
                lines.append("## " + " ".join(words(rng.randint(2, 4))).capitalize())
            size = rng.randint(15, 60)
            lines.append(" ".join(body_words[position:position + size]).capitalize() + ".")
            position += size
        page_id = f"page-{number}"
        made[page_id] = Page(
            id=page_id,
            title=" ".join(words(rng.randint(1, 4))).capitalize(),
            summary=" ".join(words(rng.randint(6, 12))).capitalize() + ".",
            markdown=PageMarkdown.given("\n\n".join(lines)),
            path=folder / f"{page_id}.md",
            body_line=1,
            keywords=tuple(words(rng.randint(4, 10))),
        )
    return ContentStore(folder, Guide(), made, fingerprint=f"generated-{pages}-{seed}")


def generated_queries(store: ContentStore, seed: int) -> dict[str, list[str]]:
    """Queries made from the library's own text, so that each should find something (typos: after correction)."""
    from kiosk.search.analysis import WORD

    rng = random.Random(seed + 1)
    pages = rng.sample(list(store), 40)
    texts = [WORD.findall(plain_text(p.body)) for p in pages]
    long_words = [w.lower() for t in texts for w in t if len(w) >= 7 and w.isalpha()]

    def typo(word: str) -> str:
        spot = rng.randrange(1, len(word) - 1)
        edits = [word[:spot] + word[spot + 1:], word[:spot] + rng.choice("aeiou") + word[spot + 1:],
                 word[:spot] + word[spot + 1] + word[spot] + word[spot + 2:]]
        return rng.choice(edits)

    return {
        "single words": [rng.choice(t).lower() for t in texts[:16]],
        "phrases": [" ".join(t[i:i + rng.randint(2, 3)]).lower() for t in texts[16:30]
                    for i in [rng.randrange(len(t) - 3)]],
        "prefixes": [w[: rng.randint(3, 5)] for w in rng.sample(long_words, 14)],
        "typos": [typo(w) for w in rng.sample(long_words, 16)],
    }


Measured = tuple[dict, dict[str, Timings]]


def report(name: str, pages: int, whoosh: Measured, fts5: Measured) -> str:
    (wi, wt), (fi, ft) = whoosh, fts5
    out = [
        f"\n## {name}: {pages} pages",
        f"{'':24}{'build s':>9}{'size MB':>9}{'open ms':>9}",
        f"{'Whoosh (kiosk.search)':24}{wi['build_s']:9.2f}{wi['size_mb']:9.2f}{wi['open_ms']:9.1f}",
        f"{'SQLite FTS5':24}{fi['build_s']:9.2f}{fi['size_mb']:9.2f}{'':>9}",
        "",
        f"{'query kind':14}{'n':>4} | {'Whoosh median':>13}{'p95':>8}{'found':>7} | {'FTS5 median':>11}{'p95':>8}"
        f"{'found':>7} | {'p95 ratio':>9}",
    ]
    for kind, timing in wt.items():
        other = ft[kind]
        out.append(
            f"{kind:14}{timing.queries:4} | {timing.median:11.2f}ms{timing.p95:6.2f}ms{timing.found:7} | "
            f"{other.median:9.2f}ms{other.p95:6.2f}ms{other.found:7} | {timing.p95 / max(other.p95, 1e-6):8.1f}x"
        )
    every = [t for timing in wt.values() for t in timing.times_ms]
    everything = Timings(every, 0, 0)
    out.append(f"{'all':14}{len(every) // REPEAT:4} | {everything.median:11.2f}ms{everything.p95:6.2f}ms")
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=5000, help="pages in the generated library (0 to skip)")
    parser.add_argument("--content", type=Path, default=REPO / "content", help="the guide to benchmark")
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args(argv)

    import whoosh

    print(f"# Search benchmark: Whoosh {whoosh.versionstring()}, SQLite {sqlite3.sqlite_version}, "
          f"Python {sys.version.split()[0]}; {REPEAT} runs of each query after one warm-up run")
    print("Times are per search, including building the passages (Whoosh) or snippet() (FTS5).")
    print("FTS5 has no typo tolerance: its 'found' column for typos shows what a plain engine misses.")
    with tempfile.TemporaryDirectory(prefix="search-bench-") as scratch:
        work = Path(scratch)
        shipped = load_content(args.content)
        (work / "shipped").mkdir()
        print(report("Shipped guide", len(shipped), bench_whoosh(shipped, SHIPPED_QUERIES, work / "shipped"),
                     bench_fts5(shipped, SHIPPED_QUERIES, work / "shipped")), flush=True)
        if args.pages > 0:
            started = time.perf_counter()
            library = generate_library(args.pages, args.seed, shipped, work / "library-content")
            queries = generated_queries(library, args.seed)
            print(f"\n(generated {args.pages} pages in {time.perf_counter() - started:.1f} s)")
            (work / "library").mkdir()
            print(report("Generated library", len(library), bench_whoosh(library, queries, work / "library"),
                         bench_fts5(library, queries, work / "library")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
