"""A grid of cards that chooses its number of columns from its width, so nothing ever scrolls sideways."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget

from kiosk.ui.theme import Theme


class CardColumns(QLayout):
    """Cards in rows of equal columns, as many columns as the width it is given holds.

    The number of columns is worked out from the width in ``heightForWidth`` and ``setGeometry`` alike, so the height
    it reports for a width is the height it lays the cards out in at that width, whatever width it had before. (A
    grid that re-flowed its columns in its resize event answered for the columns of its last width: a scroll area
    sized to that answer cut every card short when the re-flow made the grid taller; F10's top bar, by adding a
    layout pass, made that happen on the search screen.)
    """

    def __init__(self, parent: QWidget, min_column_width: int, max_columns: int) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._heights: dict[int, int] = {}
        self.min_column_width = min_column_width
        self.max_columns = max_columns

    # The items ------------------------------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        item = self._items.pop(index)
        self.invalidate()
        return item

    def invalidate(self) -> None:
        self._heights.clear()
        super().invalidate()

    # Sizes ----------------------------------------------------------------------------------------------------
    def columns_for(self, width: int) -> int:
        spacing = self.spacing()
        return max(1, min(self.max_columns, (width + spacing) // (self.min_column_width + spacing)))

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = self._place(QRect(0, 0, width, 0), move=False)
        return height

    def sizeHint(self) -> QSize:
        width = self.min_column_width
        return QSize(width, self.heightForWidth(width))

    def minimumSize(self) -> QSize:
        margins = self.contentsMargins()
        shown = self._shown()
        width = max((item.minimumSize().width() for item in shown), default=0)
        height = sum(item.minimumSize().height() for item in shown) + self.spacing() * max(len(shown) - 1, 0)
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]  # a hidden card takes no place

    def _place(self, rect: QRect, *, move: bool) -> int:
        """Lay the cards out in ``rect`` (only measure, unless ``move``); returns the height they take."""
        margins = self.contentsMargins()
        inner = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        spacing = self.spacing()
        columns = self.columns_for(inner.width())
        room = max(inner.width() - spacing * (columns - 1), columns)
        widths = [room // columns + (1 if c < room % columns else 0) for c in range(columns)]
        lefts = [inner.left() + sum(widths[:c]) + spacing * c for c in range(columns)]
        direction = self.parentWidget().layoutDirection() if self.parentWidget() else Qt.LayoutDirection.LeftToRight
        shown = self._shown()
        top = inner.top()
        for start in range(0, len(shown), columns):
            row = shown[start:start + columns]
            height = max(self._item_height(item, widths[c]) for c, item in enumerate(row))
            if move:
                for c, item in enumerate(row):
                    cell = QRect(lefts[c], top, widths[c], height)
                    item.setGeometry(QStyle.visualRect(direction, rect, cell))
            top += height + spacing
        if shown:
            top -= spacing
        return top - inner.top() + margins.top() + margins.bottom()

    @staticmethod
    def _item_height(item: QLayoutItem, width: int) -> int:
        wanted = item.heightForWidth(width) if item.hasHeightForWidth() else item.sizeHint().height()
        return max(wanted, item.minimumSize().height())


class CardGrid(QWidget):
    """Lays its cards out in as many columns as fit ``min_column_width``, re-flowing on resize and theme changes."""

    def __init__(self, min_column_width: int = 420, max_columns: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._base_column_width = min_column_width
        self._theme: Theme | None = None
        self._grid = CardColumns(self, min_column_width, max_columns)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(16)
        self._cards: list[QWidget] = []

    @property
    def min_column_width(self) -> int:
        return self._grid.min_column_width

    @property
    def max_columns(self) -> int:
        return self._grid.max_columns

    def set_cards(self, cards: list[QWidget]) -> None:
        for card in self._cards:
            self._grid.removeWidget(card)
            # Hide at once: deleteLater waits for the event loop, and until then the old card would still be drawn
            # where it was, on top of the new results.
            card.hide()
            card.deleteLater()
        self._cards = []
        self.add_cards(cards)

    def add_cards(self, cards: list[QWidget]) -> None:
        """Put ``cards`` after the ones shown, keeping those (a list filled a batch at a time)."""
        self._cards += cards
        if self._theme is not None:
            self._style_cards(cards)
        for card in cards:
            self._grid.addWidget(card)
        self.updateGeometry()

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
        if width != self._grid.min_column_width:
            self._grid.min_column_width = width
            self._grid.invalidate()
            self.updateGeometry()  # the layouts above ask again now, not after a posted event

    def columns_for(self, width: int) -> int:
        return self._grid.columns_for(width)

    def columns(self) -> int:
        """How many columns the cards are in at the grid's width now."""
        return self._grid.columns_for(self.width())
