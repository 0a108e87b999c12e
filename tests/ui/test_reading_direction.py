"""A page's words read in its own language's direction, the window's buttons in the interface's: an English page
in an Urdu window reads from the left (its cards too, and its printout), an Urdu page from the right even where a
paragraph starts with "NHS 111", and a sentence of the interface holding a page's title reads as Urdu.

Checked on painted pixels: where the ink of a line starts and ends."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget

from kiosk import translations
from kiosk.ui.services.translation import use_language
from kiosk.ui.snapshot import settle
from tests.conftest import page_text
from tests.ui.conftest import CLINIC, make_session

URDU = replace(CLINIC, languages_offered=("en", "ur"), default_language="ur", allow_unchecked=True)


@pytest.fixture(scope="module", autouse=True)
def compiled() -> None:
    translations.compile_translations()  # from source: build/translations, as `make translations` makes them


@pytest.fixture
def urdu(qapp):
    assert use_language(qapp, "ur")
    yield qapp
    use_language(qapp, "en")  # never leave a later test in Urdu


def ink_rows(image: QImage) -> list[int]:
    """The rows of ``image`` with dark ink on them (text or an icon, on the light page)."""
    return [y for y in range(image.height())
            if any(QColor(image.pixel(x, y)).lightness() < 110 for x in range(0, image.width(), 2))]


def first_line_ink(widget: QWidget) -> tuple[int, int]:
    """How far the first line's ink is from the widget's left edge, and from its right edge."""
    image = widget.grab().toImage()
    rows = ink_rows(image)
    assert rows, f"nothing painted in {widget.objectName() or widget}"
    line = [rows[0]]
    while line[-1] + 1 in rows:  # the rows of the first line, down to the gap under it
        line.append(line[-1] + 1)
    xs = [x for y in line for x in range(image.width()) if QColor(image.pixel(x, y)).lightness() < 110]
    return min(xs), image.width() - 1 - max(xs)


def ink_box(widget: QWidget, part: QRect) -> QRect:
    """Where ``part`` of ``widget`` (its own coordinates) has dark ink."""
    image = widget.grab().toImage()
    xs = [x for y in range(part.top(), part.bottom() + 1) for x in range(part.left(), part.right() + 1)
          if QColor(image.pixel(x, y)).lightness() < 110]
    ys = [y for y in range(part.top(), part.bottom() + 1)
          if any(QColor(image.pixel(x, y)).lightness() < 110 for x in range(part.left(), part.right() + 1))]
    assert xs and ys, "no ink there"
    return QRect(min(xs), min(ys), max(xs) - min(xs) + 1, max(ys) - min(ys) + 1)


@pytest.fixture
def english_guide(tmp_path: Path) -> Path:
    """An English guide with a page that has a sub-page (so its screen says "More about …" over a card)."""
    root = tmp_path / "english"
    (root / "pages").mkdir(parents=True)
    (root / "guide.toml").write_text('title = "English guide"\nid = "english"\nversion = "1.0"\n')
    (root / "pages" / "urgent-help.md").write_text(
        page_text("Urgent help", order="9", body="If you are seriously unwell, call 999 now."))
    (root / "pages" / "tests.md").write_text(page_text("Tests", body="Tests show where it is."))
    (root / "pages" / "bone-scan.md").write_text(
        page_text("Bone scan", parent="tests", body="A scan shows the bones."))
    return root


def test_an_english_page_in_an_urdu_window_reads_from_the_left(qtbot, urdu, english_guide: Path,
                                                               tmp_path: Path) -> None:
    session = make_session(qtbot, english_guide, URDU, size=(1024, 768), cache_dir=tmp_path / "index")
    view = session.window.page
    session.controller.open_page("tests")
    settle()
    # The page's text: its first line starts at the left margin and stops well short of the right.
    left, right = first_line_ink(view.text)
    assert left < 8 and right > view.text.width() // 3, (left, right)
    left, right = first_line_ink(view.title)
    assert left < 8 and right > view.title.width() // 3, (left, right)
    # Its sub-page's card reads from the left as its page does: the icon on the left, the title beside it.
    card = view.children.cards()[0]
    icon = card.icon_label.geometry()
    title = card.title_label.geometry()
    assert icon.right() < title.left(), "the icon of an English card is on its left"
    assert ink_box(card, title).left() - title.left() < 8, "the card's title starts at the left of its words"
    # The screen's own sentence round the page's title ("More about tests" in Urdu) reads from the right.
    heading = view.children_heading
    left, right = first_line_ink(heading)
    assert right < 8 < left, (left, right)


def test_an_urdu_page_reads_from_the_right_even_when_a_paragraph_starts_in_latin_letters(
        qtbot, urdu, tmp_path: Path) -> None:
    root = tmp_path / "urdu"
    (root / "pages").mkdir(parents=True)
    (root / "guide.toml").write_text(
        'title = "رہنما"\nid = "urdu"\nversion = "1.0"\nlanguage = "ur"\n'
        '[translation]\nof = "english"\ntranslator = "A translator"\nchecked_by = ""\nchecked = false\n')
    (root / "pages" / "urgent-help.md").write_text(page_text("فوری مدد", order="9", body="999 پر کال کریں۔"))
    # Qt would take this paragraph's direction from its first letter, an N, and lay it out left to right.
    (root / "pages" / "help.md").write_text(page_text("مدد", body="NHS 111 پر کال کریں۔"))
    session = make_session(qtbot, root, URDU, size=(1024, 768), cache_dir=tmp_path / "index")
    view = session.window.page
    session.controller.open_page("help")
    settle()
    left, right = first_line_ink(view.text)
    assert right < 8 and left > view.text.width() // 3, (left, right)
    # Still so once Large print has laid the page out again.
    session.themes.set_large(True)
    qtbot.waitUntil(lambda: not session.themes.switching, timeout=10_000)
    settle()
    try:
        left, right = first_line_ink(view.text)
        assert right < 8 and left > view.text.width() // 3, (left, right)
    finally:
        session.themes.set_large(False)


def test_an_english_page_prints_from_the_left_from_an_urdu_window(qtbot, urdu, english_guide: Path,
                                                                 tmp_path: Path) -> None:
    """The printout: the page's words from the left, the kiosk's own Urdu words round them from the right."""
    from PySide6.QtGui import QTextDocument

    session = make_session(qtbot, english_guide, URDU, size=(1024, 768), cache_dir=tmp_path / "index")
    session.controller.open_page("tests")
    document = QTextDocument()
    document.setHtml(session.controller.printable_page())
    document.setTextWidth(600)
    document.size()  # lays the whole document out
    block, sides = document.begin(), {}
    while block.isValid():
        if block.text().strip() and block.layout().lineCount():  # where the ink of its last line starts and ends
            line = block.layout().lineAt(block.layout().lineCount() - 1).naturalTextRect()
            sides[block.text().strip()] = (line.left(), 600 - line.right())
        block = block.next()
    left, right = sides["Tests show where it is."]
    assert left < 2 and right > 200, (left, right)
    footer = next(text for text in sides if "English guide" in text)  # the foot of the sheet, in Urdu
    left, right = sides[footer]
    assert right < 20 and left > 100, (left, right)
