"""Themes: one stylesheet filled in with a font scale and a palette (standard or high contrast) from one table."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from string import Template

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from kiosk import resources
from kiosk.ui.palette import PALETTES

FALLBACK_FAMILY = "DejaVu Sans"
LARGE_PRINT_SCALE = 1.6
# Ctrl+plus and Ctrl+minus on a laptop step through these; the Large print button jumps between 1.0 and 1.6.
SCALE_STEPS = (0.85, 1.0, 1.3, 1.6, 2.0)

# Sizes in pixels at normal print; every one is multiplied by the theme's scale.
SIZES = {
    "body": 24,
    "small": 21,
    "h1": 40,
    "h2": 30,
    "nav": 22,
    "card_title": 26,
    "search": 30,
    "key": 28,
    "min_touch": 64,
    "nav_height": 52,
    "key_height": 64,
    "key_width": 56,
    "pad": 18,
    "pad_small": 8,
    "gap": 16,
    "radius": 12,
    "radius_small": 8,
    "scrollbar": 22,
    "icon": 56,
}


@lru_cache(maxsize=1)
def _template() -> Template:
    return Template(resources.theme_dir().joinpath("base.qss").read_text(encoding="utf-8"))


@dataclass(frozen=True, slots=True)
class Theme:
    name: str
    scale: float
    family: str = FALLBACK_FAMILY
    high_contrast: bool = False

    @property
    def colours(self) -> Mapping[str, str]:
        return PALETTES["contrast" if self.high_contrast else "standard"]

    def px(self, key: str) -> int:
        return round(SIZES[key] * self.scale)

    @property
    def large(self) -> bool:
        """Large print is on: the one definition the button, the controller and the tests all use."""
        return self.scale >= LARGE_PRINT_SCALE

    def stylesheet(self) -> str:
        return _stylesheet(self)

    def page_css(self) -> str:
        """The stylesheet for page text inside QTextBrowser, which reads CSS but not the widget stylesheet."""
        c = self.colours
        return (
            f"body {{ font-size: {self.px('body')}px; color: {c['text']}; }}"
            f"p, li {{ line-height: 145%; margin-bottom: {self.px('gap')}px; }}"
            f"h2 {{ font-size: {self.px('h2')}px; color: {c['primary']}; margin-top: {self.px('gap') * 2}px; }}"
            f"h3 {{ font-size: {self.px('card_title')}px; color: {c['primary']}; }}"
            f"a {{ color: {c['primary']}; font-weight: bold; }}"
            f".missing-image {{ color: {c['muted']}; font-style: italic; }}"
            f"strong, b {{ color: {c['text']}; }}"
        )


@lru_cache(maxsize=16)
def _stylesheet(theme: Theme) -> str:
    values = {key: str(theme.px(key)) for key in SIZES}
    values.update(theme.colours, family=theme.family)
    return _template().substitute(values)  # substitute, not safe_: a misspelt name must fail loudly in the tests


def theme_name(scale: float, high_contrast: bool) -> str:
    size = "normal" if scale == 1.0 else "large" if scale == LARGE_PRINT_SCALE else f"scale-{scale}"
    return f"{size}-contrast" if high_contrast else size


_FAMILY: str | None = None


def load_fonts() -> str:
    """Register the bundled font so text looks the same on every PC; fall back to the system font if it fails."""
    global _FAMILY
    if _FAMILY is None:
        family = None
        for path in sorted(resources.font_dir().glob("*.ttf")):
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0 and family is None:
                families = QFontDatabase.applicationFontFamilies(font_id)
                family = families[0] if families else None
        _FAMILY = family or FALLBACK_FAMILY
    return _FAMILY


class ThemeManager(QObject):
    """Holds the current theme and applies it to the whole application in one place."""

    changed = Signal(object)

    def __init__(self, app: QApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self.family = load_fonts()
        self.normal = self.make(1.0, False)
        self.large_print = self.make(LARGE_PRINT_SCALE, False)
        self.theme = self.normal
        self._apply()

    def make(self, scale: float, high_contrast: bool) -> Theme:
        return Theme(theme_name(scale, high_contrast), scale, self.family, high_contrast)

    @property
    def large(self) -> bool:
        return self.theme.large

    @property
    def high_contrast(self) -> bool:
        return self.theme.high_contrast

    def set_large(self, large: bool) -> None:
        self._set(self.make(LARGE_PRINT_SCALE if large else 1.0, self.theme.high_contrast))

    def set_high_contrast(self, on: bool) -> None:
        self._set(self.make(self.theme.scale, on))

    def set_normal(self) -> None:
        """Normal print, standard colours: how the next person finds the screen."""
        self._set(self.normal)

    def step(self, steps: int) -> None:
        """One size bigger (positive) or smaller (negative), within SCALE_STEPS."""
        current = min(range(len(SCALE_STEPS)), key=lambda i: abs(SCALE_STEPS[i] - self.theme.scale))
        index = max(0, min(len(SCALE_STEPS) - 1, current + steps))
        self._set(self.make(SCALE_STEPS[index], self.theme.high_contrast))

    def _set(self, theme: Theme) -> None:
        if theme != self.theme:
            self.theme = theme
            self._apply()
            self.changed.emit(theme)

    def _apply(self) -> None:
        font = QFont(self.theme.family)
        font.setPixelSize(self.theme.px("body"))
        self._app.setFont(font)
        self._app.setStyleSheet(self.theme.stylesheet())
