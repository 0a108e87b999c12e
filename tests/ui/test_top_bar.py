"""F10: the top bar has one shape. At every window size and text size, on every screen, each button shows its
words (painted: ink in the button) and sits in the same place; Urgent help is whole inside the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics, QIcon, QImage

from kiosk import resources
from kiosk.ui.snapshot import settle
from kiosk.ui.theme import Theme
from kiosk.ui.widgets.nav_bar import MIN_WORDS_PX, NavBar
from tests.ui.conftest import make_session
from tests.ui.pixels import ink_contrast

SIZES = ((1024, 768), (1366, 768), (1280, 800), (1920, 1080), (1080, 1920))


def places(session) -> dict[str, QRect]:
    bar, window = session.window.nav_bar, session.window
    return {b.accessibleName(): QRect(b.mapTo(window, QPoint(0, 0)), b.size())
            for b in bar.tab_order() if b.isVisible()}


def words_are_painted(session, image: QImage, button) -> None:
    """The button's words are there as ink: every line the bar chose is painted whole inside the button, and no
    button is an icon alone."""
    rect = QRect(button.mapTo(session.window, QPoint(0, 0)), button.size())
    assert session.window.rect().contains(rect), f"{button.accessibleName()} is cut by the window"
    bar = session.window.nav_bar
    assert QRect(bar.mapTo(session.window, QPoint(0, 0)), bar.size()).contains(rect), \
        f"{button.accessibleName()} is cut by the bar (its foot hidden under the screen below)"
    assert ink_contrast(image, rect.adjusted(6, 6, -6, -6)) >= 3.0, f"{button.accessibleName()} shows nothing"
    assert "".join(button.lines).replace(" ", "") == button.text().replace(" ", ""), button.accessibleName()
    assert button.words_px >= MIN_WORDS_PX
    metrics = QFontMetrics(button.words_font())
    for line in button.lines:  # each line fits the room inside the border and padding, so none is cut
        assert metrics.horizontalAdvance(line) <= button.width() - button.chrome()[0], (button.accessibleName(), line)


@pytest.mark.parametrize("mode", ["kiosk", "windowed"])
def test_every_top_bar_button_shows_its_words_in_the_same_place_on_every_screen(qtbot, tmp_path, mode) -> None:
    session = make_session(qtbot, resources.content_dir(), cache_dir=tmp_path)
    session.controller.set_printing_allowed(mode == "windowed")
    controller, window = session.controller, session.window
    screens = {"home": controller.go_home, "page": lambda: controller.open_page("chemotherapy"),
               "search": controller.open_search, "urgent help": controller.open_urgent}
    try:
        for size in SIZES:
            window.resize(*size)
            placed: dict[str, QRect] | None = None
            for large in (False, True):
                session.themes.set_large(large)
                for name, show in screens.items():
                    show()
                    settle()
                    where = f"{size} large={large} {name}"
                    now = places(session)
                    image = window.grab().toImage()
                    for button in window.nav_bar.tab_order():
                        if button.isVisible():
                            words_are_painted(session, image, button)
                    urgent = now["Urgent help"]
                    assert window.rect().contains(urgent), where
                    if placed is None:
                        placed = now
                        continue
                    # The same buttons in the same places across the bar (Print shows only on a page, in its
                    # own place); in Large print the bar is taller, so compare across, not down.
                    for label, rect in now.items():
                        placed.setdefault(label, rect)  # Print, first seen on a page
                        if label in placed:
                            assert (rect.left(), rect.right()) == (placed[label].left(), placed[label].right()), \
                                (where, label)
                    assert set(now) - {"Print"} == set(placed) - {"Print"}, where
                    assert ("Print" in now) == (mode == "windowed" and name in ("page", "urgent help")), where
    finally:
        session.themes.set_large(False)


def test_in_a_narrow_window_every_button_is_whole_in_every_text_size_and_theme(qtbot, tmp_path) -> None:
    """A nurse's window narrower than any kiosk screen (800 wide): the words shrink to two small lines, and the bar
    still grows to the buttons' own height in Large print (their feet were cut off by the screen below)."""
    session = make_session(qtbot, resources.content_dir(), cache_dir=tmp_path)
    session.controller.set_printing_allowed(True)
    window = session.window
    window.resize(800, 600)
    session.controller.open_page("chemotherapy")
    try:
        for large in (False, True):
            for contrast in (False, True):
                session.themes.set_large(large)
                session.themes.set_high_contrast(contrast)
                settle()
                image = window.grab().toImage()
                for button in window.nav_bar.tab_order():
                    if button.isVisible():
                        words_are_painted(session, image, button)
    finally:
        session.themes.set_large(False)
        session.themes.set_high_contrast(False)


