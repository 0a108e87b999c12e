"""Clinical sign-off bound to the text: a page edited after its sign-off is named by `kiosk check`, refused by
`kiosk pack build --require-signoff`, and shown to patients as not yet checked."""

from __future__ import annotations

import datetime as dt
import io
import shutil
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.content.check import check
from kiosk.content.loader import load_content
from kiosk.content.model import Severity
from kiosk.content.render import PageRenderer
from kiosk.content.signoff import (
    SIGNOFF_FILE,
    SignoffDates,
    Status,
    load_state,
    page_hash,
    review_months,
    reviewed_line,
    signoff_state,
    statement,
    write_signoffs,
)
from kiosk.packs import generate_keys
from tests.conftest import SHIPPED_CONTENT

TODAY = dt.date.today()


@pytest.fixture
def guide(tmp_path: Path) -> Path:
    """A copy of the shipped guide (its signoff.toml holds no sign-off yet)."""
    folder = tmp_path / "content"
    shutil.copytree(SHIPPED_CONTENT, folder)
    return folder


def sign_all(folder: Path, day: dt.date = TODAY) -> None:
    out = io.StringIO()
    code = main(["signoff", "--all", "--reviewer", "Lead acute oncology nurse", "--organisation",
                 "Example NHS Foundation Trust", "--date", day.isoformat(), "--content-dir", str(folder)])
    assert code == 0, out.getvalue()


def signoff_warnings(folder: Path, today: dt.date = TODAY) -> list[str]:
    report = check(load_content(folder), today=today)
    assert not report.errors, report.errors
    return [f"{p.path.name}: {p.message}" for p in report.warnings if "sign" in p.message]


def test_the_shipped_guide_is_honestly_not_signed_off() -> None:
    store = load_content(SHIPPED_CONTENT)
    counts = signoff_state(store)
    assert counts.pages == len([p for p in store if p.path.suffix == ".md"]) and counts.signed == 0
    assert statement(store) == "This version of the guide has not yet been checked and signed off by a clinician."
    about = PageRenderer(store, {"signoff": statement(store)}).render(store.get("about-this-information"))
    assert "has not yet been checked and signed off by a clinician" in about
    assert "should check this guide" not in about
    assert reviewed_line(store.get("urgent-help"), SignoffDates(store)) == (
        "This page has not yet been checked by a clinician.")


def test_an_edited_signed_off_page_is_named_by_check_and_refused_by_the_pack_build(
        guide: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sign_all(guide)
    capsys.readouterr()
    assert signoff_warnings(guide) == []
    store = load_content(guide)
    assert load_state(store).counts().signed == len(load_state(store).status)
    assert reviewed_line(store.get("causes"), SignoffDates(store)) == (
        f"This page was checked by a clinician in {TODAY:%B %Y}.")
    version = store.guide.version
    assert statement(store) == (f"Version {version} of this guide was checked and signed off by Lead acute "
                                f"oncology nurse, Example NHS Foundation Trust, on {TODAY.day} {TODAY:%B %Y}.")

    page = guide / "pages" / "causes.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nOne sentence added after the sign-off.\n", encoding="utf-8")
    warnings = signoff_warnings(guide)
    assert len(warnings) == 1 and warnings[0].startswith("causes.md: changed since its sign-off by Lead acute")
    edited = load_content(guide)
    assert load_state(edited).status["causes"] is Status.CHANGED
    assert reviewed_line(edited.get("causes"), SignoffDates(edited)) == (
        "This page has not yet been checked by a clinician.")
    assert "has not yet been checked" in statement(edited)

    private, public = tmp_path / "keys" / "private.key", tmp_path / "keys" / "public.key"
    generate_keys(private, public)
    target = tmp_path / "guide.kpack"
    assert main(["pack", "build", str(guide), "--key", str(private), "--out", str(target), "--require-signoff"]) == 1
    said = capsys.readouterr().out
    assert said.startswith("Not built: 1 page(s) are not signed off") and "causes (changed since sign-off)" in said
    assert not target.exists()
    assert main(["pack", "build", str(guide), "--key", str(private), "--out", str(target)]) == 0  # without the flag


