"""The numbers shown large at the top of Urgent help: 999 first, then staff, the cancer line, then A&E or 111."""

from __future__ import annotations

import dataclasses
import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from tests.conftest import SHIPPED_CONTENT
from tests.ui.conftest import CLINIC, make_session


def shown_words(qtbot, settings, tmp_path) -> str:
    """The call panel's words as a person reads them, after tapping Urgent help."""
    # A copy of the shipped index (tests/conftest.py seed_shipped_index): without one each test built its own.
    session = make_session(qtbot, SHIPPED_CONTENT, settings, cache_dir=tmp_path / "index")
    qtbot.mouseClick(session.window.nav_bar.urgent, Qt.MouseButton.LeftButton)
    panel = session.window.page.call_panel
    assert panel.isVisible()
    document = QTextDocument()
    document.setHtml(panel.text())
    return " ".join(document.toPlainText().split())


def test_999_comes_first_and_the_line_is_named_for_its_hours(qtbot, tmp_path) -> None:
    words = shown_words(qtbot, CLINIC, tmp_path)
    order = [words.index(part) for part in ("999", "member of staff", "24-hour cancer line", "0161 496 0999",
                                            "A&E", "NHS 111")]
    assert order == sorted(order), words
    assert "first fit" in words and "stroke" in words
    assert "same day" not in words


def test_an_office_hours_line_is_never_called_24_hour(qtbot, tmp_path) -> None:
    office = dataclasses.replace(CLINIC, acute_oncology_hours="Monday to Friday, 9am to 5pm")
    words = shown_words(qtbot, office, tmp_path)
    assert not re.search(r"24[- ]hour|day or night", words), words
    assert "Call your cancer line now, or go to A&E when it is closed" in words
    assert "Monday to Friday, 9am to 5pm" in words


def test_with_no_number_the_panel_still_says_where_to_go(qtbot, tmp_path) -> None:
    words = shown_words(qtbot, dataclasses.replace(CLINIC, acute_oncology_line=""), tmp_path)
    assert "alert card" in words and "A&E" in words and "NHS 111" in words
    assert "ask at reception" not in words


def test_the_999_row_and_the_printouts_help_box_give_the_same_signs(qtbot) -> None:
    """The Urgent help screen and the printout's help box say the same 999 signs (FACTS.md section 2), in English."""
    from kiosk.content.render import CALL_999_SIGNS
    from kiosk.ui.services.printing import help_box_html
    from kiosk.ui.session import urgent_numbers

    assert urgent_numbers(CLINIC)[0][:2] == (CALL_999_SIGNS, "Call 999")
    box = QTextDocument()
    box.setHtml(help_box_html(CLINIC.local_details()))
    assert CALL_999_SIGNS.lower() in box.toPlainText().lower()
    assert "chest pain" in CALL_999_SIGNS and "new or very bad" in CALL_999_SIGNS
