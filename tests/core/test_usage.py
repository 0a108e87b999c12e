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
import threading
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.cli import main
from kiosk.usage import HealthVocabulary, Kind, UsageCounter, read_rows, summarise, words_to_keep, write_csv
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
        ("2026-12-02", "search_nothing_found", "", 1),  # no vocabulary given: no word kept
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


VOCABULARY = HealthVocabulary.from_texts(["Lymphoedema and a compression sleeve"], health_topics={"wig"},
                                        names={"jane", "smith"})


@pytest.mark.parametrize("text", [
    "07700 900123", "my number is 0161 496 0000", "jane.doe@example.com", "jane at doe＠nhs", "born 1/2/1960",
    "NHS 485 777 3456", "M1 4BT", "what should i do about the pain in my back", "٣ tablets", "", "jane smith",
    "wig 12/03/1961", "lymphoedema sleeve wig jane smith",
])
def test_searches_that_could_identify_someone_keep_no_words(tmp_path: Path, text: str) -> None:
    db = tmp_path / "usage.sqlite3"
    usage = counter(db)
    usage.use_vocabulary(lambda: VOCABULARY)
    usage.searched(text or "   ", found=False)
    usage.close()
    rows = read_rows(db, all_rows=True)
    assert all(item == "" for _, _, item, _ in rows)


@given(st.text(max_size=80))
def test_kept_words_are_single_vocabulary_words_never_digits_or_ats(text: str) -> None:
    kept = words_to_keep(text, VOCABULARY)
    assert all(VOCABULARY.keeps(word) and " " not in word for word in kept)
    if kept:
        assert not any(ch.isdigit() or ch.isnumeric() or ch in "@＠﹫" for ch in text)
        assert len(text.split()) <= 4


def test_only_health_words_are_kept_one_by_one() -> None:
    assert words_to_keep("Wig  for LYMPHOEDEMA", VOCABULARY) == ["wig", "lymphoedema"]
    assert words_to_keep("compression sleeve wig", VOCABULARY) == ["compression", "sleeve", "wig"]
    assert words_to_keep("a compression sleeve wig", VOCABULARY) == []  # more than 3 words: nothing
    assert words_to_keep("jane wig", VOCABULARY) == ["wig"]  # never the name beside it
    assert words_to_keep("about and", VOCABULARY) == []  # the guide's common words say nothing
    assert words_to_keep("wig", None) == []  # no vocabulary: nothing kept


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


def test_counting_never_waits_for_the_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The disk is held still: every count must still return at once, and be written later on the writer's thread.
    import kiosk.usage.database

    disk_free = threading.Event()
    writers: set[str] = set()
    real_add_count = kiosk.usage.database.add_count

    def slow_disk(*args: object, **kwargs: object) -> None:
        writers.add(threading.current_thread().name)
        assert disk_free.wait(timeout=60), "the test never freed the disk"
        real_add_count(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(kiosk.usage.database, "add_count", slow_disk)
    usage = counter(tmp_path / "usage.sqlite3")
    for number in range(200):
        usage.page_viewed(f"page-{number % 7}")  # would never return if it waited for the disk
    assert not usage.flush(timeout=0)  # all 200 returned while none could be written yet
    disk_free.set()
    assert usage.flush(timeout=60)
    usage.close()
    assert threading.current_thread().name not in writers and writers == {"usage-counts"}
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
            ("2026-12-02", "page_view", "bone-pain", 6), ("2026-12-02", "nothing_found_word", "sleeve", 2),
            ("2026-12-02", "search_nothing_found", "", 3), ("2026-12-01", "helpful_yes", "fatigue", 1)]
    summary = summarise(rows, DAY)
    assert summary.total(Kind.PAGE_VIEW) == 10
    assert summary.top_pages == [("bone-pain", 6), ("fatigue", 4)]
    assert summary.nothing_found == [("sleeve", 2)]
    assert summary.total(Kind.SEARCH_NOTHING_FOUND) == 3
    assert summary.total(Kind.HELPFUL_YES) == 1


def test_kiosk_stats_writes_the_csv(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    today = dt.date.today()  # kiosk stats deletes counts past the retention period, counted from today
    usage = UsageCounter(default_database(), today=lambda: today)
    usage.page_viewed("fatigue")
    usage.close()
    target = tmp_path / "counts.csv"
    assert main(["stats", "--csv", str(target)]) == 0
    assert capsys.readouterr().out.strip() == f"Wrote 1 rows of usage counts to {target}"
    assert target.read_text().splitlines() == ["day,kind,item,count", f"{today},page_view,fatigue,1"]


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


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_the_folder_and_every_database_file_are_owner_only(tmp_path: Path) -> None:
    import os
    import stat

    folder = tmp_path / "data"
    old_umask = os.umask(0o022)  # the usual umask, which would make the files world-readable
    try:
        usage = counter(folder / "usage.sqlite3")
        usage.page_viewed("fatigue")
        assert usage.flush()
        files = [folder / name for name in ("usage.sqlite3", "usage.sqlite3-wal", "usage.sqlite3-shm")]
        assert all(f.exists() for f in files)  # open while the kiosk runs: WAL files there too
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        assert {f.name: stat.S_IMODE(f.stat().st_mode) for f in files} == {f.name: 0o600 for f in files}
        usage.close()
        # A database and folder made by an earlier version, readable by everyone, are tightened when opened.
        for path in (folder, *files):
            if path.exists():
                path.chmod(0o755 if path.is_dir() else 0o644)
        usage = counter(folder / "usage.sqlite3")
        usage.page_viewed("fatigue")
        usage.close()
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        assert all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in files if f.exists())
    finally:
        os.umask(old_umask)


