"""Turns a page's Markdown into what a person should hear: one utterance per heading, paragraph or list item."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from kiosk.content.render import fill_local_details, plain_text


class Part(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    ITEM = "item"


@dataclass(frozen=True, slots=True)
class Utterance:
    """One piece of a page read aloud: ``shown`` is the words as on screen, ``spoken`` what the voice is given."""

    part: Part
    shown: str
    spoken: str


_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+")
_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+")
_RULE = re.compile(r"^[ \t]*[-*_]{3,}[ \t]*$")
_TABLE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$")
_BLOCK_INCLUDE = re.compile(r"^\{\{>.*\}\}$")

# A UK phone number (0161 496 0999, 0800 123 4567, 07700 900123) or an emergency number said on its own
# (999, 111): the voice must say each digit, never "nine hundred and ninety-nine".
_PHONE = re.compile(r"(?<![\d£$])(?<!\d[.,])(?:\+44[ \t]?|\b0)\d{2,4}(?:[ \t-]?\d{3,4}){1,2}(?!\d|[.,]\d)")
_SHORT_NUMBER = re.compile(r"(?<![\d£$])(?<!\d[.,])\b(999|111|112)\b(?!\d|[.,]\d|%)")
_DEGREES = re.compile(r"(\d)[ \t]*°[ \t]*C\b")
# Marks a voice would read out as symbols, or that mean nothing said aloud.
_SYMBOLS = re.compile(r"[*_`#|>~<\[\]{}\\]")
# Control characters (C0, DEL and C1): espeak-ng takes U+0001 as the start of an embedded command that changes
# the volume, speed or pitch, so none may reach a voice, whatever a page holds (`kiosk check` reports them too).
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def digits(number: str) -> str:
    """``0161 496 0999`` as "0 1 6 1, 4 9 6, 0 9 9 9": each digit said, with a short pause between the groups."""
    groups = re.split(r"[ \t-]+", number.strip())
    said = [" ".join("plus" if ch == "+" else ch for ch in group) for group in groups if group]
    return ", ".join(said)


def speakable(text: str) -> str:
    """Plain words the way a voice should say them: numbers as digits, degrees in words, no stray symbols and no
    control characters."""
    text = _CONTROL.sub(" ", text)
    text = _DEGREES.sub(r"\1 degrees", text)
    text = _PHONE.sub(lambda m: digits(m.group(0)), text)
    text = _SHORT_NUMBER.sub(lambda m: digits(m.group(1)), text)
    text = text.replace("&", " and ").replace("/", " or ").replace("–", ", ").replace("—", ", ")
    text = _SYMBOLS.sub(" ", text)
    return re.sub(r"\s+", " ", text).strip()


def _finish(part: Part, markdown_line: str, local: Mapping[str, str]) -> Utterance | None:
    shown = plain_text(markdown_line, local)
    shown = re.sub(r"\s+", " ", shown).strip()
    if not shown:
        return None
    spoken = speakable(shown)
    if part is Part.HEADING and spoken[-1:] not in ".?!":
        spoken += "."  # a heading ends with a full stop, so the voice pauses before what follows
    return Utterance(part, shown, spoken) if spoken.strip(" .") else None


def page_utterances(title: str, body: str, local: Mapping[str, str] | None = None) -> list[Utterance]:
    """What a person hears for a page: its title, then each heading, paragraph and list item in order.

    Local details are filled in (``{{ cancer_line }}`` becomes the clinic's words), numbers are said as digits and
    no Markdown mark is read out. Table rows are read as their cells, in order.
    """
    local = local or {}
    body = fill_local_details(body, local)
    result: list[Utterance] = []
    pending: list[str] = []
    pending_part = Part.PARAGRAPH

    def flush() -> None:
        nonlocal pending
        if pending:
            said = _finish(pending_part, " ".join(pending), local)
            if said is not None:
                result.append(said)
        pending = []

    first = _finish(Part.HEADING, title, local)
    if first is not None:
        result.append(first)
    for line in body.splitlines():
        stripped = line.strip()
        if not stripped or _RULE.match(line) or _TABLE_RULE.match(line) or _BLOCK_INCLUDE.match(stripped):
            flush()
            continue
        if _HEADING.match(line):
            flush()
            pending_part, pending = Part.HEADING, [_HEADING.sub("", line).rstrip("# \t")]
            flush()
        elif _ITEM.match(line):
            flush()
            pending_part, pending = Part.ITEM, [_ITEM.sub("", line)]
        elif stripped.startswith("|"):
            flush()
            cells = [c.strip() for c in stripped.strip("|").split("|") if c.strip()]
            pending_part, pending = Part.PARAGRAPH, [", ".join(cells)]
            flush()
        else:
            # A paragraph's lines run on, and a line straight under a list item continues that item.
            if not pending:
                pending_part = Part.PARAGRAPH
            pending.append(stripped)
    flush()
    return result
