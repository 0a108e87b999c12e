"""Anonymous usage counts: day-by-day totals in a local SQLite file, and the CSV the clinic team reads them in."""

from kiosk.usage.counter import UsageCounter
from kiosk.usage.database import CSV_HEADER, DamagedDatabase, Kind, UsageSummary, read_rows, summarise, write_csv
from kiosk.usage.privacy import words_to_keep

__all__ = [
    "CSV_HEADER",
    "DamagedDatabase",
    "Kind",
    "UsageCounter",
    "UsageSummary",
    "read_rows",
    "summarise",
    "words_to_keep",
    "write_csv",
]
