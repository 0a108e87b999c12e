"""Tap to explain a medical word, the take-home QR code, and an accessible name on every button."""

from __future__ import annotations

import pytest
import segno
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton

from kiosk import resources
from kiosk.content.take_home import MAX_QR_VERSION, take_home_text
from kiosk.ui.snapshot import settle
from tests.ui.conftest import make_session
from tests.ui.fake_speech import fake_voice
from tests.ui.test_screens import link_point


@pytest.fixture
def kiosk(qtbot, tmp_path):
    session = make_session(qtbot, resources.content_dir(), cache_dir=tmp_path / "index")
    session.read_aloud.attach(fake_voice())
    return session


@pytest.mark.parametrize("large,high_contrast", [(False, False), (True, True)], ids=["normal", "large-contrast"])
def test_tapping_a_marked_word_shows_its_explanation_and_one_tap_closes_it(qtbot, kiosk, large, high_contrast):
    kiosk.themes.set_large(large)
    kiosk.themes.set_high_contrast(high_contrast)
    kiosk.controller.open_page("bone-scan")
    settle()
    page = kiosk.window.page
    marked = dict((glossary, written) for written, glossary in page.marked_words())
    assert "Tracer" in marked and "Bone scan" not in marked  # the page's own subject is not marked
    qtbot.mouseClick(page.text.viewport(), Qt.MouseButton.LeftButton, pos=link_point(page.text, "glossary:Tracer"))
    settle()
    panel = kiosk.window.word_panel
    assert panel.isVisible()
    assert panel.word.text() == "Tracer"
    assert panel.explanation.text().startswith(page.glossary().explain("tracer").explanation[:20])
    assert panel.explanation.font().pixelSize() >= kiosk.themes.theme.px("body")  # at least the page's own size
    qtbot.mouseClick(panel.explanation, Qt.MouseButton.LeftButton)  # a tap on the panel itself closes it
    assert not panel.isVisible()
    assert kiosk.window.page.page.id == "bone-scan"


def test_urgent_help_is_one_tap_away_over_a_word_explanation(qtbot, kiosk):
    kiosk.controller.open_page("bone-scan")
    kiosk.controller.explain_word("Tracer")
    settle()
    urgent = kiosk.window.nav_bar.urgent
    assert not kiosk.window.word_panel.geometry().intersects(urgent.geometry())
    qtbot.mouseClick(urgent, Qt.MouseButton.LeftButton)
    settle()
    assert not kiosk.window.word_panel.isVisible()
    assert kiosk.window.page.page.id == kiosk.store.guide.urgent_page


def test_words_explained_itself_has_no_marked_words(kiosk):
    kiosk.controller.open_page(kiosk.store.guide.glossary_page)
    assert kiosk.window.page.marked_words() == []


def test_take_home_shows_one_qr_code_with_the_page_summary_and_trusted_address(qtbot, kiosk):
    kiosk.controller.open_page("biopsy")
    settle()
    qtbot.mouseClick(kiosk.window.page.listen_bar.take_home, Qt.MouseButton.LeftButton)
    settle()
    panel = kiosk.window.take_home
    page = kiosk.store.get("biopsy")
    assert panel.isVisible() and not panel.qr.pixmap().isNull()
    assert page.summary in panel.text and "https://breastcancernow.org" in panel.text
    assert panel.address.text().replace("\u200b", "") == "breastcancernow.org"
    assert panel.qr.pixmap().width() >= 200  # a phone can scan it from arm's length


def test_take_home_on_a_short_screen_encodes_its_code_once_and_paints_every_module(qtbot, kiosk, monkeypatch):
    """The code is encoded (the slow part, 10-20 ms) once, on a worker thread as the page opens. The panel then
    tries several widths and arrangements to fit a 1024x768 screen in large print, drawing the code at each
    size, and what is painted is exactly segno's code: every module's centre pixel dark where the code is dark."""
    import threading

    from kiosk import qrcodes

    encoded: list[str] = []
    threads: list[int] = []
    encode = qrcodes._encode
    monkeypatch.setattr(qrcodes, "_encode",
                        lambda text: encoded.append(text) or threads.append(threading.get_ident()) or encode(text))
    kiosk.window.resize(1024, 768)
    kiosk.themes.set_large(True)
    page = kiosk.store.get("what-is-secondary-breast-cancer")
    qrcodes._cache.pop(take_home_text(page, kiosk.store.guide), None)  # as if this page's code was never made
    kiosk.controller.open_page(page.id)
    settle()
    assert kiosk.controller._ahead.wait()
    qtbot.mouseClick(kiosk.window.page.listen_bar.take_home, Qt.MouseButton.LeftButton)
    settle()
    panel = kiosk.window.take_home
    assert panel.isVisible() and encoded == [panel.text]
    assert threading.get_ident() not in threads  # made while the page opened, not when Take home was tapped
    code = segno.make(panel.text, error="m", micro=False)
    modules = [list(row) for row in code.matrix_iter(scale=1, border=qrcodes.BORDER)]
    image = panel.qr.grab().toImage()
    scale = image.width() / len(modules)
    assert scale == int(scale) and image.width() == image.height() >= panel.smallest
    painted = [[int(image.pixelColor(int((c + 0.5) * scale), int((r + 0.5) * scale)).lightness() < 128)
                for c in range(len(modules))] for r in range(len(modules))]
    assert painted == modules


