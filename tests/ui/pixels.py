"""Reads contrast from rendered pixels: what a person would actually see, whatever the stylesheet meant."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QLabel, QLineEdit, QWidget

from kiosk.ui.palette import contrast_ratio
from kiosk.ui.panels.overlay import Overlay

# Anti-aliasing blends a glyph's edge into the background; its core pixels carry the real text colour. A colour
# must cover at least this many pixels to count as ink, so one stray edge pixel cannot pass a blank button.
MIN_INK_PIXELS = 6
# Borders and focus rings are at most 5 px wide: look inside them for a button's words.
BORDER_INSET = 6


@dataclass(frozen=True, slots=True)
class Reading:
    what: str
    text: str
    ratio: float
    has_text: bool  # words (4.5:1 or 7:1), or an icon alone (3:1)


def _rgb(value: int) -> tuple[int, int, int]:
    return (value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF


def ink_contrast(image: QImage, rect: QRect) -> float:
    """The contrast between the commonest colour in ``rect`` (the background) and the most contrasting colour
    that covers at least MIN_INK_PIXELS (the text or icon). 1.0 when the area is one colour: a blank."""
    area = image.copy(rect).convertToFormat(QImage.Format.Format_RGB32)
    data = memoryview(area.constBits()).cast("I")
    stride = area.bytesPerLine() // 4
    width = area.width()
    counts: Counter[int] = Counter()
    for row in range(area.height()):
        counts.update(data[row * stride: row * stride + width])
    if not counts:
        return 1.0
    background = _rgb(counts.most_common(1)[0][0] & 0xFFFFFF)
    best = 1.0
    for value, count in counts.items():
        if count >= MIN_INK_PIXELS:
            best = max(best, contrast_ratio(background, _rgb(value & 0xFFFFFF)))
    return best


def _covering_overlay(window: QWidget) -> Overlay | None:
    overlays = [o for o in window.findChildren(Overlay) if o.isVisible()]
    return overlays[-1] if overlays else None


def _scrolled_partly_out_of_sight(widget: QWidget, seen: QRect) -> bool:
    """Whether the widget is cut only by the top or bottom edge of the scroll area it sits in (a finger scrolls it
    into view), rather than by a layout too small for it (a real fault, which must still be read and fail)."""
    if seen.width() != widget.width() or seen.height() == widget.height():
        return False
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    if parent is None:
        return False
    viewport = parent.viewport()
    top = widget.mapTo(viewport, QPoint(0, 0)).y()
    return top < 0 or top + widget.height() > viewport.height()


def visible_controls(window: QWidget) -> list[QWidget]:
    """Every button and label a person can see now, found by walking the widgets (no fixed list): shown, with
    something in it, not scrolled out of sight, and not behind an open panel."""
    overlay = _covering_overlay(window)
    root = overlay.panel if overlay is not None else window
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, (QAbstractButton, QLabel, QLineEdit)) or not widget.isVisible():
            continue
        if isinstance(widget, QLineEdit) and not (widget.text() or widget.placeholderText()):
            continue
        if overlay is None and any(o.isAncestorOf(widget) for o in window.findChildren(Overlay)):
            continue
        if isinstance(widget, QLabel) and not widget.text().strip():
            continue  # pictures (icons, the QR code) are not text
        if isinstance(widget, QAbstractButton) and widget.property("card"):
            continue  # a card's words are its labels, which are read on their own
        seen = widget.visibleRegion().boundingRect()
        if seen.height() < 12 or seen.width() < 12:
            continue
        if _scrolled_partly_out_of_sight(widget, seen):
            continue  # partly scrolled out of sight: its words are read whole once a finger scrolls to it
        found.append(widget)
    return found


def read_controls(window: QWidget, image: QImage) -> list[Reading]:
    readings = []
    scale = image.devicePixelRatio()
    for widget in visible_controls(window):
        seen = widget.visibleRegion().boundingRect()
        if isinstance(widget, (QAbstractButton, QLineEdit)):
            inset = min(BORDER_INSET, seen.width() // 4, seen.height() // 4)
            seen = seen.adjusted(inset, inset, -inset, -inset)
            shown = widget.text() or (widget.placeholderText() if isinstance(widget, QLineEdit) else "")
            text, has_text = shown, bool(shown.strip())
        else:
            text, has_text = widget.text(), True
        top_left = widget.mapTo(window, seen.topLeft())
        rect = QRect(QPoint(round(top_left.x() * scale), round(top_left.y() * scale)), seen.size() * scale)
        rect = rect.intersected(image.rect())
        if rect.isEmpty():
            continue
        what = f"{type(widget).__name__} {widget.objectName() or widget.accessibleName() or ''}".strip()
        readings.append(Reading(what, text[:40], ink_contrast(image, rect), has_text))
    return readings
