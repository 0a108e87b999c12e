"""The PIN pad checks a PIN on a worker thread, shows that it is checking, and keeps the attempt limit exact."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from kiosk.ui.panels.pin_pad import FREE_TRIES, PinPad

RIGHT = "2468"


class HeldCheck:
    """A stand-in for Argon2id that records its thread and waits to be let go, so a test can act mid-check."""

    def __init__(self) -> None:
        self.threads: list[int] = []
        self.tried: list[str] = []
        self.go = threading.Event()

    def __call__(self, pin: str, stored: str) -> bool:
        self.threads.append(threading.get_ident())
        self.tried.append(pin)
        assert self.go.wait(10), "the test never let the check finish"
        return pin == RIGHT


@pytest.fixture
def pad(qtbot):
    window = QWidget()
    window.resize(1024, 768)
    qtbot.addWidget(window)
    window.show()
    check = HeldCheck()
    pad = PinPad(window, "stored-hash", verify=check)
    pad.check = check
    pad.open()
    yield pad
    check.go.set()  # never leave a worker waiting
    pad.wait_for_check()


def tap(qtbot, pad: PinPad, pin: str) -> None:
    for digit in pin:
        qtbot.mouseClick(pad.keys[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(pad.keys["OK"], Qt.MouseButton.LeftButton)


def test_the_right_pin_is_checked_off_the_gui_thread_while_the_pad_says_so(qtbot, pad) -> None:
    opened = []
    pad.unlocked.connect(lambda: opened.append(True))
    tap(qtbot, pad, RIGHT)
    # The tap has returned with the check still running: the screen was never waiting for it.
    assert pad.checking and pad.isVisible() and opened == []
    assert "Checking" in pad.message.text()
    assert not pad.keys["1"].isEnabled() and not pad.keys["OK"].isEnabled() and not pad.entry.isEnabled()
    with qtbot.waitSignal(pad.checked, timeout=5000) as checked:
        pad.check.go.set()
    assert checked.args == [True] and opened == [True] and not pad.isVisible()
    assert pad.check.threads and threading.get_ident() not in pad.check.threads


def test_a_pin_entered_during_a_check_is_neither_checked_nor_counted(qtbot, pad) -> None:
    opened = []
    pad.unlocked.connect(lambda: opened.append(True))
    tap(qtbot, pad, "1111")
    tap(qtbot, pad, RIGHT)  # the keys are disabled: these taps do nothing
    pad.entry.setText(RIGHT)
    pad.submit()  # and Enter on a physical keyboard is refused too
    with qtbot.waitSignal(pad.checked, timeout=5000):
        pad.check.go.set()
    assert pad.check.tried == ["1111"]
    assert pad.attempts.failures == 1 and opened == [] and pad.isVisible()
    assert "not right" in pad.message.text() and pad.keys["1"].isEnabled()


def test_closing_the_pad_mid_check_neither_unlocks_nor_forgets_a_wrong_pin(qtbot, pad) -> None:
    opened = []
    pad.unlocked.connect(lambda: opened.append(True))
    tap(qtbot, pad, "1111")
    pad.close_overlay()
    pad.open()  # reopened at once: still checking, so no second PIN goes in before the first is counted
    assert pad.checking and not pad.keys["1"].isEnabled()
    with qtbot.waitSignal(pad.checked, timeout=5000):
        pad.check.go.set()
    assert pad.attempts.failures == 1
    pad.check.go.clear()
    tap(qtbot, pad, RIGHT)
    pad.close_overlay()  # the person walked away before the right PIN was confirmed
    with qtbot.waitSignal(pad.checked, timeout=5000):
        pad.check.go.set()
    assert opened == [] and not pad.isVisible()


def test_the_lock_out_still_follows_the_last_free_try(qtbot, pad) -> None:
    pad.check.go.set()
    for _ in range(FREE_TRIES):
        with qtbot.waitSignal(pad.checked, timeout=5000):
            tap(qtbot, pad, "1111")
    assert "Too many wrong PINs" in pad.message.text() and not pad.keys["1"].isEnabled()
    pad.entry.setText(RIGHT)
    pad.submit()
    assert not pad.checking and pad.check.tried == ["1111"] * FREE_TRIES


def test_a_check_that_fails_inside_says_so_and_counts_no_wrong_pin(qtbot, pad) -> None:
    def broken(pin: str, stored: str) -> bool:
        raise MemoryError("no room for Argon2id")

    pad._verify = broken
    with qtbot.waitSignal(pad.checked, timeout=5000) as checked:
        tap(qtbot, pad, RIGHT)
    assert checked.args == [False] and pad.attempts.failures == 0 and not pad.checking
    assert "could not be checked" in pad.message.text() and pad.keys["1"].isEnabled()


def test_the_checking_thread_ends_with_its_pad(qtbot) -> None:
    """A content update replaces the session and its PIN pad: the old pad's worker thread must not live on."""
    window = QWidget()
    qtbot.addWidget(window)
    pad = PinPad(window, "stored-hash", verify=lambda pin, stored: False)
    pad.open()
    with qtbot.waitSignal(pad.checked, timeout=5000):
        tap(qtbot, pad, "1111")
    worker = pad._checker._thread
    assert worker is not None and worker.is_alive()
    pad.deleteLater()
    qtbot.waitUntil(lambda: not worker.is_alive(), timeout=3000)
