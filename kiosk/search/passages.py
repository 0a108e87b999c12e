"""Cuts the short passage shown under each search result, with the words that matched in bold.

The passage is the stretch of about 30 words that matches the most of the different things asked for (a
word and its synonyms count once; a thing the page rarely mentions counts a little more), then the earliest
such stretch, as a page's opening usually answers best. It starts at the beginning of a sentence when one
is close. It is HTML-escaped, with ``<b>...</b>`` around matched words. A page's words are cut up once and
kept, so ten results do not re-read ten pages.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from kiosk.search.analysis import WORD, Analysis, analysis_for

PASSAGE_WORDS = 30
# How far back from the first matched word a passage may start to begin with its sentence.
SENTENCE_LOOKBACK = 10
_SENTENCE_END = re.compile(r"[.!?]|\n")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class PageWords:
    """A text with its words' places and index terms ("" for little words), and where sentences start."""

    text: str
    spans: tuple[tuple[int, int], ...]
    terms: tuple[str, ...]
    sentence_starts: frozenset[int]

    @classmethod
    def of(cls, text: str, analysis: Analysis | None = None) -> PageWords:
        """The words of ``text``, as terms of its language (English when not given)."""
        analysis = analysis or analysis_for("en")
        fold, stem, little = analysis.fold, analysis.stem, analysis.stop_words
        spans: list[tuple[int, int]] = []
        found: list[str] = []
        starts: set[int] = set()
        previous_end = 0
        for match in WORD.finditer(text):
            if not spans or _SENTENCE_END.search(text, previous_end, match.start()):
                starts.add(len(spans))
            word = fold(match.group())
            spans.append((match.start(), match.end()))
            found.append("" if word in little else stem(word))
            previous_end = match.end()
        return cls(text, tuple(spans), tuple(found), frozenset(starts))

    def marks(self, wanted: Mapping[tuple[str, ...], int]) -> dict[int, int]:
        """The words to show in bold, each with the concept it stands for. A phrase ("side effects") is marked
        only where its words stand together (little words between them allowed), never word by word."""
        found: dict[int, int] = {}
        terms = self.terms
        singles = {key[0]: concept for key, concept in wanted.items() if len(key) == 1}
        for index, term in enumerate(terms):
            if term in singles:
                found[index] = singles[term]
        phrases = [(key, concept) for key, concept in wanted.items() if len(key) > 1]
        if phrases:
            places = [i for i, term in enumerate(terms) if term]
            sequence = [terms[i] for i in places]
            for phrase, concept in phrases:
                size = len(phrase)
                for start, term in enumerate(sequence):
                    if term == phrase[0] and tuple(sequence[start:start + size]) == phrase:
                        for offset in range(size):
                            found.setdefault(places[start + offset], concept)
        return found


def passage(words: PageWords, wanted: Mapping[tuple[str, ...], int], size: int = PASSAGE_WORDS,
            rare_bonus: bool = True) -> str | None:
    """The best passage of about ``size`` words showing the wanted terms, or None when none of them occur.

    ``wanted`` maps each term (or phrase of terms) to the concept it stands for: "chemo" and "chemotherapy"
    are the same thing asked. Without ``rare_bonus``, a concept the page rarely mentions counts no more than
    another, so the stretch with the most matched words wins a tie.
    """
    concept_at = words.marks(wanted)
    if not concept_at:
        return None
    marks = sorted(concept_at)
    # A word the page uses once ("side effects" on the Chemotherapy page) says more than one on every line.
    per_concept = Counter(concept_at.values())
    best_start, best_score = 0, -1.0
    for mark in marks:
        start = max(0, mark - 3)
        for candidate in range(mark, max(-1, mark - SENTENCE_LOOKBACK), -1):
            if candidate in words.sentence_starts:
                start = candidate
                break
        inside = [i for i in marks if start <= i < start + size]
        concepts = {concept_at[i] for i in inside}
        score = (
            sum(100 + (50 / per_concept[c] if rare_bonus else 0) for c in concepts)
            + 5 * min(len(inside), 4)
            + (5 if start in words.sentence_starts else 0)
            - start / 40
        )
        if score > best_score:
            best_start, best_score = start, score
    end = min(best_start + size, len(words.spans)) - 1
    last_mark = max(i for i in marks if best_start <= i <= end)
    # End at a full stop when one falls in the last third of the passage, after the last marked word.
    for index in range(end, max(best_start + (2 * size) // 3, last_mark) - 1, -1):
        if index + 1 in words.sentence_starts:
            end = index
            break
    return _render(words, best_start, end, set(marks))


def _render(words: PageWords, first: int, last: int, marked: set[int]) -> str:
    text, spans = words.text, words.spans
    parts = ["…"] if first not in words.sentence_starts else []
    for index in range(first, last + 1):
        start, end = spans[index]
        if index > first:
            parts.append(_gap(text[spans[index - 1][1]:start]))
        word = html.escape(text[start:end], quote=False)
        parts.append(f"<b>{word}</b>" if index in marked else word)
    tail_end = spans[last + 1][0] if last + 1 < len(spans) else len(text)
    tail = text[spans[last][1]:tail_end]
    ends_sentence = last + 1 >= len(spans) or last + 1 in words.sentence_starts
    stop = re.match(r"[^\s\w]*", tail)
    if ends_sentence and stop and stop.group() and "\n" not in stop.group():
        parts.append(html.escape(stop.group().rstrip("(["), quote=False))
    if not ends_sentence:
        parts.append("…")
    return "".join(parts).strip()


def _gap(between: str) -> str:
    """The characters between two words, on one line: a line break between list items or after a heading
    becomes a middle dot unless punctuation already ends the line."""
    if "\n" not in between:
        return html.escape(_SPACES.sub(" ", between), quote=False)
    kept = _SPACES.sub(" ", between).strip()
    if kept and kept[-1] in ".!?:;,":
        return html.escape(kept, quote=False) + " "
    return html.escape(f"{kept} · " if kept else " · ", quote=False)


def whole(words: PageWords, wanted: Mapping[tuple[str, ...], int]) -> str:
    """All of a short text (a page summary), escaped, with any wanted terms in bold."""
    if not words.spans:
        return html.escape(words.text.strip(), quote=False)
    return _render(words, 0, len(words.spans) - 1, set(words.marks(wanted)))
