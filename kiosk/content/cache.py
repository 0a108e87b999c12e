"""What the kiosk loaded from a content folder, kept between starts so it need not read and check every page again.

Loading reads every page and checks its metadata before the first screen can be shown, and the app checks the
pages' text (shared blocks, links, pictures, limits) after it (``loader.load_content``): together about 1 s for
5,000 pages. After a start,
the kiosk keeps the loaded pages in one JSON file in its cache folder, beside the name, size, modification and
change times of every file in the content folder (the test git uses to see a changed file without reading it), of
the code that reads content and of the icon folder. At the next start, when every one of those is unchanged, it
reads that file instead (about 1 ms for the guide, and the loading code is not even imported).

The cache is never a reason not to start: a missing, half-written, damaged or out-of-date file, or any that does
not decode, means the content is read as usual (and the reason is logged). It is written after the first paint
(once the pages' text is checked), away from the GUI thread, all at once (a temporary file renamed into place),
owner-only. A content folder holding a link to another folder is never cached: a change inside the linked folder
would not show in this one's files.

Qt-free: the app, the tests and the benchmarks use it alike.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import stat
import sys
import zlib
from collections.abc import Callable, Iterable
from dataclasses import fields
from pathlib import Path
from typing import Any

from kiosk.content.model import Block, Body, ContentStore, Guide, Link, Menu, Page, PageMarkdown, Problem, Severity
from kiosk.files import UnsafeFile, read_bounded, write_private_file

log = logging.getLogger(__name__)

# Raise when the shape written changes; a file of any other format is read as out of date.
FORMAT = 2  # 2: a page's body kept as one worked-out item
# Far above any real guide (5,000 pages make about 30 MB), so a runaway file is not read into memory.
MAX_CACHE_BYTES = 256 * 1024 * 1024

Signature = list[list[Any]]


def cache_file(cache_dir: Path, content_dir: Path) -> Path:
    """The cache file for one content folder: one file per folder, named by its full path."""
    try:
        where = str(content_dir.resolve())
    except OSError:
        where = str(content_dir.absolute())
    return cache_dir / f"content-{zlib.crc32(where.encode('utf-8', 'surrogatepass')):08x}.json"


def folder_signature(folder: Path) -> Signature | None:
    """Every file under ``folder`` as [relative path, size, modification ns, change ns], in order; ``None`` when the
    folder holds a link to a folder (see the module's note) or cannot be listed."""
    found: Signature = []
    try:
        stack = [(folder, "")]
        while stack:
            directory, prefix = stack.pop()
            with os.scandir(directory) as entries:
                for entry in entries:
                    name = prefix + entry.name
                    if entry.is_dir(follow_symlinks=False):
                        stack.append((Path(entry.path), name + "/"))
                        continue
                    try:
                        info = entry.stat()  # follows a link to a file: its target's change shows
                    except OSError:  # a broken link: the loader reports it; its presence is what counts here
                        found.append([name, -1, 0, 0])
                        continue
                    if stat.S_ISDIR(info.st_mode):
                        return None
                    found.append([name, info.st_size, info.st_mtime_ns, info.st_ctime_ns])
    except OSError:
        return None
    found.sort()
    return found


def code_signature() -> Signature:
    """The code that decides what a content folder loads as: its source files (from a source checkout) or the
    executable (a bundle, whose code is inside it), with the kiosk's version and the fields a page has."""
    from kiosk import __version__

    package = Path(__file__).resolve().parent.parent
    sources = [package / "files.py", *sorted((package / "content").glob("*.py"))]
    found: Signature = [["version", __version__, sys.version, [f.name for f in fields(Page)]]]
    for path in sources if sources[0].is_file() else [Path(sys.executable)]:
        try:
            info = path.stat()
        except OSError:
            continue
        found.append([path.name, info.st_size, info.st_mtime_ns, info.st_ctime_ns])
    return found


def signature(content_dir: Path, icon_dirs: Iterable[Path]) -> dict[str, Any] | None:
    """What must be unchanged for a cached load to stand for a fresh one; ``None`` when it cannot be known."""
    content = folder_signature(content_dir)
    if content is None:
        return None
    icons = []
    for folder in icon_dirs:
        listed = folder_signature(folder) if folder.is_dir() else []
        if listed is None:
            return None
        icons.append([str(folder), listed])
    return {"format": FORMAT, "directory": str(content_dir), "files": content, "icons": icons,
            "code": code_signature()}


# --- the store as JSON, and back ---------------------------------------------------------------------------------

def _encode(value: object) -> object:
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Link):
        return [value.target, value.text, value.line, value.is_image]
    if isinstance(value, PageMarkdown):  # kept worked out: a start from the cache does no more than read it
        body = value.body()
        return [body.text, body.links, body.own_text, body.blocks, body.lines, body.readable]
    raise TypeError(f"cannot keep a {type(value).__name__} in the content cache")


def _date(value: str | None) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)


def _strings(value: list) -> tuple[str, ...]:
    if not all(isinstance(item, str) for item in value):
        raise ValueError("expected a list of words")
    return tuple(value)


def _links(items: list) -> tuple[Link, ...]:
    return tuple(Link(str(t), str(x), int(n), bool(i)) for t, x, n, i in items)


