"""``kiosk snapshot``: renders every screen, in every text size and theme, at kiosk and laptop sizes, to PNG files."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TextIO

SIZES = ((1920, 1080), (1280, 800), (1024, 768), (1366, 768), (1080, 1920))
# (large print, high contrast): every combination a patient can choose from the top bar.
THEMES = ((False, False), (True, False), (False, True), (True, True))
SEARCH_EXAMPLE = "bone pain"


@dataclass(frozen=True, slots=True)
class Shot:
    name: str
    prepare: Callable[[], None]


def ensure_offscreen() -> None:
    """Use Qt's offscreen platform unless a QApplication already exists (tests set their own)."""
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    def quiet(mode, context, message: str) -> None:
        # The offscreen platform says this for every resize; it is noise, not a problem with the kiosk.
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(quiet)


def settle() -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        QApplication.processEvents()


def shots(session) -> Iterator[Shot]:
    """Every screen worth looking at, each with the steps that bring it up from the start."""
    controller = session.controller
    store = session.store

    def start() -> None:
        controller.reset(keep_text_size=True)

    def page(page_id: str) -> Callable[[], None]:
        return lambda: (start(), controller.open_page(page_id))

    yield Shot("home", start)
    for topic in store.topics() + store.shortcuts():
        yield Shot(f"page-{topic.id}", page(topic.id))
    sub_page = next((c for t in store.topics() for c in store.children(t.id)), None)
    if sub_page is not None:
        yield Shot(f"subpage-{sub_page.id}", page(sub_page.id))

    def search() -> None:
        start()
        controller.open_search()
        session.window.search.set_query(SEARCH_EXAMPLE)
        controller.finish_search()  # searches run on a worker thread: show its results in the picture

    yield Shot("search", search)
    for name, show in session.extra_shots():
        yield Shot(name, lambda show=show: (start(), show()))


LIBRARY_SEARCH_EXAMPLE = "parking"
SECOND_GUIDE = "clinic-visit"


def library_shots(session) -> Iterator[Shot]:
    """A kiosk with two guides: Home with a big button per guide, each guide's own menu, and one search over both."""
    controller = session.controller
    store = session.store

    def start() -> None:
        controller.reset(keep_text_size=True)

    yield Shot("library-home", start)
    for guide in store.topics():
        yield Shot(f"library-guide-{guide.id}", lambda pid=guide.id: (start(), controller.open_page(pid)))

    def search() -> None:
        start()
        controller.open_search()
        session.window.search.set_query(LIBRARY_SEARCH_EXAMPLE)
        controller.finish_search()

    yield Shot("library-search", search)


def parse_size(text: str) -> tuple[int, int]:
    """``1024x768`` as (1024, 768); a ValueError with a plain message for anything else."""
    width, sep, height = text.lower().partition("x")
    if not sep or not width.strip().isdigit() or not height.strip().isdigit():
        raise ValueError(f"{text!r} is not a screen size; write it as WIDTHxHEIGHT, for example 1024x768")
    size = int(width), int(height)
    if not (320 <= size[0] <= 7680 and 320 <= size[1] <= 4320):
        raise ValueError(f"{text!r} is not a screen size between 320x320 and 7680x4320")
    return size


def shot_name(width: int, height: int, large: bool, high_contrast: bool, shot: str) -> str:
    return f"{width}x{height}-{'large' if large else 'normal'}{'-contrast' if high_contrast else ''}-{shot}.png"


def render_all(session, out_dir: Path | None, sizes=SIZES, themes=THEMES,
               screens: Callable[..., Iterator[Shot]] = shots) -> list[Path]:
    """Render every shot at every size in every theme; returns the files written (with no ``out_dir``, the
    images are only checked in memory, for the self-test on a read-only disk). Each image is exactly the size
    of the screen it claims to show: a window that grew past it is an error, not a wider picture."""
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
    window = session.window
    window.show()
    session.search.wait(timeout=60)
    written: list[Path] = []
    for width, height in sizes:
        window.resize(width, height)
        for large, high_contrast in themes:
            session.themes.set_large(large)
            session.themes.set_high_contrast(high_contrast)
            for shot in screens(session):
                shot.prepare()
                settle()
                name = shot_name(width, height, large, high_contrast, shot.name)
                image = window.grab()
                if image.isNull():
                    raise RuntimeError(f"screen {name} did not render")
                if (image.width(), image.height()) != (width, height):
                    raise RuntimeError(f"screen {name} came out {image.width()}x{image.height()}: "
                                       "something on it is too big for that screen")
                path = (out_dir or Path()) / name
                if out_dir is not None and not image.save(str(path)):
                    raise OSError(f"could not write {path}")
                written.append(path)
    session.controller.reset()
    return written


