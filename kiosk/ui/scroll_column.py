"""A vertically scrolling, finger-draggable column of content, centred and capped at a readable width."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QScroller, QScrollerProperties, QVBoxLayout, QWidget


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
        QScroller.scroller(self.viewport()).stop()
        self.verticalScrollBar().setValue(value)
