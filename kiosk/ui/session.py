"""Builds one running kiosk (theme, window, search, controller, idle reset, kiosk lock) from content and settings,
for the app, the snapshot command, the self-test and the tests alike.

What a person sees first (the top bar and Home), the kiosk lock, the idle reset and the keyboard shortcuts are
built at once; the rest (the reader, search, keyboard, panels, PIN pad, error screen, read aloud) is built when
first used or, with ``defer=True`` as the app starts, in small event-loop slices after the first paint.
"""

from __future__ import annotations

import importlib
import logging
import sys
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QPixmapCache, QShortcut
from PySide6.QtWidgets import QApplication, QWidget

from kiosk import memory
from kiosk.content.model import ContentStore
from kiosk.content.render import LOCAL_FIELDS, MARKDOWN_MODULES, PageRenderer
from kiosk.content.signoff import SignoffDates
from kiosk.settings import Settings, StartMode
from kiosk.ui.controller import AppController
from kiosk.ui.screens.main_window import LATER_PARTS, MainWindow
from kiosk.ui.services.idle import IdleReset
from kiosk.ui.services.kiosk_mode import KeyboardPolicy, KioskLock, NoContextMenus, shortcut_sequences
from kiosk.ui.services.search_provider import SearchProvider
from kiosk.ui.services.translation import current_language, load_script_font
from kiosk.ui.theme import ThemeManager
from kiosk.ui.widgets.scroll_column import KeyboardScrolling

log = logging.getLogger(__name__)

if TYPE_CHECKING:  # built after the first paint, or when first used (the staff panel: when staff first open it)
    from kiosk.packs import PackStore
    from kiosk.ui.panels.pin_pad import PinPad
    from kiosk.ui.panels.staff_panel import StaffPanel
    from kiosk.ui.screens.error_screen import ErrorScreen
    from kiosk.ui.screens.page_view import PageView
    from kiosk.ui.services.read_aloud import ReadAloud
    from kiosk.ui.services.speech import EngineFound
    from kiosk.ui.services.usage_hooks import UsageHooks
    from kiosk.ui.staff_controller import StaffController
    from kiosk.usage import UsageCounter

# Each slice of the deferred build loads one module or makes one part; the next is queued behind whatever the event
# loop holds (0 ms: no idle wait, just behind a tap), so a tap in between is handled at once. Loading the reader's
# modules and building it in one slice took about 35 ms; apart, no slice takes 20.
SLICE_GAP_MS = 0
LATER_MODULES = ("kiosk.ui.screens.page_view", "kiosk.ui.services.speech", "kiosk.ui.services.read_aloud",
                 "kiosk.content.glossary", "kiosk.ui.screens.search_view", "kiosk.ui.widgets.keyboard")
# Imported on a worker thread after the first paint, before the deferred build's slices start (see
# ``Session.build_later``): on a busy 2-core PC each import was a GUI-thread stall of its own (the reader's modules
# 0.1 s of CPU, Markdown's 50 ms: half a second and more of screen that could not answer at load 10).
BACKGROUND_IMPORTS = (*LATER_MODULES, *MARKDOWN_MODULES)


def import_quietly(modules: tuple[str, ...]) -> None:
    """Import ``modules`` (on a worker thread). One that fails is left for the GUI thread's own import, which then
    fails where it always did, with its traceback in the log."""
    for name in modules:
        try:
            importlib.import_module(name)
        except Exception:
            log.debug("background import of %s failed; left for the GUI thread", name, exc_info=True)


