"""The running kiosk's own small state file (first paint, last idle reset, errors logged since start), which
``kiosk status`` and the heartbeat read: written atomically and owner-only, at the first paint and each idle reset
(never every frame)."""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import time
from pathlib import Path
from typing import Any

from kiosk.files import read_bounded, write_private_file

STATE_FILE = "kiosk-state.json"
MAX_STATE_BYTES = 64_000

log = logging.getLogger(__name__)


def state_file() -> Path:
    from kiosk.paths import user_data_dir

    return user_data_dir() / STATE_FILE


def iso(moment: float | None) -> str | None:
    """A Unix time as UTC ISO 8601 to the second (``2026-12-07T15:30:00Z``), or None."""
    if moment is None:
        return None
    return dt.datetime.fromtimestamp(moment, dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class ErrorCounter(logging.Handler):
    """Counts records at ERROR and above since the kiosk started (the count ``kiosk status`` shows)."""

    def __init__(self) -> None:
        super().__init__(level=logging.ERROR)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


class KioskState:
    """What the running kiosk says about itself. ``save()`` writes it; it never raises (a read-only data folder
    costs the status report, never the kiosk)."""

    def __init__(self, path: Path | None = None, *, clock=time.time, started: float | None = None,
                 errors: ErrorCounter | None = None) -> None:
        self.path = path or state_file()
        self.clock = clock
        self.started = clock() if started is None else started
        self.first_paint: float | None = None
        self.last_idle_reset: float | None = None
        self.last_frame: float | None = None  # kept in memory for the heartbeat; not a reason to write the file
        self.errors = errors or ErrorCounter()
        self.showing: list[str] = []
        self._said_unwritable = False

    def as_dict(self) -> dict[str, Any]:
        return {"pid": os.getpid(), "started": iso(self.started), "first_paint": iso(self.first_paint),
                "last_idle_reset": iso(self.last_idle_reset), "errors_since_start": self.errors.count,
                "showing": list(self.showing)}

    def painted_first(self, at: float | None = None) -> None:
        self.first_paint = self.clock() if at is None else at
        self.save()

    def idle_reset(self) -> None:
        self.last_idle_reset = self.clock()
        self.save()

    def save(self) -> bool:
        try:
            write_private_file(self.path, json.dumps(self.as_dict(), indent=1).encode("utf-8"))
        except OSError as error:
            if not self._said_unwritable:
                self._said_unwritable = True
                log.warning("cannot write the kiosk's state file %s (%s); `kiosk status` will not see this kiosk's "
                            "first paint and idle resets", self.path, error.strerror or error)
            return False
        return True


def read_state(path: Path | None = None) -> dict[str, Any] | None:
    """The state file's contents, or None when there is none or it cannot be read."""
    try:
        data = json.loads(read_bounded(path or state_file(), MAX_STATE_BYTES))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None
