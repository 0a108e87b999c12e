"""Finding packs to install: on USB sticks (for the staff panel) and in the pickup folder (checked at idle resets)."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from kiosk.packs.archive import PACK_SUFFIX, Manifest, open_pack
from kiosk.packs.errors import PackError
from kiosk.packs.install import InstalledPack, InstallResult, PackStore, edition, version_key

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


MAX_PICKUP_FILES = 200


@dataclass(frozen=True, slots=True)
class PickupLine:
    """What the pickup check did with one file: ``installed``, ``skipped`` (nothing to do) or ``refused`` (damaged,
    not signed by the trusted key, or failing its checks), and why, in words for IT staff."""

    file: str
    outcome: str
    why: str
    guide_id: str = ""
    version: str = ""

    def __str__(self) -> str:
        return f"{self.file}: {self.outcome}: {self.why}"


FileStamp = tuple[str, int, int]  # name, size, modification time (ns): a changed file is looked at afresh


def _stamp(path: Path) -> FileStamp:
    try:
        info = path.stat()
        return (str(path), info.st_size, info.st_mtime_ns)
    except OSError:
        return (str(path), -1, -1)


def pickup_files(folder: Path) -> list[Path]:
    """``*.kpack`` files at the top of the pickup folder, by name (never searching below it)."""
    try:
        return sorted((p for p in folder.iterdir() if p.suffix.lower() == PACK_SUFFIX and p.is_file()),
                      key=lambda p: p.name)[:MAX_PICKUP_FILES]
    except OSError:
        return []


def check_pickup_folder(folder: Path, store: PackStore, verify_key, install: Callable[[Path], InstallResult] | None,
                        *,
                        refused_before: dict[FileStamp, PickupLine] | None = None) -> list[PickupLine]:
    """The pickup check a kiosk runs at each idle reset: for each guide, install the newest pack in ``folder`` if
    it is newer than the pack in use and, after a rollback, newer than the edition rolled back from (so a rollback
    holds while its pack stays in the folder, as the Intune and SCCM detection rules need). A pack of a guide not
    installed adds that guide. One line per file says what happened.

    With ``install`` None nothing is installed: the pack that would be says ``would install`` (``kiosk status``).

    A damaged or wrongly signed file is refused and never stops the others. ``refused_before`` (kept by the caller
    between checks) remembers refused files, so an unchanged one is not opened, unpacked or logged again."""
    remembered = refused_before if refused_before is not None else {}
    lines: list[PickupLine] = []
    candidates: dict[str, list[tuple[Path, Manifest]]] = {}
    for path in pickup_files(folder):
        stamp = _stamp(path)
        if stamp in remembered:
            lines.append(remembered[stamp])
            continue
        try:
            with open_pack(path, verify_key) as pack:
                manifest = pack.manifest
        except PackError as error:
            line = PickupLine(path.name, "refused", str(error))
        except Exception as error:  # one odd file must never stop the others
            line = PickupLine(path.name, "refused", f"cannot be read as a content pack ({type(error).__name__}: "
                                                    f"{error})")
        else:
            candidates.setdefault(manifest.guide_id, []).append((path, manifest))
            continue
        remembered[stamp] = line
        lines.append(line)
    for guide_id, packs in candidates.items():
        packs.sort(key=lambda found: edition(found[1]), reverse=True)
        best_path, best = packs[0]
        for path, manifest in packs[1:]:
            lines.append(PickupLine(path.name, "skipped", f"{best_path.name} in the folder is a newer edition of "
                                    f"'{guide_id}' ({best.version})", guide_id, manifest.version))
        known = guide_id in store.guide_ids()
        current = store.current(guide_id) if known else None
        held = store.held_back(guide_id)
        if current is not None and edition(best) <= edition(current.manifest):
            why = ("it is the edition in use" if edition(best) == edition(current.manifest) else
                   f"not newer than the {current.manifest.version} in use")
            lines.append(PickupLine(best_path.name, "skipped", why, guide_id, best.version))
            continue
        if held is not None and (version_key(best.version), best.built) <= (version_key(held[0]), held[1]):
            lines.append(PickupLine(best_path.name, "skipped", f"held back: '{guide_id}' was rolled back from "
                                    f"{held[0]}; only a pack newer than that is installed from here", guide_id,
                                    best.version))
            continue
        if install is None:
            lines.append(PickupLine(best_path.name, "would install", "newer than the edition in use" if known
                                    else "a guide not installed here yet", guide_id, best.version))
            continue
        stamp = _stamp(best_path)
        try:
            result = install(best_path)
        except PackError as error:
            line = PickupLine(best_path.name, "refused", str(error), guide_id, best.version)
            remembered[stamp] = line
            lines.append(line)
            continue
        before = (f" (before: {result.replaced.manifest.version})" if result.replaced else
                  "" if known else " (a guide new here)")
        lines.append(PickupLine(best_path.name, "installed", f"{result.pack.manifest.name}{before}", guide_id,
                                best.version))
    order = {path.name: number for number, path in enumerate(pickup_files(folder))}
    lines.sort(key=lambda line: order.get(line.file, len(order)))
    return lines


_reported: set[tuple[str, float]] = set()


def newer_pack(folder: Path, current: InstalledPack | None, verify_key, *,
               installed: Sequence[InstalledPack] | None = None) -> tuple[Path, Manifest] | None:
    """The newest pack in ``folder`` signed by ``verify_key`` that is newer than ``current`` (the same guide,
    a later edition), or None. A bad pack there is logged once, not retried at every reset. (The kiosk itself
    uses ``check_pickup_folder``, which also honours a rollback and adds new guides.)

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
            if same and edition(manifest) <= edition(same[0].manifest):
                continue
        elif current is not None and (manifest.guide_id != current.manifest.guide_id
                                      or edition(manifest) <= edition(current.manifest)):
            continue
        if best is None or edition(manifest) > edition(best[1]):
            best = (path, manifest)
    return best
