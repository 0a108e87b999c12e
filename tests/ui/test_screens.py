"""Each screen on the shipped guide: big enough to touch, readable, and nothing that needs a keyboard or hover."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractButton, QApplication, QScrollArea

from kiosk import resources
from kiosk.ui.snapshot import settle
from tests.ui.conftest import make_session


def visible_buttons(widget) -> list[QAbstractButton]:
    return [b for b in widget.findChildren(QAbstractButton) if b.isVisibleTo(widget)]


def no_sideways_scroll(area: QScrollArea) -> bool:
    return area.horizontalScrollBar().maximum() == 0 and area.widget().width() <= area.viewport().width()


def test_home_shows_title_and_every_topic_as_a_big_button(qtbot, tmp_path) -> None:
    session = make_session(qtbot, resources.content_dir(), cache_dir=tmp_path)
    home = session.window.home
    assert home.title.text() == session.store.guide.title
    topics = session.store.topics()
    assert len(topics) == 11  # Where it has spread joined the home screen (review M8)
    for page in topics + session.store.shortcuts():
        button = home.topic_buttons[page.id]
        assert button.isVisibleTo(session.window)
        assert button.height() >= 48, page.id
        assert button.title_label.text() == page.title
    for button in visible_buttons(session.window):
        assert button.height() >= 48, button.text() or button.objectName()
    assert no_sideways_scroll(home)


def test_tapping_a_topic_opens_its_page_with_sub_pages(qtbot, tmp_path) -> None:
    session = make_session(qtbot, resources.content_dir(), cache_dir=tmp_path)
    window = session.window
    with qtbot.waitSignal(session.controller.page_opened, timeout=2000) as opened:
        qtbot.mouseClick(window.home.topic_buttons["tests-and-diagnosis"], Qt.MouseButton.LeftButton)
    assert opened.args == ["tests-and-diagnosis"]
    assert window.current_screen() is window.page
    assert window.page.title.text() == "Tests and diagnosis"
    assert "scan" in window.page.text.toPlainText().lower()
    child_ids = [c.objectName() for c in window.page.children.cards()]
    assert "card-bone-scan" in child_ids and len(child_ids) == 10
    settle()
    assert no_sideways_scroll(window.page)


def test_page_text_cannot_be_selected_and_links_open_pages(qtbot, tmp_path) -> None:
    session = make_session(qtbot, resources.content_dir(), cache_dir=tmp_path)
    session.controller.open_page("symptoms")
    text = session.window.page.text
    flags = text.textInteractionFlags()
    assert not flags & Qt.TextInteractionFlag.TextSelectableByMouse
    assert text.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu
    with qtbot.waitSignal(session.controller.page_opened, timeout=2000) as opened:
        text.anchorClicked.emit(text.document().baseUrl().resolved("page:urgent-help"))
    assert opened.args == ["urgent-help"]


def link_point(text, prefix: str) -> QPoint:
    """Where on the page text the first link whose address starts with ``prefix`` is drawn."""
    from PySide6.QtGui import QTextCursor

    block = text.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().anchorHref().startswith(prefix):
                cursor = QTextCursor(text.document())
                cursor.setPosition(fragment.position() + fragment.length() // 2)
                return text.cursorRect(cursor).center()
            it += 1
        block = block.next()
    raise AssertionError(f"no link to {prefix}")


class UrlCatcher(QObject):
    """Registered with Qt for http and https: any attempt by Qt itself to open a browser lands here."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url)


