"""The search screen on a touch screen: the keyboard on every visit, and the same heading and topics every time."""

from __future__ import annotations

from kiosk.ui.snapshot import settle
from tests.ui.test_urgent_help import kiosk_session, tap_at


def tap_key(window, letter: str) -> None:
    key = window.keyboard.keys[letter]
    tap_at(window, key.mapToGlobal(key.rect().center()))


def painted(widget) -> bool:
    """On screen and not hidden under anything else."""
    return widget.isVisible() and not widget.visibleRegion().isEmpty()


def test_first_visit_shows_the_heading_the_topics_and_the_keyboard(qtbot, tmp_path) -> None:
    session = kiosk_session(qtbot, tmp_path)
    window = session.window
    session.controller.open_search()
    settle()
    search = window.search
    assert painted(window.keyboard)
    assert painted(search.heading) and search.heading.text() == "Search"
    assert painted(search.topics_heading)
    assert painted(search.topics) and len(search.topics.cards()) == len(session.store.topics())
    assert window.focusWidget() is search.box


def test_keyboard_comes_back_on_every_visit_after_its_search_key(qtbot, tmp_path) -> None:
    session = kiosk_session(qtbot, tmp_path)
    window, controller = session.window, session.controller
    controller.open_search()
    settle()
    for letter in "bone":
        tap_key(window, letter)
    with qtbot.waitSignal(controller.searched, timeout=5000):
        tap_key(window, "\n")  # the keyboard's Search key puts it away to show every result
    assert not window.keyboard.isVisible()
    controller.go_home()
    controller.open_search()
    settle()
    assert painted(window.keyboard)
    # A tap where a key is painted types that letter: it does not open the result that used to be there.
    tap_key(window, "s")
    assert window.search.query() == "bones"
    assert window.current_screen() is window.search

    # Coming back with Back counts as a visit too.
    controller.open_page("biopsy")
    controller.go_back()
    settle()
    assert window.current_screen() is window.search and painted(window.keyboard)


def test_same_heading_and_topics_on_the_first_and_later_visits(qtbot, tmp_path) -> None:
    session = kiosk_session(qtbot, tmp_path)
    window, controller = session.window, session.controller
    seen = []
    for _ in range(2):
        controller.open_search()
        settle()
        search = window.search
        seen.append((painted(search.heading), painted(search.topics_heading), len(search.topics.cards())))
        controller.go_home()
    assert seen[0] == seen[1] == (True, True, len(session.store.topics()))


def _search_for_something_not_covered(qtbot, tmp_path, size: tuple[int, int]):
    """A touch-screen kiosk of ``size`` in Large print, having searched for something the guide does not cover."""
    from kiosk import resources
    from tests.ui.conftest import make_session

    session = make_session(qtbot, resources.content_dir(), cache_dir=tmp_path / "index", size=size)
    assert session.search.wait(timeout=120), session.search.error
    session.themes.set_large(True)
    session.keyboard_policy.touch_screen = True
    session.controller.open_search()
    session.window.search.set_query("knitting patterns")
    session.controller.finish_search()
    settle()
    return session


def test_nothing_found_in_large_print_puts_the_keyboard_away_so_the_whole_message_shows(qtbot, tmp_path) -> None:
    from kiosk.ui.controller import NOTHING_FOUND_PAUSE_MS

    # 1024x680: at 1024x768 the message now fits above the keyboard's fingertip-sized keys (test_keyboard_room).
    session = _search_for_something_not_covered(qtbot, tmp_path, (1024, 680))
    window, search = session.window, session.window.search
    try:
        assert search.not_covered.isVisible() and not search.message_fully_shown()  # under the keyboard
        assert painted(window.keyboard)  # not snatched away from someone still typing
        qtbot.waitUntil(lambda: not window.keyboard.isVisible(), timeout=NOTHING_FOUND_PAUSE_MS + 2000)
        settle()
        assert search.message_fully_shown()
        tap_at(window, search.urgent_button.mapToGlobal(search.urgent_button.rect().center()))
        assert window.current_screen() is window.page and window.page.page.id == session.store.guide.urgent_page
    finally:
        session.themes.set_large(False)


