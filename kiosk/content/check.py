"""The content checker behind ``kiosk check``: every problem a content author must fix, with its file and line.

``check`` looks at a loaded ContentStore and returns a Report (no printing, so tests can inspect it);
``run`` loads a content folder, checks it, prints the report and returns the exit code for the command.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from kiosk.content.limits import over_limits
from kiosk.content.loader import FrontMatterError, load_content, parse_front_matter
from kiosk.content.model import ContentStore, Page, Problem, Severity
from kiosk.content.readability import Readability, measure, readable_blocks, readable_text, word_count
from kiosk.content.render import PLACEHOLDER, plain_text

MEDICAL_WORDS_FILE = "medical-words.txt"
REVIEW_WARNING_DAYS = 90
LONG_SENTENCE_WORDS = 30
PAGE_GRADE_LIMIT = 9.0
QUOTE_WORDS = 8

# Symptoms that need same-day help: a page that mentions one must give the reader a route to Urgent help.
RED_FLAGS: tuple[tuple[str, str], ...] = (
    ("spinal cord compression", r"spinal\s+cord\s+compression"),
    ("temperature", r"temperatures?"),
    ("fits or seizures", r"fits?|seizures?"),
    ("high calcium", r"high\s+calcium|hypercalcaemia|hypercalcemia"),
)
# Wording FACTS.md section 2 rules out: "the same day" reads as "later today", and a "24-hour" line written into a
# page stays 24-hour even where the clinic's line keeps office hours ({{ cancer_line }} follows the settings).
_ROUTING_WORDING: tuple[tuple[re.Pattern[str], str], ...] = (
    # Only where it is about getting help: "you can go home the same day" is fine.
    (re.compile(r"\b(?:help|call|contact|urgent|treat\w*)\b[^.!?\n]*?\bthe\s+same\s+day\b|"
                r"\bthe\s+same\s+day\b[^.!?\n]*?\b(?:help|call|contact|urgent|treat\w*)\b", re.IGNORECASE),
     "says 'the same day', which reads as 'later today': for a red flag write 'call now' (see the red-flags blocks)"),
    (re.compile(r"\b24[- ]hour(?!s)", re.IGNORECASE),
     "writes '24-hour' into the page: write {{ cancer_line }}, which says '24-hour' only when the line's hours do"),
)
_RED_FLAG_PATTERNS = [(name, re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.IGNORECASE)) for name, pattern in RED_FLAGS]
_GLOSSARY_HEADING = re.compile(r"^##[ \t]+(.+?)[ \t#]*$")
# A sentence ends at . ! or ? followed by a space; a new line inside a paragraph is just a space.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+")


@dataclass(frozen=True, slots=True)
class PageFigures:
    """One row of the readability table."""

    page_id: str
    path: Path
    readability: Readability


@dataclass
class Report:
    """Everything the checker found in one content folder."""

    directory: Path
    problems: list[Problem] = field(default_factory=list)
    figures: list[PageFigures] = field(default_factory=list)
    whole_guide: Readability = field(default_factory=lambda: measure(""))
    page_count: int = 0

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.WARNING]

    def exit_code(self) -> int:
        return 1 if self.errors else 0


@dataclass(frozen=True, slots=True)
class MedicalWord:
    """One line of medical-words.txt: the Words explained heading it needs, and every form that counts as using it."""

    heading: str
    forms: tuple[str, ...]
    line: int
    pattern: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class _ReaderText:
    """What a reader sees of a page (title, summary, body words), with each piece's file line, for word searches."""

    pieces: tuple[tuple[int, str], ...]
    # For the body piece: the file line of each of its lines (a block's text is found at its include line).
    body_lines: tuple[int, ...] = ()

    def first_match(self, pattern: re.Pattern[str]) -> tuple[int, str] | None:
        last = len(self.pieces) - 1
        for index, (line, text) in enumerate(self.pieces):
            match = pattern.search(text)
            if match:
                offset = text.count("\n", 0, match.start())
                if index == last and offset < len(self.body_lines):
                    return self.body_lines[offset], " ".join(match.group(0).split())
                return line + offset, " ".join(match.group(0).split())
        return None


