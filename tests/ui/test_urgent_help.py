"""Urgent help is one tap away from every screen, panel and countdown, tapped where it is painted, as a finger would."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.ui.panels.overlay import Overlay
from kiosk.ui.snapshot import settle
from tests.ui.test_kiosk import kiosk_session


def tap_at(window: QWidget, global_point: QPoint) -> QWidget:
    """Tap whatever is painted on top at ``global_point`` (not a widget picked by the test); returns what was hit."""
    # Two taps in a row at one spot must not be read as a double-click.
    QTest.qWait(QApplication.doubleClickInterval() + 20)
    local = window.mapFromGlobal(global_point)
    target = window.childAt(local) or window
    QTest.mouseClick(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     target.mapFromGlobal(global_point))
    settle()
    return target


def tap_painted_urgent_help(window) -> QWidget:
    settle()  # where the button is painted once the window has laid itself out
    button = window.nav_bar.urgent
    return tap_at(window, button.mapToGlobal(button.rect().center()))


def assert_urgent_help_showing(session, panel: Overlay) -> None:
    window = session.window
    assert not panel.isVisible(), f"{panel.objectName()} is still open"
    assert not window.overlay_open()
    assert window.current_screen() is window.page
    assert window.page.page is not None and window.page.page.id == session.store.guide.urgent_page
    assert "0161 496 0999" in window.page.call_panel.text()


def open_website_panel(session) -> Overlay:
    session.controller.open_page("help-and-support")
    session.controller.show_address("https://www.macmillan.org.uk")
    return session.window.link_dialog


def open_pin_pad(session) -> Overlay:
    session.pin_pad.open()
    return session.pin_pad


def open_error_screen(session) -> Overlay:
    session.controller.open_page("biopsy")
    session.error_screen.show_error()
    return session.error_screen


def open_countdown(session) -> Overlay:
    session.controller.open_page("biopsy")
    session.idle.tick.setInterval(5000)  # the countdown must not run out while the test taps
    session.idle.start_countdown()
    return session.idle.dialog


def open_staff_panel(session) -> Overlay:
    session.controller.open_page("biopsy")
    session.staff_controller().open()
    return session.staff_panel


def open_word_panel(session) -> Overlay:
    session.controller.open_page("bone-scan")
    session.controller.explain_word("Tracer")
    return session.window.word_panel


def open_take_home(session) -> Overlay:
    session.controller.open_page("biopsy")
    session.controller.take_home()
    return session.window.take_home


PANELS: dict[str, Callable] = {
    "staff": open_staff_panel,
    "glossary-word": open_word_panel,
    "take-home": open_take_home,
    "website": open_website_panel,
    "pin-pad": open_pin_pad,
    "error": open_error_screen,
    "countdown": open_countdown,
}


def test_every_kind_of_panel_is_covered_here(qtbot, tmp_path) -> None:
    """A new panel (a staff panel, a glossary word) must be added to PANELS so its Urgent help test runs."""
    session = kiosk_session(qtbot, tmp_path)
    opened = set()
    for open_panel in PANELS.values():
        opened.add(type(open_panel(session)))
        session.controller.reset()
    assert {type(o) for o in session.window.overlays()} <= opened


@pytest.mark.parametrize("name", PANELS)
def test_urgent_help_works_with_any_panel_open(qtbot, tmp_path, name: str) -> None:
    session = kiosk_session(qtbot, tmp_path)
    panel = PANELS[name](session)
    settle()
    assert panel.isVisible()
    hit = tap_painted_urgent_help(session.window)
    assert hit is session.window.nav_bar.urgent, f"the {name} panel covers Urgent help ({hit.objectName()})"
    assert_urgent_help_showing(session, panel)


def test_urgent_help_during_the_countdown_also_cancels_it(qtbot, tmp_path) -> None:
    session = kiosk_session(qtbot, tmp_path)
    panel = open_countdown(session)
    settle()
    with qtbot.waitSignal(session.idle.countdown_cancelled, timeout=2000):
        tap_painted_urgent_help(session.window)
    assert not session.idle.counting_down
    assert_urgent_help_showing(session, panel)
    qtbot.wait(200)
    assert session.window.page.page.id == session.store.guide.urgent_page  # no reset followed


def test_error_screen_left_for_urgent_help_does_not_reset_later(qtbot, tmp_path) -> None:
    session = kiosk_session(qtbot, tmp_path)
    # Long enough that it cannot run out before the tap on a busy PC: the check is that leaving stopped it.
    session.error_screen.timer.setInterval(60_000)
    open_error_screen(session)
    assert session.error_screen.timer.isActive()
    tap_painted_urgent_help(session.window)
    settle()
    assert not session.error_screen.timer.isActive(), "the error screen's reset would still come later"
    assert session.window.page.page is not None
    assert session.window.page.page.id == session.store.guide.urgent_page


def test_a_tap_outside_the_website_panel_closes_it(qtbot, tmp_path) -> None:
    session = kiosk_session(qtbot, tmp_path)
    panel = open_website_panel(session)
    settle()
    assert panel.isVisible()
    outside = panel.mapToGlobal(QPoint(10, panel.height() - 10))
    assert not panel.panel.geometry().contains(panel.mapFromGlobal(outside))
    hit = tap_at(session.window, outside)
    assert hit is panel
    assert not panel.isVisible()
    assert session.window.page.page.id == "help-and-support"  # the page underneath was not tapped


def test_a_tap_inside_the_website_panel_keeps_it_open(qtbot, tmp_path) -> None:
    session = kiosk_session(qtbot, tmp_path)
    panel = open_website_panel(session)
    settle()
    tap_at(session.window, panel.address.mapToGlobal(panel.address.rect().center()))
    assert panel.isVisible()


def test_any_touch_during_the_countdown_means_still_here(qtbot, tmp_path) -> None:
    session = kiosk_session(qtbot, tmp_path)
    panel = open_countdown(session)
    settle()
    inside_text = panel.heading.mapToGlobal(panel.heading.rect().center())  # not the button
    with qtbot.waitSignal(session.idle.countdown_cancelled, timeout=2000):
        tap_at(session.window, inside_text)
    assert not panel.isVisible()
    assert session.window.page.page.id == "biopsy"


def test_the_error_screen_is_not_closed_by_a_stray_tap(qtbot, tmp_path) -> None:
    session = kiosk_session(qtbot, tmp_path)
    panel = open_error_screen(session)
    settle()
    tap_at(session.window, panel.mapToGlobal(QPoint(10, panel.height() - 10)))
    assert panel.isVisible()


def test_panels_follow_the_bar_when_it_grows_in_large_print(qtbot, tmp_path) -> None:
    session = kiosk_session(qtbot, tmp_path)
    panel = open_website_panel(session)
    session.themes.set_large(True)
    settle()
    assert panel.geometry().top() == session.window.nav_bar.geometry().bottom() + 1
    assert tap_painted_urgent_help(session.window) is session.window.nav_bar.urgent
    assert_urgent_help_showing(session, panel)
