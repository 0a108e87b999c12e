"""Where the kiosk keeps its files on Windows: settings roam with the user (%APPDATA%), the cache, logs and counts
stay on the PC (%LOCALAPPDATA%), installed packs are shared by every user (%ProgramData%). Run on Linux with the
platform set to Windows, and for real under Windows Python (make test-windows)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kiosk import paths

OVERRIDES = ("KIOSK_CACHE_DIR", "KIOSK_LOG_DIR", "KIOSK_DATA_DIR", "KIOSK_MACHINE_DATA_DIR", "KIOSK_CONFIG")


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Windows' own folders under ``tmp_path``, as Windows sets them for every process, and no test overrides."""
    monkeypatch.setattr(sys, "platform", "win32")
    for name in OVERRIDES:
        monkeypatch.delenv(name, raising=False)
    profile = tmp_path / "Users" / "nurse"
    monkeypatch.setenv("USERPROFILE", str(profile))
    monkeypatch.setenv("HOME", str(tmp_path / "somewhere-git-bash-chose"))
    monkeypatch.setenv("APPDATA", str(profile / "AppData" / "Roaming"))
    monkeypatch.setenv("LOCALAPPDATA", str(profile / "AppData" / "Local"))
    monkeypatch.setenv("PROGRAMDATA", str(tmp_path / "ProgramData"))
    return tmp_path


def test_settings_roam_with_the_user(windows: Path) -> None:
    roaming = windows / "Users" / "nurse" / "AppData" / "Roaming" / "ClinicKiosk"
    assert paths.user_config_dir() == roaming
    assert paths.default_config_file() == roaming / "settings.toml"


def test_cache_logs_and_counts_stay_on_this_pc(windows: Path) -> None:
    local = windows / "Users" / "nurse" / "AppData" / "Local" / "ClinicKiosk"
    assert paths.user_cache_dir() == local / "Cache"
    assert paths.user_log_dir() == local / "Logs"
    assert paths.user_data_dir() == local / "Data"


def test_installed_packs_are_shared_by_every_user_of_the_pc(windows: Path) -> None:
    assert paths.machine_data_dir() == windows / "ProgramData" / "ClinicKiosk"


def test_a_bare_environment_falls_back_to_the_profile_not_to_home(windows: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """A service or scheduled task may start with no APPDATA or LOCALAPPDATA; HOME there is not the profile."""
    for name in ("APPDATA", "LOCALAPPDATA"):
        monkeypatch.delenv(name)
    profile = windows / "Users" / "nurse"
    assert paths.user_config_dir() == profile / "AppData" / "Roaming" / "ClinicKiosk"
    assert paths.user_data_dir() == profile / "AppData" / "Local" / "ClinicKiosk" / "Data"


def test_no_programdata_means_the_system_drive(windows: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PROGRAMDATA")
    monkeypatch.setenv("SYSTEMDRIVE", "D:")
    assert str(paths.machine_data_dir()).replace("/", "\\") == "D:\\ProgramData\\ClinicKiosk"


def test_the_overrides_still_win(windows: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KIOSK_DATA_DIR", str(windows / "elsewhere"))
    assert paths.user_data_dir() == windows / "elsewhere"
