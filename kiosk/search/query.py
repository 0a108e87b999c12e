"""Turns what a person typed into a Whoosh query, built term by term in code: typed text never meets a parser.

Each word the person typed becomes a "concept": the word itself, and the words it may stand for, any of which
may match. A concept can be:

- the word's own stem, searched in every field with the field boosts (title above keywords above headings
  above summary above body), as Whoosh's MultifieldParser would with ``fieldboosts``;
- the other members of its synonym groups, a little weaker ("tummy" also finds "abdomen");
- for a word the pages never use, the words one edit away, or two when there are none at one ("chemoterapy");
- for the last word while it is still being typed, the commonest words that start with it ("chem").

Pages must match every concept (in a big library, a word on most pages only adds to the score); when too
few do, pages matching some of them follow. A phrase ("stage four", a synonym of "spread") is found in the
short fields by pairs of neighbouring terms and in the body by word positions.

Every "or" is Whoosh's DefaultOr (a tree of union matchers), or ``BestOf`` (the same tree, scoring a page by a
concept's best way of matching it) for the ways one word of a question of several words can match. The automatic
choice for a small index is an array-based matcher that clears a 2,048-slot array per clause, which made a search
on 40 pages take 10 ms.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from whoosh import query as wq
from whoosh.matching import Matcher, UnionMatcher
from whoosh.query.compound import CompoundQuery, DefaultOr
from whoosh.reading import IndexReader
from whoosh.searching import Searcher

from kiosk.search.analysis import WORD, Analysis, analysis_for, pairs, stem
from kiosk.search.synonyms import SynonymTable
from kiosk.search.vocabulary import Vocabulary
from kiosk.search.words import DISTRESSING, MIN_DISTRESSING_PREFIX

# Query-time field boosts: schema boosts alone do not put title matches first under BM25F.
FIELD_BOOSTS: dict[str, float] = {"title": 6.0, "keywords": 3.0, "headings": 2.5, "summary": 2.0, "body": 1.0}
# How each field finds a phrase: short fields by pairs of neighbouring terms, the body by word positions.
FIELDS = tuple(FIELD_BOOSTS)
PAIR_FIELDS = SHORT_FIELDS = ("title", "keywords", "headings", "summary")
POSITION_FIELDS = ("body",)
# How much a word counts that the person did not type themselves.
SYNONYM_WEIGHT = 0.7
COMPLETION_WEIGHT = 0.6
KNOWN_WORD_COMPLETION_WEIGHT = 0.3
ONE_EDIT_WEIGHT = 0.8
# How much the other ways a concept matches a page add to its best one (its own word, a synonym, a correction).
OTHER_WAYS_SHARE = 0.35
TWO_EDIT_WEIGHT = 0.6
# Bounds that keep every query small and fast, whatever is pasted into the box.
MAX_CHARS = 300
MAX_WORDS = 10
MAX_COMPLETIONS = 12
MAX_CORRECTIONS = 3
MAX_FUZZY_WORDS = 4
MIN_COMPLETION_LENGTH = 2
# A phrase in the body is checked word by word only when one of its words is on at most this many pages.
MAX_PHRASE_PAGES = 200
# In a library of at least this many pages, a word in the body of more than this share of them is "common".
BIG_LIBRARY_PAGES = 1000
COMMON_SHARE = 0.2
# A word on at most this share of the pages says what a question is about ("wig", "driving"); a word on more
# of them ("tell", "cancer") does not, on its own.
SPECIFIC_SHARE = 0.2
TOPIC_FIELDS = ("title", "keywords")  # where a page says what it is about (a heading may be "the best ...")
# Words of everyday speech that say little about what is asked ("tired all the time", "can I still drive",
# "parking x"): a page need not use them to answer, they only add to its score, and on their own they bring in
# no page beside the pages the other words find. Not stop words: the index keeps them, a phrase of the
# synonyms may hold them ("time off work", "get pregnant"), and a search of nothing else still finds them.
# A single letter ("x" of "x-ray", the "d" of "vitamin d") is as weak; a single digit ("stage 4") is not.
WEAK_WORDS = frozenset(
    {
        "all", "always", "still", "really", "just", "quite", "lot", "lots", "much", "many", "ever", "every",
        "get", "gets", "getting", "got", "thing", "things", "something", "anything", "time", "times", "take",
        "takes", "long", "know", "want", "need", "like", "ok", "okay", "right", "sure", "bit", "little",
    }
)  # fmt: skip


@dataclass(slots=True)
class Alternative:
    """One way a concept can match: a single term, or a phrase of terms next to each other."""

    terms: tuple[str, ...]
    weight: float
    marked: bool = True  # whether its words are shown in bold in passages
    guessed: bool = False  # a completion of a half-typed word: maybe not what the person is typing



@dataclass(slots=True)
class Concept:
    alternatives: list[Alternative] = field(default_factory=list)
    # The words typed for it that are real words (in the guide, the synonyms or the English list): when no page
    # matches such a concept, the guide does not cover what was asked. Gibberish is only noise.
    real_words: list[str] = field(default_factory=list)
    # A weak word (WEAK_WORDS, a single letter): pages need not match it, and it never decides "not covered".
    optional: bool = False

    def add(self, terms: tuple[str, ...], weight: float, marked: bool = True, guessed: bool = False) -> None:
        for existing in self.alternatives:
            if existing.terms == terms:
                existing.weight = max(existing.weight, weight)
                existing.marked = existing.marked or marked
                existing.guessed = existing.guessed and guessed
                return
        self.alternatives.append(Alternative(terms, weight, marked, guessed))


@dataclass(slots=True)
class TypedWord:
    start: int
    end: int
    word: str  # folded
    unfinished: bool
    term: str | None = None  # the stem it stands for: its own, or its correction's
    split: tuple[str, ...] = ()  # the two typed words when they were joined into one
    concept: Concept = field(default_factory=Concept)
    correction: str | None = None  # the pages' spelling of the likeliest intended word
    real: bool = False  # a word the guide, the synonyms or the English word list know


@dataclass(slots=True)
class Plan:
    """What to search for, what to mark in passages, and the corrected query to offer."""

    concepts: list[Concept]
    marked: dict[tuple[str, ...], int]  # each term or phrase to show in bold, with the concept it stands for
    suggestion: str | None
    phrase: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.concepts


def clean(text: str) -> str:
    """The typed text cut to a sensible length, with invisible control characters removed."""
    text = text[:MAX_CHARS]
    return "".join(c for c in text if c in "\t\n" or unicodedata.category(c)[0] != "C")


def plan(text: str, vocabulary: Vocabulary, synonyms: SynonymTable, english: Collection[str] = frozenset(),
         analyses: Sequence[Analysis] = ()) -> Plan:
    """What to search for, given the (cleaned) text a person typed. A word in ``english`` (a real word the
    guide does not use) is never corrected: it is what the person meant.

    ``analyses``: the languages of the guides searched, the one typed in first (English when none are given; see
    ``analysis.search_languages``). Words are read, completed and corrected in the first; each other one adds its
    own term for the word, so a library's pages in that language match it too. The synonyms and the English word
    list are English: they are used only when the first language is English."""
    analyses = tuple(analyses) or (analysis_for("en"),)
    first, others = analyses[0], analyses[1:]
    vocabulary = vocabulary.typed_in(first)
    stem, little = first.stem, first.stop_words
    if not first.english:
        synonyms, english = SynonymTable(), frozenset()
    typed = _join_split_words(_typed_words(text, first), vocabulary)
    fuzzy_budget = MAX_FUZZY_WORDS
    for word in typed:
        if word.word in little:
            # Only the half-typed "can" of "cancer" reaches here: offer its completions, nothing else.
            for completion in _completions(word.word, vocabulary):
                word.concept.add((stem(completion),), COMPLETION_WEIGHT, guessed=True)
            continue
        own = stem(word.word)
        if not (len(word.word) < MIN_DISTRESSING_PREFIX and own in _distressing_stems()
                and word.word not in DISTRESSING):
            # (The index holds "dying" as "dy": the first letters of "dyslexia" must not find it.)
            word.concept.add((own,), 1.0)
        for other in others:
            # The same word as another of the library's languages reads it (an English word typed in Polish).
            folded = other.fold(word.word if word.split else text[word.start:word.end])
            if folded not in other.stop_words:
                word.concept.add((other.stem(folded),), 1.0)
        if word.split:
            # "radio therapy" written apart also matches, but "therapy" alone is not what was asked for.
            word.concept.add(tuple(stem(part) for part in word.split), 1.0, marked=False)
        # A word the pages never use is still no typo when the synonyms know it ("tummy" for "abdomen"), nor
        # when it is an English word ("diet" is not a misspelt "die", "kids" not a misspelt "kinds").
        known = vocabulary.is_known(word.word) or synonyms.knows(own)
        completions: list[str] = []
        if word.unfinished and len(word.word) >= MIN_COMPLETION_LENGTH:
            completions = _completions(word.word, vocabulary)
            # A whole word that finds pages itself ("wee") is more likely finished than the start of "weeks".
            weight = KNOWN_WORD_COMPLETION_WEIGHT if known else COMPLETION_WEIGHT
            for completion in completions:
                word.concept.add((stem(completion),), weight, guessed=True)
        word.real = known or word.word in english
        if known or completions or word.real:
            word.term = own
        elif fuzzy_budget > 0:
            fuzzy_budget -= 1
            distance, corrections = vocabulary.corrections(word.word, MAX_CORRECTIONS, avoid=DISTRESSING)
            weight = ONE_EDIT_WEIGHT if distance == 1 else TWO_EDIT_WEIGHT
            for rank, correction in enumerate(corrections):
                # The likeliest correction counts most; the others are there in case it is wrong.
                word.concept.add((stem(correction),), weight * (1.0 if rank == 0 else 0.75))
            if corrections:
                word.term = stem(corrections[0])
                word.correction = vocabulary.written(corrections[0])

    concepts = _expand(typed, synonyms)
    marked = {a.terms: n for n, c in reversed(list(enumerate(concepts))) for a in c.alternatives if a.marked}
    phrase = tuple(w.term for w in typed if w.term) if len(concepts) > 1 else ()
    return Plan(concepts, marked, _suggestion(text, typed), phrase if len(phrase) > 1 else ())


@lru_cache(maxsize=1)
def _distressing_stems() -> frozenset[str]:
    return frozenset(stem(word) for word in DISTRESSING)


def _completions(prefix: str, vocabulary: Vocabulary) -> list[str]:
    """Words that may finish ``prefix``, also when it is the start of a UK spelling that the index folds:
    "tumou" is on the way to "tumour" (folded: tumor), "lymphoe" to "lymphoedema" (lymphedema)."""
    found = vocabulary.completions(prefix, MAX_COMPLETIONS)
    for uk, folded in (("ou", "o"), ("oe", "e"), ("ae", "e")):
        if uk in prefix:
            found += vocabulary.completions(prefix.replace(uk, folded), MAX_COMPLETIONS)
    if len(prefix) < MIN_DISTRESSING_PREFIX:
        # "di" is not yet "die", nor "de" "death": a few letters must not bring up end-of-life passages.
        found = [word for word in found if word not in DISTRESSING]
    return list(dict.fromkeys(found))[:MAX_COMPLETIONS]


def _typed_words(text: str, analysis: Analysis) -> list[TypedWord]:
    found: list[TypedWord] = []
    matches = list(WORD.finditer(text))
    for number, match in enumerate(matches):
        word = analysis.fold(match.group())
        last = number == len(matches) - 1
        unfinished = last and match.end() == len(text)
        if word in analysis.stop_words and not (unfinished and len(word) >= 3):
            continue
        found.append(TypedWord(match.start(), match.end(), word, unfinished))
        if len(found) >= MAX_WORDS:
            break
    return found


def _join_split_words(typed: list[TypedWord], vocabulary: Vocabulary) -> list[TypedWord]:
    """Two typed words that the pages write as one ("radio therapy") become that one word."""
    joined: list[TypedWord] = []
    index = 0
    while index < len(typed):
        first = typed[index]
        if index + 1 < len(typed):
            second = typed[index + 1]
            together = first.word + second.word
            little = vocabulary.analysis.stop_words
            if together in vocabulary and first.word not in little and second.word not in little:
                joined.append(
                    TypedWord(first.start, second.end, together, second.unfinished, split=(first.word, second.word))
                )
                index += 2
                continue
        joined.append(first)
        index += 1
    return joined


def _expand(typed: list[TypedWord], synonyms: SynonymTable) -> list[Concept]:
    """Add each word's synonyms, matching the longest synonym phrase first ("stage four" before "stage")."""
    concepts: list[Concept] = []
    terms = [w.term for w in typed]
    index = 0
    while index < len(typed):
        length = synonyms.longest_match(terms, index)
        if not length:
            typed[index].concept.real_words = [typed[index].word] if typed[index].real else []
            typed[index].concept.optional = is_weak(typed[index].word)
            concepts.append(typed[index].concept)
            index += 1
            continue
        member = tuple(t for t in terms[index:index + length] if t)
        concept = typed[index].concept if length == 1 else Concept([Alternative(member, 1.0)])
        concept.real_words = [w.word for w in typed[index:index + length] if w.real]
        concept.optional = length == 1 and is_weak(typed[index].word)
        for other in synonyms.alternatives(member):
            concept.add(other, SYNONYM_WEIGHT)
        concepts.append(concept)
        index += length
    return [c for c in concepts if c.alternatives]


