"""A search session stopped while its index is still opening (a content update, the app quitting) hears nothing
more from its threads: no screen of a closed session is told that the index opened or what it found."""

from __future__ import annotations

import multiprocessing
import shutil
import threading
from pathlib import Path

import pytest

from kiosk import resources
from kiosk.content.sources import load_store
from kiosk.search import build_process
from kiosk.ui.services.search_provider import SearchProvider
from tests.core.platforms import held_under, hold_searches
from tests.ui.conftest import make_session, seed_shipped_index


def provider_and_news(qapp) -> tuple[SearchProvider, list[str]]:
    store = load_store(resources.content_dir())
    provider = SearchProvider(store, resources.prebuilt_index_dir())
    news: list[str] = []
    provider.ready.connect(lambda: news.append("ready"))
    provider.failed.connect(lambda reason: news.append(f"failed: {reason}"))
    provider.answered.connect(lambda number, text, results: news.append(f"answered {number}"))
    return provider, news


def test_news_sent_before_the_stop_but_arriving_after_it_is_dropped(qapp) -> None:
    provider, news = provider_and_news(qapp)
    sender = threading.Thread(target=provider._post, args=("ready",))
    sender.start()
    sender.join()  # the news is on its way to the GUI thread...
    provider.stop()  # ...and the session stops before the event loop delivers it
    qapp.processEvents()
    assert news == []


def test_an_index_that_opens_after_the_stop_is_not_announced(qapp) -> None:
    provider, news = provider_and_news(qapp)
    provider.start()
    provider.stop()
    provider.wait(timeout=60)
    qapp.processEvents()
    assert news == []


def test_a_running_session_still_hears_its_news(qapp) -> None:
    provider, news = provider_and_news(qapp)
    assert provider.wait(timeout=60)
    qapp.processEvents()
    assert news == ["ready"]
    provider.request("bone pain")
    for _ in range(200):
        qapp.processEvents()
        if len(news) == 2:
            break
        threading.Event().wait(0.05)
    assert news == ["ready", "answered 1"]
    provider.stop()


# The provider owns its index: a stopped session (shut down, or replaced by a content or language switch) closes it,
# so the index's folder can be removed or replaced (on Windows, never while a file in it is open).

def cached_provider(tmp_path: Path) -> tuple[SearchProvider, Path]:
    folder = seed_shipped_index(resources.content_dir(), tmp_path / "index")
    return SearchProvider(load_store(resources.content_dir()), None, folder), folder


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc to see open files")
def test_a_session_shut_down_lets_go_of_its_index(qtbot, tmp_path: Path) -> None:
    session = make_session(qtbot, resources.content_dir(), cache_dir=tmp_path / "index")
    assert session.search.wait(timeout=120), session.search.error
    with qtbot.waitSignal(session.search.answered):
        session.search.request("bone pain")
    assert held_under(tmp_path / "index")  # the open index holds its files...
    session.shutdown()
    qtbot.waitUntil(lambda: not session.search.holds_index)  # the worker may be finishing its answer
    assert held_under(tmp_path / "index") == []  # ...and lets go of them when the session stops
    shutil.rmtree(tmp_path / "index")


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc to see open files")
def test_a_search_under_way_at_the_stop_finishes_then_the_index_closes(
        qapp, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    provider, folder = cached_provider(tmp_path)
    assert provider.wait(timeout=120), provider.error
    searching, go_on = hold_searches(monkeypatch)
    provider.request("bone pain")
    assert searching.wait(60)
    provider.stop()
    assert provider.holds_index and held_under(folder)  # not closed under the worker's feet
    go_on.set()
    qtbot.waitUntil(lambda: not provider.holds_index)
    assert held_under(folder) == []


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc to see open files")
def test_an_index_opened_or_rebuilt_after_the_stop_is_closed(qapp, tmp_path: Path) -> None:
    provider, _ = cached_provider(tmp_path)
    provider.start()
    provider.stop()  # while it opens (or, on a fast PC, just after)
    provider.wait(timeout=120)
    assert not provider.is_ready and not provider.holds_index
    provider._rebuild()  # as the staff panel's rebuild thread, finishing after the stop
    qapp.processEvents()
    assert held_under(tmp_path) == []


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc to see open files")
def test_a_rebuild_swaps_the_index_and_the_old_one_lets_go(qtbot, tmp_path: Path) -> None:
    provider, folder = cached_provider(tmp_path)
    assert provider.wait(timeout=120), provider.error
    assert held_under(folder)
    with qtbot.waitSignal(provider.rebuilt) as rebuilt:
        provider.rebuild()
    assert rebuilt.args == [""]
    assert held_under(folder) == []  # the old index is closed; the new one was built beside it
    assert held_under(tmp_path) and provider.search("bone pain").hits
    provider.stop()
    assert held_under(tmp_path) == []


def test_a_session_stopped_during_a_first_start_gives_up_its_index_build(
        qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(build_process, "PROCESS_FROM_PAGES", 1)  # the shipped guide stands in for 5,000 pages
    reached, go_on, outcome = threading.Event(), threading.Event(), []
    build_elsewhere = build_process.build_in_process

    def held_build(store, folder: Path, cancelled: threading.Event | None = None) -> None:
        reached.set()
        assert go_on.wait(60)
        try:
            build_elsewhere(store, folder, cancelled)
        except BaseException as error:
            outcome.append(type(error).__name__)
            raise
        outcome.append("built")

    monkeypatch.setattr(build_process, "build_in_process", held_build)
    provider, news = provider_and_news(qapp)
    provider._prebuilt_dir, provider._cache_dir = None, tmp_path / "index"  # no index anywhere: a first start
    provider.start()
    assert reached.wait(60)
    provider.stop()  # the session ends (a switch, the app quitting) while its index is being built
    go_on.set()
    assert not provider.wait(timeout=120)
    qapp.processEvents()
    assert outcome == ["BuildCancelled"] and news == [] and not provider.holds_index
    assert multiprocessing.active_children() == []
