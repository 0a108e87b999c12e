"""Printing a page for a patient: a nurse's laptop only, A4, with where the page came from."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QPdfWriter

from kiosk import resources
from kiosk.settings import StartMode
from kiosk.ui.printing import print_html, printable_html
from kiosk.ui.snapshot import settle
from tests.ui.conftest import CLINIC, make_session


def pdf_of(document_html: str) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    print_html(document_html, writer, "Atkinson Hyperlegible")
    del writer  # finishes the PDF
    return bytes(buffer.data())


def test_a_page_prints_to_a4_with_its_source_and_date(qtbot, tmp_path) -> None:
    session = make_session(qtbot, resources.content_dir(), cache_dir=tmp_path)
    session.controller.open_page("bone-scan")
    document = session.controller.printable_page()
    assert document is not None
    assert "<h1>Bone scan</h1>" in document
    assert "Riverside Breast Clinic" in document
    assert "does not replace advice from your own team" in document
    pdf = pdf_of(document)
    assert pdf.startswith(b"%PDF") and len(pdf) > 5000


def test_printable_html_escapes_and_dates() -> None:
    from kiosk.content.loader import load_content

    page = load_content(resources.content_dir()).get("stage")
    text = printable_html(page, "<p>x</p>", "Guide <1>", "St Mary & Co", printed=date(2026, 11, 25))
    assert "25 November 2026" in text and "Guide &lt;1&gt; (St Mary &amp; Co)" in text


def test_print_button_only_on_pages_in_windowed_mode(qtbot, tmp_path) -> None:
    windowed = make_session(qtbot, resources.content_dir(), cache_dir=tmp_path)
    bar = windowed.window.nav_bar
    assert not bar.print.isVisible()
    windowed.controller.open_page("biopsy")
    settle()
    assert bar.print.isVisible() and bar.print.height() >= 48
    windowed.controller.go_home()
    assert not bar.print.isVisible()

    kiosk_settings = CLINIC.__class__(**{**{f: getattr(CLINIC, f) for f in CLINIC.__slots__ if f != "source"},
                                         "mode": StartMode.KIOSK})
    kiosk = make_session(qtbot, resources.content_dir(), kiosk_settings, cache_dir=tmp_path / "k")
    kiosk.controller.open_page("biopsy")
    settle()
    assert not kiosk.window.nav_bar.print.isVisible()
    kiosk.controller.print_page()  # does nothing, opens no dialog
