"""[schedule] in the running kiosk: black outside clinic hours, a touch wakes it for a minute on Urgent help, and
the daily restart waits until nobody is using the kiosk."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from kiosk import resources
from kiosk.fleet.schedule import RestartSchedule, ScreenOff, parse_clock, parse_window
from kiosk.ui.services import fleet
from kiosk.ui.services.fleet import ScheduleKeeper
from tests.core.test_schedule import Clocks
from tests.ui.conftest import CLINIC, make_session


def test_the_screen_is_black_outside_hours_and_a_touch_wakes_it_on_urgent_help(qtbot, tmp_path) -> None:
    session = make_session(qtbot, resources.content_dir(), cache_dir=tmp_path / "index")
    clocks = Clocks("2026-12-07T19:59")
    screen = ScreenOff(parse_window("20:00-07:00"), wall=clocks.wall, monotonic=clocks.monotonic)
    keeper = ScheduleKeeper(CLINIC, lambda: session, screen_off=screen)
    session.controller.open_page("bone-scan")
    keeper.check()
    assert not keeper.is_dark
    clocks.run(minutes=2)
    keeper.check()
    assert keeper.is_dark and session.controller.is_at_start()  # nothing of the last visit behind the black
    cover = keeper._cover
    assert cover.geometry() == session.window.rect()
    qtbot.mouseClick(cover, Qt.MouseButton.LeftButton)
    assert not keeper.is_dark
    assert session.window.page.page.id == session.store.guide.urgent_page
    clocks.run(seconds=30)
    keeper.check()
    assert not keeper.is_dark  # awake for a minute
    clocks.run(seconds=31)
    keeper.check()
    assert keeper.is_dark
    clocks.set_wall("2026-12-08T07:00")
    keeper.check()
    assert not keeper.is_dark  # the clinic opens


def test_the_restart_waits_for_the_kiosk_to_be_idle(qtbot, tmp_path, monkeypatch) -> None:
    session = make_session(qtbot, resources.content_dir(), cache_dir=tmp_path / "index")
    clocks = Clocks("2026-12-07T20:00")
    restart = RestartSchedule(parse_clock("03:00"), wall=clocks.wall, monotonic=clocks.monotonic)
    keeper = ScheduleKeeper(CLINIC, lambda: session, restart=restart)
    asked: list[bool] = []
    keeper.restart_due.connect(lambda: asked.append(True))
    monkeypatch.setattr(fleet, "QUIET_BEFORE_RESTART_S", 0)
    clocks.run(hours=7, minutes=1)
    session.controller.open_page("bone-scan")  # someone is reading at 03:01
    keeper.check()
    assert asked == []
    session.controller.reset()
    keeper.check()
    assert asked == [True]
    assert dt.time(3) == restart.at
