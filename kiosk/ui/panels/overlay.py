"""Panels shown over the window (web addresses, "Are you still there?", the PIN pad, errors).

They are children of the main window rather than separate windows, so a full-screen kiosk never shows a window
frame or loses one behind another, and the idle reset can close them all in one place.

A panel covers the screens but never the top bar (the window says where that is, through ``panel_area()``):
Urgent help must be one tap away whatever is open, so the bar stays bright and live, and whoever wires the bar
closes any open panel before it shows a screen.

A panel never cuts its words or buttons off. When its content needs more height than the screen has, it first grows
wider (wrapped text gets shorter), then tries its compact arrangements (``arrangements``/``arrange``: a panel may
put things side by side or shrink a picture), and only as a last resort scrolls its body. The buttons in
``button_row`` sit outside the scrolling body, so they are always on screen.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLayout,
    QScrollArea,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

MARGIN = 24  # between the panel and the edge of the area it covers: the dimmed screen shows it is a panel
TIGHT_MARGIN = 8  # above and below a panel on a screen too short for anything roomier
PAD = 28  # inside the panel, above its content and below its buttons
TIGHT_PAD = 12
WIDTH_STEPS = 4  # how many wider widths to try before a more compact arrangement


class Overlay(QWidget):
    """Dims the screens and shows a centred panel. Escape, a tap outside the panel, or its own buttons close it
    (unless it is not ``dismissable``)."""

    closed = Signal()

    def __init__(self, parent: QWidget, *, dismissable: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("overlay")
        self.dismissable = dismissable
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._outer = outer = QVBoxLayout(self)
        outer.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        self.panel = QFrame()
        self.panel.setObjectName("dialogPanel")
        frame = QVBoxLayout(self.panel)
        frame.setContentsMargins(0, 0, 0, 0)
        frame.setSpacing(0)
        # The body scrolls only when nothing else makes the panel fit; most of the time it is exactly its
        # content's height and no scroll bar shows.
        self.body_scroll = QScrollArea()
        self.body_scroll.setObjectName("panelScroll")
        self.body_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body_scroll.setWidgetResizable(True)
        self.body_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body = QWidget()
        self.body.setObjectName("panelBody")
        self.panel_layout = QVBoxLayout(self.body)
        self.panel_layout.setContentsMargins(32, PAD, 32, PAD)
        self.panel_layout.setSpacing(20)
        self.body_scroll.setWidget(self.body)
        frame.addWidget(self.body_scroll)
        # The panel's own buttons (Close, I'm still here, Cancel): never scrolled out of reach.
        self.button_row = QHBoxLayout()
        self.button_row.setContentsMargins(32, 0, 32, PAD)
        self.button_row.setSpacing(16)
        frame.addLayout(self.button_row)
        outer.addStretch(1)
        outer.addWidget(self.panel, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)
        parent.installEventFilter(self)
        self.panel.installEventFilter(self)  # its content changes (a message, buttons shown) re-fit the panel
        self.body.installEventFilter(self)
        self._fitting = False
        self._tight = False
        self._fitted: tuple[int, int, int] | None = None  # (area width, area height, needed height) last fitted
        self._opener: QWidget | None = None
        self._opener_cursor: QTextCursor | None = None
        self.hide()

    def add_button(self, button: QWidget) -> None:
        """A button of the panel's own, centred below the body and always visible."""
        if self.button_row.count() == 0:
            self.button_row.addStretch(1)
        else:
            self.button_row.takeAt(self.button_row.count() - 1)  # the closing stretch
        self.button_row.addWidget(button)
        self.button_row.addStretch(1)
        self._set_tight(self._tight)  # the body's bottom margin becomes the usual gap above the buttons

    def place(self) -> None:
        """Cover what the window offers for panels (everything under the top bar), or all of it."""
        parent = self.parentWidget()
        area = parent.panel_area() if hasattr(parent, "panel_area") else parent.rect()
        self.setGeometry(area)
        self._fit_panel()

    def room(self) -> tuple[int, int]:
        """The most width and height a panel may take in the area it covers."""
        margin = TIGHT_MARGIN if self._tight else MARGIN
        return max(320, self.width() - 2 * MARGIN), max(160, self.height() - 2 * margin)

    def _set_tight(self, tight: bool) -> None:
        """Less space round the panel and inside it, above and below: for a short screen, before scrolling."""
        self._tight = tight
        margin, pad = (TIGHT_MARGIN, TIGHT_PAD) if tight else (MARGIN, PAD)
        self._outer.setContentsMargins(MARGIN, margin, MARGIN, margin)
        body = self.panel_layout.contentsMargins()
        body.setTop(pad)
        if self.button_row.isEmpty():
            body.setBottom(pad)
        else:
            body.setBottom(min(pad, self.panel_layout.spacing()))
        self.panel_layout.setContentsMargins(body)
        buttons = self.button_row.contentsMargins()
        buttons.setBottom(pad)
        self.button_row.setContentsMargins(buttons)

    def preferred_width(self) -> int:
        """Six tenths of the area: short lines read easily, and the dimmed screen round it says "panel"."""
        most, _ = self.room()
        return max(320, min(most, max(560, self.width() * 6 // 10)))

    def arrangements(self) -> int:
        """How many layouts this panel has, roomiest first (see ``arrange``)."""
        return 1

    def arrange(self, arrangement: int, room_height: int) -> None:
        """Lay the body out in ``arrangement`` (0 is the roomiest) for the panel's current width."""

    def _fit_panel(self) -> None:
        if self._fitting:
            return  # arranging changes the layout, which asks for a fit again
        self._fitting = True
        try:
            self._fit()
        finally:
            self._fitting = False

    def _fit(self) -> None:
        # A fixed width lets wrapped text work out its height; without it long messages are clipped.
        # Roomiest first: the preferred width, then wider, then each more compact arrangement, then less padding.
        for tight in (False, True):
            self._set_tight(tight)
            most_width, room_height = self.room()
            start = self.preferred_width()
            widths = sorted({start + (most_width - start) * step // WIDTH_STEPS for step in range(WIDTH_STEPS + 1)})
            arrangements = range(self.arrangements()) if not tight else [self.arrangements() - 1]
            for arrangement in arrangements:
                for width in widths:
                    self.panel.setFixedWidth(width)
                    self.arrange(arrangement, room_height)
                    if self.needed_height() <= room_height:
                        self._set_height(room_height)
                        return
        # Nothing fits: the preferred width in the most compact arrangement, with the body scrolling.
        self.panel.setFixedWidth(start)
        self.arrange(self.arrangements() - 1, room_height)
        self._set_height(room_height)

    def _set_height(self, room_height: int) -> None:
        width = self.panel.width()
        border = self._border()
        body = self._layout_height(self.panel_layout, width - border)
        buttons = self._layout_height(self.button_row, width - border)
        body_room = max(0, room_height - buttons - border)
        # A scroll bar that showed for a moment would narrow the body, lengthen its wrapped text and stay: only a
        # body that truly does not fit may have one.
        self.body_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded if body > body_room
                                                    else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body_scroll.setFixedHeight(min(body, body_room))
        self.panel.setFixedHeight(min(body, body_room) + buttons + border)
        # Lay the new arrangement out now: measuring it left Qt's nested layouts believing nothing had moved.
        _invalidate(self.panel_layout)
        self.panel_layout.activate()
        self._fitted = (self.width(), self.height(), self.needed_height(fresh=False))

    def needed_height(self, *, fresh: bool = True) -> int:
        """The panel's height with nothing squeezed or scrolled, at its current width. ``fresh`` forgets Qt's
        cached sizes first (needed while trying arrangements); a LayoutRequest has already forgotten them, and
        forgetting again there would post another LayoutRequest, for ever."""
        width = self.panel.width() - self._border()
        return self._layout_height(self.panel_layout, width, fresh) + \
            self._layout_height(self.button_row, width, fresh) + self._border()

    def _border(self) -> int:
        return 2 * self.panel.frameWidth()

    @staticmethod
    def _layout_height(layout: QLayout, width: int, fresh: bool = True) -> int:
        if layout.isEmpty():  # no buttons, or only hidden ones (Qt counts a hidden widget, a stretch as empty)
            return 0
        if fresh:
            _invalidate(layout)
        return layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.totalSizeHint().height()

    def open(self) -> None:
        if not self.isVisible():
            # Where the focus was (the word, link or button a keyboard opened this from): it goes back there when
            # a person closes the panel, so a nurse carries on from it, not from the top of the bar (F16).
            focused = QApplication.focusWidget()
            self._opener = focused if focused is not None and not self.isAncestorOf(focused) else None
            # A link or marked word in a page's text is the text's cursor, which Qt clears as the focus leaves.
            self._opener_cursor = focused.textCursor() if isinstance(focused, QTextEdit) else None
        self.place()
        self.show()
        self.raise_()
        self.setFocus()

    def close_overlay(self) -> None:
        if self.isVisible():
            self.hide()
            opener, self._opener = self._opener, None
            if opener is not None and shiboken6.isValid(opener) and opener.isVisible() and opener.isEnabled() \
                    and opener.window() is self.window():
                opener.setFocus(Qt.FocusReason.OtherFocusReason)
                if isinstance(opener, QTextEdit) and self._opener_cursor is not None:
                    opener.setTextCursor(self._opener_cursor)
            self._opener_cursor = None
            self.closed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize and self.isVisible():
            self.place()
        elif watched in (self.panel, self.body) and event.type() == QEvent.Type.LayoutRequest and self.isVisible() \
                and self._fitted != (self.width(), self.height(), self.needed_height(fresh=False)):
            # Re-fit when the content changed (a message, a button shown), not for the panel's own re-arranging,
            # which would otherwise ask again for ever.
            self._fit_panel()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(10, 20, 35, 170))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.dismissable:
            self.close_overlay()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # Touches outside the panel never reach the screen underneath: they close the panel, as people expect.
        event.accept()
        # Only a real touch closes the panel. The finger scroller of a scroll area inside a panel hands its press on
        # itself (not spontaneous), placed where the content has scrolled to: far below the panel, as if outside it.
        if self.dismissable and event.spontaneous() and not self.panel.geometry().contains(event.position().toPoint()):
            self.close_overlay()


def _invalidate(layout: QLayout) -> None:
    """Forget the sizes ``layout`` and the layouts nested in it worked out for the last arrangement; Qt would only
    do so on its next pass through the event loop, and the panel measures several arrangements before then."""
    layout.invalidate()
    for index in range(layout.count()):
        nested = layout.itemAt(index).layout()
        if nested is not None:
            _invalidate(nested)
