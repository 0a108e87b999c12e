"""Take home: one QR code with the page's short summary and a trusted address, for a patient's own phone."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from kiosk.ui.link_dialog import qr_pixmap
from kiosk.ui.overlay import Overlay

MIN_QR_SIZE = 183  # pixels: 3 a module for the largest code a page makes (version 9, 61 modules with its border)


class TakeHomePanel(Overlay):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("takeHomePanel")
        self.heading = QLabel("Keep this page on your phone")
        self.heading.setObjectName("sectionHeading")
        self.heading.setWordWrap(True)
        self.explain = QLabel(
            "Point your phone's camera at the square code. It holds a short summary of this page and a website "
            "to read more. Nothing is sent from this screen."
        )
        self.explain.setWordWrap(True)
        self.qr = QLabel()
        self.qr.setObjectName("qrCode")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.address = QLabel()
        self.address.setObjectName("cardTitle")
        self.address.setWordWrap(True)
        self.address.setTextFormat(Qt.TextFormat.PlainText)
        self.done = QPushButton("Close")
        self.done.setObjectName("closeTakeHomeButton")
        self.done.setProperty("action", True)
        self.done.setAccessibleName("Close")
        self.done.setAccessibleDescription("Close the square code and go back to the page")
        self.done.clicked.connect(self.close_overlay)
        self.address.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The code beside the words, so the panel fits a short screen in large print with the code still big.
        row = QHBoxLayout()
        row.setSpacing(24)
        row.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.explain, 1, Qt.AlignmentFlag.AlignTop)
        self.panel_layout.addWidget(self.heading)
        self.panel_layout.addLayout(row)
        self.panel_layout.addWidget(self.address)  # the whole width: an address is one long word
        self.add_button(self.done)  # always on screen, even if the words ever have to scroll
        self.text = ""

    def show_page(self, text: str, address: str, qr_size: int) -> None:
        self.text = text
        self.qr.setAccessibleName("Square code with this page's summary" + (" and a website" if address else ""))
        shown = address.removeprefix("https://").rstrip("/")
        # A zero-width space after each dot and slash lets a long address wrap there instead of running off the
        # panel in large print; it is invisible, and a person types the address the same.
        self.address.setText(re.sub(r"([./])", "\\1\u200b", shown))
        self.address.setAccessibleName(shown)
        self.address.setVisible(bool(shown))
        self.qr.setPixmap(qr_pixmap(text, qr_size))
        self.qr.setVisible(not self.qr.pixmap().isNull())
        self.open()  # measured once shown: the theme's fonts apply to what is on screen
        # As large as the screen allows, up to ``qr_size``, but never so small a phone struggles (MIN_QR_SIZE).
        room = self.height() - 48
        self.explain.show()
        size = qr_size
        while self.needed_height() > room and size > MIN_QR_SIZE:
            size = max(MIN_QR_SIZE, size - 20)
            self.qr.setPixmap(qr_pixmap(text, size))
        if self.needed_height() > room:
            self.explain.hide()  # the heading alone says what to do; the code must stay big enough to scan
        self.place()
        self.done.setFocus()
