"""The language button: choosing Polish or Urdu rebuilds the kiosk in it (Urdu mirrored), the "Show this to staff"
card, and the idle reset back to the clinic's default language."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from kiosk import translations
from kiosk.content.sources import load_store
from kiosk.ui.services.language_switch import LanguageSwitch
from kiosk.ui.services.translation import current_language, use_language
from kiosk.ui.session import build_session
from kiosk.ui.snapshot import settle
from tests.ui.conftest import CLINIC, _open_sessions, make_session

OFFERED = replace(CLINIC, languages_offered=("en", "pl", "ur"), default_language="en")


@pytest.fixture(scope="module", autouse=True)
def compiled() -> None:
    translations.compile_translations()  # from source: build/translations, as `make translations` makes them


@pytest.fixture
def english(qapp):
    use_language(qapp, "en")
    yield qapp
    use_language(qapp, "en")  # never leave a later test in Urdu


@pytest.fixture
def switching(qtbot, english, small_guide: Path, tmp_path: Path):
    first = make_session(qtbot, small_guide, OFFERED, size=(1024, 768), cache_dir=tmp_path / "index")
    # Each session's index is built before the next replaces it: a build cut off would leave its files open.
    assert first.search.wait(timeout=120)
    running = [first]

    def build():
        session = build_session(english, load_store(small_guide), OFFERED, mode=OFFERED.mode,
                                cache_dir=tmp_path / "index")
        _open_sessions.append(session)
        session.window.resize(1024, 768)
        assert session.search.wait(timeout=120)
        return session

    switch = LanguageSwitch(english, running, build, "en")
    return switch, running


def choose(qtbot, switch: LanguageSwitch, running: list, code: str):
    controller = running[0].controller
    qtbot.mouseClick(running[0].window.nav_bar.language, Qt.MouseButton.LeftButton)
    panel = controller._language_panel
    assert panel is not None and panel.isVisible()
    with qtbot.waitSignal(switch.switched, timeout=10_000):
        qtbot.mouseClick(panel.buttons[code], Qt.MouseButton.LeftButton)
    session = running[0]
    qtbot.waitExposed(session.window)
    settle()
    return session


def edges(widget: QWidget, window: QWidget) -> tuple[int, int]:
    """How far the widget's painted box is from the window's left and right edges."""
    top_left = widget.mapTo(window, QPoint(0, 0))
    return top_left.x(), window.width() - (top_left.x() + widget.width())


def test_the_language_button_names_each_language_in_its_own_script(qtbot, switching) -> None:
    _switch, running = switching
    bar = running[0].window.nav_bar
    assert bar.language.isVisible() and bar.language.text() == "English"
    running[0].controller.open_languages()
    buttons = running[0].controller._language_panel.buttons
    assert [b.text() for b in buttons.values()] == ["English", "Polski", "اردو"]
    assert running[0].window.home.language_card is not None
    assert "Polski" in running[0].window.home.language_card.title_label.text()


def test_polish_rebuilds_every_word_and_the_reset_brings_english_back(qtbot, switching) -> None:
    switch, running = switching
    old_window = running[0].window
    session = choose(qtbot, switch, running, "pl")
    # The old window is closed and deleted (Session.retire), as after a content switch.
    assert session.window is not old_window and (not shiboken6.isValid(old_window) or not old_window.isVisible())
    bar = session.window.nav_bar
    assert (bar.home.accessibleName(), bar.search.accessibleName(), bar.urgent.text()) == \
        ("Start", "Szukaj", "Pilna pomoc")
    assert bar.language.accessibleName() == "Polski"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    session.controller.open_search()
    assert session.window.search.box.placeholderText() == "Wpisz tutaj, aby szukać"
    with qtbot.waitSignal(switch.switched, timeout=10_000):
        session.controller.reset()  # what the idle reset does at its end
    assert current_language(QApplication.instance()) == "en"
    assert running[0].window.nav_bar.home.accessibleName() == "Home"


def test_urdu_mirrors_the_window_and_keeps_urgent_help_whole_and_first(qtbot, switching) -> None:
    switch, running = switching
    window = running[0].window
    left, right = edges(window.nav_bar.urgent, window)
    assert right < 40 < left, "in English Urgent help sits at the right-hand edge"
    session = choose(qtbot, switch, running, "ur")
    window = session.window
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    urgent = window.nav_bar.urgent
    left, right = edges(urgent, window)
    assert left < 40 < right, "in Urdu Urgent help sits at the left-hand edge"
    assert urgent.text() == "فوری مدد"
    assert urgent.sizeHint().width() <= urgent.width(), "its words are never cut"
    home = window.nav_bar.home
    assert edges(home, window)[1] < edges(home, window)[0], "Home is at the right, where reading starts"
    # Still one tap away: it opens the Urgent help page, with its numbers in Urdu.
    qtbot.mouseClick(urgent, Qt.MouseButton.LeftButton)
    assert session.controller.history.current.page_id == session.store.guide.urgent_page


def test_the_keyboard_keeps_its_latin_order_on_a_mirrored_screen(qtbot, switching) -> None:
    switch, running = switching
    session = choose(qtbot, switch, running, "ur")
    session.controller.open_search()
    session.window.show_keyboard(True)
    settle()
    keys = session.window.keyboard.keys
    assert keys["q"].mapTo(session.window, QPoint(0, 0)).x() < keys["p"].mapTo(session.window, QPoint(0, 0)).x()
    assert keys[" "].text() == "خالی جگہ"


def test_the_staff_card_says_each_line_in_polish_then_english(qtbot, switching) -> None:
    switch, running = switching
    session = choose(qtbot, switch, running, "pl")
    session.controller.show_staff_card()
    card = session.controller._staff_card
    assert card.isVisible()
    texts = [label.text() for label in card.lines]
    assert texts[:2] == ["Potrzebuję tłumacza języka polskiego.", "I need an interpreter for Polish."]
    assert "Please speak slowly." in texts and "Proszę mówić powoli." in texts
    # Large enough to hold up at a desk: bigger than the body text.
    assert card.lines[0].font().pixelSize() > session.window.nav_bar.font().pixelSize()


def test_an_english_screen_shows_the_card_for_every_language_offered(qtbot, switching) -> None:
    _switch, running = switching
    running[0].controller.show_staff_card()
    card = running[0].controller._staff_card
    texts = [label.text() for label in card.lines]
    assert "I need an interpreter for Urdu." in texts and "مجھے اردو کے ترجمان کی ضرورت ہے۔" in texts
    urdu = next(label for label in card.lines if label.text().startswith("مجھے"))
    assert urdu.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_one_language_offered_shows_no_language_button(qtbot, english, small_guide: Path, tmp_path: Path) -> None:
    session = make_session(qtbot, small_guide, cache_dir=tmp_path / "index")
    assert session.search.wait(timeout=120)
    assert not session.window.nav_bar.language.isVisible()
    assert session.window.home.language_card is None


def test_an_allowed_unchecked_translation_shows_its_banner_on_every_page(qtbot, english, tmp_path: Path) -> None:
    from kiosk import resources
    from kiosk.ui.services.printing import printable_html

    use_language(english, "pl")
    allowed = replace(OFFERED, allow_unchecked=True, default_language="pl")
    session = make_session(qtbot, resources.more_guides_dir() / "clinic-visit-pl", allowed,
                           cache_dir=tmp_path / "index")
    assert session.search.wait(timeout=120)
    assert session.window.home.unchecked.isVisible()
    assert session.window.home.unchecked.text() == "To tłumaczenie nie zostało jeszcze sprawdzone"
    for page in session.store.topics():
        session.controller.open_page(page.id)
        assert session.window.page.unchecked.isVisible(), page.id
    # Its printout is in Polish too, its own words and the kiosk's.
    page = session.store.get("interpreters")
    printed = printable_html(page, session.window.page.renderer.render(page), session.store.guide.title)
    assert "Tłumacz jest bezpłatny" in printed and "wydrukowano" in printed


def test_an_english_guide_shows_no_banner(qtbot, switching) -> None:
    _switch, running = switching
    session = running[0]
    assert not session.window.home.unchecked.isVisible()
    session.controller.open_page(session.store.topics()[0].id)
    assert not session.window.page.unchecked.isVisible()


def test_listen_is_offered_only_on_pages_in_english(qtbot, english, tmp_path: Path, small_guide: Path) -> None:
    """The PC's voice is British English: a Polish page is never read aloud with English sounds."""
    from kiosk import resources
    from kiosk.content.library import combine
    from tests.ui.fake_speech import fake_voice

    allowed = replace(OFFERED, allow_unchecked=True)
    store = combine([load_store(small_guide), load_store(resources.more_guides_dir() / "clinic-visit-pl")])
    session = build_session(english, store, allowed, mode=allowed.mode, cache_dir=tmp_path / "index",
                            speech=lambda: fake_voice())
    qtbot.addWidget(session.window)
    _open_sessions.append(session)
    assert session.search.wait(timeout=120)
    session.window.show()
    session.controller.open_page("small-guide/bone-scan")
    assert session.window.page.listen_bar.listen.isVisible()
    session.controller.open_page("clinic-visit-pl/interpreters")
    assert not session.window.page.listen_bar.listen.isVisible()
    assert session.window.page.unchecked.isVisible()


