"""The on-screen keyboard on short screens: a finger on its Search key opens nothing else, and the results share
the screen with the keys in every text size (usability test of 7 December, F1 and F3)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest

from kiosk import resources
from kiosk.ui.snapshot import settle
from tests.ui.conftest import CLINIC, make_session, seed_shipped_index
from tests.ui.test_urgent_help import tap_at

LEFT = Qt.MouseButton.LeftButton
NONE = Qt.KeyboardModifier.NoModifier


def touch_kiosk(qtbot, tmp_path, size: tuple[int, int], large: bool = False):
    session = make_session(qtbot, resources.content_dir(), cache_dir=tmp_path / "index", size=size)
    assert session.search.wait(timeout=120), session.search.error
    session.keyboard_policy.touch_screen = True
    session.themes.set_large(large)
    session.controller.open_search()
    settle()
    return session


def type_on_keys(session, qtbot, text: str) -> None:
    window = session.window
    with qtbot.waitSignal(session.controller.searched, timeout=10_000, check_params_cb=lambda typed: typed == text):
        for letter in text:
            key = window.keyboard.keys[letter]
            tap_at(window, key.mapToGlobal(key.rect().center()))
    settle()


def on_screen(widget, window) -> QRect:
    """Where ``widget`` is painted, in window coordinates (empty when scrolled out of sight or hidden)."""
    seen = widget.visibleRegion().boundingRect()
    if seen.isEmpty() or not widget.isVisible():
        return QRect()
    return QRect(widget.mapTo(window, seen.topLeft()), seen.size())


def test_holding_the_search_key_while_nothing_is_found_opens_no_page(qtbot, tmp_path) -> None:
    """F1: "wifi" finds nothing; the finger goes down on the keyboard's Search key and stays there longer than the
    pause after which a hidden "not covered" message moves the keyboard aside, then lifts at the same point. The
    keyboard must not vanish under the finger, and the lift must open no topic card that slid under it."""
    from kiosk.ui.controller import NOTHING_FOUND_PAUSE_MS

    session = touch_kiosk(qtbot, tmp_path, (1024, 768))
    window, controller = session.window, session.controller
    opened: list[str] = []
    controller.page_opened.connect(opened.append)
    type_on_keys(session, qtbot, "wifi")
    assert window.search.not_covered.isVisible()
    key = window.keyboard.search
    point = window.mapFromGlobal(key.mapToGlobal(key.rect().center()))
    QTest.qWait(400)  # not a double click with the last letter
    QTest.mousePress(window, LEFT, NONE, point)
    qtbot.wait(NOTHING_FOUND_PAUSE_MS + 500)  # the finger rests on the key
    assert window.keyboard.isVisible(), "the keyboard went away under the finger"
    QTest.mouseRelease(window, LEFT, NONE, point)
    settle()
    assert opened == [] and window.current_screen() is window.search
    # A second press and release at that point, now that the keyboard has stepped aside, may open what is painted
    # there: that is a tap the patient saw land on it. The first lift alone must never have done so.


def test_a_press_on_one_card_and_lift_on_another_opens_neither(qtbot, tmp_path) -> None:
    session = touch_kiosk(qtbot, tmp_path, (1280, 800))
    window, controller = session.window, session.controller
    session.keyboard_policy.touch_screen = False
    session.keyboard_policy.physical_keyboard_seen = True
    controller.update_keyboard()
    window.search.set_query("wifi")
    controller.finish_search()
    settle()
    cards = window.search.topics.cards()
    assert len(cards) >= 2
    opened: list[str] = []
    controller.page_opened.connect(opened.append)
    start = window.mapFromGlobal(cards[0].mapToGlobal(cards[0].rect().center()))
    end = window.mapFromGlobal(cards[1].mapToGlobal(cards[1].rect().center()))
    QTest.mousePress(window, LEFT, NONE, start)
    QTest.mouseMove(window, end)
    QTest.mouseRelease(window, LEFT, NONE, end)
    settle()
    assert opened == []


SCREENS = [(1024, 768), (1366, 768), (1280, 800), (1920, 1080), (1080, 1920)]


@pytest.fixture(scope="module")
def typing_kiosk(qapp, tmp_path_factory):
    """One touch kiosk for every size and text size: building one per case would cost the suite a minute."""
    from kiosk.content.sources import load_store
    from kiosk.ui.session import build_session

    session = build_session(qapp, load_store(resources.content_dir()), CLINIC,
                            cache_dir=seed_shipped_index(resources.content_dir(), tmp_path_factory.mktemp("index")))
    session.window.show()
    assert session.search.wait(timeout=120), session.search.error
    session.keyboard_policy.touch_screen = True
    yield session
    session.shutdown()
    session.window.close()
    session.themes.set_normal()


@pytest.mark.parametrize("size", SCREENS, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("large", [False, True], ids=["normal", "large"])
@pytest.mark.parametrize("typed", ["chemo", "chemoterapy"])
def test_typing_shows_the_whole_box_and_two_whole_results_above_the_keyboard(qtbot, typing_kiosk, size, large,
                                                                                typed) -> None:
    """F3: while the keyboard is up, on every kiosk screen and in both text sizes (1920x1080 in Large print left
    one result whole), a person typing sees the whole search box and at least two whole result cards above the
    keys, read from where they are painted; a misspelling's results take that room, not a "Did you mean" button
    for the words already searched (F11)."""
    session = typing_kiosk
    session.window.resize(*size)
    session.themes.set_large(large)
    session.controller.reset(keep_text_size=True)
    session.controller.open_search()
    settle()
    try:
        window = session.window
        # All but the last letter put in the box at once (tapping each costs a double-click pause), the last one
        # tapped on its key, as a finger would.
        window.search.box.setText(typed[:-1])
        with qtbot.waitSignal(session.controller.searched, timeout=10_000,
                              check_params_cb=lambda text: text == typed):
            key = window.keyboard.keys[typed[-1]]
            tap_at(window, key.mapToGlobal(key.rect().center()))
        settle()
        keyboard = on_screen(window.keyboard, window)
        assert not keyboard.isEmpty(), "the keyboard is not up"
        assert keyboard.bottom() == window.height() - 1
        box = on_screen(window.search.box, window)
        assert box == QRect(window.search.box.mapTo(window, QPoint(0, 0)), window.search.box.size()), \
            "the search box is cut"
        assert box.bottom() < keyboard.top()
        whole = [c for c in window.search.result_cards()
                 if on_screen(c, window) == QRect(c.mapTo(window, QPoint(0, 0)), c.size())
                 and on_screen(c, window).bottom() < keyboard.top()]
        assert len(whole) >= 2, f"{len(whole)} whole result cards above the keyboard"
        # The keys are still a finger's size.
        assert min(k.height() for k in window.keyboard.keys.values()) >= 48
        assert min(k.width() for k in window.keyboard.keys.values()) >= 48
        # The first card seen is the first result, and its title is in the picture.
        first = window.search.result_cards()[0]
        assert first in whole and on_screen(first.title_label, window).height() == first.title_label.height()
        assert on_screen(window.search.did_you_mean, window).isEmpty(), "Did you mean offers what is shown"
    finally:
        session.themes.set_large(False)


@pytest.mark.parametrize(("size", "large"), [((1024, 768), True), ((1920, 1080), False), ((1080, 1920), False)],
                         ids=["1024x768-large", "1920x1080-normal", "1080x1920-normal"])
def test_the_box_stays_put_as_results_come_and_the_keyboard_goes_and_comes_back(qtbot, typing_kiosk, size,
                                                                                 large) -> None:
    """F11: the search box is where the finger saw it whether the keys are up or put away (it jumped 46 px, and
    208 px in Large print, as the hint and heading came back) and whether results make the screen scroll (it
    moved sideways as the scroll bar came and went)."""
    session = typing_kiosk
    window, controller = session.window, session.controller
    window.resize(*size)
    session.themes.set_large(large)
    controller.reset(keep_text_size=True)
    controller.open_search()
    settle()

    def box() -> QRect:
        return on_screen(window.search.box, window)

    left = box().left()
    window.search.box.setText("chem")
    with qtbot.waitSignal(controller.searched, timeout=10_000, check_params_cb=lambda text: text == "chemo"):
        key = window.keyboard.keys["o"]
        tap_at(window, key.mapToGlobal(key.rect().center()))
    settle()
    typing = box()
    assert typing.left() == left, "the box moved sideways as the results came"
    assert window.search.verticalScrollBar().maximum() > 0  # the results made the screen scroll
    search_key = window.keyboard.search
    tap_at(window, search_key.mapToGlobal(search_key.rect().center()))
    assert not window.keyboard_shown()
    assert box() == typing, "the box jumped as the keyboard went away"
    assert all(card.summary_label.isVisible() for card in window.search.result_cards()[:1])
    tap_at(window, window.search.box.mapToGlobal(window.search.box.rect().center()))
    assert window.keyboard_shown() and box() == typing, "the box jumped as the keyboard came back"