@dataclass
class Session:
    app: QApplication
    store: ContentStore
    settings: Settings
    mode: StartMode
    themes: ThemeManager
    window: MainWindow
    search: SearchProvider
    controller: AppController
    idle: IdleReset
    lock: KioskLock
    keyboard_policy: KeyboardPolicy
    scroll_keys: KeyboardScrolling
    no_menus: NoContextMenus
    shortcuts: list[QShortcut] = field(default_factory=list)
    usage: UsageHooks | None = None
    staff_panel: StaffPanel | None = None
    staff: StaffController | None = None
    make_staff: Callable[[], None] | None = None
    shut_down: bool = False
    # Built when first used or by the deferred build; read them through the properties below.
    _pin_pad: PinPad | None = None
    _error_screen: ErrorScreen | None = None
    _read_aloud: ReadAloud | None = None
    _make_pin_pad: Callable[[], PinPad] | None = None
    _make_error_screen: Callable[[], ErrorScreen] | None = None
    # Called on the GUI thread once the deferred build is done (``build_later``): background work that would
    # otherwise compete with the build for the PC's cores and Python's interpreter lock (opening or building the
    # search index, checking the pages' text and writing the content cache).
    after_build: list[Callable[[], None]] = field(default_factory=list)
    built_later: bool = False

    @property
    def pin_pad(self) -> PinPad:
        if self._pin_pad is None:
            assert self._make_pin_pad is not None
            self._pin_pad = self._make_pin_pad()
        return self._pin_pad

    @property
    def error_screen(self) -> ErrorScreen:
        if self._error_screen is None:
            assert self._make_error_screen is not None
            self._error_screen = self._make_error_screen()
        return self._error_screen

    @property
    def read_aloud(self) -> ReadAloud:
        """Read aloud belongs to the page reader: asking for it builds the reader (and so it) if need be."""
        if self._read_aloud is None:
            self.window.page  # noqa: B018 - building the reader builds read aloud with it
        assert self._read_aloud is not None
        return self._read_aloud

    def build_next_part(self) -> bool:
        """Do the next step of the deferred build: load a module the later parts need, or build the next part not
        built yet (the window's screens and panels, then the error screen and the PIN pad). False when done."""
        for module in LATER_MODULES:
            if module not in sys.modules:
                importlib.import_module(module)
                return True
        if self.window.build_next_part():
            return True
        if self._error_screen is None:
            self.error_screen  # noqa: B018 - built on first access
            return True
        if self._pin_pad is None:
            self.pin_pad  # noqa: B018 - built on first access
            return True
        return False

    @property
    def fully_built(self) -> bool:
        return (all(self.window.built_part(name) is not None for name in LATER_PARTS)
                and self._error_screen is not None and self._pin_pad is not None)

    def build_later(self) -> None:
        """After the first paint: import the later parts' modules on a worker thread, then build what is not built
        yet, one part per event-loop turn, so a tap waits for one part at most (and what it taps is built on demand
        if the slices have not reached it). Then run ``after_build``."""
        from kiosk.ui.services.background import BackgroundWork

        def step() -> None:
            if self.shut_down:
                return
            if self.build_next_part():
                QTimer.singleShot(SLICE_GAP_MS, self.window, step)
                return
            self.built_later = True
            for then in self.after_build:
                then()

        def start() -> None:
            if self.shut_down:
                return
            # The window's child: a session closed meanwhile ends the thread and never hears back.
            imports = BackgroundWork("import-later-modules", parent=self.window)
            imports.run(lambda: import_quietly(BACKGROUND_IMPORTS), lambda _: step())

        # Queued: whatever else the first paint sets off runs first, with the modules it saw loaded at the paint.
        QTimer.singleShot(SLICE_GAP_MS, self.window, start)

    def when_built_later(self, then: Callable[[], None]) -> None:
        """``then()`` once the deferred build is done (now, if it is)."""
        if self.built_later:
            then()
        else:
            self.after_build.append(then)

    def finish_building(self) -> None:
        """Build every part now (tests, snapshots and the self-test use everything at once)."""
        while self.build_next_part():
            pass

    def show(self) -> None:
        if self.mode is StartMode.KIOSK:
            self.window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
            self.window.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
            self.lock.install()
            self.lock.take_full_screen()
        else:
            fit_to_screen(self.window)
            self.window.show()
            # A window manager's title bar is only known once the window is up: fit once more, then never again.
            self.window.first_painted.connect(lambda: fit_to_screen(self.window))
        self.window.setFocus()
        self.idle.install()
        self.keyboard_policy.install()
        self.scroll_keys.install()
        self.no_menus.install()

    def bring_to_front(self) -> None:
        if self.window.isMinimized():
            self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def leave_kiosk(self) -> None:
        """Staff chose "Leave kiosk mode": an ordinary window they can move, resize and close."""
        self.lock.shutdown()
        self.controller.set_printing_allowed(True)
        self.controller.clear_whole_clipboard = False
        self.mode = StartMode.WINDOWED
        self.keyboard_policy.touch_screen = False
        self.window.setWindowFlag(Qt.WindowType.FramelessWindowHint, False)
        self.window.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, False)
        self.window.showNormal()
        fit_to_screen(self.window)
        self.controller.update_keyboard()

    def shutdown(self) -> None:
        """Stop the app-wide filters and counting; safe to call twice (a content switch already did)."""
        if self.shut_down:
            return
        self.shut_down = True
        if self._read_aloud is not None:
            self._read_aloud.stop()
        self.search.stop()
        if self.usage is not None:
            self.usage.finish_search()
            self.usage.counter.close()
        self.idle.shutdown()
        self.lock.shutdown()
        self.keyboard_policy.shutdown()
        self.scroll_keys.shutdown()
        self.no_menus.shutdown()

    def retire(self) -> None:
        """Another session takes over (new content): shut down and close the window, and have Qt delete it and
        everything parented to it (screens, panels, timers, the idle reset) at the next event-loop turn, so nothing
        of this session can fire later, even where Python still holds a reference to it."""
        self.shutdown()
        self.controller.close_print_dialog()
        if self.staff_panel is not None:
            self.staff_panel.close()
        self.window.allow_close = True
        self.window.close()
        self.window.deleteLater()

    def extra_shots(self) -> list[tuple[str, Callable[[], None]]]:
        """Kiosk screens for ``kiosk snapshot``: the countdown, the PIN pad, the keyboard, Urgent help and the
        website panel (a page's link to a website, with its QR code)."""
        c = self.controller

        def countdown() -> None:
            c.open_page(self.store.guide.urgent_page)
            self.idle.start_countdown()
            self.idle.tick.stop()

        def keyboard() -> None:
            c.open_search()
            self.keyboard_policy.touch_screen = True
            self.window.search.set_query("chemo")
            c.finish_search()
            c.update_keyboard()

        def glossary() -> None:
            # A page with a medical word marked, and that word's explanation open over it.
            for page in [*self.store.topics(), *self.store]:
                c.open_page(page.id)
                marked = self.window.page.marked_words()
                if marked:
                    c.explain_word(marked[0][1])
                    return

        shots = [("countdown", countdown), ("pin-pad", self.pin_pad.open), ("keyboard", keyboard),
                 ("urgent-help", c.open_urgent), ("glossary-word", glossary),
                 ("website-panel", lambda: c.show_address("https://www.nhs.uk/conditions/breast-cancer/"))]
        if self.make_staff is not None:
            shots.append(("staff-panel", lambda: self.staff_controller().open()))
        if len(self.settings.languages_offered) > 1:
            shots += [("languages", c.open_languages), ("staff-card", c.show_staff_card)]
        return shots

    def staff_controller(self) -> StaffController:
        """The staff panel's controller, building the panel the first time (the right PIN, or a test)."""
        if self.staff is None and self.make_staff is not None:
            self.make_staff()
        assert self.staff is not None
        return self.staff


