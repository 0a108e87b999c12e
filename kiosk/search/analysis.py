"""How page text and typed words become search terms: the same steps when the index is built and when a person types.

A word is lower-cased, its accents removed, its UK/US spelling folded into one form (see spelling.py), then
dropped if it is a little word that says nothing about a page ("the", "what", "my"), then stemmed, so that
"spreading" and "spread" are the same term. Page text goes through a Whoosh analyzer built from these same
functions, so the index and the query can never disagree about what a word becomes. This module imports
Whoosh: only the search back end imports it, never ``kiosk.search`` itself.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from itertools import pairwise

from whoosh.analysis import Analyzer, Filter, RegexTokenizer, StemFilter, StopFilter, Token
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


def words(text: str) -> Iterator[tuple[int, int, str]]:
    """Each word in ``text`` as (start, end, folded word), stop words included."""
    for match in WORD.finditer(text):
        yield match.start(), match.end(), fold(match.group())


def terms(text: str) -> list[str]:
    """The index terms of a piece of text, in order: what a Phrase or Term query must use."""
    return [stem(word) for _, _, word in words(text) if word not in STOP_WORDS]


class FoldFilter(Filter):
    """Lower-cases each token, strips its accents and folds its UK/US spelling."""

    def __call__(self, tokens: Iterable[Token]) -> Iterator[Token]:
        for token in tokens:
            token.text = fold(token.text)
            yield token


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


def make_analyzer() -> Analyzer:
    """The Whoosh analyzer for every text field: the same steps as ``terms``."""
    return (
        RegexTokenizer(WORD.pattern)
        | FoldFilter()
        | StopFilter(stoplist=STOP_WORDS, minsize=1, renumber=True)
        | StemFilter(stemfn=porter_stem)
    )


def make_pair_analyzer() -> Analyzer:
    """The analyzer for the "pairs" copy of each field: the terms, then each two neighbours joined."""
    return make_analyzer() | PairFilter()
