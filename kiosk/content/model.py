"""The content's shape: pages, the guide they belong to, and problems found while reading them."""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Protocol


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
class Body:
    """A page's Markdown as a person reads it: its shared blocks in place, the links and pictures it holds, and the
    file line each of its lines came from."""

    text: str
    links: tuple[Link, ...] = ()
    # A page file's own words without its shared blocks (include lines left blank, so lines match the file);
    # None for a body given whole (a built-in page).
    own_text: str | None = None
    blocks: tuple[str, ...] = ()  # every block used, nested ones too, in the order they first appear
    lines: tuple[int, ...] = ()  # the file line of each line of ``text`` (empty: counted on from ``body_line``)
    readable: bool = True  # False: working the body out failed (the page shows "cannot be shown")


# One lock for working out every page's body: a page opened on the screen while the rest are worked out in the
# background waits for one page at most, never for the rest.
_WORKING_OUT = threading.RLock()


class PageMarkdown:
    """A page's body: given whole, or the Markdown after its metadata, worked out (shared blocks put in place,
    links found) the first time anything asks, so the first screen never waits for every page's text.

    Working a body out never raises: a failure (which the checks make very unlikely) gives an unreadable body and a
    problem saying so. Two of them are equal when their bodies are, however each was made. Only the inputs or the
    body are kept, never both, and a copy (pickled for the index build) takes whichever is there.
    """

    __slots__ = ("_base", "_blocks", "_body", "_first_line", "_path", "_problems", "_raw", "_rename")

    def __init__(self, body: Body | None = None, *, raw: str | None = None, first_line: int = 0,
                 path: Path | None = None, blocks: Mapping[str, Block] | None = None,
                 base: PageMarkdown | None = None, rename: Mapping[str, str] | None = None) -> None:
        self._body = body
        self._problems: tuple[Problem, ...] = ()
        self._raw, self._first_line, self._path, self._blocks = raw, first_line, path, blocks
        self._base, self._rename = base, rename
        if body is None and raw is None and base is None:
            raise ValueError("a page's Markdown needs its body, its text or another page's Markdown to rename")

    @classmethod
    def given(cls, text: str) -> PageMarkdown:
        """A body written whole (a built-in page), with no blocks or links to work out."""
        return cls(Body(text))

    @classmethod
    def later(cls, raw: str, first_line: int, path: Path, blocks: Mapping[str, Block]) -> PageMarkdown:
        """The text after a page file's metadata (from ``first_line`` of ``path``), worked out when first asked."""
        return cls(raw=raw, first_line=first_line, path=path, blocks=blocks)

    def renamed(self, rename: Mapping[str, str]) -> PageMarkdown:
        """This body with its links to pages renamed (a library files each guide's pages under its id)."""
        return PageMarkdown(base=self, rename=rename)

    @property
    def is_worked_out(self) -> bool:
        return self._body is not None

    def body(self) -> Body:
        body = self._body
        if body is None:
            with _WORKING_OUT:
                body = self._body
                if body is None:
                    body, self._problems = self._work_out()
                    self._body = body
                    self._raw = self._blocks = self._base = self._rename = None  # the body is all that is needed now
        return body

    @property
    def problems(self) -> tuple[Problem, ...]:
        """What working the body out found (a broken block include), once it has been worked out."""
        return self._problems

    def _work_out(self) -> tuple[Body, tuple[Problem, ...]]:
        try:
            if self._base is not None:
                from kiosk.content.library import renamed_body

                return renamed_body(self._base.body(), self._rename or {}), ()
            from kiosk.content.blocks import work_out_body

            return work_out_body(self._raw or "", self._first_line, self._path or Path(), self._blocks or {})
        except Exception as error:  # RecursionError and MemoryError included: one page must not stop the kiosk
            return Body("", readable=False), (
                Problem(self._path or Path(), self._first_line,
                        f"the page's text cannot be read ({type(error).__name__}: {error})"),)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PageMarkdown):
            return NotImplemented
        return self is other or self.body() == other.body()

    def __hash__(self) -> int:
        return hash(self.body())

    def __repr__(self) -> str:
        return f"PageMarkdown({self._body!r})" if self._body is not None else "PageMarkdown(<not worked out yet>)"

    def __reduce__(self) -> tuple:
        # Read before the body: working out sets the body before it lets the inputs go, so one of them is there.
        raw, base, body = self._raw, self._base, self._body
        if body is not None or (raw is None and base is None):
            return PageMarkdown, (body,)
        return _unpickled, (raw, self._first_line, self._path, self._blocks, base, self._rename)


