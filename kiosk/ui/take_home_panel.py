"""Take home: one QR code with the page's short summary and a trusted address, for a patient's own phone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from kiosk.ui.link_dialog import qr_pixmap
from kiosk.ui.overlay import Overlay


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
        self.address.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.address.setTextFormat(Qt.TextFormat.PlainText)
        self.done = QPushButton("Close")
        self.done.setObjectName("closeTakeHomeButton")
        self.done.setProperty("action", True)
        self.done.setAccessibleName("Close")
        self.done.setAccessibleDescription("Close the square code and go back to the page")
        self.done.clicked.connect(self.close_overlay)
        for widget in (self.heading, self.explain, self.qr, self.address):
            self.panel_layout.addWidget(widget)
        self.panel_layout.addWidget(self.done, 0, Qt.AlignmentFlag.AlignHCenter)
        self.text = ""

    def show_page(self, text: str, address: str, qr_size: int) -> None:
        self.text = text
        pixmap = qr_pixmap(text, qr_size)
        self.qr.setPixmap(pixmap)
        self.qr.setVisible(not pixmap.isNull())
        self.qr.setAccessibleName("Square code with this page's summary" + (" and a website" if address else ""))
        shown = address.removeprefix("https://").rstrip("/")
        self.address.setText(shown)
        self.address.setVisible(bool(shown))
        self.open()
        self.done.setFocus()
