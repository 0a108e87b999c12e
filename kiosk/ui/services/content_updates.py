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
        self._reported: set[str] = set()
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
        from kiosk.packs.commands import install_pack, settings_path, trusted_key
        from kiosk.packs.pickup import newer_pack

        message = ""
        try:
            folder = settings_path(self.settings, self.settings.pickup_folder)
            installed = self.packs.installed()
            # One guide: only a newer edition of it (as before libraries). Several: a newer edition of any of them.
            found = newer_pack(folder, installed[0] if len(installed) == 1 else None, trusted_key(self.settings),
                               installed=installed if len(installed) > 1 else None) if folder.is_dir() else None
            if found is not None:
                result = install_pack(found[0], self.settings)
                message = f"installed {result.pack.manifest.name} from the pickup folder"
                log.info("content packs: %s", message)
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
