"""Python's cycle collector runs on the GUI thread only, from a timer, as qutebrowser does.

Left automatic, the collector runs in whichever thread happens to allocate when a threshold is crossed; with
searches on a worker thread, that can be the worker, which then frees cyclic garbage holding Qt objects that
belong to the GUI thread (a crash seen once in the suite, inside the search worker). Reference counting still
frees almost everything at once; only cycles wait for the timer, at most a second.

What lives as long as the kiosk (the content just loaded: 5,000 pages are a few hundred thousand objects) is moved
out of the collector's sight with ``keep_for_good``: left in, every pass that reached it scanned all of it, half a
second or more on a busy PC, during which the screen could not answer.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000

_collector: GuiThreadCollector | None = None


class GuiThreadCollector(QObject):
    """Collects each generation whose count passed its threshold, like the automatic collector, but on a timer."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.collect)

    def collect(self) -> int:
        thresholds, counts = gc.get_threshold(), gc.get_count()
        found = 0
        if counts[0] > thresholds[0]:
            found += gc.collect(0)
            if counts[1] > thresholds[1]:
                found += gc.collect(1)
                if counts[2] > thresholds[2]:
                    found += gc.collect(2)
        return found


def install(app: QObject) -> GuiThreadCollector:
    """Turn the automatic collector off and collect from the GUI thread's event loop instead; idempotent."""
    global _collector
    if _collector is None:
        _collector = GuiThreadCollector(app)
        gc.disable()
        _collector.timer.start()
    return _collector


def keep_for_good() -> None:
    """Leave every object alive now out of every later collection (``gc.freeze``): call it once what lives as long
    as the kiosk has been made (the content, at start-up). Reference counting still frees any of them that go;
    only a cycle among them would stay, and the content makes none worth a pass over all of it."""
    gc.freeze()


def let_go() -> None:
    """Undo ``keep_for_good`` as the kiosk ends (``run()`` returns): in a process that starts another kiosk (the
    tests), what the last one kept is collected again like anything else."""
    gc.unfreeze()