def test_the_staff_panel_pin_pad_and_printout_help_box_speak_the_interface_language(qtbot, english) -> None:
    """Every word staff and patients read, not only the patient screens: the staff panel's report and messages, the
    PIN pad's keys and the printout's help box (with the clinic's numbers kept in place)."""
    from kiosk.ui.panels.pin_pad import PinPad
    from kiosk.ui.panels.staff_panel import StaffPanel, StaffReport
    from kiosk.ui.services.printing import contacts_html, help_box_html
    from kiosk.usage import Kind, UsageSummary

    use_language(english, "pl")
    window = QWidget()
    qtbot.addWidget(window)
    panel = StaffPanel(window)
    usage = UsageSummary(days=30, totals={str(Kind.PAGE_VIEW): 12, str(Kind.SEARCH): 5})
    panel.show_report(StaffReport(content_name="Przewodnik", content_version="1", content_source="USB",
                                  page_count=7, review_due=[], index_status="OK", counting_on=True, usage=usage,
                                  settings_file="/etc/kiosk.toml", settings=[], log_file="kiosk.log"))
    text = panel.details_text()
    assert "Treść" in text and "Przeczytane strony: 12" in text and "Strony: 7" in text
    assert "Page" not in text and "Search" not in text  # no English left in the headings and lines
    assert panel.done_button.text() == "Gotowe"
    pad = PinPad(window, pin_hash="")
    assert pad.keys["⌫"].accessibleName() == "Usuń"
    box = help_box_html(CLINIC.local_details())
    assert "Jeśli potrzebujesz pomocy teraz" in box and "Zadzwoń pod 999</b>, jeśli:" in box
    assert CLINIC.acute_oncology_line in box and "If you need" not in box
    assert CLINIC.reception_line in contacts_html(CLINIC.local_details())
    use_language(english, "ur")
    assert PinPad(window, pin_hash="").keys["OK"].text() == "ٹھیک ہے"  # the key, still found as "OK"
    # Each line of the report runs right to left, also one that starts with the English guide's name.
    mirrored_window = QWidget()
    qtbot.addWidget(mirrored_window)
    mirrored = StaffPanel(mirrored_window)
    mirrored.show_report(panel.report)
    assert mirrored.content.body.text().count("<div dir='rtl'>") == 2


