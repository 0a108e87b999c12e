"""Every screen fits: from 1024x768 to 3840x2160, landscape and portrait, in every text size and theme, Urgent
help is whole in the bar, the window never grows past the screen, and the keyboard's keys are all on screen."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from kiosk import resources
from kiosk.content.sources import load_store
from kiosk.settings import StartMode
from kiosk.ui.session import build_session
from kiosk.ui.snapshot import THEMES, Shot, parse_size, render_all, settle, shots
from tests.conftest import CHILD_TIMEOUT_S
from tests.ui.conftest import seed_shipped_index
from tests.ui.fake_speech import fake_voice
from tests.ui.test_kiosk import KIOSK, kiosk_session

SIZES = [(1024, 768), (1366, 768), (1280, 800), (1920, 1080), (1080, 1920), (3840, 2160)]
THEME_IDS = ["normal", "large", "contrast", "large-contrast"]


@pytest.fixture(scope="module")
def windowed(qapp, tmp_path_factory):
    """A nurse's-laptop session (so Print shows on pages: the widest bar there is)."""
    settings = KIOSK.__class__(**{**{f: getattr(KIOSK, f) for f in KIOSK.__slots__ if f != "source"},
                                  "mode": StartMode.WINDOWED})
    session = build_session(qapp, load_store(resources.content_dir()), settings, mode=StartMode.WINDOWED,
                            cache_dir=seed_shipped_index(resources.content_dir(), tmp_path_factory.mktemp("index")))
    session.window.show()
    settle()
    # Rendering every screen takes minutes on a busy PC: the idle countdown must not come up over them meanwhile
    # (a test of it opens it itself).
    session.idle.shutdown()
    yield session
    session.shutdown()
    session.window.close()
    session.themes.set_normal()


def _inside(inner: QRect, outer: QRect) -> bool:
    return outer.contains(inner.topLeft()) and outer.contains(inner.bottomRight())


