"""The bar that is always on screen: Home, Back, Search, Large print, High contrast, Print and Urgent help.

One shape everywhere (F10 of the 7 December usability test): every button shows its words, in every text size, at
every window size and on every screen, and each button has the same place on every screen and in both text sizes.
- Places: the bar's width is shared between its buttons in fixed proportions (each button's share is the width of
  its words, measured in a fixed reference font), so a button's place depends on the window's width alone: tapping
  Large print leaves it under the finger, and a second tap turns it off again.
- Print has a place on a nurse's laptop (windowed) on every screen; it shows only where there is a page to print,
  so no other button moves when it comes and goes.
- Words: an icon above one line of words where every button's fit; otherwise two lines of words without the icon,
  on every button (a button of two words never shows one line beside another's two). The words
  are the theme's size (1.6x in Large print) where the width allows; on a narrower screen they are as large as the
  width allows (Large print at 1024 pixels: about 1.3x), and never smaller than MIN_WORDS_PX.
- Urgent help keeps its sign and its words whole, beside each other, and has the widest place.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPaintEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QPushButton, QSizePolicy, QStyle, QStyleOptionButton, QStylePainter, QWidget

from kiosk.ui.theme import SIZES, Theme
from kiosk.ui.widgets import icons

MIN_WORDS_PX = 14
MARGIN_X, MARGIN_Y, SPACING = 12, 10, 10
URGENT_GAP = 2 * SPACING  # Urgent help stands a little apart from the rest
BORDER = 3  # the stylesheet's border width on the bar's buttons
ICON_GAP = 4
_REFERENCE_PX = 100  # the font size the places are measured in, so they do not change with the text size
MIRRORED_ICONS = {"back"}  # icons that point a way, drawn mirrored on a right-to-left screen


def _two_lines(words: str, metrics: QFontMetrics) -> list[str]:
    """The words broken at the space that makes the longer of the two lines shortest (one line if no space)."""
    parts = words.split(" ")
    if len(parts) < 2:
        return [words]
    splits = ([" ".join(parts[:i]), " ".join(parts[i:])] for i in range(1, len(parts)))
    return min(splits, key=lambda lines: max(metrics.horizontalAdvance(line) for line in lines))


def _widest(lines: list[str], metrics: QFontMetrics) -> int:
    return max(metrics.horizontalAdvance(line) for line in lines)


@dataclass(frozen=True, slots=True)
class _Fit:
    words_px: int
    two_lines: bool


class BarButton(QPushButton):
    """A top-bar button that paints its own words and icon, so its words can break into two lines and shrink to
    its place; the stylesheet still paints its background, border and focus ring."""

    def __init__(self, text: str, icon: str, *, urgent: bool = False, checkable: bool = False) -> None:
        super().__init__(text)
        # A Tab stop, but a tap leaves the focus where it was: a toggle tapped on a touch screen must not wear the
        # keyboard's focus ring afterwards, as if it were selected.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setProperty("urgent" if urgent else "navButton", True)
        self.setProperty("iconName", icon)
        self.setAccessibleName(text)
        self.setToolTip(text)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setCheckable(checkable)
        self.urgent = urgent
        self.lines: list[str] = [text]
        self.words_px = SIZES["nav"]
        self.icon_shown = True
        self.icon_px = SIZES["nav"] + 6
        self.colours = {"text": QColor("#ffffff"), "checked": QColor("#000000"), "disabled": QColor("#888888")}
        self._height = 0

    def set_words(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleName(text)
        self.setToolTip(text)

    def chrome(self) -> tuple[int, int]:
        """The room the border and padding take: (across, down), both sides together."""
        opt = QStyleOptionButton()
        self.initStyleOption(opt)
        contents = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, opt, self)
        if not contents.isValid() or contents.width() <= 0:
            return 2 * (BORDER + 8), 2 * (BORDER + 8)
        return self.width() - contents.width(), self.height() - contents.height()

    def words_font(self, px: int | None = None) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(px or self.words_px)
        font.setBold(True)
        return font

    def set_height(self, height: int) -> None:
        if height != self._height:
            self._height = height
            self.updateGeometry()

    def sizeHint(self) -> QSize:
        return QSize(0, self._height or super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        opt = QStyleOptionButton()
        self.initStyleOption(opt)
        opt.text = ""
        opt.icon = QIcon()
        painter.drawControl(QStyle.ControlElement.CE_PushButtonBevel, opt)
        area = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, opt, self)
        font = self.words_font()
        metrics = QFontMetrics(font)
        painter.setFont(font)
        colour = (self.colours["disabled"] if not self.isEnabled()
                  else self.colours["checked"] if self.isChecked() else self.colours["text"])
        painter.setPen(colour)
        lines = [metrics.elidedText(line, Qt.TextElideMode.ElideRight, max(area.width(), 1)) for line in self.lines]
        words_height = metrics.height() * len(lines)
        mode = QIcon.Mode.Normal if self.isEnabled() else QIcon.Mode.Disabled
        state = QIcon.State.On if self.isChecked() else QIcon.State.Off
        if self.urgent:  # the sign beside the words, before them in the reading direction (right of them in Urdu)
            words_width = _widest(lines, metrics)
            shown_icon = self.icon_px if area.width() >= self.icon_px + ICON_GAP + words_width else 0
            gap = ICON_GAP if shown_icon else 0
            left = area.left() + (area.width() - shown_icon - gap - words_width) // 2
            words_left = left + shown_icon + gap
            if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
                words_left, left = left, left + words_width + gap
            if shown_icon:
                self._paint_icon(painter, QRect(left, area.center().y() - self.icon_px // 2, self.icon_px,
                                                self.icon_px), mode, state)
            top = area.center().y() - words_height // 2
            for i, line in enumerate(lines):
                painter.drawText(QRect(words_left, top + i * metrics.height(), words_width, metrics.height()),
                                 Qt.AlignmentFlag.AlignCenter, line)
            return
        block = words_height + (self.icon_px + ICON_GAP if self.icon_shown else 0)
        top = area.top() + (area.height() - block) // 2
        if self.icon_shown:
            self._paint_icon(painter, QRect(area.left(), top, area.width(), self.icon_px), mode, state)
            top += self.icon_px + ICON_GAP
        for i, line in enumerate(lines):
            painter.drawText(QRect(area.left(), top + i * metrics.height(), area.width(), metrics.height()),
                             Qt.AlignmentFlag.AlignCenter, line)

    def _paint_icon(self, painter: QStylePainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        """The icon centred in ``rect``; an arrow (Back) points the other way on a right-to-left screen, where
        going back is going right."""
        flip = self.property("iconName") in MIRRORED_ICONS and self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        if flip:
            painter.save()
            painter.translate(rect.left() + rect.right() + 1, 0)
            painter.scale(-1, 1)
        self.icon().paint(painter, rect, Qt.AlignmentFlag.AlignCenter, mode, state)
        if flip:
            painter.restore()


class NavBar(QWidget):
    home_clicked = Signal()
    back_clicked = Signal()
    search_clicked = Signal()
    large_print_toggled = Signal(bool)
    high_contrast_toggled = Signal(bool)
    print_clicked = Signal()
    urgent_clicked = Signal()
    language_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.home = BarButton(self.tr("Home"), "home")
        self.back = BarButton(self.tr("Back"), "back")
        self.search = BarButton(self.tr("Search"), "search")
        self.large_print = BarButton(self.tr("Large print"), "large-print", checkable=True)
        self.high_contrast = BarButton(self.tr("High contrast"), "contrast", checkable=True)
        self.urgent = BarButton(self.tr("Urgent help"), "warning", urgent=True)
        # The language in use, named in its own script; shown only where the clinic offers more than one.
        self.language = BarButton("English", "chat")
        self.language.setObjectName("languageButton")
        self.language.hide()
        self._language_offered = False
        # Only on a nurse's laptop (windowed mode), and only when a page is showing; its place is kept on every
        # screen where printing is allowed at all.
        self.print = BarButton(self.tr("Print"), "print")
        self.print.hide()
        self._print_offered = False
        self._order = [self.home, self.back, self.search, self.large_print, self.high_contrast, self.language,
                       self.print, self.urgent]
        for button in self._order:
            button.setParent(self)
        self.home.clicked.connect(self.home_clicked)
        self.back.clicked.connect(self.back_clicked)
        self.search.clicked.connect(self.search_clicked)
        self.large_print.toggled.connect(self.large_print_toggled)
        self.high_contrast.toggled.connect(self.high_contrast_toggled)
        self.urgent.clicked.connect(self.urgent_clicked)
        self.print.clicked.connect(self.print_clicked)
        self.language.clicked.connect(self.language_clicked)
        self._icon_size = SIZES["nav"] + 6
        self._words_px = SIZES["nav"]
        self._min_height = SIZES["nav_height"]
        self._colours: tuple[str, ...] = ()
        self._height = 0
        self.fit: _Fit | None = None

    def buttons(self) -> list[QPushButton]:
        """The buttons that are always on screen (Print and the language come and go)."""
        return [self.home, self.back, self.search, self.large_print, self.high_contrast, self.urgent]

    def _all_buttons(self) -> list[BarButton]:
        return list(self._order)

    def placed(self) -> list[BarButton]:
        """The buttons that have a place in the bar, in order (Print's place is kept while it is hidden)."""
        return [b for b in self._order
                if (b is not self.language or self._language_offered) and (b is not self.print or self._print_offered)]

    def set_language(self, native_name: str, *, offered: bool) -> None:
        """The language button names the language in use; hidden when the clinic offers only one."""
        self.language.set_words(native_name)
        self._language_offered = offered
        if self.language.isVisibleTo(self) != offered:
            self.language.setVisible(offered)
        self._fit()

    def tab_order(self) -> list[QPushButton]:
        """Every button in the order it is laid out, for the keyboard's Tab."""
        return list(self._order)

    def set_print_offered(self, offered: bool) -> None:
        """Printing is allowed at all (a nurse's laptop): Print gets its place on every screen."""
        if offered != self._print_offered:
            self._print_offered = offered
            if not offered:
                self.print.hide()
            self._fit()

    def set_print_available(self, available: bool) -> None:
        """A page is showing that can be printed: Print shows in its place."""
        if available and not self._print_offered:
            self.set_print_offered(True)
        if self.print.isVisibleTo(self) != available:
            self.print.setVisible(available)

    def apply_theme(self, theme: Theme) -> None:
        """Sizes and colours follow the theme: bar-coloured icons on a toggle that is on."""
        self._icon_size = theme.px("nav") + 6
        self._words_px = theme.px("nav")
        self._min_height = theme.px("nav_height")
        c = theme.colours
        colours = (c["bar_text"], c["bar_checked_text"], c["bar_disabled"], c["urgent_text"])
        for button in self._order:
            if colours != self._colours:
                name = button.property("iconName")
                colour = c["urgent_text"] if button.urgent else c["bar_text"]
                button.setIcon(icons.icon(name, colour, checked_colour=c["bar_checked_text"]
                                          if button.isCheckable() else None))
                button.colours = {"text": QColor(colour), "checked": QColor(c["bar_checked_text"]),
                                  "disabled": QColor(c["bar_disabled"])}
            button.icon_px = self._icon_size
        self._colours = colours
        self._fit()

    def set_back_enabled(self, enabled: bool) -> None:
        self.back.setEnabled(enabled)

    def set_large_print(self, on: bool) -> None:
        self._set_checked(self.large_print, on)

    def set_high_contrast(self, on: bool) -> None:
        self._set_checked(self.high_contrast, on)

    @staticmethod
    def _set_checked(button: QPushButton, on: bool) -> None:
        button.blockSignals(True)
        button.setChecked(on)
        button.blockSignals(False)

    # Places and words ------------------------------------------------------------------------------------------
    def minimumSizeHint(self) -> QSize:
        # The bar fits whatever width it is given, so it never makes the window wider than the screen.
        return QSize(0, self._bar_height())

    def sizeHint(self) -> QSize:
        # Inside the window the bar takes the window's width (its policy ignores this); alone (a widget test), the
        # smallest screen the kiosk is made for.
        return QSize(1024, self._bar_height())

    def _bar_height(self) -> int:
        return (self._height or self._min_height) + 2 * MARGIN_Y

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()

    def _weights(self, placed: list[BarButton]) -> list[float]:
        """Each button's share of the bar, from its words in a fixed reference font: the same at any text size."""
        reference = self.home.words_font(_REFERENCE_PX)
        metrics = QFontMetrics(reference)
        chrome = _REFERENCE_PX  # border and padding, about one letter height either side together
        icon = _REFERENCE_PX * 1.3
        weights = []
        for button in placed:
            words = _widest(_two_lines(button.text(), metrics), metrics)
            weights.append(words + chrome + (icon + ICON_GAP * 5 if button.urgent else 0))
        return weights

    def slots(self) -> list[tuple[BarButton, QRect]]:
        """Where each placed button goes in the bar's current width (left to right; mirrored right to left)."""
        placed = self.placed()
        weights = self._weights(placed)
        room = self.width() - 2 * MARGIN_X - SPACING * (len(placed) - 2) - URGENT_GAP
        total = sum(weights)
        x = float(MARGIN_X)
        result = []
        for i, (button, weight) in enumerate(zip(placed, weights, strict=True)):
            if button.urgent and i:
                x += URGENT_GAP - SPACING
            width = room * weight / total
            left, right = round(x), round(x + width)
            rect = QRect(left, MARGIN_Y, max(right - left, 1), self._height or self._min_height)
            if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
                rect.moveLeft(self.width() - rect.right() - 1)
            result.append((button, rect))
            x += width + SPACING
        return result

    def _choose(self, slots: list[tuple[BarButton, QRect]]) -> _Fit:
        """The largest words that fit every place: one line under an icon first, then two lines, then smaller."""
        for px in range(self._words_px, MIN_WORDS_PX - 1, -1):
            for two_lines in (False, True):
                if self._fits(slots, px, two_lines):
                    return _Fit(px, two_lines)
        return _Fit(MIN_WORDS_PX, True)

    def _fits(self, slots: list[tuple[BarButton, QRect]], px: int, two_lines: bool) -> bool:
        for button, rect in slots:
            metrics = QFontMetrics(button.words_font(px))
            across = button.chrome()[0]
            lines = _two_lines(button.text(), metrics) if two_lines or button.urgent else [button.text()]
            one = [button.text()]
            need = min(_widest(one, metrics), _widest(lines, metrics))
            if button.urgent:
                need += self._icon_size + ICON_GAP
            if need > rect.width() - across:
                return False
        return True

    def _fit(self) -> None:
        width = self.width()
        if width <= 0 or not self.isVisible():
            return
        slots = self.slots()
        fit = self._choose(slots)
        self.fit = fit
        line_height = QFontMetrics(self.home.words_font(fit.words_px)).height()
        down = max(b.chrome()[1] for b, _ in slots)
        inner = 2 * line_height if fit.two_lines else self._icon_size + ICON_GAP + line_height
        # Never shorter than the theme lets a button be (a style's min-height): the bar grows with its buttons, so
        # none is cut off at its foot when the words have shrunk to two small lines (800 wide in Large print).
        height = max(self._min_height, inner + down, *(b.minimumHeight() for b, _ in slots))
        for button, rect in slots:
            metrics = QFontMetrics(button.words_font(fit.words_px))
            text = button.text()
            across = rect.width() - button.chrome()[0] - (self._icon_size + ICON_GAP if button.urgent else 0)
            if button.urgent:  # its sign beside its words: one line wherever that fits
                button.lines = [text] if metrics.horizontalAdvance(text) <= across else _two_lines(text, metrics)
            else:
                # Every button alike: all on one line under their icons, or all in two lines. Asked one by one,
                # High contrast (its place sized for "contrast") took one line where Large print (sized for
                # "Large") needed two, at 1280 pixels in normal print.
                button.lines = _two_lines(text, metrics) if fit.two_lines else [text]
            button.words_px = fit.words_px
            button.icon_shown = not fit.two_lines
            button.setGeometry(rect.x(), MARGIN_Y, rect.width(), height)
            button.set_height(height)
            button.update()
        if height != self._height:
            self._height = height
            self.updateGeometry()
