"""The PIN pad and the staff panel on the screens kiosks have, in every text size (usability test of 7 December,
F4): a phone's 3 x 4 pad wholly on screen, and a staff panel that shows its content in one finger-dragged area."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QScrollArea

from kiosk import resources
from kiosk.settings import StartMode, hash_pin
from kiosk.ui.snapshot import settle
from tests.ui.conftest import CLINIC, make_session, seed_shipped_index
from tests.ui.test_urgent_help import tap_at

SIZES = [(1024, 768), (1366, 768), (1280, 800), (1920, 1080), (1080, 1920)]
PHONE = [["1", "2", "3"], ["4", "5", "6"], ["7", "8", "9"], ["⌫", "0", "OK"]]


@pytest.fixture(scope="module")
def pin_session(qapp, tmp_path_factory):
    from kiosk.content.sources import load_store
    from kiosk.ui.session import build_session

    settings = dataclasses.replace(CLINIC, staff_pin_hash=hash_pin("246810"))
    session = build_session(qapp, load_store(resources.content_dir()), settings, mode=StartMode.WINDOWED,
                            cache_dir=seed_shipped_index(resources.content_dir(), tmp_path_factory.mktemp("index")))
    session.window.show()
    settle()
    yield session
    session.shutdown()
    session.window.close()
    session.themes.set_normal()


def in_window(widget, window) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("large", [False, True], ids=["normal", "large"])
def test_the_pin_pad_is_a_phone_pad_wholly_on_screen(pin_session, size, large) -> None:
    session, window = pin_session, pin_session.window
    window.resize(*size)
    session.themes.set_large(large)
    session.pin_pad.open()
    settle()
    pad = session.pin_pad
    try:
        screen = window.rect()
        keys = {label: in_window(key, window) for label, key in pad.keys.items()}
        cancel = in_window(pad.cancel, window)
        for label, rect in keys.items():
            assert screen.contains(rect), f"key {label} is off the screen"
            assert pad.keys[label].visibleRegion().boundingRect() == pad.keys[label].rect(), f"key {label} is cut"
            assert rect.height() >= 48 and rect.width() >= 48, f"key {label} is smaller than a fingertip"
            assert not rect.intersects(cancel), f"Cancel covers key {label}"
        assert pad.cancel.visibleRegion().boundingRect() == pad.cancel.rect()
        # 1 2 3 / 4 5 6 / 7 8 9 / Delete 0 OK, as on a phone: rows top to bottom, keys left to right.
        for row in PHONE:
            tops = {keys[label].top() for label in row}
            assert len(tops) == 1, f"row {row} is not one row"
            assert [keys[label].left() for label in row] == sorted(keys[label].left() for label in row)
        assert [keys[row[0]].top() for row in PHONE] == sorted(keys[row[0]].top() for row in PHONE)
        assert len({keys[row[0]].top() for row in PHONE}) == 4
        assert not any(bar.isVisible() for area in pad.findChildren(QScrollArea)
                       for bar in (area.verticalScrollBar(),))
        # A finger on the painted keys types the PIN.
        for digit in "2468":
            tap_at(window, window.mapToGlobal(keys[digit].center()))
        assert pad.entry.text() == "2468"
        tap_at(window, window.mapToGlobal(keys["⌫"].center()))
        assert pad.entry.text() == "246"
    finally:
        pad.close_overlay()
        session.themes.set_large(False)


def test_the_staff_panel_at_1024x768_in_large_print_reads_and_scrolls_by_finger(qtbot, tmp_path) -> None:
    session = make_session(qtbot, resources.content_dir(), dataclasses.replace(CLINIC, mode=StartMode.KIOSK),
                           cache_dir=tmp_path / "index", size=(1024, 768))
    window = session.window
    session.staff_controller().is_kiosk_mode = lambda: True  # as in the kiosk: "Leave kiosk mode" shows too
    window.resize(1024, 768)
    session.themes.set_large(True)
    session.themes.set_high_contrast(True)
    try:
        staff = session.staff_controller()
        staff.open()
        settle()
        panel = session.staff_panel
        assert panel.leave_button.isVisible()  # as in the kiosk, with all three buttons
        for button in (panel.leave_button, panel.quit_button, panel.done_button):
            assert window.rect().contains(in_window(button, window))
            assert button.visibleRegion().boundingRect() == button.rect()
        area = panel.scroll.viewport()
        seen = area.visibleRegion().boundingRect()
        line = panel.content.body.fontMetrics().lineSpacing()
        assert seen.height() >= 6 * line, f"only {seen.height() / line:.1f} lines of the panel can be read"
        # One scroll bar at most, before and after a message appears above the content.
        def bars() -> list:
            return [a for a in panel.findChildren(QScrollArea) if a.verticalScrollBar().isVisible()]
        assert len(bars()) <= 1
        panel.set_status("The counts were saved in the data folder: no USB stick was found to save them on.")
        settle()
        assert len(bars()) <= 1 and bars() == [panel.scroll]
        # A finger drags the content up.
        bar = panel.scroll.verticalScrollBar()
        assert bar.maximum() > 0
        start = QPoint(area.width() // 2, area.height() - 20)
        QTest.qWait(QApplication.doubleClickInterval() + 50)
        QTest.mousePress(area, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
        QTest.qWait(50)
        for step in range(1, 11):
            QTest.mouseMove(area, start - QPoint(0, step * 15), 30)
        QTest.qWait(150)
        QTest.mouseRelease(area, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start - QPoint(0, 150))
        qtbot.waitUntil(lambda: bar.value() >= 100, timeout=3000)
        assert panel.isVisible()  # the drag pressed no button
        # A tap on a button in the scrolled content still works.
        from PySide6.QtWidgets import QScroller

        scroller = QScroller.scroller(panel.scroll.viewport())
        qtbot.waitUntil(lambda: scroller.state() == QScroller.State.Inactive, timeout=5000)  # momentum spent
        panel.scroll.ensureWidgetVisible(panel.find_packs_button)
        settle()
        tap_at(window, panel.find_packs_button.mapToGlobal(panel.find_packs_button.rect().center()))
        qtbot.waitUntil(lambda: "No content pack" in panel.status.text(), timeout=5000)
        assert panel.isVisible()
    finally:
        session.themes.set_large(False)
        session.themes.set_high_contrast(False)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_staff_panels_buttons_are_whole_apart_and_in_one_row_where_they_fit(qtbot, tmp_path, size) -> None:
    """In kiosk mode, Leave kiosk mode, Close the app and Done in Large print: each whole and clearly apart from
    the next, and side by side in one row wherever their own widths fit the panel (1366x768: they did, but were
    put in two rows)."""
    session = make_session(qtbot, resources.content_dir(), dataclasses.replace(CLINIC, mode=StartMode.KIOSK),
                           cache_dir=tmp_path / "index", size=size)
    window = session.window
    session.staff_controller().is_kiosk_mode = lambda: True
    session.themes.set_large(True)
    try:
        session.staff_controller().open()
        settle()
        panel = session.staff_panel
        buttons = [panel.leave_button, panel.quit_button, panel.done_button]
        places = [in_window(b, window) for b in buttons]
        for button, place in zip(buttons, places, strict=True):
            assert button.visibleRegion().boundingRect() == button.rect(), button.text()
            assert window.rect().contains(place), button.text()
            assert place.width() >= button.sizeHint().width(), f"{button.text()} is narrower than its words"
        for i, one in enumerate(places):
            for other in places[i + 1:]:
                assert not one.adjusted(-8, -8, 8, 8).intersects(other), "two buttons touch"
        room = panel.scroll.width()  # the panel's width inside its margins, as the text above has
        side_by_side = sum(b.sizeHint().width() for b in buttons) + 2 * panel.actions_layout.spacing()
        if side_by_side <= room:
            assert len({p.top() for p in places}) == 1, f"{size}: in two rows with room for one"
    finally:
        session.themes.set_large(False)
