"""Rules the shipped guide keeps after its clinical review: review cycles, dated sources, reading level."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from kiosk import resources
from kiosk.content.check import check
from kiosk.content.loader import add_months, load_content
from kiosk.content.model import ContentStore

# The pages about medicines: NICE and SMC decisions on them change often, so the review asked for a yearly check.
MEDICINES_PAGES = (
    "hormone-therapy", "targeted-therapy", "her2", "triple-negative", "chemotherapy", "bone-strengthening-drugs",
    "steroids",
)
# The reading level the guide is judged by (Flesch-Kincaid grade, as `kiosk check` prints it).
PAGE_GRADE_MAX = 6.0
GUIDE_GRADE_MAX = 5.0
_YEAR = re.compile(r"\b(19|20)\d\d\b")


@pytest.fixture(scope="module")
def store() -> ContentStore:
    return load_content(resources.content_dir(), icon_dirs=[resources.icon_dir()])


@pytest.mark.parametrize("page_id", MEDICINES_PAGES)
def test_medicines_pages_are_reviewed_every_12_months(store: ContentStore, page_id: str) -> None:
    page = store.get(page_id)
    assert page is not None and page.reviewed and page.review_due
    assert page.review_months == 12, f"{page_id} needs 'review_every: 12 months'"
    assert page.review_due <= add_months(page.reviewed, 12)


def test_every_nice_or_esmo_source_gives_its_year(store: ContentStore) -> None:
    # Guidance is cited by number; without a year nobody can tell which version a page was written from.
    missing = [
        f"{page.id}: {source}" for page in store for source in page.sources
        if re.search(r"\bNICE\b|ESO-ESMO|\bABC\b", source) and not _YEAR.search(source)
    ]
    assert missing == []


def test_chemotherapy_cites_chemotherapy_sources_not_the_t_dxd_appraisal(store: ContentStore) -> None:
    chemotherapy = store.get("chemotherapy")
    assert chemotherapy is not None
    assert not any("TA704" in source for source in chemotherapy.sources)


def test_the_guide_reads_at_grade_5_and_no_page_above_grade_6(store: ContentStore) -> None:
    report = check(store, today=dt.date(2026, 12, 2))
    too_hard = {row.page_id: round(row.readability.grade, 1) for row in report.figures
                if row.readability.grade > PAGE_GRADE_MAX}
    assert too_hard == {}
    assert report.whole_guide.grade <= GUIDE_GRADE_MAX


# Runs of 10 words the review of 7 December 2026 found shared with the charity page the guide replaced.
CHARITY_RUNS = (
    "to talk you can call the macmillan support line on",
    "breast cancer can spread to different parts of the body",
)


def test_no_page_repeats_a_run_of_words_from_the_charity_page(store: ContentStore) -> None:
    from kiosk.content.render import plain_text

    def words(text: str) -> str:
        return " ".join(re.findall(r"[a-z0-9]+", text.lower()))

    found = [f"{page.id}: {run!r}" for page in store for run in CHARITY_RUNS
             if run in words(plain_text(page.body, {}))]
    assert found == []
    assert CHARITY_RUNS[1] in words("Breast cancer can spread to different parts of the body.")  # the check can fail


def test_the_driving_page_never_says_a_change_need_not_be_reported(store: ContentStore) -> None:
    """The duty to tell the DVLA covers nerve problems and medicine side effects too (FACTS.md section 7, N-M5)."""
    from kiosk.content.render import plain_text

    text = " ".join(plain_text(store.pages["driving"].body, {}).split())
    assert not re.search(r"(?:do not|don't|need not) (?:have to |need to )?tell the (?:DVLA|DVA)", text)
    duty = text[text.index("You must tell the DVLA or DVA if"):text.index("Medicines and driving")]
    for must in ("brain", "fit", "nerves", "spine", "not be fit to drive", "special controls", "medicine",
                 "against the law", "£1,000", "insurance"):
        assert must in duty, must
    assert "even one your doctor gave you" in text
