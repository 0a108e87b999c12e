"""A nurse with a keyboard: the top bar first in Tab order, a visible focus on every stop, Enter and Space open,
and the scroll keys scroll. Every test drives real key events at whatever has the focus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from kiosk import resources
from kiosk.ui.screens.page_view import PageText
from kiosk.ui.snapshot import settle
from tests.ui.conftest import make_session
from tests.ui.fake_speech import fake_voice


def nurse_session(qtbot, tmp_path):
    session = make_session(qtbot, resources.content_dir(), cache_dir=tmp_path)
    session.read_aloud.attach(fake_voice())  # Listen shows now, not whenever this PC's voice is found
    session.show()  # the app-wide keyboard handling starts here, as in the app
    qtbot.waitExposed(session.window)
    session.window.activateWindow()
    session.window.setFocus()
    settle()
    return session


def press(window: QWidget, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> QWidget:
    """Press ``key`` where a real keyboard's press would go (the focused widget); returns what has focus after."""
    QTest.keyClick(QApplication.focusWidget() or window, key, modifier)
    settle()
    return QApplication.focusWidget()


def tab_stops(window: QWidget, count: int) -> list[QWidget]:
    return [press(window, Qt.Key.Key_Tab) for _ in range(count)]


def tab_to_first_link(window: QWidget, to: str = "page:") -> QWidget:
    """Tab past the top bar and the Listen row to the first link in a page's text whose address starts with ``to``
    (by default a link to a page: the medical words marked for tap-to-explain are stops too)."""
    for _ in range(40):
        stop = press(window, Qt.Key.Key_Tab)
        if isinstance(stop, PageText) and stop.textCursor().charFormat().anchorHref().startswith(to):
            return stop
    raise AssertionError(f"Tab never reached a {to} link in the page's text")


def test_tab_visits_the_top_bar_first_then_the_screen(qtbot, tmp_path) -> None:
    session = nurse_session(qtbot, tmp_path)
    window, bar = session.window, session.window.nav_bar
    stops = tab_stops(window, 6)
    # Back is greyed out on the home screen, so it is no stop.
    assert stops[:5] == [bar.home, bar.search, bar.large_print, bar.high_contrast, bar.urgent]
    assert stops[5] is window.home.topic_buttons[session.store.topics()[0].id]

    session.controller.open_page("treatment")
    stops = tab_stops(window, 10)
    assert stops[:7] == [bar.home, bar.back, bar.search, bar.large_print, bar.high_contrast, bar.print, bar.urgent]
    listen_row = window.page.listen_bar
    assert stops[7:9] == [listen_row.listen, listen_row.take_home]  # under the title, before the text
    assert isinstance(stops[9], PageText)  # the first link (or marked word) in the page's text


def test_after_opening_a_page_the_next_tab_starts_at_the_bar_again(qtbot, tmp_path) -> None:
    session = nurse_session(qtbot, tmp_path)
    window = session.window
    stops = tab_stops(window, 12)  # well into the home screen's cards
    assert stops[-1].objectName().startswith("topic-")
    press(window, Qt.Key.Key_Return)
    assert window.current_screen() is window.page
    assert press(window, Qt.Key.Key_Tab) is window.nav_bar.home


def test_shift_tab_goes_backwards_and_wraps(qtbot, tmp_path) -> None:
    session = nurse_session(qtbot, tmp_path)
    window = session.window
    forward = tab_stops(window, 4)
    assert press(window, Qt.Key.Key_Backtab) is forward[2]
    cards = window.home.topics.cards() + window.home.shortcuts.cards()
    window.nav_bar.home.setFocus(Qt.FocusReason.TabFocusReason)
    assert press(window, Qt.Key.Key_Backtab) is cards[-1]  # before the bar comes the end of the screen


def grab(widget: QWidget) -> QImage:
    return widget.grab().toImage()


def test_every_tab_stop_shows_that_it_has_the_focus(qtbot, tmp_path) -> None:
    session = nurse_session(qtbot, tmp_path)
    window = session.window
    for screen in (lambda: None, lambda: session.controller.open_page("help-and-support"),
                   lambda: session.controller.open_search()):
        screen()
        settle()
        first = press(window, Qt.Key.Key_Tab)
        stop, seen = first, 0
        while True:
            assert stop is not window and not isinstance(stop, QScrollArea), f"{stop} shows no focus"
            focused = grab(stop)
            stop_link = stop.textCursor().selectedText() if isinstance(stop, PageText) else None
            window.setFocus()  # take the focus away and look again: the picture must change
            settle()
            assert grab(stop) != focused, f"{stop.objectName() or stop.text()} looks the same with the focus"
            if isinstance(stop, PageText):
                assert stop_link, "the page text took the focus without choosing a link"
            stop.setFocus(Qt.FocusReason.TabFocusReason if not isinstance(stop, PageText) else
                          Qt.FocusReason.OtherFocusReason)
            if isinstance(stop, PageText):  # back to the same link
                while stop.textCursor().selectedText() != stop_link:
                    stop.focusNextPrevChild(True)
            settle()
            stop = press(window, Qt.Key.Key_Tab)
            seen += 1
            if stop is first or seen > 80:
                break
        assert seen >= 5


