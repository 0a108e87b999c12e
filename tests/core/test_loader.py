"""Loading content: the tree, metadata, links, and reporting broken files without losing the rest."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kiosk.content.loader import add_months, load_content, parse_front_matter
from kiosk.content.model import Menu, Severity
from tests.conftest import page_text


def messages(store) -> list[str]:
    """Problems, leaving out the missing Urgent help page that these small test guides never have."""
    return [str(p) for p in store.problems if "(urgent_page) does not exist" not in p.message]


def test_pages_form_a_tree_in_order(content) -> None:
    content("tests", title="Tests", order="2")
    content("causes", title="Causes", order="1")
    content("bone-scan", title="Bone scan", parent="tests", order="2")
    root = content("blood-tests", title="Blood tests", parent="tests", order="1")
    store = load_content(root)
    assert messages(store) == []
    assert [p.id for p in store.topics()] == ["causes", "tests"]
    assert [p.id for p in store.children("tests")] == ["blood-tests", "bone-scan"]
    assert [p.id for p in store.ancestors("bone-scan")] == ["tests"]


def test_metadata_is_read_with_types(content) -> None:
    root = content(
        "bone-scan", title="Bone scan", keywords="bone scan, tracer , radioactive", related="causes",
        sources="\n  - NICE CG81, 2009\n  - Breast Cancer Now, 2024", menu="shortcut",
    )
    content("causes", title="Causes")
    page = load_content(root).get("bone-scan")
    assert page is not None
    assert page.keywords == ("bone scan", "tracer", "radioactive")
    assert page.sources == ("NICE CG81, 2009", "Breast Cancer Now, 2024")
    assert page.reviewed == dt.date(2026, 11, 1)
    assert page.related == ("causes",)
    assert page.menu is Menu.SHORTCUT


def test_hidden_pages_load_but_are_not_listed(content) -> None:
    content("living", title="Living")
    root = content("outlook", title="Outlook", parent="living", menu="hidden")
    store = load_content(root)
    assert store.get("outlook") is not None
    assert store.children("living") == []


def test_broken_metadata_is_reported_with_file_and_line_and_the_rest_loads(content) -> None:
    content("good", title="Good")
    content("bad-date", title="Bad date", reviewed="yesterday")
    root = content("no-close", raw="---\ntitle: Never closed\nsummary: x\n")
    store = load_content(root)
    assert "good" in store
    found = messages(store)
    assert "bad-date.md:9: error: 'reviewed' must be a date written as YYYY-MM-DD, found 'yesterday'" in found
    assert any(m.startswith("no-close.md:3: error: the metadata is never closed") for m in found)
    assert "no-close" not in store


def test_missing_required_metadata_is_an_error(content) -> None:
    root = content("thin", raw="---\ntitle: Thin\nsummary: Thin page.\n---\nBody\n")
    found = messages(load_content(root))
    for key in ("order", "keywords", "sources", "reviewed", "review_due", "icon"):
        assert f"thin.md:1: error: missing metadata: '{key}'" in found


def test_file_without_front_matter(content) -> None:
    root = content("plain", raw="# Just markdown\n")
    assert messages(load_content(root)) == [
        "plain.md:1: error: the file must start with a line of three dashes (---) before the metadata"
    ]


def test_unknown_parent_is_reported_and_page_shown_at_top(content) -> None:
    root = content("orphan", title="Orphan", parent="nowhere")
    store = load_content(root)
    assert "orphan.md:1: error: unknown parent 'nowhere'; the page is shown at the top level" in messages(store)
    assert [p.id for p in store.topics()] == ["orphan"]


def test_parent_loop_is_broken(content) -> None:
    content("a", title="A", parent="b")
    root = content("b", title="B", parent="a")
    store = load_content(root)
    assert any("parent loop" in m for m in messages(store))
    assert store.topics()  # at least one of them is reachable again


def test_duplicate_ids_keep_the_first(content) -> None:
    content("one", title="One")
    root = content("two", title="Two", id="one")
    store = load_content(root)
    assert store.get("one").title == "One" and "two" not in store
    assert "two.md:1: error: duplicate page id 'one' (also used by one.md)" in messages(store)


def test_links_to_missing_pages_and_images_are_reported_with_lines(content) -> None:
    content("target", title="Target")
    body = "First line.\n\nSee [the target](target) and [nothing](no-such-page).\n\n![A scan](scan.png)\n"
    root = content("source", title="Source", body=body)
    found = messages(load_content(root))
    assert "source.md:14: error: link to a missing page 'no-such-page'" in found
    assert "source.md:16: error: missing image 'scan.png'" in found
    assert not any("'target'" in m for m in found)


def test_existing_image_and_websites_are_fine(content) -> None:
    root = content("pics", title="Pics", body="![A scan](scan.png) [Macmillan](https://www.macmillan.org.uk)")
    (root / "images" / "scan.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    assert messages(load_content(root)) == []


def test_unknown_placeholder_is_reported(content) -> None:
    root = content("local", title="Local", body="Call {{ acute_oncology_line }} or {{ hospital_phone }}.")
    assert messages(load_content(root)) == ["local.md:12: error: unknown local detail '{{ hospital_phone }}'"]


def test_review_due_more_than_three_years_later_is_an_error(content) -> None:
    root = content("late", title="Late", review_due="2030-01-01")
    assert messages(load_content(root)) == ["late.md:10: error: 'review_due' must be at most 3 years after 'reviewed'"]


def test_missing_icon_is_reported_when_icon_folders_are_given(content, tmp_path: Path) -> None:
    root = content("iconic", title="Iconic", icon="no-such-icon")
    icons = tmp_path / "icons"
    icons.mkdir()
    found = messages(load_content(root, icon_dirs=[icons]))
    assert found == ["iconic.md:1: error: missing icon 'no-such-icon' (no no-such-icon.svg)"]


def test_unreadable_and_non_utf8_files_do_not_stop_loading(content) -> None:
    root = content("good", title="Good")
    (root / "pages" / "latin1.md").write_bytes(page_text("Caf\xe9").encode("latin-1"))
    store = load_content(root)
    assert "good" in store
    assert any(m.startswith("latin1.md:1: error: the file is not UTF-8 text") for m in messages(store))


def test_a_guide_without_urgent_help_is_reported(tmp_path: Path) -> None:
    root = tmp_path / "content"
    (root / "pages").mkdir(parents=True)
    (root / "guide.toml").write_text('title = "G"\nurgent_page = "get-help"\n')
    (root / "pages" / "topic.md").write_text(page_text("Topic"))
    store = load_content(root)
    assert str(store.errors[0]).startswith("guide.toml:2: error: the Urgent help page 'get-help' (urgent_page)")


def test_missing_folder_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    store = load_content(tmp_path / "nope")
    assert len(store) == 0
    assert store.errors and store.errors[0].severity is Severity.ERROR


def test_unknown_key_is_a_warning(content) -> None:
    root = content("extra", title="Extra", colour="blue")
    [problem] = [p for p in load_content(root).problems if "urgent_page" not in p.message]
    assert problem.severity is Severity.WARNING and "unknown metadata key 'colour'" in problem.message


def test_fingerprint_changes_with_content(content) -> None:
    root = content("one", title="One")
    before = load_content(root).fingerprint
    content("one", title="One, changed")
    assert load_content(root).fingerprint != before


def test_front_matter_keeps_line_numbers() -> None:
    meta, body, body_line = parse_front_matter("---\ntitle: T\nsources:\n  - A\n  - B\n---\nHello\n")
    assert meta["title"] == (2, "T")
    assert meta["sources"] == (3, ["A", "B"])
    assert body == "Hello" and body_line == 7


def test_shipped_content_loads_without_errors() -> None:
    from kiosk import resources

    store = load_content(resources.content_dir(), icon_dirs=[resources.icon_dir()])
    assert len(store) >= 35
    assert [str(p) for p in store.errors] == []
    assert len(store.topics()) == 11  # Where it has spread joined the home screen (review M8)


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (dt.date(2026, 11, 25), 12, dt.date(2027, 11, 25)),
        (dt.date(2026, 1, 31), 1, dt.date(2026, 2, 28)),
        (dt.date(2024, 1, 31), 1, dt.date(2024, 2, 29)),
        (dt.date(2024, 2, 29), 36, dt.date(2027, 2, 28)),
        (dt.date(2026, 10, 31), 6, dt.date(2027, 4, 30)),
        (dt.date(2026, 12, 15), 1, dt.date(2027, 1, 15)),
    ],
)
def test_add_months_keeps_the_day_or_falls_back_to_the_months_last_day(
    day: dt.date, months: int, expected: dt.date
) -> None:
    assert add_months(day, months) == expected


def test_the_fingerprint_of_pages_just_read_is_the_fingerprint_of_the_folder(small_guide: Path) -> None:
    from kiosk.content.loader import content_fingerprint

    store = load_content(small_guide)
    assert store.fingerprint == content_fingerprint(small_guide)
    (small_guide / "pages" / "extra.md").write_text(page_text("Extra"), encoding="utf-8")
    assert load_content(small_guide).fingerprint == content_fingerprint(small_guide) != store.fingerprint
