"""Clinical sign-off bound to the text: who checked each page, when, and a hash of the words they checked.

A guide's ``signoff.toml`` holds one ``[[page]]`` table per signed page (``id``, ``reviewer``, ``organisation``,
``date``, ``hash``). The hash is of the page as a patient reads it (title, summary and body, shared blocks filled
in, local-detail placeholders left as written, so a clinic's own phone numbers never break it), so any change to
the words, or to a block the page includes, undoes the sign-off until someone checks it again
(FACTS.md section 9; docs/content-format.md, "Sign-off"). Plain Python: the checker, the packer, the staff panel
and the page view all use it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TextIO

from kiosk.content.model import ContentStore, Page, Problem, Severity

SIGNOFF_FILE = "signoff.toml"
MAX_SIGNOFF_BYTES = 512_000
# Review cycles (FACTS.md section 9): Urgent help and any page with a red-flag block yearly, medicine pages (those
# with their own ``review_every``) at most yearly, every other page at most every 3 years.
SAFETY_CRITICAL_MONTHS = 12
DEFAULT_MONTHS = 36
RED_FLAG_BLOCKS = "red-flags/"

HEADER = """\
# Clinical sign-off of this guide's pages (docs/content-format.md, "Sign-off").
# One [[page]] table per page a clinical reviewer has checked:
#   id           the page's file name without .md
#   reviewer     the reviewer's name, or their role ("Lead acute oncology nurse")
#   organisation where they work
#   date         the day they signed it off (YYYY-MM-DD)
#   hash         "sha256:..." of the page's words as checked, shared blocks included
# Write records with `kiosk signoff PAGE... --reviewer R --organisation O`, never by hand: a page whose words
# change after its sign-off is no longer signed off. Nobody has signed off a page until a record says so.
"""


class Status(StrEnum):
    SIGNED = "signed off"
    CHANGED = "changed since sign-off"
    MISSING = "not signed off"


@dataclass(frozen=True, slots=True)
class Signoff:
    page: str  # the page id as written in the guide's own folder (no library prefix)
    reviewer: str
    organisation: str
    date: dt.date
    hash: str
    line: int = 0


@dataclass(frozen=True, slots=True)
class SignoffCounts:
    """How many pages are signed off, for the staff panel and ``kiosk status``."""

    pages: int
    signed: int
    changed: int
    missing: int

    @property
    def not_signed(self) -> int:
        return self.changed + self.missing


@dataclass
class SignoffState:
    """Each page's sign-off, checked against its current text."""

    records: dict[str, Signoff] = field(default_factory=dict)  # by full page id
    status: dict[str, Status] = field(default_factory=dict)  # by full page id
    problems: list[Problem] = field(default_factory=list)

    def signed_on(self, page_id: str) -> dt.date | None:
        """The date a page's current text was signed off, or None (never, or changed since)."""
        if self.status.get(page_id) is Status.SIGNED:
            return self.records[page_id].date
        return None

    def pages(self, status: Status) -> list[str]:
        return sorted(page for page, found in self.status.items() if found is status)

    def counts(self) -> SignoffCounts:
        values = list(self.status.values())
        return SignoffCounts(len(values), values.count(Status.SIGNED), values.count(Status.CHANGED),
                             values.count(Status.MISSING))

    @property
    def complete(self) -> bool:
        return bool(self.status) and all(found is Status.SIGNED for found in self.status.values())


def _normalise(text: str) -> str:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line.rstrip() for line in lines).strip("\n")


def page_hash(page: Page) -> str:
    """``sha256:<hex>`` of the page's words as shown: title, summary and body with its blocks, placeholders as
    written, line endings and trailing spaces normalised. Metadata (review dates, keywords, sources) is not part."""
    text = "\n\n".join(_normalise(part) for part in (page.title, page.summary, page.body))
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def review_months(page: Page, store: ContentStore) -> int:
    """How often the page must be signed off again (FACTS.md section 9)."""
    months = min(page.review_months or DEFAULT_MONTHS, DEFAULT_MONTHS)
    urgent = page.id == store.guide_of(page.id).urgent_page or page.id.rsplit("/", 1)[-1] == "urgent-help"
    if urgent or any(block.startswith(RED_FLAG_BLOCKS) for block in page.blocks):
        months = min(months, SAFETY_CRITICAL_MONTHS)
    return months