def _add_staff_panel(session: Session, usage: UsageCounter | None, packs: PackStore | None,
                     removable_folders: Callable[[], list[Path]] | None, usage_database: Path | None) -> None:
    """The staff panel behind the PIN: the right PIN opens it; it can leave kiosk mode, quit, and look after
    content, counts and the search index. Built the first time it opens: nobody waits for it at start-up."""
    # A weak reference: the session holding a closure that holds the session would keep a closed kiosk (and its
    # search thread's signals) alive until the garbage collector runs.
    this = weakref.ref(session)
    session.make_staff = lambda: _build_staff_panel(this(), usage, packs, removable_folders, usage_database)


def _build_staff_panel(session: Session, usage: UsageCounter | None, packs: PackStore | None,
                       removable_folders: Callable[[], list[Path]] | None, usage_database: Path | None) -> None:
    from kiosk.packs.commands import pack_store
    from kiosk.packs.pickup import removable_media
    from kiosk.ui.panels.staff_panel import StaffPanel
    from kiosk.ui.staff_controller import StaffController
    from kiosk.usage.commands import default_database

    panel = StaffPanel(session.window)
    staff = StaffController(
        panel, session.store, session.settings, session.search, packs or pack_store(session.settings),
        usage=usage, usage_database=usage_database or (usage.path if usage is not None else default_database()),
        is_kiosk_mode=lambda lock=session.lock: lock.active, removable_folders=removable_folders or removable_media,
    )
    session.staff_panel, session.staff = panel, staff
    panel.leave_kiosk.connect(session.leave_kiosk)
    panel.quit_app.connect(lambda: (session.shutdown(), session.window.close(), session.app.quit()))
    # New content shows from the next reset; once staff tap Done that can be straight away.
    changed: list[bool] = []

    def closed() -> None:
        if changed:
            changed.clear()
            session.controller.reset()

    staff.content_changed.connect(lambda: changed.append(True))
    panel.closed.connect(closed)


