"""A lock the operating system lets go of when its process dies, however it dies (kill -9, power cut, crash).

The kiosk's "only one per user" check used a lock file naming a process ID, and trusted it while a process with
that ID and the same program name was alive: after a crash, an unrelated process could inherit the ID and the
kiosk would refuse to start. Here the lock is a lock on an open file (``flock`` on POSIX, ``msvcrt.locking`` on
Windows), which the OS releases with the process, so a stale lock file is just a file.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


class HeldLock:
    """An open, locked file; ``release()`` (or the process ending) unlocks it."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _unlock(fd)
        finally:
            os.close(fd)


def try_lock(path: Path) -> HeldLock | None:
    """Lock ``path`` (created if missing) without waiting. None if another process holds it; OSError if the file
    cannot be opened at all."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
    try:
        locked = _lock(fd)
    except BaseException:
        os.close(fd)
        raise
    if not locked:
        os.close(fd)
        return None
    try:  # for people reading the folder; nothing trusts it
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
    except OSError:
        pass
    return HeldLock(path, fd)


if sys.platform == "win32":
    import msvcrt

    # Windows locks are mandatory: a locked byte cannot even be read. One byte far past the end of the file is
    # locked (allowed, and the file does not grow), so the process id written at the start stays readable.
    _LOCKED_BYTE = 1 << 30

    def _lock(fd: int) -> bool:
        os.lseek(fd, _LOCKED_BYTE, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # LK_NBLCK: one try, never wait
        except OSError:
            return False
        finally:
            os.lseek(fd, 0, os.SEEK_SET)
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _LOCKED_BYTE, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import errno
    import fcntl

    def _lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as error:
            if error.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                return False
            raise
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
