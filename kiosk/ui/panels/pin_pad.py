"""The staff PIN pad behind the hidden gesture: the right PIN opens the staff panel; wrong PINs slow down."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kiosk.settings import verify_pin
from kiosk.ui.panels.overlay import Overlay
from kiosk.ui.services.background import BackgroundWork
from kiosk.ui.widgets.keyboard import MIN_KEY_PX

log = logging.getLogger(__name__)

FREE_TRIES = 3
FIRST_LOCKOUT_S = 30
MAX_LOCKOUT_S = 15 * 60


class PinAttempts:
    """Counts wrong PINs: after ``FREE_TRIES`` each further miss locks the pad for twice as long as the last."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self.failures = 0
        self.locked_until = 0.0

    def seconds_locked(self) -> int:
        return max(0, round(self.locked_until - self._clock() + 0.499))

    def failed(self) -> None:
        self.failures += 1
        if self.failures >= FREE_TRIES:
            delay = min(MAX_LOCKOUT_S, FIRST_LOCKOUT_S * 2 ** (self.failures - FREE_TRIES))
            self.locked_until = self._clock() + delay

    def succeeded(self) -> None:
        self.failures = 0
        self.locked_until = 0.0


class PinPad(Overlay):
    """Checking a PIN takes Argon2id 130-200 ms (more on a busy PC), so it runs on a worker thread while the pad
    says it is checking and takes no more PINs: a stranger's taps never freeze the screen, and a PIN typed during
    a check can neither slip past the attempt limit nor be counted twice."""

    unlocked = Signal()  # the right PIN: the session opens the staff panel
    checked = Signal(bool)  # a check has finished (right or wrong): tests and the stall benchmark wait for it

    def __init__(self, parent: QWidget, pin_hash: str, attempts: PinAttempts | None = None,
                 verify: Callable[[str, str], bool] = verify_pin) -> None:
        super().__init__(parent)
        self.setObjectName("pinPad")
        self.pin_hash = pin_hash
        self.attempts = attempts or PinAttempts()
        self._verify = verify
        self._checker = BackgroundWork("pin-check", self)
        self.checking = False
        # Bumped when the pad closes: a right PIN whose check ends after the person left opens nothing.
        self._visit = 0
        self.heading = QLabel(self.tr("Staff only"))
        self.heading.setObjectName("sectionHeading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.entry = QLineEdit()
        self.entry.setObjectName("searchBox")
        self.entry.setEchoMode(QLineEdit.EchoMode.Password)
        self.entry.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.entry.setMaxLength(12)
        self.entry.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.entry.returnPressed.connect(self.submit)
        self.digits = QWidget()
        self._grid = QGridLayout(self.digits)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(10)
        self.keys: dict[str, QPushButton] = {}
        # A phone's pad, always: 1 2 3 / 4 5 6 / 7 8 9 / Delete 0 OK.
        for index, label in enumerate(["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK"]):
            button = QPushButton(self.tr("OK") if label == "OK" else label)  # digits as typed, in every language
            button.setProperty("key", True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, v=label: self._press(v))
            if label == "⌫":
                button.setAccessibleName(self.tr("Delete"))
            self.keys[label] = button
            self._grid.addWidget(button, index // 3, index % 3)
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setProperty("action", True)
        self.cancel.setProperty("secondary", True)
        self.cancel.clicked.connect(self.close_overlay)
        # The words (heading, message, entry) above the pad, or beside it on a short screen.
        self.words = QWidget()
        words = QVBoxLayout(self.words)
        words.setContentsMargins(0, 0, 0, 0)
        words.setSpacing(self.panel_layout.spacing())
        for widget in (self.heading, self.message, self.entry):
            words.addWidget(widget)
        self._content = QGridLayout()
        self._content.setContentsMargins(0, 0, 0, 0)
        self._content.setSpacing(self.panel_layout.spacing())
        self.panel_layout.addLayout(self._content)
        self._side_by_side: bool | None = None
        self._place(side_by_side=False)
        self.add_button(self.cancel)
        self._lock_timer = QTimer(self)
        self._lock_timer.setInterval(1000)
        self._lock_timer.timeout.connect(self._refresh_lock)

    def _place(self, *, side_by_side: bool) -> None:
        if side_by_side == self._side_by_side:
            return
        self._side_by_side = side_by_side
        for widget in (self.words, self.digits):
            self._content.removeWidget(widget)
        self._content.addWidget(self.words, 0, 0, Qt.AlignmentFlag.AlignVCenter)
        self._content.addWidget(self.digits, 0, 1) if side_by_side else self._content.addWidget(self.digits, 1, 0)
        self._content.setColumnStretch(1, 1 if side_by_side else 0)

    def arrangements(self) -> int:
        """The pad under the words with keys of the text size's height; then, on a short screen, the pad beside the
        words with keys as tall as the height allows (never under a fingertip's 48 px)."""
        return 2

    def arrange(self, arrangement: int, room_height: int) -> None:
        self._place(side_by_side=arrangement == 1 and self.digits.isVisibleTo(self))
        metrics = self.keys["0"].fontMetrics().height()
        wanted = max(MIN_KEY_PX, round(metrics * 1.8))
        if arrangement == 0:
            self._set_key_height(wanted)
            return
        margins = self.panel_layout.contentsMargins()
        border = self._border()
        buttons = self._layout_height(self.button_row, self.panel.width() - border)
        room = room_height - border - margins.top() - margins.bottom() - buttons
        spacing = self._grid.spacing()
        self._set_key_height(max(MIN_KEY_PX, min(wanted, (room - 3 * spacing) // 4)))

    def _set_key_height(self, height: int) -> None:
        for key in self.keys.values():
            key.setFixedHeight(height)
            key.setMinimumWidth(max(MIN_KEY_PX, height))

    def open(self) -> None:
        self.entry.clear()
        if not self.pin_hash:
            self.message.setText(self.tr(
                "No staff PIN has been set, so kiosk mode cannot be left from the screen. "
                "To set one, run “kiosk set-pin” on this PC (see the deployment guide)."
            ))
            self.entry.hide()
            self.digits.hide()
        else:
            self.entry.show()
            self.digits.show()
            self.message.setText(self.tr("Enter the staff PIN."))
            self._refresh_lock()
        super().open()
        self.entry.setFocus()

    def _press(self, label: str) -> None:
        if label == "⌫":
            self.entry.backspace()
        elif label == "OK":
            self.submit()
        else:
            self.entry.insert(label)

    def submit(self) -> None:
        if self.checking:
            return  # one check at a time: the lock-out must know the last answer before another PIN is tried
        if not self.pin_hash or self.attempts.seconds_locked():
            self._refresh_lock()
            return
        pin = self.entry.text()
        self.entry.clear()
        self.checking = True
        self.message.setText(self.tr("Checking the PIN…"))
        self._refresh_lock()
        verify, stored, visit = self._verify, self.pin_hash, self._visit

        def check() -> bool | None:
            try:
                return verify(pin, stored)
            except Exception:  # libsodium out of memory, say: the pad must not stay "checking" for ever
                log.exception("the staff PIN could not be checked")
                return None

        self._checker.run(check, lambda right: self._checked(right, visit))

    def wait_for_check(self, timeout: float = 10.0) -> bool:
        """Block until a running check has finished (its answer then waits in the event queue)."""
        return self._checker.wait(timeout)

    def _checked(self, right: bool | None, visit: int) -> None:
        self.checking = False
        if right is None:  # not an answer about the PIN, so not counted as a wrong one
            self.message.setText(self.tr("The PIN could not be checked. Please try again."))
        elif right:
            self.attempts.succeeded()
            if visit == self._visit and self.isVisible():
                self.close_overlay()
                self.unlocked.emit()
        else:
            # Counted even if the pad was closed meanwhile: closing it must not be a way round the limit.
            self.attempts.failed()
            self.message.setText(self.tr("That PIN is not right. Please try again."))
        self._refresh_lock()
        if self.isVisible():
            self.entry.setFocus()
        self.checked.emit(bool(right))

    def _refresh_lock(self) -> None:
        seconds = self.attempts.seconds_locked()
        locked = seconds > 0
        self.entry.setEnabled(not locked and not self.checking)
        for button in self.keys.values():
            button.setEnabled(not locked and not self.checking)
        if self.checking:
            self.message.setText(self.tr("Checking the PIN…"))
        elif locked:
            self.message.setText(self.tr("Too many wrong PINs. Please wait {seconds} seconds before trying again.")
                                 .format(seconds=seconds))
            if not self._lock_timer.isActive():
                self._lock_timer.start()
        elif self._lock_timer.isActive():
            self._lock_timer.stop()
            self.message.setText(self.tr("Enter the staff PIN."))

    def close_overlay(self) -> None:
        self._visit += 1
        self._lock_timer.stop()
        self.entry.clear()
        super().close_overlay()
