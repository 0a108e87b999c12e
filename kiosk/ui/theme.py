"""Themes: one stylesheet filled in with a font scale and a palette (standard or high contrast) from one table."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from string import Template

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget

from kiosk import resources
from kiosk.ui.palette import PALETTES, STANDARD
from kiosk.ui.services.app_events import app_events

FALLBACK_FAMILY = "DejaVu Sans"
LARGE_PRINT_SCALE = 1.6
# Ctrl+plus and Ctrl+minus on a laptop step through these; the Large print button jumps between 1.0 and 1.6.
SCALE_STEPS = (0.85, 1.0, 1.3, 1.6, 2.0)
# After a switch, hidden screens and panels are restyled this long after the last switch, then one at a time.
HIDDEN_PARTS_AFTER_MS = 150
HIDDEN_PART_GAP_MS = 30
# ... at most this many widgets a turn (a big screen, the search screen with its topic cards, takes several turns).
HIDDEN_WIDGETS_PER_TURN = 40
# A person's switches (a tap on Large print or High contrast, Ctrl+plus) that come within this of the last one wait
# until they stop, then cost one restyle together: ten taps, or a sentence typed on a focused toggle (every space
# presses it), restyle at most twice, however slow each restyle is on an old PC.
SWITCHES_SETTLE_MS = 400

# The window's dynamic property naming the theme it shows. The window holds one stylesheet with every theme's rules,
# each rule scoped to one value of this property, so a switch changes the property and re-polishes what shows,
# instead of setting a new stylesheet (after which Qt re-polishes every widget under it twice).
THEME_PROPERTY = "kioskTheme"

# The text sizes the window's stylesheet has rules for from the start: the two the Large print button switches
# between. Each size in it costs every restyle a little (Qt tries every rule on every widget), so a size only
# Ctrl+plus or minus reaches is added when first asked for (that switch restyles every widget once).
SHEET_SCALES = (1.0, LARGE_PRINT_SCALE)

# The standard palette, for code that draws outside the stylesheet; prefer Theme.colours, which follows the
# high-contrast theme too.
COLOURS = STANDARD

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
            # Easy Read: a picture beside each line, the line level with the middle of its picture.
            f"td {{ vertical-align: middle; padding: 4px 12px 4px 0; }}"
        )


@lru_cache(maxsize=16)
def _stylesheet(theme: Theme) -> str:
    values = {key: str(theme.px(key)) for key in SIZES}
    values.update(theme.colours, family=theme.family)
    return _template().substitute(values)  # substitute, not safe_: a misspelt name must fail loudly in the tests


def scoped_stylesheet(window_name: str, themes: Iterable[Theme]) -> str:
    """Every theme's stylesheet in one, each rule only for widgets inside the window named ``window_name`` while its
    ``THEME_PROPERTY`` names that theme. Every selector gains the same id and attribute, so the rules of one theme
    outrank one another exactly as in ``Theme.stylesheet``; the window itself matches none of them."""
    return "\n".join(_scoped(window_name, theme) for theme in themes)


_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")


@lru_cache(maxsize=32)
def _scoped(window_name: str, theme: Theme) -> str:
    code = re.sub(r"/\*.*?\*/", "", theme.stylesheet(), flags=re.S)
    scope = f'#{window_name}[{THEME_PROPERTY}="{theme.name}"] '
    rules = []
    for selectors, body in _RULE.findall(code):
        scoped = ", ".join(scope + " ".join(selector.split()) for selector in selectors.split(","))
        rules.append(f"{scoped} {{{' '.join(body.split())}}}")
    return "\n".join(rules)


def repolish(part: QWidget) -> None:
    """Apply the stylesheet's rules afresh to ``part`` and every widget under it that has been styled before, each
    once, parents first (a widget's font is worked out from its parent's). Qt's own re-polish, after a stylesheet
    is set, lists the part's children and then the part, and goes down from each: every widget twice."""
    restyle((part, *part.findChildren(QWidget)))  # depth first, each widget before its children


def restyle(widgets: Iterable[QWidget]) -> None:
    """Apply the stylesheet's rules afresh to each of ``widgets`` that has been styled before, in the order given."""
    change = QEvent(QEvent.Type.StyleChange)
    polished = Qt.WidgetAttribute.WA_WState_Polished
    for widget in widgets:
        if widget.testAttribute(polished):  # one never shown is styled as it is first shown
            widget.style().polish(widget)
            QCoreApplication.sendEvent(widget, change)


