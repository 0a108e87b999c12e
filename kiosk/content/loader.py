"""Reads a content folder of Markdown pages into a ContentStore, reporting broken files instead of failing.

A page is a Markdown file whose first lines are metadata between two ``---`` lines::

    ---
    title: Bone scan
    summary: A scan that shows changes in your bones.
    parent: tests-and-diagnosis
    order: 3
    icon: scan
    keywords: bone scan, nuclear scan, tracer
    sources:
      - NICE CG81 Advanced breast cancer, 2009 (updated 2017)
    reviewed: 2026-11-01
    review_due: 2029-11-01
    ---

The format is a small, strict subset of YAML (``key: value`` and ``- item`` lists) so that clinic
staff can edit it in Notepad and every mistake can be reported with its line number.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import os
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from kiosk.content.blocks import BLOCKS_DIR, read_blocks
from kiosk.content.builtin_urgent import BUILTIN_URGENT_BODY
from kiosk.content.limits import MAX_PAGE_BYTES, page_limit_problems, read_content_file
from kiosk.content.model import (
    Block,
    ContentStore,
    Guide,
    Menu,
    Page,
    PageMarkdown,
    Problem,
    Severity,
    is_trusted_address,
)
from kiosk.content.render import find_image, unknown_placeholders
from kiosk.files import UnsafeFile, read_bounded

REQUIRED = ("title", "summary", "order", "keywords", "sources", "reviewed", "review_due", "icon")
KNOWN = {*REQUIRED, "id", "parent", "menu", "related", "review_every", "address"}
LIST_FIELDS = {"keywords", "sources", "related"}
PAGE_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# Without ``review_every`` a page may wait up to 3 years; pages about medicines set ``review_every: 12 months``
# because drug decisions (NICE, SMC) change often.
DEFAULT_REVIEW_MONTHS = 36
REVIEW_EVERY = re.compile(r"^(\d{1,3})\s*(month|months|year|years)$", re.IGNORECASE)
MAX_GUIDE_BYTES = 64_000
MAX_FINGERPRINT_FILE_BYTES = 50_000_000  # pictures included


class FrontMatterError(ValueError):
    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line


def parse_front_matter(text: str) -> tuple[dict[str, tuple[int, str | list[str]]], str, int]:
    """Split a page into its metadata (each value with its line number), its body, and the body's first line."""
    meta, rest, body_line = read_front_matter(text)
    return meta, "\n".join(rest.splitlines()), body_line


def read_front_matter(text: str, first_piece: int = 2048) -> tuple[dict[str, tuple[int, str | list[str]]], str, int]:
    """A page's metadata (each value with its line number), the text after it as written, and the body's first line.
    Only the first ``first_piece`` characters are split into lines when the metadata ends within them (far more
    than any page's metadata): the body is left for when it is wanted."""
    lines, whole = _first_lines(text, first_piece)
    if not lines or lines[0].strip() != "---":
        raise FrontMatterError(1, "the file must start with a line of three dashes (---) before the metadata")
    meta: dict[str, tuple[int, str | list[str]]] = {}
    current_list: list[str] | None = None
    for number, raw in enumerate(lines[1:], start=2):
        line = raw.rstrip()
        stripped = line.lstrip()
        if stripped == "---":
            return meta, text[_offset_after(text, lines, number, whole):], number + 1
        if not stripped or stripped[0] == "#":
            continue
        if stripped.startswith("- "):
            if current_list is None:
                raise FrontMatterError(number, "a list item (- ...) must come under a key such as 'sources:'")
            current_list.append(stripped[2:].strip())
            continue
        if ":" not in line or line[0].isspace():
            raise FrontMatterError(number, f"expected 'key: value', found {stripped[:40]!r}")
        key, _, value = line.partition(":")
        key = key.strip().lower().replace("-", "_")
        if key in meta:
            raise FrontMatterError(number, f"'{key}' is given twice")
        value = value.strip()
        if value:
            meta[key] = (number, value)
            current_list = None
        else:
            current_list = []
            meta[key] = (number, current_list)
    if not whole:  # metadata longer than the first piece: split every line
        return read_front_matter(text, len(text))
    raise FrontMatterError(len(lines), "the metadata is never closed: add a line of three dashes (---) after it")


