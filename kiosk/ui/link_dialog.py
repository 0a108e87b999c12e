"""Shows a website's address and a QR code to scan with your own phone; the kiosk itself never opens a browser."""

from __future__ import annotations

import io

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from kiosk.ui.overlay import Overlay


def qr_pixmap(address: str, size: int) -> QPixmap:
    """A QR code for ``address``, made offline with segno; an empty pixmap if the address cannot be encoded."""
    import segno

    try:
        code = segno.make(address, error="m", micro=False)
    except (ValueError, segno.DataOverflowError):
        return QPixmap()
    buffer = io.BytesIO()
    modules = code.symbol_size(scale=1, border=4)[0]
    code.save(buffer, kind="png", scale=max(1, size // modules), border=4, dark="#000000", light="#ffffff")
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


class LinkDialog(Overlay):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("linkDialog")
        self.heading = QLabel("This is a website")
        self.heading.setObjectName("sectionHeading")
        self.explain = QLabel(
            "This screen cannot open websites. To visit it, point your phone's camera at the square code, "
            "or type the address into your phone."
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
        self.done.setProperty("action", True)
        self.done.clicked.connect(self.close_overlay)
        for widget in (self.heading, self.explain, self.qr, self.address):
            self.panel_layout.addWidget(widget)
        self.panel_layout.addWidget(self.done, 0, Qt.AlignmentFlag.AlignHCenter)

    def show_address(self, address: str, qr_size: int = 280) -> None:
        shown = address.removeprefix("https://").removeprefix("http://").rstrip("/")
        self.address.setText(shown)
        pixmap = qr_pixmap(address, qr_size)
        self.qr.setPixmap(pixmap)
        self.qr.setVisible(not pixmap.isNull())
        self.open()
        self.done.setFocus()
