"""The staff panel behind the PIN: what this kiosk shows and how it is set up, and the few things staff can do."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.staff_facts import ReviewDue
from kiosk.ui.panels.overlay import Overlay
from kiosk.ui.widgets.scroll_column import enable_finger_scrolling
from kiosk.usage import Kind, UsageSummary

QWIDGETSIZE_MAX = (1 << 24) - 1
_PATH = re.compile(r"(?<![^\s(])(?:[A-Za-z]:\\|/)[^\s<)]*")  # a folder or file: /var/log/x, C:\Users\x


@dataclass(frozen=True, slots=True)
class StaffReport:
    """Everything the panel shows, gathered by the staff controller."""

    content_name: str
    content_version: str
    content_source: str
    page_count: int
    review_due: list[ReviewDue]
    index_status: str
    counting_on: bool
    usage: UsageSummary | None
    settings_file: str
    settings: list[tuple[str, str]]
    log_file: str
    packs_found: list[Path] = field(default_factory=list)
    previous_pack: str = ""  # what Roll back would go back to; empty: nothing to go back to
    rollback_note: str = ""  # why Go back cannot be used here, said beside it
    kiosk_mode: bool = True
    signoff: str = ""  # how many pages a clinician has signed off (kiosk/content/signoff.py)


def _usage_lines(report: StaffReport) -> list[str]:
    translate = QCoreApplication.translate
    if not report.counting_on:
        return [translate("StaffPanel", "Counting is switched off in the settings ([usage] enabled = false).")]
    usage = report.usage
    if usage is None:
        return [translate("StaffPanel", "No counts yet.")]
    lines = [
        translate("StaffPanel", "Pages read: {count}").format(count=usage.total(Kind.PAGE_VIEW)),
        translate("StaffPanel", "Searches: {count}, of which found nothing: {nothing}").format(
            count=usage.total(Kind.SEARCH), nothing=usage.total(Kind.SEARCH_NOTHING_FOUND)),
        translate("StaffPanel", "Large print turned on: {large}; read aloud used: {aloud}").format(
            large=usage.total(Kind.LARGE_PRINT), aloud=usage.total(Kind.READ_ALOUD)),
        translate("StaffPanel", "“Was this page helpful?” Yes: {yes}, No: {no}").format(
            yes=usage.total(Kind.HELPFUL_YES), no=usage.total(Kind.HELPFUL_NO)),
    ]
    if usage.top_pages:
        lines.append(translate("StaffPanel", "Most read: {pages}").format(
            pages=", ".join(f"{html.escape(p)} ({n})" for p, n in usage.top_pages)))
    if usage.nothing_found:
        # Only health words, and only those searched on 3 or more different days (docs/privacy.md).
        lines.append(translate("StaffPanel", "Health words searched for but not found: {words}").format(
            words=", ".join(f"“{html.escape(word)}” ({n})" for word, n in usage.nothing_found)))
    return lines


class _ButtonRow(QWidget):
    """Buttons side by side, or one under another when their words would not fit side by side (Large print on a
    small screen): a button's label is never cut off."""

    def __init__(self, buttons: tuple[QPushButton, ...]) -> None:
        super().__init__()
        self.buttons = buttons
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(12)
        # The row may be narrower than its buttons side by side: it then stacks them rather than widen the panel.
        self._layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        for button in buttons:
            self._layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        self._layout.addStretch(1)

    def minimumSizeHint(self) -> QSize:
        return QSize(max(b.minimumSizeHint().width() for b in self.buttons), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        side_by_side = sum(b.sizeHint().width() for b in self.buttons) + 12 * (len(self.buttons) - 1)
        direction = (QBoxLayout.Direction.LeftToRight if side_by_side <= event.size().width()
                     else QBoxLayout.Direction.TopToBottom)
        if direction != self._layout.direction():
            self._layout.setDirection(direction)
            self.updateGeometry()
        super().resizeEvent(event)


class _Section(QWidget):
    """A heading, its lines, and the buttons that act on what it describes."""

    def __init__(self, title: str, buttons: tuple[QPushButton, ...] = ()) -> None:
        super().__init__()
        self.heading = QLabel(title)
        self.heading.setObjectName("staffHeading")
        self.heading.setWordWrap(True)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.setSpacing(6)
        layout.addWidget(self.heading)
        layout.addWidget(self.body)
        if buttons:
            layout.addWidget(_ButtonRow(buttons))

    def set_lines(self, lines: list[str]) -> None:
        # One block a line, in the interface's direction: a line that starts with an English name or a path
        # ("Secondary breast cancer, built into the app" in Urdu) would otherwise turn its whole block
        # left-to-right, bullets and Urdu words with it.
        direction = "rtl" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else "ltr"
        if direction == "rtl":
            # A path's leading slash would join the Urdu words around it ("work/wt/content/"): marked left to right.
            lines = [_PATH.sub(lambda m: f"\u200e{m.group(0)}\u200e", line) for line in lines]
            self.body.setText("".join(f"<div dir='rtl'>• {line}</div>" for line in lines))
            return
        self.body.setText("<br>".join(f"• {line}" for line in lines))


class _Body(QWidget):
    """The scrolling content. A press on its words stops here: passed on up, the finger scroller's cancelling
    press (sent far outside, once a drag becomes a scroll) reached the panel's dimmed surround and closed it."""

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()


class StaffPanel(Overlay):
    leave_kiosk = Signal()
    quit_app = Signal()
    rebuild_index = Signal()
    export_usage = Signal()
    install_pack = Signal(Path)
    roll_back = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("staffPanel")
        self.heading = QLabel(self.tr("Staff panel"))
        self.heading.setObjectName("sectionHeading")
        self.status = QLabel()
        self.status.setObjectName("staffStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.hide()

        def button(text: str, signal: Signal | None = None, *, secondary: bool = True) -> QPushButton:
            widget = QPushButton(text)
            widget.setProperty("action", True)
            widget.setProperty("secondary", secondary)
            if signal is not None:
                widget.clicked.connect(lambda: signal.emit())
            return widget

        self.find_packs_button = button(self.tr("Install from USB"))
        self.rollback_button = button(self.tr("Go back to previous content"), self.roll_back)
        self.rebuild_button = button(self.tr("Rebuild search index"), self.rebuild_index)
        self.export_button = button(self.tr("Export counts (CSV)"), self.export_usage)
        self.content = _Section(self.tr("Content"), (self.find_packs_button, self.rollback_button))
        self.pack_buttons = QWidget()
        self.pack_layout = QVBoxLayout(self.pack_buttons)
        self.pack_layout.setContentsMargins(0, 0, 0, 0)
        self.review = _Section(self.tr("Pages due for review (overdue, or due within 90 days)"))
        self.index = _Section(self.tr("Search index"), (self.rebuild_button,))
        self.usage = _Section(self.tr("Usage in the last 30 days"), (self.export_button,))
        self.settings = _Section(self.tr("Settings in use"))
        self.log = _Section(self.tr("Log file"))
        self.sections = (self.content, self.review, self.index, self.usage, self.settings, self.log)
        body = _Body()
        body.setObjectName("staffBody")
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 16, 0)
        # The heading scrolls with the rest: on a short screen in Large print each line of room is for content.
        body_layout.addWidget(self.heading)
        body_layout.addWidget(self.content)
        body_layout.addWidget(self.pack_buttons)
        for section in self.sections[1:]:
            body_layout.addWidget(section)
        body_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("staffScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(body)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setMinimumHeight(0)
        # The panel's own outer scroll area never scrolls: a status message takes its room from this one instead
        # of adding a second bar.
        self.body_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The inner area asks for no height of its own (a scroll area asks for 24 lines, which made the outer one
        # overflow unseen): it takes whatever the panel has left, and scrolls the rest.
        self.scroll.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)

        # Done is the one filled button; leaving kiosk mode and closing the app are outlined, so neither is
        # mistaken for it.
        self.leave_button = button(self.tr("Leave kiosk mode"), self.leave_kiosk)
        self.quit_button = button(self.tr("Close the app"), self.quit_app)
        self.done_button = button(self.tr("Done"), secondary=False)
        self.done_button.clicked.connect(self.close_overlay)
        self.leave_button.clicked.connect(self.close_overlay)
        self.quit_button.clicked.connect(self.close_overlay)
        self.actions = QWidget()
        self.actions_layout = QGridLayout(self.actions)
        self.actions_layout.setContentsMargins(0, 0, 0, 0)
        self.actions_layout.setSpacing(12)
        self._columns = 0
        self._kiosk_mode = True
        self.panel_layout.addWidget(self.status)
        self.panel_layout.addWidget(self.scroll, 1)
        self.add_button(self.actions)  # Done and the rest stay on screen while the body scrolls
        self.report: StaffReport | None = None
        self._finger_scrolling = False

    def showEvent(self, event) -> None:
        # The one scroll area of the panel, dragged by a finger as every patient screen is; set up once it sits in
        # the window, where the finger scroller can find what it scrolls.
        if not self._finger_scrolling:
            self._finger_scrolling = True
            enable_finger_scrolling(self.scroll)
        super().showEvent(event)

    def _bottom_buttons(self) -> list[QPushButton]:
        leave = [self.leave_button] if self._kiosk_mode else []
        return [*leave, self.quit_button, self.done_button]

    def _fit_panel(self) -> None:
        # All the room panels have (the top bar, with Urgent help, stays above): there is a lot to read, and it
        # scrolls inside the panel.
        width = max(320, self.width() - 48)
        self.panel.setFixedSize(width, max(240, self.height() - 48))
        # Whatever an earlier fit set, it fills the panel now. (Not setFixedHeight(QWIDGETSIZE_MAX) first: that laid
        # the panel out once at that height, at every fit, which is at each text-size switch.)
        self.body_scroll.setMaximumHeight(QWIDGETSIZE_MAX)
        self.body_scroll.setMinimumHeight(0)
        # The staff buttons sit in one row when their labels fit side by side, otherwise two or one a row. The row
        # is measured by the buttons' own widths: counting each as wide as the widest ("Leave kiosk mode") put
        # the three in two rows at 1366x768 in Large print with room to spare.
        buttons = self._bottom_buttons()
        room = width - 64
        spacing = self.actions_layout.spacing()
        widths = [b.sizeHint().width() for b in buttons]
        widest = max(widths) + spacing
        if sum(widths) + spacing * (len(buttons) - 1) <= room:
            columns = len(buttons)
        else:
            columns = max(1, min(len(buttons), room // widest))
        if columns != self._columns or self.actions_layout.count() != len(buttons):
            self._columns = columns
            while self.actions_layout.count():
                self.actions_layout.takeAt(0)
            self.leave_button.setVisible(self._kiosk_mode)
            for index, widget in enumerate(buttons):
                self.actions_layout.addWidget(widget, index // columns, index % columns)

    def show_report(self, report: StaffReport) -> None:
        self.report = report
        e = html.escape
        self.content.set_lines([
            f"<b>{e(report.content_name)}</b>, {e(report.content_version)}",
            self.tr("{count} pages, from {source}").format(count=report.page_count, source=e(report.content_source)),
            *([e(report.signoff)] if report.signoff else []),
            *([e(report.rollback_note)] if report.rollback_note and not report.previous_pack else []),
        ])
        self.review.set_lines([e(self._review_line(item)) for item in report.review_due] or [self.tr("None.")])
        self.index.set_lines([e(report.index_status)])
        self.usage.set_lines(_usage_lines(report))
        self.settings.set_lines([self.tr("File: {path}").format(path=e(report.settings_file))]
                                + [f"{e(key)} = {e(self._setting_value(value))}" for key, value in report.settings])
        self.log.set_lines([e(report.log_file)])
        self.rollback_button.setEnabled(bool(report.previous_pack))
        self.rollback_button.setText(self.tr("Go back to {name}").format(name=report.previous_pack)
                                     if report.previous_pack else self.tr("Go back to previous content"))
        self._kiosk_mode = report.kiosk_mode
        self.leave_button.setVisible(report.kiosk_mode)
        self._columns = 0
        if self.isVisible():
            self._fit_panel()

    def _review_line(self, item: ReviewDue) -> str:
        """A page's review date in the panel's language (``ReviewDue.describe`` is the core's English)."""
        date = QLocale().toString(QDate(item.due.year, item.due.month, item.due.day), "dd MMMM yyyy")
        if item.overdue:
            days = -item.days_left
            text = (self.tr("{title}: review was due {date} (1 day ago)") if days == 1
                    else self.tr("{title}: review was due {date} ({days} days ago)"))
        else:
            days = item.days_left
            text = (self.tr("{title}: review due {date} (in 1 day)") if days == 1
                    else self.tr("{title}: review due {date} (in {days} days)"))
        return text.format(title=item.title, date=date, days=days)

    def _setting_value(self, value: str) -> str:
        """The words ``settings_in_use`` shows for a value (yes, no, not set), in the panel's language."""
        words = {
            "yes": self.tr("yes"),
            "no": self.tr("no"),
            "(not set)": self.tr("(not set)"),
            "set": self.tr("set"),
            "not set (staff cannot leave kiosk mode)": self.tr("not set (staff cannot leave kiosk mode)"),
        }
        return words.get(value, value)

    def details_text(self) -> str:
        """Everything the panel says, as plain text (for tests and the log)."""
        return "\n".join(f"{s.heading.text()}\n{s.body.text()}" for s in self.sections)

    def show_packs(self, packs: list[Path]) -> None:
        """One big button per pack file found on a USB stick or in the pickup folder: no file dialog to wander."""
        self.clear_packs()
        if not packs:
            self.set_status(self.tr(
                "No content pack (.kpack file) was found on a USB stick or in the pickup folder."))
            return
        self.set_status(self.tr("Tap the pack to install. It is checked before anything changes."))
        for path in packs:
            choice = QPushButton(self.tr("Install {file}  ({folder})").format(file=path.name, folder=path.parent))
            choice.setProperty("action", True)
            choice.setProperty("secondary", True)
            choice.setObjectName("packChoice")
            choice.clicked.connect(lambda _=False, p=path: self.install_pack.emit(p))
            self.pack_layout.addWidget(choice)

    def clear_packs(self) -> None:
        while self.pack_layout.count():
            item = self.pack_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()

    def set_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def set_busy(self, busy: bool) -> None:
        for widget in (self.rebuild_button, self.export_button, self.find_packs_button, self.rollback_button,
                       self.pack_buttons):
            widget.setEnabled(not busy)
        if not busy and self.report is not None:
            self.rollback_button.setEnabled(bool(self.report.previous_pack))