def load_medical_words(path: Path) -> tuple[list[MedicalWord], list[Problem]]:
    """Read medical-words.txt: one word a line, its Words explained heading first, then other forms after commas."""
    problems: list[Problem] = []
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        problems.append(Problem(path, 0, "the file is missing, so medical words cannot be checked against Words "
                                         "explained", Severity.WARNING))
        return [], problems
    except UnicodeDecodeError as error:
        problems.append(Problem(path, 1, f"the file is not UTF-8 text ({error.reason}); save it as UTF-8"))
        return [], problems
    except OSError as error:
        problems.append(Problem(path, 0, f"cannot read the file: {error.strerror or error}"))
        return [], problems
    words = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0]
        forms = tuple(dict.fromkeys(item.strip() for item in line.split(",") if item.strip()))
        if not forms:
            continue
        alternatives = "|".join(r"\s+".join(re.escape(part) for part in form.split()) for form in forms)
        pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)
        words.append(MedicalWord(forms[0], forms, number, pattern))
    return words, problems


def check(
    store: ContentStore,
    *,
    today: dt.date | None = None,
    medical_words: list[MedicalWord] | None = None,
) -> Report:
    """Check every page in ``store``: the loader's problems plus red flags, glossary, review dates and readability.

    ``medical_words`` defaults to the store's ``medical-words.txt``. Reads files but never raises for bad content.
    """
    today = today or dt.date.today()
    # Pages that failed to load still count: the summary should match the files an author sees.
    page_files = {page.path for page in store if page.path.suffix == ".md"} | {
        p.path for p in store.problems if p.path.suffix == ".md"
    }
    report = Report(store.directory, problems=list(store.problems), page_count=len(page_files))
    if not store.directory.is_dir():
        return report
    if not page_files:
        message = "no pages found: put pages in the 'pages' folder as .md files"
        report.problems.append(Problem(store.directory, 0, message))
    if not len(store):
        return report

    guide_lines = _guide_lines(store.directory / "guide.toml")
    pages = sorted((p for p in store if p.path.suffix == ".md"), key=lambda p: str(p.path))  # not built-in pages
    # A page past the limits is never shown (the loader has reported why): the slower checks below would only be
    # slow on it (37,000 headings are 37,000 paragraphs to grade for readability).
    pages = [page for page in pages if not over_limits(page.body)]
    meta_lines = {page.id: _metadata_lines(page) for page in pages}
    readers = {page.id: _reader_text(page, meta_lines[page.id]) for page in pages}

    urgent = store.guide.urgent_page  # a missing urgent page is reported by the loader
    for page in pages:
        report.problems.extend(_red_flags(page, readers[page.id], urgent))
        report.problems.extend(_routing_wording(page, readers[page.id]))

    if medical_words is None:
        medical_words, problems = load_medical_words(store.directory / MEDICAL_WORDS_FILE)
        report.problems.extend(problems)
    glossary = store.get(store.guide.glossary_page)
    if glossary is None and store.guide.glossary_page:
        report.problems.append(Problem(
            store.directory / "guide.toml", guide_lines.get("glossary_page", 0),
            f"the Words explained page '{store.guide.glossary_page}' (glossary_page) does not exist: "
            "medical words cannot be checked", Severity.WARNING))
    elif medical_words:
        headings = _glossary_headings(glossary)
        for page in pages:
            report.problems.extend(
                _unexplained_words(page, readers[page.id], headings, glossary.path.name, medical_words))

    texts = []
    for page in pages:
        report.problems.extend(_review_dates(page, today, meta_lines[page.id].get("review_due", 1)))
        if store.guide.language != "en":
            continue  # the reading-ease formulas (and the long-sentence rule) are for English
        text = readable_text(page.body)
        texts.append(text)
        figures = measure(text)
        report.figures.append(PageFigures(page.id, page.path, figures))
        if figures.grade > PAGE_GRADE_LIMIT:
            blocks = readable_blocks(page.body)
            report.problems.append(Problem(
                page.path, page.file_line(blocks[0][0] if blocks else 0),
                f"reading grade {figures.grade:.1f} is above {PAGE_GRADE_LIMIT:g}: use shorter sentences and words",
                Severity.WARNING))
    for page in pages if store.guide.language == "en" else ():
        # A page's own sentences here; each block's once, below, at the block file's own lines.
        report.problems.extend(_long_sentences(page.path, page.own_text, page.body_line))
    for block in store.blocks.values():
        report.problems.extend(_long_sentences(block.path, block.text, 1))
    report.problems.extend(_unused_blocks(store, pages))
    for path in [*(page.path for page in pages), *(block.path for block in store.blocks.values())]:
        report.problems.extend(_control_characters(path))
    from kiosk.content.signoff import check_signoffs

    report.problems.extend(check_signoffs(store, today))
    report.whole_guide = measure("\n".join(texts))
    return report