def _screens(session):
    c = session.controller

    def keyboard() -> None:
        c.open_search()
        session.keyboard_policy.touch_screen = True
        session.window.search.set_query("bone pain")
        c.finish_search()  # searches run on a worker thread: paint their results too
        c.update_keyboard()

    def reading_aloud() -> None:
        session.read_aloud.attach(fake_voice())
        c.open_page("treatment")
        session.window.page.listen_bar.listen.click()

    return {"home": lambda: None, "page with Print": lambda: c.open_page("treatment"), "keyboard": keyboard,
            "reading aloud": reading_aloud,
            "word explained": lambda: (c.open_page("bone-scan"), c.explain_word("Spinal cord compression")),
            "take home": lambda: (c.open_page("talking-to-children-and-family"), c.take_home())}


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("large,high_contrast", THEMES, ids=THEME_IDS)
def test_every_screen_fits_and_urgent_help_is_whole(windowed, size, large, high_contrast) -> None:
    window, bar = windowed.window, windowed.window.nav_bar
    windowed.themes.set_large(large)
    windowed.themes.set_high_contrast(high_contrast)
    window.resize(*size)
    for name, show in _screens(windowed).items():
        windowed.controller.reset(keep_text_size=True)
        show()
        settle()
        where = f"{name} at {size} {'large' if large else 'normal'}{' contrast' if high_contrast else ''}"
        assert (window.width(), window.height()) == size, f"{where}: the window grew to {window.size()}"
        screen = window.rect()
        urgent = QRect(bar.urgent.mapTo(window, bar.urgent.rect().topLeft()), bar.urgent.size())
        assert _inside(urgent, screen), f"{where}: Urgent help at {urgent} is cut by the screen edge"
        assert bar.urgent.text() == "Urgent help", where
        assert bar.urgent.width() >= bar.urgent.sizeHint().width(), f"{where}: Urgent help is squeezed"
        shown = [b for b in bar.findChildren(QPushButton) if b.isVisible()]
        for button in shown:
            assert button.width() >= button.sizeHint().width() - 1, f"{where}: {button.accessibleName()} squeezed"
            assert _inside(button.geometry(), bar.rect()), f"{where}: {button.accessibleName()} off the bar"
        edges = sorted((b.geometry().left(), b.geometry().right()) for b in shown)
        for (_, right), (left, _) in pairwise(edges):
            assert right < left, f"{where}: two bar buttons overlap"
        if name in ("reading aloud", "word explained", "take home"):
            listen_bar, page = window.page.listen_bar, window.page
            panels = [window.word_panel, window.take_home]
            parts = [b for b in listen_bar.findChildren(QPushButton) if b.isVisibleTo(window)]
            parts += [w for p in panels if p.isVisible() for w in p.panel.findChildren(QWidget) if w.isVisible()]
            assert parts, where
            for part in parts:
                rect = QRect(part.mapTo(window, part.rect().topLeft()), part.size())
                assert _inside(rect, screen), f"{where}: {part.objectName() or part.accessibleName()} is cut off"
                if isinstance(part, QLabel) and part.text():  # no word wider than its label (it would be cut)
                    assert part.minimumSizeHint().width() <= part.width(), f"{where}: {part.text()!r} is cut"
                if isinstance(part, QPushButton):
                    assert part.width() >= part.sizeHint().width() - 1, f"{where}: {part.text()!r} squeezed"
                    assert part.height() >= 48, f"{where}: {part.text()!r} is only {part.height()} px tall"
            for p in panels:
                if p.isVisible():
                    assert p.panel.height() >= p.needed_height(), f"{where}: {p.objectName()} is clipped"
            assert page.width() > 0
        if name == "keyboard":
            assert window.keyboard.isVisible()
            for key in window.keyboard.keys.values():
                rect = QRect(key.mapTo(window, key.rect().topLeft()), key.size())
                assert _inside(rect, screen), f"{where}: key {key.text()!r} at {rect} is off screen"
                assert key.height() >= 48, f"{where}: key {key.text()!r} is only {key.height()} px tall"


def test_the_window_never_needs_more_than_the_smallest_screen(windowed) -> None:
    """Large print, Ctrl+plus to the biggest size and a page with Print: the window asks for no more room."""
    window = windowed.window
    windowed.controller.open_page("treatment")
    for steps in (0, 1, 2, 3, 4):
        windowed.themes.set_normal()
        windowed.themes.step(steps)
        for high_contrast in (False, True):
            windowed.themes.set_high_contrast(high_contrast)
            settle()
            needed = window.minimumSizeHint()
            assert needed.width() <= 1024 and needed.height() <= 768, (steps, high_contrast, needed)
    windowed.themes.set_normal()


def test_the_top_bar_keeps_every_word_and_grows_them_in_large_print(windowed) -> None:
    """Words and icons on a wide screen; on a narrow one in large print every button keeps its words (two lines
    where needed), larger than in normal print, and Urgent help keeps its words whole (F10)."""
    window, bar = windowed.window, windowed.window.nav_bar
    windowed.themes.set_normal()
    window.resize(1920, 1080)
    settle()
    assert bar.home.text() == "Home" and not bar.home.icon().isNull() and bar.home.icon_shown
    window.resize(1024, 768)
    windowed.controller.open_page("treatment")
    settle()
    normal = bar.fit.words_px
    windowed.themes.set_large(True)
    settle()
    assert bar.fit.words_px > normal
    assert bar.urgent.text() == "Urgent help" and "".join(bar.urgent.lines).replace(" ", "") == "Urgenthelp"
    for button in (bar.home, bar.back, bar.search, bar.large_print, bar.high_contrast, bar.print):
        assert " ".join(button.lines) == button.accessibleName()
    windowed.themes.set_normal()


