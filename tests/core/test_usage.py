"""Usage counts: written and read back, nothing personal kept, a kill or damage never loses the database."""

from __future__ import annotations

import csv
import datetime as dt
import io
import logging
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.cli import main
from kiosk.usage import Kind, UsageCounter, read_rows, summarise, words_to_keep, write_csv
from kiosk.usage.commands import default_database
from kiosk.usage.database import add_count, open_database

DAY = dt.date(2026, 12, 2)


def counter(path: Path, **kwargs: object) -> UsageCounter:
    return UsageCounter(path, today=lambda: DAY, **kwargs)  # type: ignore[arg-type]


def test_counts_are_written_and_read_back(tmp_path: Path) -> None:
    db = tmp_path / "usage.sqlite3"
    usage = counter(db)
    for _ in range(3):
        usage.page_viewed("bone-pain")
    usage.page_viewed("fatigue")
    usage.searched("bone pain", found=True)
    usage.searched("lymphoedema sleeve", found=False)
    usage.large_print_used()
    usage.read_aloud_used()
    usage.helpful("bone-pain", yes=True)
    usage.helpful("bone-pain", yes=True)
    usage.helpful("fatigue", yes=False)
    assert usage.flush()
    usage.close()
    assert read_rows(db) == [
        ("2026-12-02", "helpful_no", "fatigue", 1),
        ("2026-12-02", "helpful_yes", "bone-pain", 2),
        ("2026-12-02", "large_print", "", 1),
        ("2026-12-02", "page_view", "bone-pain", 3),
        ("2026-12-02", "page_view", "fatigue", 1),
        ("2026-12-02", "read_aloud", "", 1),
        ("2026-12-02", "search", "", 2),
        ("2026-12-02", "search_nothing_found", "lymphoedema sleeve", 1),
    ]


def test_each_day_has_its_own_rows_and_nothing_finer(tmp_path: Path) -> None:
    db = tmp_path / "usage.sqlite3"
    today = [dt.date(2026, 12, 1)]
    usage = UsageCounter(db, today=lambda: today[0])
    usage.page_viewed("a")
    today[0] = dt.date(2026, 12, 2)
    usage.page_viewed("a")
    usage.close()
    assert [(day, total) for day, _, _, total in read_rows(db)] == [("2026-12-01", 1), ("2026-12-02", 1)]
    columns = [row[1] for row in sqlite3.connect(db).execute("PRAGMA table_info(counts)")]
    assert columns == ["day", "kind", "item", "total"]  # no time, no session, no visit id


@pytest.mark.parametrize("text", [
    "07700 900123", "my number is 0161 496 0000", "jane.doe@example.com", "jane at doe＠nhs", "born 1/2/1960",
    "NHS 485 777 3456", "M1 4BT", "what should i do about the pain in my back", "٣ tablets", "",
])
def test_searches_that_could_identify_someone_keep_no_words(tmp_path: Path, text: str) -> None:
    db = tmp_path / "usage.sqlite3"
    usage = counter(db)
    usage.searched(text or "   ", found=False)
    usage.close()
    rows = read_rows(db)
    assert all(item == "" for _, _, item, _ in rows)
    for _, _, item, _ in rows:
        assert not any(part in item for part in text.split())


@given(st.text(max_size=80))
def test_kept_words_never_hold_digits_ats_or_more_than_four_words(text: str) -> None:
    kept = words_to_keep(text)
    if kept is not None:
        assert not any(ch.isdigit() or ch.isnumeric() for ch in kept)
        assert "@" not in kept
        assert 1 <= len(kept.split()) <= 4
        assert kept == " ".join(text.split()).casefold()


@given(st.lists(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=12), min_size=1, max_size=4))
def test_a_few_plain_words_are_kept(words: list[str]) -> None:
    assert words_to_keep("  ".join(words)) == " ".join(words)


def test_counting_switched_off_writes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "data" / "usage.sqlite3"
    usage = counter(db, enabled=False)
    usage.page_viewed("a")
    usage.searched("lymph", found=False)
    usage.helpful("a", yes=True)
    usage.large_print_used()
    assert usage.flush()
    usage.close()
    assert not (tmp_path / "data").exists()