def read_signoffs(path: Path) -> tuple[dict[str, Signoff], list[Problem]]:
    """The records in one ``signoff.toml`` by page id, and problems with the file (a missing file has none)."""
    from kiosk.files import UnsafeFile, read_bounded

    try:
        raw = read_bounded(path, MAX_SIGNOFF_BYTES).decode("utf-8-sig")
        data = tomllib.loads(raw)
    except FileNotFoundError:
        return {}, []
    except (OSError, UnicodeDecodeError, UnsafeFile, tomllib.TOMLDecodeError) as error:
        return {}, [Problem(path, 0, f"the sign-off file cannot be read: {error}; no page counts as signed off")]
    lines = [number for number, text in enumerate(raw.splitlines(), start=1) if text.strip() == "[[page]]"]
    records: dict[str, Signoff] = {}
    problems: list[Problem] = []
    unknown = set(data) - {"page"}
    if unknown:
        problems.append(Problem(path, 0, f"unknown entries {sorted(unknown)}: write each sign-off as [[page]]"))
    tables = data.get("page", [])
    if not isinstance(tables, list):
        return {}, [*problems, Problem(path, 0, "write each sign-off as a [[page]] table")]
    for index, table in enumerate(tables):
        line = lines[index] if index < len(lines) else 0
        record = _record(table, line)
        if isinstance(record, str):
            problems.append(Problem(path, line, record))
        elif record.page in records:
            problems.append(Problem(path, line, f"page '{record.page}' is signed off twice; keep the latest only"))
        else:
            records[record.page] = record
    return records, problems


def _record(table: object, line: int) -> Signoff | str:
    if not isinstance(table, Mapping):
        return "a [[page]] entry must be a table"
    missing = [key for key in ("id", "reviewer", "organisation", "date", "hash") if not table.get(key)]
    if missing:
        return f"sign-off record needs {', '.join(missing)}"
    day = table["date"]
    if isinstance(day, str):
        try:
            day = dt.date.fromisoformat(day)
        except ValueError:
            return f"date '{day}' is not a date written YYYY-MM-DD"
    if not isinstance(day, dt.date) or isinstance(day, dt.datetime):
        return "date must be a day written YYYY-MM-DD"
    text = [table[key] for key in ("id", "reviewer", "organisation", "hash")]
    if not all(isinstance(value, str) for value in text):
        return "id, reviewer, organisation and hash must be text in quotes"
    if not str(table["hash"]).startswith("sha256:"):
        return "hash must be 'sha256:' and the page's hash (write records with kiosk signoff)"
    return Signoff(table["id"].strip(), table["reviewer"].strip(), table["organisation"].strip(), day,
                   table["hash"].strip(), line)


def _local_id(store: ContentStore, page: Page) -> tuple[Path, str]:
    """The guide folder a page's sign-off lives in, and its id there (a library files pages as GUIDE/PAGE)."""
    namespace, _, rest = page.id.partition("/")
    if rest and namespace in store.guides:
        return store.directory_of(page.id), rest
    return store.directory_of(page.id), page.id


def signed_pages(store: ContentStore) -> list[Page]:
    """The pages that need a sign-off: every page file (the built-in stand-ins are not content)."""
    return sorted((page for page in store if page.path.suffix == ".md"), key=lambda page: page.id)


def load_state(store: ContentStore) -> SignoffState:
    """Each page's sign-off status against its current text."""
    state = SignoffState()
    by_folder: dict[Path, dict[str, Signoff]] = {}
    for folder in store.content_directories():
        records, problems = read_signoffs(folder / SIGNOFF_FILE)
        by_folder[folder] = records
        state.problems.extend(problems)
    used: set[tuple[Path, str]] = set()
    for page in signed_pages(store):
        folder, local = _local_id(store, page)
        record = by_folder.get(folder, {}).get(local)
        if record is None:
            state.status[page.id] = Status.MISSING
            continue
        used.add((folder, local))
        state.records[page.id] = record
        # In a library a page's links are filed under its guide's id: its words as signed off are as written.
        written = store.written.get(page.id, page)
        state.status[page.id] = Status.SIGNED if record.hash == page_hash(written) else Status.CHANGED
    for folder, records in by_folder.items():
        for local, record in records.items():
            if (folder, local) not in used:
                state.problems.append(Problem(folder / SIGNOFF_FILE, record.line,
                                              f"page '{local}' is signed off but there is no such page",
                                              Severity.WARNING))
    return state


