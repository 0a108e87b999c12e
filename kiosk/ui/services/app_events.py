"""The one application-wide event filter: each kind of event goes only to the parts that watch for it.

Qt hands every event in the app (thousands in one Large print switch: a style, font and palette change for each
widget) to every application-wide filter. A filter written in Python costs a call into Python each time, so four
of them (idle reset, kiosk lock, scroll keys, the keyboard policy) made a theme switch about 40% slower. Here
one filter looks at the event's kind and calls only the parts watching that kind, newest first, as Qt would.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt

Handler = Callable[[QObject, QEvent], bool]  # an eventFilter: True when it took the event


class AppEvents(QObject):
    """``watch(part, kinds)`` sends events of those kinds to ``part.eventFilter``; ``unwatch(part)`` stops.
    Installed on the application while anything watches."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._app = app
        self._watchers: list[tuple[QObject, frozenset[QEvent.Type]]] = []
        self._by_kind: dict[QEvent.Type, list[Handler]] = {}
        self._installed = False
        self._paused = 0

    def watch(self, part: QObject, kinds: Iterable[QEvent.Type]) -> None:
        if not self.watching(part):
            # A part deleted without unwatching must not be called afterwards.
            part.destroyed.connect(lambda _=None, part=part: self.unwatch(part))
        self.unwatch(part)
        self._watchers.insert(0, (part, frozenset(kinds)))  # the newest first, as Qt orders its own filters
        self._rebuild()

    def unwatch(self, part: QObject) -> None:
        before = len(self._watchers)
        self._watchers = [(p, kinds) for p, kinds in self._watchers if p is not part]
        if len(self._watchers) != before:
            self._rebuild()

    def watching(self, part: QObject) -> bool:
        return any(p is part for p, _ in self._watchers)

    def _rebuild(self) -> None:
        by_kind: dict[QEvent.Type, list[Handler]] = {}
        for part, kinds in self._watchers:
            for kind in kinds:
                by_kind.setdefault(kind, []).append(part.eventFilter)
        self._by_kind = by_kind
        self._install()

    def _install(self) -> None:
        wanted = bool(self._watchers) and not self._paused
        if wanted and not self._installed:
            self._app.installEventFilter(self)
        elif not wanted and self._installed:
            self._app.removeEventFilter(self)
        self._installed = wanted

    @contextmanager
    def paused(self) -> Iterator[None]:
        """Off the application while code that runs no event loop works (a theme switch restyling the screen): no
        tap or key can arrive meanwhile, and Qt would call this filter, in Python, for each of the thousands of
        style, font and palette changes it sends (a fifth of a Large print switch)."""
        self._paused += 1
        self._install()
        try:
            yield
        finally:
            self._paused -= 1
            self._install()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        handlers = self._by_kind.get(event.type())
        if handlers:
            for handler in handlers:
                if handler(watched, event):
                    return True
        return False


def app_events() -> AppEvents:
    """The application's one filter, made on first use."""
    app = QCoreApplication.instance()
    found = app.findChild(AppEvents, "appEvents", Qt.FindChildOption.FindDirectChildrenOnly)
    if found is None:
        found = AppEvents(app)
        found.setObjectName("appEvents")
    return found
