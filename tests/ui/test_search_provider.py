"""A search session stopped while its index is still opening (a content update, the app quitting) hears nothing
more from its threads: no screen of a closed session is told that the index opened or what it found."""

from __future__ import annotations

import threading

from kiosk import resources
from kiosk.content.sources import load_store
from kiosk.ui.services.search_provider import SearchProvider


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
