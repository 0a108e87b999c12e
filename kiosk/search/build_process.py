"""Builds a large guide's search index in a process of its own, away from the screen.

A first start with a library of 5,000 pages has a minute or more of indexing to do. In a thread of the kiosk's own
process that work shares one interpreter lock with the screen (every tap waits its turn, and the build takes twice
as long), and its millions of short-lived objects are left for the GUI thread's cycle collector
(``kiosk.ui.services.garbage``), whose passes over them froze the screen for seconds. In a process of its own the
build runs on the PC's other core, and the kiosk's process only opens the finished index.

Plain Python (no Qt). The child gets the content as the kiosk loaded it (pickled), so the index it writes fits that
content exactly (the key file records its fingerprint; ``backend.read_index`` checks it on opening).
"""

from __future__ import annotations

import logging
import multiprocessing
from pathlib import Path

from kiosk.content.model import ContentStore

log = logging.getLogger("kiosk.search")

# Below this many pages a build takes a second or two: a thread of the kiosk's own is quicker than starting a
# Python process, and the prebuilt or cached index is normally there anyway.
PROCESS_FROM_PAGES = 300


class BuildFailed(Exception):
    """The build process did not finish its index (it failed, or could not be started)."""


def _build(store: ContentStore, folder: str) -> None:  # in the child process
    from kiosk.search.backend import build_folder

    build_folder(store, Path(folder))


def build_in_process(store: ContentStore, folder: Path) -> None:
    """Build the index for ``store`` into ``folder`` in a child process and wait for it; raise BuildFailed if it
    did not finish. Call it from a background thread: it blocks until the build is done."""
    # "spawn": a fresh interpreter, never a fork of a process running Qt and threads.
    context = multiprocessing.get_context("spawn")
    process = context.Process(target=_build, args=(store, str(folder)), name="build-search-index", daemon=True)
    try:
        process.start()
    except Exception as error:  # no process can be started here (a locked-down PC, a frozen app without support)
        raise BuildFailed(f"could not start the build process: {type(error).__name__}: {error}") from error
    process.join()
    if process.exitcode != 0:
        raise BuildFailed(f"the build process ended with exit code {process.exitcode}")
    process.close()


def build_folder_quickly(store: ContentStore, folder: Path) -> None:
    """Build the index for ``store`` into ``folder``: a large guide's in a process of its own (falling back to this
    process if that fails), a small one's here."""
    from kiosk.search.backend import build_folder

    if len(store) >= PROCESS_FROM_PAGES:
        try:
            build_in_process(store, folder)
            return
        except BuildFailed as error:
            log.warning("building the search index in a process of its own failed (%s); building it here", error)
    build_folder(store, folder)