def test_a_changed_block_undoes_the_sign_off_of_every_page_that_includes_it(guide: Path) -> None:
    sign_all(guide)
    store = load_content(guide)
    users = sorted(p.id for p in store if "red-flags/spinal" in p.blocks)
    assert users
    block = guide / "blocks" / "red-flags" / "spinal.md"
    block.write_text(block.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    assert load_state(load_content(guide)).pages(Status.CHANGED) == users


def test_the_hash_is_of_the_words_not_the_metadata_or_line_endings(guide: Path) -> None:
    page = guide / "pages" / "causes.md"
    before = page_hash(load_content(guide).get("causes"))
    text = page.read_text(encoding="utf-8")
    assert "keywords: " in text
    page.write_bytes(text.replace("keywords: ", "keywords: tired, ", 1).replace("\n", "\r\n").encode())
    assert page_hash(load_content(guide).get("causes")) == before
    assert "{{" in (guide / "pages" / "urgent-help.md").read_text(encoding="utf-8")  # placeholders stay in the hash


def test_review_cycles_follow_facts_section_9(guide: Path) -> None:
    store = load_content(guide)
    assert review_months(store.get("urgent-help"), store) == 12
    assert review_months(store.get("symptoms"), store) == 12  # carries red-flag blocks
    assert review_months(store.get("hormone-therapy"), store) == 12  # a medicine page (review_every)
    assert review_months(store.get("about-this-information"), store) == 36
    sign_all(guide, dt.date(2025, 11, 1))
    warnings = signoff_warnings(guide, today=dt.date(2026, 12, 7))
    assert any(w.startswith("urgent-help.md: its sign-off of 2025-11-01 is older than its review cycle (12 months)")
               for w in warnings)
    assert not any(w.startswith("about-this-information.md") for w in warnings)


def test_signoff_command_refuses_unknown_pages_and_bad_input(guide: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = ["signoff", "--reviewer", "Dr A", "--organisation", "Trust", "--content-dir", str(guide)]
    assert main([*base, "no-such-page"]) == 1
    assert "there is no page 'no-such-page'" in capsys.readouterr().out
    assert main([*base, "causes", "--date", "7/12/2026"]) == 1
    assert "not a date" in capsys.readouterr().out
    assert main([*base]) == 1
    assert main(["signoff", "causes", "--reviewer", " ", "--organisation", "Trust", "--content-dir", str(guide)]) == 1
    capsys.readouterr()
    assert main([*base, "causes", "urgent-help"]) == 0
    assert "2 page(s)" in capsys.readouterr().out
    assert load_state(load_content(guide)).pages(Status.SIGNED) == ["causes", "urgent-help"]
    # A second sign-off of the same page replaces the first; the others stay.
    store = load_content(guide)
    write_signoffs(guide, store, ["causes"], reviewer="Dr B", organisation="Trust", day=TODAY)
    state = load_state(load_content(guide))
    assert state.records["causes"].reviewer == "Dr B" and state.records["urgent-help"].reviewer == "Dr A"


def test_a_damaged_signoff_file_is_an_error_and_signs_nothing(guide: Path) -> None:
    (guide / SIGNOFF_FILE).write_text("[[page]]\nid = 'causes'\n", encoding="utf-8")
    report = check(load_content(guide), today=TODAY)
    assert [p.message for p in report.errors] == ["sign-off record needs reviewer, organisation, date, hash"]
    assert all(p.severity is Severity.ERROR for p in report.errors)


def test_in_a_library_each_guide_s_about_page_speaks_of_that_guide_alone(guide: Path) -> None:
    """The About page's {{ signoff }} was worked out once for the whole library: a signed-off guide beside one
    that is not was said to be not signed off, and with the library's version (none) rather than its own."""
    from kiosk import resources
    from kiosk.content.library import combine

    sign_all(guide)
    second = load_content(resources.more_guides_dir() / "clinic-visit")
    first = load_content(guide)
    library = combine([first, second])
    keys = list(library.guides)
    signed = next(k for k in keys if library.guides[k].title == first.guide.title)
    other = next(k for k in keys if k != signed)
    assert statement(library).startswith("This version of the guide has not yet been checked")  # the library
    assert statement(library, guide_key=signed) == (
        f"Version {first.guide.version} of this guide was checked and signed off by Lead acute oncology nurse, "
        f"Example NHS Foundation Trust, on {TODAY.day} {TODAY:%B %Y}.")
    assert statement(library, guide_key=other).startswith("This version of the guide has not yet been checked")
    dates = SignoffDates(library)
    renderer = PageRenderer(library, {"signoff": dates.statement()},
                            lambda page: {"signoff": dates.statement(page.id.partition("/")[0])})
    about = renderer.render(library.get(f"{signed}/about-this-information"))
    assert "was checked and signed off by Lead acute oncology nurse" in about
