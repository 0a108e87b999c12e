"""What a search returns: plain values the screens can show without knowing anything about the index."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SearchHit:
    id: str  # page id
    title: str  # the page's own title
    # A short passage (about 30 words), HTML-escaped, with matched words in <b>...</b>; the page summary when
    # the match is only in the title or keywords.
    snippet: str
    score: float


@dataclass(frozen=True, slots=True)
class SearchResults:
    query: str
    hits: tuple[SearchHit, ...]
    did_you_mean: str | None  # a corrected query, in plain text, or None
