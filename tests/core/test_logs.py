"""Logging: a rotating file, a calm fallback when it cannot be written, uncaught errors logged without patient text."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk import logs

SECRET = "lump in my left breast"


@pytest.fixture(autouse=True)
def _restore_logging(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Leave the root logger and the exception hooks as the test found them."""
    root = logging.getLogger()
    level = root.level
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    yield
    for handler in list(root.handlers):
        if (handler.get_name() or "").startswith("kiosk-"):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def raised(error: BaseException) -> tuple[type[BaseException], BaseException, object]:
    try:
        raise error
    except BaseException as caught:
        return type(caught), caught, caught.__traceback__


def search_for(text: str) -> None:
    raise ValueError(f"cannot parse query {text!r}")


def test_writes_a_log_file_in_the_given_folder(tmp_path: Path) -> None:
    log_file = logs.setup_logging(tmp_path / "logs")

    logging.getLogger("kiosk.test").info("content loaded: %d pages", 31)

    assert log_file == tmp_path / "logs" / logs.LOG_FILE_NAME
    assert "INFO kiosk.test: content loaded: 31 pages" in log_file.read_text(encoding="utf-8")


def test_defaults_to_the_per_user_log_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KIOSK_LOG_DIR", str(tmp_path / "user-logs"))

    assert logs.setup_logging() == tmp_path / "user-logs" / logs.LOG_FILE_NAME


def test_level_filters_the_file(tmp_path: Path) -> None:
    log_file = logs.setup_logging(tmp_path, level=logging.WARNING)

    logging.getLogger("kiosk.test").info("chatter")
    logging.getLogger("kiosk.test").warning("index is stale")

    text = log_file.read_text(encoding="utf-8")
    assert "index is stale" in text
    assert "chatter" not in text


def test_rotates_and_keeps_a_bounded_number_of_files(tmp_path: Path) -> None:
    logs.setup_logging(tmp_path, max_bytes=2_000, backups=2)

    for i in range(200):
        logging.getLogger("kiosk.test").info("line %03d %s", i, "x" * 60)

    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["kiosk.log", "kiosk.log.1", "kiosk.log.2"]
    assert all(p.stat().st_size <= 2_000 for p in tmp_path.iterdir())
    assert "line 199" in (tmp_path / "kiosk.log").read_text(encoding="utf-8")


def test_default_rotation_is_one_megabyte_times_five(tmp_path: Path) -> None:
    logs.setup_logging(tmp_path)

    handler = next(h for h in logging.getLogger().handlers if h.get_name() == "kiosk-file")
    assert isinstance(handler, logging.handlers.RotatingFileHandler)
    assert (handler.maxBytes, handler.backupCount) == (1_000_000, 5)


def test_the_start_log_writes_the_same_file_and_the_rotating_log_carries_on_from_it(tmp_path: Path) -> None:
    """Before the first paint the app logs without rotation (the rotating handler's module is slow to load); the
    rotating file that follows writes on in the same file, rotates it when it is too big, and drops nothing."""
    log_file = logs.start_logging(tmp_path)
    handler = next(h for h in logging.getLogger().handlers if h.get_name() == "kiosk-file")
    assert type(handler).__mro__[1:3] == (logs._QuietFailures, logging.FileHandler)  # not a rotating one
    for i in range(30):
        logging.getLogger("kiosk.test").info("start-up line %02d %s", i, "x" * 60)
    assert logs.setup_logging(tmp_path, max_bytes=2_000, backups=2) == log_file
    logging.getLogger("kiosk.test").info("after the first paint")

    rotated = (tmp_path / "kiosk.log.1").read_text(encoding="utf-8")
    assert "start-up line 00" in rotated and "start-up line 29" in rotated  # the start-up lines, kept whole
    assert "after the first paint" in log_file.read_text(encoding="utf-8")
    assert sum(1 for h in logging.getLogger().handlers if h.get_name() == "kiosk-file") == 1


