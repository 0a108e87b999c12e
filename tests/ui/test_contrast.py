"""Every control can be read: the colour table meets WCAG, and the rendered pixels of every screen, panel, size
and theme show each button and label with enough contrast. A blank button fails here."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QPushButton, QWidget

from kiosk import resources
from kiosk.content.sources import load_store
from kiosk.ui.palette import (
    AA_TEXT,
    AAA_TEXT,
    HIGH_CONTRAST,
    NON_TEXT,
    PAIRS,
    PALETTES,
    STANDARD,
    contrast_ratio,
    shortfalls,
)
from kiosk.ui.session import build_session
from kiosk.ui.snapshot import settle
from kiosk.ui.theme import Theme
from tests.ui.conftest import seed_shipped_index
from tests.ui.fake_speech import fake_voice
from tests.ui.pixels import ink_contrast, read_controls
from tests.ui.test_kiosk import KIOSK, PIN

THEMES = [(False, False), (True, False), (False, True), (True, True)]
SIZES = [(1024, 768), (1080, 1920)]


# The table, without a QApplication -------------------------------------------------------------------------
def test_every_pair_in_the_standard_theme_meets_wcag_aa() -> None:
    assert shortfalls(STANDARD, high_contrast=False) == []


def test_every_text_pair_in_the_high_contrast_theme_meets_wcag_aaa() -> None:
    assert shortfalls(HIGH_CONTRAST, high_contrast=True) == []
    for pair in PAIRS:
        if pair.text:
            assert contrast_ratio(HIGH_CONTRAST[pair.foreground], HIGH_CONTRAST[pair.background]) >= AAA_TEXT


def test_both_palettes_name_the_same_colours() -> None:
    assert set(STANDARD) == set(HIGH_CONTRAST)
    for pair in PAIRS:
        assert pair.foreground in STANDARD and pair.background in STANDARD, pair


def test_the_contrast_maths_matches_wcag() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#ffffff", "#ffffff") == 1.0
    with pytest.raises(ValueError):
        contrast_ratio("white", "#000000")


def test_the_stylesheet_takes_every_colour_from_the_table() -> None:
    """One source of truth: a colour written into the stylesheet would escape the contrast tests."""
    qss = resources.theme_dir().joinpath("base.qss").read_text(encoding="utf-8")
    code = re.sub(r"/\*.*?\*/", "", qss, flags=re.S)
    assert re.findall(r"#[0-9a-fA-F]{3,8}\b|\b(?:white|black|red|yellow|gr[ae]y|rgba?\()", code) == []
    used = set(re.findall(r"\$\{(\w+)\}", code))
    assert used - {"family"} <= set(STANDARD) | _size_names()


def _size_names() -> set[str]:
    from kiosk.ui.theme import SIZES as THEME_SIZES

    return set(THEME_SIZES)


# The rendered pixels ----------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def kiosk(qapp, tmp_path_factory):
    """One kiosk for the whole module: rendering every screen in every theme is the slow part, not building it."""
    session = build_session(qapp, load_store(resources.content_dir()), KIOSK, mode=KIOSK.mode,
                            cache_dir=seed_shipped_index(resources.content_dir(), tmp_path_factory.mktemp("index")))
    session.window.resize(1280, 800)
    session.window.show()
    settle()
    assert session.search.wait(timeout=120)
    # Rendering every screen takes minutes on a busy PC: the idle countdown must not come up over them meanwhile
    # (a test of it opens it itself).
    session.idle.shutdown()
    yield session
    session.shutdown()
    session.window.close()
    session.themes.set_normal()


def _screens(session):
    c, window = session.controller, session.window

    def pin_choices() -> None:
        session.pin_pad.open()
        session.pin_pad.entry.setText(PIN)
        session.pin_pad.submit()
        session.pin_pad.wait_for_check()  # its answer, a wrong PIN, is painted with the rest

    def keyboard() -> None:
        c.open_search()
        session.keyboard_policy.touch_screen = True
        window.search.set_query("chemo")
        c.finish_search()  # searches run on a worker thread: paint their results too
        c.update_keyboard()

    def reading_aloud() -> None:
        # Listen pressed: Pause and Stop showing, and the paragraph being read highlighted.
        session.read_aloud.attach(fake_voice())
        c.open_page("biopsy")
        session.window.page.listen_bar.listen.click()
        session.read_aloud.engine.end_utterance()

    def countdown() -> None:
        c.open_page("treatment")
        session.idle.start_countdown()
        session.idle.tick.stop()

    return {
        "home": lambda: None,
        "page": lambda: c.open_page("bone-strengthening-drugs"),
        "urgent help": c.open_urgent,
        "search start": c.open_search,
        "search results": keyboard,
        "countdown": countdown,
        "pin pad": session.pin_pad.open,
        "pin choices": pin_choices,
        "website panel": lambda: c.show_address("https://www.nhs.uk/conditions/breast-cancer/"),
        "reading aloud": reading_aloud,
        "word explained": lambda: (c.open_page("bone-scan"), c.explain_word("Tracer")),
        "take home": lambda: (c.open_page("biopsy"), c.take_home()),
    }


# The pixels of every screen in every size and theme are read in tests/ui/test_text_fits.py, from the same render
# that checks no words are cut off (rendering is the slow part).


def test_the_pixel_reading_fails_a_blank_button(qtbot) -> None:
    """White words on a white button read as 1:1; the same button in the theme's colours passes."""
    holder = QWidget()
    holder.setStyleSheet(Theme("normal", 1.0).stylesheet())
    qtbot.addWidget(holder)
    blank = QPushButton("I'm still here", holder)
    blank.setStyleSheet("background: #ffffff; color: #ffffff; border: 3px solid #1d3557;")
    readable = QPushButton("I'm still here", holder)
    readable.setProperty("action", True)
    readable.move(0, 120)
    for button in (blank, readable):
        button.resize(300, 80)
    holder.resize(400, 240)
    holder.show()
    settle()
    image = holder.grab().toImage()
    inner = blank.geometry().adjusted(6, 6, -6, -6)
    assert ink_contrast(image, inner) < 1.5
    assert ink_contrast(image, readable.geometry().adjusted(6, 6, -6, -6)) >= AA_TEXT


