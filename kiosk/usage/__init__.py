"""Anonymous usage counts: day-by-day totals in a local SQLite file, and the CSV the clinic team reads them in.

The names below load on first use (PEP 562): the kiosk makes its counter before the first paint, and SQLite
is only needed once the counter's writer thread writes the first count.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk.lazy import lazy_names

# Also what PyInstaller reads (it follows imports under TYPE_CHECKING as any other): every part below ships.
if TYPE_CHECKING:
    from kiosk.usage.counter import UsageCounter
    from kiosk.usage.database import CSV_HEADER, DamagedDatabase, UsageSummary, read_rows, summarise, write_csv
    from kiosk.usage.kinds import Kind
    from kiosk.usage.privacy import HealthVocabulary, words_to_keep

_WHERE = {
    "CSV_HEADER": "database",
    "DamagedDatabase": "database",
    "HealthVocabulary": "privacy",
    "Kind": "kinds",
    "UsageCounter": "counter",
    "UsageSummary": "database",
    "read_rows": "database",
    "summarise": "database",
    "words_to_keep": "privacy",
    "write_csv": "database",
}

__all__ = [
    "CSV_HEADER",
    "DamagedDatabase",
    "HealthVocabulary",
    "Kind",
    "UsageCounter",
    "UsageSummary",
    "read_rows",
    "summarise",
    "words_to_keep",
    "write_csv",
]


__getattr__, __dir__ = lazy_names(__name__, globals(), _WHERE)
