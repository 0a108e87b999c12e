"""The A–Z row over Words explained: one big button for each letter that has words, to jump straight to them."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QWidget

from kiosk.ui.theme import Theme

SMALLEST_PX = 56  # still well over the 44 px WCAG asks of a touch target


class LetterBar(QWidget):
    """Emits ``letter_chosen`` with the letter tapped. Wraps onto as many rows as its width needs, every button at
    least a finger's width (the theme's touch size, so larger in Large print)."""

    letter_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letterBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setAccessibleName(self.tr("Jump to a letter"))
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(24, 10, 24, 10)
        self._grid.setSpacing(8)
        self.buttons: dict[str, QPushButton] = {}
        self._button_size = self._largest = 64
        self._columns = 0

    def set_letters(self, letters: Iterable[str]) -> None:
        for button in self.buttons.values():
            self._grid.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.buttons = {}
        for letter in letters:
            button = QPushButton(letter)
            button.setProperty("letter", True)
            button.setAccessibleName(self.tr("Words starting with {letter}").format(letter=letter))
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _=False, chosen=letter: self.letter_chosen.emit(chosen))
            self.buttons[letter] = button
        self._columns = 0
        self._relayout()

    def apply_theme(self, theme: Theme) -> None:
        self._largest = theme.px("min_touch")
        self._set_button_size(self._largest)

    def fit(self, width: int, max_height: int) -> int:
        """Make the letters as big as the theme asks, or smaller (never below ``SMALLEST_PX``) until the row is at
        most ``max_height`` tall at ``width``: in Large print on a small screen, the words must keep most of it.
        Returns the row's height."""
        size = self._largest
        while size > SMALLEST_PX and self.height_for(width, size) > max_height:
            size -= 4
        self._set_button_size(max(size, SMALLEST_PX))
        return self.height_for(width)

    def _set_button_size(self, size: int) -> None:
        if size != self._button_size:
            self._button_size = size
            for button in self.buttons.values():
                self._size_button(button)
            self._columns = 0
        self._relayout()

    def _size_button(self, button: QPushButton) -> None:
        # Sized here, not in the stylesheet, so the number of letters a row holds is exact (a stylesheet's
        # min-width comes with its border and padding on top).
        button.setMinimumWidth(self._button_size)
        button.setFixedHeight(self._button_size)

    def columns_for(self, width: int, size: int | None = None) -> int:
        margins = self._grid.contentsMargins()
        room = width - margins.left() - margins.right() + self._grid.spacing()
        count = len(self.buttons) or 1
        fits = max(1, min(count, room // ((size or self._button_size) + self._grid.spacing())))
        rows = -(-count // fits)
        return -(-count // rows)  # the same number on every row, not one letter alone on the last

    def height_for(self, width: int, size: int | None = None) -> int:
        """How tall the row is at ``width`` (with letters ``size`` pixels square): the page under it starts there."""
        if not self.buttons:
            return 0
        size = size or self._button_size
        rows = -(-len(self.buttons) // self.columns_for(width, size))
        margins = self._grid.contentsMargins()
        return margins.top() + margins.bottom() + rows * size + (rows - 1) * self._grid.spacing()

    def sizeHint(self) -> QSize:
        return QSize(self.width(), self.height_for(self.width()))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._relayout()

    def _relayout(self) -> None:
        columns = self.columns_for(self.width() or 1280)
        if columns == self._columns:
            return
        self._columns = columns
        for button in self.buttons.values():
            self._grid.removeWidget(button)
        for index, button in enumerate(self.buttons.values()):
            self._size_button(button)
            self._grid.addWidget(button, index // columns, index % columns)
            button.show()
