"""Errors also go to the Windows Application event log, and a failure to write there is never fatal."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest

from kiosk import logs
from kiosk.winevent import EventLogHandler

windows_only = pytest.mark.skipif(sys.platform != "win32", reason="the Windows event log")


def _record(level: int, message: str) -> logging.LogRecord:
    return logging.makeLogRecord({"name": "kiosk.app", "levelno": level, "levelname": logging.getLevelName(level),
                                  "msg": message})


def test_errors_are_reported_and_warnings_are_not() -> None:
    reported: list[str] = []
    handler = EventLogHandler(reported.append)
    logger = logging.getLogger("kiosk.test.eventlog")
    logger.addHandler(handler)
    try:
        logger.warning("the index was rebuilt")
        logger.error("cannot read the content folder")
    finally:
        logger.removeHandler(handler)
    assert reported == ["cannot read the content folder"]


def test_a_failing_event_log_is_never_fatal_and_said_once(caplog: pytest.LogCaptureFixture) -> None:
    calls: list[str] = []

    def full(message: str) -> None:
        calls.append(message)
        raise OSError(1502, "The event log file is full")

    handler = EventLogHandler(full)
    with caplog.at_level(logging.WARNING, logger="kiosk.winevent"):
        handler.handle(_record(logging.ERROR, "first"))  # must not raise
        handler.handle(_record(logging.ERROR, "second"))
    assert calls == ["first"]  # not tried again, not a failure per error
    assert caplog.text.count("cannot write to the Windows event log") == 1
    assert isinstance(handler.failed, OSError)


@windows_only
def test_the_event_log_opens_and_takes_an_error() -> None:
    from kiosk.winevent import open_event_log

    report, close = open_event_log()
    try:
        report("Clinic Kiosk test: an error event from make test-windows")
    finally:
        close()


@windows_only
def test_logging_on_windows_sends_errors_to_the_event_log(tmp_path: Path) -> None:
    root = logging.getLogger()
    try:
        logs.setup_logging(tmp_path / "logs")
        names = [h.get_name() for h in root.handlers]
        logging.getLogger("kiosk.test").error("an error for IT")
    finally:
        logs._remove_our_handlers(root)
    assert "kiosk-eventlog" in names
    assert "kiosk-eventlog" not in [h.get_name() for h in root.handlers]  # and closed with the others