def snapshot_command(out_dir: Path, *, content_dir: Path, config: Path | None, out: TextIO,
                     sizes: list[tuple[int, int]] | None = None, lang: str | None = None) -> int:
    ensure_offscreen()
    from PySide6.QtWidgets import QApplication

    from kiosk.content.sources import load_store, prebuilt_index_for
    from kiosk.settings import StartMode, load_settings
    from kiosk.ui.services.speech import find_engine  # this PC's voice, looked for now so every page shows Listen
    from kiosk.ui.session import build_session

    loaded = load_settings(config)
    for problem in loaded.problems:
        print(f"Settings: {problem}", file=sys.stderr)
    app = QApplication.instance() or QApplication(["kiosk-snapshot"])
    settings = loaded.settings
    try:
        settings = with_language(app, settings, lang)
    except (ValueError, RuntimeError) as error:
        print(f"Cannot render in that language: {error}", file=sys.stderr)
        return 2
    loaded = replace(loaded, settings=settings)
    store = load_store(content_dir)
    import tempfile

    from kiosk.usage.commands import default_database
    from kiosk.usage.counter import UsageCounter  # by its module: a name PyInstaller can follow

    # The screens as patients see them ("Was this page helpful?" included), but the snapshot's own clicks are
    # counted in a throwaway file; the staff panel shows this PC's real counts.
    scratch = tempfile.TemporaryDirectory(prefix="kiosk-snapshot-")
    usage = UsageCounter(Path(scratch.name) / "usage.sqlite3", enabled=loaded.settings.usage_enabled)
    session = build_session(app, store, loaded.settings, mode=StartMode.WINDOWED,
                            prebuilt_index=prebuilt_index_for(content_dir), usage=usage,
                            usage_database=default_database(),
                            speech=lambda parent=None: find_engine(parent, need_sound=False))
    try:
        written = render_all(session, out_dir, sizes=sizes or SIZES)
    except OSError as error:
        print(f"Could not save the snapshots: {error}", file=sys.stderr)
        return 1
    finally:
        session.window.close()
        session.shutdown()
        scratch.cleanup()
    try:
        written += _render_library(app, store, loaded.settings, out_dir, sizes or SIZES, out)
    except OSError as error:
        print(f"Could not save the snapshots: {error}", file=sys.stderr)
        return 1
    print(f"Wrote {len(written)} screenshots to {out_dir}", file=out)
    return 0


def with_language(app, settings, lang: str | None):
    """Settings whose language is ``lang`` (installed now, its translation compiled first when running from
    source) and offered beside the others, so the language button shows it."""
    from kiosk import resources, translations
    from kiosk.languages import language
    from kiosk.ui.services.translation import use_language

    code = language(lang).code if lang else settings.default_language
    if code != "en" and not resources.is_frozen():
        translations.compile_translations()
    if not use_language(app, code):
        raise RuntimeError(f"the translation for '{code}' could not be loaded")
    offered = settings.languages_offered if code in settings.languages_offered else (*settings.languages_offered,
                                                                                     code)
    return replace(settings, languages_offered=offered, default_language=code)


def _render_library(app, first, settings, out_dir: Path, sizes, out: TextIO) -> list[Path]:
    """The screens of a kiosk with a second guide installed beside the first, as a clinic's library would be."""
    from kiosk import resources
    from kiosk.content.library import combine
    from kiosk.content.sources import load_store
    from kiosk.settings import StartMode
    from kiosk.ui.session import build_session

    second_dir = resources.more_guides_dir() / SECOND_GUIDE
    if not second_dir.is_dir():
        print(f"(No library shots: the second guide is not at {second_dir}; it lives in the repository.)", file=out)
        return []
    second = load_store(second_dir)
    if first.guides or not len(second) or second.directory.resolve() == first.directory.resolve():
        return []
    import tempfile

    # The session's shutdown closes its index, so the folder can go; should anything else hold a file (on Windows an
    # open file cannot be deleted: an antivirus scan), a folder left in %TEMP% must not fail snapshots all written.
    with tempfile.TemporaryDirectory(prefix="kiosk-snapshot-library-", ignore_cleanup_errors=True) as scratch:
        # A joint index built for these shots only, in a throwaway folder, as a library's is built at start-up.
        session = build_session(app, combine([first, second]), settings, mode=StartMode.WINDOWED,
                                cache_dir=Path(scratch), usage=None)
        try:
            return render_all(session, out_dir, sizes=sizes, screens=library_shots)
        finally:
            session.window.close()
            session.shutdown()
