"""The PIN hash, the usage counts, the content cache and the logs are readable by their owner only, on Linux and
on Windows (``make test-windows`` runs this under Windows Python); and a replace survives a reader on Windows."""

from __future__ import annotations

import datetime as dt
import logging
import os
import sys
from pathlib import Path

import pytest

from kiosk import logs
from kiosk.files import REPLACE_BUDGET, make_private_dir, replace_with_retries, write_private_file
from kiosk.settings import hash_pin, load_settings, write_pin_hash
from kiosk.usage.database import add_count, open_database
from kiosk.usage.kinds import Kind
from tests.core.owner_only import readers_besides_owner

windows_only = pytest.mark.skipif(sys.platform != "win32", reason="Windows access lists and share modes")


def _readable_by_all(path: Path) -> Path:
    """A file as an earlier version or an unwary copy left it: readable by every user of the PC."""
    path.write_text("# the clinic's settings\n", encoding="utf-8")
    if sys.platform == "win32":
        import ctypes

        from kiosk import winsec

        # Everyone may read it: the state the kiosk must repair.
        descriptor = ctypes.c_void_p()
        sddl = f"D:(A;;FA;;;{winsec.current_user_sid()})(A;;FR;;;WD)"
        assert winsec._advapi32.ConvertStringSecurityDescriptorToSecurityDescriptorW(
            sddl, 1, ctypes.byref(descriptor), None)
        assert winsec._advapi32.SetFileSecurityW(str(path), 4, descriptor)
        winsec._kernel32.LocalFree(descriptor)
    else:
        os.chmod(path, 0o644)
    assert readers_besides_owner(path)  # the check can fail
    return path


def test_the_pin_hash_file_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    config = _readable_by_all(tmp_path / "settings.toml")
    write_pin_hash(config, hash_pin("2468135790"))
    assert readers_besides_owner(config) == []
    assert load_settings(config).settings.staff_pin_hash  # and the owner still reads it


