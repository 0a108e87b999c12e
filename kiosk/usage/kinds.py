"""What the usage counts count: a module of its own, so counting a tap needs no SQLite."""

from __future__ import annotations

from enum import StrEnum


class Kind(StrEnum):
    """What was counted. ``item`` is a page id, the kept words of a search, or empty."""

    PAGE_VIEW = "page_view"
    SEARCH = "search"
    SEARCH_NOTHING_FOUND = "search_nothing_found"
    LARGE_PRINT = "large_print"
    READ_ALOUD = "read_aloud"
    HELPFUL_YES = "helpful_yes"
    HELPFUL_NO = "helpful_no"