def test_a_full_disk_is_reported_once_across_the_start_log_and_the_rotating_log(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if sys.platform == "win32" or not Path("/dev/full").exists():
        pytest.skip("needs /dev/full, a POSIX device (Windows has no always-full file to write to)")
    (tmp_path / "kiosk.log").symlink_to("/dev/full")
    logs.start_logging(tmp_path)
    logging.getLogger("kiosk.test").info("before the first paint")
    logs.setup_logging(tmp_path)
    logging.getLogger("kiosk.test").info("after it")

    assert capsys.readouterr().err.count("Cannot write the log file") == 1
    handler = next(h for h in logging.getLogger().handlers if h.get_name() == "kiosk-file")
    assert handler.lost == 2  # both lines counted, for the message when the disk is back


def test_calling_twice_does_not_duplicate_lines(tmp_path: Path) -> None:
    logs.setup_logging(tmp_path)
    log_file = logs.setup_logging(tmp_path)

    logging.getLogger("kiosk.test").info("once")

    assert log_file.read_text(encoding="utf-8").count("once") == 1


def test_unwritable_folder_falls_back_to_stderr_with_one_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the log folder should be", encoding="utf-8")

    assert logs.setup_logging(blocker / "logs") is None
    logging.getLogger("kiosk.test").info("still running")

    err = capsys.readouterr().err
    assert err.count("Cannot write the log file") == 1
    assert "still running" in err


def test_log_file_that_cannot_be_opened_falls_back(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / logs.LOG_FILE_NAME).mkdir()  # a folder where the file should be

    assert logs.setup_logging(tmp_path) is None
    assert "Cannot write the log file" in capsys.readouterr().err


def test_uncaught_error_is_logged_and_the_ui_is_told(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    log_file = logs.setup_logging(tmp_path)
    calls: list[str] = []
    logs.install_excepthook(lambda: calls.append("start screen"))

    try:
        search_for(SECRET)
    except ValueError:
        sys.excepthook(*sys.exc_info())

    assert calls == ["start screen"]
    text = log_file.read_text(encoding="utf-8")
    assert "Unexpected ValueError" in text
    assert "Traceback (most recent call last)" in text
    assert "in search_for" in text
    # The terminal gets one calm line, the traceback stays in the log.
    err = capsys.readouterr().err
    assert "Unexpected ValueError" in err
    assert "Traceback" not in err


def test_patient_text_in_an_error_message_never_reaches_the_log(tmp_path: Path) -> None:
    log_file = logs.setup_logging(tmp_path)
    logs.install_excepthook(lambda: None)

    try:
        try:
            search_for(SECRET)
        except ValueError as error:
            raise RuntimeError(f"search failed for {SECRET}") from error
    except RuntimeError:
        sys.excepthook(*sys.exc_info())

    text = log_file.read_text(encoding="utf-8")
    assert SECRET not in text
    assert "ValueError: <message withheld>" in text
    assert "RuntimeError: <message withheld>" in text
    # The root cause comes first, as in Python's own tracebacks.
    assert text.index("ValueError: <message withheld>") < text.index("RuntimeError: <message withheld>")


def test_file_errors_keep_their_message_for_it_staff(tmp_path: Path) -> None:
    log_file = logs.setup_logging(tmp_path)
    logs.install_excepthook(lambda: None)

    sys.excepthook(*raised(FileNotFoundError(2, "No such file", "content/pages/bone-scan.md")))

    assert "content/pages/bone-scan.md" in log_file.read_text(encoding="utf-8")


def test_a_failing_error_screen_is_logged_not_raised(tmp_path: Path) -> None:
    log_file = logs.setup_logging(tmp_path)

    def broken_screen() -> None:
        raise RuntimeError("screen gone")

    logs.install_excepthook(broken_screen)
    sys.excepthook(*raised(KeyError("page")))

    text = log_file.read_text(encoding="utf-8")
    assert "Unexpected KeyError" in text
    assert "Unexpected RuntimeError while showing the error screen" in text
    assert "in broken_screen" in text


def test_ctrl_c_is_not_treated_as_a_crash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    logs.setup_logging(tmp_path)
    passed_on: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "__excepthook__", lambda t, e, tb: passed_on.append(t))
    calls: list[str] = []
    logs.install_excepthook(lambda: calls.append("start screen"))

    sys.excepthook(*raised(KeyboardInterrupt()))

    assert calls == []
    assert passed_on == [KeyboardInterrupt]


def test_errors_in_other_threads_are_logged_without_calling_the_ui(tmp_path: Path) -> None:
    log_file = logs.setup_logging(tmp_path)
    calls: list[str] = []
    logs.install_excepthook(lambda: calls.append("start screen"))

    worker = threading.Thread(target=search_for, args=(SECRET,), name="index-loader")
    worker.start()
    worker.join()

    text = log_file.read_text(encoding="utf-8")
    assert "Unexpected ValueError in thread 'index-loader'" in text
    assert SECRET not in text
    assert calls == []


@pytest.mark.skipif(sys.platform == "win32" or not Path("/dev/full").exists(),
                    reason="needs /dev/full, a POSIX device (Windows has no always-full file to write to)")
def test_a_full_disk_drops_log_lines_quietly_and_says_so_once(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "kiosk.log").symlink_to("/dev/full")  # every write fails: "No space left on device"
    assert logs.setup_logging(tmp_path) == tmp_path / "kiosk.log"
    for number in range(20):
        logging.getLogger("kiosk.test").warning("line %d", number)
    err = capsys.readouterr().err
    assert err.count("Cannot write the log file") == 1 and "Traceback" not in err


def test_log_lines_lost_on_a_full_disk_are_counted_when_it_recovers(tmp_path: Path) -> None:
    log_file = logs.setup_logging(tmp_path)
    handler = next(h for h in logging.getLogger().handlers if h.get_name() == "kiosk-file")
    real_stream = handler.stream

    class Full:
        def write(self, text: str) -> None:
            raise OSError(28, "No space left on device")

        def flush(self) -> None:
            pass

    try:
        handler.stream = Full()
        for number in range(3):
            logging.getLogger("kiosk.test").info("lost %d", number)
        handler.stream = real_stream
        logging.getLogger("kiosk.test").info("back")
        text = log_file.read_text()
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    assert "back" in text and "3 message(s) were lost" in text and "lost 0" not in text
