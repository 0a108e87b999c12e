"""A large on-screen keyboard that types into a line edit without ever taking the focus from it.

Our own widget: Qt Virtual Keyboard is GPLv3-only and would double the bundle.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.ui.theme import repolish

ROWS = ("1234567890", "qwertyuiop", "asdfghjkl'", "zxcvbnm-")
# The smallest key a fingertip hits reliably (WCAG 2.5.5 asks 44 px; Android and NHS kiosks use 48).
MIN_KEY_PX = 48
# The key area's dynamic property naming the keys' size ("64x28": height and font in pixels); see set_key_height.
KEY_SIZE_PROPERTY = "keySize"


class OnScreenKeyboard(QWidget):
    """Emits ``search_pressed`` for its Search key; every other key edits ``target`` directly."""

    search_pressed = Signal()

    def __init__(self, target: QLineEdit | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyboard")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.target = target
        # The keys sit in their own area so their font size can follow the window without touching the theme's
        # stylesheet on the keyboard itself.
        self.key_area = QWidget(self)
        self.key_area.setObjectName("keyArea")
        # The keys are Latin (QWERTY) keys: they keep their order on a right-to-left screen, as a physical
        # keyboard does in Urdu or Arabic; only the words on them are translated.
        self.key_area.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.key_area)
        grid = self._grid = QGridLayout(self.key_area)
        grid.setContentsMargins(12, 10, 12, 12)
        grid.setSpacing(8)
        self.keys: dict[str, QPushButton] = {}
        self._sheet_sizes: frozenset[tuple[int, int]] = frozenset()  # the key sizes its stylesheet has rules for
        self._stale = False  # the key size changed while hidden: the keys are restyled as the keyboard is shown
        # Each row is laid out on a 20-column grid so rows can be offset by half a key like a real keyboard.
        for row, letters in enumerate(ROWS):
            offset = (0, 0, 1, 2)[row]
            for column, letter in enumerate(letters):
                grid.addWidget(self._key(letter, letter.upper() if letter.isalpha() else letter), row,
                               offset + column * 2, 1, 2)
        self.backspace = self._key("\b", "⌫ " + self.tr("Delete"))
        self.backspace.setAccessibleName(self.tr("Delete"))
        grid.addWidget(self.backspace, 3, 18, 1, 4)
        self.space = self._key(" ", self.tr("Space"))
        grid.addWidget(self.space, 4, 4, 1, 12)
        self.search = self._key("\n", self.tr("Search"))
        self.search.setProperty("action", True)
        self.search.setProperty("key", False)
        grid.addWidget(self.search, 4, 16, 1, 6)
        self.clear = self._key("\x1b", self.tr("Clear"))
        grid.addWidget(self.clear, 4, 0, 1, 4)

    def _key(self, value: str, label: str) -> QPushButton:
        button = QPushButton(label)
        button.setProperty("key", True)
        # Keys never take focus, so the search box keeps its cursor and a physical keyboard still works.
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.setAutoRepeat(value == "\b")
        button.clicked.connect(lambda _=False, v=value: self.press(v))
        self.keys[value] = button
        return button

    def minimumSizeHint(self) -> QSize:
        # The window sizes the keys from its own height (MainWindow._fit_keyboard), so the keys' current height
        # must never stop the window getting shorter (a screen rotated to landscape, a smaller monitor).
        return QSize(0, 0)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:  # the key size changed while the keyboard was away (the window was resized)
            self._stale = False
            repolish(self.key_area)

    def press(self, value: str) -> None:
        target = self.target
        if value == "\n":
            self.search_pressed.emit()
            return
        if target is None:
            return
        if value == "\b":
            target.backspace()
        elif value == "\x1b":
            target.clear()
        else:
            target.insert(value)

    def set_key_height(self, height: int, font_px: int | None = None, *,
                       sizes: Iterable[tuple[int, int | None]] = (), restyle: bool = True) -> None:
        """Keys as tall as the window allows (see MainWindow), with words that fit inside them.

        ``sizes``: the (height, font) the window asks for in its other text sizes. The keys' own stylesheet holds
        a rule for each, scoped to one value of the key area's ``keySize`` property, so a text-size switch
        changes that property and the keys are restyled once, with the rest of the window: a new stylesheet
        instead makes Qt re-polish every key twice, on top of the window's own restyle. ``restyle=False``: the
        caller has the keyboard restyled next anyway (a theme switch, the keyboard being one of its parts)."""
        size = self._size(height, font_px)
        wanted = {size, *(self._size(h, f) for h, f in sizes)}
        name = f"{size[0]}x{size[1]}"
        if self.key_area.property(KEY_SIZE_PROPERTY) == name and wanted <= self._sheet_sizes:
            return
        self.key_area.setProperty(KEY_SIZE_PROPERTY, name)
        # Short keys (a 768-pixel screen) get narrower gaps, so the rows leave more room for the results above.
        gap = 8 if size[0] >= 56 else 6
        self._grid.setSpacing(gap)
        self._grid.setContentsMargins(12, gap, 12, gap)
        if not wanted <= self._sheet_sizes:
            # A new window size (or the first): a stylesheet with its sizes, which Qt applies to every key itself.
            self._sheet_sizes = frozenset(wanted)
            self.key_area.setStyleSheet(key_stylesheet(self.key_area.objectName(), self._sheet_sizes))
            return
        if not restyle:
            return
        if self.isVisible():
            repolish(self.key_area)
        else:
            self._stale = True  # restyled as it is shown: a keyboard nobody sees costs nothing

    @staticmethod
    def _size(height: int, font_px: int | None) -> tuple[int, int]:
        return height, min(font_px or height * 45 // 100, height * 58 // 100)


def key_stylesheet(area_name: str, sizes: Iterable[tuple[int, int]]) -> str:
    """The keys' rules, one per (height, font) in ``sizes``, each for the key area while its ``KEY_SIZE_PROPERTY``
    names that size. Heights in the same rule as the font: a restyle would otherwise undo a fixed height. No
    padding and the border inside the height: a key is painted exactly ``height`` pixels tall (the Search key's
    thicker border adds two), so a fingertip-sized key is really that size."""
    return "\n".join(
        f'#{area_name}[{KEY_SIZE_PROPERTY}="{height}x{font_px}"] QPushButton {{ font-size: {font_px}px; '
        f"min-height: {height - 4}px; max-height: {height - 4}px; padding: 0px; }}"
        for height, font_px in sorted(sizes))
