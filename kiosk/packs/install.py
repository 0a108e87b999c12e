"""Installed content packs in the per-machine data folder: install beside the current one, switch atomically, go back.

Layout (one folder per guide id: a library of several guides, each with its own current and previous pack)::

    packs/
      current.json                      {"guides": {"GUIDE": {"current": "GUIDE/NAME" or null,
                                                              "previous": "GUIDE/NAME" or null,
                                                              "held": {"version", "built"} (after a rollback)},
                                                    ...},
                                         "retired": {"GUIDE/NAME": UNIX-TIME, ...}}
      GUIDE/
        NAME/                           one installed pack: content/, index/, manifest.json, manifest.sig
        .incoming-XXXX/                 an install in progress (removed, or left by a power cut and cleared later)

An install unpacks, checks and indexes the pack in ``.incoming-XXXX``, flushes it to the disk, renames it to its
final name and only then replaces ``current.json`` (``kiosk.files.replace_file``: atomic on Windows and POSIX).
Until that last step the kiosk keeps using the old content, so a power cut at any moment leaves either the old pack
or the new one.
The one-guide pointer written before libraries, ``{"current": "GUIDE/NAME", "previous": ...}``, is still read (as
that one guide) and is rewritten in the library form at the next install or rollback.

A rollback **holds**: the guide's entry remembers the edition it went back from, and the pickup folder installs only
a pack newer than that (review N1). An install never deletes the folder of a pack a running kiosk may still show: a
pack that leaves the current and previous places is *retired* and removed at a later install or rollback, a day on
(a running kiosk switches at its next idle reset, within minutes; review N7). ``install`` refuses an edition older
than the one in use unless told ``allow_downgrade`` (review N8).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.files import replace_file
from kiosk.packs.errors import DowngradeRefused, PackError

if TYPE_CHECKING:  # reading pack files loads on first use: the kiosk lists installed packs before its first paint
    from kiosk.packs.archive import Manifest, OpenPack
    from kiosk.settings import Settings

log = logging.getLogger(__name__)

POINTER = "current.json"
PACKS_FOLDER = "packs"
INCOMING_PREFIX = ".incoming-"
STALE_INCOMING_SECONDS = 3600
RETIRED_KEEP_SECONDS = 24 * 3600


def version_key(version: str) -> tuple[int, ...]:
    """Orders editions by their version's numbers: "2026.2" < "2026.10" < "2027.1"; "1.0-beta" is (1, 0)."""
    import re

    return tuple(int(number) for number in re.findall(r"\d+", version))


def edition(manifest: Manifest) -> tuple[tuple[int, ...], str]:
    """Orders the packs of one guide: by version, then by when it was built (a rebuild under the same version)."""
    return version_key(manifest.version), manifest.built


def _edition_of(held: object) -> tuple[tuple[int, ...], str] | None:
    if isinstance(held, dict) and isinstance(held.get("version"), str) and isinstance(held.get("built"), str):
        return version_key(held["version"]), held["built"]
    return None


@dataclass(frozen=True, slots=True)
class InstalledPack:
    folder: Path
    manifest: Manifest

    @property
    def content_dir(self) -> Path:
        return self.folder / "content"

    @property
    def index_dir(self) -> Path:
        return self.folder / "index"

    @property
    def key(self) -> str:
        """How the pointer names it: GUIDE/NAME."""
        return f"{self.folder.parent.name}/{self.folder.name}"


@dataclass(frozen=True, slots=True)
class InstallResult:
    pack: InstalledPack
    replaced: InstalledPack | None
    already_installed: bool


# Checks the unpacked content folder and builds its search index into the second folder; returns the reasons the
# content must be refused (and builds nothing) or an empty list.
PrepareContent = Callable[[Path, Path], list[str]]


def _fsync_file(path: Path) -> None:
    # Windows flushes a file (FlushFileBuffers) only through a handle opened for writing: "rb" is refused there.
    with path.open("r+b" if os.name == "nt" else "rb") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(path: Path) -> None:
    """Make a rename or a new file in ``path`` survive a power cut (POSIX; Windows has no directory handles)."""
    if os.name != "posix":
        return
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _fsync_tree(root: Path) -> None:
    for folder, _dirs, files in os.walk(root):
        for name in files:
            _fsync_file(Path(folder) / name)
        _fsync_dir(Path(folder))