def test_enter_and_space_open_a_focused_card(qtbot, tmp_path) -> None:
    session = nurse_session(qtbot, tmp_path)
    window = session.window
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
        session.controller.go_home()
        settle()
        second_card = window.home.topic_buttons[session.store.topics()[1].id]
        stops = tab_stops(window, 8)
        assert second_card in stops  # after the bar (Back is greyed out at first) and the first card
        while QApplication.focusWidget() is not second_card:
            press(window, Qt.Key.Key_Backtab)
        with qtbot.waitSignal(session.controller.page_opened, timeout=2000) as opened:
            press(window, key)
        assert opened.args == [session.store.topics()[1].id]
        assert window.current_screen() is window.page


def test_enter_opens_a_focused_link_and_a_bar_button(qtbot, tmp_path) -> None:
    session = nurse_session(qtbot, tmp_path)
    window = session.window
    session.controller.open_page("biopsy")
    stop = tab_to_first_link(window)
    assert isinstance(stop, PageText) and stop.textCursor().selectedText() == "Receptors"
    with qtbot.waitSignal(session.controller.page_opened, timeout=2000) as opened:
        press(window, Qt.Key.Key_Return)
    assert opened.args == ["receptors"]
    press(window, Qt.Key.Key_Tab)  # Home
    with qtbot.waitSignal(session.controller.page_opened, timeout=2000):
        press(window, Qt.Key.Key_Tab)  # Back
        press(window, Qt.Key.Key_Return)
    assert window.page.page.id == "biopsy"


def test_scroll_keys_scroll_the_page_wherever_the_focus_is(qtbot, tmp_path) -> None:
    session = nurse_session(qtbot, tmp_path)
    window = session.window
    page = window.page
    session.controller.open_page("words-explained")
    settle()
    bar = page.verticalScrollBar()
    assert bar.maximum() > 2 * page.viewport().height()

    def check_keys() -> None:
        focus = QApplication.focusWidget()
        press(window, Qt.Key.Key_PageDown)
        one_page = page.scroll_position()
        assert 0.8 * page.viewport().height() <= one_page <= page.viewport().height()
        press(window, Qt.Key.Key_Down)
        assert page.scroll_position() > one_page
        press(window, Qt.Key.Key_Up)
        assert page.scroll_position() == one_page
        press(window, Qt.Key.Key_PageUp)
        assert page.scroll_position() == 0
        press(window, Qt.Key.Key_End)
        assert page.scroll_position() == bar.maximum()
        press(window, Qt.Key.Key_Home)
        assert page.scroll_position() == 0
        assert QApplication.focusWidget() is focus  # scrolling never moves the focus

    check_keys()  # nothing chosen yet: the window has the focus
    window.nav_bar.search.setFocus(Qt.FocusReason.TabFocusReason)
    check_keys()
    session.controller.open_page("treatment")
    stop = tab_to_first_link(window)
    assert isinstance(stop, PageText)
    session.controller.open_page("words-explained")
    settle()
    card = window.page.related.cards()[0]
    card.setFocus(Qt.FocusReason.TabFocusReason)
    page.set_scroll_position(0)
    check_keys()


def test_scroll_keys_scroll_from_a_chosen_link_too(qtbot, tmp_path) -> None:
    session = nurse_session(qtbot, tmp_path)
    window = session.window
    session.controller.open_page("help-and-support")
    stop = tab_to_first_link(window)
    assert isinstance(stop, PageText)
    window.page.set_scroll_position(0)
    press(window, Qt.Key.Key_PageDown)
    assert window.page.scroll_position() > 0
    assert QApplication.focusWidget() is stop


def test_tab_brings_a_card_below_the_fold_into_view(qtbot, tmp_path) -> None:
    session = nurse_session(qtbot, tmp_path)
    window = session.window
    window.nav_bar.urgent.setFocus(Qt.FocusReason.TabFocusReason)
    session.controller.open_page("treatment")
    window.page.set_scroll_position(0)
    first_link = tab_to_first_link(window)
    for _ in range(40):  # the page's other links and marked words
        if press(window, Qt.Key.Key_Tab) is not first_link:
            break
    stops = tab_stops(window, 5)  # then six cards down
    assert first_link not in stops
    card = stops[-1]
    assert card.objectName().startswith("card-")
    viewport = window.page.viewport()
    top = card.mapTo(viewport, card.rect().topLeft()).y()
    assert top >= 0 and top + card.height() <= viewport.height()


