"""Idle reset: one application-wide event filter and a timer, then an "Are you still there?" countdown.

Any touch, click, key or scroll counts as someone being there. After ``timeout`` with none, the countdown appears;
any touch or key (on "I'm still here", outside the panel, or on the top bar) cancels it; when it runs out, ``reset``
fires and everything returns to the start.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from kiosk.ui.panels.overlay import Overlay
from kiosk.ui.services.app_events import app_events

ACTIVITY = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseMove,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.KeyPress,
    QEvent.Type.Wheel,
}
# During the countdown, a deliberate touch or key means "I'm still here" wherever it lands (a mouse drifting
# past does not: nobody is touching the screen).
PRESENCE = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.KeyPress,
    QEvent.Type.Wheel,
}


class StillThereDialog(Overlay):
    still_here = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, dismissable=True)
        self.setObjectName("stillThere")
        self.heading = QLabel(self.tr("Are you still there?"))
        self.heading.setObjectName("screenTitle")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setWordWrap(True)  # in Large print on a small screen it is wider than the panel: wrap, never clip
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.button = QPushButton(self.tr("I'm still here"))
        self.button.setProperty("action", True)
        self.button.setObjectName("stillHereButton")
        self.button.clicked.connect(self.still_here)
        self.panel_layout.addWidget(self.heading)
        self.panel_layout.addWidget(self.message)
        self.add_button(self.button)
        self.closed.connect(self.still_here)

    def set_seconds_left(self, seconds: int) -> None:
        # Two sentences rather than Qt's %n plurals: English needs no translation file to read right.
        text = (self.tr("To keep your information private, this screen will go back to the start in 1 second.")
                if seconds == 1 else
                self.tr("To keep your information private, this screen will go back to the start in {seconds} "
                        "seconds.").format(seconds=seconds))
        self.message.setText(text)


class IdleReset(QObject):
    """Watches for activity anywhere in the app. ``install()`` and ``shutdown()`` bracket its life."""

    countdown_started = Signal()
    countdown_cancelled = Signal()
    reset = Signal()

    def __init__(self, window: QWidget, *, timeout_s: float, countdown_s: int,
                 is_at_start=lambda: False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window = window
        self._is_at_start = is_at_start
        self.countdown_s = countdown_s
        self._left = 0
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(round(timeout_s * 1000))
        self.idle.timeout.connect(self.start_countdown)
        self.tick = QTimer(self)
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self._tick)
        self.dialog = StillThereDialog(window)
        self.dialog.still_here.connect(self.cancel)
        self._installed = False
        self._shut_down = False  # after shutdown() nothing starts a timer again (until install())

    @property
    def counting_down(self) -> bool:
        return self.tick.isActive()

    def install(self) -> None:
        if not self._installed:
            app_events().watch(self, ACTIVITY | PRESENCE)
            self._installed = True
        self._shut_down = False
        self.idle.start()

    def someone_is_there(self) -> None:
        """Activity the event filter cannot see (a page being read aloud): the wait starts again."""
        if not self._shut_down and not self.counting_down:
            self.idle.start()

    def shutdown(self) -> None:
        if self._installed:
            app_events().unwatch(self)
            self._installed = False
        self._shut_down = True
        self.idle.stop()
        self.tick.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.counting_down:
            if event.type() in PRESENCE:
                # Cancel and let the touch carry on: a tap on Urgent help both stops the countdown and opens it.
                self.cancel()
        elif event.type() in ACTIVITY:
            self.idle.start()
        return False

    def start_countdown(self) -> None:
        if self._is_at_start():
            self.idle.start()  # nothing to hide from the next person; keep watching
            return
        self._left = self.countdown_s
        self.dialog.set_seconds_left(self._left)
        self.dialog.open()
        self.dialog.button.setFocus()
        if not self._shut_down:  # shut down: shown (as a test may draw it), but no timer runs
            self.tick.start()
        self.countdown_started.emit()

    def _tick(self) -> None:
        self._left -= 1
        if self._left > 0:
            self.dialog.set_seconds_left(self._left)
            return
        self.tick.stop()
        self._close_dialog_quietly()
        self.reset.emit()
        if not self._shut_down:
            self.idle.start()

    def cancel(self) -> None:
        if self.counting_down:
            self.tick.stop()
            self._close_dialog_quietly()
            self.countdown_cancelled.emit()
        # After shutdown nothing starts the wait again: a retired session's countdown never comes up later.
        if not self._shut_down:
            self.idle.start()

    def _close_dialog_quietly(self) -> None:
        """Close the countdown without its "closed" signal, which means "I'm still here" when a person closes it."""
        self.dialog.blockSignals(True)
        self.dialog.close_overlay()
        self.dialog.blockSignals(False)
