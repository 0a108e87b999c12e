"""Readability figures for pages: words, Flesch reading ease and Flesch-Kincaid grade (textstat 0.7.3).

Headings and list items are read as sentences of their own, as a reader takes them in, so a bullet list
is not scored as one long sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kiosk.content.render import plain_text

_SENTENCE_END = re.compile(r"[.!?:;]$")
_WORD = re.compile(r"[A-Za-z0-9'’-]+")
# A line that starts a new block of its own: a heading, a list item, a quote, a table row or a rule.
_BLOCK_START = re.compile(r"^\s{0,3}(?:#{1,6}(?:\s|$)|[-*+]\s|\d+[.)]\s|>|\||[-*_]{3,}\s*$)")
_HEADING = re.compile(r"^\s{0,3}#{1,6}(?:\s|$)")


def readable_blocks(markdown_text: str) -> list[tuple[int, str]]:
    """Each paragraph, heading and list item as plain text, with the index of the body line it starts on.

    Markdown joins the lines of a wrapped paragraph into one, so they stay one block here (their line
    breaks kept, so a sentence can still be traced to its line); reading each line as a sentence of its
    own would invent short sentences and flatter the scores.
    """
    blocks: list[tuple[int, list[str]]] = []
    open_block = False
    for index, raw in enumerate(markdown_text.splitlines()):
        if not raw.strip():
            open_block = False
            continue
        if open_block and not _BLOCK_START.match(raw):
            blocks[-1][1].append(raw)
        else:
            blocks.append((index, [raw]))
        # A heading is always one line: whatever follows it starts a new block.
        open_block = not _HEADING.match(raw)
    result = []
    for index, lines in blocks:
        text = plain_text("\n".join(lines))
        if text.strip():
            result.append((index, text))
    return result


def readable_text(markdown_text: str) -> str:
    """The page as prose: one line per paragraph, heading or list item, each ending as a sentence."""
    lines = []
    for _, block in readable_blocks(markdown_text):
        line = " ".join(block.split())
        if not _SENTENCE_END.search(line):
            line += "."
        lines.append(line)
    return "\n".join(lines)


def sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.!?])\s+|\n+", text)
    return [p.strip() for p in parts if p.strip()]


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


@dataclass(frozen=True, slots=True)
class Readability:
    words: int
    reading_ease: float
    grade: float


def measure(text: str) -> Readability:
    import textstat

    words = word_count(text)
    if words == 0:
        return Readability(0, 100.0, 0.0)
    return Readability(words, float(textstat.flesch_reading_ease(text)), float(textstat.flesch_kincaid_grade(text)))


if __name__ == "__main__":  # python -m kiosk.content.readability content/pages/*.md
    import sys
    from pathlib import Path

    from kiosk.content.loader import parse_front_matter

    total = []
    for name in sys.argv[1:]:
        _, body, _ = parse_front_matter(Path(name).read_text(encoding="utf-8"))
        text = readable_text(body)
        total.append(text)
        r = measure(text)
        long = [s for s in sentences(text) if word_count(s) > 30]
        print(f"{Path(name).stem:40} words {r.words:5}  ease {r.reading_ease:5.1f}  grade {r.grade:4.1f}"
              + (f"  LONG SENTENCES: {len(long)}" if long else ""))
    if len(total) > 1:
        r = measure("\n".join(total))
        print(f"{'WHOLE GUIDE':40} words {r.words:5}  ease {r.reading_ease:5.1f}  grade {r.grade:4.1f}")
