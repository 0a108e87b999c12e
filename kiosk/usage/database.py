"""The usage counts database: one SQLite file of day-by-day totals, written so a crash or power cut never spoils it."""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import logging
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from kiosk.files import make_private_dir, make_private_file
from kiosk.usage.kinds import Kind

log = logging.getLogger(__name__)


# One row per day, kind and item: there is no time finer than a day, no visit id, nothing that links one count to
# another. The primary key makes each row the running total, so the file stays small however busy the clinic is.
SCHEMA = """
CREATE TABLE IF NOT EXISTS counts (
    day   TEXT NOT NULL,
    kind  TEXT NOT NULL,
    item  TEXT NOT NULL DEFAULT '',
    total INTEGER NOT NULL,
    PRIMARY KEY (day, kind, item)
) WITHOUT ROWID
"""
CSV_HEADER = ("day", "kind", "item", "count")


class DamagedDatabase(Exception):
    """The file is not a usable counts database (it is set aside and a new one started)."""


class CannotWrite(Exception):
    """The folder is read-only, the disk is full or the file is locked: counting stops, the kiosk goes on."""


def _is_damage(error: sqlite3.DatabaseError) -> bool:
    # SQLite reports a damaged file as DatabaseError; a full disk, a read-only folder or a lock is OperationalError.
    if not isinstance(error, sqlite3.OperationalError):
        return True
    text = str(error).lower()
    return any(words in text for words in ("malformed", "not a database", "corrupt"))


def _connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, timeout=5, isolation_level=None, check_same_thread=False)
    try:
        # WAL: a commit appends to the log and never rewrites the main file in place, so a process killed
        # mid-write leaves at worst an unfinished log frame, which SQLite ignores on the next open.
        # synchronous=FULL: each commit is flushed to the disk before it returns. NORMAL would be just as safe
        # from corruption but could lose every count since the last checkpoint in a power cut, which is more
        # than "the count in flight". Counts come a few a minute, on the writer thread, so the flush is free.
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=FULL")
        connection.execute(SCHEMA)
        result = connection.execute("PRAGMA quick_check").fetchone()
        if not result or result[0] != "ok":
            raise sqlite3.DatabaseError(f"database disk image is malformed ({result[0] if result else 'no answer'})")
        # The folder is owner-only and passes that on; a file from before it was (an earlier version) is tightened.
        make_private_file(path)
    except BaseException:
        connection.close()
        raise
    return connection


def _set_aside(path: Path, today: dt.date) -> Path:
    """Move a damaged database (and its log files) out of the way, keeping it for anyone who wants to look."""
    target = path.with_name(f"{path.name}.damaged-{today:%Y%m%d}")
    number = 1
    while target.exists():
        number += 1
        target = path.with_name(f"{path.name}.damaged-{today:%Y%m%d}-{number}")
    path.replace(target)
    for suffix in ("-wal", "-shm"):
        extra = path.with_name(path.name + suffix)
        with contextlib.suppress(FileNotFoundError):
            extra.replace(target.with_name(target.name + suffix))
    return target


def open_database(path: Path, today: dt.date | None = None) -> sqlite3.Connection:
    """Open (or create) the counts database at ``path``.

    A damaged file is set aside as ``NAME.damaged-YYYYMMDD`` and a new one started, with a log line; a folder
    that cannot be written raises CannotWrite.
    """
    try:
        make_private_dir(path.parent)
    except OSError as error:
        raise CannotWrite(f"cannot create the folder {path.parent}: {error.strerror or error}") from error
    try:
        return _connect(path)
    except sqlite3.DatabaseError as error:
        if not _is_damage(error):
            raise CannotWrite(f"cannot write {path}: {error}") from error
        try:
            aside = _set_aside(path, today or dt.date.today())
        except OSError as move_error:
            raise CannotWrite(f"{path} is damaged and cannot be moved aside: {move_error}") from move_error
        log.warning("usage counts: %s was damaged (%s); it was moved to %s and counting starts afresh",
                    path, error, aside.name)
    try:
        return _connect(path)
    except sqlite3.DatabaseError as error:
        raise CannotWrite(f"cannot start a new counts database at {path}: {error}") from error


def add_count(connection: sqlite3.Connection, day: dt.date, kind: Kind, item: str = "", amount: int = 1) -> None:
    """Add to one day's total, in its own transaction (so a kill loses at most this one)."""
    connection.execute(
        "INSERT INTO counts (day, kind, item, total) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (day, kind, item) DO UPDATE SET total = total + excluded.total",
        (day.isoformat(), str(kind), item, amount),
    )


def _read_only(path: Path) -> sqlite3.Connection:
    # Read-only and never created: exporting must not leave an empty database where there was none. WAL lets
    # this read while the kiosk writes.
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)


def read_rows(path: Path) -> list[tuple[str, str, str, int]]:
    """Every count as (day, kind, item, count), oldest day first; no database yet gives no rows."""
    if not path.exists():
        return []
    try:
        connection = _read_only(path)
    except sqlite3.Error as error:
        raise DamagedDatabase(f"cannot read {path}: {error}") from error
    try:
        return [tuple(row) for row in connection.execute(  # type: ignore[misc]
            "SELECT day, kind, item, total FROM counts ORDER BY day, kind, item")]
    except sqlite3.OperationalError as error:
        if "no such table" in str(error):
            return []
        raise DamagedDatabase(f"cannot read {path}: {error}") from error
    except sqlite3.DatabaseError as error:
        raise DamagedDatabase(f"{path} is damaged: {error}") from error
    finally:
        connection.close()


def _cell(value: str) -> str:
    # A cell starting with = + - or @ is a formula to a spreadsheet; a kept search could start with one.
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


def write_csv(rows: Iterable[tuple[str, str, str, int]], out: TextIO) -> int:
    """Write counts as CSV (day, kind, item, count); returns the number of rows written."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    written = 0
    for day, kind, item, total in rows:
        writer.writerow((day, kind, _cell(item), total))
        written += 1
    return written


@dataclass(frozen=True, slots=True)
class UsageSummary:
    """What the staff panel shows: totals over the last ``days`` days."""

    days: int
    totals: dict[str, int] = field(default_factory=dict)
    top_pages: list[tuple[str, int]] = field(default_factory=list)
    nothing_found: list[tuple[str, int]] = field(default_factory=list)

    def total(self, kind: Kind) -> int:
        return self.totals.get(str(kind), 0)


def summarise(rows: Iterable[tuple[str, str, str, int]], today: dt.date, days: int = 30, top: int = 5) -> UsageSummary:
    first = (today - dt.timedelta(days=days - 1)).isoformat()
    totals: dict[str, int] = {}
    pages: dict[str, int] = {}
    missing: dict[str, int] = {}
    for day, kind, item, total in rows:
        if day < first:
            continue
        totals[kind] = totals.get(kind, 0) + total
        if kind == Kind.PAGE_VIEW:
            pages[item] = pages.get(item, 0) + total
        elif kind == Kind.SEARCH_NOTHING_FOUND and item:
            missing[item] = missing.get(item, 0) + total

    def biggest(counts: dict[str, int]) -> list[tuple[str, int]]:
        return sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))[:top]

    return UsageSummary(days, totals, biggest(pages), biggest(missing))

