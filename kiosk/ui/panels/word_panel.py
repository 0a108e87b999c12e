"""A medical word's plain explanation, large, over the page; one tap anywhere closes it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from kiosk.ui.panels.overlay import Overlay


class WordPanel(Overlay):
    urgent_requested = Signal()  # its Urgent help button, shown when the explanation sends the reader there

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("wordPanel")
        self.setAccessibleName(self.tr("What this word means"))
        self.word = QLabel()
        self.word.setObjectName("sectionHeading")
        self.word.setWordWrap(True)
        self.word.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation = QLabel()
        self.explanation.setObjectName("wordExplanation")
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.done = QPushButton(self.tr("Close"))
        self.done.setObjectName("closeWordButton")
        self.done.setProperty("action", True)
        self.done.setAccessibleName(self.tr("Close"))
        self.done.setAccessibleDescription(self.tr("Close the explanation and go back to the page"))
        self.done.clicked.connect(self.close_overlay)
        self.urgent = QPushButton(self.tr("Urgent help"))
        self.urgent.setObjectName("wordUrgentButton")
        self.urgent.setProperty("urgent", True)
        self.urgent.clicked.connect(self.urgent_requested)
        self.urgent.hide()
        self.panel_layout.addWidget(self.word)
        self.panel_layout.addWidget(self.explanation)
        self.add_button(self.urgent)
        self.add_button(self.done)  # always on screen, even if the words ever have to scroll

    def explain(self, word: str, explanation: str) -> None:
        self.word.setText(word)
        self.explanation.setText(explanation)
        self.explanation.setAccessibleName(f"{word}: {explanation}")
        # "It needs help now: see Urgent help." must come with the way there, not only the words.
        self.urgent.setVisible("urgent help" in explanation.lower())
        self.open()
        self.done.setFocus()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # One tap anywhere closes it, on the panel as well as around it: there is nothing in it to tap.
        event.accept()
        self.close_overlay()
