"""The monkey on the locked-down kiosk (full screen, keys blocked, the staff corner live): the checks of
tests/ui/test_monkey.py, in a file of its own so that the two test workers share the monkey's minutes."""

from __future__ import annotations

import pytest

from tests.ui.monkey import Monkey
from tests.ui.test_kiosk import kiosk_session
from tests.ui.test_monkey import GESTURE_NOISE


@pytest.mark.qt_log_ignore(GESTURE_NOISE)
def test_random_actions_on_the_locked_down_kiosk(qtbot, tmp_path) -> None:
    # Full screen, keys blocked, the staff corner live: the same checks, and no right click ever opens a menu.
    session = kiosk_session(qtbot, tmp_path)
    assert session.search.wait(timeout=120), session.search.error
    monkey = Monkey(session, 4, check_every=70)
    report = monkey.run(350)
    print(report.summary())
    assert not report.exceptions and not report.warnings and not report.stuck, report.summary()
    assert report.popups == 0, report.summary()
