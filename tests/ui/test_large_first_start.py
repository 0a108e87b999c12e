"""A first start with no index yet: the kiosk paints and answers while the index is built in a process of its own,
search says it is getting ready (never "not covered"), and once ready it gives the complete answer."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from kiosk import resources
from kiosk.content.sources import load_store
from kiosk.search import build_process
from kiosk.search.engine import SearchIndex
from kiosk.settings import Settings
from kiosk.ui.controller import RESULTS_SHOWN
from kiosk.ui.session import build_session
from tests.ui.conftest import _open_sessions


def test_the_window_paints_and_answers_before_the_index_build_finishes(qtbot, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(build_process, "PROCESS_FROM_PAGES", 1)  # the shipped guide stands in for 5,000 pages
    go, builds = threading.Event(), []
    build_elsewhere = build_process.build_in_process

    def held_build(store, folder: Path, cancelled: threading.Event | None = None) -> None:
        builds.append(threading.current_thread().name)
        assert go.wait(120), "the test never let the build go on"
        build_elsewhere(store, folder, cancelled)

    monkeypatch.setattr(build_process, "build_in_process", held_build)
    store = load_store(resources.content_dir())
    session = build_session(QApplication.instance(), store, Settings(), cache_dir=tmp_path / "index", defer=True)
    _open_sessions.append(session)
    events: list[str] = []
    session.window.first_painted.connect(lambda: events.append("painted"))
    session.search.ready.connect(lambda: events.append("ready"))
    session.search.failed.connect(lambda reason: events.append(f"failed: {reason}"))
    session.window.resize(1280, 800)
    session.show()
    try:
        qtbot.waitUntil(lambda: bool(builds), timeout=60_000)  # the build has started, after the first paint
        assert events == ["painted"]
        assert builds == ["open-search-index"]  # waited for on a thread of its own, never on the GUI thread
        # The screen answers while the index is being built: search opens and says it is getting ready.
        session.controller.open_search()
        view = session.window.search
        # A red flag typed while the index is not open yet is not kept waiting: Urgent help is offered now, whole
        # on the screen, and one tap opens it (issue 18: red-flag routing stays independent of timing).
        view.set_query("I have chest pain")
        qtbot.waitUntil(lambda: view.status.isVisible() and view.urgent_button.isVisible(), timeout=10_000)
        assert view.status.text().startswith("Getting search ready")
        qtbot.waitUntil(lambda: view.urgent_button.visibleRegion().boundingRect() == view.urgent_button.rect(),
                        timeout=10_000)
        middle = view.urgent_button.mapTo(session.window, view.urgent_button.rect().center())
        assert session.window.childAt(middle) in (view.urgent_button, *view.urgent_button.findChildren(QWidget))
        qtbot.mouseClick(view.urgent_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: session.window.current_screen() is session.window.page, timeout=10_000)
        assert session.window.page.page.id == session.store.guide.urgent_page
        # Words that name no sign offer no Urgent help, only the wait.
        session.controller.open_search()
        view.set_query("chemotherapy")
        qtbot.waitUntil(lambda: view.status.isVisible() and not view.urgent_button.isVisible(), timeout=10_000)
        assert view.status.text().startswith("Getting search ready")
        assert not view.not_covered.isVisible() and view.result_cards() == []
        # The index is finished: what was typed is searched, and the answer is the complete one.
        with qtbot.waitSignal(session.controller.searched, timeout=300_000):
            go.set()
        assert events == ["painted", "ready"]
        assert session.search.location == "cache"
        complete = SearchIndex.open(store, cache_dir=tmp_path / "elsewhere")
        try:
            expected = [f"result-{hit.id}" for hit in complete.search("chemotherapy", RESULTS_SHOWN + 1).hits]
        finally:
            complete.close()
        shown = [card.objectName() for card in view.result_cards()]
        assert shown and shown == expected[:RESULTS_SHOWN]
        assert not view.not_covered.isVisible()
    finally:
        go.set()



def test_a_red_flag_is_offered_urgent_help_when_search_cannot_work(qtbot, tmp_path: Path, monkeypatch) -> None:
    """An index that cannot be opened at all (a damaged disk): search says it is not working, and a sign typed
    still offers Urgent help, since red-flag routing needs no index."""

    def unreadable(*args, **kwargs) -> SearchIndex:
        raise OSError("the disk cannot be read")

    monkeypatch.setattr(SearchIndex, "open", unreadable)
    store = load_store(resources.content_dir())
    session = build_session(QApplication.instance(), store, Settings(), cache_dir=tmp_path / "index", defer=True)
    _open_sessions.append(session)
    with qtbot.waitSignal(session.search.failed, timeout=120_000):
        session.window.resize(1280, 800)
        session.show()
    session.controller.open_search()
    view = session.window.search
    view.set_query("cant breathe")
    qtbot.waitUntil(lambda: view.urgent_button.isVisible(), timeout=10_000)
    assert view.status.text().startswith("Sorry, search is not working")
    qtbot.mouseClick(view.urgent_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.window.current_screen() is session.window.page, timeout=10_000)
    assert session.window.page.page.id == session.store.guide.urgent_page
    session.controller.open_search()
    view.set_query("chemotherapy")
    qtbot.waitUntil(lambda: view.status.isVisible() and not view.urgent_button.isVisible(), timeout=10_000)
