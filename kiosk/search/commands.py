"""The ``kiosk search`` and ``kiosk index`` commands, for content authors, scripts and the build.

Importing this module is cheap (no Whoosh); the CLI can import it at start-up.
"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path
from typing import TextIO

from kiosk.content.loader import load_content
from kiosk.content.model import ContentStore
from kiosk.search.engine import SearchIndex, SearchResults

_BOLD = re.compile(r"</?b>")


def search_command(content_dir: Path, query: str, *, as_json: bool, limit: int, out: TextIO,
                   library: list[Path] | None = None) -> int:
    """Print the results the kiosk would show for ``query``: readable text, or one JSON object with ``as_json``.
    ``library``: every guide's content folder when several are installed (searched together, as the kiosk does).

    The JSON is ``{"query": ..., "did_you_mean": str | null, "results": [{"id", "title", "snippet", "score",
    "guide"}],
    "covered": bool, "message": str | null, "not_found": [str], "urgent": bool}``: ``covered`` is false (and
    ``results`` empty) when the guide does not answer, ``message`` says so in the words the kiosk shows,
    ``not_found`` lists the words asked about that no page uses, ``urgent`` is true when the search names a sign
    that needs help today (Urgent help is then the first result).
    Returns 0 when the search ran (with or without results), 1 when the content cannot be read.
    """
    if library and len(library) > 1:
        from kiosk.content.library import combine

        stores = [_load(folder) for folder in library]
        store = combine([s for s in stores if s is not None]) if any(stores) else None
    else:
        store = _load(content_dir)
    if store is None:
        return 1
    from kiosk.resources import prebuilt_index_dir

    index = SearchIndex.open(store, prebuilt_dir=prebuilt_index_dir())
    try:
        results = index.search(query, limit)
        if as_json:
            _write(out, json.dumps(_as_json(results, store), ensure_ascii=False) + "\n")
        else:
            _write(out, _as_text(results, store, index.location))
    finally:
        index.close()
    return 0


def index_command(content_dir: Path, out_dir: Path, out: TextIO) -> int:
    """Build the search index for the content into ``out_dir`` (the build ships it as the prebuilt index)."""
    store = _load(content_dir)
    if store is None:
        return 1
    try:
        SearchIndex.build(store, out_dir)
    except OSError as error:
        print(f"Cannot write the search index to {out_dir}: {error.strerror or error}", file=sys.stderr)
        return 1
    size = sum(p.stat().st_size for p in out_dir.iterdir() if p.is_file())
    hidden = sum(1 for page in store if page.menu == "hidden")
    note = f" ({hidden} hidden {'page' if hidden == 1 else 'pages'} left out: reached only from their parent)"
    _write(out, f"Indexed {len(store) - hidden} pages from {content_dir} into {out_dir}, "
                f"{size / 1024:.0f} KB{note if hidden else ''}.\n")
    return 0


def _load(content_dir: Path) -> ContentStore | None:
    if not content_dir.is_dir():
        print(f"The content folder {content_dir} does not exist.", file=sys.stderr)
        return None
    store = load_content(content_dir)
    if not store.pages:
        print(f"No pages could be read from {content_dir}; run 'kiosk check' to see why.", file=sys.stderr)
        return None
    return store


def _clean(text: str) -> str:
    # A lone surrogate (possible in a command-line argument) cannot be written as UTF-8.
    return text.encode("utf-8", "replace").decode("utf-8")


def _as_json(results: SearchResults, store: ContentStore) -> dict[str, object]:
    return {
        "query": _clean(results.query),
        "did_you_mean": results.did_you_mean,
        "results": [
            # "guide" (added later): the title of the guide the page is in, as the kiosk names it on the result.
            {"id": hit.id, "title": hit.title, "snippet": hit.snippet, "score": hit.score,
             "guide": store.guide_of(hit.id).title} for hit in results.hits
        ],
        # Added later: the names above never change.
        "covered": results.covered,
        "message": results.message,
        "not_found": list(results.not_found),
        "urgent": results.urgent,
    }


def _plain(snippet: str) -> str:
    """A snippet for a terminal: matched words between ** as in Markdown, and no HTML escapes."""
    return html.unescape(_BOLD.sub("**", snippet))


def _as_text(results: SearchResults, store: ContentStore, location: str) -> str:
    query = _clean(results.query)
    lines = []
    if results.hits:
        count = len(results.hits)
        lines.append(f'{count} {"result" if count == 1 else "results"} for "{query}":')
        for number, hit in enumerate(results.hits, start=1):
            guide = f"  ({store.guide_of(hit.id).title})" if store.guides else ""
            lines.append(f"{number:>2}. {hit.title}  [{hit.id}]  score {hit.score:.2f}{guide}")
            lines.append(f"    {_plain(hit.snippet)}")
    else:
        lines.append(f'No pages match "{query}".')
        if results.message:
            lines.append(results.message)
        if results.not_found:
            lines.append("No page uses: " + ", ".join(results.not_found))
    if results.did_you_mean:
        lines.append(f"Did you mean: {results.did_you_mean}?")
    if not results.hits:
        lines.append("Topics: " + ", ".join(page.title for page in store.topics()))
    lines.append(f"(searched {len(store)} pages; index: {location})")
    return "\n".join(lines) + "\n"


def _write(out: TextIO, text: str) -> None:
    try:
        out.write(text)
    except UnicodeEncodeError:
        # A console that cannot show every character (an old Windows code page) still gets the results.
        encoding = getattr(out, "encoding", None) or "ascii"
        out.write(text.encode(encoding, "replace").decode(encoding))
