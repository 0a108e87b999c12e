"""Words explained has an A–Z row that stays on screen and jumps to a letter, big enough for a finger in Large print."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint

from kiosk import resources
from kiosk.ui.snapshot import settle
from kiosk.ui.widgets.letter_bar import SMALLEST_PX
from tests.ui.conftest import make_session
from tests.ui.test_search_screen import painted
from tests.ui.test_urgent_help import tap_at


def glossary_headings(session) -> list[str]:
    return [line[3:].strip() for line in session.store.get("words-explained").body.splitlines()
            if line.startswith("## ")]


def heading_top_on_screen(page, heading: str) -> int:
    """Where ``heading`` is painted, in pixels from the top of the scrolling part of the screen."""
    document = page.text.document()
    block = document.begin()
    while block.isValid() and block.text().strip() != heading:
        block = block.next()
    assert block.isValid(), heading
    top = round(document.documentLayout().blockBoundingRect(block).top())
    return page.text.mapTo(page.viewport(), page.text.rect().topLeft()).y() + top


def open_glossary(qtbot, tmp_path, *, large: bool = False, size=(1280, 800)):
    session = make_session(qtbot, resources.content_dir(), size=size, cache_dir=tmp_path)
    session.themes.set_large(large)
    session.controller.open_page("words-explained")
    settle()
    return session


def test_a_to_z_row_shows_only_on_words_explained_with_each_letter_that_has_words(qtbot, tmp_path) -> None:
    session = open_glossary(qtbot, tmp_path)
    bar = session.window.page.letter_bar
    assert painted(bar)
    letters = list(dict.fromkeys(h[0].upper() for h in glossary_headings(session)))
    assert list(bar.buttons) == letters
    assert all(painted(b) for b in bar.buttons.values())
    session.controller.open_page("biopsy")
    settle()
    assert not bar.isVisible()
    assert session.window.page.viewport().geometry().top() == 0  # no empty strip left where the row was


def test_tapping_a_letter_brings_its_first_word_to_the_top(qtbot, tmp_path) -> None:
    session = open_glossary(qtbot, tmp_path)
    page, bar = session.window.page, session.window.page.letter_bar
    first_m = next(h for h in glossary_headings(session) if h.upper().startswith("M"))
    key = bar.buttons["M"]
    tap_at(session.window, key.mapToGlobal(key.rect().center()))
    assert 0 <= heading_top_on_screen(page, first_m) <= 40
    assert page.scroll_position() > 0

    # The row stays where it is while the words scroll under it, so the next letter is one tap away too.
    page.set_scroll_position(page.verticalScrollBar().maximum())
    settle()
    assert painted(bar.buttons["A"])
    key = bar.buttons["A"]
    tap_at(session.window, key.mapToGlobal(key.rect().center()))
    assert 0 <= heading_top_on_screen(page, glossary_headings(session)[0]) <= 40


@pytest.mark.parametrize("size", [(1280, 800), (1024, 600)])
def test_letters_are_finger_sized_and_all_on_screen_in_large_print(qtbot, tmp_path, size) -> None:
    session = open_glossary(qtbot, tmp_path, large=True, size=size)
    page, bar = session.window.page, session.window.page.letter_bar
    # At least the normal-print touch size where there is room; never under 56 px (WCAG asks 44) where there is not.
    touch = session.themes.normal.px("min_touch") if size == (1280, 800) else SMALLEST_PX
    for letter, button in bar.buttons.items():
        assert button.width() >= touch and button.height() >= touch, letter
        inside = bar.rect().contains(button.geometry())
        assert inside and painted(button), f"{letter} is cut off at {size}"
    # The row never hides the scroll bar, and leaves at least half the screen for the words.
    scroll_bar = page.verticalScrollBar()
    assert bar.geometry().right() < scroll_bar.mapTo(page, QPoint(0, 0)).x()
    assert page.viewport().height() >= page.height() * 3 // 5
    key = bar.buttons["T"]
    tap_at(session.window, key.mapToGlobal(key.rect().center()))
    first_t = next(h for h in glossary_headings(session) if h.upper().startswith("T"))
    assert 0 <= heading_top_on_screen(page, first_t) <= 40
