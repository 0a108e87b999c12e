"""Finding packs to install: on USB sticks (for the staff panel) and in the pickup folder (checked at idle resets)."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from kiosk.packs.archive import PACK_SUFFIX, Manifest, open_pack
from kiosk.packs.errors import PackError
from kiosk.packs.install import InstalledPack

log = logging.getLogger(__name__)
MAX_LISTED = 20


def removable_media() -> list[Path]:
    """Folders where USB sticks appear on this PC: removable drives on Windows, /media and /run/media on Linux."""
    if sys.platform == "win32":
        import ctypes
        import string

        drive_removable = 2
        kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
        return [Path(f"{letter}:\\") for letter in string.ascii_uppercase
                if kernel.GetDriveTypeW(f"{letter}:\\") == drive_removable]
    roots = [Path("/Volumes")] if sys.platform == "darwin" else [Path("/media"), Path("/run/media"), Path("/mnt")]
    found: list[Path] = []
    for root in roots:
        try:
            children = [p for p in root.iterdir() if p.is_dir()]
        except OSError:
            continue
        for child in children:
            # /media/USER/STICK and /run/media/USER/STICK, or /media/STICK directly.
            try:
                grandchildren = [p for p in child.iterdir() if p.is_dir() and os.path.ismount(p)]
            except OSError:
                grandchildren = []
            found += grandchildren or ([child] if os.path.ismount(child) or root.name == "Volumes" else [])
    return found


def find_packs(folders: Iterable[Path]) -> list[Path]:
    """``*.kpack`` files at the top of each folder (never searching a whole disk), newest file first."""
    packs: list[Path] = []
    for folder in folders:
        try:
            packs += [p for p in folder.iterdir() if p.suffix.lower() == PACK_SUFFIX and p.is_file()]
        except OSError:
            continue
    packs.sort(key=lambda p: p.stat().st_mtime if p.exists() else 0, reverse=True)
    return packs[:MAX_LISTED]


_reported: set[tuple[str, float]] = set()


def newer_pack(folder: Path, current: InstalledPack | None, verify_key, *,
               installed: Sequence[InstalledPack] | None = None) -> tuple[Path, Manifest] | None:
    """The newest pack in ``folder`` signed by ``verify_key`` that is newer than ``current`` (the same guide,
    built later), or None. A bad pack there is logged once, not retried at every reset.

    With ``installed`` (a library of guides) ``current`` is not used: a pack is newer than the installed pack of
    its own guide, and a pack of a guide not yet installed adds that guide."""
    best: tuple[Path, Manifest] | None = None
    for path in find_packs([folder]):
        try:
            with open_pack(path, verify_key) as pack:
                manifest = pack.manifest
        except PackError as error:
            stamp = (str(path), path.stat().st_mtime if path.exists() else 0.0)
            if stamp not in _reported:
                _reported.add(stamp)
                log.warning("pickup folder: %s not installed: %s", path.name, error)
            continue
        if installed is not None:
            same = [pack for pack in installed if pack.manifest.guide_id == manifest.guide_id]
            if same and manifest.built <= same[0].manifest.built:
                continue
        elif current is not None and (manifest.guide_id != current.manifest.guide_id
                                      or manifest.built <= current.manifest.built):
            continue
        if best is None or manifest.built > best[1].built:
            best = (path, manifest)
    return best