def test_tab_inside_an_open_panel_stays_out_of_the_screen_underneath(qtbot, tmp_path) -> None:
    session = nurse_session(qtbot, tmp_path)
    window = session.window
    session.controller.open_page("help-and-support")
    session.controller.show_address("https://www.macmillan.org.uk")
    stops = set(tab_stops(window, 14))
    panel = window.link_dialog
    assert panel.done in stops and window.nav_bar.urgent in stops
    assert all(s is panel or panel.isAncestorOf(s) or window.nav_bar.isAncestorOf(s) for s in stops)


def focus_coloured_pixels(widget: QWidget, colour: str) -> int:
    image = widget.grab().toImage()
    focus = QColor(colour)
    return sum(1 for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)
               if image.pixelColor(x, y) == focus)


def test_a_link_chosen_with_tab_wears_the_focus_ring(qtbot, tmp_path) -> None:
    session = nurse_session(qtbot, tmp_path)
    window = session.window
    session.controller.open_page("biopsy")
    text = window.page.text
    settle()
    focus = session.themes.theme.colours["focus"]
    assert focus_coloured_pixels(text.viewport(), focus) == 0
    stop = tab_to_first_link(window)
    assert stop is text and text.textCursor().selectedText() == "Receptors"
    assert focus_coloured_pixels(text.viewport(), focus) > 40  # a ring round the link in the focus colour