def is_weak(word: str) -> bool:
    """Whether a typed (folded) word says too little to be required of a page: see WEAK_WORDS."""
    return word in WEAK_WORDS or (len(word) == 1 and not word.isdigit())


def _suggestion(text: str, typed: list[TypedWord]) -> str | None:
    corrected = [w for w in typed if w.correction]
    if not corrected:
        return None
    parts, position = [], 0
    for word in corrected:
        parts += [text[position:word.start], word.correction or ""]
        position = word.end
    parts.append(text[position:])
    return " ".join("".join(parts).split())


def pair_field(name: str) -> str:
    """The field holding the pairs of neighbouring terms of field ``name``."""
    return name + "_pairs"


class TermPresence:
    """How many pages hold a term in a field, remembered: a Term for a term no page has is left out of the
    query, and a phrase of common words is not checked word position by word position."""

    LIMIT = 50_000

    def __init__(self, reader: IndexReader) -> None:
        self._reader = reader
        self._pages: dict[tuple[str, str], int] = {}
        count = self.doc_count = reader.doc_count()
        self.common_pages = max(int(count * COMMON_SHARE), 1) if count >= BIG_LIBRARY_PAGES else None

    def pages(self, field_name: str, term: str) -> int:
        key = (field_name, term)
        count = self._pages.get(key)
        if count is None:
            if len(self._pages) >= self.LIMIT:
                self._pages.clear()
            count = self._pages[key] = self._reader.doc_frequency(field_name, term)
        return count

    def __call__(self, field_name: str, term: str) -> bool:
        return self.pages(field_name, term) > 0

    def forget(self) -> None:
        """Drop the counts looked up so far (most are for words someone typed); they are looked up again."""
        self._pages = {}  # a new dict, not clear(): a search on another thread keeps a whole one

    def is_common(self, concept: Concept) -> bool:
        """Whether, in a big library, some way the concept matches is in the body of most pages."""
        if self.common_pages is None:
            return False
        return any(
            min(self.pages("body", term) for term in alternative.terms) > self.common_pages
            for alternative in concept.alternatives
        )


