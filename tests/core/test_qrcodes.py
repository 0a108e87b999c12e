"""QR symbols: the same modules segno makes, made once per text, and None for text no QR code can hold."""

from __future__ import annotations

import segno

from kiosk import qrcodes
from kiosk.qrcodes import BORDER, qr_symbol


def test_a_symbol_holds_segnos_own_modules_with_the_quiet_zone() -> None:
    text = "Bone scan: a small amount of tracer shows how your bones are. https://www.nhs.uk/tests-and-treatments/"
    symbol = qr_symbol(text)
    code = segno.make(text, error="m", micro=False)
    expected = [list(row) for row in code.matrix_iter(scale=1, border=BORDER)]
    assert symbol is not None and symbol.version == code.version and symbol.size == len(expected)
    assert [[int(symbol.is_dark(r, c)) for c in range(symbol.size)] for r in range(symbol.size)] == expected
    assert all(not symbol.is_dark(r, c) for r in range(BORDER) for c in range(symbol.size))  # quiet zone is light


def test_a_text_is_encoded_once_however_often_it_is_asked_for(monkeypatch) -> None:
    calls: list[str] = []
    encode = qrcodes._encode
    monkeypatch.setattr(qrcodes, "_encode", lambda text: calls.append(text) or encode(text))
    text = "encoded once: a text no other test uses"
    first = qr_symbol(text)
    assert qr_symbol(text) is first and qrcodes.is_cached(text)
    assert calls == [text]


def test_sizes_are_whole_modules_and_never_zero() -> None:
    symbol = qr_symbol("https://www.macmillan.org.uk")
    assert symbol is not None
    assert symbol.pixels_for(280) % symbol.size == 0 and symbol.pixels_for(280) <= 280
    assert symbol.pixels_for(1) == symbol.size  # one pixel a module at the least


def test_text_too_long_for_any_qr_code_gives_none_not_an_error() -> None:
    assert qr_symbol("x" * 8000) is None
