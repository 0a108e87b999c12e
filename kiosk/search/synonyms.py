"""Reads content/synonyms.txt: groups of everyday and medical words that search treats as the same.

The format is meant for content authors editing in Notepad::

    # A line starting with # is a note.
    tummy, abdomen, belly
    spread, secondary, metastatic, advanced, stage 4, stage four

Each line is one group of words or short phrases, separated by commas. Searching for any of them also finds
pages that use the others; the words the person typed still count most. A phrase matches those words next
to each other. UK and US spellings need no line: search folds them itself.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.search.analysis import STOP_WORDS, terms, words

log = logging.getLogger(__name__)
MAX_FILE_BYTES = 1_000_000  # far more than any guide's synonyms

FILE_NAME = "synonyms.txt"
# A phrase longer than this is a sentence, not a synonym; it would also make matching slower.
MAX_PHRASE_WORDS = 4


@dataclass(frozen=True, slots=True)
class SynonymTable:
    """Every group as index terms (a tuple of stems per word or phrase), looked up by any of its members."""

    groups: tuple[tuple[tuple[str, ...], ...], ...] = ()
    _by_member: dict[tuple[str, ...], tuple[int, ...]] = field(default_factory=dict, repr=False)
    longest: int = 0
    words: frozenset[str] = frozenset()  # every word in the file, folded but not stemmed, for spelling fixes

    @classmethod
    def parse(cls, text: str) -> SynonymTable:
        groups: list[tuple[tuple[str, ...], ...]] = []
        by_member: dict[tuple[str, ...], list[int]] = {}
        written: set[str] = set()
        for line in text.splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            members: list[tuple[str, ...]] = []
            for item in line.split(","):
                member = tuple(terms(item))
                # A member made only of ignored little words ("how") would match nothing useful.
                if member and len(member) <= MAX_PHRASE_WORDS and member not in members:
                    members.append(member)
            if len(members) < 2:
                continue
            written.update(word for _, _, word in words(line) if word not in STOP_WORDS and word.isalpha())
            number = len(groups)
            groups.append(tuple(members))
            for member in members:
                by_member.setdefault(member, []).append(number)
        longest = max((len(m) for m in by_member), default=0)
        return cls(tuple(groups), {m: tuple(n) for m, n in by_member.items()}, longest, frozenset(written))

    @classmethod
    def load(cls, content_dir: Path | Sequence[Path]) -> SynonymTable:
        """The content's synonyms (every guide's, for a library's folders), or none when the file is missing or
        unreadable (search still works)."""
        from kiosk.files import read_beside_content

        # Bounded like every content file: a FIFO or /dev/zero named synonyms.txt must not hang the search thread.
        texts = read_beside_content(content_dir, FILE_NAME, MAX_FILE_BYTES, log, "its synonyms")
        return cls.parse("\n".join(texts)) if texts else cls()

    def longest_match(self, stems: Sequence[str | None], start: int) -> int:
        """How many words from ``start`` make up the longest member of a group (0 when none does)."""
        for length in range(min(self.longest, len(stems) - start), 0, -1):
            candidate = stems[start:start + length]
            if None not in candidate and tuple(candidate) in self._by_member:
                return length
        return 0

    def knows(self, term: str) -> bool:
        """Whether a single word is a member of some group."""
        return (term,) in self._by_member

    def alternatives(self, member: tuple[str, ...]) -> list[tuple[str, ...]]:
        """The other members of every group ``member`` belongs to, in the order the file lists them."""
        found: list[tuple[str, ...]] = []
        for number in self._by_member.get(member, ()):
            for other in self.groups[number]:
                if other != member and other not in found:
                    found.append(other)
        return found
