"""One kiosk per user: starting it again brings the running one to the front instead of opening a second window.

Uses a locked file (kiosk.instance_lock: released by the OS when the process dies, so a kill -9 never leaves a lock
that blocks the restart) and a "please come to the front" file in a per-user folder: no sockets, so the app still
opens no connection of any kind, and nothing from QtNetwork needs to ship.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, Signal

from kiosk.instance_lock import HeldLock, try_lock
from kiosk.paths import runtime_dir

log = logging.getLogger(__name__)


class SingleInstance(QObject):
    """``acquire()`` is True for the first instance; later ones call ``ask_first_to_show()`` and exit."""

    show_requested = Signal()

    def __init__(self, folder: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder or runtime_dir()
        self._lock: HeldLock | None = None
        self._watcher: QFileSystemWatcher | None = None

    @property
    def lock_file(self) -> Path:
        return self.folder / "kiosk.lock"

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
        try:
            lock = try_lock(self.lock_file)
        except OSError as error:
            log.warning("could not create the single-instance lock %s (%s); carrying on", self.lock_file, error)
            return True
        if lock is None:
            return False
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
            self._lock.release()
            self._lock = None
