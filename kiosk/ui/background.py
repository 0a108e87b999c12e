"""Slow plain-Python work (a PIN check, a QR code) on one worker thread, its answer handed back on the GUI thread.

The job must not touch Qt objects: it gets plain values and returns one. Qt delivers ``_finished`` on the thread
this object lives on (the GUI thread), where the answer is passed to the caller's ``done``. The cycle collector
stays on the GUI thread (see kiosk/ui/garbage.py): jobs only allocate plain Python objects, which reference
counting frees.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_for_futures
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


class BackgroundWork(QObject):
    """``run(job, done)``: ``job()`` on the worker thread, then ``done(answer)`` on the GUI thread. Jobs run one at
    a time in the order given. A job that raises is logged and its ``done`` is not called."""

    _finished = Signal(object, object)  # (done, answer)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._pending: set[Future] = set()
        self._lock = threading.Lock()
        self._finished.connect(self._deliver)
        self.destroyed.connect(lambda _=None, pool=self._pool: pool.shutdown(wait=False, cancel_futures=True))

    def run(self, job: Callable[[], Any], done: Callable[[Any], None] | None = None) -> None:
        future = self._pool.submit(self._work, job, done)
        with self._lock:
            self._pending.add(future)
        future.add_done_callback(self._forget)

    def busy(self) -> bool:
        with self._lock:
            return bool(self._pending)

    def wait(self, timeout: float = 10.0) -> bool:
        """Block until every job given so far has run (tests, snapshots, the self-test); its ``done`` is then
        waiting in the event queue. False on timeout."""
        with self._lock:
            pending = list(self._pending)
        return not wait_for_futures(pending, timeout).not_done

    def _forget(self, future: Future) -> None:
        with self._lock:
            self._pending.discard(future)

    def _work(self, job: Callable[[], Any], done: Callable[[Any], None] | None) -> None:
        try:
            answer = job()
        except Exception:
            log.exception("background job failed")
            return
        if done is None:
            return
        try:
            self._finished.emit(done, answer)
        except RuntimeError:  # the session went (a content update, quitting) while the job ran: nobody is waiting
            log.debug("background work finished after its owner was deleted")

    def _deliver(self, done: Callable[[Any], None], answer: Any) -> None:
        done(answer)
