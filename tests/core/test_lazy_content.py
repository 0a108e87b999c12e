"""Lazy page bodies: the app loads each page's metadata for its first paint and works a body out (blocks put in
place, links found) only when it is first wanted; the checks of the pages' text run later (``check_bodies``). What a
person sees and what ``kiosk check`` reports must be exactly as with everything read at once."""

from __future__ import annotations

import logging
import pickle
from pathlib import Path

import pytest

from kiosk import resources
from kiosk.content import blocks as content_blocks
from kiosk.content import loader
from kiosk.content.blocks import expand, find_links, read_blocks
from kiosk.content.library import combine
from kiosk.content.loader import is_builtin_page, load_content, parse_front_matter
from kiosk.content.model import ContentStore, Page, Problem
from kiosk.content.render import CANNOT_SHOW_HTML, PageRenderer
from kiosk.content.sources import check_bodies
from tests.conftest import REPO, page_text

ICONS = [resources.icon_dir()]


def _body_fields(page: Page) -> tuple:
    return page.body, page.links, page.own_body, page.blocks, page.body_lines


def _read_all_at_once(page: Page, blocks: dict) -> tuple:
    """A page's body as the loader worked it out before bodies were lazy: the whole file split, blocks expanded."""
    _, body, body_line = parse_front_matter(page.path.read_bytes().decode("utf-8-sig"))
    expanded = expand(body, body_line, page.path, blocks, [])
    return (expanded.body, find_links(expanded.body, body_line, expanded.lines), expanded.own_body,
            expanded.blocks, expanded.lines)


def _worked_out(store: ContentStore) -> list[str]:
    return [page.id for page in store if page.markdown.is_worked_out and not is_builtin_page(page)]


@pytest.fixture
def messy_guide(tmp_path: Path) -> Path:
    """A guide with a problem of every kind the pages' text can have, and line ends of every kind."""
    root = tmp_path / "messy"
    (root / "pages").mkdir(parents=True)
    (root / "blocks" / "notes").mkdir(parents=True)
    (root / "blocks" / "notes" / "shared.md").write_text("Shared words.\n{{> notes/inner }}\n", encoding="utf-8")
    (root / "blocks" / "notes" / "inner.md").write_text("Inner [link](home).\n", encoding="utf-8")
    pages = {
        "home": page_text("Home", body="Welcome. See [scans](scans) and [help](urgent-help)."),
        "urgent-help": page_text("Urgent help", body="Call 999.\n\n{{> notes/shared }}\n"),
        "scans": page_text("Scans", parent="home", body="# Scans\n\n{{> notes/shared }}\n\n![A scan](none.png)\n"),
        "broken": page_text("Broken", body="{{> notes/missing }}\n\nText {{> notes/shared }} inline\n\n"
                                             "[gone](no-such-page) {{ no_such_detail }}\n"),
        "too-long": page_text("Too long", body="- item\n" * 600),
        "raw-html": page_text("Raw HTML", body="Some <b>bold</b> words.\n"),
        "windows": page_text("Windows", body="# Head\n\nA line [x](scans)\n\n{{> notes/shared }}\n\n"
                             ).replace("\n", "\r\n"),
        "old-mac": page_text("Old Mac", body="Line\n\nMore [y](nowhere)\n").replace("\n", "\r"),
        "odd-ends": page_text("Odd ends", body="Line\x0cwith a form feed\nnext [z](zz)\u2028more\n\n\n"),
    }
    for name, text in pages.items():
        (root / "pages" / f"{name}.md").write_bytes(text.encode("utf-8"))
    (root / "pages" / "bom.md").write_bytes(b"\xef\xbb\xbf" + page_text("BOM", body="Body [q](home)").encode())
    (root / "pages" / "unclosed.md").write_text("---\ntitle: T\nsummary: s\n", encoding="utf-8")
    return root


@pytest.mark.parametrize("folder", [REPO / "content", REPO / "content-packs" / "clinic-visit"],
                         ids=["shipped guide", "clinic visit"])