def _subqueries(alternative: Alternative, has: TermPresence, bonus: bool = False,
                fields: Sequence[str] = FIELDS) -> Iterator[wq.Query]:
    """The queries for one alternative in each field that can match it (``bonus``: only where it is cheap)."""
    terms = alternative.terms
    for name in fields:
        weight = FIELD_BOOSTS[name] * alternative.weight
        if len(terms) == 1:
            if has(name, terms[0]):
                yield wq.Term(name, terms[0], boost=weight)
            continue
        if name in POSITION_FIELDS:
            rarest = min(has.pages(name, term) for term in terms)
            if rarest == 0:
                continue
            if rarest <= MAX_PHRASE_PAGES:
                yield wq.Phrase(name, list(terms), boost=weight)
            elif not bonus:
                # Whoosh checks a phrase's word positions in every page holding all its words, in Python: for
                # words that thousands of pages use, all of the words, anywhere in the body, will have to do.
                yield wq.And([wq.Term(name, term) for term in terms], boost=weight)
            continue
        field_name = pair_field(name)
        wanted = pairs(terms)
        if all(has(field_name, pair) for pair in wanted):
            # "a b c" is there when "a b" and "b c" both are: near enough to the phrase, and far faster.
            yield wq.Term(field_name, wanted[0], boost=weight) if len(wanted) == 1 else wq.And(
                [wq.Term(field_name, pair) for pair in wanted], boost=weight
            )


