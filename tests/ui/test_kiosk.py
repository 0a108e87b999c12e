"""Waiting-room behaviour: idle reset, lock-down, staff exit, on-screen keyboard, single instance."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kiosk import resources
from kiosk.settings import StartMode, hash_pin
from kiosk.ui.panels.pin_pad import FREE_TRIES, PinAttempts
from kiosk.ui.services.kiosk_mode import corner_point
from kiosk.ui.services.single_instance import SingleInstance
from kiosk.ui.snapshot import settle
from tests.ui.conftest import CLINIC, make_session

PIN = "246813"
KIOSK = CLINIC.__class__(**{**{f: getattr(CLINIC, f) for f in CLINIC.__slots__ if f != "source"},
                            "mode": StartMode.KIOSK, "staff_pin_hash": hash_pin(PIN)})


def kiosk_session(qtbot, tmp_path: Path, settings=KIOSK, *, quick_idle: bool = False):
    """The locked-down kiosk, full screen. ``quick_idle`` is for tests of the countdown itself: it comes after
    150 ms rather than the test settings' hour. Anywhere else a step slower than that on a busy machine (an
    Urgent help tap that draws the page) would bring the countdown up over what the test is checking."""
    session = make_session(qtbot, resources.content_dir(), settings, cache_dir=tmp_path)
    session.show()
    qtbot.waitExposed(session.window)
    if quick_idle:  # so these tests wait for the countdown for milliseconds, not minutes
        session.idle.idle.setInterval(150)
        session.idle.tick.setInterval(30)
        session.idle.countdown_s = 3
        session.idle.idle.start()
    session.lock.hold.setInterval(150)
    return session


def test_idle_countdown_then_everything_returns_to_the_start(qtbot, tmp_path) -> None:
    session = kiosk_session(qtbot, tmp_path, quick_idle=True)
    c, window = session.controller, session.window
    c.open_page("treatment")
    c.open_page("chemotherapy")
    window.page.set_scroll_position(300)
    c.open_search()
    window.search.set_query("bone pain")
    session.themes.set_large(True)
    c.show_address("https://www.macmillan.org.uk")
    assert window.link_dialog.isVisible()
    with qtbot.waitSignal(session.idle.countdown_started, timeout=3000):
        pass
    assert session.idle.dialog.isVisible()
    assert "go back to the start" in session.idle.dialog.message.text()
    with qtbot.waitSignal(c.reset_done, timeout=3000):
        pass
    assert window.current_screen() is window.home
    assert window.search.query() == "" and window.search.result_cards() == []
    assert not window.search.box.isUndoAvailable()  # Ctrl+Z must not bring the last person's search back
    assert not window.search.did_you_mean.isVisible()
    assert not c.history.can_go_back and not window.nav_bar.back.isEnabled()
    assert not session.themes.large and not window.nav_bar.large_print.isChecked()
    assert not window.overlay_open()
    assert window.page.page is None and window.page.text.toPlainText() == ""
    assert window.page.scroll_position() == 0 and window.home.scroll_position() == 0
    assert not window.keyboard.isVisible()
    assert c.is_at_start()


def test_im_still_here_cancels_the_countdown(qtbot, tmp_path) -> None:
    session = kiosk_session(qtbot, tmp_path, quick_idle=True)
    session.controller.open_page("stage")
    with qtbot.waitSignal(session.idle.countdown_started, timeout=3000):
        pass
    session.idle.tick.setInterval(2000)  # time for the tap below
    with qtbot.waitSignal(session.idle.countdown_cancelled, timeout=2000):
        qtbot.mouseClick(session.idle.dialog.button, Qt.MouseButton.LeftButton)
    assert session.window.page.page.id == "stage"
    assert not session.idle.dialog.isVisible()


def test_no_countdown_when_nothing_has_been_used(qtbot, tmp_path) -> None:
    session = kiosk_session(qtbot, tmp_path, quick_idle=True)
    started: list[bool] = []
    session.idle.countdown_started.connect(lambda: started.append(True))
    qtbot.wait(500)
    assert started == []


def test_ways_out_do_nothing_for_a_patient(qtbot, tmp_path) -> None:
    session = kiosk_session(qtbot, tmp_path)
    window = session.window
    assert window.isFullScreen()
    window.close()
    settle()
    assert window.isVisible() and window.isFullScreen()
    # Offscreen, a key press cannot close a window anyway, so ask the lock directly whether it swallows each one.
    alt, ctrl, plain = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier(0)
    for key, modifiers in ((Qt.Key.Key_F4, alt), (Qt.Key.Key_Escape, plain), (Qt.Key.Key_Q, ctrl),
                           (Qt.Key.Key_W, ctrl)):
        press = QKeyEvent(QEvent.Type.KeyPress, key, modifiers)
        assert session.lock.eventFilter(window, press) is True, key
    ordinary = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, plain, "a")
    assert session.lock.eventFilter(window, ordinary) is False
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(10, 10), QPoint(10, 10))
    assert session.lock.eventFilter(window.page.text, event) is True


def test_windowed_mode_can_be_closed(qtbot, tmp_path) -> None:
    session = make_session(qtbot, resources.content_dir(), cache_dir=tmp_path)
    session.show()
    assert not session.lock.active
    session.window.close()
    assert not session.window.isVisible()


def hold_staff_corner(qtbot, session) -> None:
    point = corner_point(session.window)
    with qtbot.waitSignal(session.lock.staff_gesture, timeout=2000):
        QTest.mousePress(session.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    QTest.mouseRelease(session.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)


def type_pin(qtbot, session, pin: str) -> None:
    """Tap the PIN and OK, and wait for its check (on the pad's worker thread) if the pad took it. The real
    check (Argon2id) can take longer than these tests' 150 ms idle timeout on a busy machine; a person who has
    just tapped OK is not idle, so the idle timer waits for the answer, as it would with a real timeout."""
    pad = session.pin_pad
    for digit in pin:
        qtbot.mouseClick(pad.keys[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(pad.keys["OK"], Qt.MouseButton.LeftButton)
    session.idle.idle.stop()  # after the tap, which restarted it
    if pad.checking:
        with qtbot.waitSignal(pad.checked, timeout=10_000):
            pass
    session.idle.idle.start()


def test_staff_gesture_and_right_pin_leave_kiosk_mode(qtbot, tmp_path) -> None:
    session = kiosk_session(qtbot, tmp_path)
    qtbot.wait(QApplication.doubleClickInterval() + 50)
    hold_staff_corner(qtbot, session)
    pad = session.pin_pad
    assert pad.isVisible() and pad.entry.isVisible()
    type_pin(qtbot, session, PIN)
    assert not pad.isVisible() and session.staff_panel.isVisible()
    qtbot.mouseClick(session.staff_panel.leave_button, Qt.MouseButton.LeftButton)
    assert not session.staff_panel.isVisible()
    assert session.mode is StartMode.WINDOWED
    assert not session.lock.active and session.window.allow_close


def test_a_short_press_on_the_corner_does_nothing(qtbot, tmp_path) -> None:
    session = kiosk_session(qtbot, tmp_path)
    point = corner_point(session.window)
    QTest.mouseClick(session.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    qtbot.wait(300)
    assert not session.pin_pad.isVisible()


def test_wrong_pins_are_slowed_down(qtbot, tmp_path) -> None:
    session = kiosk_session(qtbot, tmp_path)
    pad = session.pin_pad
    pad.open()
    for _ in range(FREE_TRIES):
        type_pin(qtbot, session, "0000")
    assert "Too many wrong PINs" in pad.message.text()
    assert not pad.keys["1"].isEnabled()
    type_pin(qtbot, session, PIN)  # even the right PIN waits out the lock
    assert session.staff_panel is None  # the staff panel was never opened
    assert session.lock.active


def test_pin_lockout_doubles_and_resets_on_success() -> None:
    now = [1000.0]
    attempts = PinAttempts(clock=lambda: now[0])
    for _ in range(FREE_TRIES - 1):
        attempts.failed()
    assert attempts.seconds_locked() == 0
    attempts.failed()
    first = attempts.seconds_locked()
    now[0] += first
    attempts.failed()
    assert attempts.seconds_locked() == 2 * first
    attempts.succeeded()
    assert attempts.seconds_locked() == 0 and attempts.failures == 0


def test_without_a_pin_the_gesture_explains_how_to_set_one(qtbot, tmp_path) -> None:
    settings = KIOSK.__class__(**{**{f: getattr(KIOSK, f) for f in KIOSK.__slots__ if f != "source"},
                                  "staff_pin_hash": ""})
    session = kiosk_session(qtbot, tmp_path, settings)
    qtbot.wait(QApplication.doubleClickInterval() + 50)
    hold_staff_corner(qtbot, session)
    pad = session.pin_pad
    assert "kiosk set-pin" in pad.message.text()
    assert not pad.entry.isVisible() and session.staff_panel is None
    assert session.lock.active


def test_keyboard_shows_on_search_in_kiosk_mode_and_types_without_taking_focus(qtbot, tmp_path) -> None:
    session = kiosk_session(qtbot, tmp_path)
    window = session.window
    assert not window.keyboard.isVisible()
    session.controller.open_search()
    assert window.keyboard.isVisible()
    # The keyboard sits under the screens in the layout, so it never covers the results or the bar.
    assert window.keyboard.geometry().top() >= window.stack.geometry().bottom()
    window.search.box.setFocus()
    for letter in "bone":
        qtbot.mouseClick(window.keyboard.keys[letter], Qt.MouseButton.LeftButton)
    assert window.search.query() == "bone"
    assert window.focusWidget() is window.search.box
    qtbot.mouseClick(window.keyboard.backspace, Qt.MouseButton.LeftButton)
    assert window.search.query() == "bon"
    session.controller.go_home()
    assert not window.keyboard.isVisible()


def test_keyboard_hides_when_a_real_keyboard_is_used_in_windowed_mode(qtbot, tmp_path) -> None:
    session = make_session(qtbot, resources.content_dir(), cache_dir=tmp_path)
    session.show()
    session.controller.open_search()
    assert session.window.keyboard.isVisible()
    QTest.keyClicks(session.window.search.box, "chemo")
    session.controller.go_home()
    session.controller.open_search()
    assert not session.window.keyboard.isVisible()


def test_second_instance_brings_the_first_to_the_front(qtbot, tmp_path) -> None:
    first, second = SingleInstance(tmp_path / "run"), SingleInstance(tmp_path / "run")
    assert first.acquire()
    assert not second.acquire()
    with qtbot.waitSignal(first.show_requested, timeout=3000):
        second.ask_first_to_show()
    first.release()
    assert second.acquire()
    second.release()


def test_unusable_single_instance_folder_never_stops_the_kiosk(tmp_path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert SingleInstance(blocker / "run").acquire()


def test_nurse_shortcuts(qtbot, tmp_path) -> None:
    session = make_session(qtbot, resources.content_dir(), cache_dir=tmp_path)
    window = session.window
    window.activateWindow()
    qtbot.waitActive(window)
    session.controller.open_page("treatment")
    session.controller.open_page("surgery")
    QTest.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.page.page.id == "treatment"
    scale = session.themes.theme.scale
    QTest.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert session.themes.theme.scale > scale
    QTest.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert session.themes.wanted.scale == scale  # so soon after the last switch, it waits for the keys to stop
    qtbot.waitUntil(lambda: not session.themes.switching, timeout=10_000)
    assert session.themes.theme.scale == scale
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_screen() is window.search
    assert window.focusWidget() is window.search.box


def test_an_unexpected_error_shows_a_calm_screen_then_the_start(qtbot, tmp_path, monkeypatch) -> None:
    import sys

    from kiosk.logs import install_excepthook

    session = kiosk_session(qtbot, tmp_path)
    session.controller.open_page("biopsy")
    session.error_screen.timer.setInterval(100)
    import threading

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # both restored after the test
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    install_excepthook(session.error_screen.show_error)
    try:
        raise RuntimeError("a bug somewhere in a slot")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert session.error_screen.isVisible()
    with qtbot.waitSignal(session.controller.reset_done, timeout=3000):
        pass
    assert not session.error_screen.isVisible()
    assert session.controller.is_at_start()


def test_panels_grow_to_fit_their_text_in_large_print(qtbot, tmp_path) -> None:
    session = kiosk_session(qtbot, tmp_path)
    session.themes.set_large(True)
    pad = session.pin_pad
    pad.open()
    type_pin(qtbot, session, "0000")  # the panel's content changes: a message replaces the prompt
    settle()
    for label in (pad.message, pad.heading):
        assert label.height() >= label.heightForWidth(label.width()), label.text()
    assert pad.panel.geometry().bottom() <= session.window.height()
    type_pin(qtbot, session, PIN)
    settle()
    staff = session.staff_panel
    assert staff.isVisible() and staff.panel.geometry().bottom() <= session.window.height()
    for button in (staff.quit_button, staff.leave_button, staff.done_button):
        assert button.height() >= 48 and button.isVisibleTo(staff), button.text()
        assert button.width() >= button.sizeHint().width() - 1, button.text()


def test_urgent_help_still_works_when_the_content_has_no_urgent_page(qtbot, tmp_path, content) -> None:
    root = content("topic", title="Topic")
    session = make_session(qtbot, root, cache_dir=tmp_path / "index")
    qtbot.mouseClick(session.window.nav_bar.urgent, Qt.MouseButton.LeftButton)
    page = session.window.page
    assert page.page is not None and page.page.title == "Urgent help"
    assert "999" in page.text.toPlainText()
    assert "0161 496 0999" in page.call_panel.text()


def test_broken_search_says_so_and_offers_the_topics(qtbot, tmp_path, monkeypatch) -> None:
    from kiosk.search.engine import SearchIndex

    def broken(*args, **kwargs):
        raise RuntimeError("index damaged")

    monkeypatch.setattr(SearchIndex, "open", broken)
    session = make_session(qtbot, resources.content_dir(), cache_dir=tmp_path)
    assert not session.search.wait(timeout=30) and "index damaged" in session.search.error
    session.controller.open_search()
    settle()
    session.window.search.set_query("bone")
    view = session.window.search
    assert "search is not working" in view.status.text()
    assert "could not find" not in view.status.text()
    assert view.topics.isVisible() and view.topics.cards()


def test_a_shut_down_idle_reset_never_brings_the_countdown_back(qtbot, tmp_path) -> None:
    """A retired session (content switched) or a snapshot's countdown: closing its panel, or a page still being read
    aloud, must not start the wait again, or the countdown comes up later over whatever is on screen."""
    session = kiosk_session(qtbot, tmp_path, quick_idle=True)
    idle = session.idle
    session.controller.open_page("biopsy")  # at the start there is nothing to count down for
    idle.shutdown()
    idle.start_countdown()  # as `kiosk snapshot` shows it
    assert idle.dialog.isVisible() and not idle.counting_down
    idle.dialog.close_overlay()  # "I'm still here" on a shut-down session
    idle.someone_is_there()
    assert not idle.idle.isActive() and not idle.tick.isActive()
    started: list[bool] = []
    idle.countdown_started.connect(lambda: started.append(True))
    qtbot.wait(400)  # more than the 150 ms wait: had it started, the countdown would be up
    assert started == [] and not idle.dialog.isVisible()
