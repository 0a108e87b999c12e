"""Take home: one QR code with the page's short summary and a trusted address, for a patient's own phone."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from kiosk.ui.panels.link_dialog import QrPanel

MIN_QR_SIZE = 183  # pixels: 3 a module for the largest code a page makes (version 9, 61 modules with its border)


class TakeHomePanel(QrPanel):
    """The website panel's layout (the code beside the words on a short screen), holding the page's summary."""

    smallest = MIN_QR_SIZE

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, QCoreApplication.translate("TakeHomePanel", "Keep this page on your phone"),
                         QCoreApplication.translate("TakeHomePanel",
                                                    "Point your phone's camera at the square code. It holds a short "
                                                    "summary of this page and a website to read more. Nothing is "
                                                    "sent from this screen."))
        self.setObjectName("takeHomePanel")
        self.done.setObjectName("closeTakeHomeButton")
        self.done.setAccessibleName(self.tr("Close"))
        self.done.setAccessibleDescription(self.tr("Close the square code and go back to the page"))
        self.text = ""

    def show_page(self, text: str, address: str, qr_size: int) -> None:
        self.text = text
        self.qr.setAccessibleName(self.tr("Square code with this page's summary and a website") if address
                                else self.tr("Square code with this page's summary"))
        shown = address.removeprefix("https://").rstrip("/")
        self.address.setAccessibleName(shown)
        # A zero-width space after each dot and slash lets a long address wrap there instead of running off the
        # panel in large print; it is invisible, and a person types the address the same.
        self.show_code(text, re.sub(r"([./])", "\\1\u200b", shown), qr_size)
