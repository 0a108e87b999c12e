"""Assembles and runs the kiosk app: the one place that knows every part and the order they start in."""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from kiosk.content.cache import ContentCache
from kiosk.content.model import ContentStore
from kiosk.content.sources import check_bodies, content_dirs, load_library
from kiosk.settings import Settings, StartMode, last_good_file, load_settings, log_problems, save_last_good

log = logging.getLogger(__name__)

NO_DISPLAY_MESSAGE = (
    "There is no screen to show the kiosk on: no X11 or Wayland display was found (DISPLAY and WAYLAND_DISPLAY are "
    "not set). Start it from a desktop session, or under a virtual screen with `xvfb-run kiosk --windowed`. To "
    "render every screen to PNG files without a display, run `QT_QPA_PLATFORM=offscreen kiosk snapshot --out DIR`."
)


PICKUP_CHECK_MINUTES = 10


@dataclass(frozen=True, slots=True)
class StartOptions:
    config: Path | None = None
    content_dir: Path | None = None
    mode: StartMode | None = None  # None: as the settings say


def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM", "").split(":")[0] in {"offscreen", "minimal", "vnc", "eglfs", "linuxfb"}:
        return True
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def resolve_content_dirs(options: StartOptions, settings: Settings) -> list[Path]:
    """--content-dir, else the settings' content_dir, else every installed content pack (a library of guides, in
    the order they were installed), else the built-in guide."""
    return content_dirs(settings, options.content_dir)


def resolve_content_dir(options: StartOptions, settings: Settings) -> Path:
    """The first guide's content folder (the only one, unless several packs are installed)."""
    return resolve_content_dirs(options, settings)[0]