def test_a_lazy_load_gives_every_page_as_reading_it_all_at_once_did(folder: Path) -> None:
    lazy = load_content(folder, icon_dirs=ICONS, lazy=True)
    assert not _worked_out(lazy) and not lazy.bodies_checked
    eager = load_content(folder, icon_dirs=ICONS)
    assert list(lazy.pages) == list(eager.pages)
    blocks = read_blocks(folder, [])
    for page_id, page in lazy.pages.items():
        if not is_builtin_page(page):
            assert _body_fields(page) == _read_all_at_once(page, blocks), page_id
        assert page == eager.pages[page_id]
    lazy_html, eager_html = PageRenderer(lazy), PageRenderer(eager)
    assert all(lazy_html.render(page) == eager_html.render(eager.pages[page.id]) for page in lazy)
    assert lazy.check_bodies() == [] and lazy.problems == eager.problems


def test_a_lazy_load_finds_every_problem_of_the_pages_text_once_checked(messy_guide: Path) -> None:
    eager = load_content(messy_guide, icon_dirs=ICONS)
    lazy = load_content(messy_guide, icon_dirs=ICONS, lazy=True)
    text_problems = [p for p in eager.problems if p not in lazy.problems]
    found = {f"{p.path.name}:{p.line}: {p.message}" for p in text_problems}
    assert {"broken.md:12: unknown block 'notes/missing' (no blocks/notes/missing.md)",
            "broken.md:14: a block include ({{> name }}) must be alone on its own line",
            "broken.md:16: link to a missing page 'no-such-page'",
            "broken.md:16: unknown local detail '{{ no_such_detail }}'",
            "scans.md:17: missing image 'none.png'",
            "old-mac.md:14: link to a missing page 'nowhere'",
            "odd-ends.md:14: link to a missing page 'zz'"} <= found
    assert any(p.path.name == "too-long.md" and "list items" in p.message for p in text_problems)
    assert any(p.path.name == "raw-html.md" and "raw HTML" in p.message for p in text_problems)
    assert any(p.path.name == "unclosed.md" for p in lazy.problems)  # metadata problems: found at once

    blocks = read_blocks(messy_guide, [])
    for page in lazy:
        if not is_builtin_page(page):
            assert _body_fields(page) == _read_all_at_once(page, blocks), page.id
    assert sorted(lazy.check_bodies(), key=str) == sorted(text_problems, key=str)
    assert lazy.problems == eager.problems and lazy.pages == eager.pages
    assert lazy.check_bodies() == []  # once only


def test_a_page_opened_before_the_checks_ran_is_reported_by_them_all_the_same(messy_guide: Path) -> None:
    eager = load_content(messy_guide, icon_dirs=ICONS)
    lazy = load_content(messy_guide, icon_dirs=ICONS, lazy=True)
    PageRenderer(lazy).render(lazy.pages["broken"])  # its blocks put in place now, on the screen's thread
    lazy.check_bodies()
    assert lazy.problems == eager.problems


def test_a_library_of_lazily_loaded_guides_reads_as_one_loaded_at_once(messy_guide: Path) -> None:
    folders = [REPO / "content", messy_guide]
    lazy = combine([load_content(folder, icon_dirs=ICONS, lazy=True) for folder in folders])
    eager = combine([load_content(folder, icon_dirs=ICONS) for folder in folders])
    assert not lazy.bodies_checked and eager.bodies_checked
    assert lazy.pages == eager.pages
    renderer, eager_renderer = PageRenderer(lazy), PageRenderer(eager)
    assert all(renderer.render(page) == eager_renderer.render(eager.pages[page.id]) for page in lazy)
    lazy.check_bodies()
    assert lazy.problems == eager.problems


def test_a_page_over_the_limits_found_lazily_shows_the_calm_cannot_be_shown_page(messy_guide: Path) -> None:
    store = load_content(messy_guide, icon_dirs=ICONS, lazy=True)
    assert not any(p.path.name == "too-long.md" for p in store.problems)  # not known until its text is read
    assert PageRenderer(store).render(store.pages["too-long"]) == CANNOT_SHOW_HTML
    assert "Welcome" in PageRenderer(store).render(store.pages["home"])