# Line ends other than \n that str.splitlines splits at (\r\n included): a page written with them is split as a
# whole, as before; the usual page has none, and only its first lines are split.
_OTHER_LINE_ENDS = re.compile("[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


def _first_lines(text: str, size: int) -> tuple[list[str], bool]:
    """The first lines of ``text`` as ``str.splitlines`` gives them, and whether they are all of it: only the
    first ``size`` characters are split when they have plain \\n line ends (the last, perhaps cut short, left
    out); otherwise every line (a short page, or one with other line ends)."""
    if len(text) > size:
        piece = text[:size]
        if _OTHER_LINE_ENDS.search(piece) is None:
            lines = piece.split("\n")
            lines.pop()  # cut short, or "" after the piece's last \n: either way not a whole line yet
            if lines:
                return lines, False
    return text.splitlines(), True


def _offset_after(text: str, lines: list[str], count: int, whole: bool) -> int:
    """Where the text after the first ``count`` lines starts."""
    if not whole:  # plain \n line ends
        return sum(map(len, lines[:count])) + count
    return sum(map(len, text.splitlines(keepends=True)[:count]))


def _as_list(value: str | list[str]) -> tuple[str, ...]:
    items = value if isinstance(value, list) else value.split(",")
    return tuple(filter(None, map(str.strip, items)))  # each stripped once: 5,000 pages have 100,000 keywords


def _as_date(key: str, line: int, value: str | list[str]) -> dt.date:
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise FrontMatterError(line, f"'{key}' must be a date written as YYYY-MM-DD, found {value!r}") from None


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later, or the month's last day when it is shorter (31 January + 1 month)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    for last in (day.day, 30, 29, 28):
        try:
            return day.replace(year=year, month=month, day=min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable: every month has at least 28 days")


def _review_months(line: int, value: str | list[str]) -> int:
    """``12 months`` or ``1 year`` as a number of months, from 1 to 36."""
    match = REVIEW_EVERY.match(str(value).strip())
    if not match:
        raise FrontMatterError(line, f"'review_every' must be a number of months or years, such as '12 months', "
                                     f"found {value!r}")
    months = int(match.group(1)) * (12 if match.group(2).lower().startswith("year") else 1)
    if not 1 <= months <= DEFAULT_REVIEW_MONTHS:
        raise FrontMatterError(line, f"'review_every' must be between 1 month and 3 years, found {value!r}")
    return months


def parse_page(path: Path, text: str, problems: list[Problem], blocks: dict[str, Block] | None = None) -> Page | None:
    """Read one page's metadata; its body (shared blocks put in place, links found) is worked out when first wanted,
    and checked by ``ContentStore.check_bodies``. Problems that stop the page loading are errors; the caller keeps
    going."""

    def report(line: int, message: str, severity: Severity = Severity.ERROR) -> None:
        problems.append(Problem(path, line, message, severity))

    try:
        meta, body, body_line = read_front_matter(text)
    except FrontMatterError as error:
        report(error.line, str(error))
        return None

    for key, (line, _) in meta.items():
        if key not in KNOWN:
            report(line, f"unknown metadata key '{key}' (known keys: {', '.join(sorted(KNOWN))})",
                   Severity.WARNING)
    missing = [key for key in REQUIRED if key not in meta or not meta[key][1]]
    for key in missing:
        report(1, f"missing metadata: '{key}'")
    if "title" in missing or "summary" in missing:
        return None

    def text_of(key: str, default: str = "") -> str:
        if key not in meta:
            return default
        line, value = meta[key]
        if isinstance(value, list):
            report(line, f"'{key}' must be a single line of text, not a list")
            return default
        return value

    page_id = text_of("id") or path.stem
    if not PAGE_ID.match(page_id):
        report(meta.get("id", (1, ""))[0],
               f"page id '{page_id}' must be lower-case letters, digits and single dashes")
        return None

    order = 0
    if "order" in meta:
        line, value = meta["order"]
        try:
            order = int(str(value))
        except ValueError:
            report(line, f"'order' must be a whole number, found {value!r}")

    menu = Menu.TOPIC
    if "menu" in meta:
        line, value = meta["menu"]
        try:
            menu = Menu(str(value).strip().lower())
        except ValueError:
            report(line, f"'menu' must be one of {', '.join(m.value for m in Menu)}, found {value!r}")

    dates: dict[str, dt.date | None] = {"reviewed": None, "review_due": None}
    for key in dates:
        if key in meta:
            try:
                dates[key] = _as_date(key, *meta[key])
            except FrontMatterError as error:
                report(error.line, str(error))
    review_months = None
    if "review_every" in meta:
        try:
            review_months = _review_months(*meta["review_every"])
        except FrontMatterError as error:
            report(error.line, str(error))
    reviewed, review_due = dates["reviewed"], dates["review_due"]
    if reviewed and review_due:
        if review_due <= reviewed:
            report(meta["review_due"][0], "'review_due' must be after 'reviewed'")
        elif review_months is None and review_due > add_months(reviewed, DEFAULT_REVIEW_MONTHS):
            report(meta["review_due"][0], "'review_due' must be at most 3 years after 'reviewed'")
        elif review_months is not None and review_due > add_months(reviewed, review_months):
            period = meta["review_every"][1]
            report(meta["review_due"][0], f"'review_due' must be at most {period} after 'reviewed' "
                                          f"(review_every: {period})")

    address = text_of("address").strip()
    if address and not is_trusted_address(address):
        report(meta["address"][0], f"'address' must be a full https:// web address, found {address!r}")
        address = ""
    lists = {key: _as_list(meta[key][1]) if key in meta else () for key in LIST_FIELDS}
    return Page(
        id=page_id,
        title=text_of("title"),
        summary=text_of("summary"),
        markdown=PageMarkdown.later(body, body_line, path, {} if blocks is None else blocks),
        path=path,
        body_line=body_line,
        parent=text_of("parent") or None,
        order=order,
        icon=text_of("icon"),
        menu=menu,
        address=address,
        keywords=lists["keywords"],
        sources=lists["sources"],
        related=lists["related"],
        reviewed=reviewed,
        review_due=review_due,
        review_months=review_months,
    )


def load_guide(directory: Path, problems: list[Problem]) -> Guide:
    path = directory / "guide.toml"
    if not path.exists():
        return Guide()
    try:
        data = tomllib.loads(read_bounded(path, MAX_GUIDE_BYTES).decode("utf-8-sig"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError, UnsafeFile) as error:
        problems.append(Problem(path, getattr(error, "lineno", 1) or 1, f"cannot read the guide settings: {error}"))
        return Guide()
    except (RecursionError, MemoryError):  # nested hundreds deep: a bad file, never a crash at start-up
        problems.append(Problem(path, 1, "cannot read the guide settings: it is nested too deeply"))
        return Guide()
    translation = data.pop("translation", None)
    known = set(Guide.__dataclass_fields__) - TRANSLATION_FIELDS
    for key in data:
        if key not in known:
            problems.append(Problem(path, 1, f"unknown setting '{key}'", Severity.WARNING))
    guide = Guide(**{k: str(v) for k, v in data.items() if k in known})
    guide = _with_language(guide, translation, path, problems)
    if guide.address and not is_trusted_address(guide.address):
        problems.append(Problem(path, 1, f"'address' must be a full https:// web address, found {guide.address!r}"))
        guide = dataclasses.replace(guide, address="")
    return guide


TRANSLATION_FIELDS = {"translation_of", "translator", "checked_by", "translation_checked"}


def _with_language(guide: Guide, translation: object, path: Path, problems: list[Problem]) -> Guide:
    """Check ``language`` and read ``[translation]``: a translated guide must say who translated it, and whether
    (and by whom) the translation was checked."""
    from kiosk.languages import LANGUAGES

    if guide.language not in LANGUAGES:
        problems.append(Problem(path, 1, f"'language' must be one of {', '.join(LANGUAGES)}, found "
                                         f"{guide.language!r}"))
        guide = dataclasses.replace(guide, language="en")
    if translation is None:
        if guide.language != "en":
            problems.append(Problem(path, 1, "a guide in another language than English needs a [translation] "
                                             "section: translator, checked_by and checked = true or false"))
            return dataclasses.replace(guide, translation_checked="false")
        return guide
    if not isinstance(translation, dict):
        problems.append(Problem(path, 1, "'translation' must be a section written as [translation]"))
        return dataclasses.replace(guide, translation_checked="false")
    for key in translation:
        if key not in ("of", "translator", "checked_by", "checked"):
            problems.append(Problem(path, 1, f"unknown setting 'translation.{key}'", Severity.WARNING))
    checked = translation.get("checked", False)
    if not isinstance(checked, bool):
        problems.append(Problem(path, 1, "'translation.checked' must be true or false"))
        checked = False
    translator = str(translation.get("translator", "")).strip()
    checked_by = str(translation.get("checked_by", "")).strip()
    if not translator:
        problems.append(Problem(path, 1, "'translation.translator' must say who translated the guide"))
    if checked and not checked_by:
        problems.append(Problem(path, 1, "'translation.checked' is true but 'translation.checked_by' does not "
                                         "say who checked it; it is treated as not checked"))
        checked = False
    if not checked:
        problems.append(Problem(path, 1, "this translation has not been checked by a qualified translator: "
                                         "`kiosk pack install` refuses it and the kiosk hides it unless "
                                         "[languages] allow_unchecked = true", Severity.WARNING))
    return dataclasses.replace(guide, translation_of=str(translation.get("of", "")).strip(), translator=translator,
                               checked_by=checked_by, translation_checked="true" if checked else "false")


def _page_files(directory: Path) -> list[Path]:
    """The page files: every ``*.md`` under ``pages/`` or, without that folder, under the content folder except
    its blocks, in sorted order (as ``sorted(rglob("*.md"))`` finds them)."""
    pages_dir = directory / "pages"
    if pages_dir.is_dir():
        return [Path(entry.path) for _, entry in _listing(pages_dir) if _is_markdown(entry.name)]
    return [Path(entry.path) for parts, entry in _listing(directory)
            if _is_markdown(entry.name) and parts[0] != BLOCKS_DIR]  # blocks are not pages


def _is_markdown(name: str) -> bool:
    return (name.lower() if os.name == "nt" else name).endswith(".md")  # as rglob("*.md") matches names


def _listing(top: Path) -> list[tuple[tuple[str, ...], os.DirEntry]]:
    """Everything under ``top`` that ``top.rglob("*")`` lists (folders entered, links to folders listed but not
    entered), each with its path's parts below ``top``, in the order ``sorted()`` puts their paths in. Many times
    quicker for 5,000 pages: the folder listing says what is a folder, and paths are compared as plain strings."""
    found: list[tuple[tuple[str, ...], os.DirEntry]] = []

    def visit(folder: str, parts: tuple[str, ...]) -> None:
        try:
            with os.scandir(folder) as listing:
                entries = list(listing)
        except OSError:
            return
        for entry in entries:
            here = (*parts, entry.name)
            found.append((here, entry))
            try:
                enter = entry.is_dir() and not entry.is_symlink()
            except OSError:
                enter = False
            if enter:
                visit(entry.path, here)

    visit(os.fspath(top), ())
    if os.name == "nt":  # Windows compares paths regardless of case
        found.sort(key=lambda item: [part.lower() for part in item[0]])
    else:
        found.sort(key=lambda item: item[0])
    return found


def content_fingerprint(directory: Path, already_read: dict[Path, bytes] | None = None) -> str:
    """A hash of every content file's name and bytes: it changes whenever the content does. ``already_read``: the
    bytes of files just read (the pages, as the loader read them), so they are not read twice."""
    digest = hashlib.sha256()
    kept = {os.path.normpath(path): data for path, data in (already_read or {}).items()}
    for parts, entry in _listing(directory):
        if entry.name.startswith("."):
            continue
        try:
            if not entry.is_file():
                continue
        except OSError:
            continue
        data = kept.get(os.path.normpath(entry.path))
        if data is None:
            try:
                data = read_bounded(Path(entry.path), MAX_FINGERPRINT_FILE_BYTES)
            except (OSError, UnsafeFile):  # unreadable or absurd: it cannot be shown either
                continue
        # Forward slashes on every system: the same content has the same fingerprint on Windows and Linux.
        digest.update("/".join(parts).encode())
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.hexdigest()


def load_content(directory: Path | str, icon_dirs: Iterable[Path] = (), *, lazy: bool = False) -> ContentStore:
    """Load every page under ``directory``. Never raises for bad content: problems are collected.

    Every page's metadata is read and checked now: the menus, the first screen and search's key need all of it.
    Each page's body (its shared blocks put in place, its links found) is worked out when first wanted. With
    ``lazy``, the checks of the bodies (broken includes, links to missing pages, missing pictures, unknown local
    details, the limits) are left to ``store.check_bodies()``, as the app does for its first paint; otherwise they
    run before this returns, so ``problems`` is complete (``kiosk check``, packs, sign-off, the self-test)."""
    directory = Path(directory)
    problems: list[Problem] = []
    if not directory.is_dir():
        problems.append(Problem(directory, 0, "the content folder does not exist or is not a folder"))
        return ContentStore(directory, Guide(), {}, problems)

    guide = load_guide(directory, problems)
    blocks = read_blocks(directory, problems)
    for block in blocks.values():
        for number, line in enumerate(block.text.splitlines(), start=1):
            for name in unknown_placeholders(line):
                problems.append(Problem(block.path, number, f"unknown local detail '{{{{ {name} }}}}'"))
    pages: dict[str, Page] = {}
    files = _page_files(directory)
    read: dict[Path, bytes] = {}
    for path in files:
        text = read_content_file(path, MAX_PAGE_BYTES, problems, what="the file", kept=read)
        if text is None:
            continue
        page = parse_page(path, text, problems, blocks)
        if page is None:
            continue
        if page.id in pages:
            other = pages[page.id].path.name
            problems.append(Problem(path, 1, f"duplicate page id '{page.id}' (also used by {other})"))
            continue
        pages[page.id] = page

    if not guide.urgent_page:
        # urgent_page = "": the guide has none of its own by design; the kiosk shows the shared or built-in one.
        # Added before the links are checked, so links to Urgent help (and search) lead to it like any page.
        guide = replace(guide, urgent_page=BUILTIN_URGENT_ID)
        pages.setdefault(BUILTIN_URGENT_ID, builtin_urgent_page(directory, BUILTIN_URGENT_ID))
    _check_tree(pages, problems, list(icon_dirs))
    if pages and guide.urgent_page not in pages:
        _report_missing_urgent_page(directory, guide.urgent_page, problems)
    # A broken block inside a block is met once for every page that includes it: report it once.
    problems = list(dict.fromkeys(problems))
    store = ContentStore(directory, guide, pages, problems, blocks=blocks, body_checks=TextChecks())
    store.fingerprint = content_fingerprint(directory, read)
    if not lazy:
        store.check_bodies()
    return store


def _check_tree(pages: dict[str, Page], problems: list[Problem], icon_dirs: list[Path]) -> None:
    """Checks of the metadata that need every page: parents, related pages and icons."""
    icons: dict[str, bool] = {}  # each icon looked for once, however many pages show it
    for page in list(pages.values()):
        if page.parent and page.parent not in pages:
            message = f"unknown parent '{page.parent}'; the page is shown at the top level"
            problems.append(Problem(page.path, 1, message))
            pages[page.id] = _replace_parent(page)
        for related in page.related:
            if related not in pages:
                problems.append(Problem(page.path, 1, f"related page '{related}' does not exist"))
        if page.icon and icon_dirs:
            if page.icon not in icons:
                icons[page.icon] = any((d / f"{page.icon}.svg").is_file() for d in icon_dirs)
            if not icons[page.icon]:
                problems.append(Problem(page.path, 1, f"missing icon '{page.icon}' (no {page.icon}.svg)"))
    # A parent loop would hide pages from every menu: break it and say where.
    for page in list(pages.values()):
        seen = {page.id}
        current = page
        while current.parent and current.parent in pages:
            if current.parent in seen:
                problems.append(Problem(page.path, 1, f"parent loop through '{current.parent}'"))
                pages[page.id] = _replace_parent(pages[page.id])
                break
            seen.add(current.parent)
            current = pages[current.parent]


@dataclass(frozen=True, slots=True)
class TextChecks:
    """The checks of one guide's page bodies (``ContentStore.check_bodies``): the problems met putting blocks in
    place, links to missing pages, missing pictures, unknown local details, and the limits."""

    def run(self, store: ContentStore) -> list[Problem]:
        problems: list[Problem] = []
        images: dict[str, bool] = {}  # each picture looked for once, however many pages show it (or how often)
        for page in store:
            body = page.markdown.body()
            problems.extend(page.markdown.problems)
            for link in body.links:
                if link.is_image:
                    if not link.is_external and link.target not in images:
                        images[link.target] = find_image(store.directory, link.target) is not None
                    if not link.is_external and not images[link.target]:
                        problems.append(Problem(page.path, link.line, f"missing image '{link.target}'"))
                elif not link.is_external and not link.target.startswith("#"):
                    target = link.target.split("#", 1)[0]
                    if target not in store.pages:
                        problems.append(Problem(page.path, link.line, f"link to a missing page '{link.target}'"))
            # Blocks' own placeholders are checked once, in the block file.
            for number, line in enumerate(page.own_text.splitlines(), start=page.body_line):
                if "{{" not in line:
                    continue
                for name in unknown_placeholders(line):
                    problems.append(Problem(page.path, number, f"unknown local detail '{{{{ {name} }}}}'"))
            problems.extend(page_limit_problems([page]))
        return problems


# Shown when the content has no Urgent help page: the always-visible Urgent help button must never lead nowhere.
# Its body is the shipped guide's own page, blocks filled in (kiosk/content/builtin_urgent.py), so it never says less.
BUILTIN_URGENT_ID = "urgent-help"


def is_builtin_page(page: Page) -> bool:
    """A page the kiosk supplies (Urgent help for content without one), not one a content author wrote."""
    return page.path.suffix != ".md"


def builtin_urgent_page(directory: Path, page_id: str) -> Page:
    """What the Urgent help button shows when the content has no Urgent help page."""
    return Page(
        id=page_id, title="Urgent help", summary="What to do if you feel very unwell.",
        markdown=PageMarkdown.given(BUILTIN_URGENT_BODY), path=directory / "guide.toml", body_line=0, icon="urgent",
        menu=Menu.HIDDEN,
    )


def _report_missing_urgent_page(directory: Path, page_id: str, problems: list[Problem]) -> None:
    guide_file = directory / "guide.toml"
    line = 0
    try:
        for number, text in enumerate(guide_file.read_text(encoding="utf-8").splitlines(), start=1):
            if text.strip().startswith("urgent_page"):
                line = number
    except (OSError, UnicodeDecodeError):
        pass
    problems.append(Problem(guide_file, line, f"the Urgent help page '{page_id}' (urgent_page) does not exist; "
                                              "a short built-in Urgent help page is shown instead"))


def _replace_parent(page: Page) -> Page:
    return replace(page, parent=None)
