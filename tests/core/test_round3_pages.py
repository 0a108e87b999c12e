"""The pages the review of 7 December 2026 asked for (N-M4, N-M6 and its section 5): side effects of each drug
group, with their safety items in shared red-flag blocks, and the missing topics, each where a patient looks."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from kiosk.content.check import check
from kiosk.content.loader import add_months
from kiosk.content.model import ContentStore
from kiosk.content.render import plain_text
from tests.conftest import RED_FLAG_INCLUDE, shipped_page

SIDE_EFFECTS = "side-effects-of-each-drug"
LIVING = "living-with-secondary-breast-cancer"

# Page id -> the page it sits under. None of them is a Home screen topic: Home keeps its eleven big buttons.
DRUG_PAGES: dict[str, str] = {
    SIDE_EFFECTS: "treatment",
    "hormone-therapy-side-effects": SIDE_EFFECTS,
    "cdk4-6-inhibitor-side-effects": SIDE_EFFECTS,
    "bone-health-on-hormone-therapy": SIDE_EFFECTS,
    "chemotherapy-side-effects": SIDE_EFFECTS,
    "anti-her2-drug-side-effects": SIDE_EFFECTS,
    "alpelisib-and-capivasertib-side-effects": SIDE_EFFECTS,
    "parp-inhibitor-side-effects": SIDE_EFFECTS,
    "immunotherapy-side-effects": SIDE_EFFECTS,
    "bone-drug-side-effects": SIDE_EFFECTS,
    "pain-medicines": "controlling-symptoms",
}
TOPIC_PAGES: dict[str, str] = {
    "lymphoedema": LIVING,
    "fluid-on-the-lung-or-tummy": "controlling-symptoms",
    "brain-treatment-effects": "spread-to-brain",
    "travel-and-vaccines": LIVING,
    "living-with-uncertainty": LIVING,
    "carers": "help-and-support",
    "genes-and-family-risk": "causes",
    "complementary-therapies": LIVING,
    "last-weeks-of-life": "planning-ahead",
    "fertility-and-pregnancy": "sex-and-relationships",
    "returning-to-work": "work-money-and-benefits",
}
ROUND3 = {**DRUG_PAGES, **TOPIC_PAGES}
HOME_TOPICS = [
    "what-is-secondary-breast-cancer", "where-it-has-spread", "symptoms", "causes", "tests-and-diagnosis", "stage",
    "receptors", "treatment", "living-with-secondary-breast-cancer", "help-and-support", "about-this-information",
]

# The review's safety items (N-M4, N-M6) and the block that carries each one, with facts from FACTS.md section 2
# that the block must say in some words.
SAFETY: dict[str, tuple[str, tuple[str, ...]]] = {
    "hormone-therapy-side-effects": ("red-flags/tamoxifen-bleeding", (r"menopause", r"bleeding or discharge",
                                                                     r"vagina", r"blood clots")),
    "alpelisib-and-capivasertib-side-effects": ("red-flags/high-blood-sugar", (r"thirsty", r"dry mouth",
                                                                              r"pass a lot of urine",
                                                                              r"before you start and during")),
    "anti-her2-drug-side-effects": ("red-flags/heart", (r"heart scan", r"every 3 months", r"swollen ankles",
                                                       r"racing", r"uneven", r"Call 999")),
    "immunotherapy-side-effects": ("red-flags/immunotherapy", (r"at any time", r"months after", r"diarrhoea",
                                                              r"cough", r"yellow", r"rash", r"thirst",
                                                              r"alert card", r"GP", r"A&E")),
    "lymphoedema": ("red-flags/swollen-arm", (r"blood clot", r"infection", r"breathless")),
}


@pytest.fixture(scope="module")
def store(shipped_store: ContentStore) -> ContentStore:
    return shipped_store


@pytest.mark.parametrize(("page_id", "parent"), ROUND3.items())
def test_each_page_sits_where_patients_look_and_is_shown(store: ContentStore, page_id: str, parent: str) -> None:
    page = shipped_page(store, page_id)
    assert page.parent == parent
    assert page in store.children(parent), "a hidden page would only be found by search"
    assert [str(p) for p in store.problems if p.path == page.path] == []


def test_the_home_screen_keeps_its_eleven_topics(store: ContentStore) -> None:
    assert [page.id for page in store.topics()] == HOME_TOPICS


def test_every_drug_group_has_its_side_effects_page_under_one_parent(store: ContentStore) -> None:
    under = [page.id for page in store.children(SIDE_EFFECTS)]
    assert under[0] == "hormone-therapy-side-effects", "most readers take hormone therapy: it comes first"
    assert len(under) == len(set(under)) == 9
    assert len({page.order for page in store.children(SIDE_EFFECTS)}) == 9, "two pages share an order"


@pytest.mark.parametrize(("page_id", "safety"), SAFETY.items())
def test_each_safety_item_comes_from_its_shared_block(store: ContentStore, page_id: str,
                                                     safety: tuple[str, tuple[str, ...]]) -> None:
    block, facts = safety
    page = shipped_page(store, page_id)
    assert block in RED_FLAG_INCLUDE.findall(page.path.read_text(encoding="utf-8")), f"{page_id} should include {block}"
    assert block in page.blocks
    text = " ".join(plain_text(store.blocks[block].text).split())
    missing = [fact for fact in facts if not re.search(fact, text, re.IGNORECASE)]
    assert missing == [], f"{block} does not say {missing}"


def test_a_block_names_the_cancer_line_through_the_settings_never_in_its_own_words(store: ContentStore) -> None:
    for name in ("immunotherapy", "high-blood-sugar", "heart", "swollen-arm"):
        body = store.blocks[f"red-flags/{name}"].text
        assert "Call {{ cancer_line }} now, {{ cancer_line_when }}" in body, name
        assert not re.search(r"24[- ]hour|day or night", body, re.IGNORECASE), name


def test_a_new_cough_on_t_dxd_is_not_left_to_wait_1_to_2_weeks(store: ContentStore) -> None:
    page = shipped_page(store, "anti-her2-drug-side-effects")
    text = plain_text(page.body)
    assert "red-flags/side-effects" in page.blocks
    assert re.search(r"Do not wait 1 to 2 weeks", text)


@pytest.mark.parametrize("page_id", DRUG_PAGES)
def test_drug_pages_are_reviewed_every_12_months(store: ContentStore, page_id: str) -> None:
    page = shipped_page(store, page_id)
    assert page.review_months == 12, f"{page_id} needs 'review_every: 12 months'"
    assert page.reviewed == dt.date(2026, 12, 7)
    assert page.review_due is not None and page.review_due <= add_months(page.reviewed, 12)


@pytest.mark.parametrize("page_id", TOPIC_PAGES)
def test_topic_pages_are_dated_and_sourced(store: ContentStore, page_id: str) -> None:
    page = shipped_page(store, page_id)
    assert page.reviewed == dt.date(2026, 12, 7)
    assert page.review_due is not None and page.review_due <= add_months(page.reviewed, 36)
    assert page.sources and page.keywords and len(page.summary) < 80


@pytest.mark.parametrize("page_id", ROUND3)
def test_every_page_gives_a_way_to_urgent_help_or_names_no_red_flag(store: ContentStore, page_id: str) -> None:
    page = shipped_page(store, page_id)
    text = plain_text(page.body)
    names_one = re.search(r"\b(?:temperatures?|fits?|seizures?|blood clots?|(?:back|neck) pain|numbness|999)\b",
                          text, re.IGNORECASE)
    if names_one or page.blocks:
        assert any(link.target == "urgent-help" for link in page.links), f"{page_id} names a red flag"


def test_the_pages_read_at_grade_6_or_below_and_the_guide_at_5(store: ContentStore) -> None:
    report = check(store, today=dt.date(2026, 12, 7))
    grades = {row.page_id: row.readability.grade for row in report.figures if row.page_id in ROUND3}
    assert set(grades) == set(ROUND3)
    assert {page_id: grade for page_id, grade in grades.items() if grade > 6.0} == {}
    assert report.whole_guide.grade <= 5.0


def test_last_weeks_of_life_lets_the_reader_choose_not_to_read_on(store: ContentStore) -> None:
    first = plain_text(shipped_page(store, "last-weeks-of-life").body).strip().split("\n", 1)[0]
    assert "You may not want to read it now" in first
