"""The Easy Read pages: one short idea a line, a picture from the kiosk's own icons beside each, and the red flags
in the shared blocks' own words, in the order FACTS.md section 2 gives."""

from __future__ import annotations

import re

import pytest

from kiosk import resources
from kiosk.content.check import check
from kiosk.content.loader import load_content
from kiosk.content.render import PageRenderer

EASY_READ = ("easy-read-urgent-help", "easy-read-what-is-it", "easy-read-tests", "easy-read-treatment",
             "easy-read-feelings", "easy-read-help-and-support")
ROW = re.compile(r"^\|\s*(!\[[^\]]+\]\(icon:([a-z0-9-]+)\))?\s*\|\s*(.*?)\s*\|$")


@pytest.fixture(scope="module")
def store():
    return load_content(resources.content_dir(), icon_dirs=[resources.icon_dir()])


def rows(body: str) -> list[tuple[str, str]]:
    """(icon, words) for each picture row of the page's tables (header and rule rows left out)."""
    found = []
    for line in body.splitlines():
        match = ROW.match(line.strip())
        if match and match.group(3) and not set(match.group(3)) <= set("-|"):
            found.append((match.group(2) or "", match.group(3)))
    return found


@pytest.mark.parametrize("page_id", EASY_READ)
def test_each_point_has_its_picture_and_one_short_idea(store, page_id: str) -> None:
    page = store.get(page_id)
    assert page is not None and page.parent == "easy-read" and page.menu.value == "hidden"  # out of search
    points = rows(page.own_body or page.body)
    assert len(points) >= 2
    for icon, words in points:
        assert icon and resources.icon(icon).is_file(), f"{page_id}: “{words}” has no picture"
        sentences = [s for s in re.split(r"(?<=[.?!])\s+", words) if s]
        assert len(sentences) <= 2, f"{page_id}: more than one idea on a line: {words}"
        assert all(len(s.split()) <= 14 for s in sentences), f"{page_id}: a long sentence: {words}"


def test_the_easy_read_pages_pass_the_content_check(store) -> None:
    problems = [p for p in check(store).problems if "easy-read" in str(p.path)]
    assert not problems, [p.message for p in problems]


def test_easy_read_urgent_help_uses_the_red_flag_blocks_in_the_urgent_help_order(store) -> None:
    body = store.get("easy-read-urgent-help").path.read_text(encoding="utf-8")
    order = [body.index(f"{{{{> red-flags/{name} }}}}") for name in
             ("call-999", "tell-staff", "summary", "cannot-get-through")]
    assert order == sorted(order), "999 first, then staff, then the cancer line, then A&E or 111"
    rendered = store.get("easy-read-urgent-help").body
    assert "has a fit (seizure) for the first time" in rendered  # the block's words, not a rewording
    assert "go to A&E (the emergency department) now" in rendered


def test_an_icon_is_drawn_icon_sized_beside_its_words(store) -> None:
    html = PageRenderer(store, {}).render(store.get("easy-read-feelings"))
    assert re.search(r"<img[^>]+src=\"file://[^\"]+/resources/icons/heart\.svg\"[^>]*width=\"72\"", html) or \
        re.search(r"<img[^>]+width=\"72\"[^>]+heart\.svg", html), html[:500]


def test_an_unknown_icon_is_a_missing_image(tmp_path) -> None:
    from tests.conftest import page_text

    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "a.md").write_text(page_text("A", body="| | |\n|---|---|\n| ![X](icon:no-such) | Hi. |"))
    (tmp_path / "pages" / "b.md").write_text(page_text("B", body="![X](icon:../../etc/passwd)"))
    store = load_content(tmp_path)
    assert sum("missing image" in p.message for p in store.problems) == 2