def fit_to_screen(window: QWidget) -> None:
    """An ordinary window that fills the screen's free area (inside any task bar): never larger than the screen,
    so Urgent help on the right is never off the edge of a small laptop."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    available = screen.availableGeometry()
    # The window manager's frame (title bar) sits outside the geometry; leave room for it once it is known.
    frame = window.frameGeometry().size() - window.geometry().size() if window.isVisible() else QSize(0, 0)
    size = available.size() - frame
    window.resize(max(320, size.width()), max(320, size.height()))
    window.move(available.topLeft())


def urgent_numbers(settings: Settings) -> list[tuple[str, str, str]]:
    """The numbers the Urgent help page shows first, large, in the order FACTS.md section 2 gives: 999, staff,
    the cancer line (named true to its hours), then A&E or NHS 111. With no number set, the line's row says
    where to find one and where to go without one (shown at reading size rather than as a giant number)."""
    hours = settings.acute_oncology_hours or LOCAL_FIELDS["acute_oncology_hours"]
    from kiosk.content.render import fill_local_details, is_always_open

    # In English the words come from the pages' own {{ cancer_line }} and {{ cancer_line_when }}
    # (render.derived_details), the one source of them; a translation, where there is one, replaces the whole
    # sentence, so that a translator translates a sentence, not pieces of one.
    english = fill_local_details("Call {{ cancer_line }} now, {{ cancer_line_when }}", settings.local_details())
    always = is_always_open(settings.acute_oncology_hours)
    source = ("Call your 24-hour cancer line now, day or night" if always
              else "Call your cancer line now, or go to A&E when it is closed")
    translated = (
        QCoreApplication.translate("UrgentNumbers", "Call your 24-hour cancer line now, day or night") if always
        else QCoreApplication.translate("UrgentNumbers", "Call your cancer line now, or go to A&E when it is closed"))
    call_now = translated if translated != source else english
    if settings.acute_oncology_line:
        open_hours = QCoreApplication.translate("UrgentNumbers", "It is open {hours}.").format(hours=hours)
        line = (call_now, settings.acute_oncology_line, open_hours)
    else:
        source = "{call_now}. Call the number on your alert card. If you have no card, go to A&E or call NHS 111."
        no_number = QCoreApplication.translate(
            "UrgentNumbers",
            "{call_now}. Call the number on your alert card. If you have no card, go to A&E or call NHS 111.")
        line = ((no_number.format(call_now=call_now) if no_number != source
                 else f"{english}. Call {LOCAL_FIELDS['acute_oncology_line']}."), "", "")
    return [
        # FACTS.md section 2's 999 signs: the same words as render.CALL_999_SIGNS (the printout's help box), written
        # out here so that Qt's lupdate finds them for translators (test_urgent_call_panel checks they agree).
        (QCoreApplication.translate(
            "UrgentNumbers", "A first fit or a long fit, signs of a stroke, new or very bad chest pain, "
                             "very bad trouble breathing or collapse"),
         QCoreApplication.translate("UrgentNumbers", "Call 999"), ""),
        (QCoreApplication.translate(
            "UrgentNumbers", "In the clinic now and feel unwell? Tell a member of staff straight away."), "", ""),
        line,
        (QCoreApplication.translate("UrgentNumbers", "Cannot get through? Go to A&E, or call NHS 111."), "", ""),
    ]


def free_memory_after_reset(search: SearchProvider) -> None:
    """What the last visit left in memory goes:

    - Qt's cache of drawn icons and styled backgrounds. It fills to its 10 MB limit over a day, a sign and a size at
      a time, then holds it; a 10,000-action monkey run grew 5.5 MB of heap that way, all of it freed here. Home's
      own icons are redrawn at its next paint, about a millisecond.
    - The words searched for, kept by the search to answer the next keystroke sooner (about 1 MB per 6,000 random
      actions, and one visitor's words should not stay for the next).
    - Python's cyclic garbage and the C heap's free pages."""
    QPixmapCache.clear()
    search.forget_queries()
    memory.return_freed_memory()


def build_session(
    app: QApplication,
    store: ContentStore,
    settings: Settings,
    *,
    mode: StartMode = StartMode.WINDOWED,
    prebuilt_index: Path | None = None,
    cache_dir: Path | None = None,
    usage: UsageCounter | None = None,
    packs: PackStore | None = None,
    removable_folders: Callable[[], list[Path]] | None = None,
    usage_database: Path | None = None,
    speech: Callable[[], EngineFound] | None = None,
    defer: bool = False,
) -> Session:
    """One kiosk. ``speech`` gives the read-aloud voice (tests pass a stand-in); by default the PC's own voice is
    looked for just after the first paint, so start-up never waits for it.

    ``defer=True`` (the app) builds only what the first frame shows, the kiosk lock, the idle reset and the
    shortcuts now, and the rest in slices after the first paint (``Session.build_later``); anything tapped
    sooner is built on demand. Otherwise (tests, snapshots, the self-test) every part is built before this
    returns.
    """
    themes = ThemeManager(app, app_wide=False)
    # The clinic's details, and who signed off this version of the guide (the About page's {{ signoff }}).
    signoffs = SignoffDates(store)
    local = {**settings.local_details(), "signoff": signoffs.statement()}
    # In a library each guide's About page says who signed off that guide, not the library as a whole.
    page_local = ((lambda page: {"signoff": signoffs.statement(page.id.partition("/")[0])}) if store.guides
                  else None)
    renderer = PageRenderer(store, local, page_local)
    window = MainWindow(store, renderer, title=store.guide.title or "Clinic Kiosk")
    search = SearchProvider(store, prebuilt_index, cache_dir)
    # Parented to the window, so the app-wide filters go when it does and never outlive what they watch.
    keyboard_policy = KeyboardPolicy(touch_screen=mode is StartMode.KIOSK, parent=window)
    controller = AppController(window, store, themes, search, keyboard_policy)
    for code in settings.languages_offered:  # the language button names each in its own script
        load_script_font(code)
    controller.set_languages(settings.languages_offered, current_language(app))
    idle = IdleReset(window, timeout_s=settings.idle_timeout_seconds, countdown_s=settings.countdown_seconds,
                     is_at_start=controller.is_at_start, parent=window)
    idle.reset.connect(controller.reset)
    # Nobody is waiting just after an idle reset: the moment to hand freed memory back to the system.
    controller.reset_done.connect(lambda: QTimer.singleShot(0, lambda: free_memory_after_reset(search)))
    lock = KioskLock(window, overlays_open=window.overlay_open, parent=window)
    # A kiosk prints only where the clinic has a waiting-room printer and says so in the settings.
    controller.set_printing_allowed(mode is StartMode.WINDOWED or settings.kiosk_printing)
    controller.clear_whole_clipboard = mode is StartMode.KIOSK
    themes.attach(window, window.styled_parts)
    window.part_built.connect(themes.add_part)  # each part built later is styled as it arrives
    scroll_keys = KeyboardScrolling(window, window.scrolling_screen, parent=window)
    session = Session(app, store, settings, mode, themes, window, search, controller, idle, lock, keyboard_policy,
                      scroll_keys, NoContextMenus(parent=window))
    # A weak reference: closures the session holds must not keep a closed kiosk alive (see _add_staff_panel).
    this = weakref.ref(session)

    def make_pin_pad() -> PinPad:
        from kiosk.ui.panels.pin_pad import PinPad

        pin_pad = PinPad(window, settings.staff_pin_hash)
        pin_pad.unlocked.connect(lambda: this().staff_controller().open())
        return pin_pad

    def make_error_screen() -> ErrorScreen:
        from kiosk.ui.screens.error_screen import ErrorScreen

        error_screen = ErrorScreen(window)
        error_screen.finished.connect(controller.reset)
        return error_screen

    session._make_pin_pad, session._make_error_screen = make_pin_pad, make_error_screen
    lock.staff_gesture.connect(lambda: this().pin_pad.open())
    counting = usage is not None and usage.enabled

    def add_to_reader(page: PageView) -> None:
        """The reader's Urgent help numbers, medical words, "Was this page helpful?" and read aloud."""
        from kiosk.content.glossary import Glossary
        from kiosk.ui.services.read_aloud import ReadAloud

        page.set_call_panel(store.guide.urgent_page, urgent_numbers(settings))
        page.set_glossary(lambda: Glossary.from_store(store, local))
        # Without counting, "Was this page helpful?" would ask for answers that go nowhere: it is not shown.
        page.helpful.setVisible(counting)
        read_aloud = ReadAloud(page, window.stack, local=local, parent=window)
        this()._read_aloud = read_aloud
        # Listening is being there: "Are you still there?" never cuts into a page being read (paused, it can).
        read_aloud.still_reading.connect(idle.someone_is_there)
        if counting:
            read_aloud.started.connect(lambda _page: usage.read_aloud_used())
        if speech is not None:
            read_aloud.attach(speech())
            return

        def look_for_voice() -> None:
            # Tied to read_aloud (a child of the window), so a window closed within the delay cancels the look-up.
            # The look-up (starting espeak-ng and waiting for its answer) runs on a worker thread; only the engine
            # it found is made on the GUI thread.
            from kiosk.ui.services.background import BackgroundWork
            from kiosk.ui.services.speech import engine_from, look_up_voice

            def start() -> None:
                voices = BackgroundWork("look-for-voice", parent=read_aloud)
                voices.run(look_up_voice,
                           lambda found: read_aloud.look_for_voice(lambda: engine_from(found, read_aloud)))

            QTimer.singleShot(200, read_aloud, start)

        if window.has_painted:
            look_for_voice()
        else:
            window.first_painted.connect(look_for_voice)

    window.when_built("page", add_to_reader)
    if counting:
        from kiosk.ui.services.usage_hooks import UsageHooks
        from kiosk.usage.privacy import HealthVocabulary

        session.usage = UsageHooks(controller, usage)
        # The words a search that found nothing may keep are those of the guides this session shows.
        usage.use_vocabulary(lambda: HealthVocabulary.from_store(store))
    _add_staff_panel(session, usage, packs, removable_folders, usage_database)

    actions = {
        "search": controller.open_search,
        "bigger": controller.bigger,
        "smaller": controller.smaller,
        "normal_size": controller.normal_size,
        "back": controller.go_back,
        "home": controller.go_home,
        "print": controller.print_page,
    }
    seen: set[str] = set()
    for name, sequences in shortcut_sequences().items():
        for sequence in sequences:
            # Two shortcuts on one key (Back is already Alt+Left on Linux) would make Qt treat both as ambiguous.
            if sequence.isEmpty() or sequence.toString() in seen:
                continue
            seen.add(sequence.toString())
            shortcut = QShortcut(sequence, window)
            shortcut.activated.connect(actions[name])
            session.shortcuts.append(shortcut)

    # Nothing slow before the first paint: search and the Markdown converter wait until the home screen shows.
    window.first_painted.connect(lambda: QTimer.singleShot(0, window, window.enable_finger_scrolling))
    if defer:
        # Search (opening the index, or starting a first start's build) waits for the deferred build too; the
        # Markdown converter's modules are imported with the build's (BACKGROUND_IMPORTS), so making it is quick.
        session.after_build += [search.start, renderer.warm_up]
        window.first_painted.connect(session.build_later)
    else:
        window.first_painted.connect(lambda: QTimer.singleShot(0, search.start))
        window.first_painted.connect(lambda: QTimer.singleShot(50, renderer.warm_up))
        session.finish_building()
    return session