def run(content_dir: Path, out: TextIO, *, today: dt.date | None = None, icon_dir: Path | None = None) -> int:
    """Check the content folder, print the report to ``out``, and return 1 if there is any error, else 0."""
    if icon_dir is None:
        from kiosk import resources

        icon_dir = resources.icon_dir()
    content_dir = Path(content_dir)
    store = load_content(content_dir, icon_dirs=[icon_dir])
    report = check(store, today=today)
    write_report(report, out)
    return report.exit_code()


def write_report(report: Report, out: TextIO) -> None:
    """Findings grouped by file (errors, then warnings), then the readability table, then a one-line summary."""
    out.write(f"Checking {report.directory}\n")
    by_file: dict[Path, list[Problem]] = {}
    for problem in report.problems:
        by_file.setdefault(problem.path, []).append(problem)
    for path in sorted(by_file, key=str):
        out.write("\n")
        ordered = sorted(by_file[path], key=lambda p: (p.severity is not Severity.ERROR, p.line))
        for problem in ordered:
            out.write(format_problem(problem, report.directory) + "\n")

    if report.figures:
        out.write("\nReadability (textstat: Flesch reading ease, higher is easier; Flesch-Kincaid grade, lower is "
                  "easier)\n")
        width = max(len("whole guide"), *(len(f.page_id) for f in report.figures))
        out.write(f"{'page':<{width}}  {'words':>6}  {'ease':>5}  {'grade':>5}\n")
        for row in report.figures:
            out.write(_table_row(row.page_id, row.readability, width))
        out.write(_table_row("whole guide", report.whole_guide, width))

    errors, warnings = len(report.errors), len(report.warnings)
    out.write(f"\n{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)} "
              f"in {report.page_count} page{'s' * (report.page_count != 1)}\n")


def format_problem(problem: Problem, directory: Path) -> str:
    """``pages/bone-scan.md:12: error: message``, the path relative to the content folder where it can be."""
    try:
        # Forward slashes on Windows too: the output's shape is stable (README), scripts read it.
        name = problem.path.relative_to(directory).as_posix() if problem.path != directory else str(directory)
    except ValueError:
        name = str(problem.path)
    where = f"{name}:{problem.line}" if problem.line > 0 else name
    return f"{where}: {problem.severity}: {problem.message}"


def _table_row(name: str, figures: Readability, width: int) -> str:
    return f"{name:<{width}}  {figures.words:>6}  {figures.reading_ease:>5.1f}  {figures.grade:>5.1f}\n"


