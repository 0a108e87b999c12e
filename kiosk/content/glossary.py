"""The guide's medical words and their plain explanations, read from the Words explained page, and where they occur."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from kiosk.content.model import ContentStore
from kiosk.content.render import plain_text

_HEADING = re.compile(r"^##[ \t]+(.+?)[ \t#]*$")


@dataclass(frozen=True, slots=True)
class Entry:
    word: str
    explanation: str


@dataclass(frozen=True, slots=True)
class WordAt:
    """A glossary word found in a piece of text: ``text[start:end]`` is how it is written there."""

    start: int
    end: int
    word: str


class Glossary:
    """Words explained, each found in text however it is written (any case, with a plural ending)."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        self.entries: dict[str, Entry] = {}
        for entry in entries:
            self.entries.setdefault(entry.word.casefold(), entry)
        self._by_spelling = {_spelling(word): entry for word, entry in self.entries.items()}
        # Longest first, so "Spinal cord compression" is found rather than the "Spinal cord" inside it.
        words = sorted(self.entries, key=len, reverse=True)
        alternatives = "|".join(re.escape(w).replace(r"\ ", r"[\s-]+") for w in words)
        self._pattern = (re.compile(rf"(?<![\w-])(?:{alternatives})(?:e?s)?(?![\w-])", re.IGNORECASE)
                         if words else None)

    @classmethod
    def from_store(cls, store: ContentStore, local: Mapping[str, str] | None = None) -> Glossary:
        """The glossary page's ``## Word`` headings, each with the plain text under it (local details filled in).
        In a library of guides, every guide's Words explained, the first guide's entry winning a shared word."""
        entries: list[Entry] = []
        for page_id in [store.guide.glossary_page, *sorted(store.glossary_pages() - {store.guide.glossary_page})]:
            page = store.get(page_id)
            if page is not None:
                entries.extend(parse_entries(page.body, local))
        return cls(entries)

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and word.casefold() in self.entries

    def explain(self, word: str) -> Entry | None:
        return self.entries.get(word.casefold())

    def find(self, text: str, *, skip: set[str] | None = None,
             allowed: Callable[[int, int], bool] | None = None) -> list[WordAt]:
        """Each glossary word in ``text`` once: its first place not already in ``skip`` (which it joins), so a word
        is marked once a page, not in every sentence. ``allowed(start, end)`` can refuse a place (inside a link)."""
        if self._pattern is None:
            return []
        seen = skip if skip is not None else set()
        found = []
        for match in self._pattern.finditer(text):
            entry = self._entry_for(match.group(0))
            if entry is None or entry.word.casefold() in seen:
                continue
            if allowed is not None and not allowed(match.start(), match.end()):
                continue
            seen.add(entry.word.casefold())
            found.append(WordAt(match.start(), match.end(), entry.word))
        return found

    def _entry_for(self, written: str) -> Entry | None:
        key = _spelling(written)
        for candidate in (key, key.removesuffix("s"), key.removesuffix("es")):
            if candidate in self._by_spelling:
                return self._by_spelling[candidate]
        return None


def _spelling(word: str) -> str:
    """A word as the glossary compares it: any case, a space or a hyphen between its parts."""
    return re.sub(r"[\s-]+", " ", word.casefold())


def parse_entries(body: str, local: Mapping[str, str] | None = None) -> list[Entry]:
    entries: list[Entry] = []
    word: str | None = None
    lines: list[str] = []

    def finish() -> None:
        if word:
            text = plain_text("\n".join(lines), local)
            explanation = re.sub(r"\s+", " ", text).strip()
            if explanation:
                entries.append(Entry(word, explanation))

    for line in body.splitlines():
        heading = _HEADING.match(line)
        if heading:
            finish()
            word, lines = plain_text(heading.group(1)), []
        elif line.startswith("#"):
            finish()
            word, lines = None, []
        elif word:
            lines.append(line)
    finish()
    return entries