def test_a_body_that_cannot_be_worked_out_is_refused_calmly_and_reported(
        messy_guide: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    store = load_content(messy_guide, icon_dirs=ICONS, lazy=True)
    real = content_blocks.work_out_body

    def fails_on_scans(text, first_line, path, blocks):
        if path.stem == "scans":
            raise RecursionError("maximum recursion depth exceeded")
        return real(text, first_line, path, blocks)

    monkeypatch.setattr(content_blocks, "work_out_body", fails_on_scans)
    page = store.pages["scans"]
    assert page.body == "" and page.links == ()  # never an exception to whoever asked
    with caplog.at_level(logging.ERROR):
        assert PageRenderer(store).render(page) == CANNOT_SHOW_HTML
    assert "page 'scans'" in caplog.text
    found = store.check_bodies()
    assert any(p.path.name == "scans.md" and "cannot be read" in p.message and "RecursionError" in p.message
               for p in found)


def test_the_load_for_the_first_paint_reads_each_file_once_and_works_out_no_body(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "guide"
    (root / "pages").mkdir(parents=True)
    (root / "blocks").mkdir()
    (root / "blocks" / "note.md").write_text("A shared note.\n", encoding="utf-8")
    for number in range(40):
        (root / "pages" / f"page-{number}.md").write_text(
            page_text(f"Page {number}", body=f"Words {number}.\n\n{{{{> note }}}}\n\n[Next](page-{number + 1})"),
            encoding="utf-8")
    reads: list[Path] = []
    real_read = loader.read_bounded
    monkeypatch.setattr("kiosk.content.limits.read_bounded",
                        lambda path, limit: reads.append(Path(path)) or real_read(path, limit))
    monkeypatch.setattr("kiosk.content.loader.read_bounded",
                        lambda path, limit: reads.append(Path(path)) or real_read(path, limit))
    worked_out: list[Path] = []
    real_work_out = content_blocks.work_out_body
    monkeypatch.setattr(content_blocks, "work_out_body",
                        lambda text, line, path, blocks: worked_out.append(path) or real_work_out(text, line, path,
                                                                                                  blocks))
    store = load_content(root, icon_dirs=ICONS, lazy=True)
    store.topics(), store.shortcuts(), [store.children(page.id) for page in store]  # what Home and menus show
    pages = sorted(root.glob("pages/*.md"))
    assert sorted(path for path in reads if path in pages) == pages  # each page file read once, never again
    assert worked_out == [] and not _worked_out(store)
    assert store.fingerprint == loader.content_fingerprint(root)

    check_bodies(store)  # after the first paint, off the screen's thread
    assert sorted(worked_out) == pages
    assert [p.message for p in store.errors][-1:] == ["link to a missing page 'page-40'"]


def test_a_lazy_page_goes_to_the_index_build_process_as_its_text_and_comes_out_the_same(messy_guide: Path) -> None:
    lazy = load_content(messy_guide, icon_dirs=ICONS, lazy=True)
    lazy.pages["home"].body  # noqa: B018 (one worked out already, the rest not)
    copy = pickle.loads(pickle.dumps(lazy))
    assert not copy.pages["scans"].markdown.is_worked_out and copy.pages["home"].markdown.is_worked_out
    assert copy.pages == load_content(messy_guide, icon_dirs=ICONS).pages


def test_checking_the_bodies_logs_what_it_finds(messy_guide: Path, caplog: pytest.LogCaptureFixture) -> None:
    store = load_content(messy_guide, icon_dirs=ICONS, lazy=True)
    with caplog.at_level(logging.WARNING, logger="kiosk.app"):
        check_bodies(store)
    assert "no-such-page" in caplog.text and "run `kiosk check`" in caplog.text
    assert isinstance(store.problems[-1], Problem) and store.bodies_checked
