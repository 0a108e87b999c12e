"""[schedule]: the screen-off window across midnight, and a daily restart that a clock change, summer time or a
machine asleep through the time can neither loop nor miss. The clocks are passed in: nothing waits."""

from __future__ import annotations

import datetime as dt

import pytest

from kiosk.fleet.schedule import RestartSchedule, ScreenOff, in_window, parse_clock, parse_window
from kiosk.settings import settings_from_mapping


class Clocks:
    """A wall clock that can jump (as a person or NTP sets it) and a monotonic one that only moves forward."""

    def __init__(self, wall: str) -> None:
        self.now = dt.datetime.fromisoformat(wall)
        self.mono = 0.0

    def wall(self) -> dt.datetime:
        return self.now

    def monotonic(self) -> float:
        return self.mono

    def run(self, **delta: float) -> None:
        """Time passes for real: both clocks move."""
        step = dt.timedelta(**delta)
        self.now += step
        self.mono += step.total_seconds()

    def set_wall(self, wall: str) -> None:
        """The wall clock is changed; real time does not pass."""
        self.now = dt.datetime.fromisoformat(wall)


def restart(clocks: Clocks, at: str = "03:00") -> RestartSchedule:
    return RestartSchedule(parse_clock(at), wall=clocks.wall, monotonic=clocks.monotonic)


def times_due(schedule: RestartSchedule, clocks: Clocks, *, hours: float, step_minutes: float = 1) -> list[str]:
    """Step through ``hours``; each time it is due, the kiosk restarts: a new schedule starts then."""
    due: list[str] = []
    for _ in range(int(hours * 60 / step_minutes)):
        clocks.run(minutes=step_minutes)
        if schedule.due():
            due.append(clocks.now.strftime("%d %H:%M"))
            schedule = restart(clocks, schedule.at.strftime("%H:%M"))
    return due


def test_times_and_windows_parse_or_say_what_is_wrong() -> None:
    assert parse_clock("03:00") == dt.time(3, 0) and parse_clock("7:05") == dt.time(7, 5)
    assert parse_window("20:00-07:00") == (dt.time(20), dt.time(7))
    for bad in ("3", "24:00", "03:60", "three", ""):
        with pytest.raises(ValueError, match="HH:MM"):
            parse_clock(bad)
    with pytest.raises(ValueError, match="same time"):
        parse_window("07:00-07:00")
    loaded = settings_from_mapping({"schedule": {"screen_off": "8pm-7am", "restart_at": "03:00"}})
    assert loaded.settings.screen_off == "" and loaded.settings.restart_at == "03:00"
    assert any("schedule.screen_off" in problem and "HH:MM" in problem for problem in loaded.problems)


def test_the_screen_off_window_runs_across_midnight() -> None:
    window = parse_window("20:00-07:00")
    at = lambda text: dt.datetime.fromisoformat(f"2026-12-07T{text}")  # noqa: E731
    assert [in_window(at(t), window) for t in ("19:59", "20:00", "23:59", "00:00", "06:59", "07:00", "12:00")] == [
        False, True, True, True, True, False, False]
    day = parse_window("12:00-13:30")  # a lunch break, not across midnight
    assert [in_window(at(t), day) for t in ("11:59", "12:00", "13:29", "13:30")] == [False, True, True, False]


def test_a_touch_wakes_the_screen_for_a_minute() -> None:
    clocks = Clocks("2026-12-07T22:00")
    screen = ScreenOff(parse_window("20:00-07:00"), wall=clocks.wall, monotonic=clocks.monotonic)
    assert screen.should_be_off()
    screen.wake()
    clocks.run(seconds=59)
    assert not screen.should_be_off()
    clocks.run(seconds=2)
    assert screen.should_be_off()


def test_it_restarts_once_a_day_at_the_time() -> None:
    clocks = Clocks("2026-12-07T09:00")
    assert times_due(restart(clocks), clocks, hours=72) == ["08 03:00", "09 03:00", "10 03:00"]


def test_a_kiosk_started_just_before_the_time_waits_for_the_next_day() -> None:
    clocks = Clocks("2026-12-07T02:30")
    assert times_due(restart(clocks), clocks, hours=30) == ["08 03:00"]


def test_a_machine_asleep_through_the_time_restarts_once_when_it_wakes() -> None:
    clocks = Clocks("2026-12-07T22:00")
    schedule = restart(clocks)
    clocks.run(hours=2)
    clocks.set_wall("2026-12-08T08:00")  # asleep from midnight to 08:00: the monotonic clock stood still
    assert schedule.due()
    schedule = restart(clocks)  # restarted
    assert times_due(schedule, clocks, hours=12) == []


def test_a_clock_set_back_across_the_time_does_not_restart_again() -> None:
    clocks = Clocks("2026-12-08T02:00")
    clocks.mono = 7 * 3600  # up since the evening before
    schedule = restart(clocks)
    clocks.run(hours=1, minutes=5)
    assert schedule.due()
    schedule = restart(clocks)  # restarted at 03:05
    clocks.set_wall("2026-12-08T02:50")  # then the clock is corrected back by 15 minutes
    assert times_due(schedule, clocks, hours=2) == []  # 03:00 comes round again: no second restart


def test_a_clock_set_far_back_aims_at_the_next_time_not_days_away() -> None:
    clocks = Clocks("2026-12-07T09:00")
    schedule = restart(clocks)
    clocks.run(hours=2)
    clocks.set_wall("2026-12-01T09:00")  # a dead CMOS battery, then NTP later: six days back
    assert times_due(schedule, clocks, hours=20) == ["02 03:00"]


def test_a_clock_set_forward_past_the_time_restarts_once() -> None:
    clocks = Clocks("2026-12-07T20:00")
    schedule = restart(clocks)
    clocks.run(hours=2)
    clocks.set_wall("2026-12-08T05:00")
    assert schedule.due()
    assert times_due(restart(clocks), clocks, hours=20) == []


@pytest.mark.parametrize(("start", "at", "expected"), [
    # UK summer time starts 29 March 2026: 01:00 becomes 02:00 (01:30 never happens on the wall clock).
    ("2026-03-28T12:00", "01:30", ["29 02:00"]),
    # It ends 25 October 2026: 02:00 becomes 01:00 (01:30 happens twice).
    ("2026-10-24T12:00", "01:30", ["25 01:30"]),
])
def test_summer_time_neither_skips_nor_doubles_the_restart(start: str, at: str, expected: list[str]) -> None:
    clocks = Clocks(start)
    schedule = restart(clocks, at)
    due: list[str] = []
    for _ in range(20 * 60):
        clocks.run(minutes=1)
        if clocks.now == dt.datetime.fromisoformat(start[:8] + ("29T01:00" if "03" in start[5:7] else "25T02:00")):
            # The wall clock jumps an hour while real time goes on one minute.
            clocks.now += dt.timedelta(hours=1 if "03" in start[5:7] else -1)
        if schedule.due():
            due.append(clocks.now.strftime("%d %H:%M"))
            schedule = restart(clocks, at)
    assert due == expected
