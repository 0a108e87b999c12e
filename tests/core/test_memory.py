"""At an idle reset the kiosk hands freed memory back to the system: resident memory really falls."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kiosk import memory

linux_glibc = pytest.mark.skipif(not (sys.platform.startswith("linux") and memory.can_return_memory()),
                                 reason="malloc_trim is glibc's; elsewhere the allocator returns memory itself")


def resident_mb() -> float:
    import os

    return int(Path("/proc/self/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


@linux_glibc
def test_freed_holes_in_the_heap_go_back_to_the_system():
    # 120 MB in 4 KB blocks (each a malloc of its own, above Python's small-object allocator), then free all
    # but every 64th: the heap is now mostly holes, pinned by the survivors, that free() alone keeps.
    blocks = [bytearray(4096) for _ in range(30_000)]
    keep = blocks[::64]
    del blocks
    before = resident_mb()
    assert memory.return_freed_memory() is True
    after = resident_mb()
    assert before - after > 60, f"resident memory {before:.0f} MB -> {after:.0f} MB"
    assert len(keep) == 469  # the survivors are still there


def test_it_is_safe_to_call_again_and_again():
    for _ in range(3):
        assert memory.return_freed_memory() in (True, False)


def test_without_malloc_trim_it_collects_garbage_and_says_nothing_went_back(monkeypatch):
    monkeypatch.setattr(memory, "_trim", None)
    assert memory.can_return_memory() is False
    assert memory.return_freed_memory() is False