def _markdown(item: list) -> PageMarkdown:
    text, links, own_text, blocks, lines, readable = item
    if not (isinstance(text, str) and (own_text is None or isinstance(own_text, str))):
        raise ValueError("expected a page's text")
    return PageMarkdown(Body(text, _links(links), own_text, _strings(blocks), tuple(map(int, lines)), bool(readable)))


_PAGE_FIELDS: dict[str, Callable[[Any], Any]] = {
    "path": Path, "menu": Menu, "keywords": _strings, "sources": _strings, "related": _strings,
    "reviewed": _date, "review_due": _date, "markdown": _markdown,
}


def _page(data: dict[str, Any]) -> Page:
    return Page(**{name: _PAGE_FIELDS.get(name, _same)(value) for name, value in data.items()})


def _same(value: Any) -> Any:
    return value


def _fields(item: object) -> dict[str, Any]:
    return {f.name: getattr(item, f.name) for f in fields(item)}  # type: ignore[arg-type]


def encode_store(store: ContentStore) -> dict[str, Any]:
    """A single guide's store as JSON-ready data (a library is combined from its guides' stores after loading)."""
    return {
        "directory": str(store.directory),
        "guide": _fields(store.guide),
        "pages": [_fields(page) for page in store.pages.values()],
        "problems": [[str(p.path), p.line, p.message, str(p.severity)] for p in store.problems],
        "fingerprint": store.fingerprint,
        "blocks": [[b.name, str(b.path), b.text] for b in store.blocks.values()],
    }


def decode_store(data: dict[str, Any]) -> ContentStore:
    """The store ``encode_store`` was given; any slip in the data raises (KeyError, TypeError or ValueError)."""
    pages = [_page(item) for item in data["pages"]]
    blocks = [Block(str(name), Path(path), str(text)) for name, path, text in data["blocks"]]
    problems = [Problem(Path(path), int(line), str(message), Severity(severity))
                for path, line, message, severity in data["problems"]]
    return ContentStore(
        Path(data["directory"]), Guide(**data["guide"]), {page.id: page for page in pages}, problems,
        fingerprint=str(data["fingerprint"]), blocks={block.name: block for block in blocks},
    )


class ContentCache:
    """Loads content folders through the cache in ``cache_dir``; ``save_pending`` then writes what was read afresh."""

    def __init__(self, cache_dir: Path) -> None:
        self.cache_dir = cache_dir
        self.pending: list[tuple[Path, dict[str, Any], ContentStore]] = []
        self.hits = 0
        self.used: set[str] = set()  # the cache files this kiosk reads or writes; others are pruned when writing

    def load(self, content_dir: Path, icon_dirs: Iterable[Path] = (), *, lazy: bool = False) -> ContentStore:
        """The folder's content, from the cache when nothing it was made from has changed (checked in full), else
        read afresh (``lazy``: its pages' text checked later, see ``loader.load_content``)."""
        icon_dirs = list(icon_dirs)
        wanted = signature(content_dir, icon_dirs)  # before reading: a change during the read shows next time
        path = cache_file(self.cache_dir, content_dir)
        self.used.add(path.name)
        if wanted is not None:
            store = self._read(path, wanted)
            if store is not None:
                self.hits += 1
                log.info("content: %d pages from %s, unchanged since the last start: from the content cache",
                         len(store), content_dir)
                return store
        from kiosk.content.loader import load_content  # only now: the cached start does without it

        store = load_content(content_dir, icon_dirs=icon_dirs, lazy=lazy)
        log.info("content: %d pages from %s, read and checked%s", len(store), content_dir,
                 " (the pages' text: later)" if lazy else "")
        if wanted is not None:
            self.pending.append((path, wanted, store))
        return store

    def _read(self, path: Path, wanted: dict[str, Any]) -> ContentStore | None:
        try:
            data = json.loads(read_bounded(path, MAX_CACHE_BYTES))
        except FileNotFoundError:
            return None
        except (OSError, UnsafeFile, ValueError, RecursionError) as error:
            log.info("content cache: cannot read %s (%s); reading the content instead", path, error)
            return None
        if not isinstance(data, dict) or data.get("signature") != wanted:
            log.info("content cache: %s is out of date; reading the content instead", path.name)
            return None
        try:
            return decode_store(data["store"])
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            log.warning("content cache: %s is damaged (%s: %s); reading the content instead",
                        path, type(error).__name__, error)
            return None

    def save_pending(self) -> None:
        """Write every store read afresh since the last call, then delete the cache files of content folders this
        kiosk no longer shows (an updated pack is a new folder: its old file would only take space). Never raises:
        the cache only saves time."""
        wrote = bool(self.pending)
        while self.pending:
            path, wanted, store = self.pending.pop(0)
            store.check_bodies()  # the cache keeps what a full check found (a lazy load has not checked it all)
            try:
                text = json.dumps({"signature": wanted, "store": encode_store(store)}, default=_encode,
                                  ensure_ascii=False, separators=(",", ":"))
                write_private_file(path, text.encode("utf-8"))
            except (OSError, TypeError, ValueError) as error:
                log.warning("content cache: cannot write %s (%s); the next start reads the content afresh",
                            path, error)
        if wrote:
            self._prune()

    def _prune(self) -> None:
        try:
            stale = [p for p in self.cache_dir.glob("content-*.json*") if p.name not in self.used]
        except OSError:
            return
        for path in stale:
            try:
                path.unlink()
            except OSError as error:  # a folder in the way, or no permission: harmless, and logged once
                log.info("content cache: cannot delete the old %s (%s)", path.name, error)
