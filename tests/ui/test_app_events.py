"""The one application-wide event filter: each part gets only the kinds of event it watches, newest part first."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout, QWidget

from kiosk.ui.services.app_events import app_events


class Recorder(QObject):
    def __init__(self, take: bool = False) -> None:
        super().__init__()
        self.seen: list[QEvent.Type] = []
        self.take = take

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        self.seen.append(event.type())
        return self.take


def test_a_part_sees_only_the_kinds_it_watches_and_a_restyle_costs_it_nothing(qtbot) -> None:
    window = QWidget()
    layout = QVBoxLayout(window)
    box = QLineEdit()
    layout.addWidget(box)
    for n in range(20):
        layout.addWidget(QPushButton(f"Button {n}"))
    qtbot.addWidget(window)
    window.show()
    keys = Recorder()
    app_events().watch(keys, {QEvent.Type.KeyPress})
    try:
        # Hundreds of style, font and palette events, none of them a key: the part is never called.
        window.setStyleSheet("QPushButton { font-size: 30px; color: navy; }")
        assert keys.seen == []
        QTest.keyClick(box, Qt.Key.Key_A)
        assert keys.seen == [QEvent.Type.KeyPress] and box.text() == "a"
    finally:
        app_events().unwatch(keys)
    QTest.keyClick(box, Qt.Key.Key_B)
    assert keys.seen == [QEvent.Type.KeyPress]  # unwatched: no longer called


def test_the_newest_part_is_asked_first_and_can_take_the_event(qtbot) -> None:
    box = QLineEdit()
    qtbot.addWidget(box)
    box.show()
    older, newer = Recorder(), Recorder(take=True)
    app_events().watch(older, {QEvent.Type.KeyPress})
    app_events().watch(newer, {QEvent.Type.KeyPress})
    try:
        QTest.keyClick(box, Qt.Key.Key_A)
        assert newer.seen == [QEvent.Type.KeyPress] and older.seen == []  # taken, as Qt's own filters do
        assert box.text() == ""
    finally:
        app_events().unwatch(newer)
        app_events().unwatch(older)


def test_a_deleted_part_is_forgotten(qtbot) -> None:
    box = QLineEdit()
    qtbot.addWidget(box)
    box.show()
    gone = Recorder()
    app_events().watch(gone, {QEvent.Type.KeyPress})
    gone.deleteLater()
    QTest.qWait(10)
    assert not app_events().watching(gone)
    QTest.keyClick(box, Qt.Key.Key_A)  # no call into a deleted object
    assert box.text() == "a"


def test_a_kiosk_session_watches_through_the_one_filter_and_stops_at_shutdown(qtbot, tmp_path) -> None:
    from tests.ui.test_kiosk import kiosk_session

    session = kiosk_session(qtbot, tmp_path)
    parts = (session.idle, session.lock, session.keyboard_policy, session.scroll_keys)
    assert all(app_events().watching(part) for part in parts)
    session.shutdown()
    assert not any(app_events().watching(part) for part in parts)


def test_paused_takes_the_filter_off_the_app_and_puts_it_back_with_what_was_watched_meanwhile(qtbot) -> None:
    box = QLineEdit()
    qtbot.addWidget(box)
    box.show()
    events = app_events()
    keys, later = Recorder(), Recorder()
    events.watch(keys, {QEvent.Type.KeyPress})
    try:
        with events.paused():
            QTest.keyClick(box, Qt.Key.Key_A)  # (in the app nothing can arrive here: no event loop runs)
            events.watch(later, {QEvent.Type.KeyPress})
            with events.paused():
                pass
            QTest.keyClick(box, Qt.Key.Key_B)
        assert keys.seen == [] and later.seen == []
        QTest.keyClick(box, Qt.Key.Key_C)
        assert keys.seen == [QEvent.Type.KeyPress] and later.seen == [QEvent.Type.KeyPress]
        assert box.text() == "abc"
    finally:
        events.unwatch(keys)
        events.unwatch(later)
