"""What the usage counts count: a module of its own, so counting a tap needs no SQLite."""

from __future__ import annotations

from enum import StrEnum


class Kind(StrEnum):
    """What was counted. ``item`` is a page id, one kept word of a search that found nothing, or empty."""

    PAGE_VIEW = "page_view"
    SEARCH = "search"
    SEARCH_NOTHING_FOUND = "search_nothing_found"  # item always empty: the count of searches that found nothing
    NOTHING_FOUND_WORD = "nothing_found_word"  # item: one health word of such a search (privacy.words_to_keep)
    LARGE_PRINT = "large_print"
    READ_ALOUD = "read_aloud"
    HELPFUL_YES = "helpful_yes"
    HELPFUL_NO = "helpful_no"


# How many months of counts are kept (``[usage] retention_months``); here, not in database.py, so the counter can
# be made before the first paint without loading SQLite.
DEFAULT_RETENTION_MONTHS = 13
