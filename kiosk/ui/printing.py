"""Printing a page for a patient to take home (a nurse's laptop in windowed mode; never on a waiting-room kiosk)."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QPagedPaintDevice, QPageLayout, QPageSize, QTextDocument

from kiosk.content.model import Page

PRINT_CSS = """
body { font-size: 13pt; line-height: 140%; color: #000000; }
h1 { font-size: 22pt; margin-bottom: 6pt; }
h2 { font-size: 16pt; margin-top: 14pt; }
p, li { margin-bottom: 6pt; }
a { color: #000000; text-decoration: none; font-weight: bold; }
.footer { font-size: 10pt; color: #333333; margin-top: 18pt; }
"""


def printable_html(page: Page, body_html: str, guide_title: str, clinic_name: str = "", *,
                   printed: date | None = None) -> str:
    """The page as it should look on paper: title, text, and where it came from and when."""
    printed = printed or date.today()
    checked = f" This page was last checked in {page.reviewed:%B %Y}." if page.reviewed else ""
    source = html.escape(f"{guide_title} ({clinic_name})" if clinic_name else guide_title)
    return (
        f"<h1>{html.escape(page.title)}</h1>{body_html}"
        f"<p class='footer'>From the patient information guide “{source}”, printed on {printed:%d %B %Y}.{checked} "
        "This information does not replace advice from your own team. Please ask them about anything on this page."
        "</p>"
    )


def print_html(document_html: str, device: QPagedPaintDevice, family: str) -> None:
    """Lay out ``document_html`` on A4 with generous margins and print it to ``device`` (a printer or a PDF)."""
    device.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    device.setPageMargins(QMarginsF(20, 18, 20, 18), QPageLayout.Unit.Millimeter)
    document = QTextDocument()
    font = QFont(family)
    font.setPointSize(13)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(PRINT_CSS)
    document.setHtml(document_html)
    document.print_(device)
