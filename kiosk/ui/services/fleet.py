"""What the running kiosk tells IT (its state file and heartbeat) and when it sleeps or restarts (``[schedule]``):
the Qt side of ``kiosk.fleet``. Nothing here waits on a disk or a share on the GUI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from kiosk.fleet.heartbeat import BEAT_SECONDS, HeartbeatWriter
from kiosk.fleet.schedule import RESTART_EXIT_CODE, RestartSchedule, ScreenOff, parse_clock, parse_window
from kiosk.fleet.state import KioskState, iso
from kiosk.settings import Settings

log = logging.getLogger(__name__)

SCHEDULE_CHECK_MS = 15_000
QUIET_BEFORE_RESTART_S = 60


class FleetReporting(QObject):
    """The state file (first paint, each idle reset) and, with ``[fleet] heartbeat_dir``, the heartbeat."""

    def __init__(self, settings: Settings, config: Path | None, session: Callable[[], object], *,
                 state: KioskState | None = None, heartbeat_dir: Path | None = None,
                 beat_ms: int = BEAT_SECONDS * 1000, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings, self.config, self._session = settings, config, session
        self.state = state or KioskState()
        self.heartbeat = HeartbeatWriter(heartbeat_dir) if heartbeat_dir is not None else None
        self.timer = QTimer(self)
        self.timer.setInterval(beat_ms)
        self.timer.timeout.connect(self.beat)

    def start(self) -> None:
        """At the first paint: write the state file and start beating."""
        self._note_showing()
        self.state.painted_first(self._session().window.last_painted)
        if self.heartbeat is not None:
            log.info("heartbeat: writing %s every %d s", self.heartbeat.target, self.timer.interval() // 1000)
            self.timer.start()
            self.beat()

    def idle_reset(self) -> None:
        self._note_showing()
        self.state.idle_reset()

    def _note_showing(self) -> None:
        session = self._session()
        self.state.showing = [str(path) for path in getattr(session.store, "directories", None) or
                              [session.store.directory]]

    def beat(self) -> bool:
        """Start one heartbeat on its own thread; False if the last one is still under way (then skipped)."""
        if self.heartbeat is None:
            return False
        window = self._session().window
        last_frame = window.last_painted if shiboken6.isValid(window) else None
        if shiboken6.isValid(window):
            window.update()  # so the next beat can tell whether the window still paints (hidden: it does not)
        state = {**self.state.as_dict(), "last_frame": iso(last_frame)}
        settings, config, seconds = self.settings, self.config, self.timer.interval() // 1000

        def gather() -> dict:  # on the heartbeat's thread: plain values only, no Qt object
            from kiosk.fleet.status import gather_status

            report = gather_status(settings, config, state=state, running=True)
            report["kiosk"]["last_frame"] = state["last_frame"]
            report["heartbeat_seconds"] = seconds
            return report

        return self.heartbeat.beat(gather)

    def stop(self) -> None:
        self.timer.stop()


class _BlackCover(QWidget):
    """Covers the window outside clinic hours; a touch on it wakes the kiosk."""

    touched = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("screenOff")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#screenOff { background: black; }")
        self.setAccessibleName(self.tr("Screen off outside clinic hours. Touch to wake."))
        window.installEventFilter(self)
        self.setGeometry(window.rect())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.KeyPress):
            self.touched.emit()
            return True
        return super().event(event)


class ScheduleKeeper(QObject):
    """``[schedule]``: black outside ``screen_off`` hours (a touch wakes it for a minute, on Urgent help), and a
    clean exit with ``RESTART_EXIT_CODE`` after ``restart_at`` once nobody is using the kiosk."""

    restart_due = Signal()

    def __init__(self, settings: Settings, session: Callable[[], object], *, screen_off: ScreenOff | None = None,
                 restart: RestartSchedule | None = None, check_ms: int = SCHEDULE_CHECK_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.screen_off = screen_off or (ScreenOff(parse_window(settings.screen_off)) if settings.screen_off
                                         else None)
        self.restart = restart or (RestartSchedule(parse_clock(settings.restart_at)) if settings.restart_at
                                   else None)
        self._cover: _BlackCover | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(check_ms)
        self.timer.timeout.connect(self.check)

    @property
    def active(self) -> bool:
        return self.screen_off is not None or self.restart is not None

    def start(self) -> None:
        if self.active:
            self.timer.start()
            self.check()

    def stop(self) -> None:
        self.timer.stop()

    @property
    def is_dark(self) -> bool:
        return self._cover is not None and shiboken6.isValid(self._cover) and self._cover.isVisible()

    def check(self) -> None:
        session = self._session()
        if self.screen_off is not None:
            self._set_dark(session, self.screen_off.should_be_off())
        if self.restart is not None and self.restart.due() and self._quiet(session):
            log.info("schedule: restarting as set (restart_at = %s); exit code %d", self.restart.at.strftime("%H:%M"),
                     RESTART_EXIT_CODE)
            self.timer.stop()
            self.restart_due.emit()

    def _quiet(self, session) -> bool:
        """Nobody is using it: dark, or at the start with no touch for a minute."""
        if self.is_dark:
            return True
        idle = session.idle
        if not session.controller.is_at_start() or idle.counting_down:
            return False
        quiet_ms = idle.idle.interval() - idle.idle.remainingTime() if idle.idle.isActive() else 0
        return quiet_ms >= QUIET_BEFORE_RESTART_S * 1000

    def _set_dark(self, session, dark: bool) -> None:
        if dark and not self.is_dark:
            window = session.window
            if self._cover is None or not shiboken6.isValid(self._cover) or self._cover.parentWidget() is not window:
                self._cover = _BlackCover(window)
                self._cover.touched.connect(self.wake)
            session.controller.reset()  # nothing of the last visit stays behind the black screen
            self._cover.show()
            self._cover.raise_()
            log.info("schedule: screen off (outside clinic hours %s)", "-".join(
                t.strftime("%H:%M") for t in self.screen_off.window))
        elif not dark and self.is_dark:
            self._cover.hide()

    def wake(self) -> None:
        """A touch on the black screen: awake for a minute, on Urgent help (out of hours, the likeliest need)."""
        assert self.screen_off is not None
        self.screen_off.wake()
        session = self._session()
        self._set_dark(session, False)
        session.controller.open_urgent()
        QTimer.singleShot(int(self.screen_off.wake_seconds * 1000) + 50, self, self.check)
