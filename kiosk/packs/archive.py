"""The content pack file: a zip of the content folder, a manifest of every file's SHA-256, and an Ed25519 signature.

Layout::

    manifest.json   {"format", "guide_id", "version", "date", "built", "files": [{"path", "size", "sha256"}]}
    manifest.sig    the 64-byte Ed25519 signature of manifest.json, exactly as stored
    content/...     the files the manifest lists, and nothing else

Only the manifest is signed; each file is bound to it by its hash. Reading a pack trusts nothing before the
signature is checked, and nothing in the zip (names, sizes, flags) is trusted at all.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import stat
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING

from kiosk.packs.errors import PackError

if TYPE_CHECKING:  # zipfile loads where a pack is written or opened: listing installed packs never needs it
    import zipfile

FORMAT = "clinic-kiosk-pack/1"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
CONTENT_PREFIX = "content/"
PACK_SUFFIX = ".kpack"

# Generous for a guide of Markdown pages and pictures, small enough that a hostile pack cannot fill a disk.
MAX_FILES = 5000
MAX_FILE_BYTES = 50 * 2**20
MAX_TOTAL_BYTES = 500 * 2**20
MAX_MANIFEST_BYTES = 4 * 2**20
_CHUNK = 1 << 16

_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")
_VERSION = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._+-]{0,39}$")
_FORBIDDEN_CHARACTERS = set('\\:*?"<>|') | {chr(n) for n in range(32)}
_WINDOWS_DEVICES = {"con", "prn", "aux", "nul", *(f"com{n}" for n in range(10)), *(f"lpt{n}" for n in range(10))}


@dataclass(frozen=True, slots=True)
class PackFile:
    path: str  # relative to the content folder, with forward slashes
    size: int
    sha256: str


@dataclass(frozen=True, slots=True)
class Manifest:
    guide_id: str
    version: str
    date: str  # YYYY-MM-DD, the day it was built
    built: str  # UTC, to the second: orders packs of one guide ("newer")
    files: tuple[PackFile, ...]

    def to_bytes(self) -> bytes:
        data = {"format": FORMAT, "guide_id": self.guide_id, "version": self.version, "date": self.date,
                "built": self.built,
                "files": [{"path": f.path, "size": f.size, "sha256": f.sha256} for f in self.files]}
        return json.dumps(data, indent=1, ensure_ascii=False).encode("utf-8") + b"\n"

    @property
    def name(self) -> str:
        return f"{self.guide_id} {self.version} ({self.date})"


def unsafe_path_reason(path: str) -> str | None:
    """Why ``path`` may not be a file inside a pack, or None if it is fine on Windows, macOS and Linux alike."""
    if not path or len(path) > 240:
        return "is empty or too long"
    if path.startswith("/") or re.match(r"^[A-Za-z]:", path):
        return "is an absolute path"
    if set(path) & _FORBIDDEN_CHARACTERS:
        return "has a character that is not allowed in file names (\\ : * ? \" < > | or a control character)"
    parts = path.split("/")
    if any(part in ("", ".", "..") for part in parts):
        return "leads outside its folder (.. or an empty part)"
    for part in parts:
        if part != part.rstrip(" .") or part.split(".")[0].lower() in _WINDOWS_DEVICES:
            return "has a name Windows cannot store"
    return None


def _check_path(path: str, where: str) -> None:
    reason = unsafe_path_reason(path)
    if reason:
        raise PackError(f"refused: the pack's {where} '{path[:80]}' {reason}")


# Building -------------------------------------------------------------------------------------------------------
def content_files(content_dir: Path) -> list[tuple[str, Path]]:
    """Every file of a content folder that belongs in a pack: not hidden, not a link, sorted."""
    files = []
    for path in sorted(content_dir.rglob("*")):
        relative = path.relative_to(content_dir).as_posix()
        if any(part.startswith(".") for part in relative.split("/")):
            continue
        if path.is_symlink():
            raise PackError(f"{path} is a link; a pack holds only real files (copy the file in instead)")
        if path.is_file():
            _check_path(relative, "file")
            files.append((relative, path))
    return files


def _sha256(source: IO[bytes], limit: int) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    while chunk := source.read(_CHUNK):
        size += len(chunk)
        if size > limit:
            raise PackError(f"refused: a file is larger than {limit // 2**20} MB")
        digest.update(chunk)
    return digest.hexdigest(), size


def write_pack(content_dir: Path, signing_key, out: Path, *, guide_id: str, version: str,
               now: dt.datetime | None = None) -> Manifest:
    """Write the signed pack of ``content_dir`` to ``out`` (whole or not at all)."""
    import zipfile

    if not _ID.match(guide_id):
        raise PackError(f"the guide id '{guide_id}' must be lower-case letters, digits and dashes (up to 63)")
    if not _VERSION.match(version):
        raise PackError(f"the version '{version}' must be letters, digits, dots and dashes (up to 40)")
    now = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    files = content_files(content_dir)
    if len(files) > MAX_FILES:
        raise PackError(f"the content has {len(files)} files; a pack holds at most {MAX_FILES}")
    entries = []
    for relative, path in files:
        with path.open("rb") as source:
            digest, size = _sha256(source, MAX_FILE_BYTES)
        entries.append(PackFile(relative, size, digest))
    if sum(f.size for f in entries) > MAX_TOTAL_BYTES:
        raise PackError(f"the content is larger than {MAX_TOTAL_BYTES // 2**20} MB")
    manifest = Manifest(guide_id, version, now.date().isoformat(), now.strftime("%Y-%m-%dT%H:%M:%SZ"),
                        tuple(entries))
    manifest_bytes = manifest.to_bytes()
    signature = signing_key.sign(manifest_bytes).signature
    partial = out.with_name(out.name + ".partial")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(MANIFEST, manifest_bytes)
            archive.writestr(SIGNATURE, signature)
            for relative, path in files:
                archive.write(path, CONTENT_PREFIX + relative)
        partial.replace(out)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise PackError(f"cannot write {out}: {error.strerror or error}") from error
    return manifest


# Reading --------------------------------------------------------------------------------------------------------
class OpenPack:
    """A pack whose signature and structure have been checked. Each file's hash is checked as it is read."""

    def __init__(self, path: Path, archive: zipfile.ZipFile, manifest: Manifest) -> None:
        self.path = path
        self.archive = archive
        self.manifest = manifest

    def __enter__(self) -> OpenPack:
        return self

    def __exit__(self, *exc: object) -> None:
        self.archive.close()

    def files(self) -> Iterator[tuple[PackFile, Iterator[bytes]]]:
        """Each file with its bytes in chunks; a chunk stream raises PackError when the bytes do not match."""
        for entry in self.manifest.files:
            yield entry, self._chunks(entry)

    def _chunks(self, entry: PackFile) -> Iterator[bytes]:
        import zipfile

        digest = hashlib.sha256()
        size = 0
        try:
            with self.archive.open(CONTENT_PREFIX + entry.path) as source:
                while chunk := source.read(_CHUNK):
                    size += len(chunk)
                    if size > entry.size:
                        raise PackError(f"refused: {entry.path} is larger than its manifest says")
                    digest.update(chunk)
                    yield chunk
        # NotImplementedError: a compression method zipfile does not know; RuntimeError: an encrypted entry.
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, NotImplementedError,
                RuntimeError) as error:
            raise PackError(f"refused: {entry.path} cannot be read from the pack ({error}); it is damaged "
                            "or cut short") from None
        if size != entry.size or digest.hexdigest() != entry.sha256:
            raise PackError(f"refused: {entry.path} was changed after the pack was signed")

    def check_every_file(self) -> None:
        for _entry, chunks in self.files():
            for _ in chunks:
                pass