class _BestOfMatcher(UnionMatcher):
    """A page matching both sides scores the better one and a little of the other (a union adds them)."""

    def score(self) -> float:
        a, b = self.a, self.b
        if not a.is_active():
            return b.score()
        if not b.is_active():
            return a.score()
        if a.id() != b.id():
            return (a if a.id() < b.id() else b).score()
        first, second = a.score(), b.score()
        return max(first, second) + OTHER_WAYS_SHARE * min(first, second)


class BestOf(CompoundQuery):
    """Pages matching any of the ways one concept can match, each scored by its best way and a little of the others.

    Summed instead, a word with many synonyms (spread: secondary, metastatic, advanced, stage 4 ...) outweighed every
    other word of a question on a page that uses many of them: "liver secondaries" found the page defining
    "secondary" before the page about the liver. (Whoosh's own DisjunctionMax scores a page by another page's match
    when the two sides are on different pages.) Its quality bounds are the union's sums: higher, so still safe."""

    def _matcher(self, subs: list[wq.Query], searcher: Searcher, context: object) -> Matcher:
        return self._tree_matcher(subs, _BestOfMatcher, searcher, context, None)


def _concept_query(concept: Concept, has: TermPresence, fields: Sequence[str] = FIELDS,
                   best_of: bool = False) -> wq.Query | None:
    """Pages matching the concept in any way; ``best_of``: scored by its best way (see ``BestOf``), else by all."""
    if not best_of:
        subqueries = [q for alternative in concept.alternatives for q in _subqueries(alternative, has, fields=fields)]
        if not subqueries:
            return None
        return subqueries[0] if len(subqueries) == 1 else DefaultOr(subqueries)
    ways = []
    for alternative in concept.alternatives:
        subqueries = list(_subqueries(alternative, has, fields=fields))
        if subqueries:
            ways.append(subqueries[0] if len(subqueries) == 1 else DefaultOr(subqueries))
    if not ways:
        return None
    return ways[0] if len(ways) == 1 else BestOf(ways)


