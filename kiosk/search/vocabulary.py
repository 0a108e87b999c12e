"""Every word the pages use, for finishing a half-typed word and for correcting a misspelt one.

Words are kept folded (lower case, one UK/US spelling) and unstemmed, with the number of pages that use each
one and, where it differs, the way the pages spell it, so "Did you mean" shows "oestrogen" on a UK guide.
It is built with the index and saved beside it, and held in memory as a sorted list: finding the words that
start with "chem" is a binary search, and finding the words one or two edits from "chemoterapy" walks a
Levenshtein automaton (from Whoosh) along that list instead of comparing every word (for two edits; words
one edit away are found by trying every edit, which is faster still).
"""

from __future__ import annotations

import heapq
import json
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping

from whoosh.automata.fsa import find_all_matches
from whoosh.automata.lev import levenshtein_automaton

from kiosk.search.analysis import WORD, Analysis, analysis_for, fold

FORMAT_VERSION = 1
# Scanning the words after a one-letter prefix could mean thousands; the best of the first few thousand will do.
MAX_PREFIX_SCAN = 5000
# Edit distance is only tried on words of a sensible length: short words have too many neighbours, and an
# automaton for a 10,000-letter "word" would take seconds to build.
MIN_FUZZY_LENGTH = 4
MIN_TWO_EDIT_LENGTH = 8
MAX_FUZZY_LENGTH = 24
MAX_EDIT_LETTERS = 40


class Vocabulary:
    """The pages' words with their page counts, in sorted order."""

    def __init__(self, page_counts: dict[str, int], spellings: dict[str, str] | None = None,
                 analysis: Analysis | None = None, elsewhere: frozenset[str] = frozenset()) -> None:
        self.page_counts = page_counts
        # In a library of several languages, the words of the guides in the others: known (an English word typed
        # on a Polish kiosk is no Polish typo) but never offered as a completion or correction of a typed word.
        self.elsewhere = elsewhere
        # The language typed words are in (see analysis.search_languages): its stems and little words.
        self.analysis = analysis or analysis_for("en")
        self.spellings = spellings or {}
        self.sorted_words = sorted(page_counts)
        self._stems: frozenset[str] | None = None
        # The letters an edit may bring in: those the pages use most (a guide with a few words of another script
        # must not multiply the edits tried by thousands).
        letters = Counter(c for word in page_counts for c in word if c.isalpha())
        self._letters = "".join(sorted(c for c, _ in letters.most_common(MAX_EDIT_LETTERS)))

    @classmethod
    def from_texts(cls, pages: Iterable[Iterable[str]],
                   folds: Iterable[Callable[[str], str]] | None = None) -> Vocabulary:
        """Count words over pages, each page given as its pieces of text (title, summary, body ...), and each
        folded as its language folds words (``folds``, one a page; English when not given)."""
        counts = WordCounts()
        # Each written form is folded once per language.
        folded_by: dict[Callable[[str], str], dict[str, str]] = {}
        fold_each = iter(folds) if folds is not None else None
        for pieces in pages:
            fold_word = next(fold_each) if fold_each is not None else fold
            folded = folded_by.setdefault(fold_word, {})
            written = [word for text in pieces for word in WORD.findall(text)]
            for word in written:
                if word not in folded:
                    folded[word] = fold_word(word)
            counts.add_page(written, folded)
        return counts.vocabulary()

    def to_json(self) -> str:
        return json.dumps(
            {"version": FORMAT_VERSION, "words": self.page_counts, "spellings": self.spellings},
            ensure_ascii=False, separators=(",", ":"), sort_keys=True,
        )

    @classmethod
    def from_json(cls, text: str) -> Vocabulary:
        data = json.loads(text)
        if data.get("version") != FORMAT_VERSION:
            raise ValueError("the vocabulary was saved in another format")
        words, spellings = data["words"], data["spellings"]
        if not (isinstance(words, dict) and isinstance(spellings, dict)):
            raise ValueError("the vocabulary file is not in the expected shape")
        if not all(isinstance(k, str) and isinstance(v, int) for k, v in words.items()):
            raise ValueError("the vocabulary file has a word count that is not a number")
        return cls(words, {str(k): str(v) for k, v in spellings.items()})

    def including(self, words: Iterable[str]) -> Vocabulary:
        """This vocabulary plus words that search knows without any page using them (the synonyms' words,
        such as brand names), counted as on no page: "dexamethazone" can then be corrected to a synonym."""
        extra = {word: 0 for word in words if word not in self.page_counts}
        if not extra:
            return self
        return Vocabulary({**self.page_counts, **extra}, self.spellings, self.analysis, self.elsewhere)

    def typed_in(self, analysis: Analysis) -> Vocabulary:
        """This vocabulary for words typed in ``analysis``'s language."""
        if analysis is self.analysis:
            return self
        return Vocabulary(self.page_counts, self.spellings, analysis, self.elsewhere)

    def known_beside(self, other: Vocabulary) -> Vocabulary:
        """This vocabulary, also knowing (never offering) ``other``'s words that it lacks."""
        return Vocabulary(self.page_counts, self.spellings, self.analysis,
                          frozenset(word for word in other.page_counts if word not in self.page_counts))

    def __contains__(self, word: object) -> bool:
        return word in self.page_counts

    def __len__(self) -> int:
        return len(self.page_counts)

    @property
    def stems(self) -> frozenset[str]:
        """The stem of every word: a typed word with a known stem ("spreads") is not a typo."""
        if self._stems is None:
            self._stems = frozenset(self.analysis.stem(word) for word in self.sorted_words)
        return self._stems

    def is_known(self, word: str) -> bool:
        return word in self.page_counts or self.analysis.stem(word) in self.stems or word in self.elsewhere

    def written(self, word: str) -> str:
        """How the pages spell a folded word ("estrogen" -> "oestrogen" in a UK guide)."""
        return self.spellings.get(word, word)

    def completions(self, prefix: str, limit: int) -> list[str]:
        """The words used on most pages that start with ``prefix`` (other than the prefix itself)."""
        start = bisect_left(self.sorted_words, prefix)
        found = []
        for word in self.sorted_words[start:start + MAX_PREFIX_SCAN]:
            if not word.startswith(prefix):
                break
            if word != prefix and word not in self.analysis.stop_words:
                found.append(word)
        return heapq.nlargest(limit, found, key=lambda w: (self.page_counts[w], -len(w)))

    def corrections(self, word: str, limit: int, avoid: Collection[str] = ()) -> tuple[int, list[str]]:
        """The likeliest words the person meant, and how many edits away they are: one edit is tried first.

        "lymphodema" is one edit from "lymphedema" (the folded "lymphoedema") and two from "lymphoma", so only
        the first is offered. A swap of two letters ("pian" for "pain") counts as one edit, and so does "f" written
        for "ph" ("morfine" for "morphine"), as it sounds the same. Words in ``avoid`` are never offered.
        """
        if not MIN_FUZZY_LENGTH <= len(word) <= MAX_FUZZY_LENGTH or not word.isalpha():
            return 0, []
        found = self._one_edit(word)
        distance = 1
        if not found and len(word) >= MIN_TWO_EDIT_LENGTH:
            found = self._two_edits(word)
            distance = 2
        little = self.analysis.stop_words
        found = {w for w in found if w != word and w not in little and not w.isdigit() and w not in avoid}
        best = heapq.nlargest(limit, found, key=lambda w: (self.page_counts[w], w[:1] == word[:1], w))
        return (distance, best) if best else (0, [])

    def _one_edit(self, word: str) -> set[str]:
        # Every word one deletion, swap, change or insertion away, looked up directly: a few hundred set
        # lookups, much faster than walking an automaton in Python. The first letter stays (people rarely
        # get it wrong, and changing it turns everyday words into others: "ring" into "bring"), except by
        # swapping it with the second.
        splits = [(word[:i], word[i:]) for i in range(1, len(word) + 1)]
        letters = self._letters
        edits = {a + b[1:] for a, b in splits if b}
        edits.update(a + b[1] + b[0] + b[2:] for a, b in [("", word), *splits] if len(b) > 1)
        edits.update(a + c + b[1:] for a, b in splits if b for c in letters)
        edits.update(a + c + b for a, b in splits for c in letters)
        edits.update(word[:i] + "ph" + word[i + 1:] for i, c in enumerate(word) if c == "f")
        return {edit for edit in edits if edit in self.page_counts}

    def _two_edits(self, word: str) -> set[str]:
        # Two edits with the first letter kept: misspellings rarely change it, and it makes the automaton
        # walk only the words that start with that letter.
        words = self.sorted_words

        def first_at_or_after(text: str) -> str | None:
            index = bisect_left(words, text)
            return words[index] if index < len(words) else None

        dfa = levenshtein_automaton(word, 2, prefix=1).to_dfa()
        return set(find_all_matches(dfa, first_at_or_after))


