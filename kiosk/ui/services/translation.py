"""Puts the interface into one language: Qt's translator for our strings, the locale (dates, numbers), the
reading direction (Urdu and Arabic mirror the whole window) and the font for its script.

Widgets take their words when they are built, so a language is chosen before a session is built; changing it
means building a new session (``kiosk.ui.services.language_switch``), as a content switch does.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from kiosk import resources, translations
from kiosk.languages import ENGLISH, LANGUAGES, is_right_to_left

log = logging.getLogger(__name__)

_installed: dict[int, QTranslator] = {}  # by id(app): the translator this module put there
_current: dict[int, str] = {}
_script_fonts: dict[str, bool] = {}
_for_cards: dict[tuple[str, Path | None], QTranslator | None] = {}


def qm_file(code: str, folder: Path | None = None) -> Path:
    return (folder or translations.compiled_dir()) / f"kiosk_{code}.qm"


def load_translator(code: str, folder: Path | None = None) -> QTranslator | None:
    """A translator for ``code`` (None for English, or when its compiled file is missing: English is shown)."""
    if code == ENGLISH:
        return None
    translator = QTranslator()
    path = qm_file(code, folder)
    if not translator.load(str(path)):
        log.warning("no compiled translation for '%s' at %s (run `make translations`); showing English", code, path)
        return None
    return translator


def load_script_font(code: str) -> bool:
    """Register the bundled font for the language's script (Noto, resources/fonts/), once, as the substitute of
    the UI font: Qt then draws that script with it wherever Atkinson Hyperlegible has no glyph."""
    language = LANGUAGES.get(code)
    if language is None or language.font is None:
        return True
    family = language.font
    if family not in _script_fonts:
        stem = family.replace(" ", "")
        files = sorted(resources.font_dir().glob(f"{stem}-*.ttf"))
        _script_fonts[family] = bool(files) and all(QFontDatabase.addApplicationFont(str(f)) >= 0 for f in files)
        if _script_fonts[family]:
            from kiosk.ui.theme import load_fonts

            # Registered is not enough: for a letter the UI font lacks, fontconfig offers its own choice first
            # (DejaVu Sans drew Urdu and Arabic, a system Noto Serif drew Gujarati). Named as the UI font's
            # substitute, the bundled font is tried first, on every PC alike.
            QFont.insertSubstitution(load_fonts(), family)
        else:
            log.warning("the font %s for %s is missing from %s; the system's font is used", family,
                        language.english, resources.font_dir())
    return _script_fonts[family]


def use_language(app: QCoreApplication, code: str, folder: Path | None = None) -> bool:
    """Make ``code`` the interface's language. True when its translation (or English) is in use; False when its
    compiled translation is missing and English is shown (reading direction and locale still follow ``code``
    only when the translation loaded, so a missing file never gives a mirrored English screen)."""
    key = id(app)
    old = _installed.pop(key, None)
    if old is not None:
        app.removeTranslator(old)
    translator = load_translator(code, folder)
    shown = code if translator is not None or code == ENGLISH else ENGLISH
    if translator is not None:
        app.installTranslator(translator)
        _installed[key] = translator
    load_script_font(shown)
    QLocale.setDefault(QLocale(shown if shown != ENGLISH else "en_GB"))
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if is_right_to_left(shown)
                               else Qt.LayoutDirection.LeftToRight)
    _current[key] = shown
    return shown == code


def reading_direction(code: str) -> Qt.LayoutDirection:
    """The direction words in language ``code`` are read in. Words from a page (its text, title, card and printout)
    follow their own guide's language, not the window's: an English page in an Urdu window reads left to right."""
    return Qt.LayoutDirection.RightToLeft if is_right_to_left(code) else Qt.LayoutDirection.LeftToRight


# Unicode's isolates and their end: words inside keep their own direction (the first-strong isolate: that of their
# first letter) and never reorder the sentence round them; the right-to-left mark starts a line that is read right
# to left whatever words come first.
_ISOLATE, _RIGHT_TO_LEFT_ISOLATE, _END_ISOLATE = "\u2068", "\u2067", "\u2069"
_RIGHT_TO_LEFT_MARK = "\u200f"


def _mirrored() -> bool:
    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def isolated(words: str) -> str:
    """Words from a page (a title, what was typed) to be set inside a sentence of a right-to-left interface, where
    English words would otherwise pull the sentence's neighbouring numbers and quotation marks to their side."""
    return f"{_ISOLATE}{words}{_END_ISOLATE}" if words and _mirrored() else words


def interface_phrase(text: str) -> str:
    """A phrase of the interface set inside a page's words (a printed link's "(the page … in this guide)" in an
    English paragraph): in a right-to-left interface it reads right to left as one piece, in its place."""
    return f"{_RIGHT_TO_LEFT_ISOLATE}{text}{_END_ISOLATE}" if text and _mirrored() else text


def interface_line(text: str) -> str:
    """A sentence of the interface that may start with words from a page ("{topic} کے بارے میں مزید"): in a
    right-to-left interface it is marked to read right to left, as Qt otherwise takes the direction of its first
    letter (an English title's) and lays the Urdu sentence out left to right, its full stop on the wrong side."""
    if _mirrored() and not text.startswith(_RIGHT_TO_LEFT_MARK):
        return _RIGHT_TO_LEFT_MARK + text
    return text


def current_language(app: QCoreApplication) -> str:
    return _current.get(id(app), ENGLISH)


def translate_in(code: str, context: str, text: str, folder: Path | None = None) -> str:
    """``text`` in language ``code`` whatever the interface shows (the "Show this to staff" card holds two
    languages at once); English where it has no translation."""
    if (code, folder) not in _for_cards:
        _for_cards[(code, folder)] = load_translator(code, folder) if code != ENGLISH else None
    translator = _for_cards[(code, folder)]
    if translator is None:
        return text
    return translator.translate(context, text) or text
