"""Slow plain-Python work (a PIN check, a QR code) on one worker thread, its answer handed back on the GUI thread.

The job must not touch Qt objects: it gets plain values and returns one. Qt delivers ``_finished`` on the thread
this object lives on (the GUI thread), where the answer is passed to the caller's ``done``. The cycle collector
stays on the GUI thread (see kiosk/ui/services/garbage.py): jobs only allocate plain Python objects, which reference
counting frees. A bare thread and a queue rather than concurrent.futures, whose import alone costs start-up ~5 ms.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

Job = tuple[Callable[[], Any], Callable[[Any], None] | None]


class BackgroundWork(QObject):
    """``run(job, done)``: ``job()`` on the worker thread, then ``done(answer)`` on the GUI thread. Jobs run one at
    a time in the order given. A job that raises is logged and its ``done`` is not called."""

    _finished = Signal(object, object)  # (done, answer)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._jobs: queue.SimpleQueue[Job | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._idle = threading.Condition()
        self._unfinished = 0
        self._finished.connect(self._deliver)
        # The session that owns this goes at a content update: its thread must end too, not wait for ever.
        jobs = self._jobs
        self.destroyed.connect(lambda _=None: jobs.put(None))

    def run(self, job: Callable[[], Any], done: Callable[[Any], None] | None = None) -> None:
        with self._idle:
            self._unfinished += 1
        self._jobs.put((job, done))
        if self._thread is None:  # started at the first job: nothing at start-up
            # A daemon: a kiosk quitting mid-check loses nothing worth waiting for.
            self._thread = threading.Thread(target=self._work, name=self._name, daemon=True)
            self._thread.start()

    def busy(self) -> bool:
        with self._idle:
            return self._unfinished > 0

    def wait(self, timeout: float = 10.0) -> bool:
        """Block until every job given so far has run (tests, snapshots, the stall benchmark); its ``done`` is
        then waiting in the event queue. False on timeout."""
        with self._idle:
            return self._idle.wait_for(lambda: self._unfinished == 0, timeout)

    def _work(self) -> None:
        while (item := self._jobs.get()) is not None:
            job, done = item
            try:
                answer = job()
            except Exception:
                log.exception("background job failed")
            else:
                if done is not None:
                    try:
                        self._finished.emit(done, answer)
                    except RuntimeError:  # the session went (a content update, quitting) while the job ran
                        log.debug("background work finished after its owner was deleted")
            finally:
                with self._idle:
                    self._unfinished -= 1
                    self._idle.notify_all()

    def _deliver(self, done: Callable[[Any], None], answer: Any) -> None:
        done(answer)
