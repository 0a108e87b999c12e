"""The page screen: a page's text, large and well spaced, then its sub-pages and related pages as big buttons."""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from PySide6.QtCore import QEvent, QRectF, Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QFrame,
    QLabel,
    QScrollArea,
    QTextBrowser,
    QWidget,
)

from kiosk.content.glossary import Glossary
from kiosk.content.model import ContentStore, Page
from kiosk.content.render import PageRenderer, page_id_from_href
from kiosk.content.signoff import SignoffDates, reviewed_line
from kiosk.ui.palette import STANDARD
from kiosk.ui.services.translation import interface_line, isolated, reading_direction
from kiosk.ui.theme import Theme
from kiosk.ui.widgets.card_button import CardButton
from kiosk.ui.widgets.card_grid import CardGrid
from kiosk.ui.widgets.helpful_row import HelpfulRow
from kiosk.ui.widgets.letter_bar import LetterBar
from kiosk.ui.widgets.listen_bar import ListenBar, Reading
from kiosk.ui.widgets.scroll_column import ScrollColumn


class PageText(QTextBrowser):
    """Page text that is exactly as tall as its content: the whole screen scrolls, not a box inside it.

    Links can be tapped; text cannot be selected or dragged, so a finger sliding over it scrolls instead.
    With a keyboard, each link is a Tab stop (shown highlighted) and Enter opens it; a page without links is no stop.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.focus_colour = STANDARD["focus"]  # the theme's ring colour, set by PageView.apply_theme
        self.setObjectName("pageText")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.document().setDocumentMargin(0)
        self.document().documentLayout().documentSizeChanged.connect(self._fit_height)
        self.focus_colour = STANDARD["focus"]  # the theme's, once one is applied
        self._reading = -1  # the number of the block being read aloud, or -1
        self.reading_colours = (STANDARD["reading"], STANDARD["reading_edge"])  # the theme's band and its edges

    def mark_reading(self, block: QTextBlock | None) -> None:
        """Paint a band behind ``block`` (the paragraph, heading or list item being read aloud); None: no band."""
        number = block.blockNumber() if block is not None and block.isValid() else -1
        if number != self._reading:
            self._reading = number
            self.viewport().update()

    def reading_block(self) -> QTextBlock | None:
        """The block on the band, if any."""
        block = self.document().findBlockByNumber(self._reading) if self._reading >= 0 else None
        return block if block is not None and block.isValid() else None

    def reading_band(self) -> QRectF:
        """Where the band is painted, in the viewport (empty with none): every line of the block and the space
        between them, the full width, and a little above its first line for the top edge to sit clear of it."""
        block = self.reading_block()
        if block is None or block.layout() is None:
            return QRectF()
        layout = block.layout()
        box = layout.boundingRect().translated(layout.position())
        above = max(4, self.fontMetrics().lineSpacing() // 6)
        top = max(0.0, box.top() - above)  # the first paragraph's edge is drawn on its first line, not cut off
        return QRectF(0, top - self.verticalScrollBar().value(), self.viewport().width(), box.bottom() - top)

    def resizeEvent(self, event: QEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        document, width = self.document(), self.viewport().width()
        # Setting the width lays the whole document out again even when it is unchanged (a theme switch asked
        # nine times for Words explained, 20-60 ms); Qt's own resize has usually set it already.
        if document.textWidth() != width:
            document.setTextWidth(width)
        height = int(document.size().height()) + 4
        if self.height() != height:
            self.setFixedHeight(height)

    def changeEvent(self, event: QEvent) -> None:
        # A theme switch cascades through the screen and hands the text the same new font several times over;
        # QTextEdit lays the whole document out again at each (Words explained: four times per switch). Only a
        # font the document does not have yet needs that.
        if event.type() == QEvent.Type.FontChange and self.document().defaultFont() == self.font():
            QAbstractScrollArea.changeEvent(self, event)
            return
        super().changeEvent(event)

    def wheelEvent(self, event: QEvent) -> None:
        event.ignore()  # let the page scroll instead of this box

    def set_has_links(self, has_links: bool) -> None:
        # Focus with no link chosen would be a Tab stop that shows nothing.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if has_links else Qt.FocusPolicy.NoFocus)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        reason = event.reason()
        if reason in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            # Arriving by Tab lands on the first link (by Shift+Tab, the last), never on nothing.
            forward = reason == Qt.FocusReason.TabFocusReason
            cursor = self.textCursor()
            cursor.clearSelection()
            cursor.movePosition(QTextCursor.MoveOperation.Start if forward else QTextCursor.MoveOperation.End)
            self.setTextCursor(cursor)
            self.focusNextPrevChild(forward)

    def paintEvent(self, event: QPaintEvent) -> None:
        band = self.reading_band()
        if not band.isEmpty():
            # Under the text, painted first: one solid band, not a strip per line with gaps of page between them
            # (a selection's band stops at each line's glyphs, short of the wide line spacing), and a rule above
            # and below it in a strong colour, so the part being read stands out without relying on the tint.
            band_colour, edge_colour = (QColor(c) for c in self.reading_colours)
            edge = max(3, self.fontMetrics().lineSpacing() // 12)
            painter = QPainter(self.viewport())
            painter.fillRect(band, band_colour)
            painter.fillRect(QRectF(band.left(), band.top(), band.width(), edge), edge_colour)
            painter.fillRect(QRectF(band.left(), band.bottom() - edge, band.width(), edge), edge_colour)
            painter.end()
        super().paintEvent(event)
        cursor = self.textCursor()
        if not (self.hasFocus() and cursor.hasSelection()):
            return
        # Qt marks a link chosen with Tab by a thin dotted line; draw the same ring the buttons wear instead.
        start, end = QTextCursor(cursor), QTextCursor(cursor)
        start.setPosition(cursor.selectionStart())
        end.setPosition(cursor.selectionEnd())
        first, last = self.cursorRect(start), self.cursorRect(end)
        if first.top() == last.top():
            rings = [first.united(last)]
        else:  # a link that wraps onto the next line: ring both parts
            rings = [first.adjusted(0, 0, self.viewport().width() - first.right(), 0),
                     last.adjusted(-last.left(), 0, 0, 0)]
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(self.focus_colour), 3))
        for ring in rings:
            painter.drawRoundedRect(ring.adjusted(-4, -2, 4, 2), 4, 4)

    def focusNextPrevChild(self, next: bool) -> bool:
        moved = super().focusNextPrevChild(next)
        self.viewport().update()  # the ring moves with the chosen link
        if self.hasFocus() and self.textCursor().hasSelection():
            self._show_chosen_link()
        return moved

    def _show_chosen_link(self) -> None:
        """Scroll the page (not this box, which never scrolls) so the link chosen with Tab is in view."""
        area = self.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is None:
            return
        rect = self.cursorRect(self.textCursor())
        point = self.viewport().mapTo(area.widget(), rect.center())
        area.ensureVisible(point.x(), point.y(), 50, max(50, area.viewport().height() // 4))


GLOSSARY_SCHEME = "glossary:"


def _comparable(text: str) -> str:
    """Text as the page shows it and as read aloud compare: letters and digits only."""
    return re.sub(r"\W+", "", text.casefold())


class PageView(ScrollColumn):
    page_requested = Signal(str)
    external_link = Signal(str)  # a website's address
    word_tapped = Signal(str)  # a medical word marked in the text, by its glossary spelling
    page_changed = Signal()  # another page (or none) is showing: whatever was being read aloud is over

    def __init__(self, store: ContentStore, renderer: PageRenderer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageView")
        self.store = store
        self.renderer = renderer
        # The date under a page is the day a clinical reviewer signed off its current words (content/signoff.toml).
        self.signoffs = SignoffDates(store)
        self.page: Page | None = None
        self._theme: Theme | None = None
        self._stale = False  # the page was last rendered in another theme (while this screen was hidden)
        self._kept_scroll: int | None = None  # where the page was, while its text is put aside for a theme switch

        self.trail = QLabel()
        self.trail.setObjectName("screenSubtitle")
        self.trail.setWordWrap(True)
        self.trail.setTextFormat(Qt.TextFormat.PlainText)
        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.listen_bar = ListenBar()
        # While it reads, the bar with Pause and Stop stays at the top of the screen once the page scrolls on.
        self._listen_pinned = False
        self.listen_bar.reading_changed.connect(lambda reading: None if reading else self._pin_listen_bar(False))
        self._glossary: Glossary | None = None
        self._make_glossary: Callable[[], Glossary] | None = None
        self._reading_block = -1
        # On the Urgent help page, the clinic's numbers come first, in the largest type on any screen.
        self.call_panel = QLabel()
        self.call_panel.setObjectName("callPanel")
        self.call_panel.setWordWrap(True)
        self.call_panel.setTextFormat(Qt.TextFormat.RichText)
        self.call_panel.hide()
        self._call_page = ""
        self._call_lines: list[tuple[str, str, str]] = []
        self.text = PageText()
        self.text.anchorClicked.connect(self._on_link)
        self.children_heading = QLabel()
        self.children_heading.setObjectName("sectionHeading")
        self.children_heading.setWordWrap(True)
        self.children_heading.setTextFormat(Qt.TextFormat.PlainText)
        self.children = CardGrid(min_column_width=400, max_columns=2)
        self.related_heading = QLabel(self.tr("You might also want to read"))
        self.related_heading.setObjectName("sectionHeading")
        self.related = CardGrid(min_column_width=400, max_columns=2)
        self.helpful = HelpfulRow()
        # A translation not yet checked by a qualified translator is only ever shown with this above it.
        self.unchecked = QLabel(self.tr("This translation has not been checked"))
        self.unchecked.setObjectName("uncheckedBanner")
        self.unchecked.setWordWrap(True)
        self.unchecked.hide()
        self.reviewed = QLabel()
        self.reviewed.setObjectName("loadProblem")
        self.reviewed.setWordWrap(True)
        # Words explained is many screens long: an A–Z row stays at the top (outside the scrolling part, in the
        # scroll area's margin) so a reader can jump to a letter from anywhere in it.
        self._letter_pages = store.glossary_pages()
        self.letter_bar = LetterBar(self)
        self.letter_bar.letter_chosen.connect(self.jump_to_letter)
        self.verticalScrollBar().rangeChanged.connect(lambda _low, _high: self._place_letter_bar())
        self.letter_bar.hide()
        for widget in (self.unchecked, self.trail, self.title, self.listen_bar, self.call_panel, self.text,
                       self.children_heading, self.children, self.related_heading, self.related, self.helpful,
                       self.reviewed):
            self.column_layout.addWidget(widget)
        self.column_layout.addStretch(1)

    def set_call_panel(self, page_id: str, lines: list[tuple[str, str, str]]) -> None:
        """Numbers to show large on ``page_id``: (who, number, when) for each line."""
        self._call_page = page_id
        self._call_lines = lines

    def _update_call_panel(self) -> None:
        show = self.page is not None and self.page.id == self._call_page and bool(self._call_lines)
        self.call_panel.setVisible(show)
        if not show or self._theme is None:
            return
        big, body = self._theme.px("h1"), self._theme.px("body")
        rows = "".join(
            f"<p style='margin:0 0 {body}px 0'><span style='font-size:{body}px'>{html.escape(who)}</span>"
            + (f"<br><span style='font-size:{round(big * 1.2)}px; font-weight:bold'>{html.escape(number)}</span>"
               if number else "")
            + (f"<br><span style='font-size:{body}px'>{html.escape(when)}</span>" if when else "")
            + "</p>"
            for who, number, when in self._call_lines
        )
        self.call_panel.setText(rows)

    def _update_letter_bar(self) -> None:
        show = self.page is not None and self.page.id in self._letter_pages
        letters = list(dict.fromkeys(h[0].upper() for h in self._headings() if h[:1].isalpha())) if show else []
        self.letter_bar.set_letters(letters)
        self.letter_bar.setVisible(bool(letters))
        self._place_letter_bar()

    def _headings(self) -> list[str]:
        block, found = self.text.document().begin(), []
        while block.isValid():
            if block.blockFormat().headingLevel() > 0:
                found.append(block.text().strip())
            block = block.next()
        return found

    def _pin_listen_bar(self, pinned: bool) -> None:
        if pinned == self._listen_pinned:
            return
        self._listen_pinned = pinned
        bar = self.listen_bar
        if pinned:
            self._listen_index = self.column_layout.indexOf(bar)
            self.column_layout.removeWidget(bar)
            bar.setParent(self)  # in the top margin of the screen, outside what scrolls
        else:
            bar.setParent(self.column)
            self.column_layout.insertWidget(self._listen_index, bar)
        bar.show()
        self._place_letter_bar()

    def _place_letter_bar(self) -> None:
        """The A–Z row (Words explained) and, while reading aloud, the Listen bar: pinned above what scrolls."""
        letters = not self.letter_bar.isHidden()
        if not letters and not self._listen_pinned:
            self.setViewportMargins(0, 0, 0, 0)
            return
        frame = self.frameWidth()
        scroll_bar = self.verticalScrollBar()
        # Beside the scroll bar, not under it (the bar runs the full height, margin included).
        width = self.width() - 2 * frame - (scroll_bar.sizeHint().width() if scroll_bar.maximum() > 0 else 0)
        height = 0
        if letters:
            height = self.letter_bar.fit(width, self.height() * 2 // 5)
            self.letter_bar.setGeometry(frame, frame, width, height)
        if self._listen_pinned:
            # In line with the column of text under it.
            left = self.column.mapTo(self, self.column.rect().topLeft()).x() if self.column.width() else frame
            bar_height = self.listen_bar.sizeHint().height()
            self.listen_bar.setGeometry(left, frame + height, min(self.column.width() or width, width), bar_height)
            self.listen_bar.raise_()
            height += bar_height
        self.setViewportMargins(0, height, 0, 0)

    def resizeEvent(self, event: QEvent) -> None:
        super().resizeEvent(event)
        self._place_letter_bar()

    def jump_to_letter(self, letter: str) -> None:
        """Scroll so the first word starting with ``letter`` is at the top of the screen, under the A–Z row."""
        block = self.text.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0 and block.text().strip()[:1].upper() == letter.upper():
                top = self.text.document().documentLayout().blockBoundingRect(block).top()
                offset = self.text.mapTo(self.widget(), self.text.rect().topLeft()).y()
                self.set_scroll_position(round(offset + top) - 8)
                return
            block = block.next()

    def clear(self) -> None:
        self.page = None
        self.title.clear()
        self.text.clear()
        self.page_changed.emit()
        self._update_letter_bar()
        self.children.set_cards([])
        self.related.set_cards([])

    def show_page(self, page: Page) -> None:
        self.page = page
        self._stale = False
        self._kept_scroll = None
        self.page_changed.emit()
        self._read_in(reading_direction(self.store.guide_of(page.id).language))
        trail = self.store.ancestors(page.id)
        self.trail.setText(" › ".join(p.title for p in trail))
        self.trail.setVisible(bool(trail))
        self.title.setText(page.title)
        self.unchecked.setVisible(self.store.guide_of(page.id).unchecked_translation)
        self._update_call_panel()
        self._set_html(self.renderer.render(page))
        self._update_letter_bar()

        children = self.store.children(page.id)
        self.children_heading.setText(interface_line(self.tr("More about {topic}").format(
            topic=isolated(page.title.rstrip('?').lower()))) if children else "")
        self.children_heading.setVisible(bool(children))
        self.children.set_cards([self._card(p) for p in children])
        self.children.setVisible(bool(children))
        related = [p for p in self.store.related(page.id) if p not in children]
        self.related.set_cards([self._card(p) for p in related])
        self.related_heading.setVisible(bool(related))
        self.related.setVisible(bool(related))
        self.reviewed.setText(reviewed_line(page, self.signoffs))
        self.reviewed.setVisible(bool(self.reviewed.text()))
        self.helpful.ask()
        self.set_scroll_position(0)

    def _read_in(self, direction: Qt.LayoutDirection) -> None:
        """Lay the page's own words out in its language's direction (the buttons round them follow the window's).
        Said, not guessed from the first letter of each paragraph: an Urdu paragraph starting "NHS 111" is still
        read right to left, and an English page in an Urdu window left to right."""
        option = self.text.document().defaultTextOption()
        if option.textDirection() != direction:
            option.setTextDirection(direction)
            self.text.document().setDefaultTextOption(option)
        right_to_left = direction == Qt.LayoutDirection.RightToLeft
        side = Qt.AlignmentFlag.AlignRight if right_to_left else Qt.AlignmentFlag.AlignLeft
        for label in (self.trail, self.title):
            label.setAlignment(Qt.AlignmentFlag.AlignAbsolute | side)

    def _card(self, page: Page) -> CardButton:
        card = CardButton(page.title, page.summary, icon=page.icon, language=self.store.guide_of(page.id).language)
        card.setObjectName(f"card-{page.id}")
        card.clicked.connect(lambda _=False, pid=page.id: self.page_requested.emit(pid))
        return card

    def _set_html(self, body: str) -> None:
        document: QTextDocument = self.text.document()
        if self._theme is not None:
            document.setDefaultStyleSheet(self._theme.page_css())
        self.text.setHtml(body)
        self._reading_block = -1
        marked = self._mark_glossary_words()
        self.text.set_has_links("<a " in body or marked)

    # Medical words ------------------------------------------------------------------------------------------
    def set_glossary(self, make: Callable[[], Glossary]) -> None:
        """Where the medical words come from; read when the first page opens, not at start-up."""
        self._make_glossary = make
        self._glossary = None

    def glossary(self) -> Glossary | None:
        if self._glossary is None and self._make_glossary is not None:
            self._glossary = self._make_glossary()
        return self._glossary

    def _mark_glossary_words(self) -> bool:
        """Underline (dotted, in the text's own colour) the first place each glossary word appears outside
        headings and links, and make it tappable. The Words explained page itself is not marked."""
        glossary = self.glossary()
        if glossary is None or not len(glossary) or self.page is None or self.page.id in self._letter_pages:
            return False
        document = self.text.document()
        style = QTextCharFormat()
        style.setAnchor(True)
        style.setFontUnderline(True)
        style.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        if self._theme is not None:
            style.setUnderlineColor(QColor(self._theme.colours["primary"]))
        seen = {self.page.title.casefold()}  # the page about a word need not explain that word again
        marked = False
        edit = QTextCursor(document)
        edit.beginEditBlock()  # one layout pass for all the marks, not one a word
        block = document.begin()
        while block.isValid():
            if block.blockFormat().headingLevel() == 0:
                start = block.position()

                def outside_links(begin: int, end: int, start: int = start) -> bool:
                    cursor = QTextCursor(document)
                    return not any(self._is_link(cursor, start + i) for i in range(begin, end))

                for word in glossary.find(block.text(), skip=seen, allowed=outside_links):
                    edit.setPosition(start + word.start)
                    edit.setPosition(start + word.end, QTextCursor.MoveMode.KeepAnchor)
                    style.setAnchorHref(GLOSSARY_SCHEME + word.word)
                    edit.mergeCharFormat(style)
                    marked = True
            block = block.next()
        edit.endEditBlock()
        return marked

    @staticmethod
    def _is_link(cursor: QTextCursor, position: int) -> bool:
        cursor.setPosition(position + 1)  # the format of the character before the cursor: the one at ``position``
        return cursor.charFormat().isAnchor()

    def marked_words(self) -> list[tuple[str, str]]:
        """(the words as written, the glossary word) for each word marked on the page, in order."""
        found: list[tuple[str, str]] = []
        block = self.text.document().begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                href = fragment.charFormat().anchorHref()
                if href.startswith(GLOSSARY_SCHEME):
                    found.append((fragment.text(), href[len(GLOSSARY_SCHEME):]))
                iterator += 1
            block = block.next()
        return found

    # Reading aloud ------------------------------------------------------------------------------------------
    def show_reading(self, shown: str | None) -> None:
        """Highlight the paragraph, heading or list item being read (None: nothing is) and keep it in view."""
        if not shown:
            self._reading_block = -1
            self.text.mark_reading(None)
            return
        wanted = _comparable(shown)
        document = self.text.document()
        found = None
        # Look on from the part read last, so a sentence that appears twice is found in its right place.
        for first in (self._reading_block + 1, 0):
            block = document.findBlockByNumber(max(0, first))
            while block.isValid():
                if wanted and _comparable(block.text()) == wanted:
                    found = block
                    break
                block = block.next()
            if found is not None:
                break
        if found is None:
            self.text.mark_reading(None)
            return
        self._reading_block = found.blockNumber()
        # The whole paragraph, every line of it, full width: not only the line its first word is on.
        self.text.mark_reading(found)
        box = document.documentLayout().blockBoundingRect(found)
        offset = self.text.mapTo(self.widget(), self.text.rect().topLeft()).y()
        before = self.scroll_position()
        self.ensureVisible(0, round(offset + box.center().y()), 0, round(box.height() / 2) + 60)
        if self.scroll_position() > before and self.listen_bar.state is not Reading.STOPPED:
            # The page moves on under the reader: Pause and Stop stay pinned at the top, in reach.
            self._pin_listen_bar(True)

    def _on_link(self, url: QUrl) -> None:
        href = url.toString()
        page_id = page_id_from_href(href)
        if page_id is not None:
            self.page_requested.emit(page_id)
        elif href.startswith(GLOSSARY_SCHEME):
            self.word_tapped.emit(href[len(GLOSSARY_SCHEME):])
        elif href.startswith("#"):
            self.text.scrollToAnchor(href[1:])
        else:
            self.external_link.emit(href)

    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.text.focus_colour = theme.colours["focus"]
        self.text.reading_colours = (theme.colours["reading"], theme.colours["reading_edge"])
        # About 65 characters a line: easier to follow than a line across a whole wide screen.
        self.set_max_column_width(round(theme.px("body") * 34))
        for grid in (self.children, self.related):
            grid.apply_theme(theme)
        self.letter_bar.apply_theme(theme)
        self.text.focus_colour = theme.colours["focus"]
        self._place_letter_bar()
        self._update_call_panel()
        if self.page is None:
            return
        if not self.isVisible():
            # A page left behind (Home, search) is laid out again as it is shown, not at every switch made
            # elsewhere: that is a whole document's layout nobody would see.
            self._stale = True
            return
        self._render_again()

    def set_text_aside(self) -> None:
        """Empty the text until ``apply_theme`` renders it in the new theme: while a switch restyles the screen, the
        new font and then the new column width would each lay the whole document out again, for a frame nobody
        sees (nothing is painted until the switch is done)."""
        if self.page is None or not self.isVisible() or self._kept_scroll is not None:
            return
        self._kept_scroll = self.scroll_position()
        self.text.document().clear()

    def _render_again(self) -> None:
        self._stale = False
        scroll = self.scroll_position() if self._kept_scroll is None else self._kept_scroll
        self._kept_scroll = None
        self._set_html(self.renderer.render(self.page))
        if scroll:
            # The screen's height follows the new text only once the layouts settle; the place is kept after.
            for _ in range(3):
                QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.set_scroll_position(scroll)

    def showEvent(self, event: QEvent) -> None:
        # Before the first paint: a page is never seen in the theme it was last rendered in.
        if self._stale and self.page is not None:
            self._render_again()
        super().showEvent(event)
