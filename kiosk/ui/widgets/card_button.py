"""The big tappable card used for topics, sub-pages, related pages and search results: icon, title, summary."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.ui.services.translation import reading_direction
from kiosk.ui.theme import Theme
from kiosk.ui.widgets import icons


class CardButton(QPushButton):
    """A push button laid out like a card. Its labels pass every touch through to the button."""

    def __init__(
        self,
        title: str,
        summary: str = "",
        *,
        icon: str = "",
        icon_size: int = 56,
        rich_summary: bool = False,
        urgent: bool = False,
        language: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``language``: the language of a page's title and summary (its guide's), when the card shows a page. The
        card then reads in that language's direction whatever the window's: an English page's card in an Urdu
        window has its icon on the left and its words from the left, as its page has. The cards' places in a grid
        still follow the window."""
        super().__init__(parent)
        if language is not None:
            self.setLayoutDirection(reading_direction(language))
        self.setProperty("card", True)
        self.setProperty("urgent", urgent)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(title)
        self.setAccessibleDescription(summary if not rich_summary else "")
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

        row = QHBoxLayout(self)
        row.setContentsMargins(18, 14, 18, 14)
        row.setSpacing(18)
        self.icon_label: QLabel | None = None
        self._icon_name = icon
        self._urgent = urgent
        self._icon_colour = "#ffffff" if urgent else None
        if icon and icons.exists(icon):
            self.icon_label = QLabel()
            self.icon_label.setObjectName("cardIcon")
            self.set_icon_size(icon_size)
            row.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.setSpacing(4)
        self.title_label = QLabel(title)
        self.title_label.setObjectName("cardTitle")
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)  # a title is never markup
        text.addWidget(self.title_label)
        self.summary_label: QLabel | None = None
        if summary:
            self.summary_label = QLabel(summary)
            self.summary_label.setObjectName("cardSummary")
            self.summary_label.setWordWrap(True)
            self.summary_label.setTextFormat(Qt.TextFormat.RichText if rich_summary else Qt.TextFormat.PlainText)
            text.addWidget(self.summary_label)
        text.addStretch(1)  # in a row of taller cards, keep the words together at the top
        row.addLayout(text, 1)
        for label in self.findChildren(QLabel):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

    def show_summary(self, shown: bool) -> None:
        """Titles only (a list of search results beside the on-screen keyboard on a short screen), or in full."""
        if self.summary_label is not None:
            self.summary_label.setVisible(shown)
        if bool(self.property("titleOnly")) == (not shown):
            return
        # A title alone needs no touch-target floor under it: the card is a whole row wide and as tall as its words.
        self.setProperty("titleOnly", not shown)
        if self.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):  # a new card is styled as it is first shown
            self.style().unpolish(self)
            self.style().polish(self)
            self.updateGeometry()

    def set_icon_size(self, size: int) -> None:
        if self.icon_label is not None:
            self.icon_label.setPixmap(icons.pixmap(self._icon_name, size, self._icon_colour, self.devicePixelRatioF()))
            self.icon_label.setFixedSize(size, size)

    def apply_theme(self, theme: Theme) -> None:
        self._icon_colour = theme.colours["urgent_text" if self._urgent else "icon"]
        self.set_icon_size(theme.px("icon"))
        self.set_padding(theme.px("pad"))

    def set_padding(self, pad: int) -> None:
        self.layout().setContentsMargins(pad, pad * 3 // 4, pad, pad * 3 // 4)
        self.layout().setSpacing(pad)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.layout().totalHeightForWidth(width)

    def sizeHint(self) -> QSize:
        return self.layout().totalSizeHint()

    def minimumSizeHint(self) -> QSize:
        hint = self.layout().totalMinimumSize()
        return QSize(min(hint.width(), 200), hint.height())
