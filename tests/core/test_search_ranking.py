"""Which page comes first for everyday questions that once ranked badly (usability finding F17 and the ranking
problems noticed in the round of 7 December): query -> the page(s) that must come first.

Each query is searched as it is being typed (the last word may be unfinished, as ``kiosk search`` does) and as a
finished question (with a trailing space), since the kiosk searches at every keystroke.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from kiosk.content.loader import load_content
from kiosk.search.backend import open_in_memory
from kiosk.search.engine import SearchIndex, SearchResults
from kiosk.search.query import is_weak
from tests.conftest import SHIPPED_CONTENT

URGENT = "urgent-help"


@dataclass(frozen=True)
class Case:
    query: str
    first: tuple[str, ...]  # one of these pages must be the first result
    not_in_top: tuple[str, ...] = ()  # none of these among the first three
    urgent: bool = False  # whether the search must be routed to Urgent help


CASES = [
    # F17: lymphoedema, in every way it is written
    Case("lymphoedema", ("lymphoedema",)),
    Case("lymphedema", ("lymphoedema",)),
    Case("lymphodema", ("lymphoedema",)),
    Case("lymph oedema", ("lymphoedema",)),
    # A swollen arm may be a clot or an infection: Urgent help first, the lymphoedema page still close
    Case("swollen arm", (URGENT,), urgent=True),
    # New chest pain is 999 (FACTS.md section 2), also in everyday words; a chest x-ray is no sign
    Case("chest pain", (URGENT,), urgent=True),
    Case("my chest hurts", (URGENT,), urgent=True),
    Case("chest x-ray", ("chest-x-ray",)),
    # F17: a lone letter names no topic
    Case("parking x", ("work-money-and-benefits",), not_in_top=("chest-x-ray", "bone-x-rays")),
    Case("x ray", ("chest-x-ray", "bone-x-rays")),
    # Bone pain: the page about cancer in the bones, never a drug or test page first; a sudden one is urgent
    Case("bone pain", ("spread-to-bone",)),
    Case("pain in my bones", ("spread-to-bone",)),
    Case("aching bones", ("spread-to-bone",)),
    Case("sore bones", ("spread-to-bone",)),
    Case("sudden bone pain", (URGENT,), urgent=True),
    Case("back pain", (URGENT,), urgent=True),
    # Outlook figures stay behind their choice on Living with (hazard log); search leads to that choice
    Case("how long will i live with it", ("living-with-secondary-breast-cancer",), not_in_top=("outlook",)),
    Case("how long have i got", ("living-with-secondary-breast-cancer",), not_in_top=("outlook",)),
    Case("prognosis", ("living-with-secondary-breast-cancer",), not_in_top=("outlook",)),
    Case("how long will i live", ("living-with-secondary-breast-cancer",), not_in_top=("outlook",)),
    # "How long" asks about time; the treatment named is the topic, and no outlook page comes with it
    Case("how long does chemo take", ("chemotherapy",), not_in_top=("living-with-secondary-breast-cancer",)),
    Case("how long does radiotherapy take", ("radiotherapy",)),
    Case("how long will i be on hormone therapy", ("hormone-therapy",),
         not_in_top=("living-with-secondary-breast-cancer",)),
    # Tiredness: the pages with a section on it, not a page that happens to say "all" and "time"
    Case("tired all the time", ("side-effects-and-hair-loss", "controlling-symptoms"),
         not_in_top=("sex-and-relationships",)),
    Case("always tired", ("side-effects-and-hair-loss", "controlling-symptoms")),
    Case("exhausted all the time", ("side-effects-and-hair-loss", "controlling-symptoms"),
         not_in_top=("sex-and-relationships",)),
    # Everyday filler words ("still", "really") are not what a page must say
    Case("can i still drive", ("driving",)),
    Case("really worried about money", ("work-money-and-benefits", "living-with-secondary-breast-cancer")),
    # A typo that is an English word
    Case("clinical trails", ("clinical-trials",)),
    # A word with many synonyms (spread: secondaries, mets, metastatic, advanced, stage 4 ...) does not outweigh the
    # other word of the question: the page about the liver, not the page that defines "secondary"
    Case("liver secondaries", ("spread-to-liver",)),
    Case("lung secondaries", ("spread-to-lung",)),
    Case("brain mets", ("spread-to-brain",)),
    Case("bone mets", ("spread-to-bone",)),
    Case("has it spread to my bones", ("spread-to-bone",)),
    Case("signs it has spread", ("symptoms",)),
]


@pytest.fixture(scope="module")
def index(shipped_index: SearchIndex) -> SearchIndex:
    return shipped_index  # on disk, as the kiosk opens it


def _as_typed(case: Case) -> list[str]:
    return [case.query, case.query + " "]


@pytest.mark.parametrize("case", CASES, ids=[case.query for case in CASES])
def test_the_right_page_comes_first(index: SearchIndex, case: Case) -> None:
    for typed in _as_typed(case):
        results = index.search(typed, limit=10)
        found = [hit.id for hit in results.hits]
        assert results.covered, f"{typed!r} said it is not covered"
        assert found and found[0] in case.first, f"{typed!r}: wanted {' or '.join(case.first)} first, got {found}"
        assert not set(found[:3]) & set(case.not_in_top), f"{typed!r}: {found[:3]}"
        assert results.urgent == case.urgent, f"{typed!r}: urgent is {results.urgent}"


def _first(results: SearchResults) -> str:
    return results.hits[0].snippet


def test_chest_pain_snippet_shows_the_chest_pain_line(index: SearchIndex) -> None:
    """F17: Urgent help came first, but its snippet showed the back-pain lines."""
    results = index.search("chest pain", limit=10)
    assert results.urgent and results.hits[0].id == URGENT
    snippet = _first(results)
    assert "<b>chest</b> <b>pain</b>" in snippet, snippet
    assert "back" not in snippet.lower(), snippet


@pytest.mark.parametrize(("typed", "shown", "not_shown"), [
    ("my chest hurts", "<b>chest</b> pain or tightness", "fit"),  # not the fits line's "is hurt"
    ("can't stop being sick", "sick", "stops you sleeping"),  # not the back-pain line's "stops"
    ("pain in my chest", "<b>chest</b> <b>pain</b>", "back"),
])
def test_urgent_help_snippet_shows_the_sign_that_was_searched(index: SearchIndex, typed: str, shown: str,
                                                              not_shown: str) -> None:
    results = index.search(typed, limit=10)
    assert results.urgent and results.hits[0].id == URGENT
    snippet = _first(results)
    assert shown in snippet and not_shown not in snippet.lower(), snippet


def test_a_lone_letter_never_makes_a_question_covered(index: SearchIndex) -> None:
    """'wifi' is not covered; a letter after it ("wifi x") must not make it look covered by the x-ray pages."""
    for typed in ("wifi", "wifi x", "wifi x "):
        results = index.search(typed, limit=10)
        assert not results.covered and not results.hits, f"{typed!r}: {[hit.id for hit in results.hits]}"


def test_weak_words_alone_still_find_pages(index: SearchIndex) -> None:
    """A search of nothing but weak words ("x") is still a search for them, not an empty one."""
    found = [hit.id for hit in index.search("x", limit=10).hits]
    assert found[:2] and set(found[:2]) <= {"chest-x-ray", "bone-x-rays"}, found


def test_a_digit_is_no_weak_letter() -> None:
    """"stage 4", "her 2": a single digit says what is asked; a single letter or a filler word does not."""
    assert not is_weak("4") and not is_weak("stage") and not is_weak("tired")
    assert is_weak("x") and is_weak("all") and is_weak("still")


def test_lymphoedema_page_carries_its_red_flag_routing() -> None:
    """The page a lymphoedema search lands on sends a fast-swelling or red, hot arm to Urgent help."""
    page = load_content(SHIPPED_CONTENT).pages["lymphoedema"]
    assert "(urgent-help)" in page.body and "swells quickly" in page.body


def test_many_ways_of_saying_one_word_do_not_outweigh_the_other_words(content: Callable[..., Path]) -> None:
    """A page that uses every synonym of "spread" once and "liver" once ranked above the page about the liver
    (each synonym found added its score); each word of a question is now scored by its best way of matching."""
    content("what-is-it", title="What is secondary cancer?",
            body="Secondary cancer has spread. Metastatic means it has spread. Advanced cancer, stage 4 cancer, "
                 "secondaries and metastases all mean it has spread. It may be in the liver.",
            keywords="secondary, secondaries, metastatic, metastases, advanced, stage 4, spread")
    root = content("liver", title="Spread to the liver", keywords="liver",
                   body="Cancer in the liver can cause pain under the ribs. Your team can treat it.")
    (root / "synonyms.txt").write_text("spread, secondary, secondaries, metastatic, metastases, advanced, stage 4\n",
                                       encoding="utf-8")
    index = SearchIndex(open_in_memory(load_content(root)))
    assert [hit.id for hit in index.search("liver secondaries").hits] == ["liver", "what-is-it"]
    # Asked about one thing, every way a page says it still counts: that page is about it.
    assert [hit.id for hit in index.search("secondaries").hits][:1] == ["what-is-it"]
