"""Opens the search index off the start-up path (in a background thread) and runs searches on a worker thread.

Nothing a person types may keep the screen busy: ``request`` only hands the text to the worker and returns.
The worker always takes the newest text waiting (older ones typed in the meantime are dropped unsearched) and
sends its results back with ``answered``, which Qt delivers on the GUI thread.

The provider owns the index it opens: ``stop()`` (the session shutting down, a content or language switch) closes
it, at once or, when the worker is searching it, as soon as that search ends; an index a background thread opens
or rebuilds after ``stop()`` is closed by that thread. On Windows an open index file can be neither deleted nor
replaced, so an index left open would keep its folder (a replaced pack's, an old cache) from being cleared.
"""

from __future__ import annotations

import functools
import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from kiosk.content.model import ContentStore

if TYPE_CHECKING:
    from kiosk.search.engine import SearchIndex, SearchResults

log = logging.getLogger(__name__)


class SearchProvider(QObject):
    """``ready`` fires once the index can answer; ``failed`` with a reason if it never can; ``answered`` with
    (request number, text, SearchResults) for each request the worker ran."""

    ready = Signal()
    failed = Signal(str)
    answered = Signal(int, str, object)
    rebuilt = Signal(str)  # after rebuild(): "" when it worked, else the reason
    _fresh = Signal(object)  # a rebuilt index, handed to the GUI thread to swap in
    _delivered = Signal(str, tuple)  # (signal name, its arguments): a worker's news, crossing to the GUI thread

    def __init__(self, store: ContentStore, prebuilt_dir: Path | None = None, cache_dir: Path | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._prebuilt_dir = prebuilt_dir
        self._cache_dir = cache_dir
        self._index: SearchIndex | None = None
        self._thread: threading.Thread | None = None
        self.error: str | None = None
        # The newest request not yet taken by the worker (number, text, limit), and whether one is running.
        self._wanted = threading.Condition()
        self._pending: tuple[int, str, int] | None = None
        self._busy = False
        self._stopping = False
        self._cancelled = threading.Event()  # set by stop(): an index build under way is given up
        self._worker: threading.Thread | None = None
        self._retired: list[SearchIndex] = []  # replaced indexes the worker closes once its search is done
        self.latest = 0  # the number of the newest request: only its answer is worth showing
        self._fresh.connect(self._use_fresh)
        self._delivered.connect(self._deliver)

    @property
    def is_ready(self) -> bool:
        return self._index is not None

    @property
    def location(self) -> str:
        return self._index.location if self._index is not None else "not open"

    def start(self) -> None:
        """Open the index in the background; safe to call more than once."""
        if self._thread is None and self._index is None:
            self._thread = threading.Thread(target=self._open, name="open-search-index", daemon=True)
            self._thread.start()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the index is open (for the snapshot command, the self-test and tests)."""
        self.start()
        if self._thread is not None:
            self._thread.join(timeout)
        return self.is_ready

    def _open(self) -> None:
        from kiosk.search.build_process import BuildCancelled, build_folder_quickly

        try:
            from kiosk.search.engine import SearchIndex

            # A large guide with no index yet (a first start) is indexed in a process of its own: see build_process.
            # stop() cancels that build: a switch away during a first start must not leave it using a core.
            opened = SearchIndex.open(self._store, prebuilt_dir=self._prebuilt_dir, cache_dir=self._cache_dir,
                                      build=functools.partial(build_folder_quickly, cancelled=self._cancelled))
        except BuildCancelled as cancelled:
            log.info("%s", cancelled)
            return
        except Exception as error:  # the app must keep working without search
            log.exception("search index could not be opened")
            self.error = f"{type(error).__name__}: {error}"
            self._post("failed", self.error)
            return
        with self._wanted:
            keep = not self._stopping
            if keep:
                self._index = opened
        if not keep:  # stopped while it opened: nobody will search it
            opened.close()
            return
        log.info("search index opened from %s", opened.location)
        self._post("ready")

    def rebuild(self) -> None:
        """Build the index afresh in the cache folder (the staff panel's button), in the background; searches keep
        using the old index until the new one is open, and the old one is closed then. The build goes beside the
        folder the old index is read from (``engine.rebuild_folder``): Windows cannot clear an open index's files."""
        threading.Thread(target=self._rebuild, name="rebuild-search-index", daemon=True).start()

    def _rebuild(self) -> None:
        from kiosk.search.build_process import BuildCancelled, build_folder_quickly

        try:
            from kiosk.search.backend import default_cache_dir
            from kiosk.search.engine import SearchIndex, rebuild_folder

            folder = rebuild_folder(self._cache_dir or default_cache_dir(self._store), self._index)
            build_folder_quickly(self._store, folder, self._cancelled)
            fresh = SearchIndex.open(self._store, prebuilt_dir=None, cache_dir=folder)
        except BuildCancelled as cancelled:
            log.info("%s", cancelled)
            return
        except Exception as error:
            log.exception("search index could not be rebuilt")
            self._post("rebuilt", f"{type(error).__name__}: {error}")
            return
        self._post("_fresh", fresh)

    def _use_fresh(self, fresh: SearchIndex) -> None:
        # The worker may be searching the old index right now: it closes it when that search is done.
        with self._wanted:
            if self._stopping:
                fresh.close()
                return
            old, self._index = self._index, fresh
            self.error = None
            if old is not None and self._busy:
                self._retired.append(old)
                old = None
        if old is not None:
            old.close()
        log.info("search index rebuilt in %s", fresh.location)
        self.rebuilt.emit("")
        self.ready.emit()

    def _post(self, signal: str, *args: object) -> None:
        """Send news from a background thread. It reaches the GUI thread first (``_deliver``), which passes it on
        only if the session is still running: a session stopped in between (a content update, the app quitting)
        must not have its screens, perhaps already deleted, told that the index opened. A session whose Qt side is
        already deleted cannot be told at all, and that must not kill the thread."""
        if self._stopping:
            _close_indexes(args)
            return
        try:
            self._delivered.emit(signal, args)
        except RuntimeError:
            log.debug("search provider gone before its thread finished")
            _close_indexes(args)

    def _deliver(self, signal: str, args: tuple) -> None:
        if self._stopping:
            log.debug("search %s after the session stopped: dropped", signal)
            _close_indexes(args)
            return
        getattr(self, signal).emit(*args)

    def search(self, text: str, limit: int = 10) -> SearchResults | None:
        """Search now, on the calling thread (the self-test and scripts; the screens use ``request``)."""
        if self._index is None:
            return None
        return self._index.search(text, limit=limit)

    def forget_queries(self) -> None:
        """At an idle reset: the index forgets the words looked up so far (safe while the worker searches)."""
        if self._index is not None:
            self._index.forget_queries()

    def request(self, text: str, limit: int = 10) -> int:
        """Search for ``text`` on the worker thread; returns the request's number (see ``answered``).
        The index must be ready."""
        with self._wanted:
            self.latest += 1
            self._pending = (self.latest, text, limit)
            if self._worker is None:
                self._worker = threading.Thread(target=self._work, name="search-worker", daemon=True)
                self._worker.start()
            self._wanted.notify()
            return self.latest

    def wait_idle(self, timeout: float = 5.0) -> bool:
        """Block until every request has been answered (snapshots, the self-test and tests); False on timeout."""
        with self._wanted:
            return self._wanted.wait_for(lambda: self._pending is None and not self._busy, timeout)

    def stop(self) -> None:
        """Let the worker thread end and close the index (safe to call twice). A search under way is not cut
        short: the worker closes the index when it ends. One opening or rebuilding in the background is closed
        by its thread when it is ready. Searches after this find nothing (``search`` answers None)."""
        self._cancelled.set()
        with self._wanted:
            self._stopping = True
            self._pending = None
            index, self._index = self._index, None
            if index is not None and self._busy:
                self._retired.append(index)
                index = None
            self._wanted.notify_all()
        if index is not None:
            index.close()

    @property
    def holds_index(self) -> bool:
        """Whether an index is open or waiting to be closed by the worker (tests of shutting down)."""
        with self._wanted:
            return self._index is not None or bool(self._retired)

    def _work(self) -> None:
        while True:
            with self._wanted:
                self._wanted.wait_for(lambda: self._pending is not None or self._stopping)
                if self._stopping:
                    return
                assert self._pending is not None
                (number, text, limit), self._pending = self._pending, None
                self._busy = True
            try:
                results = self.search(text, limit)  # SearchIndex.search never raises
                if results is not None:
                    # Posted to the GUI thread before the request counts as done, so wait_idle covers it.
                    self._post("answered", number, text, results)
            finally:
                with self._wanted:
                    self._busy = False
                    retired, self._retired = self._retired, []
                    self._wanted.notify_all()
                for index in retired:
                    index.close()


def _close_indexes(args: tuple) -> None:
    """Close the indexes among news nobody will take (a rebuilt index arriving after ``stop()``)."""
    from kiosk.search.engine import SearchIndex

    for arg in args:
        if isinstance(arg, SearchIndex):
            arg.close()
