"""Shows a website's address and a QR code to scan with your own phone; the kiosk itself never opens a browser."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from kiosk.qrcodes import QrSymbol, qr_symbol
from kiosk.ui.panels.overlay import Overlay

# A phone camera at arm's length reads a code this big (in pixels of a ~96 dpi screen, about 4 cm) reliably; the
# panel rather scrolls than shows a smaller one.
SMALLEST_QR = 160


def qr_pixmap(text: str, size: int) -> QPixmap:
    """A QR code for ``text``, made offline, at most ``size`` pixels square (whole modules only, so it stays
    sharp); an empty pixmap if the text cannot be encoded."""
    symbol = qr_symbol(text)
    return QPixmap() if symbol is None else draw_qr(symbol, size)


def draw_qr(symbol: QrSymbol, size: int) -> QPixmap:
    """``symbol`` drawn at most ``size`` pixels square: one grey byte a module, scaled up without smoothing
    (under a millisecond, so a panel may try as many sizes as it likes)."""
    modules = symbol.size
    image = QImage(symbol.grey, modules, modules, modules, QImage.Format.Format_Grayscale8)
    side = symbol.pixels_for(size)
    return QPixmap.fromImage(image.scaled(side, side, Qt.AspectRatioMode.IgnoreAspectRatio,
                                          Qt.TransformationMode.FastTransformation))


class QrPanel(Overlay):
    """A heading, a sentence, a QR code and an address in words: one above the other, or side by side on a short
    screen, the code as big as the room allows but never under ``smallest`` pixels. The website panel and the
    take-home panel are both this; they differ in their words and in what the code holds."""

    smallest = SMALLEST_QR

    def __init__(self, parent: QWidget, heading: str, explanation: str) -> None:
        super().__init__(parent)
        self.heading = QLabel(heading)
        self.heading.setObjectName("sectionHeading")
        self.heading.setWordWrap(True)
        self.explain = QLabel(explanation)
        self.explain.setWordWrap(True)
        self.qr = QLabel()
        self.qr.setObjectName("qrCode")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.address = QLabel()
        self.address.setObjectName("cardTitle")
        self.address.setWordWrap(True)
        self.address.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.address.setTextFormat(Qt.TextFormat.PlainText)
        self.done = QPushButton(self.tr("Close"))
        self.done.setProperty("action", True)
        self.done.clicked.connect(self.close_overlay)
        # A layout straight in the body, not a widget: the panel measures each arrangement at once, and a nested
        # widget would report its last arrangement's height until the next pass through the event loop.
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(self.panel_layout.spacing())
        self.panel_layout.addLayout(self._grid)
        self.add_button(self.done)
        self._code = ""
        self._symbol: QrSymbol | None = None
        self._qr_wanted = 280
        self._qr_size = 0
        self._side_by_side: bool | None = None
        self._place_side_by_side(False)

    def show_code(self, code: str, shown_address: str, qr_size: int) -> None:
        """Open the panel with a QR code holding ``code``, and ``shown_address`` in words (hidden when empty)."""
        self.address.setText(shown_address)
        self.address.setVisible(bool(shown_address))
        self._code = code
        self._symbol = qr_symbol(code) if code else None  # made once; each size tried below only draws it
        self._qr_wanted = max(self.smallest, qr_size)
        self._qr_size = 0
        self._set_qr(self._qr_wanted)
        self.open()
        self.done.setFocus()

    def arrangements(self) -> int:
        return 2

    def arrange(self, arrangement: int, room_height: int) -> None:
        # 0: the code under the words, full size. 1: beside them, as big as the height allows (a short screen).
        self._place_side_by_side(arrangement == 1)
        if arrangement == 0:
            self._set_qr(self._qr_wanted)
            return
        margins = self.panel_layout.contentsMargins()
        inner = self.panel.width() - 2 * self.panel.frameWidth() - margins.left() - margins.right()
        biggest = min(self._qr_wanted, (inner - self._grid.horizontalSpacing()) // 2)
        self._set_qr(biggest)
        # The taller of the two columns sets the height: shrink the code until it fits, or the words are taller.
        for _ in range(4):
            over = self.needed_height() - room_height
            if over <= 0 or self._qr_size <= self.smallest:
                break
            self._set_qr(self._qr_size - over)

    def _place_side_by_side(self, side_by_side: bool) -> None:
        if side_by_side == self._side_by_side:
            return
        self._side_by_side = side_by_side
        for widget in (self.heading, self.explain, self.qr, self.address):
            self._grid.removeWidget(widget)
        if side_by_side:
            self._grid.addWidget(self.heading, 0, 0)
            self._grid.addWidget(self.explain, 1, 0)
            self._grid.addWidget(self.address, 2, 0)
            self._grid.addWidget(self.qr, 0, 1, 3, 1, Qt.AlignmentFlag.AlignCenter)
            self._grid.setColumnStretch(0, 1)
            self._grid.setRowStretch(2, 1)
            self.address.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        else:
            for row, widget in enumerate((self.heading, self.explain, self.qr, self.address)):
                self._grid.addWidget(widget, row, 0, Qt.AlignmentFlag.AlignCenter if widget is self.qr
                                     else Qt.AlignmentFlag(0))
            self._grid.setRowStretch(2, 0)
            self.address.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def _set_qr(self, size: int) -> None:
        """Draw the code for ``size`` pixels (never below ``smallest``) and show the whole of it, square."""
        size = max(self.smallest, size)
        if size == self._qr_size or not self._code:
            return
        self._qr_size = size
        symbol = self._symbol
        if symbol is not None and symbol.pixels_for(size) < self.smallest:
            size += symbol.size  # whole modules round down: one step up
        pixmap = QPixmap() if symbol is None else draw_qr(symbol, size)
        self.qr.setPixmap(pixmap)
        self.qr.setFixedSize(pixmap.size())
        self.qr.setVisible(not pixmap.isNull())


class LinkDialog(QrPanel):
    """A website's address and its QR code: the kiosk itself never opens a browser."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, QCoreApplication.translate("LinkDialog", "This is a website"),
                         QCoreApplication.translate("LinkDialog",
                                                    "This screen cannot open websites. To visit it, point your "
                                                    "phone's camera at the square code, or type the address into "
                                                    "your phone."))
        self.setObjectName("linkDialog")

    def show_address(self, address: str, qr_size: int = 280) -> None:
        self.show_code(address, address.removeprefix("https://").removeprefix("http://").rstrip("/"), qr_size)
