"""What the kiosk can show quickly: limits on a page's size, nesting, word length and raw HTML.

Content that passes ``kiosk check`` must never freeze or break the kiosk. Markdown and Qt's text layout slow down
sharply on pathological pages (a list nested 300 deep overflows Python's stack, tables nested 20 deep in raw HTML
took 59 s to lay out, one 256,000-character word 12 s), so these limits are far above any real page and far below
the trouble. The loader and ``kiosk check`` report a page over a limit as an error naming it; the renderer refuses
to render one (a calm "this page cannot be shown"), in case it reaches a kiosk anyway.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kiosk.content.model import Page, Problem
from kiosk.files import UnsafeFile, read_bounded

# The largest shipped page (Words explained) is 11 KB; 150 KB renders in well under a second.
MAX_PAGE_BYTES = 150_000
# Lists and quotes inside lists and quotes: real pages use two levels, rarely three.
MAX_NESTING = 6
# Longer than any word or web address a page needs; a link is counted with its address.
MAX_WORD_CHARS = 200
INDENT_WIDTH = 4  # Python-Markdown's tab length: one level of list nesting
# How many of each part a page may hold. The shipped pages use at most a few dozen of each; far more makes Qt's
# text layout or Python-Markdown's inline patterns slow (37,000 list items froze the GUI for over 74 s, 10,000
# missing pictures 29 s, a 14,900-row table 6 s, and 16,000 unclosed "*" or "[" hung Markdown) within 150 KB.
# Each is (what a person calls it, the pattern that finds one, the limit).
MAX_PARTS = (
    ("list items", re.compile(r"^[ \t>]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)", re.M), 500),
    ("headings", re.compile(r"^[ \t>]*#{1,6}(?:[ \t]|$)", re.M), 200),
    ("table rows (lines with a |)", re.compile(r"^[^\n|]*\|", re.M), 200),
    ("links or [ brackets", re.compile(r"\["), 300),
    ("pictures", re.compile(r"!\["), 100),
    ("emphasis marks (* _ `)", re.compile(r"[*_`]"), 1_000),
)


def _most_parts(body: str, name: str) -> int:
    """A quick upper bound on how many of a part ``body`` can hold: each list item, heading or table row is a line of
    its own, each link a "[", each picture a "![", each emphasis mark a character. A page under every bound (nearly
    every page) needs none of the patterns, each a slow pass over the whole page (a third of a 5,000-page load)."""
    if name == "pictures":
        return body.count("![")
    if name.startswith("links"):
        return body.count("[")
    if name.startswith("emphasis"):
        return body.count("*") + body.count("_") + body.count("`")
    return body.count("\n") + 1


# An opening or closing HTML tag, or a comment. Markdown autolinks (<https://...>) are not tags.
_HTML_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9-]*)(?=[\s/>])|<!--")
_CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1")
_QUOTE_MARKS = re.compile(r"^(?:[ \t]*>)+")
_LONG_WORD = re.compile(rf"\S{{{MAX_WORD_CHARS + 1},}}")


@dataclass(frozen=True, slots=True)
class LimitProblem:
    line: int  # counted from the first line of the text checked (1)
    message: str


def nesting_depth(line: str) -> int:
    """How deep a line sits in lists and quotes: one level per quote mark and per four spaces of indent."""
    if not line or line[0] not in " \t>":  # most lines: at the margin (a 5,000-page load asks 160,000 times)
        return 0
    quotes = _QUOTE_MARKS.match(line)
    depth = quotes.group(0).count(">") if quotes else 0
    rest = line[quotes.end():] if quotes else line
    indent = len(rest) - len(rest.lstrip(" \t"))
    columns = len(rest[:indent].expandtabs(INDENT_WIDTH))
    return depth + columns // INDENT_WIDTH


def raw_html_tags(line: str) -> list[str]:
    """The raw HTML tags in a line of Markdown (outside `code`), as written: ``<img``, ``</table``, ``<!--``."""
    text = _CODE_SPAN.sub("", line)
    return [match.group(0) for match in _HTML_TAG.finditer(text)]


# A whole raw HTML tag or comment, for taking it out of a page that reached a kiosk without `kiosk check`.
_WHOLE_HTML_TAG = re.compile(r"<!--.*?-->|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>", re.S)


def without_raw_html(body: str) -> str:
    """``body`` with its raw HTML tags and comments taken out, their words kept: a patient sees the text, never
    markup, and the kiosk never interprets it (an <img> could show any picture on the PC)."""
    return _WHOLE_HTML_TAG.sub("", body)


def find_limit_problems(body: str, *, raw_html: bool = True) -> Iterator[LimitProblem]:
    """Every way ``body`` (a page's Markdown) goes past what the kiosk can show quickly and safely. The renderer
    leaves out ``raw_html``: it shows raw HTML as harmless text, so that is no reason to refuse a page there."""
    size = len(body.encode("utf-8"))
    if size > MAX_PAGE_BYTES:
        yield LimitProblem(1, f"the page is too long to show quickly ({size // 1000} KB; the limit is "
                              f"{MAX_PAGE_BYTES // 1000} KB): split it into several pages")
        return  # the rest would only repeat it, slowly
    for name, pattern, limit in MAX_PARTS:
        if _most_parts(body, name) <= limit:
            continue
        starts = [match.start() for match in pattern.finditer(body)]
        if len(starts) > limit:
            line = body.count("\n", 0, starts[limit]) + 1  # where the page goes over
            yield LimitProblem(line, f"the page has {len(starts):,} {name} (the limit is {limit:,}): split it "
                                     "into several pages")
    deepest = (0, 0)
    for number, line in enumerate(body.splitlines(), start=1):
        if not line.strip():
            continue
        depth = nesting_depth(line)
        if depth > deepest[1]:
            deepest = (number, depth)
        long_word = _LONG_WORD.search(line) if len(line) > MAX_WORD_CHARS else None
        if long_word:
            yield LimitProblem(number, f"a word of {len(long_word.group(0))} characters (the limit is "
                                       f"{MAX_WORD_CHARS}): \"{long_word.group(0)[:30]}...\"")
        tags = raw_html_tags(line) if raw_html and "<" in line else []
        if tags:
            yield LimitProblem(number, f"raw HTML ({', '.join(dict.fromkeys(t + '>' for t in tags))}) is not "
                                       "shown by the kiosk: write it in Markdown (pictures as ![words](file))")
    if deepest[1] > MAX_NESTING:
        yield LimitProblem(deepest[0], f"lists or quotes nested {deepest[1]} levels deep (the limit is "
                                       f"{MAX_NESTING}): flatten them")


def over_limits(body: str) -> bool:
    """Whether the kiosk refuses to show this page ("cannot be shown"): it is past a limit other than raw HTML."""
    return next(iter(find_limit_problems(body, raw_html=False)), None) is not None


def page_limit_problems(pages: Iterable[Page]) -> list[Problem]:
    """The loader's report of every page over a limit, each an error at its line in the file."""
    problems = []
    for page in pages:
        for found in find_limit_problems(page.body):
            problems.append(Problem(page.path, page.body_line + found.line - 1, found.message))
    return problems


def read_content_file(path: Path, limit: int, problems: list[Problem], *, what: str,
                      kept: dict[Path, bytes] | None = None) -> str | None:
    """The text of a page or block file, or None with the reason added to ``problems``; its bytes also go into
    ``kept`` if given (the loader's fingerprint then need not read the file again).

    Only regular files, never more than ``limit`` bytes: a FIFO or a link to /dev/zero named like a page must not
    hang start-up. ``what`` names the file for the reader of the report ("the file", "the block").
    """
    try:
        data = read_bounded(path, limit)
        if kept is not None:
            kept[path] = data
        return data.decode("utf-8-sig")
    except UnsafeFile as error:
        problems.append(Problem(path, 0, f"{what} cannot be used: {error}"))
    except UnicodeDecodeError as error:
        problems.append(Problem(path, 1, f"{what} is not UTF-8 text ({error.reason}); save it as UTF-8"))
    except OSError as error:
        problems.append(Problem(path, 0, f"cannot read {what}: {error.strerror or error}"))
    return None