def _unpickled(raw, first_line, path, blocks, base, rename) -> PageMarkdown:
    return PageMarkdown(raw=raw, first_line=first_line, path=path, blocks=blocks, base=base, rename=rename)


@dataclass(frozen=True, slots=True)
class Page:
    """One page: its metadata (read at start-up for the menus) and its Markdown (``markdown``, worked out when
    first wanted: ``body`` and the rest below ask for it)."""

    id: str
    title: str
    summary: str
    markdown: PageMarkdown
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
    # The trusted web page a patient can read this page's subject on at home (the take-home QR code).
    address: str = ""

    @property
    def body(self) -> str:
        """The page's Markdown with its shared blocks in place: what a person reads."""
        return self.markdown.body().text

    @property
    def links(self) -> tuple[Link, ...]:
        return self.markdown.body().links

    @property
    def own_body(self) -> str | None:
        """The page's own words without its shared blocks (include lines left blank, so lines match the file);
        None for a built-in page."""
        return self.markdown.body().own_text

    @property
    def blocks(self) -> tuple[str, ...]:
        return self.markdown.body().blocks

    @property
    def body_lines(self) -> tuple[int, ...]:
        """The file line each line of ``body`` came from (empty for a built-in page)."""
        return self.markdown.body().lines

    @property
    def own_text(self) -> str:
        """The page's own Markdown, without the shared blocks it includes."""
        body = self.markdown.body()
        return body.text if body.own_text is None else body.own_text

    def file_line(self, index: int) -> int:
        """The line of the page file that line ``index`` of ``body`` came from (a block's include line)."""
        lines = self.body_lines
        if 0 <= index < len(lines):
            return lines[index]
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


class BodyChecks(Protocol):
    """The checks of a store's page bodies still to run (``ContentStore.check_bodies``)."""

    def run(self, store: ContentStore) -> list[Problem]:
        """Work out every page's body and return what the checks of the pages' text find."""
        ...


_CHECKING = threading.RLock()  # one store's body checks at a time (a library's run its guides' inside its own)


@dataclass
class ContentStore:
    """Every page that loaded, in a tree, and every problem met on the way (all of them once ``check_bodies`` has
    run: see there)."""

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
    # The checks of the pages' text not yet run (a lazy load): see check_bodies. None once they have run.
    body_checks: BodyChecks | None = field(default=None, compare=False, repr=False)

    @property
    def bodies_checked(self) -> bool:
        return self.body_checks is None

    def check_bodies(self) -> list[Problem]:
        """Run the checks of the pages' text, if a lazy load left them to now (``load_content(lazy=True)``, as the
        app loads content for its first paint): work out every page's body not yet worked out and add what the
        checks find (broken block includes, links to missing pages, missing pictures, unknown local details, pages
        past the limits) to ``problems``, each once. Returns the problems it added; safe from any thread, and at
        once when there is nothing left to check (any store not loaded lazily, or checked already)."""
        with _CHECKING:
            checks = self.body_checks
            if checks is None:
                return []
            found = checks.run(self)
            known = set(self.problems)
            added = [problem for problem in dict.fromkeys(found) if problem not in known]
            self.problems.extend(added)
            self.body_checks = None
        return added

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