def run(options: StartOptions) -> int:
    """Start the kiosk and run until it is closed. The steps, in order:

    1. Start the log file first, so that nothing after it, however broken, fails unrecorded (it rotates from the
       first paint on: the rotating handler's module would add about 5 ms before it).
    2. Read the settings (``--config`` or the per-user file); a bad value is reported and its default used. A file
       that does not parse at all is replaced by the last good copy of it, loudly logged.
    3. Check there is a screen to show on; if not, say so in one clear sentence instead of letting Qt abort.
    4. Create the QApplication (Python's cycle collector then runs on its thread only, never on the search
       worker's), register the bundled font and apply the normal-print theme.
    5. Make sure this is the only kiosk running for this user; if not, bring the other one to the front and stop.
    6. Load the content's metadata (each page's text is worked out when first wanted, and Markdown rendered only
       when a page opens): one guide, or every installed guide as a library whose Home shows the guides as big
       buttons. With nothing changed since the last start, each guide comes from the content cache
       (``kiosk.content.cache``) instead of being read and checked page by page; a guide read afresh has its
       pages' text checked after the first paint, away from the screen, and is then written to the cache.
    7. Build what the first frame shows and what must work from it: the top bar, Home, the controller, the idle
       reset, the kiosk lock (full screen, blocked keys) and the keyboard shortcuts; show it full screen (kiosk)
       or as a window. Nothing slow is imported before the first paint (search, Markdown, SQLite, pack files;
       ``tests/ui/test_startup.py`` holds the list).
    8. After the first paint: import the later parts' modules (and Markdown's) on a worker thread, then build the
       rest (the page reader, search screen, on-screen keyboard, panels, error screen, PIN pad, read aloud) one
       part per event-loop turn, each a few milliseconds, so a tap never waits long; anything tapped sooner
       (Urgent help, a topic, Search) is built there and then. Once that is done, open the search index in a
       background thread (a large guide with no index yet, as at a library's first start, is indexed in a process
       of its own: ``kiosk.search.build_process``; search says it is getting ready meanwhile), make the Markdown
       converter, and check the text of a guide read afresh and write the content cache: none of it competes
       with the build for the PC's cores. Look for the PC's voice, start following content packs, and save the
       settings file as the last good copy (it has just started a kiosk).
    9. Also after the first paint: write the kiosk's state file for ``kiosk status`` (again at each idle reset),
       start the heartbeat (``[fleet] heartbeat_dir``) and the clinic-hours schedule (``[schedule]``: the screen
       off outside hours, a clean exit with code 75 at ``restart_at``). ``run()`` stops all of them as it ends.
    """
    from kiosk.logs import setup_logging, start_logging

    start_logging()  # the same file, not yet rotating: the rotating handler's module loads after the first paint
    from kiosk.fleet.state import ErrorCounter

    started, errors = time.time(), ErrorCounter()  # for `kiosk status`: uptime and errors logged since start
    logging.getLogger().addHandler(errors)
    config = options.config if options.config is not None else _default_config()
    loaded = load_settings(config, last_good=last_good_file(config))
    settings = loaded.settings
    log_problems(loaded, log)  # the console handler shows them too

    if not has_display():
        logging.getLogger().removeHandler(errors)
        print(NO_DISPLAY_MESSAGE, file=sys.stderr)
        return 2

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from kiosk.ui.services.single_instance import SingleInstance
    from kiosk.ui.session import build_session

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Clinic Kiosk")
    from kiosk.ui.services import garbage

    garbage.install(app)
    instance = SingleInstance()
    if not instance.acquire():
        instance.ask_first_to_show()
        log.info("another kiosk is running for this user (it holds %s); asked it to come to the front",
                 instance.lock_file)
        print("Clinic Kiosk is already running; it has been brought to the front.", file=sys.stderr)
        logging.getLogger().removeHandler(errors)
        return 0
    mode = options.mode or settings.mode
    content_dirs = resolve_content_dirs(options, settings)
    from kiosk.paths import user_cache_dir

    content_cache = ContentCache(user_cache_dir() / "content")
    store, prebuilt = load_library(content_dirs, content_cache, language=settings.default_language,
                                   allow_unchecked=settings.allow_unchecked, lazy=True)
    if store.errors:
        print(f"{len(store.errors)} content problem(s) in {', '.join(map(str, content_dirs))}; run `kiosk check` "
              "to see them.", file=sys.stderr)
    # The content lives as long as the kiosk: out of the cycle collector's passes (a 5,000-page library made each
    # pass a freeze of half a second or more).
    garbage.keep_for_good()
    from kiosk.usage.commands import default_database
    from kiosk.usage.counter import UsageCounter  # by its module: a name PyInstaller can follow

    usage = UsageCounter(default_database(), enabled=settings.usage_enabled,
                         retention_months=settings.usage_retention_months)
    from kiosk.ui.services.translation import use_language

    use_language(app, settings.default_language)
    session = build_session(app, store, settings, mode=mode, prebuilt_index=prebuilt, usage=usage, defer=True)
    if os.environ.get("KIOSK_EXIT_AFTER_FIRST_PAINT") == "1":
        # For the start-up benchmark: say when a person would see the home screen, then stop. exit(), not
        # quit(): in kiosk mode the window refuses to close, and Qt 6 lets a refusing window cancel quit().
        session.window.first_painted.connect(lambda: print(f"first-paint-epoch={time.time():.6f}", flush=True))
        if os.environ.get("KIOSK_PRINT_MODULES_AT_FIRST_PAINT") == "1":
            # For the test that keeps slow modules (search, SQLite, packs, Markdown) off the path to the first paint.
            session.window.first_painted.connect(
                lambda: print(f"first-paint-modules={','.join(sorted(sys.modules))}", flush=True))
    # Each its own event-loop turn after the first paint, as the deferred build's slices are: a tap is not held up.
    session.window.first_painted.connect(lambda: QTimer.singleShot(0, setup_logging))  # rotating, the same file
    if not (loaded.unreadable or loaded.used_last_good):
        session.window.first_painted.connect(
            lambda: QTimer.singleShot(0, lambda: save_last_good(config, last_good_file(config))))
    from kiosk.ui.services.background import BackgroundWork

    # run()'s own, not the QApplication's: its thread ends when run() does, not when the process does.
    cache_writer = BackgroundWork("content-cache")
    # After the deferred build, not at the first paint: checking 5,000 pages' text is a second of CPU, which took
    # the PC's cores and Python's interpreter lock from the build's slices and froze the screen for longer.
    cache_saved: list[bool] = []

    def save_cache() -> None:
        if not cache_saved:
            cache_saved.append(True)
            save_content_cache(content_cache, cache_writer, store)

    session.when_built_later(save_cache)
    running = [session]  # replaced when new content or another language is switched to
    from kiosk.ui.services.language_switch import LanguageSwitch

    def in_language():
        """A session in the language now installed, over that language's guides (English where it has none)."""
        from kiosk.ui.services.translation import current_language

        store, prebuilt = load_library(resolve_content_dirs(options, settings), content_cache,
                                       language=current_language(app), allow_unchecked=settings.allow_unchecked,
                                       lazy=True)
        save_content_cache(content_cache, cache_writer, store)
        return build_session(app, store, settings, mode=running[0].mode, prebuilt_index=prebuilt, usage=usage,
                             defer=True)

    languages = LanguageSwitch(app, running, in_language, settings.default_language, parent=app)
    instance.show_requested.connect(lambda: running[0].bring_to_front())
    from kiosk.logs import install_excepthook

    # An unexpected error is logged (without what anyone typed) and the patient sees a calm screen, then the start.
    install_excepthook(lambda: running[0].error_screen.show_error())
    # Nobody can reach an idle reset before the first paint: following content packs can wait until then.
    followers: list[ContentFollower] = []
    fleet: list = []

    def after_first_paint() -> None:
        follower = _follow_content_packs(app, running, options, settings, usage, content_cache, cache_writer,
                                         languages)
        followers.append(follower)
        fleet.extend(_fleet_parts(app, running, settings, options.config, started, errors))
        follower.reset_hooks.append(fleet[0].idle_reset)
        for part in fleet:
            part.start()

    session.window.first_painted.connect(lambda: QTimer.singleShot(0, after_first_paint))
    if os.environ.get("KIOSK_EXIT_AFTER_FIRST_PAINT") == "1":
        # Queued last, so what the first paint sets going (the rotating log, the last good settings) is done first.
        session.window.first_painted.connect(lambda: QTimer.singleShot(0, lambda: app.exit(0)))
    session.show()
    del session  # from here on only running[0] holds it, so a content switch frees it
    try:
        return app.exec()
    finally:
        for follower in followers:
            follower.stop()
        for part in fleet:
            part.stop()
        logging.getLogger().removeHandler(errors)
        running[0].shutdown()
        save_cache()  # closed before the deferred build was done: the next start has the cache all the same
        cache_writer.wait(5.0)  # a write under way is finished, so the next start has it
        instance.release()
        garbage.let_go()


