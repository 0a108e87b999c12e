"""Opens the search index off the start-up path (in a background thread) and runs searches once it is ready."""

from __future__ import annotations

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
    """``ready`` fires once the index can answer; ``failed`` with a reason if it never can."""

    ready = Signal()
    failed = Signal(str)
    rebuilt = Signal(str)  # after rebuild(): "" when it worked, else the reason
    _fresh = Signal(object)  # a rebuilt index, handed to the GUI thread (searches run there)

    def __init__(self, store: ContentStore, prebuilt_dir: Path | None = None, cache_dir: Path | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._prebuilt_dir = prebuilt_dir
        self._cache_dir = cache_dir
        self._index: SearchIndex | None = None
        self._thread: threading.Thread | None = None
        self.error: str | None = None
        self._fresh.connect(self._use_fresh)

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
        try:
            from kiosk.search.engine import SearchIndex

            self._index = SearchIndex.open(self._store, prebuilt_dir=self._prebuilt_dir, cache_dir=self._cache_dir)
        except Exception as error:  # the app must keep working without search
            log.exception("search index could not be opened")
            self.error = f"{type(error).__name__}: {error}"
            self.failed.emit(self.error)
            return
        log.info("search index opened from %s", self._index.location)
        self.ready.emit()

    def rebuild(self) -> None:
        """Build the index afresh in the cache folder (the staff panel's button), in the background; searches keep
        using the old index until the new one is open."""
        threading.Thread(target=self._rebuild, name="rebuild-search-index", daemon=True).start()

    def _rebuild(self) -> None:
        try:
            from kiosk.search.backend import default_cache_dir
            from kiosk.search.engine import SearchIndex

            folder = self._cache_dir or default_cache_dir(self._store)
            SearchIndex.build(self._store, folder)
            fresh = SearchIndex.open(self._store, prebuilt_dir=None, cache_dir=folder)
        except Exception as error:
            log.exception("search index could not be rebuilt")
            self.rebuilt.emit(f"{type(error).__name__}: {error}")
            return
        self._fresh.emit(fresh)

    def _use_fresh(self, fresh: SearchIndex) -> None:
        # On the GUI thread, between searches: no search can be using the old index while it closes.
        old, self._index = self._index, fresh
        self.error = None
        if old is not None:
            old.close()
        log.info("search index rebuilt in %s", fresh.location)
        self.rebuilt.emit("")
        self.ready.emit()

    def search(self, text: str, limit: int = 10) -> SearchResults | None:
        if self._index is None:
            return None
        return self._index.search(text, limit=limit)
