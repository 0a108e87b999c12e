"""Shared blocks: expanded at load for every reader of a page, and every broken include reported where it is."""

from __future__ import annotations

import io
from pathlib import Path

from kiosk.content.check import check, write_report
from kiosk.content.loader import load_content
from kiosk.content.render import PageRenderer, plain_text
from tests.conftest import SHIPPED_CONTENT


def block(root: Path, name: str, text: str) -> Path:
    path = root / "blocks" / f"{name}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def messages(store) -> list[str]:
    return [str(p) for p in store.problems if "(urgent_page) does not exist" not in p.message]


def test_a_block_is_in_the_page_for_every_reader(content) -> None:
    root = content("bones", title="Bones", body="Intro words.\n\n{{> red-flags/spinal }}\n\nAfter words.")
    block(root, "red-flags/spinal", "## Back pain\n\nBack pain alone is enough to call. Call {{ cancer_line }}.\n")
    store = load_content(root)
    assert messages(store) == []
    page = store.get("bones")
    assert page is not None
    assert page.blocks == ("red-flags/spinal",)
    assert "Back pain alone is enough to call" in page.body
    assert "{{>" not in page.body
    # The page's own words stay apart, with the include line left blank so line numbers match the file.
    assert "Back pain" not in page.own_text and "Intro words." in page.own_text
    assert page.own_text.splitlines()[2] == ""
    assert page.headings == ("Back pain",)
    text = plain_text(page.body)
    assert text.index("Intro words.") < text.index("Back pain alone") < text.index("After words.")
    assert "your 24-hour cancer line" in text
    html = PageRenderer(store).render(page)
    assert "<h2>Back pain</h2>" in html and "{{" not in html


def test_blocks_include_blocks_and_a_page_lists_each_once(content) -> None:
    root = content("page", body="{{> outer }}\n\n{{> inner }}")
    block(root, "outer", "Outer words.\n\n{{> inner }}")
    block(root, "inner", "Inner words.")
    store = load_content(root)
    page = store.get("page")
    assert messages(store) == [] and page is not None
    assert page.blocks == ("outer", "inner")
    assert page.body.count("Inner words.") == 2


def test_unknown_block_is_an_error_at_the_page_line_and_leaves_no_mark(content) -> None:
    root = content("page", body="First.\n\n{{> red-flags/nowhere }}")
    block(root, "red-flags/spinal", "Words.")
    store = load_content(root)
    assert "page.md:14: error: unknown block 'red-flags/nowhere' (no blocks/red-flags/nowhere.md)" in messages(store)
    page = store.get("page")
    assert page is not None and "{{" not in page.body


def test_unknown_block_inside_a_block_is_reported_once_at_the_block_line(content) -> None:
    content("one", body="{{> outer }}")
    root = content("two", body="{{> outer }}")
    block(root, "outer", "Words.\n{{> missing }}")
    found = [m for m in messages(load_content(root)) if "unknown block" in m]
    assert found == ["outer.md:2: error: unknown block 'missing' (no blocks/missing.md)"]


def test_block_loops_and_deep_nesting_are_errors(content) -> None:
    root = content("page", body="{{> a }}\n\n{{> d1 }}")
    block(root, "a", "A.\n{{> b }}")
    block(root, "b", "B.\n{{> a }}")
    for depth in range(1, 5):
        block(root, f"d{depth}", f"Depth {depth}." + (f"\n{{{{> d{depth + 1} }}}}" if depth < 4 else ""))
    store = load_content(root)
    found = messages(store)
    assert "b.md:2: error: block loop: a > b > a" in found
    assert "d3.md:2: error: blocks are nested more than 3 deep: d1 > d2 > d3 > d4" in found
    page = store.get("page")
    assert page is not None and "Depth 3." in page.body and "Depth 4." not in page.body


def test_names_that_could_leave_the_blocks_folder_are_refused(content, tmp_path: Path) -> None:
    (tmp_path / "secret.md").write_text("Not a block.", encoding="utf-8")
    root = content("page", body="{{> ../../secret }}\n\n{{> /etc/passwd }}\n\n{{> Red-Flags }}")
    store = load_content(root)
    found = messages(store)
    assert sum("must be lower-case words and dashes" in m for m in found) == 3
    page = store.get("page")
    assert page is not None and "Not a block" not in page.body


def test_an_include_must_be_alone_on_its_line(content) -> None:
    root = content("page", body="Read this {{> spinal }} now.")
    block(root, "spinal", "Words.")
    assert "page.md:12: error: a block include ({{> name }}) must be alone on its own line" in messages(
        load_content(root))


def test_unknown_placeholder_in_a_block_is_reported_in_the_block(content) -> None:
    root = content("page", body="{{> call }}")
    block(root, "call", "Call {{ acute_oncology_line }} or {{ hotline }}.")
    assert "call.md:1: error: unknown local detail '{{ hotline }}'" in messages(load_content(root))


def test_links_in_blocks_count_for_the_page_and_point_at_the_include_line(content) -> None:
    content("urgent-help", title="Urgent help", body="Help.")
    root = content("page", body="A temperature can be a sign of infection.\n\n{{> see-urgent-help }}\n\n{{> bad }}")
    block(root, "see-urgent-help", "See [Urgent help](urgent-help).")
    block(root, "bad", "See [nowhere](no-such-page).")
    store = load_content(root)
    assert "page.md:16: error: link to a missing page 'no-such-page'" in messages(store)
    report = check(store)
    # The red-flag rule is met by the link inside the block.
    assert not any("does not link to Urgent help" in str(p) for p in report.problems)


def test_check_warns_about_unused_blocks_and_long_sentences_in_blocks(content) -> None:
    root = content("page", body="{{> used }}")
    block(root, "used", "Short words.\n\n" + " ".join(["word"] * 35) + ".")
    block(root, "spare", "Nobody reads this.")
    out = io.StringIO()
    write_report(check(load_content(root)), out)
    text = out.getvalue()
    assert "blocks/spare.md: warning: block 'spare' is not used by any page" in text
    assert "blocks/used.md:3: warning: long sentence (35 words" in text
    assert "pages/page.md:12: warning: long sentence" not in text  # reported once, in the block


def test_block_files_are_not_pages_when_pages_sit_at_the_top(tmp_path: Path) -> None:
    from tests.conftest import page_text

    root = tmp_path / "flat"
    root.mkdir()
    (root / "page.md").write_text(page_text(body="{{> note }}"), encoding="utf-8")
    block(root, "note", "A shared note.")
    store = load_content(root)
    assert [p.id for p in store] == ["page"]
    assert "A shared note." in store.pages["page"].body


def test_shipped_blocks_are_all_used_and_carry_no_broken_includes() -> None:
    store = load_content(SHIPPED_CONTENT)
    report = check(store)
    assert not [p for p in report.problems if "block" in p.message], report.problems
    for name in ("red-flags/call-999", "red-flags/tell-staff", "red-flags/cancer-line", "red-flags/cannot-get-through",
                 "red-flags/spinal", "red-flags/infection", "red-flags/calcium", "red-flags/brain",
                 "red-flags/side-effects", "red-flags/blood-clots", "red-flags/see-urgent-help"):
        assert name in store.blocks, name


def test_a_content_pack_carries_the_blocks() -> None:
    from kiosk.packs.archive import content_files

    names = {name for name, _ in content_files(SHIPPED_CONTENT)}
    assert {f"blocks/{name}.md" for name in load_content(SHIPPED_CONTENT).blocks} <= names