def _balanced(plan: Plan) -> bool:
    """Whether a question asks about several things, so that no one of them may outweigh the others by the number
    of ways a page says it. Asked about one thing, every way a page says it shows the page is about it ("bone
    pain": the page that also says aching, sore and painful bones)."""
    return sum(1 for concept in plan.concepts if not concept.optional) > 1


ConceptQueries = Sequence[wq.Query | None]  # one a concept of a plan, in its order; None: no page can match it


def each_concept_query(plan: Plan, has: TermPresence) -> list[wq.Query | None]:
    """Each concept's query, built once for everything one search asks of them (which words are unanswered,
    all of the words, some of them): building them looks every synonym, completion and correction up."""
    balanced = _balanced(plan)
    return [_concept_query(concept, has, FIELDS, balanced) for concept in plan.concepts]


def unanswered_words(plan: Plan, has: TermPresence, each: ConceptQueries | None = None) -> list[str]:
    """The real words typed (not gibberish) that no page matches, even through synonyms, completions or
    corrections: "parking", or "diet" in a guide that never mentions it. The guide does not cover them."""
    each = each_concept_query(plan, has) if each is None else each
    return [word for concept, query in zip(plan.concepts, each, strict=True)
            if concept.real_words and query is None and not concept.optional
            for word in concept.real_words]


