"""The content's shape: pages, the guide they belong to, and problems found while reading them."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with one content file, at a line a content author can find."""

    path: Path
    line: int
    message: str
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        return f"{self.path.name}:{self.line}: {self.severity}: {self.message}"


class Menu(StrEnum):
    """Where a page is offered on the home screen."""

    TOPIC = "topic"  # a big button in the home grid (top-level pages only)
    SHORTCUT = "shortcut"  # a button in the row under the grid (Urgent help, Questions, Words explained)
    HIDDEN = "hidden"  # reached only by a link, for example the outlook figures behind a clear choice


@dataclass(frozen=True, slots=True)
class Link:
    """A link or image written in a page's body, with the file line it is on."""

    target: str
    text: str
    line: int
    is_image: bool = False

    @property
    def is_external(self) -> bool:
        return "://" in self.target or self.target.startswith(("mailto:", "tel:", "www."))


def is_trusted_address(address: str) -> bool:
    """A web address a patient can be sent to from a QR code: https only, with a host, no spaces."""
    return bool(re.fullmatch(r"https://[A-Za-z0-9.-]+\.[A-Za-z]{2,}(?:[/?#][^\s]*)?", address))


@dataclass(frozen=True, slots=True)
class Page:
    id: str
    title: str
    summary: str
    body: str
    path: Path
    body_line: int
    parent: str | None = None
    order: int = 0
    icon: str = ""
    menu: Menu = Menu.TOPIC
    keywords: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    reviewed: dt.date | None = None
    review_due: dt.date | None = None
    # Set only when the page has its own review cycle (``review_every``), as pages about medicines do.
    review_months: int | None = None
    links: tuple[Link, ...] = ()
    # The trusted web page a patient can read this page's subject on at home (the take-home QR code).
    address: str = ""
    # The page's own words without its shared blocks (include lines left blank, so lines match the file),
    # the blocks it used, and the file line each line of ``body`` came from. Empty when the page has no blocks.
    own_body: str | None = None
    blocks: tuple[str, ...] = ()
    body_lines: tuple[int, ...] = ()

    @property
    def own_text(self) -> str:
        """The page's own Markdown, without the shared blocks it includes."""
        return self.body if self.own_body is None else self.own_body

    def file_line(self, index: int) -> int:
        """The line of the page file that line ``index`` of ``body`` came from (a block's include line)."""
        if 0 <= index < len(self.body_lines):
            return self.body_lines[index]
        return self.body_line + index

    @property
    def headings(self) -> tuple[str, ...]:
        return tuple(
            line.lstrip("#").strip() for line in self.body.splitlines() if line.startswith("#")
        )


@dataclass(frozen=True, slots=True)
class Block:
    """A shared piece of Markdown in ``blocks/``, included in pages as ``{{> name }}``."""

    name: str
    path: Path
    text: str


@dataclass(frozen=True, slots=True)
class Guide:
    """What the whole content pack is called and says on its home screen."""

    title: str = "Patient information"
    subtitle: str = ""
    # "" when the guide has no Urgent help page of its own (a guide about the clinic, say): the kiosk then shows
    # the library's shared one, or the built-in one.
    urgent_page: str = "urgent-help"
    glossary_page: str = "words-explained"
    # The trusted website for the whole guide: the take-home QR code of a page without its own ``address``.
    address: str = ""
    # For signed content packs: which guide this is (one install folder per id) and its edition.
    id: str = ""
    version: str = ""
    # The guide's language (kiosk.languages; guide.toml: language = "pl") and, for a translation, its record
    # ([translation] of, translator, checked_by, checked): a translation nobody qualified has checked is never
    # shown to a patient unless the clinic allows it ([languages] allow_unchecked), and then under a banner.
    language: str = "en"
    translation_of: str = ""
    translator: str = ""
    checked_by: str = ""
    translation_checked: str = ""  # "true" or "false" for a translation (strings, as every field here is cached)

    @property
    def is_translation(self) -> bool:
        return self.language != "en" or bool(self.translation_of)

    @property
    def unchecked_translation(self) -> bool:
        return self.is_translation and self.translation_checked != "true"


@dataclass
class ContentStore:
    """Every page that loaded, in a tree, and every problem met on the way."""

    directory: Path
    guide: Guide
    pages: dict[str, Page]
    problems: list[Problem] = field(default_factory=list)
    fingerprint: str = ""
    blocks: dict[str, Block] = field(default_factory=dict)
    # A library of several guides (kiosk.content.library): each guide by the id its pages are filed under
    # (``GUIDE/PAGE``). Empty for one guide, whose page ids are as written.
    guides: dict[str, Guide] = field(default_factory=dict)
    guide_directories: dict[str, Path] = field(default_factory=dict)  # each guide's content folder, for its images
    # In a library, each page as its guide wrote it (its links not yet filed under GUIDE/): what was signed off.
    written: dict[str, Page] = field(default_factory=dict)

    def guide_of(self, page_id: str) -> Guide:
        """The guide a page belongs to: in a library, the one its id is filed under; otherwise the only one."""
        namespace = page_id.split("/", 1)[0] if "/" in page_id else ""
        return self.guides.get(namespace, self.guide)

    def glossary_pages(self) -> set[str]:
        """The Words explained page of every guide (one, unless this is a library)."""
        return {self.guide.glossary_page} | {f"{key}/{guide.glossary_page}" for key, guide in self.guides.items()}

    def content_directories(self) -> list[Path]:
        """Every guide's content folder (one, unless this is a library), for files read beside the pages."""
        return list(dict.fromkeys([self.directory, *self.guide_directories.values()]))

    def directory_of(self, page_id: str) -> Path:
        """The content folder a page's pictures are in: its own guide's, in a library."""
        namespace = page_id.split("/", 1)[0] if "/" in page_id else ""
        return self.guide_directories.get(namespace, self.directory)

    def __contains__(self, page_id: object) -> bool:
        return page_id in self.pages

    def __iter__(self) -> Iterator[Page]:
        return iter(self.pages.values())

    def __len__(self) -> int:
        return len(self.pages)

    def get(self, page_id: str) -> Page | None:
        return self.pages.get(page_id)

    def children(self, page_id: str | None) -> list[Page]:
        """The pages under ``page_id`` (``None`` for top level) that a person can see, in order."""
        return sorted(
            (p for p in self.pages.values() if p.parent == page_id and p.menu is not Menu.HIDDEN),
            key=lambda p: (p.order, p.title),
        )

    def topics(self) -> list[Page]:
        return [p for p in self.children(None) if p.menu is Menu.TOPIC]

    def shortcuts(self) -> list[Page]:
        return [p for p in self.children(None) if p.menu is Menu.SHORTCUT]

    def ancestors(self, page_id: str) -> list[Page]:
        """The chain of parents from the top level down to (not including) the page."""
        chain: list[Page] = []
        seen = {page_id}
        page = self.pages.get(page_id)
        while page is not None and page.parent and page.parent not in seen:
            seen.add(page.parent)
            parent = self.pages.get(page.parent)
            if parent is None:
                break
            chain.append(parent)
            page = parent
        return list(reversed(chain))

    def related(self, page_id: str) -> list[Page]:
        page = self.pages.get(page_id)
        if page is None:
            return []
        return [self.pages[r] for r in page.related if r in self.pages and r != page_id]

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.ERROR]
