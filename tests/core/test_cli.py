"""The command line other people script against: names, options, exit codes and output shapes."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk import __version__
from kiosk.cli import build_parser, main
from kiosk.pin_command import set_pin_command
from kiosk.settings import load_settings, verify_pin
from tests.conftest import CHILD_TIMEOUT_S
from tests.core.platforms import needs_qt


def run(*args: str) -> subprocess.CompletedProcess[str]:
    # The timeout only stops a hang: a busy 2-core PC running the suite on two workers needs minutes for a self-test.
    return subprocess.run([sys.executable, "-m", "kiosk", *args], capture_output=True, text=True,
                          timeout=CHILD_TIMEOUT_S)


def test_version_and_help() -> None:
    assert run("--version").stdout.strip() == f"Clinic Kiosk {__version__}"
    help_text = run("--help").stdout
    for word in ("--windowed", "--kiosk", "--content-dir", "--config", "--self-test", "search", "check", "snapshot",
                 "index", "set-pin"):
        assert word in help_text


def test_the_documented_commands_parse() -> None:
    parser = build_parser()
    assert parser.parse_args(["search", "bone pain", "--json", "--limit", "3"]).limit == 3
    assert parser.parse_args(["check", "--content-dir", "x"]).content_dir == Path("x")
    assert parser.parse_args(["snapshot", "--out", "shots"]).out == Path("shots")
    assert parser.parse_args(["--windowed", "--config", "s.toml"]).mode == "windowed"


def test_search_json_shape_on_the_shipped_guide(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "tumor", "--json", "--limit", "3"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"query", "did_you_mean", "results"} <= set(data)  # later fields are added, never renamed
    assert data["query"] == "tumor"
    assert 1 <= len(data["results"]) <= 3
    assert set(data["results"][0]) == {"id", "title", "snippet", "score", "guide"}  # "guide" added later
    assert data["results"][0]["guide"] == "Secondary breast cancer"


def test_check_fails_on_broken_content_and_passes_on_the_guide(content, capsys) -> None:
    root = content("broken", raw="---\ntitle: Broken\n")
    assert main(["check", "--content-dir", str(root)]) == 1
    assert "broken.md" in capsys.readouterr().out
    assert main(["check"]) == 0


def test_set_pin_writes_only_a_hash(tmp_path: Path) -> None:
    config = tmp_path / "settings.toml"
    out = io.StringIO()
    assert set_pin_command(config, io.StringIO("975312\n975312\n"), out) == 0
    text = config.read_text()
    assert "975312" not in text
    assert verify_pin("975312", load_settings(config).settings.staff_pin_hash)


@pytest.mark.parametrize(("typed", "message"),
                         [("2468\n2468\n", "6 to 12 digits"), ("975312\n975321\n", "not the same")])
def test_set_pin_refuses_bad_pins_and_changes_nothing(tmp_path: Path, typed: str, message: str) -> None:
    config = tmp_path / "settings.toml"
    out = io.StringIO()
    assert set_pin_command(config, io.StringIO(typed), out) == 2
    assert message in out.getvalue() and not config.exists()


@pytest.mark.parametrize(("pin", "why"), [("123456", "run in order"), ("987654", "run in order"),
                                          ("890123", "run in order"), ("000000", "one digit repeated"),
                                          ("121212", "short pattern"), ("123123", "short pattern"),
                                          ("123321", "same backwards"), ("147258", "most often")])
def test_set_pin_refuses_a_pin_anyone_would_try_first(tmp_path: Path, pin: str, why: str) -> None:
    config = tmp_path / "settings.toml"
    out = io.StringIO()
    assert set_pin_command(config, io.StringIO(f"{pin}\n{pin}\n"), out) == 2
    said = out.getvalue()
    assert "too easy to guess" in said and why in said and "Nothing was changed" in said, said
    assert not config.exists()


def test_set_pin_into_an_unwritable_folder_says_so(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    out = io.StringIO()
    assert set_pin_command(blocker / "settings.toml", io.StringIO("246813\n246813\n"), out) == 1
    assert "Nothing was changed" in out.getvalue()


@needs_qt
@pytest.mark.slow  # it draws every screen in every theme: make test-slow and CI run it
def test_self_test_passes_from_source() -> None:
    done = run("--self-test")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "self-test: passed" in done.stdout
    assert "screens" in done.stdout
    assert "English words" in done.stdout  # the bundle carries the word list that stops wrong corrections