def test_counts_past_the_retention_period_are_deleted_at_open_and_each_new_day(tmp_path: Path) -> None:
    db = tmp_path / "usage.sqlite3"
    connection = open_database(db, dt.date(2025, 1, 1))
    for day in (dt.date(2025, 1, 1), dt.date(2025, 11, 30), dt.date(2025, 12, 1), dt.date(2026, 12, 2)):
        add_count(connection, day, Kind.PAGE_VIEW, "fatigue")
    connection.close()
    today = [dt.date(2026, 12, 2)]
    usage = UsageCounter(db, today=lambda: today[0])  # 13 months: 1 November 2025 and later are kept
    usage.page_viewed("fatigue")
    assert usage.flush()
    assert [row[0] for row in read_rows(db)] == ["2025-11-30", "2025-12-01", "2026-12-02"]
    today[0] = dt.date(2027, 1, 1)  # the kiosk runs on into a new day: 1 December 2025 is now the first kept
    usage.page_viewed("fatigue")
    usage.close()
    assert [row[0] for row in read_rows(db)] == ["2025-12-01", "2026-12-02", "2027-01-01"]
    short = UsageCounter(db, today=lambda: dt.date(2027, 1, 3), retention_months=1)  # 3 December 2026 on
    short.page_viewed("fatigue")
    short.close()
    assert [row[0] for row in read_rows(db)] == ["2027-01-01", "2027-01-03"]


def test_a_word_is_shown_only_once_searched_on_three_different_days(tmp_path: Path) -> None:
    db = tmp_path / "usage.sqlite3"
    today = [dt.date(2026, 12, 1)]
    usage = UsageCounter(db, today=lambda: today[0])
    usage.use_vocabulary(lambda: VOCABULARY)
    for _ in range(10):  # ten times on one day is still one day
        usage.searched("wig", found=False)
    usage.searched("lymphoedema", found=False)
    today[0] = dt.date(2026, 12, 2)
    usage.searched("wig", found=False)
    usage.searched("lymphoedema", found=False)
    assert usage.flush()
    assert not [row for row in read_rows(db) if row[1] == "nothing_found_word"]
    assert ("2026-12-01", "nothing_found_word", "wig", 10) in read_rows(db, all_rows=True)  # kept, not shown
    today[0] = dt.date(2026, 12, 5)
    usage.searched("wig", found=False)
    usage.close()
    assert [row for row in read_rows(db) if row[1] == "nothing_found_word"] == [
        ("2026-12-01", "nothing_found_word", "wig", 10), ("2026-12-02", "nothing_found_word", "wig", 1),
        ("2026-12-05", "nothing_found_word", "wig", 1)]
    assert summarise(read_rows(db), dt.date(2026, 12, 5)).nothing_found == [("wig", 12)]


def test_phrases_kept_by_an_earlier_version_are_deleted_from_the_file_on_open(tmp_path: Path) -> None:
    db = tmp_path / "usage.sqlite3"
    old = sqlite3.connect(db)  # as an earlier version wrote it: whole searches kept as items
    old.execute("CREATE TABLE counts (day TEXT NOT NULL, kind TEXT NOT NULL, item TEXT NOT NULL DEFAULT '', "
                "total INTEGER NOT NULL, PRIMARY KEY (day, kind, item)) WITHOUT ROWID")
    old.executemany("INSERT INTO counts VALUES (?, ?, ?, ?)", [
        ("2026-12-01", "search_nothing_found", "jane smith dob", 1),
        ("2026-12-01", "search_nothing_found", "my husband hits me", 2),
        ("2026-12-01", "search_nothing_found", "wig", 3),
        ("2026-12-01", "search_nothing_found", "", 4),
        ("2026-12-01", "page_view", "fatigue", 5)])
    old.commit()
    old.close()
    # Read before any kiosk opened it again: the phrases are already kept out of what is shown.
    assert read_rows(db) == [("2026-12-01", "page_view", "fatigue", 5),
                             ("2026-12-01", "search_nothing_found", "", 10)]
    usage = counter(db)
    usage.use_vocabulary(lambda: VOCABULARY)
    usage.page_viewed("fatigue")
    usage.close()
    assert read_rows(db, all_rows=True) == [
        ("2026-12-01", "nothing_found_word", "wig", 3),
        ("2026-12-01", "page_view", "fatigue", 5),
        ("2026-12-01", "search_nothing_found", "", 10),
        ("2026-12-02", "page_view", "fatigue", 1)]
    stored = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith("usage.sqlite3"))
    assert b"jane" not in stored and b"husband" not in stored