def _fleet_parts(app, running: list, settings: Settings, config: Path | None, started: float, errors) -> tuple:
    """The state file and heartbeat (``kiosk status``, ``[fleet]``) and the schedule (``[schedule]``): run()'s own
    objects, not the QApplication's children, so nothing of them outlives run()."""
    from kiosk.fleet.schedule import RESTART_EXIT_CODE
    from kiosk.fleet.state import KioskState
    from kiosk.packs.install import settings_path
    from kiosk.ui.services.fleet import FleetReporting, ScheduleKeeper

    heartbeat = settings_path(settings, settings.heartbeat_dir) if settings.heartbeat_dir else None
    reporting = FleetReporting(settings, config, lambda: running[0], heartbeat_dir=heartbeat,
                               state=KioskState(started=started, errors=errors))
    schedule = ScheduleKeeper(settings, lambda: running[0])
    # exit(), not quit(): in kiosk mode the window refuses to close, and Qt 6 lets a refusing window cancel quit().
    schedule.restart_due.connect(lambda: app.exit(RESTART_EXIT_CODE))
    return reporting, schedule


def save_content_cache(cache: ContentCache, writer, store: ContentStore | None = None) -> None:
    """On the writer's thread (a ``kiosk.ui.services.background.BackgroundWork``): check the text of the pages of
    ``store`` if its load left that for later (``sources.check_bodies``; about a second for 5,000 pages), then write
    what was read afresh to the content cache (0.3 s). A start from the cache has neither to do, and starts no
    thread."""
    if cache.pending or (store is not None and not store.bodies_checked):
        def finish() -> None:
            if store is not None:
                check_bodies(store)
            cache.save_pending()

        writer.run(finish)


def _follow_content_packs(app, running: list, options: StartOptions, settings: Settings, usage,
                          content_cache: ContentCache, cache_writer, languages=None) -> ContentFollower:
    """Start following content packs for the kiosk in ``running[0]``; ``stop()`` the answer before ``run()`` ends."""
    return ContentFollower(app, running, options, settings, usage, content_cache, cache_writer, languages)