def test_a_damaged_database_is_set_aside_and_counting_starts_afresh(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    db = tmp_path / "usage.sqlite3"
    db.write_bytes(b"this is not a database, it was cut short by a bad disk" * 100)
    usage = counter(db)
    with caplog.at_level(logging.WARNING):
        usage.page_viewed("fatigue")
        usage.close()
    assert read_rows(db) == [("2026-12-02", "page_view", "fatigue", 1)]
    aside = tmp_path / "usage.sqlite3.damaged-20261202"
    assert aside.read_bytes().startswith(b"this is not a database")
    assert any("damaged" in record.getMessage() and aside.name in record.getMessage() for record in caplog.records)


def test_damage_inside_a_real_database_is_noticed(tmp_path: Path) -> None:
    db = tmp_path / "usage.sqlite3"
    connection = open_database(db)
    for number in range(2000):
        add_count(connection, DAY, Kind.PAGE_VIEW, f"page-{number}")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    data = bytearray(db.read_bytes())
    data[4096 * 2: 4096 * 4] = b"\xff" * 8192  # scribble over two b-tree pages
    db.write_bytes(bytes(data))
    usage = counter(db)
    usage.page_viewed("fatigue")
    usage.close()
    assert read_rows(db) == [("2026-12-02", "page_view", "fatigue", 1)]
    assert (tmp_path / "usage.sqlite3.damaged-20261202").exists()


def test_a_database_that_cannot_be_written_stops_counting_quietly(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    # A file where the folder should be: unwritable even for root (CI runs as root, which chmod cannot stop).
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    usage = counter(blocker / "usage.sqlite3")
    with caplog.at_level(logging.WARNING):
        for _ in range(5):
            usage.page_viewed("a")  # never raises for the patient
        assert usage.flush()
        usage.close()
    assert not usage.enabled
    assert len([r for r in caplog.records if "counting is off" in r.getMessage()]) == 1


def test_counting_never_waits_for_the_disk(tmp_path: Path) -> None:
    usage = counter(tmp_path / "usage.sqlite3")
    started = time.perf_counter()
    for number in range(200):
        usage.page_viewed(f"page-{number % 7}")
    elapsed = time.perf_counter() - started
    assert usage.flush(timeout=60)
    usage.close()
    # 200 synchronous commits take seconds; queueing them takes well under a millisecond each.
    assert elapsed < 0.2
    assert sum(total for *_, total in read_rows(tmp_path / "usage.sqlite3")) == 200


_WRITER = """
import datetime as dt, sys
from pathlib import Path
from kiosk.usage.database import Kind, add_count, open_database
connection = open_database(Path(sys.argv[1]))
print("ready", flush=True)
day = dt.date(2026, 12, 2)
number = 0
while True:
    number += 1
    add_count(connection, day, Kind.PAGE_VIEW, f"page-{number % 50}")
    add_count(connection, day + dt.timedelta(days=number % 3), Kind.SEARCH)
"""


def test_a_database_killed_mid_write_again_and_again_is_never_corrupt(tmp_path: Path) -> None:
    db = tmp_path / "usage.sqlite3"
    last_total = 0
    for attempt in range(12):
        writer = subprocess.Popen([sys.executable, "-c", _WRITER, str(db)], stdout=subprocess.PIPE, text=True)
        assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
        time.sleep(0.05 + (attempt % 4) * 0.04)
        if hasattr(signal, "SIGKILL"):
            writer.send_signal(signal.SIGKILL)
        else:
            writer.kill()  # Windows: TerminateProcess, as abrupt as kill -9
        writer.wait()
        writer.stdout.close()
        connection = sqlite3.connect(db)
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        total = connection.execute("SELECT SUM(total) FROM counts WHERE kind = 'page_view'").fetchone()[0] or 0
        connection.close()
        assert total >= last_total  # every count committed before a kill is still there
        last_total = total
    assert last_total > 0
    assert not list(tmp_path.glob("*.damaged-*"))


def test_csv_has_one_row_per_day_kind_and_item_and_no_formulas() -> None:
    out = io.StringIO()
    rows = [("2026-12-02", "search_nothing_found", "=hyperlink(x)", 2), ("2026-12-02", "page_view", "fatigue", 3)]
    assert write_csv(rows, out) == 2
    parsed = list(csv.reader(io.StringIO(out.getvalue())))
    assert parsed == [["day", "kind", "item", "count"], ["2026-12-02", "search_nothing_found", "'=hyperlink(x)", "2"],
                      ["2026-12-02", "page_view", "fatigue", "3"]]


def test_summary_covers_the_last_thirty_days() -> None:
    rows = [("2026-10-01", "page_view", "old", 50), ("2026-11-20", "page_view", "fatigue", 4),
            ("2026-12-02", "page_view", "bone-pain", 6), ("2026-12-02", "search_nothing_found", "sleeve", 2),
            ("2026-12-02", "search_nothing_found", "", 3), ("2026-12-01", "helpful_yes", "fatigue", 1)]
    summary = summarise(rows, DAY)
    assert summary.total(Kind.PAGE_VIEW) == 10
    assert summary.top_pages == [("bone-pain", 6), ("fatigue", 4)]
    assert summary.nothing_found == [("sleeve", 2)]
    assert summary.total(Kind.SEARCH_NOTHING_FOUND) == 5
    assert summary.total(Kind.HELPFUL_YES) == 1


def test_kiosk_stats_writes_the_csv(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    usage = counter(default_database())
    usage.page_viewed("fatigue")
    usage.close()
    target = tmp_path / "counts.csv"
    assert main(["stats", "--csv", str(target)]) == 0
    assert capsys.readouterr().out.strip() == f"Wrote 1 rows of usage counts to {target}"
    assert target.read_text().splitlines() == ["day,kind,item,count", "2026-12-02,page_view,fatigue,1"]


def test_kiosk_stats_with_no_counts_yet_and_with_a_bad_target(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "settings.toml"
    config.write_text("[usage]\nenabled = false\n")
    assert main(["stats", "--csv", str(tmp_path / "c.csv"), "--config", str(config)]) == 0
    said = capsys.readouterr().out
    assert said.startswith("Wrote 0 rows") and "switched off" in said
    assert (tmp_path / "c.csv").read_text() == "day,kind,item,count\n"
    assert not default_database().exists()
    assert main(["stats", "--csv", str(tmp_path / "missing-folder" / "c.csv")]) == 1
    assert capsys.readouterr().out.startswith("Could not write")
