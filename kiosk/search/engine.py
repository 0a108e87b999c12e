"""Search over the content's pages: open (or build) the index, search it, and never fail a person typing.

Importing this module is cheap: Whoosh (about 0.1 s to import) is loaded by ``SearchIndex.open`` and
``SearchIndex.build``, which the app runs away from the first painted screen.

    index = SearchIndex.open(store, prebuilt_dir=resources.prebuilt_index_dir())
    results = index.search("chemo hair loss")
    for hit in results.hits:
        print(hit.title, hit.snippet)
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.content.model import ContentStore
from kiosk.search.results import SearchHit, SearchResults

if TYPE_CHECKING:
    from kiosk.search.backend import PageSearch

__all__ = ["SearchHit", "SearchIndex", "SearchResults"]

log = logging.getLogger("kiosk.search")

MAX_LIMIT = 100
# Rebuilding in memory takes about a second per 50 pages: beyond this, a broken index just finds nothing
# until the app is restarted (and rebuilds it then), rather than freezing the screen for minutes.
MAX_REBUILD_PAGES = 1000


class SearchIndex:
    """A searchable index of one ContentStore's pages."""

    def __init__(self, backend: PageSearch) -> None:
        self._backend = backend
        self._recovered = False
        self._closed = False

    @classmethod
    def open(cls, store: ContentStore, *, prebuilt_dir: Path | None = None, cache_dir: Path | None = None,
             build: Callable[[ContentStore, Path], None] | None = None) -> SearchIndex:
        """Never raises for a missing/stale/corrupt/unwritable index: rebuilds it into cache_dir (default
        kiosk.paths.user_cache_dir()/"index"/<key>) or, failing that, in memory (RamStorage; no temp files).
        ``build(store, folder)`` builds it (default: here; the app passes ``build_process.build_folder_quickly``).

        The prebuilt index (built by ``kiosk index`` for the shipped content) is used only when its key matches
        this content, schema and Whoosh version.
        """
        from kiosk.search.backend import build_folder, open_search

        backend = open_search(store, prebuilt_dir, cache_dir, build or build_folder)
        log.info("search index opened from %s (%d pages)", backend.location, backend.index.doc_count())
        return cls(backend)

    @classmethod
    def build(cls, store: ContentStore, out_dir: Path) -> None:
        """Build the index for ``store`` into ``out_dir`` (used by ``kiosk index``). Raises OSError on failure."""
        from kiosk.search.backend import build_folder

        build_folder(store, out_dir)

    @staticmethod
    def verify(store: ContentStore, folder: Path) -> None:
        """Raise (naming what is wrong) unless the index in ``folder`` is whole and fits ``store``: for the
        self-test, which must fail on a damaged bundled index instead of quietly rebuilding it."""
        from kiosk.search.backend import IndexFolder, read_index

        index, _ = read_index(IndexFolder(folder, readonly=True), store)
        index.close()

    @property
    def location(self) -> str:
        """Where the open index lives: "prebuilt", "cache" or "memory"."""
        return self._backend.location

    def search(self, text: str, limit: int = 10) -> SearchResults:
        """The pages best matching ``text``, best first. Never raises, whatever the input."""
        if not isinstance(text, str):
            text = ""
        if self._closed:
            return SearchResults(text, (), None)
        try:
            limit = max(0, min(int(limit), MAX_LIMIT))
        except (TypeError, ValueError, OverflowError):
            limit = 10
        try:
            return self._backend.search(text, limit)
        except Exception:
            if self._closed:  # closed by another thread while this search ran: not a damaged index
                return SearchResults(text, (), None)
            # What a patient typed stays out of the log: only its length is recorded.
            log.exception("search failed for a query of %d characters", len(text))
        small = len(self._backend.store) <= MAX_REBUILD_PAGES
        damaged = not self._recovered and small and not self._backend.healthy()
        if not self._recovered and self._backend.folder is not None:
            # Whatever failed, the cached index on disk is not trusted again: the next start rebuilds it, so a
            # damaged file can never fail searches on every restart.
            from kiosk.search.backend import discard_cache

            discard_cache(self._backend.folder)
        if damaged:
            # An index file damaged after it was opened (its checksum or a probe search says so): carry on with a
            # fresh index in memory. A failure the index does not explain is not worth a rebuild on the patient's
            # screen: that search just finds nothing, and the next start builds a fresh index anyway.
            self._recovered = True
            try:
                from kiosk.search.backend import open_in_memory

                old, self._backend = self._backend, open_in_memory(self._backend.store)
                _close_quietly(old)
                return self._backend.search(text, limit)
            except Exception:
                log.exception("search failed again with an index in memory")
        return SearchResults(text, (), None)

    def forget_queries(self) -> None:
        """Forget the words searches have looked up (at an idle reset): memory stays flat and no visitor's words are
        kept for the next."""
        self._backend.forget_queries()

    @property
    def folder(self) -> Path | None:
        """The cache folder the index was read from ("cache"), else None."""
        return self._backend.folder

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        """Let go of the index's files, so that its folder can be deleted or replaced (on Windows an open file can
        be neither). Safe to call twice and from another thread than a search's: a search under way finishes
        first; one after this finds nothing."""
        self._closed = True
        _close_quietly(self._backend)


def rebuild_folder(folder: Path, current: SearchIndex | None) -> Path:
    """Where a rebuild writes: ``folder``, unless the index in use was read from there. A build first clears the
    folder, and on Windows the files of an open index can be neither deleted nor replaced, so the rebuild goes to
    a folder beside it instead (the next rebuild back to ``folder``, no longer in use by then). The next start
    still opens ``folder`` if it reads well, and rebuilds it if not; ``backend.prune_old_caches`` removes the
    other in time."""
    in_use = current.folder if current is not None else None
    if in_use is None or in_use.resolve() != folder.resolve():
        return folder
    return folder.with_name(folder.name + "-rebuilt")


def _close_quietly(backend: PageSearch) -> None:
    try:
        backend.close()
    except Exception:  # closing a damaged index must not fail a search
        log.debug("could not close a search index", exc_info=True)
