"""Tests for the content checker (``kiosk check``): each kind of error and warning, in deliberately broken content."""

from __future__ import annotations

import datetime as dt
import io
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.content.check import Report, check, load_medical_words, run
from kiosk.content.loader import load_content
from kiosk.content.model import Problem, Severity

TODAY = dt.date(2026, 12, 1)
ICONS = ("info", "tests", "biopsy", "urgent", "glossary")

GUIDE = 'title = "Test guide"\nurgent_page = "urgent-help"\nglossary_page = "words-explained"\n'

MEDICAL_WORDS = """\
# One medical word a line: the Words explained heading first, then other forms.
Biopsy, biopsies
Metastasis, metastases, metastatic
# Oncologist, oncologists   (commented out: must not be checked)
"""

PAGES: dict[str, tuple[dict[str, str], str]] = {
    "about": (
        {"title": "About", "summary": "Who wrote this guide.", "order": "1", "icon": "info"},
        "We wrote this guide with people who have been through it.\n\n"
        "## Who checks it?\n\nA nurse reads every page each year.\n\n"
        "![A nurse at a desk](nurse.png)\n",
    ),
    "tests": (
        {"title": "Tests", "summary": "Tests your team may ask for.", "order": "2", "icon": "tests"},
        "Your team may ask you to have some tests.\n\n- a [biopsy](biopsy)\n- a blood test\n",
    ),
    "biopsy": (
        {"title": "Biopsy", "summary": "Taking a small piece of tissue.", "order": "1", "icon": "biopsy",
         "parent": "tests"},
        "A biopsy takes a small piece of tissue.\nIt is looked at under a microscope.\n\n"
        "## What happens?\n\nA nurse numbs the skin first. You can go home the same day.\n",
    ),
    "urgent-help": (
        {"title": "Urgent help", "summary": "When to get help at once.", "order": "1", "icon": "urgent",
         "menu": "shortcut"},
        "Get help at once if you have a high temperature.\n\nCall {{ acute_oncology_line }}.\n",
    ),
    "words-explained": (
        {"title": "Words explained", "summary": "What medical words mean.", "order": "2", "icon": "glossary",
         "menu": "shortcut"},
        "## Biopsy\n\nTaking a small piece of tissue to look at.\n",
    ),
}


def page_text(meta: dict[str, str | None], body: str) -> str:
    """A page file; metadata given as None is left out."""
    fields = {
        "keywords": "test, words",
        "reviewed": "2026-11-25",
        "review_due": "2029-11-24",
        **meta,
    }
    lines = ["---", *(f"{key}: {value}" for key, value in fields.items() if value is not None)]
    if "sources" not in fields:
        lines += ["sources:", "  - Test source, 2024"]
    return "\n".join([*lines, "---", "", body])


def write_page(content: Path, page_id: str, meta: dict[str, str] | None = None, body: str | None = None,
               **changes: str | None) -> Path:
    """Write a page of the good fixture (or a new one), with some metadata changed or removed (None)."""
    base_meta, base_body = PAGES.get(page_id, ({"title": "New", "summary": "A new page.", "order": "9",
                                                "icon": "info"}, "Some words.\n"))
    fields = {**base_meta, **(meta or {}), **changes}
    path = content / "pages" / f"{page_id}.md"
    # Bytes as written, on every system: Windows' text mode would turn a test's own "\r\n" into "\r\r\n".
    path.write_bytes(page_text(fields, base_body if body is None else body).encode("utf-8"))
    return path


