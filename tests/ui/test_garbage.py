"""Cyclic garbage is freed on the GUI thread, never on a worker thread that happened to allocate."""

from __future__ import annotations

import gc
import threading
from typing import ClassVar

from kiosk.ui.services import garbage


class Cycle:
    freed_on: ClassVar[list[str]] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        Cycle.freed_on.append(threading.current_thread().name)


def test_cycles_made_anywhere_are_freed_on_the_gui_thread(qtbot, qapp) -> None:
    collector = garbage.install(qapp)
    assert not gc.isenabled()
    Cycle.freed_on.clear()

    kept: list[list[list[int]]] = []

    def worker() -> None:
        for _ in range(50):
            Cycle()
        # Far past the automatic collector's first threshold: enabled, it would have run here, on this thread.
        kept.append([[] for _ in range(gc.get_threshold()[0] * 5)])

    thread = threading.Thread(target=worker, name="search-worker")
    thread.start()
    thread.join()
    assert Cycle.freed_on == []  # nothing was collected on the worker
    # What the timer does every second on the GUI thread's event loop:
    assert collector.timer.isActive() and collector.timer.interval() == garbage.INTERVAL_MS
    collector.collect()
    assert Cycle.freed_on == [threading.main_thread().name] * 50



class Kept:
    freed: ClassVar[int] = 0

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        Kept.freed += 1


def test_what_is_kept_for_good_is_left_out_of_collections_until_let_go(qapp) -> None:
    collector = garbage.install(qapp)
    gc.collect()
    Kept.freed = 0
    for _ in range(20):
        Kept()  # unreachable cycles: garbage only a collection can find
    garbage.keep_for_good()
    try:
        assert gc.get_freeze_count() >= 20
        gc.collect()
        collector.collect()
        assert Kept.freed == 0  # no pass looked at them: a 5,000-page library is not scanned again and again
        Cycle.freed_on.clear()
        for _ in range(3):
            Cycle()
        gc.collect()
        assert len(Cycle.freed_on) == 3  # what is made afterwards is collected as before
    finally:
        garbage.let_go()
    gc.collect()
    assert Kept.freed == 20
