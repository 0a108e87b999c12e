"""Turns a page's Markdown into the HTML subset QTextBrowser shows well, and into plain text for search.

Local details (the clinic's name and numbers) are written in pages as ``{{ name }}`` and filled in from
the kiosk's settings; when a detail is not set, a clear sentence tells the reader where to find it.
A few names are worked out from the settings rather than set (``{{ cancer_line }}``), so that no page calls
the cancer line a 24-hour line when the clinic has given other hours.
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.content.model import ContentStore, Page

if TYPE_CHECKING:
    import xml.etree.ElementTree as etree

    import markdown

log = logging.getLogger(__name__)

PAGE_SCHEME = "page:"
# A paragraph that makes sense only on the screen ("Tap a test below", "This screen cannot open websites") ends
# with this mark. It is rendered as <p class="screen-only">, which the printout leaves out.
SCREEN_ONLY = "{.screen-only}"
_MARKABLE = {"p", "h1", "h2", "h3", "h4", "h5", "h6"}  # a paragraph or a heading may be for the screen only
# What a patient sees instead of a page the kiosk cannot show (the log names the page and why).
CANNOT_SHOW_HTML = (
    "<h2>Sorry, this page cannot be shown</h2>"
    "<p>Please go back and choose another page, or ask a member of staff.</p>"
)
PLACEHOLDER = re.compile(r"\{\{\s*([a-z_]+)\s*\}\}")

# What each local detail means, and what the page says when the clinic has not set it. Each fallback reads
# well in the sentence pages put it in, and never leaves a person with no one to call: with no cancer line
# set, the pages' "cannot get through or have no number" part sends them to A&E or NHS 111.
# The 999 signs in one line, for the Urgent help screen's first row and the help box on every printout that routes
# to help: the summary of content/blocks/red-flags/call-999.md (FACTS.md section 2), kept in one place.
CALL_999_SIGNS = ("A first fit or a long fit, signs of a stroke, new or very bad chest pain, "
                  "very bad trouble breathing or collapse")

LOCAL_FIELDS: dict[str, str] = {
    "clinic_name": "your clinic",
    "breast_care_nurse_line": "the breast care nurse number on your clinic letter, or ask at reception",
    "breast_care_nurse_hours": "at the times on your clinic letter",
    "acute_oncology_line": "the number on your alert card. If you have no card, go to A&E or call NHS 111",
    # Never hours for a number the kiosk does not know (review of 7 December 2026, N-m8).
    "acute_oncology_hours": "at the times on your alert card",
    "opening_hours": "at the times on your clinic letter",
    "reception_line": "the clinic's main number on your letter",
    # When to act on a temperature (UKONS triage toolkit v3, 2025; trust alert cards). A clinic may set its own.
    # For the clinic visit guide: where things are, in the clinic's own words.
    "reception_location": "near the main entrance. If you cannot find it, ask anyone in a uniform",
    "parking": "Ask at reception about parking, and whether you can park for free or for less.",
    "cafe_hours": "at the times shown on the door",
    # Not a setting: who signed off this version of the guide, from its signoff.toml (kiosk/content/signoff.py).
    "signoff": "This version of the guide has not yet been checked and signed off by a clinician.",
    "temperature_advice": ("Too high is 37.5 °C or higher. Too low is below 36 °C. "
                           "Use your team's numbers if they gave you different ones."),
}

# Hours that mean the line never closes. Anything else (for example "Monday to Friday, 9am to 5pm") is not 24 hours.
_ALWAYS_OPEN = re.compile(
    r"\b24\s*(?:-\s*)?(?:hours?|hrs?|h)\b|\b24\s*/\s*7\b|\bday\s+(?:and|or)\s+night\b|\baround\s+the\s+clock\b",
    re.IGNORECASE)


def is_always_open(hours: str) -> bool:
    """Whether the cancer line's hours (unset means the default, 24 hours) let pages call it a 24-hour line."""
    return not hours.strip() or bool(_ALWAYS_OPEN.search(hours))


