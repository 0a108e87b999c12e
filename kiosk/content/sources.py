"""Where a kiosk's guides come from: the shipped guide, installed packs, their prebuilt indexes, read or cached.

Plain Python (no Qt), shared by the app, the snapshot, the self-test and the CLI.
"""

from __future__ import annotations

import logging
from pathlib import Path

from kiosk import resources
from kiosk.content.cache import ContentCache
from kiosk.content.model import ContentStore
from kiosk.settings import Settings

log = logging.getLogger("kiosk.app")  # the name IT staff already find these lines under in the log


def installed_packs(settings: Settings) -> list:  # -> list[kiosk.packs.InstalledPack]
    from kiosk.packs.install import pack_store  # not .commands: signing and zip files are not needed to list them

    return pack_store(settings).installed()


def content_dirs(settings: Settings, content_dir: Path | None = None) -> list[Path]:
    """The guides' folders a kiosk shows: ``content_dir`` (``--content-dir``), else the settings' content_dir,
    else every installed content pack (a library of guides, in the order they were installed), else the built-in
    guide."""
    if content_dir is not None:
        return [content_dir]
    if settings.content_dir:
        folder = Path(settings.content_dir).expanduser()
        # A relative folder is relative to the settings file, not to wherever the kiosk happened to start.
        if not folder.is_absolute() and settings.source:
            folder = Path(settings.source).parent / folder
        return [folder]
    installed = installed_packs(settings)
    if installed:
        return [pack.content_dir for pack in installed]
    return [resources.content_dir()]


def load_library(content_dirs: list[Path], cache: ContentCache | None = None, *, language: str = "en",
                 allow_unchecked: bool = False, lazy: bool = False) -> tuple[ContentStore, Path | None]:
    """The store the kiosk shows and its prebuilt index: one guide as it is, several as a library (whose joint
    index is built and cached in the background, as for any content without a prebuilt one). With ``cache``, each
    guide comes from the content cache when nothing it was loaded from has changed. Only the guides for
    ``language`` are shown (``guides_for_language``). ``lazy``: a guide read afresh has its pages' text checked
    later, by ``check_bodies`` (see ``loader.load_content``)."""
    stores = guides_for_language([load_store(folder, cache, lazy=lazy) for folder in content_dirs], language,
                                 allow_unchecked=allow_unchecked)
    if not stores:  # every guide was an unchecked translation: never shown, so the built-in guide is
        stores = [load_store(resources.content_dir(), cache, lazy=lazy)]
    usable = [store for store in stores if len(store)] or stores[:1]
    if len(usable) == 1:
        return usable[0], prebuilt_index_for(usable[0].directory)
    from kiosk.content.library import combine

    return combine(usable), None


def guides_for_language(stores: list[ContentStore], language: str, *,
                        allow_unchecked: bool = False) -> list[ContentStore]:
    """The guides a kiosk in ``language`` shows: those written in it, then the English guides nobody has
    translated into it (better English than nothing). A translation not yet checked by a qualified translator is
    left out unless the clinic allows it, and then comes after every other guide, so the library's shared Urgent
    help is a checked one (in ``language`` where one exists, else English)."""
    shown = []
    for store in stores:
        if store.guide.unchecked_translation and not allow_unchecked:
            log.warning("content: %s is a translation not yet checked by a qualified translator; it is not shown "
                        "([languages] allow_unchecked = false)", store.directory)
            continue
        shown.append(store)
    own = [s for s in shown if s.guide.language == language]
    translated = {s.guide.translation_of for s in own if s.guide.translation_of}
    english = [s for s in shown if s.guide.language == "en" and s.guide.id not in translated] \
        if language != "en" else []
    checked_first = [s for s in own if not s.guide.unchecked_translation]
    return checked_first + english + [s for s in own if s.guide.unchecked_translation]


def prebuilt_index_for(content_dir: Path) -> Path | None:
    """The index built ahead of time: the shipped one for the shipped content, a pack's own for an installed pack;
    other content gets a cached one."""
    try:
        shipped = content_dir.resolve() == resources.content_dir().resolve()
    except OSError:
        shipped = False
    if shipped:
        return resources.prebuilt_index_dir()
    if content_dir.name == "content" and (content_dir.parent / "index").is_dir() \
            and (content_dir.parent / "manifest.json").is_file():
        return content_dir.parent / "index"  # an installed pack, indexed when it was installed
    return None


def load_store(content_dir: Path, cache: ContentCache | None = None, *, lazy: bool = False) -> ContentStore:
    """One guide's pages, read and checked (or, with ``cache``, as last read when nothing has changed since);
    ``lazy``: the pages' text checked later, by ``check_bodies``."""
    if cache is not None:
        store = cache.load(content_dir, icon_dirs=[resources.icon_dir()], lazy=lazy)
    else:
        from kiosk.content.loader import load_content

        store = load_content(content_dir, icon_dirs=[resources.icon_dir()], lazy=lazy)
    for problem in store.problems:
        log.warning("content: %s", problem)
    if len(store) == 0:
        log.error("content: no pages could be loaded from %s; the kiosk shows an empty guide", content_dir)
    return store


def check_bodies(store: ContentStore) -> None:
    """Run the checks of the pages' text a lazy load left for later (``ContentStore.check_bodies``) and log what
    they find, as ``load_store`` logs what loading found. Slow for a large library: the app runs it off the GUI
    thread, after the first paint."""
    if store.bodies_checked:
        return
    found = store.check_bodies()
    for problem in found:
        log.warning("content: %s", problem)
    if found:
        log.warning("content: %d problem(s) in the pages' text of %s; run `kiosk check` to see them", len(found),
                    store.directory)
