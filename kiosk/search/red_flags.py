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
"unable", "struggling", "trouble", "difficulty" and "won't" all read as "cannot", so "cannot walk" covers them.

Some everyday phrases hold a sign's word without naming the sign: a "sick note" is no sickness, "keep fit" no
fit. A line starting ``not urgent:`` lists such look-alikes::

    not urgent: sick note, keep fit
    not urgent: numb + chemo

A look-alike written plainly matches those words next to each other, in that order, little words included. One
written with ``+`` matches when each part is anywhere in the search: it names a cause that makes the sign
something else (numbness from chemotherapy is a side effect to tell the team about, FACTS.md section 2). A sign
then does not count when each of its words was typed only inside look-alikes: "numb feet from chemo" is not
urgent, but "numb legs from chemo" is ("legs" is in no look-alike), and so is "being sick, I need a sick note"
(the first "sick" is outside the look-alike).
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
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
    r"struggl\w*(?:\s+to)?|trouble|difficult\w*|hard\s+to|(?:is|are|feels?)\s+hard|won\s*['’]?\s*t|will\s+not)\b",
    re.IGNORECASE,
)


# The stem every way of saying "cannot" becomes in a sign.
CANNOT = stem("cannot")


def _stems(text: str) -> list[str]:
    return [stem(word) for _, _, word in words(_CANNOT.sub(" cannot ", text))]


LOOK_ALIKES = "not urgent:"
# A look-alike written with "+" between its parts matches wherever the parts are in the search.
ANYWHERE = "+"


@dataclass(frozen=True, slots=True)
class LookAlike:
    """Words that hold a sign's word but name something else: next to each other (``phrase``), or anywhere."""

    stems: tuple[str, ...]
    phrase: bool

    def covered(self, typed: Sequence[str], found: set[str]) -> Counter[str]:
        """How many of each typed stem this look-alike accounts for in ``typed`` (the search's stems in order;
        ``found``: those and the synonyms' stems): each occurrence of a phrase, every occurrence of an anywhere
        look-alike's words."""
        covered: Counter[str] = Counter()
        if not self.phrase:
            if set(self.stems) <= found:
                covered.update({stem: len(typed) for stem in self.stems})
            return covered
        size = len(self.stems)
        start = 0
        while start + size <= len(typed):
            if tuple(typed[start:start + size]) == self.stems:
                covered.update(self.stems)
                start += size
            else:
                start += 1
        return covered


@dataclass(frozen=True, slots=True)
class UrgentSearches:
    """The signs, each as the set of stems that must all be in a search, and the look-alikes."""

    signs: tuple[frozenset[str], ...] = ()
    look_alikes: tuple[LookAlike, ...] = ()

    @classmethod
    def parse(cls, text: str) -> UrgentSearches:
        signs: list[frozenset[str]] = []
        look_alikes: list[LookAlike] = []
        for line in text.splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if line.casefold().startswith(LOOK_ALIKES):
                for item in line[len(LOOK_ALIKES):].split(","):
                    parts = [_stems(part) for part in item.split(ANYWHERE)]
                    stems = tuple(stem for part in parts for stem in part)
                    look_alike = LookAlike(stems, phrase=len(parts) == 1)
                    if stems and len(stems) <= MAX_SIGN_WORDS and look_alike not in look_alikes:
                        look_alikes.append(look_alike)
                continue
            for item in line.split(","):
                sign = frozenset(_stems(item))
                if sign and len(sign) <= MAX_SIGN_WORDS and sign not in signs:
                    signs.append(sign)
        return cls(tuple(signs), tuple(look_alikes))

    @classmethod
    def load(cls, content_dir: Path | Sequence[Path]) -> UrgentSearches:
        """The content's signs (every guide's, for a library's folders), or none when the file is missing or
        unreadable (search still works)."""
        from kiosk.files import read_beside_content

        texts = read_beside_content(content_dir, FILE_NAME, MAX_FILE_BYTES, log, "its urgent signs")
        return cls.parse("\n".join(texts)) if texts else cls()

    def match(self, text: str, also: Iterable[str] | Mapping[str, Iterable[str]] = ()) -> frozenset[str] | None:
        """The first sign found in ``text`` that is not only look-alikes' words, or None.

        ``also``: more stems the search stands for, such as its synonyms; as a mapping, each with the typed stems
        it stands for, so a synonym of a word typed inside a look-alike ("sick" of "sick note": "vomiting") is
        inside it too."""
        typed = _stems(text)
        found = set(typed).union(also)
        signs = [sign for sign in self.signs if sign <= found]
        if not signs or not self.look_alikes:
            return signs[0] if signs else None
        covered: Counter[str] = Counter()
        for look_alike in self.look_alikes:
            covered.update(look_alike.covered(typed, found))
        counts = Counter(typed)

        def typed_inside(stem: str) -> bool:
            return covered[stem] >= counts[stem]

        def inside(stem: str) -> bool:
            """Whether every time the search says ``stem`` (or a word it stands for), that is inside a look-alike."""
            if stem in counts:
                return typed_inside(stem)
            sources = [s for s in also.get(stem, ()) if s in counts] if isinstance(also, Mapping) else []
            return bool(sources) and all(typed_inside(source) for source in sources)

        return next((sign for sign in signs if not all(inside(stem) for stem in sign)), None)
