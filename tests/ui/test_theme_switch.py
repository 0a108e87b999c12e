"""Theme switches restyle what is on screen at once and the hidden screens once the switching stops."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kiosk.ui.snapshot import settle
from kiosk.ui.theme import HIDDEN_PART_GAP_MS, HIDDEN_PARTS_AFTER_MS


def test_rapid_large_print_taps_restyle_a_hidden_screen_once_and_it_shows_in_the_last_size(qtbot, session):
    window, themes = session.window, session.themes
    session.controller.open_page("treatment")
    settle()
    qtbot.wait(HIDDEN_PARTS_AFTER_MS + 10 * HIDDEN_PART_GAP_MS)  # the start's own hidden restyles are done
    styled: list[str] = []
    style = themes._style
    themes._style = lambda part: (styled.append(part.objectName()), style(part))
    card = window.home.topic_buttons["symptoms"]
    normal = card.title_label.fontInfo().pixelSize()
    try:
        for _ in range(5):  # on, off, on, off, on
            qtbot.mouseClick(window.nav_bar.large_print, Qt.MouseButton.LeftButton)
            qtbot.wait(5)  # quicker than the hidden screens' turn: a person tapping again and again
        assert themes.large and window.home.objectName() not in styled
        qtbot.waitUntil(lambda: window.home.objectName() in styled, timeout=3000)
        qtbot.wait(HIDDEN_PART_GAP_MS * 10)
        assert styled.count(window.home.objectName()) == 1
        session.controller.go_home()
        settle()
        assert card.title_label.fontInfo().pixelSize() >= 1.5 * normal  # the last switch's size, not an earlier
    finally:
        themes._style = style
