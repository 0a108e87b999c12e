"""Freed memory goes back to the operating system at each idle reset, so a kiosk that runs for months stays small.

Python frees almost everything at once by reference counting, and Qt frees each screen's widgets and text layouts
when they go; but the C library keeps freed memory in its heap for reuse, and with a search worker, a QR worker and
the GUI thread each allocating, glibc's heap arenas end up full of holes that resident memory still counts. A
100,000-action monkey soak grew about 2 MB every 10,000 actions that way while the live widgets and Python objects
stayed flat. ``malloc_trim(0)`` hands the free pages back (glibc 2.8 and later release whole free pages inside the
heap, not just at its top). Elsewhere (Windows, macOS, musl) the system's allocator returns memory on its own
terms, and this does nothing.
"""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Callable

log = logging.getLogger(__name__)

_trim: Callable[[int], int] | bool | None = False  # False: not looked for yet; None: not available here


def _malloc_trim() -> Callable[[int], int] | None:
    global _trim
    if _trim is False:
        _trim = None
        if sys.platform.startswith("linux"):
            import ctypes  # here, not at the top: start-up never pays for it
            import ctypes.util

            try:
                libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
                trim = libc.malloc_trim  # glibc only: musl has no malloc_trim
                trim.argtypes, trim.restype = [ctypes.c_size_t], ctypes.c_int
                _trim = trim
            except (OSError, AttributeError) as error:
                log.info("memory: this C library cannot hand freed memory back on request (%s)", error)
    return _trim  # type: ignore[return-value]


def can_return_memory() -> bool:
    return _malloc_trim() is not None


def return_freed_memory() -> bool:
    """Collect every generation of cyclic garbage, then hand the C heap's free pages back to the system. Returns
    whether any memory went back (always False where the C library cannot do it). Takes a few ms: call it when
    nobody is waiting, as at an idle reset."""
    gc.collect()
    trim = _malloc_trim()
    return bool(trim(0)) if trim is not None else False
