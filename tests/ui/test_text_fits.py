"""No words are cut off: every visible label and button on every screen and panel, in every size, text size and
theme, is big enough for its whole text. (The countdown's "Are you still there?" was once clipped to "\\re you
still there?" in Large print on a 1024x768 kiosk, with every pixel of what showed perfectly readable.)"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QImage
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QScrollArea, QWidget

from kiosk.ui.palette import AA_TEXT, AAA_TEXT, NON_TEXT
from kiosk.ui.panels.link_dialog import LinkDialog
from kiosk.ui.panels.overlay import Overlay
from kiosk.ui.snapshot import settle
from kiosk.ui.widgets.nav_bar import BarButton
from tests.ui.pixels import read_controls, visible_controls
from tests.ui.test_contrast import SIZES, THEMES, _screens, kiosk  # noqa: F401  (kiosk is the shared fixture)

SLACK = 2  # pixels of rounding between font metrics and layout
SCANNABLE = 150  # the smallest QR code, in pixels, a phone reads at arm's length
# Panels that must fit whole, on every screen size, without scrolling (the PIN pad and staff panel may scroll).
NEVER_SCROLL = {"website panel", "countdown", "word explained", "take home"}


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
    if isinstance(widget, BarButton):
        # The top bar paints its own words, in the lines and size the bar chose for the button's place.
        metrics = QFontMetrics(widget.words_font())
        needed = max(metrics.horizontalAdvance(line) for line in widget.lines)
        room = widget.width() - widget.chrome()[0] - (widget.icon_px + 4 if widget.urgent else 0)
        if needed > room + SLACK:
            return f"needs {needed} px of width, has {room}"
        return None
    if isinstance(widget, QAbstractButton):
        text = widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        needed = widget.fontMetrics().horizontalAdvance(text)
        if not widget.icon().isNull() and text:
            needed += widget.iconSize().width()
        if needed > widget.width() + SLACK:
            return f"needs {needed} px of width, has {widget.width()}"
    return None


def _open_panel(window: QWidget) -> Overlay | None:
    shown = [o for o in window.findChildren(Overlay) if o.isVisible()]
    return shown[-1] if shown else None


def _in_window(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


def _scrolled(widget: QWidget, panel: Overlay) -> bool:
    """Inside a scrolling area of the panel (which a person can scroll to), rather than laid out in full view."""
    parent = widget.parentWidget()
    while parent is not None and parent is not panel.panel:
        if isinstance(parent, QScrollArea) and parent.verticalScrollBar().maximum() > 0:
            return True
        parent = parent.parentWidget()
    return False


def panel_problems(window: QWidget) -> list[str]:
    """What is wrong with the open panel, if any: a button outside the panel or window, a button cut off, a QR code
    cropped, squeezed or too small to scan."""
    overlay = _open_panel(window)
    if overlay is None:
        return []
    problems = []
    panel = _in_window(overlay.panel, window)
    if not window.rect().contains(panel):
        problems.append(f"the panel {panel} is not inside the window {window.rect()}")
    for button in overlay.panel.findChildren(QAbstractButton):
        if not button.isVisible() or _scrolled(button, overlay):
            continue
        where = _in_window(button, window)
        if not (panel.contains(where) and window.rect().contains(where)):
            problems.append(f"{describe(button)} at {where} is not inside the panel {panel}")
        elif button.visibleRegion().boundingRect() != button.rect():
            problems.append(f"{describe(button)} shows only {button.visibleRegion().boundingRect()}")
    for code in overlay.panel.findChildren(QLabel, "qrCode"):
        problems += qr_problems(code, window)
    return problems


def qr_problems(code: QLabel, window: QWidget) -> list[str]:
    """The QR code is painted whole, square and big enough: the pixels on screen are exactly the code's."""
    pixmap = code.pixmap()
    if not code.isVisible() or pixmap.isNull():
        return ["the QR code is not shown"]
    problems = []
    if pixmap.width() != pixmap.height() or pixmap.width() < SCANNABLE:
        problems.append(f"the QR code is {pixmap.width()}x{pixmap.height()} px, not square and >= {SCANNABLE}")
    if code.visibleRegion().boundingRect() != code.rect() or not window.rect().contains(_in_window(code, window)):
        problems.append(f"the QR code shows only {code.visibleRegion().boundingRect()} of {code.rect()}")
    shown = code.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    whole = pixmap.toImage().convertToFormat(QImage.Format.Format_RGB32)
    left, top = (code.width() - whole.width()) // 2, (code.height() - whole.height()) // 2
    if left < 0 or top < 0 or shown.copy(left, top, whole.width(), whole.height()) != whole:
        problems.append(f"the QR code's {code.size()} label does not paint its whole {whole.size()} code")
    return problems


def describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)) else ""
    return f"{type(widget).__name__} {widget.objectName()!r} {text[:40]!r}"


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("large,high_contrast", THEMES, ids=["normal", "large", "contrast", "large-contrast"])
def test_every_control_is_readable_from_its_pixels_and_cuts_no_words_off(kiosk, size, large, high_contrast) -> None:  # noqa: F811
    """One render of every screen and panel serves both checks: each visible button and label has the contrast
    the theme needs, read from the painted pixels (tests/ui/test_contrast.py), and is big enough for its text."""
    window = kiosk.window
    window.resize(*size)
    kiosk.themes.set_large(large)
    kiosk.themes.set_high_contrast(high_contrast)
    text_needed = AAA_TEXT if high_contrast else AA_TEXT
    problems = []
    for name, show in _screens(kiosk).items():
        kiosk.controller.reset(keep_text_size=True)
        show()
        settle()
        readings = read_controls(window, window.grab().toImage())
        assert len(readings) >= 3, f"{name}: found only {readings}"
        for reading in readings:
            needed = text_needed if reading.has_text else NON_TEXT
            if reading.ratio < needed:
                problems.append(f"{name}: {reading.what} {reading.text!r} {reading.ratio:.2f}:1 < {needed}:1")
        for widget in visible_controls(window):
            why = cut_off(widget)
            if why:
                problems.append(f"{name}: {describe(widget)} {why}")
    assert problems == [], "\n".join(problems)


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


# How a panel makes room, step by step --------------------------------------------------------------------------
LONG = " ".join(["Your phone can read this code when you hold it at arm's length."] * 6)


def _panel_with_long_text(qtbot, size: tuple[int, int]) -> tuple[QWidget, Overlay, QAbstractButton]:
    from PySide6.QtWidgets import QPushButton

    from kiosk.ui.theme import Theme

    window = QWidget()
    window.setStyleSheet(Theme("large", 1.4).stylesheet())
    qtbot.addWidget(window)
    window.resize(*size)
    overlay = Overlay(window)
    text = QLabel(LONG)
    text.setWordWrap(True)
    overlay.panel_layout.addWidget(text)
    button = QPushButton("Close")
    overlay.add_button(button)
    window.show()
    overlay.open()
    settle()
    return window, overlay, button


def test_a_short_screen_widens_the_panel_before_anything_scrolls(qtbot) -> None:
    window, overlay, _ = _panel_with_long_text(qtbot, (1400, 1400))
    roomy = overlay.panel.width()
    assert roomy == overlay.preferred_width()
    window.resize(1400, overlay.panel.height() - 40)  # too short for the words at that width
    settle()
    assert overlay.panel.width() > roomy
    assert overlay.body_scroll.verticalScrollBar().maximum() == 0
    assert panel_problems(window) == [] and all(cut_off(w) is None for w in visible_controls(window))


def test_as_a_last_resort_the_body_scrolls_and_its_buttons_stay_in_view(qtbot) -> None:
    window, overlay, button = _panel_with_long_text(qtbot, (640, 360))
    assert overlay.body_scroll.verticalScrollBar().maximum() > 0
    assert _in_window(overlay.panel, window).bottom() < window.height()
    assert button.visibleRegion().boundingRect() == button.rect()
    assert panel_problems(window) == []
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # hits the button itself, not the dimmed area


def test_the_website_panel_puts_its_code_beside_the_words_on_a_short_screen(kiosk) -> None:  # noqa: F811
    dialog: LinkDialog = kiosk.window.link_dialog
    try:
        for size, large, beside in (((1080, 1920), True, False), ((1024, 768), True, True),
                                    ((1366, 768), True, True), ((1024, 768), False, False)):
            kiosk.window.resize(*size)
            kiosk.themes.set_large(large)
            kiosk.controller.reset(keep_text_size=True)
            kiosk.controller.show_address("https://www.nhs.uk/conditions/breast-cancer/")
            settle()
            qr, words = _in_window(dialog.qr, kiosk.window), _in_window(dialog.explain, kiosk.window)
            assert (qr.left() >= words.right()) is beside, (size, large)
            assert panel_problems(kiosk.window) == [], (size, large)
    finally:
        kiosk.themes.set_large(False)
        kiosk.controller.reset()


@pytest.mark.parametrize("large", [False, True], ids=["normal", "large"])
def test_the_staff_panel_cuts_no_words_off(kiosk, large) -> None:  # noqa: F811
    """The staff panel scrolls its body; its buttons stack rather than be cut when they do not fit side by side."""
    window = kiosk.window
    kiosk.themes.set_large(large)
    problems = []
    try:
        for size in SIZES:
            window.resize(*size)
            kiosk.controller.reset(keep_text_size=True)
            kiosk.staff_controller().open()
            settle()
            panel = _open_panel(window)
            assert panel is not None and panel.objectName() == "staffPanel"
            for widget in visible_controls(window):
                why = cut_off(widget)
                if why:
                    problems.append(f"{size}: {describe(widget)} {why}")
                elif isinstance(widget, QAbstractButton) and widget.visibleRegion().boundingRect().width() < \
                        widget.width():
                    problems.append(f"{size}: {describe(widget)} is cut off at the side")
            problems += [f"{size}: {problem}" for problem in panel_problems(window)]
    finally:
        kiosk.themes.set_large(False)
        kiosk.controller.reset()
    assert problems == [], "\n".join(problems)