def test_tapping_a_website_link_shows_address_and_qr_code_and_opens_nothing(qtbot, tmp_path) -> None:
    catcher = UrlCatcher()
    for scheme in ("http", "https"):
        QDesktopServices.setUrlHandler(scheme, catcher, "open")
    try:
        session = make_session(qtbot, resources.content_dir(), cache_dir=tmp_path)
        session.controller.open_page("help-and-support")
        settle()
        text = session.window.page.text
        qtbot.wait(QApplication.doubleClickInterval() + 50)
        qtbot.mouseClick(text.viewport(), Qt.MouseButton.LeftButton, pos=link_point(text, "https://www.macmillan"))
        dialog = session.window.link_dialog
        qtbot.waitUntil(dialog.isVisible, timeout=2000)
        assert dialog.address.text() == "www.macmillan.org.uk"
        assert not dialog.qr.pixmap().isNull()
        assert catcher.opened == []
        qtbot.mouseClick(dialog.done, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible()
    finally:
        for scheme in ("http", "https"):
            QDesktopServices.unsetUrlHandler(scheme)


def test_tapping_a_page_link_opens_that_page(qtbot, tmp_path) -> None:
    session = make_session(qtbot, resources.content_dir(), cache_dir=tmp_path)
    session.controller.open_page("symptoms")
    settle()
    text = session.window.page.text
    qtbot.wait(QApplication.doubleClickInterval() + 50)
    with qtbot.waitSignal(session.controller.page_opened, timeout=2000) as opened:
        qtbot.mouseClick(text.viewport(), Qt.MouseButton.LeftButton, pos=link_point(text, "page:urgent-help"))
    assert opened.args == ["urgent-help"]


def test_bar_is_always_visible_on_every_screen(qtbot, tmp_path) -> None:
    session = make_session(qtbot, resources.content_dir(), cache_dir=tmp_path)
    controller, bar = session.controller, session.window.nav_bar
    for step in (controller.go_home, lambda: controller.open_page("chemotherapy"), controller.open_search):
        step()
        settle()
        for button in bar.buttons():
            assert button.isVisible()
            assert button.mapTo(session.window, QPoint(0, 0)).y() < 100


def test_large_print_makes_text_at_least_one_and_a_half_times_bigger_and_reflows(qtbot, tmp_path) -> None:
    session = make_session(qtbot, resources.content_dir(), cache_dir=tmp_path, size=(1280, 800))
    window = session.window
    card = window.home.topic_buttons["symptoms"]
    normal_title = card.title_label.fontInfo().pixelSize()
    normal_body = window.home.subtitle.fontInfo().pixelSize()
    qtbot.mouseClick(window.nav_bar.large_print, Qt.MouseButton.LeftButton)
    settle()
    assert session.themes.large
    assert card.title_label.fontInfo().pixelSize() >= 1.5 * normal_title
    assert window.home.subtitle.fontInfo().pixelSize() >= 1.5 * normal_body
    assert window.nav_bar.home.fontInfo().pixelSize() >= 1.5 * 22
    for page_id in ("what-is-secondary-breast-cancer", "urgent-help", "bone-strengthening-drugs"):
        session.controller.open_page(page_id)
        settle()
        assert no_sideways_scroll(window.page), page_id
        assert window.page.text.width() <= window.page.viewport().width()
    qtbot.waitUntil(lambda: not session.themes.switching, timeout=10_000)  # a tap soon after waits for the quiet
    qtbot.mouseClick(window.nav_bar.large_print, Qt.MouseButton.LeftButton)
    settle()
    # Home was hidden during the switch; it takes the new size as it comes back, before it is painted.
    session.controller.go_home()
    assert card.title_label.fontInfo().pixelSize() == normal_title


def test_every_page_opens_at_both_sizes_without_sideways_scroll(qtbot, tmp_path) -> None:
    session = make_session(qtbot, resources.content_dir(), cache_dir=tmp_path)
    for size in ((1920, 1080), (1280, 800)):
        session.window.resize(*size)
        for large in (False, True):
            session.themes.set_large(large)
            for page in session.store:
                session.controller.open_page(page.id)
                settle()
                assert no_sideways_scroll(session.window.page), (page.id, size, large)
    session.themes.set_large(False)


def test_back_and_home_walk_the_history(qtbot, tmp_path) -> None:
    session = make_session(qtbot, resources.content_dir(), cache_dir=tmp_path)
    window, bar = session.window, session.window.nav_bar
    assert not bar.back.isEnabled()
    session.controller.open_page("treatment")
    session.controller.open_page("radiotherapy")
    qtbot.mouseClick(bar.back, Qt.MouseButton.LeftButton)
    assert window.page.page.id == "treatment"
    qtbot.mouseClick(bar.home, Qt.MouseButton.LeftButton)
    assert window.current_screen() is window.home
    qtbot.mouseClick(bar.back, Qt.MouseButton.LeftButton)
    assert window.page.page.id == "treatment"


def test_urgent_help_button_opens_urgent_page_with_clinic_number(qtbot, tmp_path) -> None:
    session = make_session(qtbot, resources.content_dir(), cache_dir=tmp_path)
    qtbot.mouseClick(session.window.nav_bar.urgent, Qt.MouseButton.LeftButton)
    page = session.window.page
    assert page.page.id == "urgent-help"
    assert "0161 496 0999" in page.text.toPlainText()
    assert "999" in page.text.toPlainText()


def test_dragging_a_finger_over_a_page_scrolls_it_and_taps_nothing(qtbot, tmp_path) -> None:
    from PySide6.QtTest import QTest

    session = make_session(qtbot, resources.content_dir(), cache_dir=tmp_path)
    session.controller.open_page("tests-and-diagnosis")
    settle()
    view = session.window.page
    opened: list[str] = []
    session.controller.page_opened.connect(opened.append)
    viewport = view.viewport()
    start = QPoint(viewport.width() // 2, viewport.height() - 60)
    # QTest would take a press soon after an earlier test's click for a double click, which does not scroll.
    qtbot.wait(QApplication.doubleClickInterval() + 50)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    # At a finger's pace: QScroller reads the events' real timing, and a drag replayed faster than any hand moves
    # was recognised only now and then (this test failed about half its runs on a loaded machine).
    qtbot.wait(50)
    for step in range(1, 21):
        QTest.mouseMove(viewport, start - QPoint(0, step * 20), 30)
    # The finger rests a moment before it lifts: the page must then have followed it all the way. (Lifted while
    # still moving, the page's share of the drag depended on how busy the machine was, from 260 px down to under
    # 100, and this test failed about one run in two with the other core busy.)
    qtbot.wait(150)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start - QPoint(0, 400))
    qtbot.waitUntil(lambda: view.scroll_position() >= 390, timeout=3000)
    assert opened == []
    assert view.text.textCursor().selectedText() == ""