def test_escape_closes_a_panel_after_tab_has_left_it(qtbot, tmp_path) -> None:
    """Usability test F16: Tab from a panel's Close button reaches the top bar; Escape must still close the panel."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from kiosk import resources
    from kiosk.ui.snapshot import settle
    from tests.ui.conftest import make_session

    session = make_session(qtbot, resources.content_dir(), cache_dir=tmp_path / "index")
    window = session.window
    session.controller.open_page("spread-to-bone")
    session.controller.explain_word("spinal cord compression")
    settle()
    panel = window.word_panel
    assert panel.isVisible()
    for _ in range(10):
        QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
        if QApplication.focusWidget() in window.nav_bar.tab_order():
            break
    assert QApplication.focusWidget() in window.nav_bar.tab_order(), "Tab never reached the top bar"
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    settle()
    assert not panel.isVisible()


def test_a_focused_card_shows_its_ring_on_its_border_and_nothing_drawn_over_its_words(qtbot, tmp_path) -> None:
    """F9: Qt's own focus rectangle was drawn inside the card, offset from it, across the title and summary. The
    ring is the card's border; inside it the card must look exactly as it does without the focus."""
    session = nurse_session(qtbot, tmp_path)
    window = session.window
    card = tab_stops(window, 6)[-1]
    assert card is window.home.topic_buttons[session.store.topics()[0].id]
    inside = card.rect().adjusted(16, 6, -16, -6)  # within the 5 px ring and clear of its rounded corners
    focused = card.grab(inside).toImage()
    border_colour = card.grab().toImage().pixelColor(2, card.height() // 2)
    press(window, Qt.Key.Key_Tab)
    assert not card.hasFocus()
    unfocused = card.grab(inside).toImage()
    assert border_colour != card.grab().toImage().pixelColor(2, card.height() // 2)  # the ring was on the border
    assert focused == unfocused, "something was drawn inside the focused card"


def search_by_keyboard(session, qtbot, words: str) -> None:
    window = session.window
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    settle()
    box = window.search.box
    assert QApplication.focusWidget() is box
    assert session.search.wait(timeout=120), session.search.error
    QTest.keyClicks(box, words)


def test_enter_in_the_search_box_moves_to_the_first_result_and_escape_clears_the_box(qtbot, tmp_path) -> None:
    """F16: Enter in the box did nothing and Escape did nothing visible."""
    session = nurse_session(qtbot, tmp_path)
    window = session.window
    search_by_keyboard(session, qtbot, "chemo")
    with qtbot.waitSignal(session.controller.searched, timeout=30_000):
        QTest.keyClick(window.search.box, Qt.Key.Key_Return)  # before the typing pause is over: searches now
    settle()
    first = window.search.result_cards()[0]
    assert QApplication.focusWidget() is first
    assert press(window, Qt.Key.Key_Return) is not None and window.current_screen() is window.page
    # Back to the results: the focus is on the result just read, not the box (F16).
    press(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_screen() is window.search
    assert QApplication.focusWidget() is window.search.result_cards()[0]
    assert QApplication.focusWidget().objectName() == first.objectName()
    # Escape in the box clears it.
    window.search.box.setFocus(Qt.FocusReason.TabFocusReason)
    assert press(window, Qt.Key.Key_Escape) is window.search.box
    assert window.search.box.text() == "" and not window.search.result_cards()


def test_back_returns_the_focus_to_the_card_a_keyboard_opened(qtbot, tmp_path) -> None:
    session = nurse_session(qtbot, tmp_path)
    window = session.window
    card = tab_stops(window, 8)[-1]
    assert card.objectName().startswith("topic-")
    press(window, Qt.Key.Key_Return)
    assert window.current_screen() is window.page
    assert press(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier) is card
    assert window.current_screen() is window.home


def test_tab_stays_in_an_open_panel_and_its_opener_gets_the_focus_back(qtbot, tmp_path) -> None:
    """F16: Tab left the panel for the top bar behind it; after Close the focus went to Home, not the word that
    opened the panel. Now Tab goes round the panel (and Urgent help), and Close hands the focus back."""
    session = nurse_session(qtbot, tmp_path)
    window = session.window
    session.controller.open_page("spread-to-bone")
    settle()
    word = tab_to_first_link(window, to="glossary:")
    chosen = word.textCursor().selectedText()
    press(window, Qt.Key.Key_Return)
    panel = window.word_panel
    assert panel.isVisible()
    stops = tab_stops(window, 6)
    assert all(panel.isAncestorOf(s) or s is window.nav_bar.urgent for s in stops), stops
    assert any(panel.isAncestorOf(s) for s in stops) and window.nav_bar.urgent in stops
    while QApplication.focusWidget() is window.nav_bar.urgent:
        press(window, Qt.Key.Key_Tab)
    assert press(window, Qt.Key.Key_Escape) is word
    assert not panel.isVisible()
    assert word.textCursor().selectedText() == chosen



def counting_nurse_session(qtbot, tmp_path):
    """A nurse's session that counts use, so pages ask "Was this page helpful?"."""
    from kiosk.usage.counter import UsageCounter

    session = make_session(qtbot, resources.content_dir(), cache_dir=tmp_path / "index",
                           usage=UsageCounter(tmp_path / "usage.sqlite3"))
    session.show()
    qtbot.waitExposed(session.window)
    session.window.activateWindow()
    session.window.setFocus()
    settle()
    return session


def test_answering_was_this_page_helpful_from_the_keyboard_leaves_the_focus_on_the_thanks(qtbot, tmp_path) -> None:
    """A nurse answers with Space: the focus moves to "Thank you", ringed and in view, not onto the answer buttons
    that have gone; Tab goes on from there (to the top bar, the page having nothing after it) and Shift+Tab goes
    back up the page."""
    session = counting_nurse_session(qtbot, tmp_path)
    window = session.window
    session.controller.open_page("bone-scan")
    settle()
    row = window.page.helpful
    for _ in range(4):  # from the foot of the page: No, then Yes
        if press(window, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier) is row.yes:
            break
    else:
        raise AssertionError("Shift+Tab never reached Yes")
    above = window.focus_order()[window.focus_order().index(row.yes) - 1]
    focused = press(window, Qt.Key.Key_Space)
    assert not row.yes.isVisible() and row.thanks.isVisible()
    assert focused is row.thanks, f"the focus is on {focused}"
    assert row.thanks.visibleRegion().boundingRect() == row.thanks.rect(), "the thanks is not wholly in view"
    focus = session.themes.theme.colours["focus"]
    assert focus_coloured_pixels(row.thanks, focus) > 40, "no focus ring round the thanks"
    assert press(window, Qt.Key.Key_Tab) is window.nav_bar.tab_order()[0]
    assert press(window, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier) is row.thanks
    assert press(window, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier) is above


def test_a_tap_on_yes_leaves_no_focus_ring_on_the_thanks(qtbot, tmp_path) -> None:
    session = counting_nurse_session(qtbot, tmp_path)
    window = session.window
    session.controller.open_page("bone-scan")
    settle()
    row = window.page.helpful
    window.page.ensureWidgetVisible(row.yes)
    settle()
    qtbot.mouseClick(row.yes, Qt.MouseButton.LeftButton)
    settle()
    assert row.thanks.isVisible() and not row.thanks.hasFocus()
    assert focus_coloured_pixels(row.thanks, session.themes.theme.colours["focus"]) == 0
