"""A tap never leaves a keyboard focus ring behind (usability test F8): not on Home when the tapped button goes away,
not on a top-bar toggle."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from kiosk import resources
from kiosk.ui.snapshot import settle
from tests.ui.conftest import make_session
from tests.ui.fake_speech import fake_voice
from tests.ui.test_urgent_help import tap_at


def picture(widget):
    return widget.grab().toImage()


def test_tapping_listen_leaves_no_focus_ring_on_home(qtbot, tmp_path) -> None:
    session = make_session(qtbot, resources.content_dir(), cache_dir=tmp_path / "index")
    session.read_aloud.attach(fake_voice())
    session.controller.open_page("where-it-has-spread")
    settle()
    window, home = session.window, session.window.nav_bar.home
    before = picture(home)
    listen = window.page.listen_bar.listen
    tap_at(window, listen.mapToGlobal(listen.rect().center()))
    settle()
    assert not listen.isVisible()  # Listen became Pause under the finger
    assert picture(home) == before, "Home is painted differently (a focus ring) after tapping Listen"
    assert QApplication.focusWidget() not in window.nav_bar.tab_order()


def test_tapping_large_print_leaves_the_toggle_without_a_focus_ring(qtbot, tmp_path) -> None:
    session = make_session(qtbot, resources.content_dir(), cache_dir=tmp_path / "index")
    window = session.window
    toggle = window.nav_bar.large_print
    try:
        before = picture(toggle)
        for _ in range(2):  # on, then off: the picture after must be the picture before
            tap_at(window, toggle.mapToGlobal(toggle.rect().center()))
            settle()
        assert not session.themes.theme.large
        assert picture(toggle) == before, "the toggle is painted differently (a focus ring) after two taps"
        assert QApplication.focusWidget() is not toggle
    finally:
        session.themes.set_large(False)