def painted_lines_of_words(button) -> int:
    """How many lines the button's words are painted in, read from its ink: the widest band of ink is the whole
    of its words on one line, or only the longer of two lines (an icon's band is narrower than either)."""
    image = button.grab().toImage()
    across, down = button.chrome()
    inside = QRect(across // 2, down // 2, button.width() - across, button.height() - down)
    background = QColor(image.pixel(inside.left() + 1, inside.top() + 1))

    def ink(x: int, y: int) -> bool:
        c = QColor(image.pixel(x, y))
        return abs(c.red() - background.red()) + abs(c.green() - background.green()) + \
            abs(c.blue() - background.blue()) > 200

    rows = [y for y in range(inside.top(), inside.bottom() + 1)
            if any(ink(x, y) for x in range(inside.left(), inside.right() + 1))]
    widest = 0
    while rows:  # each band of rows with ink, separated by blank rows
        band = [rows.pop(0)]
        while rows and rows[0] == band[-1] + 1:
            band.append(rows.pop(0))
        xs = [x for y in band for x in range(inside.left(), inside.right() + 1) if ink(x, y)]
        widest = max(widest, max(xs) - min(xs) + 1)
    metrics = QFontMetrics(button.words_font())
    whole = metrics.horizontalAdvance(button.text())
    longer = max(metrics.horizontalAdvance(word) for word in button.text().split(" "))
    return 1 if widest > (whole + longer) / 2 else 2


@pytest.mark.parametrize("mode", ["kiosk", "windowed"])
def test_the_bar_buttons_of_two_words_are_all_on_one_line_or_all_on_two(qtbot, tmp_path, mode) -> None:
    """Large print in two lines beside High contrast on one looked like two kinds of button: High contrast's place,
    sized for "contrast", had room for one line where Large print's, sized for "Large", had not."""
    session = make_session(qtbot, resources.content_dir(), cache_dir=tmp_path)
    session.controller.set_printing_allowed(mode == "windowed")
    session.controller.open_page("chemotherapy")
    window, bar = session.window, session.window.nav_bar
    try:
        for size in SIZES:
            window.resize(*size)
            for large in (False, True):
                session.themes.set_large(large)
                settle()
                lines = {b.accessibleName(): painted_lines_of_words(b) for b in bar.tab_order()
                         if b.isVisible() and not b.urgent and " " in b.text()}
                assert len(lines) >= 2 and len(set(lines.values())) == 1, (size, large, lines)
    finally:
        session.themes.set_large(False)


def test_a_second_tap_on_large_print_turns_it_off_again(qtbot, tmp_path) -> None:
    """The toggle stays under the finger: the same point taps it on and off (it used to move onto Search)."""
    session = make_session(qtbot, resources.content_dir(), cache_dir=tmp_path, size=(1024, 768))
    bar, window = session.window.nav_bar, session.window
    point = bar.large_print.mapTo(window, bar.large_print.rect().center())
    for expected in (True, False):
        target = window.childAt(point)
        assert target is bar.large_print, f"the tap at {point} lands on {target}"
        qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=target.mapFrom(window, point))
        qtbot.waitUntil(lambda expected=expected: session.themes.large is expected and not session.themes.switching,
                        timeout=10_000)
        settle()


def _icon_ink_columns(button) -> list[int]:
    """The x of every pixel the button's icon paints: the button painted with and without its icon, compared."""
    with_icon = button.grab().toImage()
    icon = button.icon()
    button.setIcon(QIcon())
    try:
        without = button.grab().toImage()
    finally:
        button.setIcon(icon)
    return [x for x in range(with_icon.width()) for y in range(with_icon.height())
            if with_icon.pixel(x, y) != without.pixel(x, y)]


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft],
                         ids=["ltr", "rtl"])
def test_urgent_helps_sign_comes_before_its_words_and_back_points_back(qtbot, direction) -> None:
    """The ⚠ sign leads the words in the reading direction: left of them in English, right of them in Urdu (it was
    on the left in Urdu too); Back's arrow points the way back (right in Urdu)."""
    bar = NavBar()
    qtbot.addWidget(bar)
    bar.setLayoutDirection(direction)
    bar.apply_theme(Theme("normal", 1.0))
    bar.resize(1920, bar.sizeHint().height())
    bar.show()
    qtbot.waitExposed(bar)
    rtl = direction == Qt.LayoutDirection.RightToLeft
    urgent = bar.urgent
    sign = _icon_ink_columns(urgent)
    assert sign, "Urgent help shows no sign"
    sign_middle = sum(sign) / len(sign)
    assert (sign_middle > urgent.width() / 2) == rtl, f"the sign is at x={sign_middle:.0f} of {urgent.width()}"
    arrow = _icon_ink_columns(bar.back)
    assert arrow
    left, right = min(arrow), max(arrow)
    ink = [arrow.count(x) for x in range(left, right + 1)]
    head = left + ink.index(max(ink))  # the arrow's head is its tallest column
    assert (head > (left + right) / 2) == rtl, f"Back's arrow head at x={head} of {left}..{right}"
