"""Everyday words against the shipped guide (tests/data/everyday_queries.toml): worried, low-literacy, misspelt and
UK everyday phrasings find the page that answers them; FACTS.md section 2 signs in everyday words put Urgent help
first; look-alikes ("sick note", numb feet from chemotherapy) do not; words the guide never uses say "not covered".

Each query is searched as it is being typed (the last word unfinished) and as a finished question (a trailing
space), since the kiosk searches at every keystroke. No Qt: the index is the shipped guide's, opened on disk.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from kiosk.content.loader import load_content
from kiosk.search.engine import SearchIndex
from kiosk.search.red_flags import UrgentSearches
from kiosk.search.results import NOT_COVERED
from tests.conftest import SHIPPED_CONTENT

SETS = tomllib.loads((Path(__file__).parent.parent / "data" / "everyday_queries.toml").read_text("utf-8"))
STORE = load_content(SHIPPED_CONTENT)
URGENT = STORE.guide.urgent_page
TOPICS = SETS["topic"]
LOOK_ALIKES = SETS["look_alike"]
URGENT_QUERIES = SETS["urgent"]["queries"]
NOT_COVERED_QUERIES = SETS["not_covered"]["queries"]


@pytest.fixture(scope="module")
def index(shipped_index: SearchIndex) -> SearchIndex:
    return shipped_index


def _as_typed(query: str) -> list[str]:
    return [query, query + " "]


def test_the_sets_are_big_and_name_real_pages_and_sections() -> None:
    assert len(TOPICS) + len(LOOK_ALIKES) >= 60 and len(URGENT_QUERIES) >= 60
    queries = [case["query"] for case in TOPICS + LOOK_ALIKES] + URGENT_QUERIES + NOT_COVERED_QUERIES
    assert len(queries) == len(set(queries)), "a query is listed twice"
    for case in TOPICS + LOOK_ALIKES:
        missing = [page for page in case["pages"] if page not in STORE]
        assert not missing, f"{case['query']!r} names pages the guide does not have: {missing}"
        if "section" in case:
            headings = [heading.lstrip("#").strip() for heading in STORE.pages[case["pages"][0]].headings]
            assert any(h.startswith(case["section"]) for h in headings), f"{case['query']!r}: {case['section']!r}"


@pytest.mark.parametrize("case", TOPICS, ids=[case["query"] for case in TOPICS])
def test_an_everyday_phrasing_finds_its_page(index: SearchIndex, case: dict) -> None:
    within = case.get("within", 1)
    for typed in _as_typed(case["query"]):
        results = index.search(typed, limit=10)
        found = [hit.id for hit in results.hits]
        assert results.covered, f"{typed!r} said it is not covered"
        assert set(found[:within]) & set(case["pages"]), (
            f"{typed!r}: wanted {' or '.join(case['pages'])} in the first {within}, got {found[:3]}")


@pytest.mark.parametrize("case", LOOK_ALIKES, ids=[case["query"] for case in LOOK_ALIKES])
def test_a_look_alike_is_not_sent_to_urgent_help(index: SearchIndex, case: dict) -> None:
    for typed in _as_typed(case["query"]):
        results = index.search(typed, limit=10)
        found = [hit.id for hit in results.hits]
        assert not results.urgent and found[:1] != [URGENT], f"{typed!r} was sent to Urgent help: {found[:3]}"
        assert found[:1] and found[0] in case["pages"], f"{typed!r}: wanted {case['pages']}, got {found[:3]}"


@pytest.mark.parametrize("query", URGENT_QUERIES)
def test_a_red_flag_in_everyday_words_puts_urgent_help_first(index: SearchIndex, query: str) -> None:
    for typed in _as_typed(query):
        results = index.search(typed, limit=10)
        found = [hit.id for hit in results.hits]
        assert results.urgent and results.covered and found[:1] == [URGENT], f"{typed!r}: {found[:3]}"


@pytest.mark.parametrize("query", NOT_COVERED_QUERIES)
def test_words_the_guide_never_uses_say_not_covered(index: SearchIndex, query: str) -> None:
    results = index.search(query + " ", limit=10)
    assert (results.hits, results.covered, results.message, results.urgent) == ((), False, NOT_COVERED, False)


# The look-alike rules themselves, on a small signs file


SIGNS = """fit, being sick, vomiting, numbness, numb legs, back pain
not urgent: sick note, keep fit
not urgent: numb + chemo
"""


@pytest.mark.parametrize(("text", "urgent"), [
    ("numb feet from chemo", False),  # the cause FACTS.md names: a side effect to tell the team about
    ("chemo has made my hands numb", False),  # the parts of a "+" look-alike in any order
    ("numb legs from chemo", True),  # "legs" is in no look-alike: numb legs is its own sign
    ("back pain and numb feet on chemo", True),
    ("keep fit", False),
    ("keep fit after a fit", True),  # the second "fit" is outside the look-alike
    ("fit keep", True),  # a plain look-alike is its words next to each other, in order
    ("sick note", False),
    ("being sick, I need a sick note", True),
])
def test_a_sign_counts_unless_each_of_its_words_is_inside_a_look_alike(text: str, urgent: bool) -> None:
    signs = UrgentSearches.parse(SIGNS)
    assert len(signs.look_alikes) == 3
    assert (signs.match(text) is not None) is urgent, text


def test_a_synonym_of_a_word_inside_a_look_alike_is_inside_it_too() -> None:
    """"sick" stands for "vomiting" (synonyms.txt): typed inside "sick note", that is no sign either."""
    signs = UrgentSearches.parse(SIGNS)
    assert signs.match("sick note", {"vomit": {"sick"}}) is None
    assert signs.match("sick note", {"vomit": {"sick"}, "sick": {"sick"}}) is None
    # Without knowing what it stands for, a synonym that is a sign still counts.
    assert signs.match("sick note", {"vomit"}) is not None