def signoff_state(store: ContentStore) -> SignoffCounts:
    """How many pages are signed off, changed since, or never signed (for ``kiosk status`` and the staff panel)."""
    return load_state(store).counts()


def takes_part(store: ContentStore) -> bool:
    """Whether any guide in ``store`` has a sign-off file (a guide without one is not yet under sign-off)."""
    return any((folder / SIGNOFF_FILE).exists() for folder in store.content_directories())


def check_signoffs(store: ContentStore, today: dt.date) -> list[Problem]:
    """For ``kiosk check``: the file's own problems (errors), then warnings: each page changed since its sign-off,
    each sign-off older than its review cycle, and one listing of the pages never signed off."""
    if not takes_part(store):
        return []
    state = load_state(store)
    problems = list(state.problems)
    pages = {page.id: page for page in signed_pages(store)}
    for page_id in state.pages(Status.CHANGED):
        record = state.records[page_id]
        problems.append(Problem(pages[page_id].path, 1,
                                f"changed since its sign-off by {record.reviewer}, {record.organisation} on "
                                f"{record.date.isoformat()}: it needs signing off again (kiosk signoff)",
                                Severity.WARNING))
    for page_id in state.pages(Status.SIGNED):
        record, page = state.records[page_id], pages[page_id]
        months = review_months(page, store)
        due = _add_months(record.date, months)
        if due < today:
            problems.append(Problem(page.path, 1,
                                    f"its sign-off of {record.date.isoformat()} is older than its review cycle "
                                    f"({months} months): check it again and sign it off", Severity.WARNING))
    missing = state.pages(Status.MISSING)
    if missing:
        shown = ", ".join(missing[:12]) + (f" and {len(missing) - 12} more" if len(missing) > 12 else "")
        problems.append(Problem(store.directory / SIGNOFF_FILE, 0,
                                f"{len(missing)} of {len(pages)} pages not yet signed off by a clinical reviewer: "
                                f"{shown}", Severity.WARNING))
    return problems


def _add_months(day: dt.date, months: int) -> dt.date:
    import calendar

    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def unsigned_pages(store: ContentStore) -> list[str]:
    """Pages not signed off or changed since, each with why: for ``kiosk pack build --require-signoff``."""
    state = load_state(store)
    return [f"{page_id} ({status})" for page_id, status in sorted(state.status.items())
            if status is not Status.SIGNED]


def write_signoffs(content_dir: Path, store: ContentStore, page_ids: Iterable[str], *, reviewer: str,
                   organisation: str, day: dt.date) -> list[str]:
    """Record that ``reviewer`` of ``organisation`` signed off the pages' current text on ``day``; returns the ids
    written. Records of other pages are kept; an earlier record of the same page is replaced."""
    path = content_dir / SIGNOFF_FILE
    records, problems = read_signoffs(path)
    errors = [p for p in problems if p.severity is Severity.ERROR]
    if errors:
        raise ValueError(f"{path}: {errors[0].message}")
    written = []
    for page_id in page_ids:
        page = store.get(page_id)
        if page is None or page.path.suffix != ".md":
            raise ValueError(f"there is no page '{page_id}' in {content_dir}")
        records[page_id] = Signoff(page_id, reviewer, organisation, day, page_hash(page))
        written.append(page_id)
    # Written whole (a temporary file renamed into place): a half-written file would undo every sign-off.
    partial = path.with_name(path.name + ".new")
    partial.write_text(render_signoffs(records.values()), encoding="utf-8")
    partial.replace(path)
    return written


def render_signoffs(records: Iterable[Signoff]) -> str:
    parts = [HEADER]
    for record in sorted(records, key=lambda r: r.page):
        parts.append("\n[[page]]\n"
                     f"id = {json.dumps(record.page, ensure_ascii=False)}\n"
                     f"reviewer = {json.dumps(record.reviewer, ensure_ascii=False)}\n"
                     f"organisation = {json.dumps(record.organisation, ensure_ascii=False)}\n"
                     f"date = {record.date.isoformat()}\n"
                     f"hash = \"{record.hash}\"\n")
    return "".join(parts)


