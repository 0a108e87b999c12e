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

import contextlib
import gc
import logging
import multiprocessing
import pickle
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.content.model import ContentStore

if TYPE_CHECKING:
    from multiprocessing.connection import Connection  # PipeConnection on Windows: the same methods

log = logging.getLogger("kiosk.search")

# Below this many pages a build takes a second or two: a thread of the kiosk's own is quicker than starting a
# Python process, and the prebuilt or cached index is normally there anyway.
PROCESS_FROM_PAGES = 300
# How often a wait for the build process looks whether it was cancelled (a background thread's wait: nobody sees it).
CANCEL_CHECK_SECONDS = 0.25


class BuildFailed(Exception):
    """The build process did not finish its index (it failed, or could not be started)."""


class BuildCancelled(Exception):
    """The build was stopped on purpose: nobody wants its index any more (nothing else should build it either)."""


def build_alone(data: bytes, folder: Path) -> None:
    """The build process's work: the content, pickled (``pickle.dumps``), read back and its index built into
    ``folder``, with Python's cycle collector off.

    The build makes millions of objects that live to its end (every posting waits in memory for the commit) and
    almost no cycles: each time their number passed the collector's threshold it went over all of them again, for
    nothing, about a fifth of the build's CPU. The process ends with the build, so nothing is left uncollected for
    long (peak memory is the same). The collector is on again afterwards if it was on before.
    """
    from kiosk.search.backend import build_folder

    enabled = gc.isenabled()
    gc.disable()
    try:
        build_folder(pickle.loads(data), folder)
    finally:
        if enabled:
            gc.enable()


def _build(data: bytes, folder: str, report: Connection) -> None:  # in the child process
    """Build, and on failure send the reason back: a frozen windowed app has no stderr for a traceback."""
    try:
        build_alone(data, Path(folder))
    except BaseException as error:
        with contextlib.suppress(Exception):
            report.send(f"{type(error).__name__}: {error}"[:300])
        sys.exit(1)
    finally:
        report.close()


def build_in_process(store: ContentStore, folder: Path, cancelled: threading.Event | None = None) -> None:
    """Build the index for ``store`` into ``folder`` in a child process and wait for it; raise BuildFailed if it
    did not finish. Call it from a background thread: it blocks until the build is done, or until ``cancelled``
    is set (the session stopped: a content or language switch, the app quitting); then the child is ended, its
    half-built files closed with it, and BuildCancelled raised.

    Under Windows the child is a new interpreter started from ``sys.executable`` (from the bundle, the kiosk's own
    program: ``kiosk/__main__.py`` calls ``multiprocessing.freeze_support()`` first); it imports this module by
    name and gets the store pickled and the folder as text."""
    # "spawn": a fresh interpreter, never a fork of a process running Qt and threads.
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    try:
        # Pickled here, read back in the child with its cycle collector off (``build_alone``).
        process = context.Process(target=_build, args=(pickle.dumps(store), str(folder), sender),
                                  name="build-search-index", daemon=True)
        try:
            process.start()
        except Exception as error:  # no process can be started here (a locked-down PC, a frozen app without support)
            raise BuildFailed(f"could not start the build process: {type(error).__name__}: {error}") from error
        finally:
            sender.close()  # the child has its own copy: the pipe ends when the child does
        while process.exitcode is None:
            if cancelled is not None and cancelled.is_set():
                process.terminate()  # TerminateProcess on Windows: the OS closes the child's files
                process.join()
                process.close()
                raise BuildCancelled("the search index build was stopped: the session it was for has ended")
            process.join(CANCEL_CHECK_SECONDS)
        reason = _reason(receiver)
    finally:
        receiver.close()
    exitcode = process.exitcode
    process.close()
    if exitcode != 0:
        why = f": {reason}" if reason else ""
        raise BuildFailed(f"the build process ended with exit code {exitcode}{why}")


def _reason(receiver: Connection) -> str:
    try:
        return str(receiver.recv()) if receiver.poll() else ""
    except (EOFError, OSError):  # the child ended without a word (killed, or it could not even start)
        return ""


def build_folder_quickly(store: ContentStore, folder: Path, cancelled: threading.Event | None = None) -> None:
    """Build the index for ``store`` into ``folder``: a large guide's in a process of its own (falling back to this
    process if that fails, but not if ``cancelled``: see ``build_in_process``), a small one's here."""
    from kiosk.search.backend import build_folder

    if len(store) >= PROCESS_FROM_PAGES:
        try:
            build_in_process(store, folder, cancelled)
            return
        except BuildFailed as error:
            log.warning("building the search index in a process of its own failed (%s); building it here", error)
    build_folder(store, folder)
