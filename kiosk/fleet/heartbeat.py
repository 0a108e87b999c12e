"""The heartbeat: with ``[fleet] heartbeat_dir`` set, the running kiosk writes ``<hostname>.json`` there once a
minute (the ``kiosk status --json`` fields plus when it last painted a frame), so a file share and the monitoring
IT already runs can show every kiosk's state.

The folder is often a network share, which can be missing, read-only or hang. So each beat gathers and writes on a
thread of its own, never the GUI's; a beat whose predecessor has not finished is skipped (a hung write is abandoned,
not queued up behind); and each kind of trouble is logged once, not every minute, until writing works again.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import socket
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kiosk.files import held_open, replace_file

log = logging.getLogger(__name__)

BEAT_SECONDS = 60


def write_beside_and_replace(target: Path, data: bytes, *, sleep: Callable[[float], None] = time.sleep) -> None:
    """Write ``data`` to a file beside ``target``, then rename it over ``target`` (atomic on the same volume,
    also on SMB shares): a monitoring script never reads half a file. On Windows a script reading ``target`` at
    that moment holds the rename up: it is tried again for a while (``kiosk.files.replace_file``; this runs on the
    heartbeat's own thread, so nothing waits for it)."""
    if not target.parent.is_dir():
        raise FileNotFoundError(errno.ENOENT, "the folder does not exist", str(target.parent))
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        with partial.open("wb") as out:
            out.write(data)
        replace_file(partial, target, sleep=sleep)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise


def heartbeat_file(folder: Path, host: str | None = None) -> Path:
    host = host or socket.gethostname() or "kiosk"
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in host).strip(".") or "kiosk"
    return folder / f"{safe}.json"


def _trouble(error: OSError) -> str:
    if isinstance(error, FileNotFoundError):
        return "does not exist (is the share mounted?)"
    if held_open(error):  # Windows: a monitoring script or a backup had the file open for longer than we waited
        return "has the heartbeat file held open by another program"
    if isinstance(error, PermissionError) or error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return "cannot be written to (read-only, or no permission for the kiosk's account)"
    return f"cannot be written to ({error.strerror or error})"


class HeartbeatWriter:
    """``beat(gather)``: on a new thread, ``gather()`` the report and write it to ``<folder>/<host>.json``."""

    def __init__(self, folder: Path, *, host: str | None = None,
                 write: Callable[[Path, bytes], None] = write_beside_and_replace) -> None:
        self.folder = folder
        self.target = heartbeat_file(folder, host)
        self._write = write
        self._thread: threading.Thread | None = None
        self._said: str | None = None  # the trouble last logged; None while writing works
        self._lock = threading.Lock()
        self.beats_written = 0
        self.beats_skipped = 0

    def beat(self, gather: Callable[[], dict[str, Any]]) -> bool:
        """Start one beat; False (and nothing started) while the last one is still under way."""
        if self._thread is not None and self._thread.is_alive():
            self.beats_skipped += 1
            self._say("slow", f"heartbeat: the last write to {self.folder} has not finished (a slow or hung "
                              "share?); beats are skipped until it does. The kiosk goes on as before")
            return False
        self._thread = threading.Thread(target=self._run, args=(gather,), name="heartbeat", daemon=True)
        self._thread.start()
        return True

    def wait(self, timeout: float = 10.0) -> bool:
        """Block until the beat under way is done (tests); False if it is still running."""
        thread = self._thread
        if thread is None:
            return True
        thread.join(timeout)
        return not thread.is_alive()

    def _run(self, gather: Callable[[], dict[str, Any]]) -> None:
        try:
            data = json.dumps(gather(), indent=1, ensure_ascii=False).encode("utf-8")
            self._write(self.target, data)
        except OSError as error:
            self._say(_trouble(error), f"heartbeat: the folder {self.folder} {_trouble(error)}; the kiosk goes on "
                                       "and tries again every minute (said once)")
            return
        except Exception:  # a heartbeat must never take the kiosk down
            if self._said != "failed":
                log.exception("heartbeat: writing %s failed", self.target)
            self._say("failed", None)
            return
        self.beats_written += 1
        with self._lock:
            recovered, self._said = self._said is not None, None
        if recovered:
            log.info("heartbeat: writing %s again", self.target)

    def _say(self, trouble: str, message: str | None) -> None:
        with self._lock:
            if self._said == trouble:
                return
            self._said = trouble
        if message:
            log.warning("%s", message)
