"""`make bench` shows the last long monkey soak beside its own short run: a missing, broken or valid record."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "bench.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("bench_under_test", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def soak_record(**changes) -> dict:
    record = {"actions": 100_000, "seed": 21, "actions_per_second": 38.6, "exceptions": [], "stuck": [],
              "memory_mb": {"after warm-up": 139.0, "middle": 141.0, "end": 146.5},
              "widgets": {"after warm-up": 310, "end": 310}, "memory_growth_percent": 5.4,
              "slowest": [[412.0, 5123, "text size: bigger"]], "over_100ms": 40, "over_500ms": 0,
              "when": "2026-12-02 23:10 UTC", "commit": "abc1234"}
    return record | changes


def test_a_long_run_on_record_is_shown_with_when_and_which_commit(bench, tmp_path):
    path = tmp_path / "soak.json"
    path.write_text(json.dumps(soak_record()))
    rows = bench.long_monkey(path)
    assert [row[0] for row in rows] == ["memory", "memory", "monkey", "monkey"]
    assert all("long run, 2026-12-02 23:10 UTC, commit abc1234" in row[1] for row in rows)
    assert rows[0][2] == "139 / 146 (+5.4%)"
    assert rows[2][2] == "39/s, 0, 0" and "100000 actions, seed 21" in rows[2][1]
    assert rows[3][2] == "412 (text size: bigger); 40 / 0"


def test_no_long_run_on_record_says_how_to_make_one(bench, tmp_path):
    [row] = bench.long_monkey(tmp_path / "soak.json")
    assert row[2] == "none on record" and "monkey_soak.py --actions 100000 --json" in row[3]


@pytest.mark.parametrize("text", ["{", "[]", json.dumps({"actions": 5})])
def test_a_broken_record_is_reported_not_raised(bench, tmp_path, text):
    path = tmp_path / "soak.json"
    path.write_text(text)
    [row] = bench.long_monkey(path)
    assert row[2] == "unreadable" and row[3].startswith("soak.json: ")


def test_gui_stalls_show_the_worst_kind_and_every_kind_over_100_ms(bench):
    figures = {"sizes": ["1920x1080", "1024x768"], "stalls": {
        "take home": {"n": 6, "median": 8.0, "p95": 12.0, "max": 14.0},
        "Large print on (search)": {"n": 6, "median": 70.0, "p95": 120.0, "max": 131.0},
        "PIN pad: wrong PIN": {"n": 6, "median": 3.0, "p95": 5.0, "max": 101.0}}}
    worst, over = bench.gui_stall_rows(figures)
    assert worst[0] == over[0] == "gui stall" and "1920x1080, 1024x768" in worst[1]
    assert worst[2] == "131 (Large print on (search))"
    assert over[2] == "2 of 3: Large print on (search), PIN pad: wrong PIN"


def test_first_start_rows_show_paint_search_and_stall_against_their_aims(bench):
    def run(paint: float, ready: float, stall: float) -> dict:
        return {"first_paint_s": paint, "search_ready_s": ready, "longest_stall_ms": stall}

    rows = bench.first_start_rows(5000, {0: [run(1.2, 14.0, 90), run(1.5, 16.0, 120)],
                                         2: [run(2.5, 30.0, 250)]})
    assert [row[0] for row in rows] == ["start-up"] * 6
    idle, busy = rows[:3], rows[3:]
    assert "5,000 pages, idle" in idle[0][1] and "2 runs" in idle[0][1]
    assert [row[2] for row in idle] == ["1.4 / 1.5", "15.0 / 16.0", "120"]
    assert not any("NOT MET" in row[3] for row in idle)
    assert "2 busy processes" in busy[0][1]
    assert all(row[3].endswith("NOT MET") for row in busy)