def test_the_staff_panel_review_dates_and_settings_speak_the_interface_language(qtbot, english) -> None:
    """The lines the Qt-free core words in English (a page's review date, a setting's yes / no / not set) are
    said in the panel's language, with the page's title and the numbers kept."""
    import datetime as dt

    from kiosk.staff_facts import ReviewDue
    from kiosk.ui.panels.staff_panel import StaffPanel, StaffReport
    from kiosk.usage import UsageSummary

    use_language(english, "pl")
    window = QWidget()
    qtbot.addWidget(window)
    panel = StaffPanel(window)
    due = [ReviewDue("chemotherapy", "Chemioterapia", dt.date(2026, 10, 1), -62),
           ReviewDue("steroids", "Sterydy", dt.date(2027, 1, 15), 1)]
    panel.show_report(StaffReport(content_name="Przewodnik", content_version="1", content_source="USB",
                                  page_count=7, review_due=due, index_status="OK", counting_on=True,
                                  usage=UsageSummary(days=30, totals={}), settings_file="/etc/kiosk.toml",
                                  settings=[("usage.enabled", "yes"), ("kiosk.staff_pin_hash", "set")],
                                  log_file="kiosk.log"))
    review = panel.review.body.text()
    assert "Chemioterapia: przegląd był wymagany 01 października 2026 (62 dni temu)" in review
    assert "Sterydy: przegląd do 15 stycznia 2027 (za 1 dzień)" in review
    settings = panel.settings.body.text()
    assert "usage.enabled = tak" in settings and "kiosk.staff_pin_hash = ustawiony" in settings
    assert not any(word in review + settings for word in ("review", "days", "= yes", "= set"))
