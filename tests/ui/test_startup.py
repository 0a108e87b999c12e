"""Start-up as the app does it: only Home before the first paint, the rest built after it, and every first tap
(Urgent help, a topic, Search, Large print) working at once even before the rest is built."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kiosk import resources
from kiosk.content.sources import load_library
from kiosk.paths import private_environment
from kiosk.settings import StartMode
from kiosk.ui.services.speech import EngineFound
from kiosk.ui.session import Session, build_session
from kiosk.ui.snapshot import settle
from tests.conftest import CHILD_TIMEOUT_S
from tests.ui.cards import cut_cards
from tests.ui.conftest import CLINIC, _open_sessions

# Modules that must wait until after the first paint: each is slow to load, and none is needed to show Home.
NOT_BEFORE_FIRST_PAINT = [
    "whoosh",  # the search index
    "kiosk.search.engine",
    "markdown",  # pages are rendered when they open
    "sqlite3",  # usage counts are written on their own thread, at the first count
    "kiosk.usage.database",
    "kiosk.packs.archive",  # pack files: listing installed packs never opens one
    "kiosk.packs.keys",
    "kiosk.ui.services.content_updates",  # follows packs from the first idle reset
    "kiosk.ui.screens.page_view",  # every screen and panel but Home
    "kiosk.ui.screens.search_view",
    "kiosk.ui.widgets.keyboard",
    "kiosk.ui.panels.pin_pad",
    "kiosk.ui.screens.error_screen",
    "kiosk.ui.panels.word_panel",
    "kiosk.ui.panels.take_home_panel",
    "kiosk.ui.panels.link_dialog",
    "kiosk.ui.panels.staff_panel",
    "kiosk.ui.services.read_aloud",
    "kiosk.ui.services.speech",
    "kiosk.content.glossary",
    "logging.handlers",  # the log rotates from the first paint; until then it appends to the same file
]


def modules_at_first_paint(tmp_path: Path, mode: str) -> set[str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(QT_QPA_PLATFORM="offscreen", KIOSK_EXIT_AFTER_FIRST_PAINT="1", KIOSK_PRINT_MODULES_AT_FIRST_PAINT="1",
               **private_environment(tmp_path))
    done = subprocess.run([sys.executable, "-m", "kiosk", mode], env=env, capture_output=True, text=True,
                          timeout=CHILD_TIMEOUT_S)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    line = next(line for line in done.stdout.splitlines() if line.startswith("first-paint-modules="))
    return set(line.split("=", 1)[1].split(","))


@pytest.mark.parametrize("mode", ["--windowed", "--kiosk"])
def test_nothing_slow_is_loaded_before_the_first_paint(tmp_path, mode) -> None:
    loaded = modules_at_first_paint(tmp_path, mode)
    assert sorted(name for name in NOT_BEFORE_FIRST_PAINT if name in loaded) == []
    # What must be there from the first frame: the log (a crash during start-up is recorded), the kiosk lock and
    # idle reset, and Home itself.
    for needed in ("kiosk.logs", "kiosk.ui.services.kiosk_mode", "kiosk.ui.services.idle",
                   "kiosk.ui.screens.home_view"):
        assert needed in loaded


def test_a_second_start_takes_the_content_from_the_cache_the_first_wrote(tmp_path) -> None:
    # The first start reads and checks every page, and writes the content cache after its first paint; the second,
    # with nothing changed, shows Home without even loading the code that reads pages.
    assert "kiosk.content.loader" in modules_at_first_paint(tmp_path, "--windowed")
    assert len(list((tmp_path / "cache" / "content").glob("content-*.json"))) == 1
    assert "kiosk.content.loader" not in modules_at_first_paint(tmp_path, "--windowed")


# The first tap after the first paint ----------------------------------------------------------------------------
class FirstPaint(QObject):
    """Runs ``tap`` in the first event-loop turn after the window's first paint, queued ahead of the deferred
    build's first slice (an event filter sees the Paint event before the window's own first_painted handlers)."""

    def __init__(self, session: Session, tap: Callable[[Session], None]) -> None:
        super().__init__()
        self.session = session
        self.tap = tap
        self.seen = False
        self.built_before_tap: dict[str, bool] = {}
        self.fully_built_at_tap: bool | None = None
        session.window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            QTimer.singleShot(0, self._tap)
        return False

    def _tap(self) -> None:
        window = self.session.window
        self.built_before_tap = {name: window.built_part(name) is not None for name in ("page", "search")}
        self.fully_built_at_tap = self.session.fully_built
        self.tap(self.session)


def start(qtbot, cache: Path, *, defer: bool,
          tap: Callable[[Session], None] | None = None) -> tuple[Session, FirstPaint | None]:
    app = QApplication.instance()
    store, prebuilt = load_library([resources.content_dir()])  # as the app does
    # The voice is given (none), not looked for: a voice found in one session and not yet in the other would
    # show Listen in one grab only.
    session = build_session(app, store, CLINIC, mode=StartMode.WINDOWED, prebuilt_index=prebuilt, cache_dir=cache,
                            removable_folders=lambda: [], defer=defer,
                            speech=lambda: EngineFound(None, "no voice in this test"))
    _open_sessions.append(session)
    qtbot.addWidget(session.window)
    session.window.resize(1280, 800)
    watcher = FirstPaint(session, tap) if tap is not None else None
    session.show()
    session.window.resize(1280, 800)  # show() fits the window to the screen; compare like with like
    qtbot.waitExposed(session.window)
    return session, watcher


def tap_urgent_help(session: Session) -> None:
    qtbot_click(session.window.nav_bar.urgent)


def tap_topic(session: Session) -> None:
    qtbot_click(session.window.home.topic_buttons["symptoms"])


def tap_search(session: Session) -> None:
    qtbot_click(session.window.nav_bar.search)


def tap_large_print(session: Session) -> None:
    qtbot_click(session.window.nav_bar.large_print)


def qtbot_click(button) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def painted(session: Session) -> QImage:
    settle()
    session.window.repaint()
    return session.window.grab().toImage()


@pytest.mark.parametrize("tap", [tap_urgent_help, tap_topic, tap_search, tap_large_print],
                         ids=["urgent-help", "topic", "search", "large-print"])
def test_a_first_tap_before_the_rest_is_built_paints_the_same_screen_as_a_tap_after(qtbot, tmp_path, tap) -> None:
    QApplication.setCursorFlashTime(0)  # a blinking text cursor would make two grabs differ
    try:
        early, watcher = start(qtbot, tmp_path / "index", defer=True, tap=tap)
        qtbot.waitUntil(lambda: watcher.fully_built_at_tap is not None, timeout=5000)
        # The tap came before the deferred build had made anything: what it needed was built there and then.
        assert watcher.fully_built_at_tap is False
        assert watcher.built_before_tap == {"page": False, "search": False}
        first = painted(early)
        screen = early.window.current_screen()
        assert cut_cards(screen) == []
        qtbot.waitUntil(lambda: early.fully_built, timeout=10_000)  # the rest follows in slices
        assert early.search.wait(timeout=120), early.search.error
        early.shutdown()
        early.window.close()

        late, _ = start(qtbot, tmp_path / "index", defer=False)
        assert late.search.wait(timeout=120), late.search.error
        tap(late)
        second = painted(late)
        assert type(late.window.current_screen()) is type(screen)
        # Built in full before it was shown, at another width (show() fits the window to the screen): the cards are
        # whole in the first frames too, not only once the layout has caught up.
        assert cut_cards(late.window.current_screen()) == []
        assert first.size() == second.size()
        assert first == second, "the screen tapped before the deferred build differs from the same tap after it"
    finally:
        QApplication.setCursorFlashTime(1000)


def test_urgent_help_shows_its_page_and_numbers_when_tapped_first(qtbot, tmp_path) -> None:
    session, watcher = start(qtbot, tmp_path / "index", defer=True, tap=tap_urgent_help)
    qtbot.waitUntil(lambda: watcher.fully_built_at_tap is not None, timeout=5000)
    page = session.window.page
    assert session.window.current_screen() is page
    assert page.page is not None and page.page.id == session.store.guide.urgent_page
    assert page.call_panel.isVisible()
    document = QTextDocument()
    document.setHtml(page.call_panel.text())
    words = " ".join(document.toPlainText().split())
    assert words.index("999") < words.index("member of staff") < words.index("0161 496 0999"), words
    assert session.search.wait(timeout=120), session.search.error


def test_the_deferred_build_finishes_in_slices_and_each_part_is_styled(qtbot, tmp_path) -> None:
    session, _ = start(qtbot, tmp_path / "index", defer=True)
    window = session.window
    assert not session.fully_built  # only the bar and Home before the first paint
    assert window.built_part("page") is None
    qtbot.waitUntil(lambda: session.fully_built, timeout=10_000)
    settle()
    themes = session.themes
    for name in ("page", "search", "keyboard", "link_dialog", "word_panel", "take_home"):
        assert themes.styled_in(window.built_part(name)) == themes.theme, name
    assert themes.styled_in(session.pin_pad) == themes.theme
    assert themes.styled_in(session.error_screen) == themes.theme
    assert session.search.wait(timeout=120), session.search.error


def test_search_starts_after_the_deferred_build_not_beside_it(qtbot, tmp_path) -> None:
    # Opening the index (or, at a library's first start, pickling 5,000 pages for the build process) took the PC's
    # cores and the interpreter lock from the build's slices: it waits for them.
    app = QApplication.instance()
    store, prebuilt = load_library([resources.content_dir()])
    session = build_session(app, store, CLINIC, prebuilt_index=prebuilt, cache_dir=tmp_path / "index",
                            removable_folders=lambda: [], defer=True,
                            speech=lambda: EngineFound(None, "no voice in this test"))
    _open_sessions.append(session)
    qtbot.addWidget(session.window)
    at_paint: list[bool] = []
    session.window.first_painted.connect(lambda: at_paint.append(session.search._thread is not None))
    session.show()
    qtbot.waitUntil(lambda: session.built_later, timeout=60_000)
    assert at_paint == [False]  # not started at the first paint
    assert session.fully_built
    assert session.search._thread is not None  # started as the deferred build ended
    calls: list[str] = []
    session.when_built_later(lambda: calls.append("now"))  # after the build: at once
    assert calls == ["now"]
    assert session.search.wait(timeout=120), session.search.error


BACKGROUND_IMPORT_PROBE = """
import importlib.abc, json, sys, threading
from kiosk.ui.session import BACKGROUND_IMPORTS
seen = []

