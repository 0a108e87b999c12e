"""New content for a running kiosk: a pack installed meanwhile, or a newer one in the pickup folder, is switched to
at an idle reset, when nobody is in the middle of reading."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from kiosk.packs import PackError, PackStore
from kiosk.settings import Settings

log = logging.getLogger(__name__)


class ContentUpdates(QObject):
    """Call ``at_reset`` after each idle reset. ``switch_needed`` asks the app to load the installed pack now."""

    switch_needed = Signal()
    pickup_checked = Signal(str)  # what the pickup check did, for the log and tests ("" when nothing was new)
    _installed = Signal(str)

    def __init__(self, packs: PackStore, settings: Settings, *, follow_packs: bool,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.packs = packs
        self.settings = settings
        # With --content-dir or content_dir in the settings, the kiosk shows that folder whatever is installed.
        self.follow_packs = follow_packs
        self.stamp = packs.pointer_stamp()
        self._checking = False
        self._is_at_start: Callable[[], bool] = lambda: True
        self._reported: set[object] = set()
        self._refused: dict = {}  # pack files refused, by name, size and time: not opened again until changed
        self._installed.connect(self._after_pickup)

    def at_reset(self, is_at_start: Callable[[], bool]) -> None:
        if not self.follow_packs:
            return
        self._is_at_start = is_at_start
        if self.packs.pointer_stamp() != self.stamp:
            self.stamp = self.packs.pointer_stamp()
            self.switch_needed.emit()
            return
        if self.settings.pickup_folder and not self._checking:
            self._checking = True
            # Off the GUI thread: verifying and indexing a pack takes a second or two.
            threading.Thread(target=self._check_pickup, name="pickup-folder", daemon=True).start()

    def _check_pickup(self) -> None:
        from kiosk.packs.commands import pickup_once

        message = ""
        try:
            lines = pickup_once(self.settings, refused_before=self._refused)
            for line in lines:
                if line.outcome == "installed":
                    log.info("content packs: %s installed from the pickup folder: %s", line.file, line.why)
                elif line.outcome == "refused" and (line.file, line.why) not in self._reported:
                    # Said once with the file's name, not at every reset (review N3).
                    self._reported.add((line.file, line.why))
                    log.warning("content packs: pickup folder: %s not installed: %s", line.file, line.why)
            installed = [line for line in lines if line.outcome == "installed"]
            if installed:
                message = "; ".join(f"installed {line.why} from the pickup folder" for line in installed)
        except PackError as error:
            message = f"pickup folder: {error}"
            if message not in self._reported:  # said once, not at every reset
                self._reported.add(message)
                log.warning("content packs: %s", message)
        except Exception:  # the kiosk goes on showing what it shows
            log.exception("content packs: checking the pickup folder failed")
            message = "pickup folder: failed (see the log)"
        try:
            self._installed.emit(message)
        except RuntimeError:  # the kiosk stopped following packs (it quit) while the check ran
            log.debug("content packs: a pickup check finished after the kiosk stopped following packs")

    def _after_pickup(self, message: str) -> None:
        self._checking = False
        self.pickup_checked.emit(message)
        # Installed while the screen still shows the start: switch at this reset, not the next one.
        if self.packs.pointer_stamp() != self.stamp and self._is_at_start():
            self.stamp = self.packs.pointer_stamp()
            self.switch_needed.emit()
