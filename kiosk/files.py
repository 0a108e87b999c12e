"""Reading and writing the kiosk's own small files safely: only regular files, never more than a limit, private
files and folders (the PIN hash, the usage counts, the content cache, the logs) readable by their owner only, and a
replace that a reader holding the old file on Windows cannot make fail."""

from __future__ import annotations

import logging
import os
import stat
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

# How long replace_file keeps trying while another process holds the file on Windows (an antivirus scan, a backup,
# the kiosk's own reader): delays double from the first up to the longest, until their sum passes the budget.
REPLACE_FIRST_DELAY = 0.01
REPLACE_LONGEST_DELAY = 0.5
REPLACE_BUDGET = 10.0
# Windows errors meaning "someone has it open": ERROR_ACCESS_DENIED (opened without FILE_SHARE_DELETE, as Python's
# own open() does), ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION.
_HELD_WINERRORS = frozenset({5, 32, 33})


class UnsafeFile(ValueError):
    """A file the kiosk will not read: not a regular file (a FIFO, a device), or larger than the limit."""


def read_bounded(path: Path, limit: int) -> bytes:
    """The bytes of the regular file ``path``, at most ``limit`` of them, or UnsafeFile (OSError if unreadable).

    Opened without blocking and checked on the open file itself, so a FIFO or a link to ``/dev/zero`` named like
    a page is refused instead of hanging start-up, and a file swapped after a check is still the file checked.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise UnsafeFile("it is not an ordinary file (a device, pipe or socket)")
        if info.st_size > limit:
            raise UnsafeFile(f"it is too large ({info.st_size // 1000} KB; the limit is {limit // 1000} KB)")
        chunks, left = [], limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > limit:  # it grew after the size check
        raise UnsafeFile(f"it is too large (over {limit // 1000} KB)")
    return data


def write_private_file(path: Path, data: bytes) -> None:
    """Write ``path`` all at once (a temporary file renamed into place) so that other local users cannot read it.

    The file becomes owner-only (0600), keeping its owner and group. The one exception: a file deliberately shared
    with another group (a machine-wide settings file ``root:kiosk``, 0640, that the kiosk user reads) keeps its
    group's read permission. On Windows, where the mode bits mean nothing, the new file gets an access list naming
    only the current user and SYSTEM (``kiosk.winsec``) before a byte is written to it, and the rename keeps it.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        before: os.stat_result | None = os.stat(path)
    except FileNotFoundError:
        before = None
    mode = 0o600
    if before is not None and _shared_with_another_group(before):
        mode |= stat.S_IMODE(before.st_mode) & 0o040
    tmp = path.with_name(path.name + ".new")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        if sys.platform == "win32":
            _owner_only_on_windows(tmp)
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if before is not None and hasattr(os, "chown") and (before.st_uid, before.st_gid) != _owner(tmp):
            os.chown(tmp, before.st_uid, before.st_gid)
        os.chmod(tmp, mode)  # O_CREAT's mode passes through the umask; who may read must not depend on it
        replace_file(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def make_private_dir(path: Path) -> None:
    """Create the folder ``path`` (and its parents) if it is missing, and make it owner-only: 0700 on POSIX; on
    Windows an access list naming only the current user and SYSTEM, passed down to everything created in it.

    Created with mode 0700 from the start, so there is no moment when another user could open it; a folder
    that exists already is tightened.
    """
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    if sys.platform == "win32":
        _owner_only_on_windows(path)
    elif os.name == "posix":
        os.chmod(path, 0o700)  # mkdir's mode passes through the umask, and an existing folder keeps its own


def make_private_file(path: Path) -> bool:
    """Make the existing file ``path`` owner-only (0600 on POSIX, the current user and SYSTEM only on Windows);
    False if there is no such file.

    For files another library writes (SQLite's database and its -wal, -shm and -journal files), which this
    module cannot create itself.
    """
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return False
    if sys.platform == "win32":
        _owner_only_on_windows(path)
    elif os.name == "posix" and stat.S_IMODE(info.st_mode) & 0o077:
        os.chmod(path, stat.S_IMODE(info.st_mode) & 0o700)
    return True


def _owner_only_on_windows(path: Path) -> None:  # pragma: no cover - Windows only (make test-windows)
    from kiosk import winsec

    winsec.make_owner_only(path)


def replace_file(source: Path, target: Path, *, sleep: Callable[[float], None] = time.sleep) -> None:
    """``os.replace(source, target)``: atomic on POSIX and Windows alike. On Windows it fails while another process
    has ``target`` open without sharing deletion (Python's own ``open()``, an antivirus scan, a backup), so there it
    is tried again, with growing delays, for up to REPLACE_BUDGET seconds before the PermissionError is raised.
    ``sleep`` waits between tries (tests pass their own)."""
    if sys.platform == "win32":
        replace_with_retries(source, target, sleep=sleep)
    else:
        os.replace(source, target)


def replace_with_retries(source: Path, target: Path, *, replace: Callable[[Path, Path], None] = os.replace,
                         sleep: Callable[[float], None] = time.sleep, budget: float = REPLACE_BUDGET) -> None:
    """``replace`` (os.replace), tried again while the target is held open (``held_open``). The budget is a sum of
    delays, not a clock, so a busy machine never shortens it."""
    delay, waited = REPLACE_FIRST_DELAY, 0.0
    while True:
        try:
            replace(source, target)
            return
        except PermissionError as error:
            if not held_open(error) or waited >= budget:
                raise
        sleep(delay)
        waited += delay
        delay = min(delay * 2, REPLACE_LONGEST_DELAY)


def held_open(error: OSError) -> bool:
    """Whether a Windows error means another process has the file open (rather than a real lack of permission)."""
    return getattr(error, "winerror", None) in _HELD_WINERRORS


def _shared_with_another_group(info: os.stat_result) -> bool:
    """Whether the file's group is one other than its owner's own (a user-private group is not sharing)."""
    try:
        import pwd
    except ImportError:  # Windows
        return False
    try:
        return pwd.getpwuid(info.st_uid).pw_gid != info.st_gid
    except KeyError:
        return False


def _owner(path: Path) -> tuple[int, int]:
    info = os.stat(path)
    return info.st_uid, info.st_gid


def read_beside_content(folders: Path | Sequence[Path], name: str, limit: int, log: logging.Logger,
                        what: str) -> list[str]:
    """The text of ``name`` in each content folder that has one (a library has several), bounded as pages are.
    A missing file is skipped; an unreadable one is logged with ``what`` search does without, and skipped."""
    texts = []
    for folder in [folders] if isinstance(folders, Path) else folders:
        path = folder / name
        try:
            texts.append(read_bounded(path, limit).decode("utf-8-sig"))
        except FileNotFoundError:
            continue
        except (OSError, UnicodeDecodeError, UnsafeFile) as error:
            log.warning("cannot read %s, searching without %s: %s", path, what, error)
    return texts
