"""Where a person is in the app, and the way back: a Qt-free history of screens with their scroll positions."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Screen(StrEnum):
    HOME = "home"
    PAGE = "page"
    SEARCH = "search"


@dataclass(frozen=True, slots=True)
class Location:
    screen: Screen
    page_id: str | None = None

    @classmethod
    def home(cls) -> Location:
        return cls(Screen.HOME)

    @classmethod
    def page(cls, page_id: str) -> Location:
        return cls(Screen.PAGE, page_id)

    @classmethod
    def search(cls) -> Location:
        return cls(Screen.SEARCH)


@dataclass(slots=True)
class _Entry:
    location: Location
    scroll: int = 0


class History:
    """The screens visited, most recent last. Going home keeps the trail so Back still works from home."""

    MAX = 100

    def __init__(self) -> None:
        self._entries: list[_Entry] = [_Entry(Location.home())]

    @property
    def current(self) -> Location:
        return self._entries[-1].location

    @property
    def can_go_back(self) -> bool:
        return len(self._entries) > 1

    def __len__(self) -> int:
        return len(self._entries)

    def visit(self, location: Location, *, leaving_scroll: int = 0) -> None:
        self._entries[-1].scroll = leaving_scroll
        if location == self.current:
            return
        self._entries.append(_Entry(location))
        del self._entries[: -self.MAX]

    def back(self) -> tuple[Location, int] | None:
        """Step back (the screen being left is forgotten); returns where to go and the scroll to restore there."""
        if not self.can_go_back:
            return None
        self._entries.pop()
        entry = self._entries[-1]
        return entry.location, entry.scroll

    def reset(self) -> None:
        self._entries = [_Entry(Location.home())]
