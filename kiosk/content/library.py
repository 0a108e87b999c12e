"""A library of guides on one kiosk: several guides' pages in one store, each page filed under its guide's id.

With one guide nothing changes: its store is used as it is, page ids as written. With several, each guide's pages
are renamed ``GUIDE/PAGE`` (so two guides may both have a ``parking`` page), every link, parent and related page is
renamed to match, and each guide becomes one big button on Home that opens its own topic menu. There is one
Urgent help for the whole library: the first guide (in library order) with an Urgent help page of its own lends
it to every guide; other guides' Urgent help pages are left out and their links lead to the shared one. With no
guide that has one, the kiosk's built-in Urgent help page is shown, as for a single guide without one.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from kiosk.content.loader import BUILTIN_URGENT_ID, is_builtin_page
from kiosk.content.model import Body, ContentStore, Guide, Link, Menu, Page, PageMarkdown, Problem

LIBRARY_TITLE = "Patient information"
LIBRARY_SUBTITLE = "Choose a guide to read."
# What search says when no page of any guide answers ("This guide does not cover that" with one guide).
NOT_COVERED_BY_LIBRARY = "These guides do not cover that. Please ask a nurse or the reception desk."
SHORTCUTS_AFTER = 1000  # a guide's shortcut pages (Questions, Words explained) follow its topics in its menu

# A Markdown link or image target: ](target) or ](target#part) or ](target "title").
_LINK_TARGET = re.compile(r"(\]\()([^)\s#]+)((?:#[^)\s]*)?(?:\s+\"[^\"]*\")?\))")


def guide_key(store: ContentStore) -> str:
    """The id a guide's pages are filed under: its own id, else one made from its title (as packs make it)."""
    if store.guide.id:
        return store.guide.id
    slug = re.sub(r"[^a-z0-9]+", "-", store.guide.title.lower()).strip("-")[:63]
    return slug or "guide"


def combine(stores: Sequence[ContentStore]) -> ContentStore:
    """One store for the kiosk to show: the only guide unchanged, or several as a library (see the module)."""
    if not stores:
        raise ValueError("a library needs at least one guide")
    if len(stores) == 1:
        return stores[0]
    keys = _unique_keys(stores)
    shared_urgent = next((f"{key}/{store.guide.urgent_page}" for key, store in zip(keys, stores, strict=True)
                          if _has_own_urgent_page(store)), f"{keys[0]}/{BUILTIN_URGENT_ID}")
    pages: dict[str, Page] = {}
    written: dict[str, Page] = {}
    problems = []
    for order, (key, store) in enumerate(zip(keys, stores, strict=True), start=1):
        problems.extend(store.problems)
        own_urgent = store.guide.urgent_page
        rename = {pid: f"{key}/{pid}" for pid in store.pages}
        # A link to this guide's Urgent help (its own, or the built-in one it would fall back to) leads to the
        # library's shared page.
        rename[own_urgent] = shared_urgent
        pages[key] = Page(id=key, title=store.guide.title, summary=store.guide.subtitle or store.guide.title,
                          markdown=PageMarkdown.given("Choose a topic."), path=store.directory / "guide.toml",
                          body_line=0, order=order, icon=_guide_icon(store), menu=Menu.TOPIC)
        for page in store:
            new_id = rename[page.id]
            if page.id == own_urgent and new_id != f"{key}/{page.id}":
                continue  # another guide's Urgent help is the shared one
            menu, page_order = page.menu, page.order
            parent = rename.get(page.parent, page.parent) if page.parent else None
            if new_id == shared_urgent:
                parent, menu = None, Menu.SHORTCUT  # on Home, under the guides, as for one guide
            elif parent is None:
                parent = key  # the guide's topics and shortcuts make its own menu
                if menu is Menu.SHORTCUT:
                    menu, page_order = Menu.TOPIC, page.order + SHORTCUTS_AFTER  # under the topics, as on Home
            written[new_id] = page
            pages[new_id] = replace(
                page, id=new_id, parent=parent, menu=menu, order=page_order,
                markdown=page.markdown.renamed(rename),  # worked out when first wanted, as the guide's own
                related=tuple(rename.get(r, r) for r in page.related),
            )
    first = stores[0]
    guide = Guide(title=LIBRARY_TITLE, subtitle=LIBRARY_SUBTITLE, urgent_page=shared_urgent,
                  glossary_page=f"{keys[0]}/{first.guide.glossary_page}")
    fingerprint = hashlib.sha256("\n".join(f"{k}:{s.fingerprint}" for k, s in zip(keys, stores, strict=True))
                                 .encode()).hexdigest()
    unchecked = tuple(store for store in stores if not store.bodies_checked)
    return ContentStore(first.directory, guide, pages, problems, fingerprint=fingerprint,
                        guides=dict(zip(keys, (s.guide for s in stores), strict=True)),
                        guide_directories=dict(zip(keys, (s.directory for s in stores), strict=True)),
                        written=written,
                        body_checks=GuidesChecks(tuple(stores)) if unchecked else None)


@dataclass(frozen=True, slots=True)
class GuidesChecks:
    """A library's checks of its pages' text: each guide's own, as if it were shown alone."""

    stores: tuple[ContentStore, ...]

    def run(self, store: ContentStore) -> list[Problem]:
        for guide in self.stores:
            guide.check_bodies()
        return [problem for guide in self.stores for problem in guide.problems]


def renamed_body(body: Body, rename: Mapping[str, str]) -> Body:
    """A guide's page body as it reads in the library: its links to pages renamed."""
    return replace(body, text=_renamed_links(body.text, rename),
                   own_text=None if body.own_text is None else _renamed_links(body.own_text, rename),
                   links=tuple(_renamed_link(link, rename) for link in body.links))


def _has_own_urgent_page(store: ContentStore) -> bool:
    page = store.get(store.guide.urgent_page)
    return page is not None and not is_builtin_page(page)


def _unique_keys(stores: Sequence[ContentStore]) -> list[str]:
    """Two guides with the same id (two copies of one guide) still get a folder each."""
    keys: list[str] = []
    for store in stores:
        key = guide_key(store)
        number = 2
        while key in keys:
            key = f"{guide_key(store)}-{number}"
            number += 1
        keys.append(key)
    return keys


def _guide_icon(store: ContentStore) -> str:
    topics = store.topics()
    return topics[0].icon if topics else ""


def _renamed_links(markdown_text: str, rename: Mapping[str, str]) -> str:
    def swap(match: re.Match[str]) -> str:
        target = match.group(2)
        return match.group(1) + rename.get(target, target) + match.group(3)

    return _LINK_TARGET.sub(swap, markdown_text)


def _renamed_link(link: Link, rename: Mapping[str, str]) -> Link:
    if link.is_image or link.is_external:
        return link
    target, hash_mark, part = link.target.partition("#")
    return replace(link, target=rename.get(target, target) + hash_mark + part)
