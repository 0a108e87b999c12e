"""A grid of cards that chooses its number of columns from its width, so nothing ever scrolls sideways."""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QWidget

from kiosk.ui.theme import Theme


class CardGrid(QWidget):
    """Lays its cards out in as many columns as fit ``min_column_width``, re-flowing on resize and theme changes."""

    def __init__(self, min_column_width: int = 420, max_columns: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._base_column_width = min_column_width
        self._theme: Theme | None = None
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(16)
        self._cards: list[QWidget] = []
        self._columns = 0
        self.min_column_width = min_column_width
        self.max_columns = max_columns

    def set_cards(self, cards: list[QWidget]) -> None:
        for card in self._cards:
            self._grid.removeWidget(card)
            # Hide at once: deleteLater waits for the event loop, and until then the old card would still be drawn
            # where it was, on top of the new results.
            card.hide()
            card.deleteLater()
        self._cards = list(cards)
        if self._theme is not None:
            self._style_cards(self._cards)
        self._columns = 0
        self._relayout()

    def add_cards(self, cards: list[QWidget]) -> None:
        """Put ``cards`` after the ones shown, keeping those (a list filled a batch at a time)."""
        self._cards += cards
        if self._theme is not None:
            self._style_cards(cards)
        self._columns = 0
        self._relayout()

    def apply_theme(self, theme: Theme) -> None:
        """Spacing, column width and every card's icon and padding follow the text size."""
        self._theme = theme
        self._grid.setSpacing(theme.px("gap"))
        self._style_cards(self._cards)
        self.set_min_column_width(round(self._base_column_width * theme.scale))

    def _style_cards(self, cards: list[QWidget]) -> None:
        for card in cards:
            if hasattr(card, "apply_theme"):
                card.apply_theme(self._theme)

    def cards(self) -> list[QWidget]:
        return list(self._cards)

    def set_min_column_width(self, width: int) -> None:
        self.min_column_width = width
        self._columns = 0
        self._relayout()

    def columns_for(self, width: int) -> int:
        spacing = self._grid.spacing()
        return max(1, min(self.max_columns, (width + spacing) // (self.min_column_width + spacing)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        # resizeEvent, not event(): Python is called for a resize only, not for each of the hundreds of style, font
        # and palette changes a theme switch sends every grid.
        self._relayout()
        super().resizeEvent(event)

    def _relayout(self) -> None:
        columns = self.columns_for(self.width() or self.min_column_width)
        if columns == self._columns:
            return
        self._columns = columns
        for card in self._cards:
            self._grid.removeWidget(card)
        for index, card in enumerate(self._cards):
            self._grid.addWidget(card, index // columns, index % columns)
        for column in range(self.max_columns):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)