def test_windowed_app_opens_inside_the_screens_free_area(qtbot, tmp_path) -> None:
    app = QApplication.instance()
    settings = KIOSK.__class__(**{**{f: getattr(KIOSK, f) for f in KIOSK.__slots__ if f != "source"},
                                  "mode": StartMode.WINDOWED})
    session = build_session(app, load_store(resources.content_dir()), settings,
                            cache_dir=seed_shipped_index(resources.content_dir(), tmp_path))
    qtbot.addWidget(session.window)
    session.show()
    qtbot.waitExposed(session.window)
    settle()
    available = session.window.screen().availableGeometry()
    assert _inside(session.window.frameGeometry(), available)
    before = session.window.size()
    session.themes.set_large(True)
    session.controller.open_page("treatment")  # Print appears
    session.themes.step(+1)
    settle()
    assert session.window.size() == before, "the window resized itself"
    session.shutdown()


def test_kiosk_takes_the_whole_screen_and_takes_it_back(qtbot, tmp_path) -> None:
    session = kiosk_session(qtbot, tmp_path)
    window = session.window
    screen = window.screen().geometry()
    assert window.geometry() == screen and session.lock.is_full_screen()
    session.themes.set_large(True)
    session.themes.step(+1)  # Ctrl+plus still works in kiosk mode
    settle()
    assert window.geometry() == screen and window.isFullScreen()
    for leave in (window.showMinimized, window.showNormal, window.hide, lambda: window.resize(640, 480)):
        leave()
        qtbot.waitUntil(session.lock.is_full_screen, timeout=2000)
        assert window.isVisible() and not window.isMinimized() and window.geometry() == screen


def _home_a_page_and_search(session) -> list[Shot]:
    """Three screens for the files' check below: every screen is drawn at 1024x768 in every theme by the self-test
    from source (tests/core/test_cli.py), and fitted at every size by the first test here."""
    every = list(shots(session))
    return [every[0], next(s for s in every if s.name.startswith("page-")),
            next(s for s in every if s.name == "search")]


def test_snapshots_are_exactly_the_size_they_claim(windowed, tmp_path) -> None:
    written = render_all(windowed, tmp_path, sizes=[(1024, 768)], themes=THEMES, screens=_home_a_page_and_search)
    assert len(written) == 3 * len(THEMES)
    assert any("contrast" in p.name for p in written) and any("-large-" in p.name for p in written)
    for path in written:
        image = QImage(str(path))
        assert (image.width(), image.height()) == (1024, 768), path.name


@pytest.mark.parametrize("text", ["1024", "1024x", "x768", "axb", "10x10", "100000x768", ""])
def test_a_bad_snapshot_size_gets_a_clear_message(text: str) -> None:
    with pytest.raises(ValueError, match=r"WIDTHxHEIGHT|between"):
        parse_size(text)


def test_snapshot_sizes_are_read_as_width_by_height() -> None:
    assert parse_size("1080x1920") == (1080, 1920)
    assert parse_size(" 1366X768 ") == (1366, 768)


def test_snapshot_size_option_renders_only_that_size(tmp_path: Path) -> None:
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "kiosk", "snapshot", "--out", str(tmp_path), "--size", "nonsense"],
                          capture_output=True, text=True, timeout=CHILD_TIMEOUT_S)
    assert done.returncode == 2 and "WIDTHxHEIGHT" in done.stderr


def test_page_text_itself_grows_in_large_print(windowed) -> None:
    """The page's own words, not only its title and cards: the first paragraph's laid-out lines grow."""
    window = windowed.window
    window.resize(1920, 1080)
    windowed.themes.set_normal()
    windowed.controller.open_page("treatment")
    settle()

    def line_height() -> float:
        document = window.page.text.document()
        block = document.firstBlock()
        layout = block.layout()
        return layout.lineAt(0).height()

    normal = line_height()
    windowed.themes.set_large(True)
    settle()
    assert line_height() >= 1.5 * normal
    windowed.themes.set_normal()
