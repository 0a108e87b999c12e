"""Reads content/urgent-searches.txt: the signs that, searched for, put the guide's Urgent help page first.

Ranking alone cannot promise this: once the red-flag wording is shared across many pages, a page about a scan
may use "back pain" as often as Urgent help does. So a search that names a sign needing help today always
shows Urgent help first, followed by the pages that match best. The format is meant for content authors::

    # A line starting with # is a note.
    chest pain, pain in chest
    cannot walk, legs weak

Each line holds one or more signs separated by commas. A sign matches when every one of its words is in the
search, in any order and with any ending ("weak legs" matches "legs weak", "walking" matches "walk"); a word
also matches through the synonyms ("short of breath" matches "breathless"). "Can't", "cant", "cannot",
"unable", "struggling", "trouble" and "difficulty" all read as "cannot", so "cannot walk" covers them.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from kiosk.search.analysis import stem, words

log = logging.getLogger(__name__)

FILE_NAME = "urgent-searches.txt"
MAX_FILE_BYTES = 100_000  # a few hundred signs fill 5 KB; a pipe or a huge file is refused, not read
MAX_SIGN_WORDS = 6
# Ways of saying "cannot": stop words are dropped from searches, so "can't walk" would otherwise be "walk".
_CANNOT = re.compile(
    r"\b(?:can\s*['’]?\s*t|cannot|can\s+not|could\s*n['’]?t|unable(?:\s+to)?|not\s+able(?:\s+to)?|"
    r"struggl\w*(?:\s+to)?|trouble|difficult\w*|hard\s+to|(?:is|are|feels?)\s+hard)\b",
    re.IGNORECASE,
)


# The stem every way of saying "cannot" becomes in a sign.
CANNOT = stem("cannot")


def _stems(text: str) -> list[str]:
    return [stem(word) for _, _, word in words(_CANNOT.sub(" cannot ", text))]


@dataclass(frozen=True, slots=True)
class UrgentSearches:
    """The signs, each as the set of stems that must all be in a search."""

    signs: tuple[frozenset[str], ...] = ()

    @classmethod
    def parse(cls, text: str) -> UrgentSearches:
        signs: list[frozenset[str]] = []
        for line in text.splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            for item in line.split(","):
                sign = frozenset(_stems(item))
                if sign and len(sign) <= MAX_SIGN_WORDS and sign not in signs:
                    signs.append(sign)
        return cls(tuple(signs))

    @classmethod
    def load(cls, content_dir: Path | Sequence[Path]) -> UrgentSearches:
        """The content's signs (every guide's, for a library's folders), or none when the file is missing or
        unreadable (search still works)."""
        from kiosk.files import read_beside_content

        texts = read_beside_content(content_dir, FILE_NAME, MAX_FILE_BYTES, log, "its urgent signs")
        return cls.parse("\n".join(texts)) if texts else cls()

    def match(self, text: str, also: Iterable[str] = ()) -> frozenset[str] | None:
        """The first sign found in ``text`` (with ``also``: more stems the search stands for, such as its
        synonyms), or None."""
        found = set(_stems(text)).union(also)
        return next((sign for sign in self.signs if sign <= found), None)