def has_specific_match(plan: Plan, has: TermPresence) -> bool:
    """Whether some concept names what a page is about: a word or phrase in a page's title or keywords
    that few pages use (at most SPECIFIC_SHARE of them). Then the question is one the guide covers, even if
    another of its words is on no page ("wig shop": no page says "shop", but one is about wigs). Words that
    are only in passing in a few bodies ("best", "hotel") or on many pages ("tell", "cancer") are no such answer."""
    limit = max(1, int(has.doc_count * SPECIFIC_SHARE))
    for concept in plan.concepts:
        if concept.optional:  # the "x" of "parking x" names no topic
            continue
        for alternative in concept.alternatives:
            if alternative.guessed:
                continue
            if len(alternative.terms) > 1:
                if any(True for _ in _subqueries(alternative, has, fields=TOPIC_FIELDS)):
                    return True
                continue
            term = alternative.terms[0]
            if any(has(name, term) for name in TOPIC_FIELDS) and max(has.pages(n, term) for n in FIELDS) <= limit:
                return True
    return False


def concept_queries(plan: Plan, has: TermPresence, each: ConceptQueries | None = None) -> list[wq.Query]:
    """One query per concept that some page can match; a concept no page can match is dropped, as it could
    only turn "all of the words" into "none"."""
    return [q for q in (each_concept_query(plan, has) if each is None else each) if q is not None]


def all_of(plan: Plan, has: TermPresence, each: ConceptQueries | None = None) -> wq.Query | None:
    """Pages matching every concept, ranked higher when the typed words stand together as a phrase.

    In a big library, a word on most pages ("cancer" in a cancer library) is not required, only counted:
    requiring it changes little but makes Whoosh score thousands of pages in Python. When every word is that
    common, they are looked for in titles, headings, keywords and summaries only.
    """
    each = each_concept_query(plan, has) if each is None else each
    parts = [(concept, query) for concept, query in zip(plan.concepts, each, strict=True) if query is not None]
    if not parts:
        return None
    # Weak words ("all", "still", a lone letter) only add to the score, unless nothing else was asked.
    required = [(concept, query) for concept, query in parts if not concept.optional] or parts
    weak = [query for concept, query in parts if concept.optional and len(required) < len(parts)]
    rare = [query for concept, query in required if not has.is_common(concept)]
    common = [query for concept, query in required if has.is_common(concept)]
    if rare:
        query = _all(rare)
        if common or weak:
            query = wq.AndMaybe(query, _any(common + weak))
    else:
        short = [_concept_query(concept, has, SHORT_FIELDS, _balanced(plan)) for concept, _ in required]
        query = _all([q for q in short if q is not None]) if all(short) else _all(common)
        if weak:
            query = wq.AndMaybe(query, _any(weak))
    together = list(_subqueries(Alternative(plan.phrase, 1.0), has, bonus=True)) if plan.phrase else []
    if together:
        query = wq.AndMaybe(query, _any(together))
    return query


def any_of(plan: Plan, has: TermPresence, each: ConceptQueries | None = None) -> wq.Query | None:
    """Pages matching some of the concepts: each concept adds to the score, so more of them rank higher.

    (Whoosh's coordination ``scale`` counts terms, not concepts, so a word with many synonyms would swamp it.)
    """
    each = each_concept_query(plan, has) if each is None else each
    parts = [(concept, query) for concept, query in zip(plan.concepts, each, strict=True) if query is not None]
    # A weak word brings in no page of its own: "parking x" is not a question about x-rays.
    queries = [query for concept, query in parts if not concept.optional] or [query for _, query in parts]
    return DefaultOr(queries) if len(queries) > 1 else None


def _all(queries: list[wq.Query]) -> wq.Query:
    return queries[0] if len(queries) == 1 else wq.And(queries)


def _any(queries: list[wq.Query]) -> wq.Query:
    return queries[0] if len(queries) == 1 else DefaultOr(queries)
