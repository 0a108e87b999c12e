"""One kiosk per user: starting it again brings the running one to the front instead of opening a second window.

Uses a lock file and a "please come to the front" file in a per-user folder (QtCore only): no sockets, so the app
still opens no connection of any kind, and nothing from QtNetwork needs to ship.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QLockFile, QObject, Signal

from kiosk.paths import user_cache_dir

log = logging.getLogger(__name__)


def runtime_dir() -> Path:
    base = os.environ.get("XDG_RUNTIME_DIR")
    return Path(base) / "clinic-kiosk" if base else user_cache_dir() / "run"


class SingleInstance(QObject):
    """``acquire()`` is True for the first instance; later ones call ``ask_first_to_show()`` and exit."""

    show_requested = Signal()

    def __init__(self, folder: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder or runtime_dir()
        self._lock: QLockFile | None = None
        self._watcher: QFileSystemWatcher | None = None

    @property
    def request_file(self) -> Path:
        return self.folder / "show-request"

    def acquire(self) -> bool:
        """Take the lock. If the folder cannot be used, carry on as the only instance rather than refuse to start."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            log.warning("single-instance folder %s is not usable (%s); not checking for a second copy",
                        self.folder, error)
            return True
        lock = QLockFile(str(self.folder / "kiosk.lock"))
        lock.setStaleLockTime(0)  # a crashed kiosk's lock is stale as soon as its process is gone
        if not lock.tryLock(200):
            if lock.error() == QLockFile.LockError.LockFailedError:
                return False
            log.warning("could not create the single-instance lock in %s; carrying on", self.folder)
            return True
        self._lock = lock
        self._remove_request()
        self._watcher = QFileSystemWatcher([str(self.folder)], self)
        self._watcher.directoryChanged.connect(self._check_request)
        return True

    def ask_first_to_show(self) -> None:
        try:
            self.request_file.write_text(str(os.getpid()), encoding="utf-8")
        except OSError as error:
            log.warning("could not ask the running kiosk to come to the front: %s", error)

    def _check_request(self, _folder: str) -> None:
        if self.request_file.exists():
            self._remove_request()
            self.show_requested.emit()

    def _remove_request(self) -> None:
        try:
            self.request_file.unlink(missing_ok=True)
        except OSError as error:  # a stuck request file only means the window is raised once too often
            log.warning("could not remove %s: %s", self.request_file, error)

    def release(self) -> None:
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None