def test_the_usage_database_and_its_folder_are_readable_by_their_owner_only(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    connection = open_database(folder / "usage.sqlite3")
    try:
        add_count(connection, dt.date(2026, 12, 7), Kind.PAGE_VIEW, "bone-pain")
    finally:
        connection.close()
    assert readers_besides_owner(folder) == []
    assert readers_besides_owner(folder / "usage.sqlite3") == []


def test_a_database_left_readable_by_an_earlier_version_is_tightened(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    database = tmp_path / "data" / "usage.sqlite3"
    _readable_by_all(database).write_bytes(b"")
    open_database(database).close()
    assert readers_besides_owner(database) == []


def test_a_private_folder_is_private_however_it_was_made(tmp_path: Path) -> None:
    folder = tmp_path / "made" / "private"
    make_private_dir(folder)
    assert readers_besides_owner(folder) == []
    make_private_dir(folder)  # again: nothing to do, no error
    assert folder.is_dir()


def test_the_log_file_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    try:
        log_file = logs.setup_logging(tmp_path / "logs")
        logging.getLogger("kiosk.test").warning("a line")
    finally:
        logs._remove_our_handlers(logging.getLogger())
    assert log_file is not None and "a line" in log_file.read_text(encoding="utf-8")
    if sys.platform == "win32":  # on POSIX the log folder is left as IT made it (docs/deploy.md)
        assert readers_besides_owner(log_file.parent) == []
        assert readers_besides_owner(log_file) == []


def test_a_replaced_private_file_stays_private(tmp_path: Path) -> None:
    target = tmp_path / "cache.json"
    write_private_file(target, b"first")
    write_private_file(target, b"second")
    assert target.read_bytes() == b"second" and readers_besides_owner(target) == []
    assert not target.with_name("cache.json.new").exists()


# Replacing a file another process has open -----------------------------------------------------------------------

def test_a_replace_waits_for_a_reader_to_let_go(tmp_path: Path) -> None:
    target, new = tmp_path / "current.json", tmp_path / "current.json.partial"
    target.write_text("old", encoding="utf-8")
    new.write_text("new", encoding="utf-8")
    reader = target.open("rb")  # Python's open() does not share deletion: Windows refuses to replace the file
    waits: list[float] = []

    def wait(delay: float) -> None:
        waits.append(delay)
        reader.close()  # the reader finishes while the replace waits

    try:
        replace_with_retries(new, target, sleep=wait)
    finally:
        reader.close()
    assert target.read_text(encoding="utf-8") == "new" and not new.exists()
    if sys.platform == "win32":
        assert waits, "Windows let a held file be replaced: this test no longer shows the retry is needed"


def test_a_heartbeat_waits_for_a_monitoring_script_reading_the_last_one(tmp_path: Path) -> None:
    from kiosk.fleet.heartbeat import write_beside_and_replace

    target = tmp_path / "kiosk-1.json"
    target.write_text("old", encoding="utf-8")
    reader = target.open("rb")  # a script on the share reading the last beat (no deletion shared)
    waits: list[float] = []

    def wait(delay: float) -> None:
        waits.append(delay)
        reader.close()

    try:
        write_beside_and_replace(target, b"new", sleep=wait)
    finally:
        reader.close()
    assert target.read_bytes() == b"new" and [p.name for p in tmp_path.iterdir()] == ["kiosk-1.json"]
    if sys.platform == "win32":
        assert waits, "Windows let a held file be replaced: this test no longer shows the retry is needed"


@windows_only
def test_a_heartbeat_held_up_too_long_says_another_program_has_the_file(tmp_path: Path) -> None:
    from kiosk.fleet.heartbeat import _trouble, write_beside_and_replace

    target = tmp_path / "kiosk-1.json"
    target.write_text("old", encoding="utf-8")
    with target.open("rb"), pytest.raises(PermissionError) as raised:
        write_beside_and_replace(target, b"new", sleep=lambda delay: None)
    assert "held open by another program" in _trouble(raised.value)
    assert [p.name for p in tmp_path.iterdir()] == ["kiosk-1.json"]  # the partial file is not left behind


@windows_only
def test_a_reader_that_never_lets_go_fails_the_replace_after_the_budget(tmp_path: Path) -> None:
    target, new = tmp_path / "current.json", tmp_path / "current.json.partial"
    target.write_text("old", encoding="utf-8")
    new.write_text("new", encoding="utf-8")
    waits: list[float] = []
    with target.open("rb"), pytest.raises(PermissionError):
        replace_with_retries(new, target, sleep=waits.append)
    assert sum(waits) >= REPLACE_BUDGET and max(waits) <= 0.5
    assert target.read_text(encoding="utf-8") == "old" and new.read_text(encoding="utf-8") == "new"


def _held(code: int) -> PermissionError:
    error = PermissionError(13, "The process cannot access the file because it is being used by another process")
    error.winerror = code  # type: ignore[attr-defined] # as Windows sets it
    return error


def test_retries_only_while_windows_says_the_file_is_held(tmp_path: Path) -> None:
    failures = [_held(32), _held(5)]  # ERROR_SHARING_VIOLATION, then ERROR_ACCESS_DENIED (no FILE_SHARE_DELETE)
    done: list[tuple[Path, Path]] = []

    def replace(source: Path, target: Path) -> None:
        if failures:
            raise failures.pop(0)
        done.append((source, target))

    waits: list[float] = []
    replace_with_retries(tmp_path / "a", tmp_path / "b", replace=replace, sleep=waits.append)
    assert done == [(tmp_path / "a", tmp_path / "b")] and waits == [0.01, 0.02]


def test_a_real_lack_of_permission_is_raised_at_once(tmp_path: Path) -> None:
    def replace(source: Path, target: Path) -> None:
        raise PermissionError(13, "Permission denied")  # POSIX: no winerror, nothing will change by waiting

    waits: list[float] = []
    with pytest.raises(PermissionError):
        replace_with_retries(tmp_path / "a", tmp_path / "b", replace=replace, sleep=waits.append)
    assert waits == []
