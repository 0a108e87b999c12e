"""QR symbols made offline with segno, once per text: Qt-free, so a worker thread can make them and any size is drawn
from the same modules without encoding again."""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass

BORDER = 4  # the quiet zone a phone camera needs round the code, in modules
DARK, LIGHT = 0, 255  # grey levels: one byte a module, ready for an 8-bit greyscale image


@dataclass(frozen=True, slots=True)
class QrSymbol:
    """A QR code's modules, its quiet zone included: ``size`` rows of ``size`` bytes, each DARK or LIGHT."""

    text: str
    version: int
    size: int
    grey: bytes

    def scale_for(self, pixels: int) -> int:
        """Whole pixels a module for a code at most ``pixels`` square (at least 1, so a code never vanishes)."""
        return max(1, pixels // self.size)

    def pixels_for(self, pixels: int) -> int:
        """How many pixels square the code is drawn when ``pixels`` are offered: whole modules only, so it stays
        sharp and a camera reads it."""
        return self.size * self.scale_for(pixels)

    def is_dark(self, row: int, column: int) -> bool:
        return self.grey[row * self.size + column] == DARK


_CACHE_SIZE = 32  # a page's take-home text and its website links: a morning's worth of pages
_cache: OrderedDict[str, QrSymbol | None] = OrderedDict()
_lock = threading.Lock()


def qr_symbol(text: str) -> QrSymbol | None:
    """The QR code for ``text`` (error correction M, never a micro code), or None if it cannot be encoded (too
    long). Made once per text: encoding chooses among eight masks by scoring each, 10-20 ms for a page's summary,
    which a panel trying several sizes used to pay at every size."""
    with _lock:
        if text in _cache:
            _cache.move_to_end(text)
            return _cache[text]
    symbol = _encode(text)  # outside the lock: two threads asking at once both encode, and agree
    with _lock:
        _cache[text] = symbol
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return symbol


def is_cached(text: str) -> bool:
    with _lock:
        return text in _cache


def _encode(text: str) -> QrSymbol | None:
    import segno

    try:
        code = segno.make(text, error="m", micro=False)
    except (ValueError, segno.DataOverflowError):
        return None
    rows = [bytes(DARK if dark else LIGHT for dark in row) for row in code.matrix_iter(scale=1, border=BORDER)]
    return QrSymbol(text, code.version, len(rows), b"".join(rows))