def test_nothing_found_leaves_the_keyboard_up_when_the_message_shows_above_it(qtbot, tmp_path) -> None:
    from kiosk.ui.controller import NOTHING_FOUND_PAUSE_MS

    session = _search_for_something_not_covered(qtbot, tmp_path, (1080, 1920))
    try:
        assert session.window.search.message_fully_shown()
        qtbot.wait(NOTHING_FOUND_PAUSE_MS + 300)
        assert painted(session.window.keyboard)
    finally:
        session.themes.set_large(False)


def test_a_library_of_2000_topics_makes_one_batch_of_cards_and_more_on_request(qtbot, tmp_path) -> None:
    """Thousands of topics (a generated or imported library): the screen makes a batch of cards, not one a page,
    and "More topics" adds the next batch until every topic can be reached."""
    from pathlib import Path

    from PySide6.QtCore import Qt

    from kiosk.content.model import Page, PageMarkdown
    from kiosk.ui.screens.search_view import TOPIC_BATCH, SearchView
    from kiosk.ui.widgets.card_button import CardButton

    pages = [Page(id=f"page-{n}", title=f"Topic {n}", summary=f"About topic {n}.",
                  markdown=PageMarkdown.given("Words."),
                  path=Path(f"page-{n}.md"), body_line=1) for n in range(2000)]
    view = SearchView()
    qtbot.addWidget(view)
    view.resize(1024, 768)
    view.set_topics(pages)
    view.show()
    settle()
    made = view.topics.findChildren(CardButton)
    assert len(made) == TOPIC_BATCH < 2000
    assert [c.objectName() for c in view.topics.cards()] == [f"result-page-{n}" for n in range(TOPIC_BATCH)]
    view.ensureWidgetVisible(view.more_topics)  # under the cards: a person scrolls down to it
    settle()
    assert painted(view.more_topics)
    qtbot.mouseClick(view.more_topics, Qt.MouseButton.LeftButton)
    settle()
    assert len(view.topics.cards()) == 2 * TOPIC_BATCH
    assert view.topics.cards()[TOPIC_BATCH].objectName() == f"result-page-{TOPIC_BATCH}"
    view.set_topics(pages[:TOPIC_BATCH + 3])  # a smaller library: the last batch leaves nothing more to show
    view.hide()
    view.show()
    settle()
    qtbot.mouseClick(view.more_topics, Qt.MouseButton.LeftButton)
    settle()
    assert len(view.topics.cards()) == TOPIC_BATCH + 3 and not view.more_topics.isVisible()


def test_a_red_flag_typed_before_search_is_ready_offers_urgent_help_whole_above_the_keys(qtbot, tmp_path,
                                                                                         monkeypatch) -> None:
    """On a short screen in Large print (1024x680, as for "not covered" above) the keys cover the Urgent help
    button offered while the index is not open yet; they step aside as for "not covered", and one tap on the button
    opens Urgent help."""
    import threading

    from kiosk import resources
    from kiosk.search.engine import SearchIndex
    from kiosk.ui.controller import NOTHING_FOUND_PAUSE_MS
    from tests.ui.conftest import make_session

    release = threading.Event()

    def not_yet(*args, **kwargs) -> SearchIndex:
        release.wait(600)
        raise OSError("the test is over")

    monkeypatch.setattr(SearchIndex, "open", not_yet)
    session = make_session(qtbot, resources.content_dir(), cache_dir=tmp_path / "index", size=(1024, 680))
    window, search = session.window, session.window.search
    try:
        session.themes.set_large(True)
        session.keyboard_policy.touch_screen = True
        session.controller.open_search()
        search.set_query("chest pain")
        qtbot.waitUntil(lambda: search.urgent_button.isVisible(), timeout=10_000)
        settle()
        assert not search.message_fully_shown() and painted(window.keyboard)  # under the keys at first
        assert not session.search.is_ready and search.status.text().startswith("Getting search ready")
        qtbot.waitUntil(lambda: search.message_fully_shown() and search.status.visibleRegion().boundingRect()
                        == search.status.rect(), timeout=NOTHING_FOUND_PAUSE_MS + 10_000)
        settle()
        tap_at(window, search.urgent_button.mapToGlobal(search.urgent_button.rect().center()))
        assert window.current_screen() is window.page and window.page.page.id == session.store.guide.urgent_page
    finally:
        release.set()
        session.themes.set_large(False)