class PackStore:
    """The packs installed on this machine, under ``root``."""

    def __init__(self, root: Path) -> None:
        self.root = root

    # Reading ----------------------------------------------------------------------------------------------------
    def _pointer(self) -> dict[str, dict[str, str | None]]:
        """Each installed guide's current and previous pack keys, in the order the guides were first installed."""
        try:
            data = json.loads((self.root / POINTER).read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as error:
            log.warning("content packs: %s cannot be read (%s); using the built-in content", self.root / POINTER,
                        error)
            return {}
        if not isinstance(data, dict):
            return {}
        if "guides" not in data:  # the one-guide pointer from before libraries
            data = {"guides": {_guide_of(data.get("current")) or _guide_of(data.get("previous")) or "": data}}
        guides = data.get("guides")
        if not isinstance(guides, dict):
            return {}
        return {guide: {"current": entry.get("current"), "previous": entry.get("previous"),
                        **({"held": entry["held"]} if _edition_of(entry.get("held")) else {})}
                for guide, entry in guides.items()
                if isinstance(guide, str) and guide and isinstance(entry, dict)}

    def _retired(self) -> dict[str, float]:
        try:
            data = json.loads((self.root / POINTER).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        retired = data.get("retired") if isinstance(data, dict) else None
        if not isinstance(retired, dict):
            return {}
        return {key: float(when) for key, when in retired.items()
                if isinstance(key, str) and isinstance(when, int | float)}

    def _load(self, key: object) -> InstalledPack | None:
        if not isinstance(key, str) or key.count("/") != 1 or ".." in key or key.startswith(("/", "\\")):
            return None
        from kiosk.packs.archive import MANIFEST, _parse_manifest

        folder = self.root / key
        try:
            manifest = _parse_manifest((folder / MANIFEST).read_bytes())
        except (OSError, PackError) as error:
            log.warning("content packs: the installed pack %s cannot be used: %s", key, error)
            return None
        if not (folder / "content").is_dir():
            return None
        return InstalledPack(folder, manifest)

    def installed(self) -> list[InstalledPack]:
        """The pack in use for each installed guide, in the order the guides were first installed: the library."""
        packs = (self._load(entry["current"]) for entry in self._pointer().values())
        return [pack for pack in packs if pack is not None]

    def _entry(self, guide_id: str | None) -> tuple[str, dict[str, str | None]] | None:
        """One guide's pointer entry: the named guide, or with no name the only guide there is (else None)."""
        pointer = self._pointer()
        if guide_id is not None:
            return (guide_id, pointer[guide_id]) if guide_id in pointer else None
        in_use = [guide for guide, entry in pointer.items() if entry["current"]]
        candidates = in_use or list(pointer)
        if len(candidates) == 1:
            return candidates[0], pointer[candidates[0]]
        return None

    def current(self, guide_id: str | None = None) -> InstalledPack | None:
        """The pack in use for ``guide_id``; with no id, for the only guide installed (None with several)."""
        entry = self._entry(guide_id)
        return self._load(entry[1]["current"]) if entry else None

    def previous(self, guide_id: str | None = None) -> InstalledPack | None:
        entry = self._entry(guide_id)
        return self._load(entry[1]["previous"]) if entry else None

    def held_back(self, guide_id: str) -> tuple[str, str] | None:
        """After a rollback: the (version, built) of the edition the guide went back from; the pickup folder
        installs only a pack newer than it. None when the guide was never rolled back."""
        held = self._pointer().get(guide_id, {}).get("held")
        return (held["version"], held["built"]) if _edition_of(held) else None  # type: ignore[index]

    def guide_ids(self) -> list[str]:
        """Every guide this kiosk has an entry for (in use, or rolled back to no pack)."""
        return list(self._pointer())

    def pointer_stamp(self) -> str:
        """Changes whenever an install or rollback switches packs: a running kiosk compares it at each reset.
        Only the packs in use count: noting a retired pack or a hold is no reason to rebuild the screen."""
        try:
            text = (self.root / POINTER).read_text(encoding="utf-8")
        except OSError:
            return ""
        try:
            data = json.loads(text)
            guides = data.get("guides", {"": data})
            return json.dumps([(guide, entry.get("current")) for guide, entry in guides.items()])
        except (ValueError, TypeError, KeyError, AttributeError):
            return text

    # Changing ---------------------------------------------------------------------------------------------------
    def _write_pointer(self, guide_id: str, current: InstalledPack | None, previous: InstalledPack | None, *,
                       held: Manifest | None = None) -> None:
        """Switch one guide's packs; every other guide's entry is written back as it was. ``held``: the edition a
        rollback went back from (the later of it and any edition held already is kept). A pack leaving the
        current and previous places is noted as retired, to be removed a day later (see ``_prune``)."""
        pointer = self._pointer()
        guides: dict[str, dict] = dict(pointer)
        entry: dict = {"current": current.key if current else None, "previous": previous.key if previous else None}
        before = pointer.get(guide_id, {})
        kept = before.get("held")
        if held is not None:
            offered = {"version": held.version, "built": held.built}
            kept = offered if kept is None or _edition_of(offered) > _edition_of(kept) else kept
        if kept is not None:
            entry["held"] = kept
        guides[guide_id] = entry
        retired = self._retired()
        now = time.time()
        for key in (before.get("current"), before.get("previous")):
            if isinstance(key, str) and key not in (entry["current"], entry["previous"]):
                retired.setdefault(key, now)
        for key in (entry["current"], entry["previous"]):
            retired.pop(key, None)
        partial = self.root / (POINTER + ".partial")
        with partial.open("w", encoding="utf-8") as out:
            json.dump({"guides": guides, "retired": retired}, out, indent=1)
            out.flush()
            os.fsync(out.fileno())
        replace_file(partial, self.root / POINTER)
        _fsync_dir(self.root)

    def install(self, pack_path: Path, verify_key, *, prepare: PrepareContent,
                allow_downgrade: bool = False) -> InstallResult:
        """Verify, unpack, check and index ``pack_path``, then make it the current pack. Raises PackError (and
        changes nothing) if any step fails, or if the pack is an older version of its guide than the one in use
        and ``allow_downgrade`` is not given (a withdrawn edition must not come back by accident)."""
        from kiosk.packs.archive import MANIFEST, open_pack

        with open_pack(pack_path, verify_key) as pack:
            manifest = pack.manifest
            manifest_bytes = pack.archive.read(MANIFEST)
            name = f"{manifest.version}-{manifest.built.replace(':', '').replace('-', '')}-" \
                   f"{hashlib.sha256(manifest_bytes).hexdigest()[:10]}"
            guide_dir = self.root / manifest.guide_id
            final = guide_dir / name
            current = self.current(manifest.guide_id)
            if current is not None and current.folder == final:
                pack.check_every_file()  # a damaged copy of the pack in use is still reported as damaged
                return InstallResult(current, None, already_installed=True)
            if (current is not None and not allow_downgrade
                    and version_key(manifest.version) < version_key(current.manifest.version)):
                raise DowngradeRefused(f"refused: {manifest.name} is older than the {current.manifest.name} in use "
                                "(a downgrade). To go back on purpose use 'kiosk pack rollback', or install it "
                                "with --allow-downgrade")
            try:
                guide_dir.mkdir(parents=True, exist_ok=True)
                self._clear_stale_incoming(guide_dir)
                if not (final / "content").is_dir() or self._load(f"{manifest.guide_id}/{name}") is None:
                    self._unpack(pack, manifest_bytes, guide_dir, final, prepare)
                installed = InstalledPack(final, manifest)
                self._write_pointer(manifest.guide_id, installed, current)
            except OSError as error:
                raise PackError(f"cannot install into {self.root}: {error.strerror or error}. The content in use "
                                "has not changed.") from error
        self._prune(manifest.guide_id)
        return InstallResult(installed, current, already_installed=False)

    def _unpack(self, pack: OpenPack, manifest_bytes: bytes, guide_dir: Path, final: Path,
                prepare: PrepareContent) -> None:
        import shutil  # only an install or clean-up needs it, never start-up
        import tempfile

        from kiosk.packs.archive import MANIFEST, SIGNATURE

        incoming = Path(tempfile.mkdtemp(prefix=INCOMING_PREFIX, dir=guide_dir))
        try:
            # mkdtemp makes an owner-only folder; an administrator's install must stay readable by the kiosk account.
            os.chmod(incoming, 0o755)
            content = incoming / "content"
            for entry, chunks in pack.files():
                target = content.joinpath(*entry.path.split("/"))
                target.parent.mkdir(parents=True, exist_ok=True)
                with target.open("xb") as out:
                    for chunk in chunks:
                        out.write(chunk)
            problems = prepare(content, incoming / "index")
            if problems:
                more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
                raise PackError(f"refused: the pack's pages fail 'kiosk check': {problems[0]}{more}")
            (incoming / MANIFEST).write_bytes(manifest_bytes)
            (incoming / SIGNATURE).write_bytes(pack.archive.read(SIGNATURE))
            _fsync_tree(incoming)
            if final.exists():  # a half-kept earlier copy that did not load: replace it
                shutil.rmtree(final)
            replace_file(incoming, final)
            _fsync_dir(guide_dir)
        except BaseException:
            shutil.rmtree(incoming, ignore_errors=True)
            raise

    def _clear_stale_incoming(self, guide_dir: Path) -> None:
        """Installs cut short by a power cut leave ``.incoming-*`` folders; one an hour old is not in progress."""
        import shutil  # only an install or clean-up needs it, never start-up

        for folder in guide_dir.glob(INCOMING_PREFIX + "*"):
            with contextlib.suppress(OSError):
                if time.time() - folder.stat().st_mtime > STALE_INCOMING_SECONDS:
                    shutil.rmtree(folder, ignore_errors=True)

    def _prune(self, guide_id: str, *, now: float | None = None) -> None:
        """Remove the guide's packs that are neither current nor previous and were retired over a day ago. A pack
        just replaced may still be on a running kiosk's screen until its next idle reset (review N7); a folder
        with no pointer entry and no retirement note (left by an older version of the kiosk) counts as retired
        from now."""
        import shutil  # only an install or clean-up needs it, never start-up

        now = time.time() if now is None else now
        entry = self._pointer().get(guide_id, {})
        keep = {entry.get("current"), entry.get("previous")}
        retired = self._retired()
        noted = dict(retired)
        try:
            folders = [f for f in (self.root / guide_id).iterdir() if f.is_dir() and not f.name.startswith(".")]
        except OSError:
            return
        for folder in folders:
            key = f"{guide_id}/{folder.name}"
            if key in keep:
                continue
            since = retired.setdefault(key, now)
            if now - since >= RETIRED_KEEP_SECONDS:
                shutil.rmtree(folder, ignore_errors=True)
                if not folder.exists():
                    retired.pop(key)
        if retired != noted:
            with contextlib.suppress(OSError):
                self._write_retired(retired)

    def _write_retired(self, retired: dict[str, float]) -> None:
        data = {"guides": self._pointer(), "retired": retired}
        partial = self.root / (POINTER + ".partial")
        with partial.open("w", encoding="utf-8") as out:
            json.dump(data, out, indent=1)
            out.flush()
            os.fsync(out.fileno())
        replace_file(partial, self.root / POINTER)  # a kiosk reading it holds a plain os.replace up on Windows

    def rollback(self, guide_id: str | None = None) -> InstalledPack | None:
        """Go back to the guide's previous pack, or (after its first install) to no pack of that guide: the
        library then shows the other guides, or the built-in content when none is left. The current pack becomes
        the previous one, so a second rollback undoes the first. Other guides are left as they are."""
        pointer = self._pointer()
        # With several guides, going back must name one: a rollback of the wrong guide is never a guess.
        entry = self._entry(guide_id) if guide_id is not None or len(pointer) <= 1 else None
        if entry is None:
            if guide_id is not None:
                known = ", ".join(pointer) or "none"
                raise PackError(f"no guide '{guide_id}' is installed (installed: {known})")
            if not pointer:
                raise PackError("no content pack is installed, so there is nothing to go back from")
            raise PackError("several guides are installed (" + ", ".join(pointer) + "): name the one to go back "
                            "with --guide ID")
        guide, _ = entry
        current, previous = self.current(guide), self.previous(guide)
        if previous is None and current is None:
            raise PackError(f"no pack of the guide '{guide}' is installed, so there is nothing to go back from")
        try:
            self._write_pointer(guide, previous, current, held=current.manifest if current else None)
        except OSError as error:
            raise PackError(f"cannot write {self.root / POINTER}: {error.strerror or error}") from error
        with contextlib.suppress(OSError):
            self._prune(guide)
        return previous


def _guide_of(key: object) -> str | None:
    return key.split("/", 1)[0] if isinstance(key, str) and "/" in key else None


def default_packs_dir(setting: str = "") -> Path:
    if setting:
        return Path(setting).expanduser()
    from kiosk.paths import machine_data_dir

    return machine_data_dir() / PACKS_FOLDER


def settings_path(settings: Settings, value: str) -> Path:
    """A path from the settings file; a relative one is relative to that file, as ``content_dir`` is."""
    path = Path(value).expanduser()
    if not path.is_absolute() and settings.source:
        path = Path(settings.source).parent / path
    return path


def pack_store(settings: Settings) -> PackStore:
    """The installed packs the settings point to (``[content] packs_dir``, else the per-machine folder)."""
    return PackStore(settings_path(settings, settings.packs_dir) if settings.packs_dir else default_packs_dir())
