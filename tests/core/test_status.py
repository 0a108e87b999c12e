"""``kiosk status [--json]``: the guides in use with version, signer and sign-off; whether a kiosk runs and what it
last did (its state file); the settings files; the pickup folder. Called in-process, as a script would see it."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.fleet.state import ErrorCounter, KioskState, read_state, state_file
from kiosk.fleet.status import key_fingerprint, kiosk_running
from kiosk.instance_lock import try_lock
from kiosk.packs import generate_keys, load_signing_key, load_verify_key, write_pack
from kiosk.paths import runtime_dir
from tests.core.owner_only import readers_besides_owner

KEYS = ("format", "version", "host", "checked_at", "guides", "kiosk", "settings_files", "pickup")
GUIDE_KEYS = ("id", "title", "version", "source", "folder", "signer", "signoff")
KIOSK_KEYS = ("running", "pid", "started", "first_paint", "last_idle_reset", "uptime_seconds", "errors_since_start",
              "showing")


@pytest.fixture
def it_setup(tmp_path: Path, small_guide: Path) -> Path:
    generate_keys(tmp_path / "sign.key", tmp_path / "sign.pub")
    (tmp_path / "pickup").mkdir()
    config = tmp_path / "settings.toml"
    packs = tmp_path / "packs"  # a TOML literal string below: a Windows path's backslashes are no escapes there
    config.write_text(f"[content]\npack_public_key = \"sign.pub\"\npacks_dir = '{packs}'\n"
                      'pickup_folder = "pickup"\n')
    return config


def build(tmp_path: Path, name: str, version: str) -> Path:
    out = tmp_path / name
    write_pack(tmp_path / "small-guide", load_signing_key(tmp_path / "sign.key"), out, guide_id="breast",
               version=version)
    return out


def status_json(config: Path, capsys) -> dict:
    assert main(["status", "--json", "--config", str(config)]) == 0
    return json.loads(capsys.readouterr().out)


def test_the_json_shape_is_the_documented_one(it_setup: Path, capsys) -> None:
    status = status_json(it_setup, capsys)
    assert tuple(status) == KEYS and status["format"] == 1
    assert tuple(status["guides"][0]) == GUIDE_KEYS
    assert tuple(status["kiosk"]) == KIOSK_KEYS
    assert status["guides"][0]["source"] == "built-in" and status["guides"][0]["signer"] is None
    # Nobody has signed the shipped guide off yet: kiosk status says so, page by page counted.
    signoff = status["guides"][0]["signoff"]
    assert signoff["complete"] is False
    assert signoff["signed"] + signoff["changed"] + signoff["missing"] == signoff["pages"] > 50
    assert status["kiosk"]["running"] is False
    assert status["settings_files"][0] == {"path": str(it_setup), "role": "--config", "exists": True}
    assert status["pickup"] == {"folder": str(it_setup.parent / "pickup"), "exists": True, "files": []}


def test_the_held_back_script_as_it_will_be_judged(tmp_path: Path, it_setup: Path, capsys) -> None:
    """v1 installed; v2 in the pickup folder; pickup installs v2; rollback; pickup again leaves v1; installing v1
    over v2 needs --allow-downgrade; status says which version is in use, and that v2 is held back."""
    v1, v2 = build(tmp_path, "v1.kpack", "2026.1"), build(tmp_path, "v2.kpack", "2026.2")
    config = ["--config", str(it_setup)]
    assert main(["pack", "install", str(v1), *config]) == 0
    shutil.copy(v2, tmp_path / "pickup")
    assert main(["pack", "pickup", *config]) == 0
    assert "v2.kpack: installed: breast 2026.2" in capsys.readouterr().out
    assert status_json(it_setup, capsys)["guides"][0]["version"] == "2026.2"
    assert main(["pack", "install", str(v1), *config]) == 1
    assert "--allow-downgrade" in capsys.readouterr().out
    assert main(["pack", "rollback", *config]) == 0
    assert main(["pack", "pickup", *config]) == 0
    assert "v2.kpack: skipped: held back" in capsys.readouterr().out
    status = status_json(it_setup, capsys)
    guide = status["guides"][0]
    assert (guide["id"], guide["version"], guide["source"]) == ("breast", "2026.1", "pack")
    fingerprint = key_fingerprint(bytes(load_verify_key(tmp_path / "sign.pub")))
    assert guide["signer"] == {"fingerprint": fingerprint, "verified": True}
    assert status["pickup"]["files"][0]["outcome"] == "skipped"


def test_a_pack_whose_signature_no_longer_checks_out_says_so(tmp_path: Path, it_setup: Path, capsys) -> None:
    assert main(["pack", "install", str(build(tmp_path, "v1.kpack", "2026.1")), "--config", str(it_setup)]) == 0
    capsys.readouterr()
    installed = next((tmp_path / "packs" / "breast").iterdir())
    (installed / "manifest.json").write_bytes((installed / "manifest.json").read_bytes().replace(b"2026.1", b"2026.9"))
    signer = status_json(it_setup, capsys)["guides"][0]["signer"]
    assert signer["verified"] is False and signer["fingerprint"] is None


def test_a_running_kiosk_is_seen_by_its_lock_and_its_state_file(tmp_path: Path, it_setup: Path, capsys) -> None:
    folder = runtime_dir()
    folder.mkdir(parents=True, exist_ok=True)
    held = try_lock(folder / "kiosk.lock")  # as the running kiosk holds it
    clock = iter([1000.0, 1010.0, 1100.0])
    errors = ErrorCounter()
    state = KioskState(clock=lambda: next(clock), errors=errors)
    state.showing = ["/somewhere/content"]
    state.painted_first()
    state.idle_reset()
    errors.count = 2
    state.save()
    assert readers_besides_owner(state_file()) == []  # owner-only: mode bits on POSIX, the access list on Windows
    try:
        kiosk = status_json(it_setup, capsys)["kiosk"]
    finally:
        held.release()
    assert kiosk["running"] is True and kiosk["pid"] == os.getpid()
    assert (kiosk["started"], kiosk["first_paint"], kiosk["last_idle_reset"]) == (
        "1970-01-01T00:16:40Z", "1970-01-01T00:16:50Z", "1970-01-01T00:18:20Z")
    assert kiosk["errors_since_start"] == 2 and kiosk["showing"] == ["/somewhere/content"]
    assert kiosk["uptime_seconds"] > 0
    assert kiosk_running() is False  # released: no kiosk now
    assert status_json(it_setup, capsys)["kiosk"]["errors_since_start"] is None


def test_the_text_report_names_guide_kiosk_settings_and_pickup(it_setup: Path, capsys) -> None:
    assert main(["status", "--config", str(it_setup)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("Clinic Kiosk ")
    assert any(line.startswith("Guide: ") for line in out)
    assert "Kiosk: not running" in out
    assert f"Settings (--config): {it_setup}" in out
    assert any(line.startswith("Pickup folder: ") for line in out)


def test_an_unwritable_state_file_is_said_once_and_never_raises(tmp_path: Path, caplog) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    state = KioskState(blocked / "kiosk-state.json")
    assert state.save() is False and state.save() is False
    assert sum("state file" in r.getMessage() for r in caplog.records) == 1
    assert read_state(blocked / "kiosk-state.json") is None