def test_the_old_panel_rule_that_blanked_buttons_would_fail_the_pixel_test(kiosk) -> None:
    """Put back the rule behind issue 9's blank buttons and the pixel test catches "I'm still here"."""
    kiosk.window.resize(1280, 800)
    kiosk.controller.reset()
    kiosk.controller.open_page("treatment")
    kiosk.idle.start_countdown()
    kiosk.idle.tick.stop()
    dialog = kiosk.idle.dialog
    own = dialog.styleSheet()
    try:
        dialog.setStyleSheet(own + "\nQFrame#dialogPanel QWidget { background: white; }")
        settle()
        readings = read_controls(kiosk.window, kiosk.window.grab().toImage())
    finally:
        dialog.setStyleSheet(own)
        kiosk.controller.reset()
    button = next(r for r in readings if r.text == "I'm still here")
    assert button.ratio < 1.5


@pytest.mark.parametrize("high_contrast", [False, True], ids=["standard", "contrast"])
def test_focus_rings_stand_out_from_what_surrounds_them(kiosk, high_contrast) -> None:
    window = kiosk.window
    window.resize(1280, 800)
    kiosk.themes.set_large(False)
    kiosk.themes.set_high_contrast(high_contrast)
    kiosk.controller.reset(keep_text_size=True)
    card = next(iter(window.home.topic_buttons.values()))
    problems = []
    for target in (card, window.nav_bar.home, window.nav_bar.urgent):
        target.setFocus(Qt.FocusReason.TabFocusReason)
        settle()
        image = window.grab().toImage()
        middle = target.mapTo(window, QPoint(0, target.height() // 2))
        ring = image.pixelColor(middle + QPoint(1, 0))
        outside = image.pixelColor(middle + QPoint(-4, 0))
        ratio = contrast_ratio(ring.getRgb()[:3], outside.getRgb()[:3])
        if ratio < NON_TEXT:
            problems.append(f"{target.accessibleName()}: ring {ring.name()} on {outside.name()} {ratio:.2f}:1")
    window.setFocus()
    kiosk.themes.set_high_contrast(False)
    assert problems == []


def test_high_contrast_screens_keep_text_and_background_seven_to_one_apart() -> None:
    palette = PALETTES["contrast"]
    assert contrast_ratio(palette["text"], palette["background"]) >= AAA_TEXT
