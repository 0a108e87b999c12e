"""The theme colour table and WCAG contrast maths: the one source both the stylesheet and the contrast tests read.

No Qt here, so the table and the maths are tested without a QApplication.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

# WCAG 2.2: AA asks 4.5:1 for text and 3:1 for borders, focus rings and icons; AAA asks 7:1 for text.
AA_TEXT = 4.5
AAA_TEXT = 7.0
NON_TEXT = 3.0

# Every colour the stylesheet, the page text and the icons use, by role. A new role goes into both palettes and,
# if a person reads it against something, into PAIRS below.
STANDARD: Mapping[str, str] = {
    "text": "#1a1a1a",
    "muted": "#3d4451",
    "background": "#f6f4ef",
    "surface": "#ffffff",  # cards, panels, keys, the search box
    "primary": "#1d3557",  # headings, card titles, links, outline buttons
    "icon": "#1d3557",
    "bar": "#1d3557",  # the top bar
    "bar_text": "#ffffff",
    "bar_border": "#8aa4c8",
    "bar_pressed": "#0f1f36",
    "bar_checked": "#ffffff",
    "bar_checked_text": "#1d3557",
    "bar_disabled": "#8aa4c8",
    "action": "#1d3557",  # filled buttons: I'm still here, Close, Search key
    "action_text": "#ffffff",
    "action_pressed": "#0f1f36",
    "action_border": "#1d3557",
    "border": "#6b7c93",  # card outlines
    "pressed": "#dbe7f3",
    "reading": "#ffe58f",  # the band behind the part being read aloud: a highlighter's yellow
    "reading_edge": "#1d3557",  # ... and the rules above and below it
    "focus": "#c2410c",  # the keyboard-focus ring on light surfaces
    "focus_on_dark": "#ffd23f",  # ... and on the bar and red buttons
    "urgent": "#b00020",
    "urgent_text": "#ffffff",
    "urgent_pressed": "#7a0016",
    "urgent_border": "#ffffff",
    "call_text": "#7a0016",
    "call_border": "#b00020",
    "keyboard_bg": "#d9dee6",
    "key_border": "#5e6b7d",
    "placeholder": "#5e6b7d",
    "scroll_handle": "#6b7c93",
}

# Light text on black, yellow for headings and buttons: WCAG AAA (7:1) for every piece of text.
HIGH_CONTRAST: Mapping[str, str] = {
    "text": "#ffffff",
    "muted": "#e0e0e0",
    "background": "#000000",
    "surface": "#000000",
    "primary": "#ffff00",
    "icon": "#ffff00",
    "bar": "#000000",
    "bar_text": "#ffffff",
    "bar_border": "#ffffff",
    "bar_pressed": "#333333",
    "bar_checked": "#ffff00",
    "bar_checked_text": "#000000",
    "bar_disabled": "#a0a0a0",
    "action": "#000000",
    "action_text": "#ffff00",
    "action_pressed": "#333333",
    "action_border": "#ffff00",
    "border": "#ffffff",
    "pressed": "#333333",
    "reading": "#333399",
    "reading_edge": "#ffff00",
    "focus": "#00ffff",
    "focus_on_dark": "#00ffff",
    "urgent": "#8b0000",
    "urgent_text": "#ffffff",
    "urgent_pressed": "#5a0000",
    "urgent_border": "#ffffff",
    "call_text": "#ffffff",
    "call_border": "#ff5c5c",
    "keyboard_bg": "#1a1a1a",
    "key_border": "#ffffff",
    "placeholder": "#c8c8c8",
    "scroll_handle": "#ffffff",
}

PALETTES: Mapping[str, Mapping[str, str]] = {"standard": STANDARD, "contrast": HIGH_CONTRAST}


@dataclass(frozen=True, slots=True)
class Pair:
    """A colour read against another: ``text`` says whether it is words (4.5:1, or 7:1 in high contrast)
    or a border, focus ring or icon (3:1)."""

    foreground: str
    background: str
    where: str
    text: bool = True


# Every foreground/background pair that appears on screen, by role, with where a person meets it.
PAIRS: tuple[Pair, ...] = (
    Pair("text", "background", "page text"),
    Pair("text", "surface", "card summaries, panel text, keys"),
    Pair("muted", "background", "subtitles, review dates"),
    Pair("primary", "background", "screen titles, headings, links"),
    Pair("primary", "surface", "card titles, outline buttons"),
    Pair("text", "pressed", "a card being pressed"),
    Pair("primary", "pressed", "a card title being pressed"),
    Pair("placeholder", "surface", "the search box's hint"),
    Pair("text", "reading", "the paragraph being read aloud"),
    Pair("primary", "reading", "a heading or link being read aloud"),
    Pair("bar_text", "bar", "top bar buttons"),
    Pair("bar_text", "bar_pressed", "a top bar button being pressed"),
    Pair("bar_checked_text", "bar_checked", "Large print or High contrast when on"),
    Pair("bar_disabled", "bar", "Back with nowhere to go back to"),
    Pair("action_text", "action", "filled buttons"),
    Pair("action_text", "action_pressed", "a filled button being pressed"),
    Pair("urgent_text", "urgent", "Urgent help"),
    Pair("urgent_text", "urgent_pressed", "Urgent help being pressed"),
    Pair("call_text", "surface", "the numbers to call"),
    Pair("text", "keyboard_bg", "keyboard gaps behind key labels"),
    Pair("border", "surface", "card outlines against the card", text=False),
    Pair("border", "background", "card outlines against the screen", text=False),
    Pair("key_border", "surface", "key outlines against the key", text=False),
    Pair("key_border", "keyboard_bg", "key outlines against the keyboard", text=False),
    Pair("focus", "surface", "focus ring on a card or key", text=False),
    Pair("focus", "background", "focus ring against the screen", text=False),
    Pair("focus_on_dark", "bar", "focus ring on the top bar", text=False),
    Pair("focus", "keyboard_bg", "focus ring on the keyboard's Search key", text=False),
    Pair("focus_on_dark", "urgent", "focus ring on Urgent help", text=False),
    Pair("bar_border", "bar", "top bar button outlines", text=False),
    Pair("urgent_border", "bar", "Urgent help's outline against the top bar", text=False),
    Pair("urgent_border", "urgent", "Urgent help's outline", text=False),
    Pair("icon", "surface", "card icons", text=False),
    Pair("call_border", "background", "the red frame round the numbers to call", text=False),
    Pair("scroll_handle", "background", "the scroll bar", text=False),
    Pair("reading_edge", "background", "the rules above and below the part being read aloud", text=False),
    Pair("reading_edge", "reading", "the rules against the band they edge", text=False),
)


def minimum_ratio(pair: Pair, high_contrast: bool) -> float:
    if not pair.text:
        return NON_TEXT
    return AAA_TEXT if high_contrast else AA_TEXT


def rgb(colour: str) -> tuple[int, int, int]:
    """``#rrggbb`` as three 0–255 numbers; a clear error for anything else."""
    value = colour.lstrip("#")
    if len(value) != 6:
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str | tuple[int, int, int]) -> float:
    """WCAG relative luminance, 0 for black to 1 for white."""
    r, g, b = rgb(colour) if isinstance(colour, str) else colour
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(a: str | tuple[int, int, int], b: str | tuple[int, int, int]) -> float:
    """WCAG contrast ratio between two colours, from 1 (the same) to 21 (black on white)."""
    first, second = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (first + 0.05) / (second + 0.05)


def shortfalls(palette: Mapping[str, str], high_contrast: bool) -> list[str]:
    """Every pair in ``palette`` below its minimum, described for a person; empty when all pass."""
    problems = []
    for pair in PAIRS:
        ratio = contrast_ratio(palette[pair.foreground], palette[pair.background])
        needed = minimum_ratio(pair, high_contrast)
        if ratio < needed:
            problems.append(f"{pair.foreground} on {pair.background} ({pair.where}): {ratio:.2f}:1, needs {needed}:1")
    return problems
