"""The heartbeat: ``<hostname>.json`` in ``[fleet] heartbeat_dir`` once a minute, written off the GUI thread. A
folder that is missing, read-only or hangs (a network share) never blocks the kiosk, and is said once in the log."""

from __future__ import annotations

import errno
import json
import logging
import os
import threading
from pathlib import Path

from PySide6.QtCore import QTimer

from kiosk import resources
from kiosk.fleet.heartbeat import write_beside_and_replace
from kiosk.fleet.state import KioskState
from kiosk.ui.services.fleet import FleetReporting
from tests.ui.conftest import CLINIC, make_session


def reporting(qtbot, tmp_path: Path, folder: Path, **kwargs) -> FleetReporting:
    session = make_session(qtbot, resources.content_dir(), cache_dir=tmp_path / "index")
    report = FleetReporting(CLINIC, None, lambda: session, state=KioskState(tmp_path / "state.json"),
                            heartbeat_dir=folder, **kwargs)
    return report


def gui_keeps_running(qtbot) -> None:
    """A QTimer on the GUI thread fires: the event loop is not blocked."""
    timer = QTimer()
    timer.setSingleShot(True)
    with qtbot.waitSignal(timer.timeout, timeout=5000):
        timer.start(10)


def said(caplog, words: str) -> int:
    return sum(words in record.getMessage() for record in caplog.records)


def test_the_heartbeat_file_has_the_status_fields_and_the_last_frame(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "share"
    folder.mkdir()
    report = reporting(qtbot, tmp_path, folder, beat_ms=50)
    report.start()  # the first paint: state file, then a beat at once and one every 50 ms
    qtbot.waitUntil(lambda: report.heartbeat.beats_written >= 2, timeout=20000)
    report.stop()
    assert report.heartbeat.wait()
    beat = json.loads(report.heartbeat.target.read_text())
    assert report.heartbeat.target.name.endswith(".json")
    assert {"format", "version", "host", "guides", "kiosk", "settings_files", "pickup"} <= set(beat)
    assert beat["kiosk"]["running"] is True and beat["kiosk"]["pid"] == os.getpid()
    assert beat["kiosk"]["first_paint"] is not None
    assert beat["kiosk"]["last_frame"] is not None  # the window painted a frame since the last beat
    assert [p.name for p in folder.iterdir()] == [report.heartbeat.target.name]  # nothing half-written left


def test_a_missing_folder_is_said_once_and_writing_resumes_when_it_is_back(qtbot, tmp_path: Path, caplog) -> None:
    folder = tmp_path / "not-mounted"
    report = reporting(qtbot, tmp_path, folder)
    with caplog.at_level(logging.INFO):
        for _ in range(3):
            assert report.beat()
            assert report.heartbeat.wait()
            gui_keeps_running(qtbot)
        assert said(caplog, "does not exist") == 1
        folder.mkdir()
        report.beat()
        assert report.heartbeat.wait()
    assert report.heartbeat.target.is_file()
    assert said(caplog, "heartbeat: writing") == 1 and said(caplog, "again") == 2  # trying again; writing again


def test_a_read_only_folder_is_said_once(qtbot, tmp_path: Path, caplog) -> None:
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    report = reporting(qtbot, tmp_path, folder)
    if os.access(folder, os.W_OK):  # root writes anywhere: a read-only mount is what refuses it then
        def read_only(target: Path, data: bytes) -> None:
            raise OSError(errno.EROFS, "Read-only file system", str(target))

        report.heartbeat._write = read_only
    with caplog.at_level(logging.WARNING):
        for _ in range(3):
            report.beat()
            assert report.heartbeat.wait()
            gui_keeps_running(qtbot)
    assert said(caplog, "cannot be written to") == 1
    assert report.heartbeat.beats_written == 0
    folder.chmod(0o755)


def test_a_hung_write_blocks_nothing_and_later_beats_are_skipped_not_queued(qtbot, tmp_path: Path,
                                                                              caplog) -> None:
    folder = tmp_path / "slow-share"
    folder.mkdir()
    report = reporting(qtbot, tmp_path, folder)
    release, entered = threading.Event(), threading.Event()
    writes: list[bytes] = []

    def hangs(target: Path, data: bytes) -> None:
        entered.set()
        release.wait(60)  # a share that does not answer
        writes.append(data)
        write_beside_and_replace(target, data)

    report.heartbeat._write = hangs
    with caplog.at_level(logging.WARNING):
        assert report.beat()
        assert entered.wait(30)
        gui_keeps_running(qtbot)  # the GUI thread is free while the write hangs
        assert report.beat() is False and report.beat() is False  # skipped: nothing piles up behind it
        gui_keeps_running(qtbot)
        assert said(caplog, "has not finished") == 1
        release.set()
        assert report.heartbeat.wait()
    assert len(writes) == 1 and report.heartbeat.beats_skipped == 2
    assert report.beat() and report.heartbeat.wait()  # the share answers again: the next beat is written
    assert len(writes) == 2 and report.heartbeat.target.is_file()
