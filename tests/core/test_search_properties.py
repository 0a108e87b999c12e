"""Property tests: thousands of random and hostile strings never make search fail, hang or emit unsafe HTML."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.content.loader import load_content
from kiosk.search.backend import open_in_memory
from kiosk.search.engine import SearchIndex, SearchResults
from tests.conftest import SHIPPED_CONTENT

QUERY_SYNTAX = [
    "AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "(", ")", "((", "))", '"', "'", ":", "*", "?", "~", "~2", "^3", "^",
    "title:", "body:", "id:", "[a TO z]", "{", "}", "[", "]", "\\", "/", "-", "+", "!", "&&", "||", "<", ">", "=",
    "<b>", "</b>", "&amp;", "%", "$", "#", "@", "\x00", "\x1b[31m", "\u200b", "\u202e", "\ufeff", "🙂", "👩🏽‍⚕️",
    "chemo", "chemoterapy", "stage", "four", "4", "x-ray", "her2", "HER2-low", "oestrogen", "estrogen", "tummy",
    "lymphodema", "bone", "pain", "can", "it", "be", "cured", "the", "radio", "therapy", "c", "ch", "che",
]  # fmt: skip

SEPARATORS = st.sampled_from([" ", "", "  ", "\t", "\n", "-", ",", ".", "?", "'", '"', ":"])
syntax_soup = st.lists(st.tuples(st.sampled_from(QUERY_SYNTAX), SEPARATORS), max_size=40).map(
    lambda parts: "".join(word + sep for word, sep in parts)
)
any_characters = st.text(st.characters(exclude_categories=()), max_size=300)  # surrogates and controls too
long_text = st.text(st.characters(exclude_categories=()), min_size=2_000, max_size=12_000)


@pytest.fixture(scope="module")
def property_index() -> Iterator[SearchIndex]:
    index = SearchIndex(open_in_memory(load_content(SHIPPED_CONTENT)))
    yield index
    index.close()


def check(index: SearchIndex, text: str, limit: int = 10) -> SearchResults:
    results = index.search(text, limit)  # its work is bounded by counts (test_search.py), not timed here
    assert isinstance(results, SearchResults)
    assert results.query == text
    assert len(results.hits) <= limit
    found = [hit.id for hit in results.hits]
    assert len(found) == len(set(found))
    scores = [hit.score for hit in results.hits]
    assert scores == sorted(scores, reverse=True)
    for hit in results.hits:
        # Only <b> and </b> may appear as tags, balanced; everything else must arrive escaped.
        assert "<" not in re.sub(r"</?b>", "", hit.snippet) and ">" not in re.sub(r"</?b>", "", hit.snippet)
        assert hit.snippet.count("<b>") == hit.snippet.count("</b>")
        assert hit.title and hit.snippet
    if results.did_you_mean is not None:
        assert results.did_you_mean.strip() and results.did_you_mean.isprintable()
    return results


SLOW_OK = settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@settings(SLOW_OK, max_examples=2000)
@given(text=any_characters)
def test_any_characters(property_index: SearchIndex, text: str) -> None:
    check(property_index, text)


@settings(SLOW_OK, max_examples=1500)
@given(text=syntax_soup, limit=st.integers(min_value=-3, max_value=30))
def test_query_syntax_is_just_text(property_index: SearchIndex, text: str, limit: int) -> None:
    check(property_index, text, max(limit, 0))


@settings(SLOW_OK, max_examples=40)
@given(text=long_text)
def test_very_long_input(property_index: SearchIndex, text: str) -> None:
    check(property_index, text)


@settings(SLOW_OK, max_examples=300)
@given(depth=st.integers(min_value=1, max_value=5000), word=st.sampled_from(["chemo", "", "a OR b", "title:x"]))
def test_nested_brackets_and_quotes(property_index: SearchIndex, depth: int, word: str) -> None:
    check(property_index, "(" * depth + word + ")" * depth)
    check(property_index, '"' * depth + word)
