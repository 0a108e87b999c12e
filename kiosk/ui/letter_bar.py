"""The A–Z row over Words explained: one big button for each letter that has words, to jump straight to them."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QWidget

from kiosk.ui.theme import SIZES, Theme


class LetterBar(QWidget):
    """Emits ``letter_chosen`` with the letter tapped. Wraps onto as many rows as its width needs, every button at
    least a finger's width (the theme's touch size, so larger in Large print)."""

    letter_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letterBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setAccessibleName("Jump to a letter")
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(24, 10, 24, 10)
        self._grid.setSpacing(8)
        self.buttons: dict[str, QPushButton] = {}
        self._button_size = 64
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
            button.setAccessibleName(f"Words starting with {letter}")
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _=False, chosen=letter: self.letter_chosen.emit(chosen))
            self.buttons[letter] = button
        self._columns = 0
        self._relayout()

    def apply_theme(self, theme: Theme) -> None:
        self._theme_size = theme.px("min_touch")
        self._smallest = SIZES["min_touch"]
        self._set_button_size(self._theme_size)

    def fit(self, width: int, max_height: int) -> int:
        """The row's height at ``width``, with letters as big as the text size asks but no smaller than normal
        print's, shrinking only as far as needed to keep the row within ``max_height`` (a short screen in large
        print would otherwise be half letters)."""
        size = getattr(self, "_theme_size", self._button_size)
        smallest = min(size, getattr(self, "_smallest", size))
        self._set_button_size(size)
        while self.height_for(width) > max_height and size > smallest:
            size = max(smallest, size - 8)
            self._set_button_size(size)
        return self.height_for(width)

    def _set_button_size(self, size: int) -> None:
        if size == self._button_size and self._columns:
            return
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

    def columns_for(self, width: int) -> int:
        margins = self._grid.contentsMargins()
        room = width - margins.left() - margins.right() + self._grid.spacing()
        count = len(self.buttons) or 1
        fits = max(1, min(count, room // (self._button_size + self._grid.spacing())))
        rows = -(-count // fits)
        return -(-count // rows)  # the same number on every row, not one letter alone on the last

    def height_for(self, width: int) -> int:
        """How tall the row is at ``width``: the page under it starts there."""
        if not self.buttons:
            return 0
        columns = self.columns_for(width)
        rows = -(-len(self.buttons) // columns)
        margins = self._grid.contentsMargins()
        return margins.top() + margins.bottom() + rows * self._button_size + (rows - 1) * self._grid.spacing()

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
