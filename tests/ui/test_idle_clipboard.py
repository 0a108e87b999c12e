"""Idle reset forgets what the last person copied or selected: the clipboard and X11's primary selection."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtGui import QColor, QGuiApplication, QPixmap, QPixmapCache

from kiosk import resources
from kiosk.ui.snapshot import settle
from tests.conftest import CHILD_TIMEOUT_S
from tests.ui.conftest import make_session
from tests.ui.test_kiosk import kiosk_session
from tests.ui.test_real_window import display  # noqa: F401  (the Xvfb fixture)


def test_idle_reset_empties_the_kiosk_clipboard(qtbot, tmp_path) -> None:
    session = kiosk_session(qtbot, tmp_path, quick_idle=True)
    session.controller.open_search()
    session.window.search.set_query("bone pain")
    session.window.search.box.selectAll()
    session.window.search.box.copy()
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == "bone pain"
    with qtbot.waitSignal(session.controller.reset_done, timeout=5000):
        pass  # the idle countdown runs out
    assert clipboard.text() == ""


def test_on_a_nurses_laptop_another_programs_clipboard_is_left_alone(qtbot, tmp_path) -> None:
    session = make_session(qtbot, resources.content_dir(), cache_dir=tmp_path)
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("copied from the ward system")  # offscreen, Qt reports nothing as this app's own
    session.controller.open_page("biopsy")
    session.controller.reset()
    assert clipboard.text() == "copied from the ward system"
    clipboard.clear()


SELECTION_CHECK = textwrap.dedent("""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QClipboard
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from kiosk import resources
    from kiosk.content.sources import load_store
    from kiosk.settings import Settings, StartMode
    from kiosk.ui.session import build_session
    from kiosk.ui.snapshot import settle

    app = QApplication([])
    session = build_session(app, load_store(resources.content_dir()), Settings(), mode=StartMode.KIOSK)
    session.window.show()
    settle()
    session.controller.open_search()
    box = session.window.search.box
    box.setText("bone pain")
    QTest.keyClick(box, Qt.Key.Key_End)
    QTest.keyClick(box, Qt.Key.Key_Home, Qt.KeyboardModifier.ShiftModifier)  # select the words, as a person would
    settle()  # the selected words are now X11's primary selection: a middle click anywhere pastes them
    clipboard = app.clipboard()
    print("before", repr(clipboard.text(QClipboard.Mode.Selection)), clipboard.supportsSelection())
    session.controller.reset()
    settle()
    print("after", repr(clipboard.text(QClipboard.Mode.Selection)))
    session.shutdown()
""")


@pytest.mark.xvfb
def test_idle_reset_empties_the_x11_primary_selection(display, tmp_path) -> None:  # noqa: F811
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    done = subprocess.run([sys.executable, "-c", SELECTION_CHECK], env=env, capture_output=True, text=True,
                          timeout=CHILD_TIMEOUT_S)
    assert done.returncode == 0, done.stderr
    assert "before 'bone pain' True" in done.stdout, done.stdout
    assert "after ''" in done.stdout, done.stdout


def test_after_an_idle_reset_freed_memory_goes_back_to_the_system(qtbot, tmp_path, monkeypatch) -> None:
    from kiosk import memory

    calls: list[bool] = []
    real = memory.return_freed_memory
    monkeypatch.setattr(memory, "return_freed_memory", lambda: calls.append(real()) or calls[-1])
    session = kiosk_session(qtbot, tmp_path, quick_idle=True)
    session.controller.open_page("treatment")
    with qtbot.waitSignal(session.controller.reset_done, timeout=5000):
        pass  # the idle countdown runs out
    assert calls == []  # not inside the reset: after it, once the home screen is back
    qtbot.waitUntil(lambda: len(calls) == 1, timeout=2000)
    assert session.controller.is_at_start()


def test_after_an_idle_reset_qts_drawn_pixmaps_go_and_home_looks_the_same(qtbot, tmp_path) -> None:
    # Qt's pixmap cache fills to its limit over a day and then holds it: the last visit's icons and backgrounds
    # are dropped at each reset. Home must be drawn exactly as before, its icons redrawn.
    session = kiosk_session(qtbot, tmp_path, quick_idle=True)
    qtbot.wait(200)  # the window has just gone full screen: Home's cards settle to the new width
    settle()
    home_before = session.window.grab().toImage()
    marker = QPixmap(64, 64)
    marker.fill(QColor("red"))
    assert QPixmapCache.insert("the last visit's icon", marker)
    session.controller.open_page("treatment")
    with qtbot.waitSignal(session.controller.reset_done, timeout=5000):
        pass  # the idle countdown runs out
    qtbot.waitUntil(lambda: QPixmapCache.find("the last visit's icon") is None, timeout=2000)
    settle()
    assert session.controller.is_at_start()
    assert session.window.grab().toImage() == home_before


def test_after_an_idle_reset_the_search_has_forgotten_the_words_typed(qtbot, tmp_path) -> None:
    from kiosk.search import analysis

    session = kiosk_session(qtbot, tmp_path, quick_idle=True)
    assert session.search.wait(timeout=120), session.search.error
    session.controller.open_search()
    with qtbot.waitSignal(session.search.answered, timeout=10000):
        session.window.search.set_query("zzqx bone painn")
    assert analysis.fold.cache_info().currsize > 0
    with qtbot.waitSignal(session.controller.reset_done, timeout=5000):
        pass  # the idle countdown runs out
    qtbot.waitUntil(lambda: analysis.fold.cache_info().currsize == 0, timeout=2000)
    assert not session.search._index._backend.field_terms._pages