def statement(store: ContentStore, state: SignoffState | None = None, guide_key: str | None = None) -> str:
    """The About page's ``{{ signoff }}``: who signed off this version, or plainly that nobody has yet. In a
    library, ``guide_key`` (the id its pages are filed under) says it of that guide alone: its own version and
    its own pages, not whether every guide of the library is signed off."""
    state = state or load_state(store)
    version = store.guide.version
    if guide_key is not None and guide_key in store.guides:
        prefix = f"{guide_key}/"
        state = SignoffState(records={p: r for p, r in state.records.items() if p.startswith(prefix)},
                             status={p: s for p, s in state.status.items() if p.startswith(prefix)})
        version = store.guides[guide_key].version
    if state.complete:
        latest = max(state.records.values(), key=lambda r: r.date)
        people = sorted({(r.reviewer, r.organisation) for r in state.records.values()})
        who = "; ".join(f"{reviewer}, {organisation}" for reviewer, organisation in people)
        which = f"Version {version} of this guide" if version else "This version of the guide"
        return f"{which} was checked and signed off by {who}, on {latest.date.day} {latest.date:%B %Y}."
    return "This version of the guide has not yet been checked and signed off by a clinician."


class SignoffDates:
    """The sign-off date of each page, worked out the first time one is asked for (not on the way to the first
    paint), for the line under a page and the About page's ``{{ signoff }}``."""

    def __init__(self, store: ContentStore) -> None:
        self.store = store
        self._state: SignoffState | None = None

    @property
    def state(self) -> SignoffState:
        if self._state is None:
            self._state = load_state(self.store)
        return self._state

    def signed_on(self, page_id: str) -> dt.date | None:
        return self.state.signed_on(page_id)

    def statement(self, guide_key: str | None = None) -> str:
        return statement(self.store, self.state, guide_key)


def signoff_command(content_dir: Path, pages: list[str], *, every: bool, reviewer: str, organisation: str,
                    day: str | None, out: TextIO) -> int:
    """``kiosk signoff``: record that a reviewer checked these pages as they are now. Exit 0, or 1 with why."""
    from kiosk.content.loader import load_content

    reviewer, organisation = reviewer.strip(), organisation.strip()
    if not reviewer or not organisation:
        print("Not signed off: give the reviewer (a name or a role) and their organisation.", file=out)
        return 1
    try:
        when = dt.date.fromisoformat(day) if day else dt.date.today()
    except ValueError:
        print(f"Not signed off: --date {day} is not a date written YYYY-MM-DD.", file=out)
        return 1
    if when > dt.date.today():
        print(f"Not signed off: --date {when.isoformat()} is in the future.", file=out)
        return 1
    store = load_content(content_dir)
    if store.errors:
        print(f"Not signed off: {content_dir} has {len(store.errors)} content error(s); run 'kiosk check' and fix "
              "them first.", file=out)
        return 1
    if store.guides:
        print("Not signed off: sign off each guide in its own folder (--content-dir).", file=out)
        return 1
    chosen = [page.id for page in signed_pages(store)] if every else pages
    if not chosen:
        print("Not signed off: name the pages (their file names without .md), or --all.", file=out)
        return 1
    try:
        written = write_signoffs(content_dir, store, chosen, reviewer=reviewer, organisation=organisation, day=when)
    except (ValueError, OSError) as error:
        print(f"Not signed off: {error}", file=out)
        return 1
    counts = load_state(store).counts()
    print(f"Signed off {len(written)} page(s) as {reviewer}, {organisation} on {when.isoformat()} in "
          f"{content_dir / SIGNOFF_FILE}. {counts.signed} of {counts.pages} pages are now signed off.", file=out)
    return 0


def reviewed_line(page: Page, signoffs: SignoffDates) -> str:
    """The line under a page: when a clinician signed off these words, or plainly that nobody has yet. Never a
    date from the page's own metadata, which can be older than its words."""
    if page.path.suffix != ".md":
        return ""  # a built-in stand-in page (no content loaded)
    signed = signoffs.signed_on(page.id)
    if signed is None:
        return "This page has not yet been checked by a clinician."
    return f"This page was checked by a clinician in {signed:%B %Y}."
