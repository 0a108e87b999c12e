"""Waiting-room lock-down: no way out for a patient, a hidden staff gesture, and the keyboard shown when needed.

``KioskLock`` is one application-wide event filter with ``install()``/``shutdown()``; in windowed mode (a nurse's
laptop) it is simply not installed.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QMouseEvent, QScreen, QWindow
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.ui.services.app_events import app_events

log = logging.getLogger(__name__)

STAFF_CORNER_PX = 90
STAFF_HOLD_MS = 3000
# A platform that refuses our geometry must not make us fight it forever: at most this many tries a second.
MAX_RETAKES_PER_SECOND = 5

# Key presses that would close, hide or leave the app on common desktops.
BLOCKED_KEYS = {
    (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Space, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_Tab, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
}
BLOCKED_TYPES = {
    QEvent.Type.ContextMenu,
    QEvent.Type.DragEnter,
    QEvent.Type.DragMove,
    QEvent.Type.Drop,
}


# Every kind of event the lock's filter looks at (see KioskLock.eventFilter); it is given no others.
LOCK_WATCHES = BLOCKED_TYPES | {
    QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseMove, QEvent.Type.WindowStateChange, QEvent.Type.Hide, QEvent.Type.Resize, QEvent.Type.Move,
}


def _is_blocked_key(event: QKeyEvent) -> bool:
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return (Qt.Key(event.key()), modifiers) in BLOCKED_KEYS or event.key() in (Qt.Key.Key_Meta, Qt.Key.Key_Super_L)


class KioskLock(QObject):
    """Keeps the window full screen and ignores every way out a patient might find; watches the staff corner."""

    staff_gesture = Signal()

    def __init__(self, window: QWidget, overlays_open=lambda: False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self._overlays_open = overlays_open
        self.hold = QTimer(self)
        self.hold.setSingleShot(True)
        self.hold.setInterval(STAFF_HOLD_MS)
        self.hold.timeout.connect(self.staff_gesture)
        self.active = False
        # Re-taking the screen waits for the event loop, so a burst of resizes and state changes is answered once.
        self._retake = QTimer(self)
        self._retake.setSingleShot(True)
        self._retake.setInterval(0)
        self._retake.timeout.connect(self._take_back)
        self._retakes = 0
        self._retake_clock = QElapsedTimer()
        self._screen: QScreen | None = None
        self._was_exposed = False

    def install(self) -> None:
        if self.active:
            return
        self.active = True
        self.window.allow_close = False
        self.window.setAcceptDrops(False)
        app_events().watch(self, LOCK_WATCHES)

    def shutdown(self) -> None:
        if not self.active:
            return
        self.active = False
        self.hold.stop()
        self._retake.stop()
        self._watch_screen(None)
        self.window.allow_close = True
        app_events().unwatch(self)

    def take_full_screen(self) -> None:
        """Fill the whole screen, with or without a window manager.

        ``showFullScreen()`` alone only asks the window manager; with none (a bare X server on a kiosk PC) the
        window stays at its default size in a corner. So the geometry is set from the screen as well, and set
        again whenever the screen changes size (rotation, a new monitor) or the window moves to another screen.
        """
        window = self.window
        screen = window.screen() or QApplication.primaryScreen()
        window.setGeometry(screen.geometry())
        window.showFullScreen()
        window.raise_()
        window.activateWindow()
        handle = window.windowHandle()
        if handle is not None and not handle.property("kioskWatched"):
            handle.setProperty("kioskWatched", True)
            handle.screenChanged.connect(self._watch_screen)
            # A window manager's "show desktop" (Super+D) unmaps the window without minimising it: the widget still
            # says it is visible and full screen; only its native window's exposure tells (review D2).
            handle.installEventFilter(self)
        self._watch_screen(window.screen())

    def _watch_screen(self, screen: QScreen | None) -> None:
        if self._screen is not None:
            self._screen.geometryChanged.disconnect(self._schedule_retake)
        self._screen = screen if self.active else None
        if self._screen is not None:
            self._screen.geometryChanged.connect(self._schedule_retake)
            self._schedule_retake()

    def is_full_screen(self) -> bool:
        """Really full screen: not minimised (a minimised full-screen window still says it is full screen),
        shown, and covering exactly its screen."""
        window = self.window
        screen = window.screen()
        return (window.isVisible() and window.isFullScreen() and not window.isMinimized()
                and not self._unmapped() and (screen is None or window.geometry() == screen.geometry()))

    def _unmapped(self) -> bool:
        """Shown once, and now not on screen at all (the window manager unmapped or hid it)."""
        handle = self.window.windowHandle()
        if handle is None:
            return False
        if handle.isExposed():
            self._was_exposed = True
            return False
        return self._was_exposed

    def _schedule_retake(self, *_args: object) -> None:
        if self.active:
            self._retake.start()

    def _take_back(self) -> None:
        if not self.active or self.is_full_screen():
            return
        if not self._retake_clock.isValid() or self._retake_clock.elapsed() > 1000:
            self._retake_clock.start()
            self._retakes = 0
        self._retakes += 1
        if self._retakes > MAX_RETAKES_PER_SECOND:
            QTimer.singleShot(1000, self._schedule_retake)
            return
        if self.window.isMinimized():
            self.window.showNormal()
        if self._unmapped():
            log.info("kiosk lock: the window was taken off the screen (show desktop?); showing it again")
            self._was_exposed = False
            self.window.hide()  # Qt maps a native window again only on a new show
        self.take_full_screen()

    def staff_corner(self) -> QRect:
        """The bottom-left corner of the window, where a 3-second press opens the staff PIN pad."""
        return QRect(0, self.window.height() - STAFF_CORNER_PX, STAFF_CORNER_PX, STAFF_CORNER_PX)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if isinstance(watched, QWindow):  # the native window: only whether it is on screen matters here
            if kind == QEvent.Type.Expose and self.active and self._unmapped():
                self._schedule_retake()
            return False
        if kind in BLOCKED_TYPES:
            return True
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and _is_blocked_key(event):
            # Escape still closes our own panels; everything else in the list is swallowed.
            return not (event.key() == Qt.Key.Key_Escape and self._overlays_open())
        if kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            local = self.window.mapFromGlobal(event.globalPosition().toPoint())
            if self.staff_corner().contains(local):
                self.hold.start()
            else:
                self.hold.stop()
        elif kind == QEvent.Type.MouseButtonRelease:
            self.hold.stop()
        elif kind == QEvent.Type.MouseMove and self.hold.isActive() and isinstance(event, QMouseEvent):
            local = self.window.mapFromGlobal(event.globalPosition().toPoint())
            if not self.staff_corner().adjusted(-20, -20, 20, 20).contains(local):
                self.hold.stop()
        if watched is self.window and kind in (QEvent.Type.WindowStateChange, QEvent.Type.Hide, QEvent.Type.Resize,
                                               QEvent.Type.Move):
            # Minimised (Super+D), hidden, un-maximised or resized by the desktop or by our own content: undo it.
            self._schedule_retake()
        return False


class KeyboardPolicy(QObject):
    """Decides when the on-screen keyboard shows: on the search screen, unless a real keyboard is being used
    in windowed mode (a nurse's laptop)."""

    def __init__(self, *, touch_screen: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.touch_screen = touch_screen
        self.physical_keyboard_seen = False

    def install(self) -> None:
        app_events().watch(self, {QEvent.Type.KeyPress})

    def shutdown(self) -> None:
        app_events().unwatch(self)

    def wanted(self, on_search_screen: bool) -> bool:
        if not on_search_screen:
            return False
        return self.touch_screen or not self.physical_keyboard_seen

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The on-screen keyboard edits the box directly and sends no key events, so any key press is a real one.
        if event.type() == QEvent.Type.KeyPress:
            self.physical_keyboard_seen = True
        return False


class NoContextMenus(QObject):
    """No right click or long press opens a menu, in the kiosk or in a window on a nurse's laptop.

    The kiosk has no menus of its own. Qt's default ones (a scroll bar's "Scroll here, Top, Bottom", a text box's
    "Undo, Cut, Copy") are English-only controls nobody asked for, and a menu holds the screen until it is
    answered. The locked-down kiosk already refuses them with everything else it blocks; this covers the window."""

    def install(self) -> None:
        app_events().watch(self, {QEvent.Type.ContextMenu})

    def shutdown(self) -> None:
        app_events().unwatch(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return event.type() == QEvent.Type.ContextMenu


def shortcut_sequences() -> dict[str, list[QKeySequence]]:
    """The nurse-laptop shortcuts, by action."""
    standard = {
        "search": [QKeySequence.StandardKey.Find],
        "bigger": [QKeySequence.StandardKey.ZoomIn],
        "smaller": [QKeySequence.StandardKey.ZoomOut],
        "back": [QKeySequence.StandardKey.Back],
        "print": [QKeySequence.StandardKey.Print],
    }
    extra = {"bigger": ["Ctrl+="], "normal_size": ["Ctrl+0"], "back": ["Alt+Left"], "home": ["Alt+Home"]}
    result: dict[str, list[QKeySequence]] = {}
    for action in dict.fromkeys((*standard, *extra)):
        keys = [k for s in standard.get(action, []) for k in QKeySequence.keyBindings(s)]
        keys += [QKeySequence(text) for text in extra.get(action, [])]
        result[action] = keys
    return result


def corner_point(window: QWidget) -> QPoint:
    return QPoint(STAFF_CORNER_PX // 2, window.height() - STAFF_CORNER_PX // 2)