def theme_name(scale: float, high_contrast: bool) -> str:
    size = "normal" if scale == 1.0 else "large" if scale == LARGE_PRINT_SCALE else f"scale-{scale}"
    return f"{size}-contrast" if high_contrast else size


_FAMILY: str | None = None


def load_fonts() -> str:
    """Register the bundled font so text looks the same on every PC; fall back to the system font if it fails."""
    global _FAMILY
    if _FAMILY is None:
        family = None
        for path in sorted(resources.font_dir().glob("AtkinsonHyperlegible-*.ttf")):
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0 and family is None:
                families = QFontDatabase.applicationFontFamilies(font_id)
                family = families[0] if families else None
        _FAMILY = family or FALLBACK_FAMILY
    return _FAMILY


class ThemeManager(QObject):
    """Holds the current theme and applies it in one place.

    Before a window exists it styles the whole application. Once a window attaches, the window holds one
    stylesheet with every theme's rules, each scoped to the theme its ``THEME_PROPERTY`` names, set once. A switch
    changes that property and re-polishes the parts of the window on screen (the bar, the screen showing, an open
    panel), each widget once, at once; each hidden part (the other screens, the keyboard, closed panels) once the
    switching stops, or just before it is next shown if that comes first. Setting a new stylesheet instead makes Qt
    re-polish every widget under it twice, hidden or not: 150-300 ms for the whole app, and half of a switch even
    when only the parts on screen got it.
    """

    changed = Signal(object)
    # A switch is about to restyle the window: a screen can put aside what would be laid out again at each step of
    # the restyle (a long page's text) and bring it back once, on ``changed``.
    changing = Signal(object)

    def __init__(self, app: QApplication, parent: QObject | None = None, *, app_wide: bool = True) -> None:
        """``app_wide=False`` when a window will ``attach`` at once: styling the app first would only be undone."""
        super().__init__(parent)
        self._app = app
        self._app_wide = app_wide
        self.family = load_fonts()
        self.normal = self.make(1.0, False)
        self.large_print = self.make(LARGE_PRINT_SCALE, False)
        self.theme = self.normal
        self._parts: Callable[[], list[QWidget]] | None = None
        self._window: QWidget | None = None
        self._styled: dict[int, Theme | None] = {}
        self._sheet_themes: tuple[Theme, ...] = ()  # the themes the window's stylesheet has rules for
        self._hidden: list[QWidget] = []
        # The hidden part being restyled a share at a time, and its widgets still to do (parents first).
        self._left: tuple[QWidget, list[QWidget]] | None = None
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.timeout.connect(self._style_next_hidden)
        # A person's switch waiting for the switching to stop (None: none waiting), and the quiet time it waits for.
        self._wanted: Theme | None = None
        self._settling = QTimer(self)
        self._settling.setSingleShot(True)
        self._settling.setInterval(SWITCHES_SETTLE_MS)
        self._settling.timeout.connect(self._switches_stopped)
        self.restyles = 0  # switches applied to the window: what a slow PC pays for, counted (tests read it)
        self._apply()

    def make(self, scale: float, high_contrast: bool) -> Theme:
        return Theme(theme_name(scale, high_contrast), scale, self.family, high_contrast)

    def attach(self, window: QWidget, parts: Callable[[], list[QWidget]]) -> None:
        """Style ``window`` from now on. ``parts`` lists the parts restyled one by one (asked again at each switch,
        so panels added later are included); every widget in the window sits in one of them, or in the frame
        that holds them (the window's stack of screens)."""
        self._window = window
        self._parts = parts
        if not window.objectName():
            window.setObjectName("kioskWindow")  # the stylesheet's rules name the window
        window.installEventFilter(self)  # a panel made later (the staff panel) is watched as it is added
        if self._app_wide:
            self._app.setStyleSheet("")
        self._sheet_themes = tuple(self.make(scale, contrast) for contrast in (False, True) for scale in SHEET_SCALES)
        if self.theme not in self._sheet_themes:
            self._sheet_themes += (self.theme,)
        window.setProperty(THEME_PROPERTY, self.theme.name)
        window.setStyleSheet(scoped_stylesheet(window.objectName(), self._sheet_themes))
        for part in parts():
            self._watch(part)
            self._styled[id(part)] = self.theme
        self._apply()

    def add_part(self, part: QWidget) -> None:
        """A part of the window built after ``attach`` (a screen or panel made after the first paint): gone over
        once in the next event-loop turn, or as it is shown if that comes first. The window's stylesheet styles
        its widgets as they are first polished, but a widget polished while the part was being built (a card
        asked for its size) can keep a size worked out before its rules applied: the search screen's topic cards
        came out squashed under the keyboard."""
        self._watch(part)
        self._styled[id(part)] = None
        if part.isVisible():
            self._style(part)
        else:
            QTimer.singleShot(0, part, lambda: self._style(part))

    @property
    def large(self) -> bool:
        return self.theme.large

    @property
    def high_contrast(self) -> bool:
        return self.theme.high_contrast

    @property
    def wanted(self) -> Theme:
        """The theme the switches so far ask for: the one showing, or one waiting for the switching to stop."""
        return self._wanted or self.theme

    def set_large(self, large: bool) -> None:
        self._set(self._large(large))

    def set_high_contrast(self, on: bool) -> None:
        self._set(self._contrast(on))

    def set_normal(self) -> None:
        """Normal print, standard colours: how the next person finds the screen."""
        self._set(self.normal)

    def step(self, steps: int) -> None:
        """One size bigger (positive) or smaller (negative), within SCALE_STEPS."""
        self._set(self._stepped(steps))

    # A person's switches: the first is shown at once, those that follow it quickly wait until the switching stops.
    def ask_large(self, large: bool) -> None:
        self._ask(self._large(large))

    def ask_high_contrast(self, on: bool) -> None:
        self._ask(self._contrast(on))

    def ask_step(self, steps: int) -> None:
        self._ask(self._stepped(steps))

    def styled_in(self, part: QWidget) -> Theme | None:
        """The theme ``part`` was last styled in (None for a widget that is not a part of the window)."""
        return self._styled.get(id(part))

    @property
    def switching(self) -> bool:
        """A switch is still being worked through: one waits for the switching to stop, or hidden parts wait for
        their turn (tests wait for this to end rather than for a time)."""
        return self._settling.isActive() or self._later.isActive()

    def _large(self, large: bool) -> Theme:
        return self.make(LARGE_PRINT_SCALE if large else 1.0, self.wanted.high_contrast)

    def _contrast(self, on: bool) -> Theme:
        return self.make(self.wanted.scale, on)

    def _stepped(self, steps: int) -> Theme:
        scale = self.wanted.scale
        current = min(range(len(SCALE_STEPS)), key=lambda i: abs(SCALE_STEPS[i] - scale))
        index = max(0, min(len(SCALE_STEPS) - 1, current + steps))
        return self.make(SCALE_STEPS[index], self.wanted.high_contrast)

    def _ask(self, theme: Theme) -> None:
        if self._settling.isActive():
            self._wanted = theme
            self._settling.start()  # the quiet time starts again from this switch
            return
        self._set(theme)
        # Counted from the end of the restyle: switches queued while a slow PC restyled wait as well.
        self._settling.start()

    def _switches_stopped(self) -> None:
        wanted, self._wanted = self._wanted, None
        if wanted is not None:
            self._set(wanted)  # when it restyles, the hidden parts' turn starts again
        if self._hidden and not self._later.isActive():
            self._later.start(HIDDEN_PART_GAP_MS)

    def _set(self, theme: Theme) -> None:
        """Show ``theme`` now (a switch waiting for the switching to stop is folded into it, as ``wanted`` was)."""
        dropped = self._wanted not in (None, theme)
        self._wanted = None
        if theme == self.theme:
            if dropped:
                self.changed.emit(theme)  # the toggles show the dropped switch: they follow the theme again
            return
        self.restyles += 1
        self.changing.emit(theme)
        self.theme = theme
        window = self._window
        # No half-drawn frame: nothing is painted until the new styles are in and every layout has settled.
        frozen = window is not None and window.updatesEnabled()
        if frozen:
            window.setUpdatesEnabled(False)
        try:
            # The layouts settle with the filter back on: the kiosk lock watches the window's own size.
            with app_events().paused():
                self._apply()
                self.changed.emit(theme)
            for _ in range(3):  # a layout that settles can ask its parent's to settle in turn
                QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        finally:
            if frozen:
                window.setUpdatesEnabled(True)

    def _apply(self) -> None:
        if self._parts is None or self._app.font().family() != self.theme.family:
            # The app font only reaches widgets no stylesheet styles (a print dialog); every part of the window
            # takes its size from the stylesheet. Setting it sends every widget a font change, so only once.
            font = QFont(self.theme.family)
            font.setPixelSize(self.theme.px("body"))
            self._app.setFont(font)
        window = self._window
        if self._parts is None or window is None:
            if self._app_wide:
                self._app.setStyleSheet(self.theme.stylesheet())
            return
        if window.property(THEME_PROPERTY) == self.theme.name:
            return  # just attached: Qt styles each widget as it is first shown
        window.setProperty(THEME_PROPERTY, self.theme.name)
        parts = self._parts()
        if self.theme not in self._sheet_themes:
            # A size no step reaches (none today): a stylesheet with it as well, which Qt applies to every widget.
            self._sheet_themes += (self.theme,)
            window.setStyleSheet(scoped_stylesheet(window.objectName(), self._sheet_themes))
            for part in parts:
                self._watch(part)
                self._styled[id(part)] = self.theme
            return
        # The stack that holds the screens is styled too (it has a background behind them): that widget alone.
        for holder in self._frame(window, parts):
            if holder.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
                holder.style().polish(holder)
        hidden = []
        for part in parts:
            self._watch(part)
            if part.isVisible():
                self._style(part)
            else:
                hidden.append(part)
        # The hidden parts follow once the switches stop (Large print tapped again and again restyles what is on
        # screen only), one part per turn of the event loop, so they are ready before anyone can reach them and
        # no turn restyles more than one (Show catches any that are shown sooner).
        self._hidden = hidden
        self._left = None
        self._later.start(HIDDEN_PARTS_AFTER_MS)

    @staticmethod
    def _frame(window: QWidget, parts: list[QWidget]) -> list[QWidget]:
        """The widgets between the window and its parts, outermost first."""
        frame: list[QWidget] = []
        for part in parts:
            chain = []
            holder = part.parentWidget()
            while holder is not None and holder is not window:
                chain.append(holder)
                holder = holder.parentWidget()
            frame += [h for h in reversed(chain) if h not in frame]
        return frame

    def _style_next_hidden(self) -> None:
        """One turn of the hidden parts' restyle: the next HIDDEN_WIDGETS_PER_TURN widgets of the first part left,
        parents first, so no turn keeps a tap waiting for a whole screen's restyle (on a slow PC a big screen's
        took 400 ms). A part shown before it is done is restyled whole as it is shown (eventFilter)."""
        if self._settling.isActive():
            return  # a person is still switching: the hidden parts wait until they stop (_switches_stopped)
        while self._hidden:
            part = self._hidden[0]
            if not shiboken6.isValid(part) or self._styled.get(id(part)) == self.theme:
                self._hidden.pop(0)
                self._left = None
                continue
            if self._left is None or self._left[0] is not part:
                self._left = (part, [part, *part.findChildren(QWidget)])
            widgets = self._left[1]
            share, widgets[:] = widgets[:HIDDEN_WIDGETS_PER_TURN], widgets[HIDDEN_WIDGETS_PER_TURN:]
            restyle(widget for widget in share if shiboken6.isValid(widget))
            if not widgets:
                self._styled[id(part)] = self.theme
                self._hidden.pop(0)
                self._left = None
            if self._hidden:
                self._later.start(HIDDEN_PART_GAP_MS)
            return

    def _watch(self, part: QWidget) -> None:
        if id(part) not in self._styled:
            part.installEventFilter(self)
            key = id(part)
            part.destroyed.connect(lambda _=None, key=key: self._styled.pop(key, None))
            self._styled[key] = None

    def _style(self, part: QWidget) -> None:
        if self._styled.get(id(part)) != self.theme:
            self._styled[id(part)] = self.theme
            repolish(part)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Show arrives before the first paint, so a part hidden during a switch is never seen in the old theme.
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched is not self._window:
            self._style(watched)
        elif (event.type() == QEvent.Type.ChildPolished and watched is self._window and self._parts is not None
              and isinstance(event.child(), QWidget) and id(event.child()) not in self._styled
              and event.child() in self._parts()):
            # A panel added to the window since the last switch (the staff panel), styled by the window's
            # stylesheet as it was polished just now. (A part known already may be polished as the window is
            # shown while some of its widgets still wear an older theme: it is restyled in its turn, or as shown.)
            self._watch(event.child())
            self._styled[id(event.child())] = self.theme
        return False
