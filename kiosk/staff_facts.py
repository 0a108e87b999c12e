"""What the staff panel reports about this kiosk (content, review dates, settings), worked out without Qt."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

from kiosk.content.model import ContentStore
from kiosk.settings import FILE_KEYS, Settings


@dataclass(frozen=True, slots=True)
class ReviewDue:
    page_id: str
    title: str
    due: dt.date
    days_left: int  # negative: overdue

    @property
    def overdue(self) -> bool:
        return self.days_left < 0

    def describe(self) -> str:
        if self.overdue:
            days = -self.days_left
            return f"{self.title}: review was due {self.due:%d %B %Y} ({days} day{'s' * (days != 1)} ago)"
        return f"{self.title}: review due {self.due:%d %B %Y} (in {self.days_left} day{'s' * (self.days_left != 1)})"


def pages_due_for_review(store: ContentStore, today: dt.date, within_days: int | None = None) -> list[ReviewDue]:
    """Pages whose review date has passed or falls within ``within_days`` (default: as `kiosk check` warns),
    most overdue first."""
    if within_days is None:
        from kiosk.content.check import REVIEW_WARNING_DAYS  # imported here: the checker is slow to import

        within_days = REVIEW_WARNING_DAYS
    due = [ReviewDue(page.id, page.title, page.review_due, (page.review_due - today).days)
           for page in store if page.review_due is not None and (page.review_due - today).days <= within_days]
    return sorted(due, key=lambda item: (item.due, item.title))


def settings_in_use(settings: Settings) -> list[tuple[str, str]]:
    """Each setting as ``section.key`` and its value, the PIN hash shown only as set or not."""
    rows = []
    for item in fields(Settings):
        section = item.metadata.get("section")
        if not section:
            continue
        value = getattr(settings, item.name)
        if item.name == "staff_pin_hash":
            shown = "set" if value else "not set (staff cannot leave kiosk mode)"
        elif isinstance(value, bool):
            shown = "yes" if value else "no"
        else:
            shown = str(value) if value != "" else "(not set)"
        rows.append((f"{section}.{FILE_KEYS[item.name]}", shown))
    return rows