class Recorder(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name in BACKGROUND_IMPORTS:
            seen.append([name, threading.current_thread() is threading.main_thread()])
        return None

sys.meta_path.insert(0, Recorder())
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from kiosk import resources
from kiosk.content.sources import load_store
from kiosk.settings import Settings
from kiosk.ui.session import build_session


def no_voice():  # asked for as the reader is built, after the imports (a module imported here would count)
    from kiosk.ui.services.speech import EngineFound

    return EngineFound(None, "none")


app = QApplication([])
session = build_session(app, load_store(resources.content_dir()), Settings(), cache_dir=sys.argv[1], defer=True,
                        speech=no_voice)
poll = QTimer()
poll.timeout.connect(lambda: session.built_later and app.exit(0))
poll.start(10)
session.show()
app.exec()
print("imports=" + json.dumps(seen))
session.shutdown()
"""


def test_the_later_parts_modules_and_markdown_are_imported_off_the_gui_thread(tmp_path) -> None:
    # Each import was a GUI-thread stall of its own (the reader's modules 0.1 s of CPU, Markdown's 50 ms), several
    # times longer on a busy PC: a worker thread imports them, and the deferred build's slices only build.
    from kiosk.ui.session import BACKGROUND_IMPORTS

    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(QT_QPA_PLATFORM="offscreen", **private_environment(tmp_path))
    done = subprocess.run([sys.executable, "-c", BACKGROUND_IMPORT_PROBE, str(tmp_path / "index")], env=env,
                          capture_output=True, text=True, timeout=CHILD_TIMEOUT_S)
    assert done.returncode == 0, done.stderr
    line = next(line for line in done.stdout.splitlines() if line.startswith("imports="))
    seen = json.loads(line.split("=", 1)[1])
    assert sorted({name for name, _ in seen}) == sorted(BACKGROUND_IMPORTS)
    assert [name for name, on_gui_thread in seen if on_gui_thread] == []
    assert "markdown" in BACKGROUND_IMPORTS and "kiosk.ui.screens.page_view" in BACKGROUND_IMPORTS


def test_kiosk_lock_shortcuts_and_idle_reset_are_in_force_at_the_first_paint(qtbot, tmp_path) -> None:
    app = QApplication.instance()
    settings = dataclasses.replace(CLINIC, mode=StartMode.KIOSK)
    store, prebuilt = load_library([resources.content_dir()])
    session = build_session(app, store, settings, mode=StartMode.KIOSK, prebuilt_index=prebuilt,
                            cache_dir=tmp_path / "index", removable_folders=lambda: [], defer=True)
    _open_sessions.append(session)
    qtbot.addWidget(session.window)
    state: dict[str, object] = {}

    def at_first_paint() -> None:
        state.update(lock=session.lock.active, shortcuts=len(session.shortcuts), idle=session.idle.idle.isActive(),
                     built=session.fully_built)

    session.window.first_painted.connect(at_first_paint)
    session.show()
    qtbot.waitUntil(lambda: bool(state), timeout=5000)
    assert state == {"lock": True, "shortcuts": len(session.shortcuts), "idle": True, "built": False}
    assert state["shortcuts"] >= 7
    assert session.search.wait(timeout=120), session.search.error
    session.window.allow_close = True
