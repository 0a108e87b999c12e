"""Every screen with cards (Home, a guide's Home, a page's sub-pages and related pages, search's topics and results)
shows each card whole at every screen size and text size, in a session built in full before it was shown."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from kiosk import resources
from kiosk.content.library import combine
from kiosk.content.sources import load_store
from kiosk.ui.session import Session, build_session
from kiosk.ui.snapshot import settle
from tests.conftest import seed_index
from tests.ui.cards import cut_cards
from tests.ui.conftest import CLINIC

SIZES = [(1920, 1080), (1024, 768), (1080, 1920), (1366, 768)]


@pytest.fixture(scope="module")
def library(qapp, tmp_path_factory) -> Session:
    """Two guides, built in full at one size and shown at another, as a kiosk on a smaller screen is."""
    store = combine([load_store(resources.content_dir()), load_store(resources.more_guides_dir() / "clinic-visit")])
    index = seed_index(tmp_path_factory.mktemp("index"), "shipped-and-clinic-visit", lambda: store)
    session = build_session(qapp, store, CLINIC, mode=CLINIC.mode, cache_dir=index,
                            removable_folders=lambda: [])
    session.window.resize(1920, 1080)
    session.window.show()
    session.window.resize(1280, 800)
    settle()
    assert session.search.wait(timeout=120), session.search.error
    session.idle.shutdown()  # minutes on a busy PC: "Are you still there?" must not come up over the screens
    yield session
    session.shutdown()
    session.window.close()
    session.themes.set_normal()


def _screens(session: Session) -> dict[str, object]:
    c, store = session.controller, session.store
    with_children = next(t.id for t in store.topics() if store.children(t.id))
    with_related = next(p.id for p in store.pages.values() if store.related(p.id) and not store.children(p.id))

    def results() -> None:
        c.open_search()
        session.window.search.set_query("bone pain")
        c.finish_search()

    return {"home": c.go_home, "guide home": lambda: c.open_page("clinic-visit"),
            "sub-pages": lambda: c.open_page(with_children), "related pages": lambda: c.open_page(with_related),
            "search topics": c.open_search, "search results": results}


@pytest.mark.parametrize("large", [False, True], ids=["normal", "large"])
def test_every_card_is_whole_on_every_screen_at_every_size(library, large) -> None:
    window = library.window
    library.themes.set_large(large)
    try:
        for size in SIZES:
            window.resize(*size)
            for name, show in _screens(library).items():
                library.controller.reset(keep_text_size=True)
                show()
                settle()
                screen = window.current_screen()
                assert [g for g in screen.findChildren(type(window.home.topics)) if g.isVisible() and g.cards()], name
                assert cut_cards(screen) == [], f"{name} at {size[0]}x{size[1]}"
    finally:
        library.themes.set_normal()


def test_cards_stay_whole_through_a_text_size_switch_on_a_narrow_screen(library) -> None:
    """Large print doubles a card's height and halves the columns that fit: the first frames after the tap too."""
    window = library.window
    window.resize(1024, 768)
    library.controller.open_search()
    settle()
    for large in (True, False):
        library.themes.set_large(large)
        QApplication.sendPostedEvents()
        assert cut_cards(window.current_screen()) == [], "large" if large else "normal"
    library.themes.set_normal()
