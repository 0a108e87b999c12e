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


# The most the search box accepts: longer text is never a patient's question (a paste of 100,000 characters
# is cut to this before anything else sees it). The engine cuts anything longer again, whoever calls it.
MAX_QUERY_LENGTH = 200
NOT_COVERED = "This guide does not cover that. Please ask a nurse or the reception desk."


@dataclass(frozen=True, slots=True)
class SearchResults:
    query: str
    hits: tuple[SearchHit, ...]
    did_you_mean: str | None  # a corrected query, in plain text, or None
    # False when no page answers: nothing matched, or a real word asked about is on no page ("parking"). The
    # hits are then empty rather than weak matches on the other words.
    covered: bool = True
    not_found: tuple[str, ...] = ()  # the real words typed that no page uses
    urgent: bool = False  # the search names a sign that needs help today: Urgent help is the first hit

    @property
    def message(self) -> str | None:
        """What to tell the person when the guide does not answer, in plain words."""
        return None if self.covered or not self.query.strip() else NOT_COVERED
