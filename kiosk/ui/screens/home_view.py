"""The home screen: the guide's title and a grid of big topic buttons, with shortcuts underneath.

In a library of guides the same screen is each guide's own front page (``guide_id``): its title, its topics as
big cards and, under them, the red Urgent help card and its shortcuts, exactly as that guide shows on its own.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.content.model import ContentStore, Menu, Page
from kiosk.ui.services.translation import reading_direction
from kiosk.ui.theme import Theme
from kiosk.ui.widgets.card_button import CardButton
from kiosk.ui.widgets.card_grid import CardGrid
from kiosk.ui.widgets.scroll_column import ScrollColumn

EASY_READ_PAGE = "easy-read"


class HomeView(ScrollColumn):
    page_requested = Signal(str)
    languages_requested = Signal()

    def __init__(self, store: ContentStore, urgent_page: str, parent: QWidget | None = None, *,
                 guide_id: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("homeView" if guide_id is None else f"guideHome-{guide_id}")
        self.guide_id = guide_id
        # A library's own title is the kiosk's words (kiosk.content.library), so it is translated like them.
        library = bool(store.guides) and guide_id is None
        guide = store.guides[guide_id] if guide_id is not None else store.guide
        self.title = QLabel(self.tr("Patient information") if library else guide.title)
        self.title.setObjectName("screenTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle = QLabel(self.tr("Choose a guide to read.") if library else guide.subtitle)
        self.subtitle.setObjectName("screenSubtitle")
        self.subtitle.setWordWrap(True)
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle.setVisible(bool(store.guide.subtitle if guide_id is None else guide.subtitle))
        if not library:  # the guide's own words, from the side its language starts
            side = (Qt.AlignmentFlag.AlignRight if reading_direction(guide.language) == Qt.LayoutDirection.RightToLeft
                    else Qt.AlignmentFlag.AlignLeft)
            for label in (self.title, self.subtitle):
                label.setAlignment(Qt.AlignmentFlag.AlignAbsolute | side)
        self.topics = CardGrid(min_column_width=460)
        self.shortcuts = CardGrid(min_column_width=460)
        self.topics.setObjectName("topicGrid")
        self.shortcuts.setObjectName("shortcutGrid")
        self.empty = QLabel(
            self.tr("There are no pages to show yet. Please ask a member of staff for help.")
        )
        self.empty.setObjectName("message")
        self.empty.setWordWrap(True)
        self.language_card: CardButton | None = None
        # Any guide shown here whose translation nobody qualified has checked yet (only with allow_unchecked).
        self.unchecked = QLabel(self.tr("This translation has not been checked"))
        self.unchecked.setObjectName("uncheckedBanner")
        self.unchecked.setWordWrap(True)
        self.unchecked.setVisible(store.guide.unchecked_translation
                                  or any(guide.unchecked_translation for guide in store.guides.values()))
        layout = self.column_layout
        layout.addWidget(self.unchecked)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.empty)
        layout.addWidget(self.topics)
        layout.addSpacing(12)
        layout.addWidget(self.shortcuts)
        layout.addStretch(1)

        self.topic_buttons: dict[str, CardButton] = {}
        topic_cards = []
        topics, shortcuts = _menu(store, urgent_page, guide_id)
        for page in topics:
            card = CardButton(page.title, page.summary, icon=page.icon, language=_language_of(store, page))
            card.setObjectName(f"topic-{page.id}")
            card.clicked.connect(lambda _=False, pid=page.id: self.page_requested.emit(pid))
            self.topic_buttons[page.id] = card
            topic_cards.append(card)
        shortcut_cards = []
        for page in shortcuts:
            urgent = page.id == urgent_page
            # On the red card the icon is drawn white, so it uses the navy-drawn warning sign.
            card = CardButton(page.title, page.summary, icon="warning" if urgent else page.icon, urgent=urgent,
                              language=_language_of(store, page))
            card.setObjectName(f"topic-{page.id}")
            card.clicked.connect(lambda _=False, pid=page.id: self.page_requested.emit(pid))
            self.topic_buttons[page.id] = card
            shortcut_cards.append(card)
        # Easy Read pages (one idea a line, a picture beside each) sit under a hidden page of that id: a card here.
        easy_read = next((page for page in store if page.id.rsplit("/", 1)[-1] == EASY_READ_PAGE
                          and (guide_id is None or page.id == f"{guide_id}/{EASY_READ_PAGE}")), None)
        if easy_read is not None:
            card = CardButton(self.tr("Easy read"), self.tr("Short pages with a picture beside each point"),
                              icon="info")
            card.setObjectName("easyReadCard")
            card.clicked.connect(lambda _=False, pid=easy_read.id: self.page_requested.emit(pid))
            self.topic_buttons[easy_read.id] = card
            shortcut_cards.append(card)
        self.topics.set_cards(topic_cards)
        self.shortcuts.set_cards(shortcut_cards)
        self.empty.setVisible(not topic_cards and not shortcut_cards)

    def set_languages(self, native_names: list[str]) -> None:
        """A card naming every language the clinic offers, each in its own script, above the topics (none when
        only one is offered)."""
        if self.language_card is None and len(native_names) > 1:
            # "English · اردو" starts with a Latin letter: without the mark, a mirrored screen would still lay the
            # list out left to right, from the left edge.
            mark = "\u200f" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else ""
            self.language_card = CardButton(mark + "  ·  ".join(native_names), self.tr("Choose your language"),
                                            icon="chat")
            self.language_card.setObjectName("languageCard")
            self.language_card.clicked.connect(self.languages_requested)
            self.column_layout.insertWidget(3, self.language_card)
        elif self.language_card is not None:
            self.language_card.setVisible(len(native_names) > 1)

    def apply_theme(self, theme: Theme) -> None:
        self.set_max_column_width(1700)
        for grid in (self.topics, self.shortcuts):
            grid.apply_theme(theme)
        if self.language_card is not None:
            self.language_card.apply_theme(theme)


def _language_of(store: ContentStore, page: Page) -> str:
    """The language a card's page is written in: a library's card for a guide, that guide's."""
    guide = store.guides.get(page.id) or store.guide_of(page.id)
    return guide.language


def _menu(store: ContentStore, urgent_page: str, guide_id: str | None) -> tuple[list[Page], list[Page]]:
    """The topic cards and the shortcut cards under them: Home's, or in a library one guide's (its topics; then
    the shared Urgent help and the guide's own shortcuts, which the library files after its topics)."""
    if guide_id is None:
        return store.topics(), store.shortcuts()
    # Only a library has guide homes: the single guide's first paint never loads the library (nor the page loader).
    from kiosk.content.library import SHORTCUTS_AFTER

    pages = [p for p in store.children(guide_id) if p.menu is Menu.TOPIC]
    topics = [p for p in pages if p.order < SHORTCUTS_AFTER]
    urgent = store.get(urgent_page)
    return topics, [*([urgent] if urgent is not None else []), *(p for p in pages if p.order >= SHORTCUTS_AFTER)]
