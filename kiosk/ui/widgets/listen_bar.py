"""The row under a page's title: Listen (then Pause or Carry on, and Stop) and Take home. Layout only."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QWidget


class Reading(Enum):
    STOPPED = "stopped"
    SPEAKING = "speaking"
    PAUSED = "paused"


def _button(text: str, name: str, description: str, *, secondary: bool = False) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setProperty("action", True)
    button.setProperty("secondary", secondary)
    button.setAccessibleName(text)
    button.setAccessibleDescription(description)
    button.setMinimumHeight(64)  # a finger-sized target, like the page's other buttons
    button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    return button


class ListenBar(QWidget):
    listen_clicked = Signal()
    pause_clicked = Signal()
    resume_clicked = Signal()
    stop_clicked = Signal()
    take_home_clicked = Signal()
    reading_changed = Signal(bool)  # reading aloud (or paused) has started, or it has stopped

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("listenBar")
        self.listen = _button(self.tr("Listen"), "listenButton", self.tr("Read this page aloud"))
        self.pause = _button(self.tr("Pause"), "pauseButton", self.tr("Pause reading aloud"), secondary=True)
        self.resume = _button(self.tr("Carry on"), "resumeButton",
                              self.tr("Carry on reading aloud from where it paused"))
        self.stop = _button(self.tr("Stop"), "stopButton", self.tr("Stop reading aloud"), secondary=True)
        self.take_home = _button(self.tr("Take home"), "takeHomeButton",
                                 self.tr("Show a square code to keep this page's summary on your phone"),
                                 secondary=True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 4, 0, 4)
        row.setSpacing(20)
        for button in (self.listen, self.pause, self.resume, self.stop, self.take_home):
            row.addWidget(button)
        row.addStretch(1)
        self.listen.clicked.connect(self.listen_clicked)
        self.pause.clicked.connect(self.pause_clicked)
        self.resume.clicked.connect(self.resume_clicked)
        self.stop.clicked.connect(self.stop_clicked)
        self.take_home.clicked.connect(self.take_home_clicked)
        self.can_listen = False
        self.can_pause = False
        self.show_reading(Reading.STOPPED)

    def set_voice(self, available: bool, can_pause: bool) -> None:
        """With no voice on this PC there is nothing to press: Listen is not shown at all."""
        self.can_listen = available
        self.can_pause = can_pause
        self.show_reading(Reading.STOPPED)

    def show_reading(self, state: Reading) -> None:
        was_reading = getattr(self, "state", Reading.STOPPED) is not Reading.STOPPED
        self.state = state
        if was_reading != (state is not Reading.STOPPED):
            self.reading_changed.emit(not was_reading)
        self.listen.setVisible(self.can_listen and state is Reading.STOPPED)
        self.pause.setVisible(self.can_listen and self.can_pause and state is Reading.SPEAKING)
        self.resume.setVisible(self.can_listen and state is Reading.PAUSED)
        self.stop.setVisible(self.can_listen and state is not Reading.STOPPED)