def test_every_shipped_page_fits_a_qr_code_a_phone_can_scan() -> None:
    from kiosk.content.sources import load_store

    store = load_store(resources.content_dir())
    for page in store:
        assert segno.make(take_home_text(page, store.guide), error="m", micro=False).version <= MAX_QR_VERSION, page.id


def test_every_button_on_every_screen_and_panel_has_an_accessible_name(kiosk):
    c = kiosk.controller
    screens = {
        "home": lambda: None,
        "page": lambda: c.open_page("biopsy"),
        "reading": lambda: (c.open_page("biopsy"), kiosk.window.page.listen_bar.listen.click()),
        "word": lambda: (c.open_page("bone-scan"), c.explain_word("Tracer")),
        "take home": lambda: (c.open_page("biopsy"), c.take_home()),
        "search": c.open_search,
        "website": lambda: c.show_address("https://www.macmillan.org.uk"),
        "pin pad": kiosk.pin_pad.open,
    }
    unnamed = []
    for name, show in screens.items():
        c.reset(keep_text_size=True)
        show()
        settle()
        for button in kiosk.window.findChildren(QAbstractButton):
            if button.isVisibleTo(kiosk.window) and not (button.accessibleName() or button.text()).strip():
                unnamed.append(f"{name}: {button.objectName() or type(button).__name__} {button.toolTip()!r}")
    assert unnamed == []
    bar = kiosk.window.page.listen_bar
    assert all(b.accessibleDescription() for b in (bar.listen, bar.pause, bar.resume, bar.stop, bar.take_home))


def test_the_keyboard_reaches_listen_and_take_home_after_the_bar_and_enter_explains_a_word(qtbot, kiosk):
    kiosk.controller.open_page("bone-scan")
    settle()
    window, bar = kiosk.window, kiosk.window.page.listen_bar
    order = window.focus_order()
    bar_buttons = [b for b in window.nav_bar.tab_order() if b in order]
    assert order[len(bar_buttons):len(bar_buttons) + 2] == [bar.listen, bar.take_home]
    assert order.index(bar.take_home) < order.index(window.page.text)  # then the page's links and words
    window.page.text.setFocus(Qt.FocusReason.TabFocusReason)  # lands on the first link or marked word
    while not window.page.text.textCursor().selectedText() or "Tracer" not in window.page.text.textCursor(
    ).charFormat().anchorHref():
        assert window.page.text.focusNextPrevChild(True)
    qtbot.keyClick(window.page.text, Qt.Key.Key_Return)
    assert window.word_panel.isVisible() and window.word_panel.word.text() == "Tracer"
    qtbot.keyClick(window.word_panel.done, Qt.Key.Key_Space)
    assert not window.word_panel.isVisible()


def test_a_kiosk_offers_print_only_when_the_settings_allow_it(qtbot, tmp_path):
    from dataclasses import replace

    from kiosk.settings import StartMode
    from tests.ui.conftest import CLINIC

    for allowed in (False, True):
        settings = replace(CLINIC, mode=StartMode.KIOSK, kiosk_printing=allowed)
        session = make_session(qtbot, resources.content_dir(), settings, cache_dir=tmp_path / str(allowed))
        session.controller.open_page("biopsy")
        settle()
        assert session.window.nav_bar.print.isVisible() is allowed


def test_a_word_that_says_see_urgent_help_has_a_button_that_goes_there(qtbot, tmp_path) -> None:
    """Usability test F12: "It needs help now: see Urgent help." comes with the way there."""
    from kiosk import resources
    from kiosk.ui.snapshot import settle
    from tests.ui.conftest import make_session
    from tests.ui.test_urgent_help import tap_at

    session = make_session(qtbot, resources.content_dir(), cache_dir=tmp_path / "index")
    controller, window = session.controller, session.window
    controller.open_page("spread-to-bone")
    controller.explain_word("spinal cord compression")
    settle()
    panel = window.word_panel
    assert panel.isVisible() and "urgent help" in panel.explanation.text().lower()
    button = panel.urgent
    assert button.visibleRegion().boundingRect() == button.rect()  # whole, on screen
    tap_at(window, button.mapToGlobal(button.rect().center()))
    assert not panel.isVisible()
    assert window.current_screen() is window.page and window.page.page.id == session.store.guide.urgent_page
    # A word that does not send anyone there has no such button.
    controller.open_page("spread-to-bone")
    controller.explain_word("biopsy")
    settle()
    assert panel.isVisible() and "urgent help" not in panel.explanation.text().lower() and not button.isVisible()
