"""Choosing a language, and the "Show this to staff" card: what a patient who does not read English holds up at
the reception desk ("I need an interpreter for Polish"), in their language and in English, large."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QWidget

from kiosk.languages import ENGLISH, LANGUAGES
from kiosk.ui.panels.overlay import Overlay

CARD = "StaffCard"
# The card's three lines, in the order staff read them; {language} is the language's English name for the English
# line and its own name in its own language.
CARD_LINES = (
    QT_TRANSLATE_NOOP("StaffCard", "I need an interpreter for {language}."),
    QT_TRANSLATE_NOOP("StaffCard", "I need help now."),
    QT_TRANSLATE_NOOP("StaffCard", "Please speak slowly."),
)
# The language's name as its own speakers write it inside the interpreter sentence ("polskiego"): translated as
# the name of the language the file is for, not as "English".
#: Translate as the name of YOUR language, as it reads inside "I need an interpreter for {language}."
LANGUAGE_IN_SENTENCE = QT_TRANSLATE_NOOP("StaffCard", "English")

Translate = Callable[[str, str, str], str]  # (language code, context, text) -> text in that language


def card_lines(code: str, translate: Translate) -> list[tuple[str, str]]:
    """The card's lines as (in the patient's language, in English); for English both are English."""
    name = LANGUAGES[code]
    own_name = translate(code, CARD, LANGUAGE_IN_SENTENCE) if code != ENGLISH else name.english
    if own_name == LANGUAGE_IN_SENTENCE and code != ENGLISH:
        own_name = name.native  # not translated yet: its own name as the language button shows it
    lines = []
    for line in CARD_LINES:
        english = line.format(language=name.english)
        own = translate(code, CARD, line).format(language=own_name) if code != ENGLISH else english
        lines.append((own, english))
    return lines


class LanguagePanel(Overlay):
    """A big button per offered language, each named in its own script, and "Show this to staff"."""

    language_chosen = Signal(str)
    card_requested = Signal()

    def __init__(self, parent: QWidget, offered: Sequence[str], current: str) -> None:
        super().__init__(parent)
        self.setObjectName("languagePanel")
        self.heading = QLabel(self.tr("Choose your language"))
        self.heading.setObjectName("sectionHeading")
        self.heading.setWordWrap(True)
        self.panel_layout.addWidget(self.heading)
        grid_holder = QWidget()
        grid = QGridLayout(grid_holder)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(16)
        self.buttons: dict[str, QPushButton] = {}
        for number, code in enumerate(offered):
            language = LANGUAGES[code]
            button = QPushButton(language.native)
            button.setObjectName(f"language-{code}")
            button.setProperty("action", True)
            button.setProperty("secondary", code != current)
            button.setCheckable(True)
            button.setChecked(code == current)
            button.setMinimumHeight(72)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setAccessibleName(language.native)
            button.setAccessibleDescription(language.english)
            # Each name in its own reading direction, whatever the screen's.
            button.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language.right_to_left
                                      else Qt.LayoutDirection.LeftToRight)
            button.clicked.connect(lambda _=False, chosen=code: self._choose(chosen))
            grid.addWidget(button, number // 2, number % 2)
            self.buttons[code] = button
        self.panel_layout.addWidget(grid_holder)
        self.show_card = QPushButton(self.tr("Show this to staff"))
        self.show_card.setObjectName("showStaffCardButton")
        self.show_card.setProperty("action", True)
        self.show_card.setMinimumHeight(72)
        self.show_card.clicked.connect(self.card_requested)
        self.panel_layout.addWidget(self.show_card)
        self.done = QPushButton(self.tr("Close"))
        self.done.setProperty("action", True)
        self.done.setProperty("secondary", True)
        self.done.clicked.connect(self.close_overlay)
        self.add_button(self.done)

    def _choose(self, code: str) -> None:
        self.close_overlay()
        self.language_chosen.emit(code)


class StaffCard(Overlay):
    """The card to hold up at the desk: each line in the patient's language, then in English, in large type."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("staffCard")
        self.heading = QLabel(self.tr("Show this to a member of staff"))
        self.heading.setObjectName("sectionHeading")
        self.heading.setWordWrap(True)
        self.panel_layout.addWidget(self.heading)
        self.lines: list[QLabel] = []
        self.done = QPushButton(self.tr("Close"))
        self.done.setProperty("action", True)
        self.done.clicked.connect(self.close_overlay)
        self.add_button(self.done)

    def show_card(self, codes: Sequence[str], translate: Translate) -> None:
        """The card for each of ``codes`` (the patient's language; with English on screen, every offered one)."""
        for label in self.lines:
            self.panel_layout.removeWidget(label)
            label.deleteLater()
        self.lines = []
        for code in codes:
            for own, english in card_lines(code, translate):
                for words, in_language in ((own, code), (english, ENGLISH)):
                    if in_language == ENGLISH and words == own and code != ENGLISH:
                        continue  # not translated yet: said once, in English
                    self._add_line(words, in_language, first=in_language == code)
        self.open()
        self.done.setFocus()

    def _add_line(self, words: str, code: str, *, first: bool) -> None:
        label = QLabel(words)
        label.setObjectName("staffCardLine" if first else "staffCardEnglish")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setProperty("language", code)
        # Each line in its own language's direction, whatever the screen's: an Urdu line reads from the right and
        # an English one from the left (its full stop at its end), each aligned to where it starts.
        rtl = LANGUAGES[code].right_to_left
        label.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        label.setAlignment(Qt.AlignmentFlag.AlignAbsolute | (Qt.AlignmentFlag.AlignRight if rtl
                                                             else Qt.AlignmentFlag.AlignLeft))
        self.panel_layout.addWidget(label)
        self.lines.append(label)