def derived_details(local: Mapping[str, str]) -> dict[str, str]:
    """Names worked out from the settings, so the line's name and urgency always match its real hours."""
    always = is_always_open(local.get("acute_oncology_hours") or "")
    return {
        # The one name for the line on every page (FACTS.md section 2), true to the configured hours.
        "cancer_line": "your 24-hour cancer line" if always else "your cancer line",
        # Follows "call ... now,": "day or night" only where that is true, and never "wait until it opens".
        # When the line is closed, A&E comes before NHS 111 (FACTS.md section 2; review of 7 December 2026,
        # N-m8): 111 adds a call-back delay that suspected sepsis or spinal cord compression cannot afford.
        "cancer_line_when": "day or night" if always else "or go to A&E when it is closed",
    }


DERIVED_FIELDS = frozenset(derived_details({}))


def fill_local_details(text: str, local: Mapping[str, str]) -> str:
    """Replace ``{{ name }}`` with the clinic's value, or the fallback sentence when it is not set."""
    derived = derived_details(local)

    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        if name in derived:
            return derived[name]
        given = (local.get(name) or "").strip()
        if given:
            # Settings are plain text: keep Markdown and HTML from reading them as formatting.
            return re.sub(r"([\\`*_\[\]#])", r"\\\1", html.escape(given, quote=False))
        return LOCAL_FIELDS.get(name, match.group(0))

    return PLACEHOLDER.sub(value, text)


def unknown_placeholders(text: str) -> list[str]:
    return [m.group(1) for m in PLACEHOLDER.finditer(text)
            if m.group(1) not in LOCAL_FIELDS and m.group(1) not in DERIVED_FIELDS]


def _emphasis(mark: re.Match[str]) -> str:
    """Emphasis and code marks at the start or end of words go; a run inside a word (snake_case) or standing alone
    ("5 * 3", a rule of ***) stays."""
    text, start, end = mark.string, mark.start(), mark.end()
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    if before.isspace() == after.isspace() and (before.isspace() or (before.isalnum() and after.isalnum())):
        return mark.group(0)
    return ""


