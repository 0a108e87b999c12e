"""How page text and typed words become search terms: the same steps when the index is built and when a person types.

A word is lower-cased, its accents removed, its UK/US spelling folded into one form (see spelling.py), then
dropped if it is a little word that says nothing about a page ("the", "what", "my"), then stemmed, so that
"spreading" and "spread" are the same term. Page text is analysed by these same functions before Whoosh sees
it, so the index and the query can never disagree about what a word becomes. This module imports
Whoosh: only the search back end imports it, never ``kiosk.search`` itself.

That is English. Each guide declares its language, and its pages are analysed in it (``Analysis``): Whoosh's
stemmer for the language where there is one, folding alone where not, and no English spellings, synonyms or
little words. What a person types is analysed in the language of the guides searched: see ``search_languages``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from itertools import pairwise

from whoosh.analysis import Analyzer, Filter, RegexTokenizer, Token
from whoosh.lang.porter import stem as porter_stem

from kiosk.search.spelling import fold_spelling

# The pattern of Whoosh's default tokenizer: "x-ray" is two words, "1.5" and "her2" are one.
WORD = re.compile(r"\w+(?:\.?\w+)*")

# Whoosh's own stop words, the little words of spoken questions ("what does it mean", "can I ..."), and the
# pieces an apostrophe leaves behind ("it's" is "it" and "s"). Kept short: a word here can never be searched for.
STOP_WORDS = frozenset(
    {
        "a", "an", "and", "are", "as", "at", "be", "by", "can", "for", "from", "have", "if", "in", "is", "it",
        "may", "not", "of", "on", "or", "tbd", "that", "the", "this", "to", "us", "we", "when", "will", "with",
        "yet", "you", "your",
        "about", "am", "any", "been", "being", "but", "could", "did", "do", "does", "doing", "had", "has", "how",
        "i", "im", "into", "its", "me", "mean", "means", "meaning", "my", "myself", "our", "please", "shall",
        "should", "so", "some", "than", "then", "there", "these", "they", "those", "too", "very", "was", "were",
        "what", "whats", "which", "who", "why", "would", "d", "ll", "m", "re", "s", "t", "ve",
        # Contractions typed without the apostrophe on a phone-style keyboard ("cant" is not a typo of "want").
        "arent", "cant", "couldnt", "didnt", "doesnt", "dont", "hasnt", "havent", "isnt", "ive", "shouldnt",
        "thats", "theres", "wasnt", "werent", "wont", "wouldnt", "youre", "youve",
    }
)  # fmt: skip


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=100_000)
def fold(word: str) -> str:
    """A word as the index spells it: lower case, no accents, one spelling for UK and US English."""
    text = word.casefold()
    if not text.isascii():
        text = _strip_accents(text) or text
    return fold_spelling(text)


@lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    """The stem of a folded word ("spreading" -> "spread"), with the Porter stemmer the index uses."""
    return porter_stem(word)


def forget_typed_words() -> None:
    """Empty the word caches (``fold``, ``stem`` and the spelling they use). Searching fills them with every word
    anyone types, random ones included; emptied at each idle reset, they never hold more than one visit's words
    (a 6,000-action monkey run added 800 words to each), and the next person's words are not kept beside the last
    person's. Safe while another thread searches: a word not found is worked out again."""
    fold.cache_clear()
    stem.cache_clear()
    fold_spelling.cache_clear()
    for analysis in list(_ANALYSES.values()):
        analysis.forget()


def words(text: str) -> Iterator[tuple[int, int, str]]:
    """Each word in ``text`` as (start, end, folded word), stop words included."""
    for match in WORD.finditer(text):
        yield match.start(), match.end(), fold(match.group())


def terms(text: str) -> list[str]:
    """The index terms of a piece of text, in order: what a Phrase or Term query must use."""
    return [stem(word) for _, _, word in words(text) if word not in STOP_WORDS]


class PairFilter(Filter):
    """Turns a stream of terms into the pairs of terms side by side: "bone", "pain", "relief" becomes
    "bone pain", "pain relief". A phrase is then found by looking up its pairs, which is many times faster
    than Whoosh's position-by-position phrase matching."""

    def __call__(self, tokens: Iterable[Token]) -> Iterator[Token]:
        previous: str | None = None
        for token in tokens:
            text = token.text
            if previous is not None:
                token.text = f"{previous} {text}"
                yield token
            previous = text


def pairs(terms: Sequence[str]) -> list[str]:
    """The pair terms of a phrase, as PairFilter indexes them."""
    return [f"{first} {second}" for first, second in pairwise(terms)]


# Page text reaches Whoosh already analysed (``Analysis.indexed``: each page in its own guide's language), so the
# index's analyzers only split it at the spaces; one index can then hold guides in several languages.
_TERM = r"\S+"


def make_analyzer() -> Analyzer:
    """The Whoosh analyzer for every text field: the terms of ``Analysis.indexed``, one after another."""
    return RegexTokenizer(_TERM)


def make_pair_analyzer() -> Analyzer:
    """The analyzer for the "pairs" copy of each field: the terms, then each two neighbours joined."""
    return make_analyzer() | PairFilter()


ENGLISH = "en"


# Each language's analysis ---------------------------------------------------------------------------------------
# Arabic-script marks that are optional vowel signs, not letters: a word reads the same with or without them, and
# people rarely type them (fatha, kasra, damma, tanwin, shadda, sukun, superscript alef, and the tatweel that only
# stretches a word). Hamza (U+0654/0655) and madda are kept: in Urdu and Arabic they change the letter.
_ARABIC_OPTIONAL = frozenset(chr(c) for c in (*range(0x064B, 0x0653), 0x0656, 0x0657, *range(0x0659, 0x0660),
                                              0x0670, 0x0640))
