"""A kiosk with two guides: Home shows both, each opens its own menu, one search names the guide, one Urgent help."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel

from kiosk import resources
from kiosk.app import StartOptions, resolve_content_dirs
from kiosk.content.library import combine
from kiosk.content.sources import load_library, load_store
from kiosk.packs import PackStore, generate_keys, load_signing_key, write_pack
from kiosk.packs.commands import install_pack
from kiosk.settings import Settings
from kiosk.ui.session import Session, build_session
from kiosk.ui.snapshot import settle
from tests.conftest import seed_index
from tests.ui.conftest import CLINIC, _open_sessions


def library_session(qtbot, tmp_path: Path) -> Session:
    store = combine([load_store(resources.content_dir()), load_store(resources.more_guides_dir() / "clinic-visit")])
    # The two guides' joint index is built once per run and copied (tests/conftest.py seed_index): each test built
    # its own, over ten seconds of CPU apiece.
    session = build_session(QApplication.instance(), store, CLINIC, mode=CLINIC.mode,
                            cache_dir=seed_index(tmp_path / "index", "shipped-and-clinic-visit", lambda: store),
                            removable_folders=lambda: [])
    qtbot.addWidget(session.window)
    _open_sessions.append(session)
    session.window.resize(1280, 800)
    session.window.show()
    qtbot.waitExposed(session.window)
    settle()
    assert session.search.wait(timeout=120), session.search.error
    return session


def shown_words(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisible() and label.text()]


def test_home_shows_both_guides_as_big_buttons_and_each_opens_its_own_menu(qtbot, tmp_path: Path) -> None:
    session = library_session(qtbot, tmp_path)
    home = session.window.home
    words = shown_words(home)
    assert "Secondary breast cancer" in words and "Your visit to the clinic" in words
    grid_cards = home.topics.findChildren(type(home.topic_buttons["clinic-visit"]))
    assert len([c for c in grid_cards if c.isVisible()]) == 2  # the guides, not every topic of both
    # The buttons are painted, side by side or stacked, each at a finger's size.
    for guide in ("secondary-breast-cancer", "clinic-visit"):
        assert home.topic_buttons[guide].isVisible() and home.topic_buttons[guide].height() >= 56
    qtbot.mouseClick(home.topic_buttons["clinic-visit"], Qt.MouseButton.LeftButton)
    settle()
    front = session.window.guide_home("clinic-visit")
    assert session.window.current_screen() is front
    words = shown_words(front)
    assert "Finding your way" in words and "Help with language" in words
    assert "Bone scan" not in words  # the other guide's topics stay in their own menu


@pytest.mark.parametrize("guide", ["clinic-visit", "secondary-breast-cancer"])
def test_a_guide_in_a_library_opens_to_its_own_big_card_home_with_urgent_help(qtbot, tmp_path: Path,
                                                                             guide: str) -> None:
    """F14: a guide opened from the library was a plain page ("Choose a topic.", Listen, narrow cards, no Urgent
    help card). Now it is that guide's Home, as it shows on its own: its title, its topics as big cards across the
    screen, the red Urgent help card; and Back goes to the library."""
    session = library_session(qtbot, tmp_path)
    window = session.window
    session.window.resize(1024, 768)
    settle()
    qtbot.mouseClick(window.home.topic_buttons[guide], Qt.MouseButton.LeftButton)
    settle()
    front = window.current_screen()
    assert front is window.guide_home(guide) and front is not window.built_part("page")
    title = session.store.guides[guide].title
    assert front.title.isVisible() and front.title.text() == title
    own = load_store(resources.content_dir() if guide != "clinic-visit"
                     else resources.more_guides_dir() / "clinic-visit")
    cards = [front.topic_buttons[f"{guide}/{p.id}"] for p in own.topics()]
    assert cards and all(not c.isHidden() for c in cards)
    # Big cards across the screen, as on a guide's own Home: the first card is a column of the whole width.
    first = cards[0]
    assert first.width() >= front.viewport().width() * 0.4 and first.height() >= 56
    # The red Urgent help card, which a tap opens.
    urgent = front.topic_buttons[session.store.guide.urgent_page]
    front.ensureWidgetVisible(urgent)
    settle()
    image = window.grab().toImage()
    centre = urgent.mapTo(window, QPoint(12, urgent.height() // 2))
    red = image.pixelColor(centre)
    assert red.red() > 150 and red.green() < 60 and red.blue() < 80, red.name()
    assert "Listen" not in shown_words(front) and "Choose a topic." not in shown_words(front)
    assert not window.nav_bar.print.isVisible()
    qtbot.mouseClick(urgent, Qt.MouseButton.LeftButton)
    assert window.page.page.id == session.store.guide.urgent_page
    qtbot.mouseClick(window.nav_bar.back, Qt.MouseButton.LeftButton)
    assert window.current_screen() is front
    qtbot.mouseClick(window.nav_bar.back, Qt.MouseButton.LeftButton)
    assert window.current_screen() is window.home


def test_one_search_finds_pages_in_both_guides_and_names_the_guide(qtbot, tmp_path: Path) -> None:
    session = library_session(qtbot, tmp_path)
    controller = session.controller
    for query, page_id, guide in (("interpreter", "clinic-visit/interpreters", "Your visit to the clinic"),
                                  ("chemotherapy", "secondary-breast-cancer/chemotherapy", "Secondary breast cancer")):
        controller.open_search()
        with qtbot.waitSignal(controller.searched, timeout=10_000):
            session.window.search.set_query(query)
        settle()
        cards = session.window.search.result_cards()
        card = next(c for c in cards if c.objectName() == f"result-{page_id}")
        assert card.isVisible()
        assert f"In: {guide}" in " ".join(label.text() for label in card.findChildren(QLabel))
        qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
        settle()
        assert session.window.page.page.id == page_id


def test_urgent_help_is_the_same_page_from_either_guide(qtbot, tmp_path: Path) -> None:
    session = library_session(qtbot, tmp_path)
    controller = session.controller
    opened = []
    for start in ("clinic-visit/interpreters", "secondary-breast-cancer/chemotherapy"):
        controller.open_page(start)
        qtbot.mouseClick(session.window.nav_bar.urgent, Qt.MouseButton.LeftButton)
        settle()
        opened.append(session.window.page.page.id)
    assert opened == ["secondary-breast-cancer/urgent-help"] * 2
    # The clinic's numbers from the settings, as with one guide.
    assert any(CLINIC.acute_oncology_line in text for text in shown_words(session.window.page))


def test_the_staff_panel_names_every_installed_guide(qtbot, tmp_path: Path, small_guide: Path) -> None:
    generate_keys(tmp_path / "k.key", tmp_path / "k.pub")
    settings = Settings(pack_public_key=str(tmp_path / "k.pub"), packs_dir=str(tmp_path / "packs"))
    visit = resources.more_guides_dir() / "clinic-visit"
    for guide_id, folder in (("small-guide", small_guide), ("clinic-visit", visit)):
        write_pack(folder, load_signing_key(tmp_path / "k.key"), tmp_path / f"{guide_id}.kpack", guide_id=guide_id,
                   version="7")
        install_pack(tmp_path / f"{guide_id}.kpack", settings)
    store, _ = load_library(resolve_content_dirs(StartOptions(), settings))
    session = build_session(QApplication.instance(), store, CLINIC, mode=CLINIC.mode, cache_dir=tmp_path / "index",
                            packs=PackStore(tmp_path / "packs"), removable_folders=lambda: [])
    qtbot.addWidget(session.window)
    _open_sessions.append(session)
    session.window.show()
    session.staff_controller().open()
    settle()
    text = session.staff_panel.details_text().replace("<b>", "").replace("</b>", "")
    assert "small-guide 7" in text and "clinic-visit 7" in text and "2 installed content packs" in text


def test_each_guides_words_explained_has_its_a_to_z_row(qtbot, tmp_path: Path) -> None:
    session = library_session(qtbot, tmp_path)
    bar = session.window.page.letter_bar
    session.controller.open_page("clinic-visit/words-explained")
    settle()
    assert bar.isVisible() and list(bar.buttons) == ["C", "I", "K", "R"]  # its own four words
    session.controller.open_page("secondary-breast-cancer/words-explained")
    settle()
    assert bar.isVisible() and len(bar.buttons) > 10
    session.controller.open_page("clinic-visit/interpreters")
    settle()
    assert not bar.isVisible()


def test_a_printout_names_the_guide_the_page_is_in(qtbot, tmp_path: Path) -> None:
    session = library_session(qtbot, tmp_path)
    session.controller.open_page("clinic-visit/interpreters")
    settle()
    document = session.controller.printable_page()
    assert "Your visit to the clinic (Riverside Breast Clinic)" in document
    assert "Patient information" not in document


def test_kiosk_snapshot_shows_home_with_the_clinic_visit_guide_installed(qtbot, tmp_path: Path) -> None:
    import io

    from PySide6.QtGui import QImage

    from kiosk.ui.snapshot import _render_library

    out = io.StringIO()
    written = _render_library(QApplication.instance(), load_store(resources.content_dir()), CLINIC,
                              tmp_path / "shots", [(1024, 768)], out)
    names = {path.name for path in written}
    assert {"1024x768-normal-library-home.png", "1024x768-large-contrast-library-guide-clinic-visit.png",
            "1024x768-normal-library-search.png"} <= names
    home = QImage(str(tmp_path / "shots" / "1024x768-normal-library-home.png"))
    guide = QImage(str(tmp_path / "shots" / "1024x768-normal-library-guide-clinic-visit.png"))
    assert home.size().width() == 1024 and home != guide  # two different screens were painted


def test_nothing_found_says_these_guides_do_not_cover_it(qtbot, tmp_path: Path) -> None:
    session = library_session(qtbot, tmp_path)
    session.controller.open_search()
    with qtbot.waitSignal(session.controller.searched, timeout=10_000):
        session.window.search.set_query("volcano")
    settle()
    view = session.window.search
    assert view.result_cards() == []
    assert view.not_covered.isVisible()
    assert view.not_covered.text().startswith("These guides do not cover that.")
