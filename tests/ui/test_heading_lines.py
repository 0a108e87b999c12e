"""Headings start where the text and cards under them start (usability test F13), read from the painted pixels."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor

from kiosk.ui.snapshot import settle


def first_ink_x(widget, window) -> int:
    """The window x of the leftmost pixel of ``widget`` that differs clearly from its background."""
    image = window.grab().toImage()
    origin = widget.mapTo(window, QPoint(0, 0))
    background = QColor(image.pixel(origin.x() + widget.width() - 2, origin.y() + widget.height() // 2))
    for x in range(origin.x(), origin.x() + widget.width()):
        for y in range(origin.y(), origin.y() + widget.height()):
            c = QColor(image.pixel(x, y))
            if abs(c.red() - background.red()) + abs(c.green() - background.green()) + \
                    abs(c.blue() - background.blue()) > 200:
                return x
    raise AssertionError(f"nothing painted in {widget.objectName()}")


def test_section_headings_line_up_with_what_is_under_them(session, qtbot) -> None:
    window, controller = session.window, session.controller
    controller.open_page("where-it-has-spread")
    settle()
    page = window.page
    heading = page.children_heading
    assert heading.isVisible()
    page.ensureWidgetVisible(heading)
    settle()
    card = page.children.cards()[0]
    assert abs(first_ink_x(heading, window) - card.mapTo(window, QPoint(0, 0)).x()) <= 3