def _guide_lines(path: Path) -> dict[str, int]:
    """The line each setting is on in guide.toml, so findings about them can point there."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError):
        return {}
    found: dict[str, int] = {}
    for number, line in enumerate(lines, start=1):
        key = line.split("=", 1)[0].strip()
        if "=" in line and key not in found:
            found[key] = number
    return found


def _metadata_lines(page: Page) -> dict[str, int]:
    """The line each metadata key is on (the Page keeps only values); empty if the file changed or vanished."""
    try:
        meta, _, _ = parse_front_matter(page.path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, FrontMatterError):
        return {}
    return {key: line for key, (line, _) in meta.items()}


def _reader_text(page: Page, lines: dict[str, int]) -> _ReaderText:
    """Title, summary and body as words a reader sees: no Markdown marks, link addresses or local-detail names."""
    pieces = [(lines.get("title", 1), page.title), (lines.get("summary", 1), page.summary)]
    body = "\n".join(plain_text(PLACEHOLDER.sub(" ", line)) for line in page.body.splitlines())
    pieces.append((page.body_line, body))
    return _ReaderText(tuple(pieces), page.body_lines)


def _links_to(page: Page, target: str) -> bool:
    return any(not link.is_image and link.target.split("#", 1)[0] == target for link in page.links)


def _red_flags(page: Page, text: _ReaderText, urgent: str) -> list[Problem]:
    if page.id == urgent or _links_to(page, urgent):
        return []
    found = []
    for name, pattern in _RED_FLAG_PATTERNS:
        hit = text.first_match(pattern)
        if hit:
            found.append((hit[0], name, hit[1]))
    if not found:
        return []
    found.sort()
    mentions = "; ".join(f"'{word}' (line {line})" for line, _, word in found)
    return [Problem(page.path, found[0][0],
                    f"mentions a red-flag symptom ({mentions}) but does not link to Urgent help: "
                    f"add [Urgent help]({urgent})")]


def _routing_wording(page: Page, text: _ReaderText) -> list[Problem]:
    problems = []
    for pattern, message in _ROUTING_WORDING:
        hit = text.first_match(pattern)
        if hit:
            problems.append(Problem(page.path, hit[0], message, Severity.WARNING))
    return problems


def _glossary_headings(glossary: Page) -> set[str]:
    headings = set()
    for line in glossary.body.splitlines():
        match = _GLOSSARY_HEADING.match(line.rstrip())
        if match:
            headings.add(match.group(1).strip())
    return headings


def _unexplained_words(
    page: Page, text: _ReaderText, headings: set[str], glossary_file: str, words: Iterable[MedicalWord]
) -> list[Problem]:
    problems = []
    for word in words:
        if word.heading in headings:
            continue
        hit = text.first_match(word.pattern)
        if hit:
            problems.append(Problem(
                page.path, hit[0],
                f"medical word '{hit[1]}' has no entry in Words explained: add '## {word.heading}' to "
                f"{glossary_file}"))
    return problems


def _review_dates(page: Page, today: dt.date, line: int) -> list[Problem]:
    if page.review_due is None:
        return []
    days = (page.review_due - today).days
    if days < 0:
        message = f"the review date {page.review_due.isoformat()} has passed: check the page and set new dates"
        if page.review_months is not None:
            # A page on its own review cycle (medicines) may name a drug decision that has since changed:
            # it must not go on a kiosk until someone has checked it.
            return [Problem(page.path, line, f"{message} (review_every: {_period(page.review_months)})")]
    elif days <= REVIEW_WARNING_DAYS:
        message = (f"the page is due for review on {page.review_due.isoformat()} (in {days} day{'s' * (days != 1)}): "
                   "check it soon")
    else:
        return []
    return [Problem(page.path, line, message, Severity.WARNING)]


def _period(months: int) -> str:
    if months % 12 == 0:
        years = months // 12
        return f"{years} year{'s' * (years != 1)}"
    return f"{months} month{'s' * (months != 1)}"


def _control_characters(path: Path) -> list[Problem]:
    """Control characters other than tab and line endings, each line once: invisible in an editor, they can make
    a page show wrongly, and a voice reading it aloud takes some as commands (espeak-ng: U+0001 changes volume)."""
    try:
        text = path.read_bytes().decode("utf-8-sig", errors="replace")
    except OSError:
        return []  # the loader reports a file it could not read
    problems = []
    for number, line in enumerate(text.split("\n"), start=1):
        found = [ch for ch in line.removesuffix("\r") if ch != "\t" and unicodedata.category(ch) == "Cc"]
        if found:
            names = ", ".join(f"U+{ord(ch):04X}" for ch in dict.fromkeys(found))
            problems.append(Problem(path, number, f"control character {names} in the text: delete it (it is "
                                    "invisible, and read aloud it can change the voice)"))
    return problems


def _unused_blocks(store: ContentStore, pages: list[Page]) -> list[Problem]:
    """Blocks no page includes: probably a typo in an include, or wording left behind."""
    used = {name for page in pages for name in page.blocks}
    return [Problem(block.path, 0, f"block '{name}' is not used by any page", Severity.WARNING)
            for name, block in sorted(store.blocks.items()) if name not in used]


def _long_sentences(path: Path, markdown_text: str, body_line: int) -> list[Problem]:
    """Sentences over the limit, as the reader sees them (local details filled in), each at the line it starts on."""
    problems = []
    for first_line, block in readable_blocks(markdown_text):
        start = 0
        for match in [*_SENTENCE_BREAK.finditer(block), None]:
            end = match.start() if match else len(block)
            sentence = " ".join(block[start:end].split())
            words = word_count(sentence)
            if words > LONG_SENTENCE_WORDS:
                line = body_line + first_line + block.count("\n", 0, start)
                opening = " ".join(sentence.split()[:QUOTE_WORDS])
                problems.append(Problem(
                    path, line,
                    f"long sentence ({words} words; keep to {LONG_SENTENCE_WORDS} or fewer): \"{opening} ...\"",
                    Severity.WARNING))
            if match:
                start = match.end()
    return problems
