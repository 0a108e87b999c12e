"""Fixtures for widget and whole-app tests: a real session over the shipped or a test content folder."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication

from kiosk import resources
from kiosk.content.sources import load_store
from kiosk.packs import PackStore
from kiosk.settings import Settings, StartMode
from kiosk.ui.session import Session, build_session
from kiosk.ui.snapshot import settle
from kiosk.usage import UsageCounter
from tests.conftest import seed_shipped_index

CLINIC = Settings(
    clinic_name="Riverside Breast Clinic",
    breast_care_nurse_line="0161 496 0000",
    acute_oncology_line="0161 496 0999",
    acute_oncology_hours="24 hours a day",
    mode=StartMode.WINDOWED,
    # The longest the settings allow: a test that runs for minutes on a busy PC must not find "Are you still there?"
    # over what it checks. Tests of the countdown shorten it themselves (kiosk_session(quick_idle=True)).
    idle_timeout_seconds=3600,
    countdown_seconds=5,
)


_open_sessions: list[Session] = []

@pytest.fixture(autouse=True, scope="session")
def _collect_garbage_on_the_gui_thread(qapp: QApplication) -> None:
    """As the app does: cyclic garbage holding Qt objects is never freed on the search worker's thread."""
    from kiosk.ui.services import garbage

    garbage.install(qapp)


@pytest.fixture(autouse=True)
def _shut_down_sessions() -> Iterator[None]:
    """App-wide event filters must not outlive a test's window."""
    yield
    while _open_sessions:
        session = _open_sessions.pop()
        session.shutdown()
        # As qtbot.addWidget would, but a session a content or language switch retired has had its window deleted
        # already (Session.retire), and closing that again would raise.
        if shiboken6.isValid(session.window):
            session.window.allow_close = True
            session.window.close()
            session.window.deleteLater()


def make_session(qtbot, content_dir: Path, settings: Settings = CLINIC, *, size=(1280, 800),
                 cache_dir: Path | None = None, usage: UsageCounter | None = None, packs: PackStore | None = None,
                 removable: Callable[[], list[Path]] | None = None) -> Session:
    app = QApplication.instance()
    if cache_dir is not None:
        seed_shipped_index(content_dir, cache_dir)
    store = load_store(content_dir)
    session = build_session(app, store, settings, mode=settings.mode, cache_dir=cache_dir, usage=usage,
                            packs=packs, removable_folders=removable or (lambda: []))
    _open_sessions.append(session)  # closed after the test (_shut_down_sessions), unless a switch retired it first
    session.window.resize(*size)
    session.window.show()
    qtbot.waitExposed(session.window)
    settle()
    return session


@pytest.fixture
def session(qtbot, tmp_path: Path) -> Iterator[Session]:
    """The app over the shipped guide, in a 1280x800 window, with search ready."""
    s = make_session(qtbot, resources.content_dir(), cache_dir=tmp_path / "index")
    assert s.search.wait(timeout=120), s.search.error
    yield s
    s.themes.set_large(False)
