"""What a person does on the screens reaches the usage counts: page views, finished searches, large print, answers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt

from kiosk import resources
from kiosk.ui.snapshot import settle
from kiosk.usage import UsageCounter, read_rows
from tests.ui.conftest import make_session

DAY = dt.date(2026, 12, 2)


def counted(session, db: Path) -> dict[tuple[str, str], int]:
    assert session.usage is not None
    session.usage.counter.flush()
    return {(kind, item): total for _, kind, item, total in read_rows(db)}


def counting_session(qtbot, tmp_path: Path, *, enabled: bool = True):
    db = tmp_path / "usage.sqlite3"
    usage = UsageCounter(db, enabled=enabled, today=lambda: DAY)
    session = make_session(qtbot, resources.content_dir(), cache_dir=tmp_path / "index", usage=usage)
    assert session.search.wait(timeout=120), session.search.error
    return session, db


def test_page_views_and_finished_searches_are_counted(qtbot, tmp_path: Path) -> None:
    session, db = counting_session(qtbot, tmp_path)
    window, controller = session.window, session.controller
    qtbot.mouseClick(window.home.topic_buttons["tests-and-diagnosis"], Qt.MouseButton.LeftButton)
    controller.open_search()
    for typed in ("b", "bo", "bone", "bone pain"):  # a search as it is typed is one search, not four
        window.search.set_query(typed)
        controller.finish_search()
        controller.finish_search()  # searches run on a worker thread
    qtbot.mouseClick(window.search.result_cards()[0], Qt.MouseButton.LeftButton)
    opened = window.page.page.id
    controller.open_search()
    window.search.set_query("glitterfrog")
    controller.finish_search()
    controller.go_home()
    controller.open_search()
    window.search.set_query("07700 900123")
    controller.finish_search()
    controller.reset()
    counts = counted(session, db)
    assert counts[("page_view", "tests-and-diagnosis")] == 1
    assert counts[("page_view", opened)] == 1
    assert counts[("search", "")] == 3
    assert counts[("search_nothing_found", "")] == 2  # counted; "glitterfrog" is no health word, never kept
    assert not any("07700" in item or "glitterfrog" in item for _, item in counts)


def test_large_print_is_counted_when_it_is_turned_on(qtbot, tmp_path: Path) -> None:
    session, db = counting_session(qtbot, tmp_path)
    bar = session.window.nav_bar
    for _ in range(3):  # on, off, on, each once the last switch has settled (quick taps coalesce into one)
        qtbot.mouseClick(bar.large_print, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not session.themes.switching, timeout=10_000)
    session.controller.reset()  # turning it off again at the reset is not a use
    assert counted(session, db)[("large_print", "")] == 2


def test_was_this_page_helpful_takes_one_answer_per_page_view(qtbot, tmp_path: Path) -> None:
    session, db = counting_session(qtbot, tmp_path)
    window, controller = session.window, session.controller
    controller.open_page("bone-scan")
    row = window.page.helpful
    window.page.ensureWidgetVisible(row.yes)
    settle()
    assert row.question.text() == "Was this page helpful?"
    assert row.yes.isVisibleTo(window) and row.no.isVisibleTo(window)
    assert min(row.yes.height(), row.no.height(), row.yes.width()) >= 48
    qtbot.mouseClick(row.yes, Qt.MouseButton.LeftButton)
    assert not row.yes.isVisibleTo(window) and not row.no.isVisibleTo(window)
    assert row.thanks.isVisibleTo(window) and row.thanks.text().startswith("Thank you")
    row.yes.click()  # hidden buttons cannot count twice
    controller.open_page("chemotherapy")
    assert row.no.isVisibleTo(window) and not row.thanks.isVisibleTo(window)
    window.page.ensureWidgetVisible(row.no)
    settle()
    qtbot.mouseClick(row.no, Qt.MouseButton.LeftButton)
    counts = counted(session, db)
    assert counts[("helpful_yes", "bone-scan")] == 1
    assert counts[("helpful_no", "chemotherapy")] == 1
    assert ("helpful_yes", "chemotherapy") not in counts


def test_with_counting_off_nothing_is_written_and_nobody_is_asked(qtbot, tmp_path: Path) -> None:
    session, db = counting_session(qtbot, tmp_path, enabled=False)
    session.controller.open_page("bone-scan")
    session.controller.open_search()
    session.window.search.set_query("bone pain")
    session.controller.reset()
    assert session.usage is None
    assert not session.window.page.helpful.isVisibleTo(session.window)
    assert not db.exists()
