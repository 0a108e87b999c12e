"""Errors into the Windows Application event log, where clinic IT's monitoring looks first (Event Viewer, or a
collector reading it from every PC). ctypes only; ``kiosk.logs`` imports it on Windows only, and only
``open_event_log`` needs Windows (the handler's own rules are tested on Linux too).

The log file stays the full record; the event log gets each ERROR as one event from the source ``ClinicKiosk``.
Writing there is a courtesy: if the event log cannot be opened or written (a locked-down PC, a full log), the
kiosk carries on exactly as before and says so once in its own log file.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable

SOURCE = "ClinicKiosk"
EVENTLOG_ERROR_TYPE = 0x0001
EVENT_ID = 1000
# ReportEventW takes at most 31,839 characters a string; a traceback longer than this is cut, the file has it all.
MAX_CHARS = 30_000

log = logging.getLogger(__name__)

Report = Callable[[str], None]


def open_event_log(source: str = SOURCE) -> tuple[Report, Callable[[], None]]:
    """A function that writes one error event, and one that closes the log (OSError if it cannot be opened)."""
    import ctypes
    from ctypes import wintypes

    advapi32 = ctypes.WinDLL("advapi32", use_last_error=True)
    advapi32.RegisterEventSourceW.argtypes = [wintypes.LPCWSTR, wintypes.LPCWSTR]
    advapi32.RegisterEventSourceW.restype = wintypes.HANDLE
    advapi32.DeregisterEventSource.argtypes = [wintypes.HANDLE]
    advapi32.DeregisterEventSource.restype = wintypes.BOOL
    advapi32.ReportEventW.argtypes = [
        wintypes.HANDLE, wintypes.WORD, wintypes.WORD, wintypes.DWORD, ctypes.c_void_p, wintypes.WORD,
        wintypes.DWORD, ctypes.POINTER(wintypes.LPCWSTR), ctypes.c_void_p]
    advapi32.ReportEventW.restype = wintypes.BOOL
    handle = advapi32.RegisterEventSourceW(None, source)
    if not handle:
        raise ctypes.WinError(ctypes.get_last_error())

    def report(message: str) -> None:
        strings = (wintypes.LPCWSTR * 1)(message[:MAX_CHARS])
        if not advapi32.ReportEventW(handle, EVENTLOG_ERROR_TYPE, 0, EVENT_ID, None, 1, 0, strings, None):
            raise ctypes.WinError(ctypes.get_last_error())

    def close() -> None:
        advapi32.DeregisterEventSource(handle)

    return report, close


class EventLogHandler(logging.Handler):
    """Sends ERROR (and CRITICAL) records to the Windows Application event log; never raises, and after a
    failure says so once in the kiosk's other logs and stops trying."""

    def __init__(self, report: Report, close: Callable[[], None] | None = None) -> None:
        super().__init__(logging.ERROR)
        self._report: Report | None = report
        self._close = close
        self.failed: BaseException | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._report is None or record.name == __name__:
            return
        try:
            self._report(self.format(record))
        except Exception as error:
            self._report, self.failed = None, error
            # Never to this handler (see above), so never a loop; the file log takes it.
            log.warning("cannot write to the Windows event log (%s); errors go to the log file only", error)

    def close(self) -> None:
        if self._close is not None:
            close, self._close = self._close, None
            with contextlib.suppress(Exception):  # closing a log that no longer works changes nothing
                close()
        super().close()


def event_log_handler() -> EventLogHandler | None:
    """A handler for the Application event log, or None (with a log line) if it cannot be opened."""
    try:
        report, close = open_event_log()
    except OSError as error:
        log.warning("cannot open the Windows event log (%s); errors go to the log file only", error)
        return None
    return EventLogHandler(report, close)
