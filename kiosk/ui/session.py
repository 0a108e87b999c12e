"""Builds one running kiosk (theme, window, search, controller) from content and settings, for the app, the
snapshot command, the self-test and the tests alike."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from kiosk.content.model import ContentStore
from kiosk.content.render import PageRenderer
from kiosk.settings import Settings, StartMode
from kiosk.ui.controller import AppController
from kiosk.ui.main_window import MainWindow
from kiosk.ui.search_provider import SearchProvider
from kiosk.ui.theme import ThemeManager


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

    def show(self) -> None:
        if self.mode is StartMode.KIOSK:
            self.window.showFullScreen()
        else:
            self.window.resize(1280, 800)
            self.window.show()


def build_session(
    app: QApplication,
    store: ContentStore,
    settings: Settings,
    *,
    mode: StartMode = StartMode.WINDOWED,
    prebuilt_index: Path | None = None,
    cache_dir: Path | None = None,
) -> Session:
    themes = ThemeManager(app)
    renderer = PageRenderer(store, settings.local_details())
    window = MainWindow(store, renderer, title=store.guide.title or "Clinic Kiosk")
    search = SearchProvider(store, prebuilt_index, cache_dir)
    controller = AppController(window, store, themes, search)
    session = Session(app, store, settings, mode, themes, window, search, controller)
    # Nothing slow before the first paint: search and the Markdown converter wait until the home screen shows.
    window.first_painted.connect(lambda: QTimer.singleShot(0, search.start))
    window.first_painted.connect(lambda: QTimer.singleShot(50, renderer.warm_up))
    return session