_MARKDOWN_INLINE = [
    # Every pattern here runs in linear time on any text: none can scan past the next mark of its own kind (a page
    # of "[" or "*a " repeated made the older patterns rescan the rest of the page from every mark).
    # Each with the strings one of which any match contains: a pattern is not run over a text without them (the
    # same text either way, and most of the time of indexing 5,000 pages' words was these scans finding nothing).
    (re.compile(r"!\[([^\[\]\n]*)\]\([^()\n]*\)"), r"\1", ("](",)),  # images: keep the alt text
    (re.compile(r"\[([^\[\]\n]*)\]\([^()\n]*\)"), r"\1", ("](",)),  # links: keep the words
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]*", re.M), "", ("#",)),  # heading marks
    (re.compile(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+", re.M), "", ()),  # list marks
    (re.compile(r"^[ \t]*>[ \t]?", re.M), "", (">",)),  # quotes
    (re.compile(r"[*_`]+"), _emphasis, ("*", "_", "`")),
    (re.compile(r"<[^<>\n]+>"), " ", ("<",)),  # inline HTML
    (re.compile(r"[ \t]*\{\.screen-only\}"), "", (SCREEN_ONLY,)),  # the mark on words for the screen only
    (re.compile(r"^[ \t]*[-*_]{3,}[ \t]*$", re.M), "", ()),  # rules
]

# Runs of spaces and tabs that are not already one space: what ``[ \t]+`` to " " changes, without replacing each of
# a page's thousands of single spaces with itself.
_SPACES = re.compile(r"[ \t]{2,}|\t")


def plain_text(markdown_text: str, local: Mapping[str, str] | None = None) -> str:
    """The words of a page as a reader hears them: no Markdown marks, local details filled in."""
    text = fill_local_details(markdown_text, local or {}) if "{{" in markdown_text else markdown_text
    for pattern, replacement, marks in _MARKDOWN_INLINE:
        if not marks or any(mark in text for mark in marks):
            text = pattern.sub(replacement, text)
    text = text.replace("\\", "")
    return _SPACES.sub(" ", text).strip()


# The modules a PageRenderer's converter is made of: load_markdown imports them.
MARKDOWN_MODULES = ("markdown", "markdown.extensions.sane_lists", "markdown.extensions.tables")


def load_markdown() -> None:
    """Import the Markdown converter's modules (about 50 ms of a 2-core PC's time with Qt loaded). Plain imports,
    safe on any thread: the app runs this on a worker thread after the first paint, so the screen never waits for
    them (``kiosk.ui.session``)."""
    import importlib

    for name in MARKDOWN_MODULES:
        importlib.import_module(name)


class PageRenderer:
    """Renders pages to HTML. Creating the Markdown converter is deferred to the first page shown."""

    def __init__(self, store: ContentStore, local: Mapping[str, str] | None = None,
                 page_local: Callable[[Page], Mapping[str, str]] | None = None) -> None:
        self.store = store
        self.local = dict(local or {})
        # Details that differ from page to page (in a library, the About page's {{ signoff }} is its guide's).
        self.page_local = page_local
        self._md: markdown.Markdown | None = None
        self._cache: dict[str, str] = {}
        self._links = None  # made with the converter; told which page it is rendering (its pictures' folder)

    def _markdown(self) -> markdown.Markdown:
        if self._md is None:
            import markdown
            from markdown.extensions.sane_lists import SaneListExtension
            from markdown.extensions.tables import TableExtension

            self._links = _LinkExtension(self.store)
            # The extensions themselves, not their names: a name is looked up among every installed package's entry
            # points, about 70 ms the first time, on the GUI thread, as the first page opens.
            self._md = markdown.Markdown(
                extensions=[SaneListExtension(), TableExtension(), self._links],
                output_format="html",
            )
            # Raw HTML is never interpreted: an <img> could show any picture on the PC, and nested tables can
            # freeze the layout for a minute. `kiosk check` refuses it in pages, render() takes out any tags that
            # slipped through, and anything left that looks like HTML is shown as the text it is.
            self._md.preprocessors.deregister("html_block")
            self._md.inlinePatterns.deregister("html")
        return self._md

    def warm_up(self) -> None:
        """Make the Markdown converter ahead of the first tap, so opening the first page is as quick as the rest
        (a few milliseconds once ``load_markdown`` has run; call both on the thread that renders)."""
        self._markdown()

    def render(self, page: Page) -> str:
        cached = self._cache.get(page.id)
        if cached is None:
            cached = self._render(page)
            self._cache[page.id] = cached
        return cached

    def _render(self, page: Page) -> str:
        """The page's HTML, or a calm "cannot be shown" for a page over the limits (it could freeze the kiosk) or
        one Markdown fails on; either way the log names the page, so IT can find it."""
        from kiosk.content.limits import find_limit_problems, without_raw_html

        if not page.markdown.body().readable:  # working its text out failed (the store's problems say why)
            log.error("page '%s' (%s) cannot be shown: its text could not be worked out", page.id, page.path)
            return CANNOT_SHOW_HTML
        over = next(iter(find_limit_problems(page.body, raw_html=False)), None)
        if over is not None:
            log.error("page '%s' (%s) cannot be shown: line %d of its text: %s", page.id, page.path,
                      over.line, over.message)
            return CANNOT_SHOW_HTML
        md = self._markdown()
        self._links.page_id = page.id
        try:
            md.reset()
            local = self.local if self.page_local is None else {**self.local, **self.page_local(page)}
            return md.convert(fill_local_details(without_raw_html(page.body), local))
        except Exception as error:  # RecursionError included: one broken page must not break the kiosk
            log.error("page '%s' (%s) cannot be shown: Markdown failed with %s", page.id, page.path,
                      type(error).__name__)
            self._md = None  # a converter that failed half way may hold state; start the next page afresh
            return CANNOT_SHOW_HTML



def page_id_from_href(href: str) -> str | None:
    """The page a rendered link points to, or None for links that are not to pages."""
    if href.startswith(PAGE_SCHEME):
        return href[len(PAGE_SCHEME):].split("#", 1)[0] or None
    return None


def _build_link_extension():
    import xml.etree.ElementTree as etree

    import markdown
    from markdown.treeprocessors import Treeprocessor

    class LinkRewriter(Treeprocessor):
        """Points page links at ``page:ID``, images at files, and replaces missing images with their words."""

        def __init__(self, md: markdown.Markdown, store: ContentStore, extension: LinkExtension) -> None:
            super().__init__(md)
            self.store = store
            self.extension = extension

        def run(self, root: etree.Element) -> None:
            for paragraph in [e for e in root.iter() if e.tag in _MARKABLE]:
                self._mark_screen_only(paragraph)
            parents = {child: parent for parent in root.iter() for child in parent}
            for element in list(root.iter()):
                if element.tag == "a":
                    href = element.get("href", "")
                    if "://" in href or href.startswith(("mailto:", "tel:", "#")):
                        continue
                    if href.startswith("www."):
                        element.set("href", "https://" + href)
                        continue
                    target = href.split("#", 1)[0]
                    if target in self.store.pages:
                        element.set("href", PAGE_SCHEME + target)
                    else:
                        # A link to a page that does not exist: show the words, not a dead link.
                        element.tag = "span"
                        element.attrib.clear()
                elif element.tag == "img":
                    self._image(element, parents)

        @staticmethod
        def _mark_screen_only(paragraph: etree.Element) -> None:
            last = paragraph[-1] if len(paragraph) else None
            text = (last.tail if last is not None else paragraph.text) or ""
            if text.rstrip().endswith(SCREEN_ONLY):
                text = text.rstrip()[: -len(SCREEN_ONLY)].rstrip()
                if last is not None:
                    last.tail = text
                else:
                    paragraph.text = text
                paragraph.set("class", "screen-only")

        def _image(self, element: etree.Element, parents: dict[etree.Element, etree.Element]) -> None:
            src = element.get("src", "")
            alt = element.get("alt", "")
            path = find_image(self.store.directory_of(self.extension.page_id), src)
            if path is not None:
                element.set("src", path.as_uri())
                # One of the kiosk's own icons is a picture beside a line of words (Easy Read): icon-sized.
                element.set("width", element.get("width", ICON_WIDTH if src.startswith(ICON_SCHEME) else "600"))
                return
            parent = parents.get(element)
            note = etree.Element("span")
            note.set("class", "missing-image")
            note.text = f"[Picture not available: {alt}]" if alt else "[Picture not available]"
            note.tail = element.tail
            if parent is not None:
                index = list(parent).index(element)
                parent.remove(element)
                parent.insert(index, note)

    class LinkExtension(markdown.Extension):
        def __init__(self, store: ContentStore) -> None:
            super().__init__()
            self.store = store
            self.page_id = ""  # the page being rendered

        def extendMarkdown(self, md: markdown.Markdown) -> None:
            md.treeprocessors.register(LinkRewriter(md, self.store, self), "kiosk_links", 5)

    return LinkExtension


def _LinkExtension(store: ContentStore):
    return _build_link_extension()(store)


ICON_SCHEME = "icon:"  # ![A phone](icon:phone): the kiosk's own icon set (resources/icons), for Easy Read pages
ICON_WIDTH = "72"
_ICON_NAME = re.compile(r"^[a-z0-9-]{1,40}$")


def find_image(directory: Path, src: str) -> Path | None:
    """The image file a page refers to, only inside the content folder, or one of the kiosk's own icons."""
    if src.startswith(ICON_SCHEME):
        from kiosk import resources

        name = src[len(ICON_SCHEME):]
        path = resources.icon(name) if _ICON_NAME.match(name) else None
        return path if path is not None and path.is_file() else None
    if "://" in src or not src:
        return None
    candidates = [directory / "images" / src, directory / src]
    for candidate in candidates:
        try:
            resolved = candidate.resolve()
            resolved.relative_to(directory.resolve())
        except (OSError, ValueError):
            continue
        if resolved.is_file():
            return resolved
    return None
