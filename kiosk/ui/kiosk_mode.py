"""Waiting-room lock-down: no way out for a patient, a hidden staff gesture, and the keyboard shown when needed.

``KioskLock`` is one application-wide event filter with ``install()``/``shutdown()``; in windowed mode (a nurse's
laptop) it is simply not installed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget

STAFF_CORNER_PX = 90
STAFF_HOLD_MS = 3000

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

    def install(self) -> None:
        if self.active:
            return
        self.active = True
        self.window.allow_close = False
        self.window.setAcceptDrops(False)
        QApplication.instance().installEventFilter(self)

    def shutdown(self) -> None:
        if not self.active:
            return
        self.active = False
        self.hold.stop()
        self.window.allow_close = True
        QApplication.instance().removeEventFilter(self)

    def staff_corner(self) -> QRect:
        """The bottom-left corner of the window, where a 3-second press opens the staff PIN pad."""
        return QRect(0, self.window.height() - STAFF_CORNER_PX, STAFF_CORNER_PX, STAFF_CORNER_PX)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
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
        if watched is self.window and kind == QEvent.Type.WindowStateChange and not self.window.isFullScreen():
            QTimer.singleShot(0, self.window.showFullScreen)  # minimised or un-maximised by the desktop: undo it
        return False


class KeyboardPolicy(QObject):
    """Decides when the on-screen keyboard shows: on the search screen, unless a real keyboard is being used
    in windowed mode (a nurse's laptop)."""

    def __init__(self, *, touch_screen: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.touch_screen = touch_screen
        self.physical_keyboard_seen = False

    def install(self) -> None:
        QApplication.instance().installEventFilter(self)

    def shutdown(self) -> None:
        QApplication.instance().removeEventFilter(self)

    def wanted(self, on_search_screen: bool) -> bool:
        if not on_search_screen:
            return False
        return self.touch_screen or not self.physical_keyboard_seen

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The on-screen keyboard edits the box directly and sends no key events, so any key press is a real one.
        if event.type() == QEvent.Type.KeyPress:
            self.physical_keyboard_seen = True
        return False


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