def _parse_manifest(data: bytes) -> Manifest:
    try:
        raw = json.loads(data.decode("utf-8"))
        if raw.get("format") != FORMAT:
            raise PackError(f"refused: this pack's format ({str(raw.get('format'))[:40]}) is not one this version "
                            "of the kiosk reads")
        files = tuple(PackFile(str(f["path"]), int(f["size"]), str(f["sha256"])) for f in raw["files"])
        manifest = Manifest(str(raw["guide_id"]), str(raw["version"]), str(raw["date"]), str(raw["built"]), files)
        dt.date.fromisoformat(manifest.date)
    except PackError:
        raise
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise PackError(f"refused: the pack's manifest is not valid ({error})") from None
    if not _ID.match(manifest.guide_id) or not _VERSION.match(manifest.version):
        raise PackError("refused: the pack's guide id or version is not valid")
    seen: set[str] = set()
    for entry in files:
        _check_path(entry.path, "manifest lists a file that")
        if entry.path.casefold() in seen:
            raise PackError(f"refused: the manifest lists '{entry.path}' twice")
        seen.add(entry.path.casefold())
        if not 0 <= entry.size <= MAX_FILE_BYTES or not re.fullmatch(r"[0-9a-f]{64}", entry.sha256):
            raise PackError(f"refused: the manifest entry for '{entry.path}' is not valid or too large")
    if len(files) > MAX_FILES or sum(f.size for f in files) > MAX_TOTAL_BYTES:
        raise PackError("refused: the pack holds more files or bytes than a content pack may")
    return manifest


