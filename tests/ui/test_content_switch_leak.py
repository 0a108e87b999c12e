"""Six content switches in a running kiosk leave one session, one window and the widget count it started with
(review N12), and nothing of a replaced kiosk or of a stopped one fires later (review N10)."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication

from kiosk.app import StartOptions, _follow_content_packs
from kiosk.content.cache import ContentCache
from kiosk.content.sources import load_store
from kiosk.packs import PackStore
from kiosk.packs.commands import install_pack
from kiosk.ui.services.background import BackgroundWork
from kiosk.ui.session import Session, build_session
from tests.ui.conftest import _open_sessions
from tests.ui.monkey import resident_memory_mb
from tests.ui.test_content_updates import make_pack, pack_settings


def resident_mb() -> float:
    return resident_memory_mb() or 0.0


def live_widgets() -> int:
    """Widgets still alive once Qt's deferred deletes and Python's cyclic garbage are both done."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()
        gc.collect()
    return len(QApplication.allWidgets())


def visible_windows() -> list:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def start_kiosk(qtbot, tmp_path: Path, settings) -> tuple[list[Session], object]:
    """A running kiosk as run() makes it: its only reference is ``running[0]``."""
    store = PackStore(tmp_path / "packs")
    session = build_session(QApplication.instance(), load_store(store.current().content_dir), settings,
                            mode=settings.mode, defer=True)
    session.show()
    qtbot.waitUntil(lambda: session.window.has_painted and session.fully_built, timeout=20000)
    running = [session]
    follower = _follow_content_packs(QApplication.instance(), running, StartOptions(), settings, None,
                                     ContentCache(tmp_path / "content-cache"), BackgroundWork("content-cache"))
    return running, follower


def test_six_content_switches_leave_one_session_and_the_widgets_it_started_with(qtbot, tmp_path: Path,
                                                                                 small_guide) -> None:
    settings = pack_settings(tmp_path)
    store = PackStore(tmp_path / "packs")
    install_pack(make_pack(tmp_path, tmp_path / "a.kpack", "1.0"), settings)
    install_pack(make_pack(tmp_path, tmp_path / "b.kpack", "2.0"), settings)
    # Only what this test makes is counted: earlier tests in the same process (a self-test) may leave their own.
    sessions_before = {id(o) for o in gc.get_objects() if isinstance(o, Session)}
    windows_before = visible_windows()
    running, follower = start_kiosk(qtbot, tmp_path, settings)
    assert running[0].search.wait(timeout=60)
    widgets_before, memory_before = live_widgets(), resident_mb()
    replaced: list[weakref.ref] = []
    try:
        for _ in range(6):
            old = running[0]
            replaced.append(weakref.ref(old))
            store.rollback()  # v1 and v2 in turn, as IT going back and forth would
            old.controller.reset()
            qtbot.waitUntil(lambda old=old: running[0] is not old, timeout=20000)
            del old
            qtbot.waitUntil(lambda: running[0].fully_built, timeout=20000)
            assert running[0].search.wait(timeout=60)
        widgets_after = live_widgets()
        assert [ref() for ref in replaced] == [None] * 6  # every replaced kiosk is gone, not just hidden
        assert [o for o in gc.get_objects() if isinstance(o, Session) and id(o) not in sessions_before] == [running[0]]
        assert [w for w in visible_windows() if w not in windows_before] == [running[0].window]
        assert widgets_after <= widgets_before, (widgets_before, widgets_after)
        # Each leaked kiosk held about 15 MB; the allocator keeps some freed pages, so allow a little.
        assert resident_mb() - memory_before < 20, (memory_before, resident_mb())
    finally:
        follower.stop()
        _open_sessions.append(running[0])


def test_a_stopped_follower_leaves_no_timer_to_fire_into_a_closed_kiosk(qtbot, tmp_path: Path, small_guide) -> None:
    settings = pack_settings(tmp_path)
    install_pack(make_pack(tmp_path, tmp_path / "a.kpack", "1.0"), settings)
    running, follower = start_kiosk(qtbot, tmp_path, settings)
    timer = follower.idle_check
    checks: list[bool] = []
    follower.updates.pickup_checked.connect(lambda _message: checks.append(True))
    timer.setInterval(1)
    follower.stop()  # as run() does as it ends
    running[0].retire()  # and a later run() in the same process (the tests) builds its own kiosk
    live_widgets()
    assert not shiboken6.isValid(timer)
    with qtbot.waitSignal(_later(50), timeout=5000):
        pass
    assert checks == []


def _later(ms: int):
    timer = QTimer(QApplication.instance())
    timer.setSingleShot(True)
    timer.start(ms)
    timer.timeout.connect(timer.deleteLater)
    return timer.timeout
