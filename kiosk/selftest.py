"""``kiosk --self-test``: proves an installation works (content, fonts, icons, index, search, every screen).

CI runs it on the built bundle, so a bundle missing a file, a Qt plugin or the index never ships. Exit code 0
only when every check passed.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from kiosk.settings import Settings

# Searches a patient might type, and the page each must find first.
SEARCHES = (("chemo", "chemotherapy"), ("bone scan", "bone-scan"), ("tumor markers", "blood-tests"))


def check_settings(config: Path | None) -> str:
    """The self-test's settings line; raises naming the file and key of anything the kiosk would not use.

    The app starts with a default (or the last good copy) for anything it cannot use, so a patient never sees an
    error; this check is where IT hears about it: an unreadable, empty or misspelt file, a value replaced by its
    default, a staff PIN hash no PIN could ever match.
    """
    from kiosk.settings import load_settings, pin_hash_is_outdated

    if config is None:
        return "no settings file: the defaults are used"
    loaded = load_settings(config)  # never the last good copy: the file itself must be right
    if loaded.problems:
        named = "; ".join(loaded.problems)
        raise RuntimeError(named if str(config) in named else f"{config}: {named}")
    if not config.exists():
        return (f"no settings file at {config}: the defaults are used (no clinic numbers, no staff PIN)"
                + _set_by(config))
    notes = []
    if not loaded.settings.staff_pin_hash:
        notes.append("no staff PIN is set (kiosk set-pin)")
    elif pin_hash_is_outdated(loaded.settings.staff_pin_hash):
        notes.append("the staff PIN uses an older hash: set it again with kiosk set-pin")
    return f"{config} is valid" + (f" ({'; '.join(notes)})" if notes else "") + _set_by(config)


def run_self_test(*, content_dir: Path, config: Path | None, out: TextIO) -> int:
    from kiosk.ui.snapshot import ensure_offscreen

    ensure_offscreen()
    failures = 0
    context: dict[str, object] = {}

    def check(name: str, step: Callable[[], str]) -> None:
        nonlocal failures
        started = time.perf_counter()
        try:
            detail = step()
            ok = True
        except Exception as error:  # the report must name every failure, not stop at the first
            detail, ok = f"{type(error).__name__}: {error}", False
        failures += not ok
        took = (time.perf_counter() - started) * 1000
        print(f"{'ok  ' if ok else 'FAIL'}  {name:<10} {detail}  ({took:.0f} ms)", file=out)

    def content() -> str:
        from kiosk.content.sources import load_store

        store = load_store(content_dir)
        context["store"] = store
        if len(store) == 0:
            raise RuntimeError(f"no pages in {content_dir}")
        if store.errors:
            raise RuntimeError(f"{len(store.errors)} content errors, first: {store.errors[0]}")
        return f"{len(store)} pages from {content_dir}"

    def qt() -> str:
        from PySide6.QtWidgets import QApplication

        from kiosk.settings import load_settings
        from kiosk.ui.session import build_session
        from kiosk.ui.theme import FALLBACK_FAMILY, load_fonts

        app = QApplication.instance() or QApplication(["kiosk-self-test"])
        family = load_fonts()
        if family == FALLBACK_FAMILY:
            raise RuntimeError("the bundled font did not load")
        from kiosk.content.sources import prebuilt_index_for

        session = build_session(app, context["store"], load_settings(config).settings,
                                prebuilt_index=prebuilt_index_for(content_dir))
        context["session"] = session
        return f"Qt {app.platformName()} platform, font {family}"

    def icons() -> str:
        from kiosk.ui.widgets import icons as icon_module

        store = context["store"]
        names = {p.icon for p in store if p.icon} | {"home", "back", "search", "large-print", "warning"}
        missing = sorted(n for n in names if icon_module.pixmap(n, 32).isNull())
        if missing:
            raise RuntimeError(f"icons that do not render: {', '.join(missing)}")
        return f"{len(names)} icons render"

    def index() -> str:
        from kiosk import resources

        session = context["session"]
        if not session.search.wait(timeout=120):
            raise RuntimeError(session.search.error or "the search index did not open")
        from kiosk.content.sources import prebuilt_index_for
        from kiosk.search.engine import SearchIndex

        bundled = prebuilt_index_for(content_dir)
        shipped = bundled is not None
        if bundled is not None and (resources.is_frozen() or bundled.is_dir()):
            # The kiosk would quietly rebuild a damaged bundled index on every start; here it is a failure.
            from kiosk.search.backend import StaleIndex

            try:
                SearchIndex.verify(session.store, bundled)
            except StaleIndex:
                if resources.is_frozen():
                    raise
                # From source, build/index is whatever `kiosk index` last built; the content may have moved on.
            except Exception as error:
                raise RuntimeError(f"the bundled search index in {bundled} cannot be used: "
                                   f"{type(error).__name__}: {error}") from None
        if resources.is_frozen() and shipped and session.search.location != "prebuilt":
            # The bundle must carry an index that matches its content; rebuilding it on every kiosk is a defect.
            raise RuntimeError(f"the bundled index is missing or stale (opened from {session.search.location})")
        return f"opened from {session.search.location}"

    def searches() -> str:
        session = context["session"]
        found = []
        for query, expected in SEARCHES:
            if expected not in session.store:
                continue
            results = session.search.search(query)
            top = [h.id for h in results.hits[:3]] if results else []
            if expected not in top:
                raise RuntimeError(f"'{query}' found {top}, expected {expected}")
            found.append(query)
        from kiosk.search.words import english_words

        if not english_words():
            # Without it, "Did you mean" would turn real words into others ("diet" into "die").
            raise RuntimeError("the English word list (resources/words) is missing or unreadable")
        return f"{len(found)} searches found their pages; {len(english_words())} English words"

    def staff_pin() -> str:
        from kiosk.settings import hash_pin, verify_pin

        stored = hash_pin("246813")  # the real cost: staff must not wait long at the PIN pad
        started = time.perf_counter()
        if not verify_pin("246813", stored) or verify_pin("135799", stored):
            raise RuntimeError("the staff PIN check gives wrong answers")
        return f"staff PIN check works ({(time.perf_counter() - started) * 1000:.0f} ms a try)"

    def printing() -> str:
        from PySide6.QtCore import QBuffer, QIODevice
        from PySide6.QtGui import QPdfWriter

        from kiosk.ui.services.printing import print_html

        session = context["session"]
        session.controller.open_page(next(iter(session.store)).id)
        document = session.controller.printable_page()
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        print_html(document or "", writer, session.themes.theme.family)
        del writer
        size = buffer.data().size()
        if size < 2000:
            raise RuntimeError(f"printing a page made only {size} bytes")
        return f"a page prints to {size // 1024} KB of PDF"

    def screens() -> str:
        from kiosk.ui.snapshot import render_all

        session = context["session"]
        # The smallest screen in every theme: where a screen is likeliest not to fit.
        rendered = render_all(session, None, sizes=((1024, 768),))
        session.window.close()
        return f"{len(rendered)} screens rendered"

    def read_aloud() -> str:
        # Not a failure when there is no voice: the Listen button is hidden, and this line tells IT why.
        from kiosk.ui.services.speech import find_engine

        found = find_engine()
        return found.description if found.engine is not None else \
            f"NOT available, no Listen button: {found.description}"

    def languages() -> str:
        # Every language the clinic offers: its compiled translation and its script's font load (the bundle
        # carries them; from source, `make translations` builds them).
        from kiosk.settings import load_settings
        from kiosk.translations import compiled_dir
        from kiosk.ui.services.translation import load_script_font, load_translator

        offered = load_settings(config).settings.languages_offered if config else Settings().languages_offered
        missing = [code for code in offered if code != "en" and load_translator(code) is None]
        if missing:
            raise RuntimeError(f"no compiled translation for {', '.join(missing)} in {compiled_dir()}")
        no_font = [code for code in offered if not load_script_font(code)]
        if no_font:
            raise RuntimeError(f"no bundled font for {', '.join(no_font)}")
        return f"{', '.join(offered)}: translations and fonts load"

    def packs() -> str:
        # Proves the bundle carries libsodium (Ed25519) and SQLite, which content packs and usage counts need.
        import sqlite3

        from nacl.signing import SigningKey

        key = SigningKey.generate()
        key.verify_key.verify(key.sign(b"clinic kiosk"))
        with sqlite3.connect(":memory:") as db:
            db.execute("PRAGMA journal_mode=WAL")
        from kiosk.content.sources import installed_packs
        from kiosk.settings import load_settings

        installed = installed_packs(load_settings(config).settings if config else Settings())
        names = ", ".join(pack.manifest.name for pack in installed)
        where = f"installed {'pack' if len(installed) == 1 else 'packs'} {names}" if installed \
            else "no content pack installed"
        return f"Ed25519 and SQLite {sqlite3.sqlite_version} work; {where}"

    check("settings", lambda: check_settings(config))
    check("content", content)
    check("packs", packs)
    if "store" in context:
        check("qt", qt)
        check("icons", icons)
        check("languages", languages)
    if "session" in context:
        check("index", index)
        check("search", searches)
        check("print", printing)
        check("read aloud", read_aloud)
        check("staff PIN", staff_pin)
        check("screens", screens)
    from kiosk import __version__

    print(f"Clinic Kiosk {__version__} self-test: {'passed' if failures == 0 else f'{failures} check(s) failed'}",
          file=out)
    return 0 if failures == 0 else 1


def _set_by(config: Path) -> str:
    """Which file set each value that is not a default: the per-user (or --config) file, or the machine-wide one."""
    from kiosk.machine_settings import DEFAULTS, origins

    by_file: dict[str, list[str]] = {}
    for name, source in origins(config).items():
        if source != DEFAULTS:
            by_file.setdefault(source, []).append(name)
    if not by_file:
        return ""
    return "; values set by " + "; ".join(f"{source}: {', '.join(names)}" for source, names in by_file.items())
