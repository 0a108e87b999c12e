""""Was this page helpful? Yes / No" at the end of a page: two big buttons, one answer per page view, then thanks."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class HelpfulRow(QFrame):
    answered = Signal(bool)  # True for Yes

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpfulRow")
        self.question = QLabel(self.tr("Was this page helpful?"))
        self.question.setObjectName("sectionHeading")
        self.question.setWordWrap(True)
        self.yes = QPushButton(self.tr("Yes"))
        self.no = QPushButton(self.tr("No"))
        self.buttons = QWidget()
        row = QHBoxLayout(self.buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(24)
        for button, value in ((self.yes, True), (self.no, False)):
            button.setProperty("action", True)
            button.setMinimumWidth(160)  # a big target for an unsteady finger, well apart from its neighbour
            button.setMinimumHeight(64)
            # Reached by Tab, never taken by a tap: so an answer given from the keyboard is told apart, and a tap
            # leaves no ring behind.
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(lambda _=False, v=value: self._answer(v))
            row.addWidget(button)
        row.addStretch(1)
        self.thanks = QLabel(self.tr("Thank you. Your answer helps us improve these pages."))
        self.thanks.setObjectName("helpfulThanks")
        self.thanks.setWordWrap(True)
        self.thanks.setTextFormat(Qt.TextFormat.PlainText)
        # A Tab stop once shown: an answer given from the keyboard leaves the focus here, in sight and ringed, where
        # a screen reader reads the thanks and Tab goes on from (not on a button that has gone, nor back at Home).
        self.thanks.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 16, 0, 0)
        layout.setSpacing(12)
        for widget in (self.question, self.buttons, self.thanks):
            layout.addWidget(widget)
        self.ask()

    def ask(self) -> None:
        """A new page view: the question again, ready for one answer."""
        self.buttons.show()
        self.thanks.hide()

    def _answer(self, yes: bool) -> None:
        if not self.buttons.isVisible():
            return  # a double tap counts once
        from_keyboard = self.yes.hasFocus() or self.no.hasFocus()  # a tap never focuses them (TabFocus)
        self.thanks.show()
        if from_keyboard:
            self.thanks.setFocus(Qt.FocusReason.TabFocusReason)  # before the buttons go, so nothing else takes it
        self.buttons.hide()
        self.answered.emit(yes)
