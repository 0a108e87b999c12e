"""The search screen: a large search box, "Did you mean", and results as big cards that update as you type."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QStyle, QWidget

from kiosk.content.model import Page
from kiosk.search.results import MAX_QUERY_LENGTH
from kiosk.ui.services.translation import interface_line, isolated
from kiosk.ui.theme import Theme
from kiosk.ui.widgets.card_button import CardButton
from kiosk.ui.widgets.card_grid import CardGrid
from kiosk.ui.widgets.scroll_column import ScrollColumn

TYPING_PAUSE_MS = 120
# Topic cards made at a time: a guide has about ten topics, but a library of generated or imported pages can have
# thousands, and making a card for each froze the screen for seconds. "More topics" makes the next batch.
TOPIC_BATCH = 12


class SearchView(ScrollColumn):
    """Emits ``query_changed`` after a short pause in typing; someone else runs the search and calls show_*."""

    query_changed = Signal(str)
    page_requested = Signal(str)
    box_tapped = Signal()
    urgent_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, language_of: Callable[[str], str] | None = None) -> None:
        """``language_of``: the language a page (by id) is written in, so its result card reads in its direction."""
        super().__init__(parent)
        self.setObjectName("searchView")
        self._language_of = language_of
        # Results come and go with each word typed, and the scroll bar with them: the space it takes is kept
        # free while it is away, so the box and the cards never shift sideways under a finger (F11).
        self.verticalScrollBar().rangeChanged.connect(self._keep_column_in_place)
        self.heading = QLabel(self.tr("Search"))
        self.heading.setObjectName("screenTitle")
        self.hint = QLabel(self.tr("Type a word or a question, for example “bone pain” or “chemo”."))
        self.hint.setObjectName("screenSubtitle")
        self.hint.setWordWrap(True)

        self.box = QLineEdit()
        self.box.setObjectName("searchBox")
        self.box.setPlaceholderText(self.tr("Type here to search"))
        self.box.setMaxLength(MAX_QUERY_LENGTH)
        self.box.setClearButtonEnabled(False)
        self.box.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.box.setAccessibleName(self.tr("Search"))
        # A filter of its own: overriding this screen's eventFilter would call Python for every event its scroll
        # area watches (the viewport and the column: hundreds in a theme switch).
        self._box_events = _BoxEvents(self)
        self.box.installEventFilter(self._box_events)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setProperty("action", True)
        self.clear_button.setProperty("secondary", True)
        self.clear_button.clicked.connect(self.clear)
        box_row = QHBoxLayout()
        box_row.setSpacing(12)
        box_row.addWidget(self.box, 1)
        box_row.addWidget(self.clear_button)

        self.status = QLabel()
        self.status.setObjectName("message")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.did_you_mean = QPushButton()
        self.did_you_mean.setProperty("action", True)
        self.did_you_mean.setProperty("secondary", True)
        self.did_you_mean.hide()
        self.did_you_mean.clicked.connect(self._accept_suggestion)
        self._suggestion = ""
        # When the guide does not answer: say so in large words, and still offer Urgent help and the topics.
        self.not_covered = QLabel()
        self.not_covered.setObjectName("notCovered")
        self.not_covered.setWordWrap(True)
        self.not_covered.setTextFormat(Qt.TextFormat.PlainText)
        self.not_covered.hide()
        self.urgent_button = QPushButton(self.tr("Urgent help: if you feel unwell"))
        self.urgent_button.setProperty("urgent", True)
        self.urgent_button.clicked.connect(self.urgent_requested)
        self.urgent_button.hide()
        self.results = CardGrid(min_column_width=400, max_columns=1)
        self.results.setObjectName("searchResults")
        self.topics_heading = QLabel(self.tr("Or choose a topic"))
        self.topics_heading.setObjectName("sectionHeading")
        self.topics = CardGrid(min_column_width=400, max_columns=2)
        self.topics.setObjectName("searchTopics")
        self.more_topics = QPushButton(self.tr("More topics"))
        self.more_topics.setObjectName("moreTopicsButton")
        self.more_topics.setProperty("action", True)
        self.more_topics.setProperty("secondary", True)
        self.more_topics.clicked.connect(self._add_topic_cards)
        self.more_topics.hide()
        for widget in (self.heading, self.hint):
            self.column_layout.addWidget(widget)
        self.column_layout.addLayout(box_row)
        for widget in (self.status, self.not_covered, self.urgent_button, self.did_you_mean, self.results,
                       self.topics_heading, self.topics, self.more_topics):
            left = widget in (self.did_you_mean, self.urgent_button, self.more_topics)
            self.column_layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft if left else Qt.AlignmentFlag(0))
        self.column_layout.addStretch(1)

        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(TYPING_PAUSE_MS)
        self._pause.timeout.connect(lambda: self.query_changed.emit(self.query()))
        self.box.textChanged.connect(lambda _text: self._pause.start())
        self._topic_pages: list[Page] = []
        self._topic_cards_made = False
        self._tight = False
        self._status_says_why = False  # the status line holds a message (search getting ready or not working)
        self._titles_only = False
        self._shown_query: str | None = None  # the words the results on screen are for
        self._first_result_wanted = False  # Enter was pressed in the box: focus the first result when it shows
        self._focus_tries = 0
        self.show_start()

    def _box_key(self, event: QEvent) -> bool:
        """A nurse's keyboard (F16): Escape clears the box; Enter searches now and moves to the first result."""
        if event.modifiers() not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            return False
        if event.key() == Qt.Key.Key_Escape and self.box.text():
            self.clear()
            return True
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.query().strip():
            self._first_result_wanted = True
            if self._pause.isActive() or self._shown_query != self.query():
                self.set_query(self.query())
            else:
                self._focus_first_result()
            return True
        return False

    def _focus_first_result(self) -> None:
        if not self._first_result_wanted:
            return
        cards = self.result_cards()
        if cards and self.isVisible() and not cards[0].isVisible() and self._focus_tries < 50:
            # New cards show once the event loop has laid them out; a hidden widget cannot take the focus.
            self._focus_tries += 1
            QTimer.singleShot(0, self._focus_first_result)
            return
        self._focus_tries = 0
        self._first_result_wanted = False
        if cards and self.isVisible():
            cards[0].setFocus(Qt.FocusReason.TabFocusReason)
            self.ensureWidgetVisible(cards[0], 0, 40)

    def set_compact(self, compact: bool, *, tight: bool = False, titles_only: bool | None = None) -> None:
        """``compact``: this screen is typed on with the on-screen keyboard (up now, or put away for a moment), so
        the hint gives its room to the box and the results. ``tight`` (the keyboard leaves little room on this
        screen in this text size): the heading and the count go too and the box slims to a fingertip's height,
        so the box and at least two whole results sit above the keys. Both stay while the keyboard is put away
        and back, so the box never jumps under a finger (F11). ``titles_only`` (default: ``tight``): results show
        their titles only, while the keys are up; their summaries come back as the keyboard goes away."""
        self.hint.setVisible(not compact)
        self._tight = tight
        self._titles_only = tight if titles_only is None else titles_only
        self._show_heading()
        # The count goes on a tight screen; a message saying why there are no results (search getting ready or not
        # working) stays.
        self.status.setVisible(bool(self.status.text()) and (not tight or self._status_says_why))
        for widget in (self.box, self.clear_button):
            if bool(widget.property("tight")) != tight:
                widget.setProperty("tight", tight)
                widget.style().unpolish(widget)
                widget.style().polish(widget)
        for card in [*self.result_cards(), *self.topics.cards()]:
            card.show_summary(not self._titles_only)
        if self._titles_only:
            self.verticalScrollBar().setValue(0)

    def _keep_column_in_place(self, _minimum: int, maximum: int) -> None:
        bar = self.verticalScrollBar()
        width = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, bar)
        margins = self.widget().layout().contentsMargins()
        right = margins.left() + (0 if maximum > 0 else width)
        if margins.right() != right:
            margins.setRight(right)
            self.widget().layout().setContentsMargins(margins)

    def _show_heading(self) -> None:
        # The screen names itself on every visit; once the person types, a tight screen gives that line to results.
        self.heading.setVisible(not (self._tight and self.query().strip()))

    def query(self) -> str:
        return self.box.text()

    def set_query(self, text: str, *, now: bool = True) -> None:
        self.box.setText(text[:MAX_QUERY_LENGTH])
        if now:
            self._pause.stop()
            self.query_changed.emit(self.query())

    def clear(self) -> None:
        # setText, not clear(): clear() can be undone with Ctrl+Z, which would bring back the last person's words.
        self.box.setText("")
        self._pause.stop()
        self.show_start()

    def set_topics(self, pages: Sequence[Page]) -> None:
        """The topics offered when a search finds nothing. Their cards are made when first needed, not at start-up."""
        self._topic_pages = list(pages)
        self._topic_cards_made = False
        if not self.query().strip():
            self.show_start()  # the start was shown before there were topics to offer

    def _make_topic_cards(self) -> None:
        if not self._topic_cards_made:
            self._topic_cards_made = True
            self.topics.set_cards([])
            self._add_topic_cards()

    def _add_topic_cards(self) -> None:
        made = len(self.topics.cards())
        self.topics.add_cards([self._card(p.id, p.title, html.escape(p.summary), p.icon)
                               for p in self._topic_pages[made:made + TOPIC_BATCH]])
        self._show_topics(self.topics.isVisibleTo(self))

    def _show_topics(self, show: bool) -> None:
        self.topics_heading.setVisible(show)
        self.topics.setVisible(show)
        self.more_topics.setVisible(show and len(self.topics.cards()) < len(self._topic_pages))

    def showEvent(self, event) -> None:
        self._make_topic_cards()
        super().showEvent(event)

    def show_start(self) -> None:
        self._shown_query = None
        self._status_says_why = False
        self._first_result_wanted = False
        self._show_heading()
        self.status.setText("")
        self.status.hide()
        self._show_not_covered(None)
        self._show_suggestion(None)
        self.results.set_cards([])
        self._show_topics(bool(self._topic_pages))

    def show_unavailable(self, urgent: bool = False) -> None:
        """Search cannot work right now: say so plainly (not "nothing found") and offer the topics instead, and
        Urgent help when what was typed names a sign that needs help today (``urgent``)."""
        self.results.set_cards([])
        self._show_suggestion(None)
        self._show_not_covered(None)
        self.urgent_button.setVisible(urgent)
        self._status_says_why = True
        self.status.setText(self.tr("Sorry, search is not working at the moment. Please choose a topic below, "
                                    "or ask a member of staff."))
        self.status.show()
        self._show_topics(bool(self._topic_pages))

    def show_waiting(self, urgent: bool = False) -> None:
        """The index is not open yet; ``urgent``: what was typed names a sign that needs help today, so Urgent
        help is offered now rather than when the index opens."""
        self._status_says_why = True
        self.status.setText(self.tr("Getting search ready. This takes a moment…"))
        self.status.show()
        self.urgent_button.setVisible(urgent)

    def show_results(self, query: str, hits: Sequence[tuple[str, str, str]], did_you_mean: str | None,
                     message: str | None = None, *, more: bool = False) -> None:
        """Show ``hits`` as (page id, title, snippet HTML with <b> marks); ``message`` when the guide does not
        cover what was asked (then with no hits); ``more`` when further pages match than the hits listed."""
        if not query.strip():
            self.show_start()
            return
        self._show_heading()
        self._status_says_why = False
        # The results are already for the corrected words ("chemoterapy" finds Chemotherapy): the count says so,
        # and no "Did you mean" button offers what is shown (it took a result's room above the keyboard).
        self._show_suggestion(None if hits else did_you_mean)
        cards = [self._card(pid, title, snippet) for pid, title, snippet in hits]
        self.results.set_cards(cards)
        if hits:
            words = (did_you_mean or query).strip()
            if more:
                # A count, not a cap: "10 pages found" when 14 match would be untrue.
                text = self.tr("More than {count} pages match “{query}”. Here are the {count} that match best. "
                               "Add a word to find fewer. Choose one to read it.")
            elif len(hits) == 1:
                text = self.tr("1 page found for “{query}”. Choose one to read it.")
            else:
                text = self.tr("{count} pages found for “{query}”. Choose one to read it.")
            self.status.setText(interface_line(text.format(query=isolated(words), count=len(hits))))
        # With nothing found, the large message takes the status line's place, right under the box, so it is
        # seen above the on-screen keyboard in large print too.
        self.status.setVisible(bool(hits) and not self._tight)
        self._show_not_covered(None if hits else (message or self.tr(
            "Sorry, we could not find a page about that. Please ask a nurse or the reception desk.")))
        self._show_topics(not hits and bool(self._topic_pages))
        self._shown_query = query
        if self._first_result_wanted:
            self._focus_first_result()

    def result_cards(self) -> list[CardButton]:
        return [c for c in self.results.cards() if isinstance(c, CardButton)]

    def message_fully_shown(self) -> bool:
        """Whether the "not covered" message and the Urgent help button, those of them shown, are in view, uncut."""
        return all(w.visibleRegion().boundingRect() == w.rect()
                   for w in (self.not_covered, self.urgent_button) if not w.isHidden())

    def _show_not_covered(self, message: str | None) -> None:
        self.not_covered.setText(message or "")
        self.not_covered.setVisible(bool(message))
        self.urgent_button.setVisible(bool(message))

    def _show_suggestion(self, suggestion: str | None) -> None:
        self._suggestion = suggestion or ""
        self.did_you_mean.setText(self.tr("Did you mean “{word}”?").format(word=isolated(suggestion))
                                  if suggestion else "")
        self.did_you_mean.setVisible(bool(suggestion))

    def _accept_suggestion(self) -> None:
        if self._suggestion:
            self.set_query(self._suggestion)

    def _card(self, page_id: str, title: str, summary_html: str, icon: str = "") -> CardButton:
        card = CardButton(title, summary_html, icon=icon, rich_summary=True,
                          language=self._language_of(page_id) if self._language_of is not None else None)
        card.setObjectName(f"result-{page_id}")
        card.show_summary(not self._titles_only)
        card.clicked.connect(lambda _=False, pid=page_id: self.page_requested.emit(pid))
        return card

    def apply_theme(self, theme: Theme) -> None:
        self.set_max_column_width(round(theme.px("body") * 40))
        for grid in (self.results, self.topics):
            grid.apply_theme(theme)


class _BoxEvents(QObject):
    """The search box's presses (a tap brings the on-screen keyboard back) and its Enter and Escape keys."""

    def __init__(self, view: SearchView) -> None:
        super().__init__(view)
        self._view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonPress:
            self._view.box_tapped.emit()
        elif event.type() == QEvent.Type.KeyPress:
            return self._view._box_key(event)
        return False
