"""No words are cut off: every visible label and button on every screen and panel, in every size, text size and
theme, is big enough for its whole text. (The countdown's "Are you still there?" was once clipped to "\\re you
still there?" in Large print on a 1024x768 kiosk, with every pixel of what showed perfectly readable.)"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

from kiosk.ui.snapshot import settle
from tests.ui.pixels import visible_controls
from tests.ui.test_contrast import SIZES, THEMES, _screens, kiosk  # noqa: F401  (kiosk is the shared fixture)

SLACK = 2  # pixels of rounding between font metrics and layout


def cut_off(widget: QWidget) -> str | None:
    """Why ``widget``'s text does not fit it, or None when it does."""
    if isinstance(widget, QLabel):
        inner = widget.contentsRect()
        if widget.wordWrap() or widget.textFormat() == Qt.TextFormat.RichText or GuiQt.mightBeRichText(widget.text()):
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height() + SLACK:
                return f"needs {needed} px of height, has {widget.height()}"
            if not widget.wordWrap() and widget.sizeHint().width() > widget.width() + SLACK:
                return f"needs {widget.sizeHint().width()} px of width, has {widget.width()}"
            return None
        needed = max(widget.fontMetrics().horizontalAdvance(line) for line in widget.text().splitlines() or [""])
        if needed > inner.width() + SLACK:
            return f"needs {needed} px of width, has {inner.width()}"
        return None
    if isinstance(widget, QAbstractButton):
        text = widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        needed = widget.fontMetrics().horizontalAdvance(text)
        if not widget.icon().isNull() and text:
            needed += widget.iconSize().width()
        if needed > widget.width() + SLACK:
            return f"needs {needed} px of width, has {widget.width()}"
    return None


def describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)) else ""
    return f"{type(widget).__name__} {widget.objectName()!r} {text[:40]!r}"


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("large,high_contrast", THEMES, ids=["normal", "large", "contrast", "large-contrast"])
def test_no_label_or_button_cuts_its_words_off(kiosk, size, large, high_contrast) -> None:  # noqa: F811
    window = kiosk.window
    window.resize(*size)
    kiosk.themes.set_large(large)
    kiosk.themes.set_high_contrast(high_contrast)
    problems = []
    for name, show in _screens(kiosk).items():
        kiosk.controller.reset(keep_text_size=True)
        show()
        settle()
        for widget in visible_controls(window):
            why = cut_off(widget)
            if why:
                problems.append(f"{name}: {describe(widget)} {why}")
    assert problems == []


def test_the_check_catches_a_heading_wider_than_its_label(qtbot) -> None:
    label = QLabel("Are you still there?")
    qtbot.addWidget(label)
    label.setStyleSheet("font-size: 64px;")
    label.setFixedWidth(200)
    label.show()
    assert cut_off(label) is not None
    label.setWordWrap(True)
    label.setFixedSize(200, 400)
    assert cut_off(label) is None
