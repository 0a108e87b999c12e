"""Clinic hours: ``[schedule] screen_off = "20:00-07:00"`` (a black screen outside them) and ``restart_at =
"03:00"`` (a clean exit while nobody uses the kiosk, for Shell Launcher, systemd or cage to start it afresh).

Plain Python with the clock passed in, so midnight, summer time and clock jumps are tested without waiting. The
screen-off window is a state read from the wall clock at each check (a clock change can only move the screen to
the right state). The restart is the one event: it is due once the wall clock has passed the next restart time,
and never before the kiosk has run for an hour by the monotonic clock, so a clock set back, a machine asleep
through the time or a restart a minute early can neither loop nor be missed (a kiosk asleep through 03:00 restarts
once when it wakes and is idle).
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Callable
from dataclasses import dataclass

RESTART_EXIT_CODE = 75  # EX_TEMPFAIL: "try again"; restart the kiosk (documented in docs/deploy.md)
MIN_UPTIME = dt.timedelta(hours=1)
_CLOCK = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


def parse_clock(text: str) -> dt.time:
    """``"03:00"`` as a time of day; ValueError saying what is wrong."""
    match = _CLOCK.match(text.strip())
    if not match:
        raise ValueError(f"must be a time of day as HH:MM (24-hour clock), like \"03:00\", not \"{text}\"")
    return dt.time(int(match.group(1)), int(match.group(2)))


def parse_window(text: str) -> tuple[dt.time, dt.time]:
    """``"20:00-07:00"``: from the first time to the second, across midnight when the second is earlier."""
    parts = text.split("-")
    if len(parts) != 2:
        raise ValueError(f"must be two times of day as HH:MM-HH:MM, like \"20:00-07:00\", not \"{text}\"")
    start, end = parse_clock(parts[0]), parse_clock(parts[1])
    if start == end:
        raise ValueError(f"starts and ends at the same time (\"{text}\"): the screen would never be off")
    return start, end


def in_window(moment: dt.datetime, window: tuple[dt.time, dt.time]) -> bool:
    """Whether the wall-clock ``moment`` falls in ``window`` (start included, end not)."""
    start, end = window
    now = moment.time().replace(tzinfo=None)
    if start < end:
        return start <= now < end
    return now >= start or now < end


def _next_at(after: dt.datetime, at: dt.time) -> dt.datetime:
    """The first wall-clock time ``at`` that is not before ``after``."""
    candidate = dt.datetime.combine(after.date(), at)
    return candidate if candidate >= after else candidate + dt.timedelta(days=1)


@dataclass
class RestartSchedule:
    """``due()`` turns True once, at ``at`` each day, after the kiosk has run at least an hour."""

    at: dt.time
    wall: Callable[[], dt.datetime] = dt.datetime.now  # local wall-clock time, naive
    monotonic: Callable[[], float] = time.monotonic

    def __post_init__(self) -> None:
        started_wall = self.wall()
        self._started = self.monotonic()
        # Never within the first hour: a kiosk started at 02:30 restarts tomorrow at 03:00, not in half an hour.
        self.next_due = _next_at(started_wall + MIN_UPTIME, self.at)

    def due(self) -> bool:
        now = self.wall()
        if self.next_due - now > dt.timedelta(days=1, hours=1):
            # The clock was set back by more than a day (or started far in the future): aim at the next one.
            self.next_due = _next_at(now, self.at)
        if now < self.next_due:
            return False
        return dt.timedelta(seconds=self.monotonic() - self._started) >= MIN_UPTIME

    def done(self) -> None:
        """The restart did not happen after all (nobody calls this in the app, which exits): aim at tomorrow."""
        self.next_due = _next_at(self.wall() + dt.timedelta(minutes=1), self.at)


@dataclass
class ScreenOff:
    """Whether the screen should be black now: inside the window, unless someone woke it in the last minute."""

    window: tuple[dt.time, dt.time]
    wall: Callable[[], dt.datetime] = dt.datetime.now
    monotonic: Callable[[], float] = time.monotonic
    wake_seconds: float = 60.0
    _awake_until: float = float("-inf")

    def wake(self) -> None:
        self._awake_until = self.monotonic() + self.wake_seconds

    def should_be_off(self) -> bool:
        if self.monotonic() < self._awake_until:
            return False
        return in_window(self.wall(), self.window)