class ContentFollower:
    """At each idle reset, switch to a pack installed meanwhile (or found newer in the pickup folder): a new
    session over the new content replaces the old one while the screen shows nothing of anyone's visit.

    It owns what it starts (the pickup check, its timer, its connection to the session's resets) and ends it all:
    a replaced session is shut down, disconnected and closed so nothing refers to it and Qt deletes its window, and
    ``stop()`` ends the timer so it can never fire into a kiosk that has gone (a second ``run()`` in one process,
    as the tests do)."""

    def __init__(self, app, running: list, options: StartOptions, settings: Settings, usage,
                 content_cache: ContentCache, cache_writer, languages=None) -> None:
        from PySide6.QtCore import QTimer

        from kiosk.packs.commands import pack_store
        from kiosk.ui.services.content_updates import ContentUpdates

        self.app, self.running, self.options, self.settings = app, running, options, settings
        self.usage, self.content_cache, self.cache_writer = usage, content_cache, cache_writer
        self.updates = ContentUpdates(pack_store(settings), settings,
                                      follow_packs=options.content_dir is None and not settings.content_dir)
        self.updates.switch_needed.connect(self._switch_soon)
        self.reset_hooks: list = []  # called at each reset of whichever session runs (the fleet state file)
        self._watching = None  # the connection to the running session's resets
        self.languages = languages
        if languages is not None:  # a language switch replaces the session too: follow the new one
            languages.switched.connect(self._follow)
        self._watch(running[0])
        # A kiosk nobody touches never resets, so it also looks while it stands at the start (every few minutes).
        # Its own object, not the QApplication's child: stop() deletes it with the follower's other parts.
        self.idle_check = QTimer()
        self.idle_check.setInterval(PICKUP_CHECK_MINUTES * 60_000)
        self.idle_check.timeout.connect(self._check_while_idle)
        self.idle_check.start()
        self.stopped = False

    @property
    def session(self):
        return self.running[0]

    def _is_at_start(self) -> bool:
        session = self.session
        return not session.shut_down and session.controller.is_at_start()

    def _at_reset(self) -> None:
        for hook in self.reset_hooks:
            hook()
        self.updates.at_reset(self._is_at_start)

    def _check_while_idle(self) -> None:
        if not self.stopped and self._is_at_start():
            self._at_reset()

    def _watch(self, session) -> None:
        # A bound method of the follower, never a closure over the session: a connection from the session's own
        # controller to something holding the session is a cycle Python's collector cannot see (it is in Qt), and
        # kept every replaced kiosk alive (+267 widgets, +15 MB a switch, review N12).
        self._watching = (session.controller, session.controller.reset_done.connect(self._at_reset))

    def _unwatch(self) -> None:
        if self._watching is not None:
            controller, connection = self._watching
            self._watching = None
            with contextlib.suppress(RuntimeError, TypeError):
                controller.reset_done.disconnect(connection)

    def _follow(self, session) -> None:
        self._unwatch()
        self._watch(session)

    def _switch_soon(self) -> None:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, self.updates, self.switch)

    def switch(self) -> None:
        from kiosk.ui.session import build_session

        if self.stopped:
            return
        old = self.session
        content_dirs = resolve_content_dirs(self.options, self.settings)
        from kiosk.ui.services.translation import current_language

        store, prebuilt = load_library(content_dirs, self.content_cache, language=current_language(self.app),
                                       allow_unchecked=self.settings.allow_unchecked)
        save_content_cache(self.content_cache, self.cache_writer)
        if store.errors or not len(store):
            log.error("content packs: the new content in %s does not load (%d errors); keeping %s",
                      ", ".join(map(str, content_dirs)), len(store.errors), old.store.directory)
            return
        log.info("content packs: switching to %s", ", ".join(map(str, content_dirs)))
        new = build_session(self.app, store, self.settings, mode=old.mode, prebuilt_index=prebuilt, usage=self.usage,
                            defer=True)
        self._unwatch()
        self.running[0] = new
        self._watch(new)
        if self.languages is not None:  # the language switch follows the new session too
            self.languages.watch(new)
        new.show()
        old.retire()

    def stop(self) -> None:
        """End the timer and the connection; the pickup check under way finishes on its own and is ignored."""
        if self.stopped:
            return
        self.stopped = True
        self.idle_check.stop()
        self.idle_check.deleteLater()
        self._unwatch()
        self.updates.switch_needed.disconnect(self._switch_soon)
        self.updates.deleteLater()
        if self.languages is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                self.languages.switched.disconnect(self._follow)


def _default_config() -> Path:
    from kiosk.paths import default_config_file

    return default_config_file()