def open_pack(path: Path, verify_key) -> OpenPack:
    """Open ``path`` and check that it is a whole pack signed by ``verify_key``. Raises PackError saying why not.

    The file contents are checked against their hashes as they are read (``OpenPack.files``), or all at once
    by ``check_every_file``.
    """
    import zipfile

    from nacl.exceptions import BadSignatureError

    try:
        archive = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise PackError(f"{path} does not exist") from None
    except IsADirectoryError:
        raise PackError(f"{path} is a folder, not a pack file") from None
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, RuntimeError) as error:
        raise PackError(f"refused: {path.name} is not a content pack, or it was cut short while copying "
                        f"({error})") from None
    try:
        infos = archive.infolist()
        if len(infos) > MAX_FILES + 2:
            raise PackError("refused: the pack holds more files than a content pack may")
        names: set[str] = set()
        for info in infos:
            name = info.filename
            if name.casefold() in names:
                raise PackError(f"refused: the pack holds '{name}' twice")
            names.add(name.casefold())
            if name in (MANIFEST, SIGNATURE):
                continue
            if not name.startswith(CONTENT_PREFIX):
                raise PackError(f"refused: the pack holds '{name[:80]}', which is not part of a content pack")
            _check_path(name[len(CONTENT_PREFIX):], "file")
            if stat.S_ISLNK(info.external_attr >> 16) or info.is_dir():
                raise PackError(f"refused: '{name[:80]}' in the pack is a link or a folder, not a file")
        if SIGNATURE not in names:
            raise PackError(f"refused: {path.name} is not signed (it has no {SIGNATURE})")
        if MANIFEST not in names:
            raise PackError(f"refused: {path.name} has no manifest")
        if archive.getinfo(MANIFEST).file_size > MAX_MANIFEST_BYTES or archive.getinfo(SIGNATURE).file_size != 64:
            raise PackError("refused: the manifest or signature is not the right size")
        manifest_bytes = archive.read(MANIFEST)
        signature = archive.read(SIGNATURE)
        try:
            verify_key.verify(manifest_bytes, signature)
        except BadSignatureError:
            raise PackError(f"refused: {path.name} is not signed by the key this kiosk trusts, or it was changed "
                            "after signing") from None
        manifest = _parse_manifest(manifest_bytes)
        listed = {CONTENT_PREFIX + f.path for f in manifest.files}
        present = {info.filename for info in infos} - {MANIFEST, SIGNATURE}
        extra, missing = sorted(present - listed), sorted(listed - present)
        if extra:
            raise PackError(f"refused: the pack holds '{extra[0][len(CONTENT_PREFIX):]}', which its signed "
                            "manifest does not list")
        if missing:
            raise PackError(f"refused: the pack is missing '{missing[0][len(CONTENT_PREFIX):]}'")
    except PackError:
        archive.close()
        raise
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, KeyError, NotImplementedError,
            RuntimeError) as error:  # an unknown compression method, an encrypted entry (review N3)
        archive.close()
        raise PackError(f"refused: {path.name} is damaged or cut short ({error})") from None
    return OpenPack(path, archive, manifest)

