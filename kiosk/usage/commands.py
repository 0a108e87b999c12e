"""``kiosk stats``: the usage counts as CSV, for the clinic team's spreadsheet.

SQLite loads only in the functions that read the counts: the app asks this module for the database's path
before its first paint."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

DATABASE_NAME = "usage.sqlite3"


def default_database() -> Path:
    from kiosk.paths import user_data_dir

    return user_data_dir() / DATABASE_NAME


def export_csv(database: Path, target: Path) -> int:
    """Write every count to ``target`` (replacing it whole, never half-written); returns the number of rows.

    Raises DamagedDatabase or OSError with a message fit to show.
    """
    from kiosk.usage.database import read_rows, write_csv

    rows = read_rows(database)
    partial = target.with_name(target.name + ".partial")
    with partial.open("w", encoding="utf-8", newline="") as out:
        written = write_csv(rows, out)
    partial.replace(target)
    return written


def tidy_before_reading(database: Path, retention_months: int | None = None) -> None:
    """Apply the retention period and delete searched phrases an earlier version kept, before anyone reads the
    file (the kiosk does this itself when it opens it; a kiosk not started since an update has not). A database
    this user cannot write is read as it is: what is shown is filtered the same way (database.shown)."""
    import datetime as dt
    import logging

    from kiosk.usage.database import CannotWrite, open_database
    from kiosk.usage.kinds import DEFAULT_RETENTION_MONTHS

    if not database.exists():
        return
    try:
        open_database(database, dt.date.today(), retention_months=retention_months or DEFAULT_RETENTION_MONTHS,
                      ).close()
    except CannotWrite as error:
        logging.getLogger(__name__).warning("usage counts: %s; reading them as they are", error)


def stats_command(csv_target: Path, *, counting_on: bool, out: TextIO, database: Path | None = None,
                  retention_months: int | None = None) -> int:
    from kiosk.usage.database import DamagedDatabase, read_rows, write_csv

    database = database or default_database()
    note = "" if counting_on else " (counting is switched off in the settings: [usage] enabled = false)"
    tidy_before_reading(database, retention_months)
    try:
        if str(csv_target) == "-":
            written = write_csv(read_rows(database), out)
            print(f"{written} rows of usage counts from {database}{note}", file=sys.stderr)
            return 0
        written = export_csv(database, csv_target)
    except DamagedDatabase as error:
        print(f"Could not read the usage counts: {error}", file=out)
        return 1
    except OSError as error:
        print(f"Could not write {csv_target}: {error.strerror or error}", file=out)
        return 1
    print(f"Wrote {written} rows of usage counts to {csv_target}{note}", file=out)
    return 0
