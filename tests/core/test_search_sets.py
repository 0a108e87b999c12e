"""Held-out-style searches from tests/data/search_queries.toml: red flags put Urgent help in the top three, and
everyday topics find their page in the top three. Queries for pages not yet in the guide are skipped."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from kiosk.content.loader import load_content
from kiosk.search.engine import SearchIndex
from tests.conftest import SHIPPED_CONTENT

SETS = tomllib.loads((Path(__file__).parent.parent / "data" / "search_queries.toml").read_text("utf-8"))
TOP = 3
STORE = load_content(SHIPPED_CONTENT)


@pytest.fixture(scope="module")
def index(shipped_index: SearchIndex) -> SearchIndex:
    return shipped_index


def test_the_sets_are_big_enough() -> None:
    assert len(SETS["red_flags"]) >= 40 and len(set(SETS["red_flags"])) == len(SETS["red_flags"])
    assert len(SETS["topics"]) >= 60


@pytest.mark.parametrize("query", SETS["red_flags"])
def test_red_flag_puts_urgent_help_in_the_top_three(index: SearchIndex, query: str) -> None:
    results = index.search(query, limit=TOP)
    found = [hit.id for hit in results.hits]
    assert STORE.guide.urgent_page in found, f"{query!r} found {found}"
    assert results.urgent and results.covered


@pytest.mark.parametrize(("query", "pages"), list(SETS["topics"].items()))
def test_everyday_topic_finds_its_page(index: SearchIndex, query: str, pages: list[str]) -> None:
    present = [page for page in pages if page in STORE]
    if not present:
        pytest.skip(f"none of {pages} is in the guide yet")
    results = index.search(query, limit=TOP)
    found = [hit.id for hit in results.hits]
    assert set(found) & set(present), f"{query!r}: wanted {' or '.join(present)}, found {found}"
    assert results.covered and results.message is None
