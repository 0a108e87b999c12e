"""The pages patients expected and the guide lacked (review M8): where they sit, and that none leaves a reader alone."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from kiosk.content.check import RED_FLAGS, check
from kiosk.content.model import ContentStore, Page
from kiosk.content.render import plain_text
from tests.conftest import RED_FLAG_INCLUDE, shipped_page

LIVING = "living-with-secondary-breast-cancer"
SPREAD_PAGES = ("spread-to-bone", "spread-to-lung", "spread-to-liver", "spread-to-brain", "spread-to-skin")

# Page id -> the page it must sit under (None: a top-level topic on the home screen).
NEW_PAGES: dict[str, str | None] = {
    "where-it-has-spread": None,
    **{page_id: "where-it-has-spread" for page_id in SPREAD_PAGES},
    "side-effects-and-hair-loss": "treatment",
    "driving": LIVING,
    "talking-to-children-and-family": LIVING,
    "sex-and-relationships": LIVING,
    "eating-well-and-being-active": LIVING,
    "work-money-and-benefits": LIVING,
    "planning-ahead": LIVING,
    "men-with-secondary-breast-cancer": LIVING,
    "feelings-and-crisis-support": LIVING,
    "support-online": "help-and-support",
}

# The only phone numbers a page may carry: the national lines in FACTS.md. A clinic's own number is a setting.
NATIONAL_NUMBERS = {"0808 808 00 00", "0808 800 6000", "116 123"}
_DIGIT_RUN = re.compile(r"\d+(?: \d+)*")
_RED_FLAG_WORDS = [re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.IGNORECASE) for _, pattern in RED_FLAGS]


@pytest.fixture(scope="module")
def store(shipped_store: ContentStore) -> ContentStore:
    return shipped_store


def _links_to_urgent_help(page: Page) -> bool:
    return any(link.target == "urgent-help" for link in page.links)


def _red_flag_includes(page: Page) -> list[str]:
    """The shared red-flag blocks the page file asks for (read from the file: ``body`` has them expanded)."""
    return RED_FLAG_INCLUDE.findall(page.path.read_text(encoding="utf-8"))


def _mentions_red_flag(page: Page) -> bool:
    text = plain_text(page.body)
    return bool(_red_flag_includes(page)) or any(p.search(text) for p in _RED_FLAG_WORDS)


@pytest.mark.parametrize(("page_id", "parent"), NEW_PAGES.items())
def test_new_page_loads_under_its_parent_and_is_shown(store: ContentStore, page_id: str, parent: str | None) -> None:
    page = shipped_page(store, page_id)
    assert page.parent == parent
    assert page in store.children(parent), "a hidden page would only be found by search"
    assert [str(p) for p in store.problems if p.path == page.path] == []


def test_where_it_has_spread_comes_right_after_what_it_is(store: ContentStore) -> None:
    topics = [page.id for page in store.topics()]
    assert topics[:2] == ["what-is-secondary-breast-cancer", "where-it-has-spread"]
    assert [page.id for page in store.children("where-it-has-spread")] == list(SPREAD_PAGES)


@pytest.mark.parametrize("page_id", SPREAD_PAGES)
def test_every_spread_page_links_to_urgent_help(store: ContentStore, page_id: str) -> None:
    assert _links_to_urgent_help(shipped_page(store, page_id))


@pytest.mark.parametrize("page_id", [*SPREAD_PAGES, "side-effects-and-hair-loss", "driving"])
def test_red_flags_come_from_the_shared_blocks_and_all_of_them_load(store: ContentStore, page_id: str) -> None:
    page = shipped_page(store, page_id)
    wanted = _red_flag_includes(page)
    assert wanted, f"{page_id} should give its red flags in the shared wording, not its own"
    assert set(wanted) <= set(page.blocks), f"missing blocks: {set(wanted) - set(page.blocks)}"
    assert len(wanted) == len(set(wanted)), f"{page_id} repeats a block (a merge can leave one twice): {wanted}"


@pytest.mark.parametrize("page_id", NEW_PAGES)
def test_a_new_page_that_mentions_a_red_flag_links_to_urgent_help(store: ContentStore, page_id: str) -> None:
    page = shipped_page(store, page_id)
    if _mentions_red_flag(page):
        assert _links_to_urgent_help(page), f"{page_id} names a red flag but gives no way to Urgent help"


def test_the_red_flag_pages_we_expect_are_recognised_as_such(store: ContentStore) -> None:
    # Guards the test above: if red-flag detection found nothing, that test would pass for every page.
    flagged = {page_id for page_id in NEW_PAGES if _mentions_red_flag(shipped_page(store, page_id))}
    assert {"driving", "spread-to-bone", "spread-to-brain", "side-effects-and-hair-loss"} <= flagged


@pytest.mark.parametrize("page_id", NEW_PAGES)
def test_only_national_lines_are_written_into_a_page(store: ContentStore, page_id: str) -> None:
    runs = _DIGIT_RUN.findall(plain_text(shipped_page(store, page_id).body))
    numbers = {run for run in runs if sum(ch.isdigit() for ch in run) >= 6}  # a year or "£1,000" is not a number
    assert numbers <= NATIONAL_NUMBERS, f"write the clinic's numbers as placeholders, not {numbers - NATIONAL_NUMBERS}"


def test_someone_who_feels_unsafe_meets_samaritans_before_anything_else(store: ContentStore) -> None:
    page = shipped_page(store, "feelings-and-crisis-support")
    first_section = plain_text(page.body.split("\n## ", 2)[1])
    assert page.headings[0] == "If you feel unsafe now"
    assert "Samaritans on 116 123" in first_section
    assert "24 hours" in first_section
    assert "999" in first_section


def test_driving_gives_the_legal_duty(store: ContentStore) -> None:
    text = plain_text(shipped_page(store, "driving").body)
    for fact in ("DVLA", "DVA", "Northern Ireland", "fit (seizure)", "spread to your brain", "£1,000"):
        assert fact in text
    assert shipped_page(store, "driving").id in {link.target for link in shipped_page(store, "spread-to-brain").links}


@pytest.mark.parametrize("page_id", NEW_PAGES)
def test_metadata_is_dated_and_due_within_a_year(store: ContentStore, page_id: str) -> None:
    page = shipped_page(store, page_id)
    assert page.reviewed == dt.date(2026, 12, 2)
    assert page.review_due is not None and page.review_due <= dt.date(2027, 12, 2)
    assert page.sources and page.keywords and len(page.summary) < 80


def test_every_new_page_reads_at_grade_6_or_below(store: ContentStore) -> None:
    report = check(store, today=dt.date(2026, 12, 2))
    grades = {row.page_id: row.readability.grade for row in report.figures if row.page_id in NEW_PAGES}
    assert set(grades) == set(NEW_PAGES)
    assert {page_id: grade for page_id, grade in grades.items() if grade > 6.0} == {}
    assert report.whole_guide.grade <= 5.0
