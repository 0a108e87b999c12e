"""Safety: red-flag routing does not wait for the search index (issue 18: "Red-flag routing to Urgent help stays
independent of timing"). Until the index is open (seconds, or tens of seconds on a first start with a large
library) the search screen can only say it is getting ready; ``UrgentRouting`` reads the typed words with no index,
so a search naming a sign still offers Urgent help. It must say so for every sign the guide lists and every
everyday red-flag phrasing the complete search routes, and never for a search the complete search does not route.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from kiosk.content.loader import load_content
from kiosk.search.backend import UrgentRouting
from kiosk.search.engine import SearchIndex
from kiosk.search.red_flags import FILE_NAME
from tests.conftest import SHIPPED_CONTENT
from tests.core.test_red_flag_search import NEW_RED_FLAGS, RED_FLAGS

SETS = tomllib.loads((Path(__file__).parent.parent / "data" / "everyday_queries.toml").read_text("utf-8"))
URGENT_QUERIES = SETS["urgent"]["queries"]
OTHER_QUERIES = ([case["query"] for case in SETS["topic"] + SETS["look_alike"]]
                 + SETS["not_covered"]["queries"])
STORE = load_content(SHIPPED_CONTENT)


def listed_signs() -> list[str]:
    """Every sign in the guide's urgent-searches.txt, as its authors wrote it."""
    lines = (SHIPPED_CONTENT / FILE_NAME).read_text("utf-8").splitlines()
    return [sign.strip() for line in lines if line.strip() and not line.lstrip().startswith(("#", "not urgent:"))
            for sign in line.split(",") if sign.strip()]


@pytest.fixture(scope="module")
def early() -> UrgentRouting:
    return UrgentRouting(STORE)


@pytest.fixture(scope="module")
def index(shipped_index: SearchIndex) -> SearchIndex:
    return shipped_index  # tests/conftest.py: a copy of the shipped guide's index, built once per run


def test_every_listed_sign_is_routed_before_the_index_opens(early: UrgentRouting, index: SearchIndex) -> None:
    signs = listed_signs()
    assert len(signs) >= 40
    missed = [sign for sign in signs if not early.names_a_sign(sign)]
    assert not missed, f"named signs not routed to Urgent help without the index: {missed}"
    # ... as the complete search routes them.
    assert all(index.search(sign).urgent for sign in signs)


@pytest.mark.parametrize("query", [*URGENT_QUERIES, *RED_FLAGS, *NEW_RED_FLAGS])
def test_an_everyday_red_flag_is_routed_before_the_index_opens(early: UrgentRouting, index: SearchIndex,
                                                               query: str) -> None:
    for typed in (query, query + " "):
        assert index.search(typed).urgent, typed
        assert early.names_a_sign(typed), f"{typed!r} is routed by the complete search but not before it"


def test_nothing_else_is_routed_before_the_index_opens(early: UrgentRouting, index: SearchIndex) -> None:
    """No false alarm the complete search would not raise: look-alikes ("sick note"), topics, words not covered."""
    wrong = [q for q in OTHER_QUERIES if early.names_a_sign(q) and not index.search(q).urgent]
    assert not wrong
    assert not early.names_a_sign("sick note") and not early.names_a_sign("numb feet from chemo")
    assert early.names_a_sign("numb legs from chemo")


def test_a_guide_without_a_shown_urgent_page_routes_nothing(tmp_path: Path) -> None:
    store = load_content(SHIPPED_CONTENT)
    store.pages.pop(store.guide.urgent_page)
    assert not UrgentRouting(store).names_a_sign("chest pain")
