"""The whole app driven as a person would: tap a topic, read, go deeper, back, home, search, large print, go idle.

No part of it may open a network connection or load Qt's network module.
"""

from __future__ import annotations

import socket
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication

from kiosk.ui.snapshot import settle


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[tuple]:
    """Fail loudly if anything creates an internet socket or resolves a name."""
    attempts: list[tuple] = []
    real_socket = socket.socket

    class GuardedSocket(real_socket):
        def __init__(self, family=socket.AF_INET, *args, **kwargs) -> None:
            attempts.append(("socket", family))
            raise AssertionError(f"the kiosk tried to open a socket ({family})")

    def refuse(*args, **kwargs):
        attempts.append(("resolve", args))
        raise AssertionError("the kiosk tried to look up a network name")

    monkeypatch.setattr(socket, "socket", GuardedSocket)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def tap(qtbot, widget: QAbstractButton) -> None:
    # Leave time between taps so QTest does not send them as double clicks.
    qtbot.wait(QApplication.doubleClickInterval() + 20)
    assert widget.isVisible(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    settle()


def test_a_person_uses_the_kiosk_end_to_end(qtbot, session, no_network) -> None:
    window, controller = session.window, session.controller
    session.show()
    session.idle.idle.setInterval(60_000)

    # Tap a topic on the home screen, then one of its sub-pages.
    tap(qtbot, window.home.topic_buttons["treatment"])
    assert window.page.title.text() == "Treatment"
    sub_page = next(c for c in window.page.children.cards() if c.objectName() == "card-radiotherapy")
    tap(qtbot, sub_page)
    assert window.page.title.text() == "Radiotherapy"
    assert len(window.page.text.toPlainText()) > 500

    # Back to the topic, then Home.
    tap(qtbot, window.nav_bar.back)
    assert window.page.page.id == "treatment"
    tap(qtbot, window.nav_bar.home)
    assert window.current_screen() is window.home

    # Search the way a patient types, misspelt, then tap the first result.
    tap(qtbot, window.nav_bar.search)
    assert window.current_screen() is window.search
    with qtbot.waitSignal(controller.searched, timeout=5000):
        QTest.keyClicks(window.search.box, "chemoterapy")
    cards = window.search.result_cards()
    assert cards, window.search.status.text()
    assert cards[0].objectName() == "result-chemotherapy"
    assert "<b>" in cards[0].summary_label.text()
    tap(qtbot, cards[0])
    assert window.page.page.id == "chemotherapy"

    # Large print on: every screen still usable, nothing scrolls sideways.
    tap(qtbot, window.nav_bar.large_print)
    assert session.themes.large
    for screen in (window.page, window.home, window.search):
        window.stack.setCurrentWidget(screen)
        settle()
        assert screen.horizontalScrollBar().maximum() == 0
    window.stack.setCurrentWidget(window.page)
    tap(qtbot, window.nav_bar.urgent)
    assert window.page.page.id == "urgent-help"
    assert window.page.call_panel.isVisible() and "0161 496 0999" in window.page.call_panel.text()

    # Walk away: the countdown comes, then the kiosk is ready for the next person.
    session.idle.idle.setInterval(100)
    session.idle.tick.setInterval(20)
    session.idle.idle.start()
    with qtbot.waitSignal(controller.reset_done, timeout=5000):
        pass
    assert controller.is_at_start()
    assert not session.themes.large and window.search.query() == ""

    assert no_network == []
    assert "PySide6.QtNetwork" not in sys.modules


def test_every_typed_text_is_safe_in_the_search_box(qtbot, session) -> None:
    controller, view = session.controller, session.window.search
    controller.open_search()
    for text in ['"', "((((", "title:x AND", "NOT", "🙂 emoji", "\x00\x07", "a" * 5000, "*", "?~^", "<b>x</b>"]:
        with qtbot.waitSignal(controller.searched, timeout=5000):
            view.set_query(text)
        # Some answer shows: the count, the "not covered" message, or (beside the keyboard on a short screen,
        # where the count gives its line to them) the results themselves.
        assert view.status.isVisible() or view.not_covered.isVisible() or bool(view.result_cards())
    # Titles are plain text and snippets arrive escaped, so nothing in a result is ever read as markup.
    view.show_results("x", [("p", "<b>Bold?</b> <script>", "&lt;script&gt; and <b>match</b>")], None)
    [card] = view.result_cards()
    assert card.title_label.textFormat() == Qt.TextFormat.PlainText
    assert card.title_label.text() == "<b>Bold?</b> <script>"
    assert "<script>" not in card.summary_label.text()


def test_outlook_figures_stay_behind_their_choice_even_in_search(qtbot, session) -> None:
    session.controller.open_search()
    with qtbot.waitSignal(session.controller.searched, timeout=5000):
        session.window.search.set_query("how long will I live survival")
    ids = [c.objectName() for c in session.window.search.result_cards()]
    assert "result-outlook" not in ids
    assert ids[0] == "result-living-with-secondary-breast-cancer"  # the page that offers the choice
