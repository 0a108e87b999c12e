"""Counts what people use, on a thread of its own: the screen never waits for the disk, and a failure only logs."""

from __future__ import annotations

import datetime as dt
import logging
import queue
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.usage.kinds import DEFAULT_RETENTION_MONTHS, Kind
from kiosk.usage.privacy import words_to_keep

if TYPE_CHECKING:
    import sqlite3

    from kiosk.usage.privacy import HealthVocabulary

log = logging.getLogger(__name__)

_STOP = object()
_WORDS_OF = "words of"  # not a Kind: the text of a search that found nothing, for the writer to pick words from


class UsageCounter:
    """The app's one way to count something. Every method returns at once; a writer thread does the SQLite work.

    With ``enabled=False`` nothing is written, not even an empty database. If the folder cannot be written (a
    read-only disk, a full disk), that is logged once and counting stops for the rest of the run.

    Rows older than ``retention_months`` are deleted when the database opens and again on each new day.
    ``use_vocabulary`` says which words of a search that found nothing may be kept; until it is called, none are.
    """

    def __init__(self, path: Path, *, enabled: bool = True, today: Callable[[], dt.date] = dt.date.today,
                 retention_months: int | None = None) -> None:
        self.path = path
        self.enabled = enabled
        self.retention_months = retention_months or DEFAULT_RETENTION_MONTHS
        self._today = today
        self._vocabulary_source: Callable[[], HealthVocabulary] | None = None
        self._vocabulary: HealthVocabulary | None = None
        self._tidied_on: dt.date | None = None
        self._queue: queue.SimpleQueue[object] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._written = threading.Condition()
        self._pending = 0

    # What the app counts --------------------------------------------------------------------------------------
    def page_viewed(self, page_id: str) -> None:
        self._add(Kind.PAGE_VIEW, page_id)

    def use_vocabulary(self, source: Callable[[], HealthVocabulary]) -> None:
        """Where the health words come from (``HealthVocabulary.from_store`` of the guides shown); read on the
        writer thread at the first search that found nothing, so the screen never waits for the word lists."""
        with self._lock:
            self._vocabulary_source, self._vocabulary = source, None

    def searched(self, text: str, *, found: bool) -> None:
        """One finished search. One that found nothing is counted for its day; of what was typed, only single
        health words that ``words_to_keep`` allows are kept, each as a count of its own. Never the phrase."""
        if not text.strip():
            return
        self._add(Kind.SEARCH)
        if not found:
            self._add(Kind.SEARCH_NOTHING_FOUND)
            # The words are picked out on the writer thread (the vocabulary may still have to be read); the
            # typed text is held in memory only until then, never written.
            self._add(_WORDS_OF, text)

    def large_print_used(self) -> None:
        self._add(Kind.LARGE_PRINT)

    def read_aloud_used(self) -> None:
        """For the read-aloud feature to call when someone starts listening to a page."""
        self._add(Kind.READ_ALOUD)

    def helpful(self, page_id: str, *, yes: bool) -> None:
        self._add(Kind.HELPFUL_YES if yes else Kind.HELPFUL_NO, page_id)

    # The writer -----------------------------------------------------------------------------------------------
    def _add(self, kind: Kind | str, item: str = "") -> None:
        if not self.enabled:
            return
        # The day is taken now, not when the writer gets to it, so a count made at 23:59:59 stays on its day.
        with self._written:
            self._pending += 1
        self._queue.put((self._today(), kind, item))
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._write_loop, name="usage-counts", daemon=True)
                self._thread.start()

    def _write_loop(self) -> None:
        connection = self._open()
        while True:
            event = self._queue.get()
            if event is _STOP:
                break
            # After a failure counting is off: the queue is still drained, so nothing piles up.
            if connection is not None:
                day, kind, item = event  # type: ignore[misc]
                if day != self._tidied_on:
                    self._tidy(connection, day)
                if kind != _WORDS_OF:
                    connection = self._write(connection, day, kind, item)
                else:
                    for word in words_to_keep(item, self._current_vocabulary()):
                        if connection is not None:
                            connection = self._write(connection, day, Kind.NOTHING_FOUND_WORD, word)
            with self._written:
                self._pending -= 1
                self._written.notify_all()
        if connection is not None:
            connection.close()

    def _current_vocabulary(self) -> HealthVocabulary | None:
        with self._lock:
            source, vocabulary = self._vocabulary_source, self._vocabulary
        if vocabulary is None and source is not None:
            try:
                vocabulary = source()
            except (OSError, ValueError) as error:
                log.warning("usage counts: cannot read the health word lists, so no searched words are kept: %s",
                            error)
                return None
            with self._lock:
                if self._vocabulary_source is source:
                    self._vocabulary = vocabulary
        return vocabulary

    def _keeps(self) -> Callable[[str], bool] | None:
        # None, not "keeps nothing", while there is no vocabulary: words kept so far are not judged without one.
        vocabulary = self._current_vocabulary()
        return vocabulary.keeps if vocabulary is not None else None

    def _open(self) -> sqlite3.Connection | None:
        # SQLite loads here, on the writer thread at the first count, never on the way to the first paint.
        from kiosk.usage.database import CannotWrite, open_database

        today = self._today()
        try:
            connection = open_database(self.path, today, retention_months=self.retention_months,
                                       keeps=self._keeps())
        except CannotWrite as error:
            self._give_up(str(error))
            return None
        self._tidied_on = today
        return connection

    def _tidy(self, connection: sqlite3.Connection, day: dt.date) -> None:
        """A new day: delete what has passed the retention period (the kiosk may run for months unrestarted)."""
        import sqlite3

        from kiosk.usage.database import tidy

        self._tidied_on = day
        try:
            tidy(connection, day, self.retention_months, self._keeps())
        except sqlite3.DatabaseError as error:
            log.warning("usage counts: could not delete old counts in %s: %s", self.path, error)

    def _write(self, connection: sqlite3.Connection, day: dt.date, kind: Kind, item: str) -> sqlite3.Connection | None:
        import sqlite3

        from kiosk.usage.database import _is_damage, _set_aside, add_count

        try:
            add_count(connection, day, kind, item)
            return connection
        except sqlite3.DatabaseError as error:
            connection.close()
            if not _is_damage(error):
                self._give_up(f"cannot write {self.path}: {error}")
                return None
            try:
                aside = _set_aside(self.path, self._today())
            except OSError as move_error:
                self._give_up(f"{self.path} is damaged and cannot be moved aside: {move_error}")
                return None
            log.warning("usage counts: %s was damaged (%s); it was moved to %s and counting starts afresh",
                        self.path, error, aside.name)
            fresh = self._open()
            return self._write(fresh, day, kind, item) if fresh is not None else None

    def _give_up(self, reason: str) -> None:
        log.warning("usage counts: %s; counting is off until the kiosk restarts", reason)
        self.enabled = False

    def flush(self, timeout: float = 60.0) -> bool:
        """Wait until every count so far is written (for tests, the CSV export and shutdown). The staff panel
        passes a short ``timeout``; the default is long because an answer of "not yet" on a busy PC is not a fault."""
        with self._written:
            return self._written.wait_for(lambda: self._pending == 0, timeout)

    def close(self, timeout: float = 5.0) -> None:
        with self._lock:
            thread, self._thread = self._thread, None
        if thread is not None:
            self._queue.put(_STOP)
            thread.join(timeout)
