"""A vertically scrolling, finger-draggable column of content, centred and capped at a readable width."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QScrollArea,
    QScroller,
    QScrollerProperties,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.services.app_events import app_events

# The keys that scroll a screen for someone with a keyboard, wherever the focus is.
SCROLL_KEYS = frozenset({Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown,
                         Qt.Key.Key_Home, Qt.Key.Key_End})


def is_scroll_key(event: QKeyEvent) -> bool:
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return event.key() in SCROLL_KEYS and modifiers == Qt.KeyboardModifier.NoModifier


def enable_finger_scrolling(area: QScrollArea) -> None:
    """Drag with a finger (or mouse) to scroll, with momentum, and no overshoot that could look like a glitch."""
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    scroller = QScroller.scroller(area.viewport())
    props = scroller.scrollerProperties()
    off = QScrollerProperties.OvershootPolicy.OvershootAlwaysOff
    props.setScrollMetric(QScrollerProperties.ScrollMetric.VerticalOvershootPolicy, off)
    props.setScrollMetric(QScrollerProperties.ScrollMetric.HorizontalOvershootPolicy, off)
    # Presses reach the button at once (it shows as pressed); a drag that becomes a scroll cancels the tap.
    props.setScrollMetric(QScrollerProperties.ScrollMetric.MousePressEventDelay, 0.0)
    props.setScrollMetric(QScrollerProperties.ScrollMetric.DragStartDistance, 0.004)
    scroller.setScrollerProperties(props)


class ScrollColumn(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        # Not a Tab stop of its own: it could show no focus ring. The keys that scroll it reach it anyway.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer = QWidget()
        row = QHBoxLayout(outer)
        row.setContentsMargins(24, 20, 24, 32)
        self.column = QWidget()
        self.column_layout = QVBoxLayout(self.column)
        self.column_layout.setContentsMargins(0, 0, 0, 0)
        self.column_layout.setSpacing(16)
        row.addStretch(0)
        row.addWidget(self.column, 1)
        row.addStretch(0)
        self.setWidget(outer)
        self._finger_scrolling = False

    def enable_finger_scrolling(self) -> None:
        """Called after the first paint: Qt's scroller costs about 20 ms to set up, which a person never sees."""
        if not self._finger_scrolling:
            self._finger_scrolling = True
            enable_finger_scrolling(self)

    def set_max_column_width(self, width: int) -> None:
        self.column.setMaximumWidth(width)

    def scroll_position(self) -> int:
        return self.verticalScrollBar().value()

    def set_scroll_position(self, value: int) -> None:
        self._stop_finger_scroll()
        self.verticalScrollBar().setValue(value)

    def _stop_finger_scroll(self) -> None:
        # Only once finger scrolling is on: asking for the scroller makes one, which would put Qt's scroller
        # set-up (about 20 ms) back on the path to the first paint.
        if self._finger_scrolling:
            QScroller.scroller(self.viewport()).stop()

    def scroll_by_key(self, key: Qt.Key) -> None:
        """Scroll as the key asks. A page step keeps a tenth of the screen in view, so the reader keeps their place."""
        bar = self.verticalScrollBar()
        page = max(1, self.viewport().height() * 9 // 10)
        line = max(40, self.viewport().height() // 10)
        steps = {Qt.Key.Key_Down: line, Qt.Key.Key_Up: -line, Qt.Key.Key_PageDown: page, Qt.Key.Key_PageUp: -page}
        self._stop_finger_scroll()
        if key == Qt.Key.Key_Home:
            bar.setValue(bar.minimum())
        elif key == Qt.Key.Key_End:
            bar.setValue(bar.maximum())
        elif key in steps:
            bar.setValue(bar.value() + steps[key])



class KeyboardScrolling(QObject):
    """One application-wide filter: the scroll keys scroll the screen showing, whatever has the focus.

    Left alone, Qt gives them to the focused widget: a button moves the focus on Up and Down, a page's text (as tall
    as its words, so it never scrolls) swallows PageDown, and the window ignores them all. Home and End still move
    the cursor in a text box; with a panel open, keys are the panel's. ``install()``/``shutdown()`` bracket its life.
    """

    def __init__(self, window: QWidget, screen: Callable[[], ScrollColumn | None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window = window
        self._screen = screen
        self._installed = False

    def install(self) -> None:
        if not self._installed:
            app_events().watch(self, {QEvent.Type.KeyPress})
            self._installed = True

    def shutdown(self) -> None:
        if self._installed:
            app_events().unwatch(self)
            self._installed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget) or not is_scroll_key(event):
            return False
        if watched.window() is not self._window:
            return False
        if isinstance(watched, QLineEdit) and event.key() in (Qt.Key.Key_Home, Qt.Key.Key_End):
            return False
        screen = self._screen()
        if screen is None:
            return False
        screen.scroll_by_key(Qt.Key(event.key()))
        return True