# Urdu written with an Arabic keyboard: Arabic yeh and kaf for the Urdu letters that look the same.
_URDU_LETTERS = str.maketrans({"\u064a": "\u06cc", "\u0649": "\u06cc", "\u0643": "\u06a9"})
# Polish: ł is its own letter to Unicode, but typed as l as often as ą is typed as a.
_LATIN_LETTERS = str.maketrans({"ł": "l"})


def _is_arabic_script(c: str) -> bool:
    code = ord(c)
    return 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0x08A0 <= code <= 0x08FF


def _is_indic_script(c: str) -> bool:
    # Devanagari to Malayalam: vowel signs, virama and nukta are parts of the letters (ক্ত is not কত).
    return 0x0900 <= ord(c) <= 0x0D7F


def fold_script(word: str, language: str = "") -> str:
    """A word of any language as an index term before stemming: lower case (where the script has case), with the
    marks removed that people leave out when typing, and only those: Latin accents ("médico", "programări",
    "żółć" typed as "zolc"), Arabic-script short-vowel signs; never a Bengali, Gurmukhi or Gujarati vowel sign,
    virama or nukta, which change the word. No UK/US spelling folding: that is English only."""
    text = unicodedata.normalize("NFKC", word.casefold())
    if text.isascii():
        return text
    out = []
    for c in text:
        if _is_arabic_script(c):
            if c not in _ARABIC_OPTIONAL:
                out.append(c)
        elif _is_indic_script(c) or c.isascii():
            out.append(c)
        else:
            out.append("".join(d for d in unicodedata.normalize("NFKD", c) if not unicodedata.combining(d)))
    folded = "".join(out) or text
    folded = folded.translate(_LATIN_LETTERS)
    return folded.translate(_URDU_LETTERS) if language == "ur" else folded


class Analysis:
    """How one language's text becomes index terms: folding, little words, and Whoosh's stemmer for the language
    where it has one (Snowball for Portuguese and Romanian, ISRI for Arabic); folding only where it has none
    (Polish, Urdu, Panjabi, Bengali, Gujarati, Welsh). English is the module's own ``fold``, ``STOP_WORDS`` and
    ``stem`` (UK/US spellings, Porter), unchanged. Words are folded before they are stemmed, so a word typed
    without its accents becomes the same term as the page's accented one."""

    def __init__(self, language: str) -> None:
        from whoosh import lang

        from kiosk.languages import LANGUAGES

        self.language = language
        self.english = language == ENGLISH
        if self.english:
            self.fold, self.stem, self.stop_words, self.stemmed = fold, stem, STOP_WORDS, True
            return
        known = LANGUAGES.get(language)
        code = known.stemmer if known is not None else None
        stemmer = lang.stemmer_for_language(code) if code and lang.has_stemmer(code) else None
        little = lang.stopwords_for_language(language) if lang.has_stopwords(language) else ()
        self.fold = lru_cache(maxsize=100_000)(lambda word: fold_script(word, language))
        self.stem = lru_cache(maxsize=100_000)(stemmer or (lambda word: word))
        self.stop_words = frozenset(self.fold(word) for word in little)
        self.stemmed = stemmer is not None

    def words(self, text: str) -> Iterator[tuple[int, int, str]]:
        """Each word in ``text`` as (start, end, folded word), little words included."""
        for match in WORD.finditer(text):
            yield match.start(), match.end(), self.fold(match.group())

    def terms(self, text: str) -> list[str]:
        """The index terms of a piece of text, in order."""
        return [self.stem(word) for _, _, word in self.words(text) if word not in self.stop_words]

    def indexed(self, text: str) -> str:
        """``text`` as the index stores it: its terms, one space between each (see ``make_analyzer``)."""
        return " ".join(term for term in self.terms(text) if term)

    def forget(self) -> None:
        if not self.english:
            self.fold.cache_clear()
            self.stem.cache_clear()

    def __repr__(self) -> str:
        return f"Analysis({self.language!r})"


class PageTerms:
    """The index terms of many pages in one language, for building an index: each distinct written word is folded
    and stemmed once, however many pages use it (5,000 pages are two million words, and about 40,000 distinct ones).
    The same terms as ``Analysis.indexed`` split at its spaces, as the index's analyzer splits it. The words it has
    seen are kept in the object, not the shared caches: it goes with the build."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.folded: dict[str, str] = {}  # each written word ("Chemotherapy"), folded ("chemotherapy")
        self._terms: dict[str, str] = {}  # each written word's term: "" for a little word

    @staticmethod
    def words(text: str) -> list[str]:
        """The words of ``text`` as written, in order."""
        return WORD.findall(text)

    def terms(self, written: Sequence[str]) -> list[str]:
        """The index terms of words as written (``words``), in order."""
        known = self._terms
        found = [known.get(word) for word in written]
        if None in found:
            found = [term if term is not None else self._term(word) for word, term in zip(written, found, strict=True)]
        # Joined and split again: exactly the index's analyzer's reading of ``indexed`` (no empty terms; a term that
        # folding gave a space, as NFKD does to a few ligatures, is two).
        return " ".join(found).split()

    def _term(self, written: str) -> str:
        analysis = self.analysis
        word = self.folded.get(written)
        if word is None:
            word = self.folded[written] = analysis.fold(written)
        term = "" if word in analysis.stop_words else analysis.stem(word)
        self._terms[written] = term
        return term


_ANALYSES: dict[str, Analysis] = {}


def analysis_for(language: str) -> Analysis:
    """The analysis of a language's text (a code Whoosh has no stemmer for: folding only)."""
    found = _ANALYSES.get(language)
    if found is None:
        found = _ANALYSES.setdefault(language, Analysis(language))
    return found
