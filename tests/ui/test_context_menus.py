"""No right click (or a long press a touch screen turns into one) opens a menu: not on a scroll bar, the page text,
the search box or a button, in a window on a nurse's laptop or in the locked-down kiosk. Clicks go through the
window, as the desktop delivers them, so Qt itself makes the context-menu requests."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QScrollBar, QWidget

from kiosk import resources
from kiosk.settings import StartMode
from tests.ui.conftest import CLINIC, make_session


def _right_click(window: QWidget, widget: QWidget) -> list[str]:
    """Right-click the middle of ``widget``; the names of any menus that opened (each closed again)."""
    opened: list[str] = []

    def close_any() -> None:
        popup = QApplication.activePopupWidget()
        if popup is not None:
            opened.append(popup.objectName() or type(popup).__name__)
            popup.close()

    closer = QTimer()
    closer.setSingleShot(True)
    closer.timeout.connect(close_any)
    closer.start(100)  # a menu runs a loop of its own: this closes it if one opens
    at = widget.mapTo(window, widget.visibleRegion().boundingRect().center())  # the part on screen
    QTest.mouseClick(window.windowHandle(), Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier, at)
    QApplication.processEvents()
    closer.stop()
    close_any()
    return opened


@pytest.mark.parametrize("mode", [StartMode.WINDOWED, StartMode.KIOSK])
def test_a_right_click_opens_no_menu_anywhere(qtbot, tmp_path, mode) -> None:
    settings = CLINIC.__class__(**{**{f: getattr(CLINIC, f) for f in CLINIC.__slots__ if f != "source"},
                                   "mode": mode})
    session = make_session(qtbot, resources.content_dir(), settings, cache_dir=tmp_path)
    session.show()
    window = session.window
    session.controller.open_page("treatment")
    qtbot.wait(50)
    bars = [b for b in window.findChildren(QScrollBar) if b.isVisible() and not b.visibleRegion().isEmpty()]
    assert bars, "a long page shows a scroll bar"
    for target in [*bars, window.page.text, window.nav_bar.search]:
        assert _right_click(window, target) == [], f"a menu opened on {type(target).__name__}"
    session.controller.open_search()
    qtbot.wait(50)
    assert _right_click(window, window.search.box) == []
    assert window.current_screen() is window.search  # nothing else happened either
