"""The machine-wide settings file under the per-user one, key by key (--config > per-user > machine-wide >
defaults), and ``--self-test`` naming the file that set each value."""

from __future__ import annotations

import os
from pathlib import Path

from kiosk.cli import main
from kiosk.machine_settings import DEFAULTS, machine_settings_file, origins
from kiosk.settings import load_settings, save_last_good


def machine(text: str) -> Path:
    path = machine_settings_file()  # moved under the test's own folder by the private environment
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def test_each_key_comes_from_the_first_file_that_sets_it(tmp_path: Path) -> None:
    machine_file = machine('[clinic]\nclinic_name = "Trust-wide name"\nacute_oncology_line = "0161 496 0999"\n'
                           '[kiosk]\nidle_timeout_seconds = 120\n')
    user = tmp_path / "settings.toml"
    user.write_text('[clinic]\nclinic_name = "Riverside"\n')
    settings = load_settings(user).settings
    assert settings.clinic_name == "Riverside"  # the per-user file wins for its own keys
    assert settings.acute_oncology_line == "0161 496 0999"  # the rest comes from the machine-wide file
    assert settings.idle_timeout_seconds == 120
    assert settings.countdown_seconds == 20  # set by neither: the default
    where = origins(user)
    assert where["clinic_name"] == str(user)
    assert where["acute_oncology_line"] == where["idle_timeout_seconds"] == str(machine_file)
    assert where["countdown_seconds"] == DEFAULTS
    assert load_settings(None).settings.clinic_name == ""  # no file at all: the defaults alone


def test_a_bad_machine_wide_value_is_named_with_its_file_and_costs_only_itself(tmp_path: Path) -> None:
    machine_file = machine('[kiosk]\nidle_timeout_seconds = 5\n[clinic]\nclinic_name = "Trust"\n')
    loaded = load_settings(tmp_path / "missing.toml")
    assert loaded.settings.idle_timeout_seconds == 90 and loaded.settings.clinic_name == "Trust"
    assert any(str(machine_file) in problem and "idle_timeout_seconds" in problem for problem in loaded.problems)
    machine("[kiosk\n")  # does not parse: reported, left out
    loaded = load_settings(tmp_path / "missing.toml")
    assert any("machine-wide settings file" in problem for problem in loaded.problems)
    assert loaded.settings.clinic_name == ""


def test_a_broken_per_user_file_keeps_the_machine_wide_values(tmp_path: Path) -> None:
    machine('[kiosk]\nstaff_pin_hash = ""\n[clinic]\nacute_oncology_line = "0161 496 0999"\n')
    user = tmp_path / "settings.toml"
    user.write_text('[clinic]\nclinic_name = "Riverside"\n')
    copy = tmp_path / "last-good.toml"
    assert save_last_good(user, copy)
    user.write_text("[clinic\n")
    loaded = load_settings(user, last_good=copy)
    assert loaded.used_last_good
    assert (loaded.settings.clinic_name, loaded.settings.acute_oncology_line) == ("Riverside", "0161 496 0999")


def test_self_test_names_the_file_that_set_each_value(tmp_path: Path, capsys, monkeypatch) -> None:
    machine_file = machine('[clinic]\nacute_oncology_line = "0161 496 0999"\n')
    user = tmp_path / "settings.toml"
    user.write_text('[clinic]\nclinic_name = "Riverside"\n')
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    # Only the settings line is read here: drawing every screen (most of a self-test's time) is test_cli's.
    monkeypatch.setattr("kiosk.ui.snapshot.render_all", lambda *args, **kwargs: [])
    main(["--self-test", "--config", str(user)])
    line = next(line for line in capsys.readouterr().out.splitlines() if " settings " in f" {line} ")
    assert f"{user}: clinic_name" in line and f"{machine_file}: acute_oncology_line" in line


def test_status_lists_the_machine_wide_file(tmp_path: Path, capsys) -> None:
    import json

    machine_file = machine("[clinic]\n")
    user = tmp_path / "settings.toml"
    user.write_text("[clinic]\n")
    assert main(["status", "--json", "--config", str(user)]) == 0
    files = json.loads(capsys.readouterr().out)["settings_files"]
    assert files == [{"path": str(user), "role": "--config", "exists": True},
                     {"path": str(machine_file), "role": "machine-wide", "exists": True}]