class WordCounts:
    """The counts a vocabulary is made of, gathered page by page (an index build adds each page as it indexes it):
    how many pages use each folded word, and how often each way of writing it is used."""

    def __init__(self) -> None:
        self.page_counts: Counter[str] = Counter()
        # How often each written form is used, with the folding of the pages it is used on (one a language: "tumour"
        # is "tumor" on an English page only): the forms are put with their folded words once, at the end.
        self._written: dict[int, tuple[Mapping[str, str], Counter[str]]] = {}

    def add_page(self, written: Iterable[str], folded: Mapping[str, str]) -> None:
        """Count one page's words as written (every one, repeats included), ``folded`` giving each one's folded
        form (the same mapping for every page of a language)."""
        written = list(written)
        found = self._written.get(id(folded))
        if found is None:
            found = self._written[id(folded)] = (folded, Counter())
        found[1].update(written)
        self.page_counts.update(set(map(folded.__getitem__, set(written))))

    def vocabulary(self) -> Vocabulary:
        forms: dict[str, Counter[str]] = {}
        for folded, counts in self._written.values():
            for written, times in counts.items():
                word = folded[written]
                found = forms.get(word)
                if found is None:
                    found = forms[word] = Counter()
                found[written] += times
        spellings = {}
        for word, counts in forms.items():
            # The pages' usual spelling, preferring lower case so that a capital at a sentence start does not win.
            best = max(counts.items(), key=lambda item: (item[1] + (item[0].islower() * 0.5), item[0]))[0]
            # "Chemotherapy" at the start of a sentence is "chemotherapy"; "HER2" and "MRI" stay as written.
            shown = best.lower() if best[1:].islower() or len(best) == 1 else best
            if shown != word:
                spellings[word] = shown
        return Vocabulary(dict(self.page_counts), spellings)