@pytest.fixture
def content(tmp_path: Path) -> Path:
    """A small guide that passes the checker: every later test breaks one thing in it."""
    root = tmp_path / "content"
    (root / "pages").mkdir(parents=True)
    (root / "images").mkdir()
    (root / "images" / "nurse.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (root / "guide.toml").write_text(GUIDE, encoding="utf-8")
    (root / "medical-words.txt").write_text(MEDICAL_WORDS, encoding="utf-8")
    for page_id in PAGES:
        write_page(root, page_id)
    return root


@pytest.fixture
def icons(tmp_path: Path) -> Path:
    folder = tmp_path / "icons"
    folder.mkdir()
    for name in ICONS:
        (folder / f"{name}.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>", encoding="utf-8")
    return folder


def checked(content: Path, icons: Path | None = None, today: dt.date = TODAY) -> Report:
    return check(load_content(content, icon_dirs=[icons] if icons else []), today=today)


def line_of(path: Path, needle: str) -> int:
    """The file line holding ``needle``, so tests check the checker against the file, not a guessed number."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} is not in {path}")


def only(problems: list[Problem], path: Path, text: str, severity: Severity = Severity.ERROR) -> Problem:
    """The one finding for ``path`` whose message contains ``text``."""
    found = [p for p in problems if p.path == path and text in p.message and p.severity is severity]
    assert len(found) == 1, f"expected one {severity} containing {text!r} for {path.name}, got {problems}"
    return found[0]


# The good fixture


def test_good_content_passes_with_no_findings(content: Path, icons: Path) -> None:
    report = checked(content, icons)
    assert report.problems == []
    assert report.exit_code() == 0
    assert report.page_count == len(PAGES)


def test_run_exits_0_and_prints_the_readability_table_and_summary(content: Path, icons: Path) -> None:
    out = io.StringIO()
    assert run(content, out, today=TODAY, icon_dir=icons) == 0
    text = out.getvalue()
    assert "Readability" in text
    header = next(line for line in text.splitlines() if line.startswith("page "))
    assert header.split() == ["page", "words", "ease", "grade"]
    rows = {line.split()[0]: line.split()[1:] for line in text.splitlines() if line.split()[:1] != []}
    for page_id in PAGES:
        words, ease, grade = rows[page_id]
        assert int(words) > 0 and float(ease) > 0 and float(grade) < 9
    whole = next(line for line in text.splitlines() if line.startswith("whole guide"))
    assert int(whole.split()[2]) == sum(int(rows[p][0]) for p in PAGES)
    assert text.rstrip().splitlines()[-1] == f"0 errors, 0 warnings in {len(PAGES)} pages"


def test_run_uses_the_bundled_icons_by_default(content: Path) -> None:
    # The fixture's icon names are ones the app ships in resources/icons.
    out = io.StringIO()
    assert run(content, out, today=TODAY) == 0, out.getvalue()


def test_run_exits_1_and_prints_file_line_and_message_for_an_error(content: Path, icons: Path) -> None:
    path = write_page(content, "tests", body="See the [scan page](scan).\n")
    out = io.StringIO()
    assert run(content, out, today=TODAY, icon_dir=icons) == 1
    line = line_of(path, "[scan page](scan)")
    assert f"pages/tests.md:{line}: error: link to a missing page 'scan'" in out.getvalue()
    assert out.getvalue().rstrip().endswith(f"1 error, 0 warnings in {len(PAGES)} pages")


def test_warnings_alone_exit_0_and_errors_come_before_warnings(content: Path, icons: Path) -> None:
    write_page(content, "about", review_due="2026-12-20")
    assert run(content, io.StringIO(), today=TODAY, icon_dir=icons) == 0
    path = write_page(content, "about", review_due="2026-12-20", body="Read [this](nowhere).\n")
    out = io.StringIO()
    run(content, out, today=TODAY, icon_dir=icons)
    lines = [line for line in out.getvalue().splitlines() if line.startswith("pages/about.md")]
    assert [line.split(": ")[1] for line in lines] == ["error", "warning"], lines
    assert path.name in lines[0]


# Errors


def test_missing_metadata(content: Path) -> None:
    path = write_page(content, "about", sources=None, keywords=None)
    report = checked(content)
    assert only(report.errors, path, "missing metadata: 'sources'").line == 1
    assert only(report.errors, path, "missing metadata: 'keywords'").line == 1


def test_missing_title_stops_the_page_loading_but_is_still_reported(content: Path) -> None:
    path = write_page(content, "about", title=None)
    report = checked(content)
    only(report.errors, path, "missing metadata: 'title'")
    assert report.page_count == len(PAGES)


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("reviewed", "25/11/2026", "'reviewed' must be a date written as YYYY-MM-DD"),
        ("review_due", "2035-01-01", "'review_due' must be at most 3 years after 'reviewed'"),
        ("order", "first", "'order' must be a whole number"),
        ("menu", "sidebar", "'menu' must be one of"),
    ],
)
def test_invalid_metadata(content: Path, key: str, value: str, expected: str) -> None:
    path = write_page(content, "about", **{key: value})
    problem = only(checked(content).errors, path, expected)
    assert problem.line == line_of(path, f"{key}: {value}")


def test_metadata_that_is_not_key_value_is_reported_at_its_line(content: Path) -> None:
    path = content / "pages" / "broken.md"
    path.write_text("---\ntitle: Broken\nthis line has no colon\n---\nWords.\n", encoding="utf-8")
    problem = only(checked(content).errors, path, "expected 'key: value'")
    assert problem.line == 3


def test_unknown_parent(content: Path) -> None:
    path = write_page(content, "biopsy", parent="scans")
    problem = only(checked(content).errors, path, "unknown parent 'scans'")
    assert problem.line == 1


def test_duplicate_id(content: Path) -> None:
    write_page(content, "biopsy-again", id="biopsy", title="Biopsy again")
    errors = checked(content).errors
    # Files load in name order ("biopsy-again.md" first), so biopsy.md is the one reported, naming the other.
    problem = only(errors, content / "pages" / "biopsy.md", "duplicate page id 'biopsy'")
    assert "biopsy-again.md" in problem.message
    assert problem.line == 1


def test_broken_internal_link(content: Path) -> None:
    body = "Your team may ask you to have some tests.\n\nRead about [scans](scans) too.\n"
    path = write_page(content, "tests", body=body)
    problem = only(checked(content).errors, path, "link to a missing page 'scans'")
    assert problem.line == line_of(path, "[scans](scans)")


def test_related_page_that_does_not_exist(content: Path) -> None:
    path = write_page(content, "about", related="biopsy, scans")
    only(checked(content).errors, path, "related page 'scans' does not exist")


def test_missing_image(content: Path) -> None:
    body = "We wrote this guide.\n\n![A scanner](scanner.png)\n"
    path = write_page(content, "about", body=body)
    problem = only(checked(content).errors, path, "missing image 'scanner.png'")
    assert problem.line == line_of(path, "![A scanner]")


def test_missing_icon(content: Path, icons: Path) -> None:
    path = write_page(content, "about", icon="sunshine")
    problem = only(checked(content, icons).errors, path, "missing icon 'sunshine'")
    assert problem.line == 1


def test_unknown_local_detail(content: Path) -> None:
    path = write_page(content, "about", body="Ring {{ nurse_phone }} to talk.\n")
    problem = only(checked(content).errors, path, "unknown local detail '{{ nurse_phone }}'")
    assert problem.line == line_of(path, "nurse_phone")


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Back pain can be a sign of spinal cord compression.", "spinal cord compression"),
        ("A high temperature needs help at once.", "temperature"),
        ("Some people have fits.", "fits"),
        ("A fit can be frightening.", "fit"),
        ("Tell your team about a new seizure.", "seizure"),
        ("Seizures can happen if cancer is in the brain.", "Seizures"),
        ("High calcium can make you very thirsty.", "High calcium"),
        ("This is called hypercalcaemia.", "hypercalcaemia"),
    ],
)
def test_red_flag_without_a_link_to_urgent_help(content: Path, sentence: str, word: str) -> None:
    body = f"Your team may ask you to have some tests.\n\n## Signs\n\n{sentence}\n"
    path = write_page(content, "tests", body=body)
    problem = only(checked(content).errors, path, "red-flag symptom")
    assert problem.line == line_of(path, sentence)
    assert f"'{word}'" in problem.message
    assert "[Urgent help](urgent-help)" in problem.message


def test_red_flag_wrapped_over_two_lines_is_found_at_its_first_line(content: Path) -> None:
    body = "Back pain can be a sign of spinal cord\ncompression, which is rare.\n"
    path = write_page(content, "tests", body=body)
    problem = only(checked(content).errors, path, "'spinal cord compression'")
    assert problem.line == line_of(path, "spinal cord")


def test_red_flag_in_the_summary_counts(content: Path) -> None:
    path = write_page(content, "about", summary="What to do about a high temperature.")
    problem = only(checked(content).errors, path, "red-flag symptom")
    assert problem.line == line_of(path, "summary:")


def test_red_flag_with_a_link_to_urgent_help_is_fine(content: Path) -> None:
    body = "A high temperature needs help at once: see [Urgent help](urgent-help).\n"
    write_page(content, "tests", body=body)
    assert checked(content).errors == []


def test_red_flag_words_only_count_as_whole_words(content: Path) -> None:
    body = "The benefits of fitting tests into your week.\nTemperatures? No: a temperate climate.\n"
    path = write_page(content, "tests", body=body)
    # "Temperatures" is a red flag; "benefits", "fitting" and "temperate" are not.
    problem = only(checked(content).errors, path, "red-flag symptom")
    assert "'Temperatures'" in problem.message
    assert "fit" not in problem.message.replace("'Temperatures'", "")


def test_the_urgent_page_itself_need_not_link_to_itself(content: Path) -> None:
    # The fixture's urgent page mentions a high temperature without a link to itself.
    assert "temperature" in PAGES["urgent-help"][1]
    assert checked(content).errors == []


def test_medical_word_with_no_glossary_entry(content: Path) -> None:
    body = "A biopsy takes a small piece of tissue.\n\nIt can show if the cancer is METASTATIC.\n"
    path = write_page(content, "biopsy", body=body)
    problem = only(checked(content).errors, path, "medical word 'METASTATIC'")
    assert problem.line == line_of(path, "METASTATIC")
    assert "add '## Metastasis' to words-explained.md" in problem.message


def test_medical_word_is_fine_once_the_glossary_has_its_exact_heading(content: Path) -> None:
    write_page(content, "biopsy", body="The biopsy shows metastases.\n")
    write_page(content, "words-explained", body="## Biopsy\n\nA sample.\n\n## metastasis\n\nSpread.\n")
    # The heading must be written exactly as the first word on its line in medical-words.txt; until it is,
    # both the page and the glossary (whose heading uses the word) are reported.
    errors = checked(content).errors
    assert sorted(p.path.name for p in errors) == ["biopsy.md", "words-explained.md"]
    assert all("add '## Metastasis'" in p.message for p in errors)
    write_page(content, "words-explained", body="## Biopsy\n\nA sample.\n\n## Metastasis\n\nSpread.\n")
    assert checked(content).errors == []


def test_medical_words_are_whole_words_and_comments_are_ignored(content: Path) -> None:
    body = "The word metastasisology is made up. An oncologist is a cancer doctor.\n"
    write_page(content, "about", body=body)
    assert checked(content).errors == []


def test_medical_word_in_the_glossary_text_itself_needs_an_entry(content: Path) -> None:
    body = "## Biopsy\n\nA sample, taken to look for metastases.\n"
    path = write_page(content, "words-explained", body=body)
    problem = only(checked(content).errors, path, "medical word 'metastases'")
    assert problem.line == line_of(path, "metastases")


def test_medical_words_file_format(tmp_path: Path) -> None:
    path = tmp_path / "medical-words.txt"
    path.write_text("# comment\n\nCT scan, CT, computed tomography  # trailing comment\n  Biopsy  \n", encoding="utf-8")
    words, problems = load_medical_words(path)
    assert problems == []
    assert [(w.heading, w.forms, w.line) for w in words] == [
        ("CT scan", ("CT scan", "CT", "computed tomography"), 3),
        ("Biopsy", ("Biopsy",), 4),
    ]
    assert words[0].pattern.search("a computed\n tomography scan")
    assert not words[0].pattern.search("a CTX gene")


def test_missing_medical_words_file_is_a_warning(content: Path) -> None:
    (content / "medical-words.txt").unlink()
    report = checked(content)
    assert report.errors == []
    only(report.warnings, content / "medical-words.txt", "medical words cannot be checked", Severity.WARNING)


def test_missing_glossary_page_is_a_warning(content: Path) -> None:
    (content / "pages" / "words-explained.md").unlink()
    report = checked(content)
    assert report.errors == []
    problem = only(report.warnings, content / "guide.toml", "'words-explained'", Severity.WARNING)
    assert problem.line == line_of(content / "guide.toml", "glossary_page")


def test_missing_urgent_page_is_an_error(content: Path) -> None:
    (content / "pages" / "urgent-help.md").unlink()
    problem = only(checked(content).errors, content / "guide.toml", "Urgent help page 'urgent-help'")
    assert problem.line == line_of(content / "guide.toml", "urgent_page")


# Warnings


@pytest.mark.parametrize(
    ("review_due", "expected"),
    [
        ("2026-11-30", "the review date 2026-11-30 has passed"),
        ("2026-12-01", "due for review on 2026-12-01 (in 0 days)"),
        ("2027-03-01", "due for review on 2027-03-01 (in 90 days)"),
    ],
)
def test_review_date_passed_or_within_90_days(content: Path, review_due: str, expected: str) -> None:
    path = write_page(content, "about", reviewed="2026-01-01", review_due=review_due)
    report = checked(content)
    assert report.errors == []
    problem = only(report.warnings, path, expected, Severity.WARNING)
    assert problem.line == line_of(path, "review_due:")


def test_review_date_91_days_away_is_fine(content: Path) -> None:
    write_page(content, "about", reviewed="2026-01-01", review_due="2027-03-02")
    assert checked(content).problems == []


def test_medicines_page_warns_90_days_before_its_yearly_review(content: Path) -> None:
    path = write_page(content, "about", reviewed="2026-03-01", review_due="2027-03-01", review_every="12 months")
    report = checked(content)
    assert report.errors == []
    assert only(report.warnings, path, "due for review on 2027-03-01 (in 90 days)", Severity.WARNING).line == \
        line_of(path, "review_due:")
    write_page(content, "about", reviewed="2026-03-02", review_due="2027-03-02", review_every="1 year")
    assert checked(content).problems == []


def test_overdue_medicines_page_is_an_error_but_other_pages_only_warn(content: Path) -> None:
    path = write_page(content, "about", reviewed="2025-11-30", review_due="2026-11-30", review_every="12 months")
    report = checked(content)
    problem = only(report.errors, path, "the review date 2026-11-30 has passed")
    assert "review_every: 1 year" in problem.message
    assert problem.line == line_of(path, "review_due:")
    write_page(content, "about", reviewed="2025-11-30", review_due="2026-11-30")
    report = checked(content)
    assert report.errors == []
    only(report.warnings, path, "the review date 2026-11-30 has passed", Severity.WARNING)


@pytest.mark.parametrize(
    ("review_every", "review_due", "expected"),
    [
        ("12 months", "2027-11-26",
         "'review_due' must be at most 12 months after 'reviewed' (review_every: 12 months)"),
        ("6 months", "2027-05-26", "'review_due' must be at most 6 months after 'reviewed'"),
        ("yearly", "2027-11-24", "'review_every' must be a number of months or years, such as '12 months', "
                                 "found 'yearly'"),
        ("4 years", "2027-11-24", "'review_every' must be between 1 month and 3 years, found '4 years'"),
        ("0 months", "2027-11-24", "'review_every' must be between 1 month and 3 years"),
    ],
)
def test_review_every_sets_how_far_ahead_review_due_may_be(
    content: Path, review_every: str, review_due: str, expected: str
) -> None:
    path = write_page(content, "about", reviewed="2026-11-25", review_due=review_due, review_every=review_every)
    problem = only(checked(content).errors, path, expected)
    key = "review_every" if expected.startswith("'review_every'") else "review_due"
    assert problem.line == line_of(path, f"{key}:")


def test_review_every_allows_exactly_its_period(content: Path) -> None:
    write_page(content, "about", reviewed="2026-11-25", review_due="2027-11-25", review_every="12 months")
    write_page(content, "tests", reviewed="2026-10-31", review_due="2027-04-30", review_every="6 months")
    assert checked(content).problems == []


def test_long_sentence_is_quoted_with_its_line(content: Path) -> None:
    long = ("Your team will look at the scan and the blood test results together and then they will talk with "
            "you about what the results mean for you and your own plan.")
    body = f"A short first sentence.\n\n## Results\n\nThis one is short. {long} This one is short too.\n"
    path = write_page(content, "about", body=body)
    report = checked(content)
    assert report.errors == []
    problem = only(report.warnings, path, "long sentence", Severity.WARNING)
    assert problem.line == line_of(path, long)
    assert '(31 words' in problem.message
    assert '"Your team will look at the scan and ...' in problem.message


def test_long_sentence_wrapped_over_lines_is_found_at_the_line_it_starts(content: Path) -> None:
    body = ("A short first sentence, wrapped\nonto a second line. Your team will look at the scan and the blood test\n"
            "results together and then they will talk with you about what the results mean for you and\n"
            "your own plan.\n")
    path = write_page(content, "about", body=body)
    problem = only(checked(content).warnings, path, "long sentence (31 words", Severity.WARNING)
    assert problem.line == line_of(path, "onto a second line. Your team")


def test_sentence_of_30_words_is_fine(content: Path) -> None:
    sentence = " ".join(["word"] * 29) + " end."
    write_page(content, "about", body=sentence + "\n")
    assert not [p for p in checked(content).problems if "long sentence" in p.message]


def test_each_list_item_is_its_own_sentence(content: Path) -> None:
    items = "\n".join(f"- item number {n} in a list of things you may need" for n in range(8))
    write_page(content, "about", body=f"You may need:\n\n{items}\n")
    assert not [p for p in checked(content).problems if "long sentence" in p.message]


def test_page_grade_above_9_is_a_warning(content: Path) -> None:
    body = ("Multidisciplinary oncological consultations systematically incorporate comprehensive "
            "radiological, histopathological and immunohistochemical investigations.\n")
    path = write_page(content, "about", body=body)
    report = checked(content)
    problem = only(report.warnings, path, "reading grade", Severity.WARNING)
    assert problem.line == line_of(path, "Multidisciplinary")
    grade = next(f.readability.grade for f in report.figures if f.page_id == "about")
    assert grade > 9
    assert f"{grade:.1f} is above 9" in problem.message
    # The other pages are plain: no grade warnings for them.
    assert [p.path for p in report.warnings if "reading grade" in p.message] == [path]


# Broken content never crashes the checker


def test_missing_folder_is_an_error(tmp_path: Path) -> None:
    out = io.StringIO()
    assert run(tmp_path / "nowhere", out, today=TODAY, icon_dir=tmp_path) == 1
    assert "does not exist" in out.getvalue()
    assert out.getvalue().rstrip().endswith("1 error, 0 warnings in 0 pages")


def test_empty_folder_is_an_error(tmp_path: Path) -> None:
    out = io.StringIO()
    assert run(tmp_path, out, today=TODAY, icon_dir=tmp_path) == 1
    assert "no pages found" in out.getvalue()


def test_unreadable_and_odd_files_are_reported_not_fatal(content: Path, icons: Path) -> None:
    pages = content / "pages"
    (pages / "latin1.md").write_bytes(page_text({"title": "Caf\xe9", "summary": "x", "order": "1"}, "")
                                      .encode("latin-1"))
    (pages / "empty.md").write_bytes(b"")
    (pages / "binary.md").write_bytes(bytes(range(256)))
    (pages / "folder.md").mkdir()
    # A dangling link: POSIX only (Windows needs a privilege to make links, and Wine makes none that dangle).
    dangling = ("dangling.md",) if sys.platform != "win32" else ()
    for name in dangling:
        (pages / name).symlink_to(pages / "gone.md")
    (pages / "only-dashes.md").write_text("---\n", encoding="utf-8")
    (content / "medical-words.txt").write_bytes(b"Biopsy\n\xff\xfe broken\n")
    (content / "guide.toml").write_text("title = [unclosed\n", encoding="utf-8")
    out = io.StringIO()
    assert run(content, out, today=TODAY, icon_dir=icons) == 1
    text = out.getvalue()
    for name in ("latin1.md:1", "binary.md:1", "empty.md:1", "folder.md", *dangling, "only-dashes.md:1",
                 "medical-words.txt:1", "guide.toml:1"):
        assert f"pages/{name}" in text or name in text, name
    assert "save it as UTF-8" in text


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400) | st.text(alphabet=st.sampled_from("-:#\n []()!{}abcé, 0123456789"), max_size=400))
def test_any_page_file_never_crashes_the_checker(data: bytes | str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "pages").mkdir()
        raw = data if isinstance(data, bytes) else ("---\ntitle: T\nsummary: S\n" + data).encode()
        (root / "pages" / "page.md").write_bytes(raw)
        out = io.StringIO()
        code = run(root, out, today=TODAY, icon_dir=root)
        assert code in (0, 1)
        assert "in 1 page" in out.getvalue()


# The bundled icons: the checker reports a page whose icon is missing, so every icon the pages and the bar use
# must exist, and each must follow the drawing rules in resources/icons/LICENSE.md.

PAGE_ICONS = [
    "info", "symptoms", "causes", "tests", "stage", "receptors", "treatment", "living", "support", "about", "urgent",
    "questions", "glossary", "blood-test", "x-ray", "scan", "ultrasound", "biopsy", "waiting", "hormone",
    "chemotherapy", "targeted", "radiotherapy", "surgery", "bone", "steroids", "comfort", "trial", "outlook",
]
UI_ICONS = ["home", "back", "search", "large-print", "close", "backspace", "keyboard", "phone", "qr", "lock", "warning"]


def test_every_page_and_bar_icon_is_bundled_and_follows_the_drawing_rules() -> None:
    import xml.etree.ElementTree as ET

    from kiosk import resources

    svg = "{http://www.w3.org/2000/svg}"
    for name in PAGE_ICONS + UI_ICONS:
        path = resources.icon(name)
        assert path.is_file(), name
        data = path.read_bytes()
        assert len(data) < 2048, name
        text = data.decode("utf-8")
        assert "currentColor" not in text and "href" not in text and "url(" not in text, name
        root = ET.fromstring(text)
        assert root.get("viewBox") == "0 0 48 48", name
        colour = "#b00020" if name == "urgent" else "#1d3557"
        tags = {element.tag.removeprefix(svg) for element in root.iter()}
        assert tags <= {"svg", "g", "path", "circle", "rect"}, (name, tags)
        group = root.find(f"{svg}g")
        assert group is not None, name
        assert (group.get("fill"), group.get("stroke"), group.get("stroke-width")) == ("none", colour, "3"), name
        assert (group.get("stroke-linecap"), group.get("stroke-linejoin")) == ("round", "round"), name
        for element in root.iter():
            assert element.get("stroke") in (None, "none", colour), name
            assert element.get("fill") in (None, "none", colour), name


@pytest.mark.parametrize(("sentence", "warning"), [
    ("High calcium needs help the same day.", "says 'the same day'"),
    ("Call the same day if you feel unwell.", "says 'the same day'"),
    ("Contact your 24-hour team straight away.", "writes '24-hour' into the page"),
])
def test_red_flag_wording_that_facts_rules_out_is_a_warning(content: Path, sentence: str, warning: str) -> None:
    path = write_page(content, "about", body=f"We wrote this guide.\n\n{sentence} See [Urgent help](urgent-help).\n")
    problem = only(checked(content).warnings, path, warning, Severity.WARNING)
    assert problem.line == line_of(path, sentence)


def test_the_same_day_is_fine_where_it_is_not_about_getting_help(content: Path) -> None:
    assert not any("same day" in p.message for p in checked(content).problems)  # the biopsy page says it
    path = write_page(content, "about", body="Call {{ cancer_line }} now, {{ cancer_line_when }}.\n")
    assert not [p for p in checked(content).problems if p.path == path]


def test_control_characters_in_pages_and_blocks_are_errors_at_their_lines(content: Path) -> None:
    page = write_page(content, "tests", body="Your team may ask you to have some tests.\n\n"
                      "Call us\x01200A now.\r\n\n- a [biopsy](biopsy)\n- a\tblood test\x7f\n")
    (content / "blocks").mkdir()
    block = content / "blocks" / "note.md"
    block.write_text("A shared note.\n\nIt rings\x07 twice.\n", encoding="utf-8")
    write_page(content, "about", body=PAGES["about"][1] + "\n{{> note }}\n")
    report = checked(content)
    found = sorted((p.path.name, p.line, p.message) for p in report.problems if "control character" in p.message)
    assert [(name, line) for name, line, _ in found] == [
        ("note.md", 3), ("tests.md", line_of(page, "Call us")), ("tests.md", line_of(page, "blood test"))]
    assert "U+0001" in found[1][2] and "U+007F" in found[2][2] and "U+0007" in found[0][2]
    assert all(p.severity is Severity.ERROR for p in report.problems if "control character" in p.message)
    assert report.exit_code() == 1
