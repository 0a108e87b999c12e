"""Where the app keeps per-user settings, caches and logs on Windows, macOS and Linux (no Qt needed)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR_NAME = "ClinicKiosk"
APP_DIR_NAME_UNIX = "clinic-kiosk"


def _home() -> Path:
    # On Windows, HOME is whatever a tool (Git Bash, an old script) set; the profile folder is USERPROFILE.
    names = ("USERPROFILE", "HOME") if sys.platform == "win32" else ("HOME", "USERPROFILE")
    return Path(next((os.environ[n] for n in names if os.environ.get(n)), None) or Path.home())


def _windows_folder(variable: str, *fallback: str) -> Path:
    """A Windows known folder from its environment variable (set for every process Windows starts), or where
    Windows puts it in the profile when the variable is missing (a service started with a bare environment)."""
    value = os.environ.get(variable)
    return Path(value) if value else _home().joinpath(*fallback)


def user_config_dir() -> Path:
    if sys.platform == "win32":
        return _windows_folder("APPDATA", "AppData", "Roaming") / APP_DIR_NAME
    if sys.platform == "darwin":
        return _home() / "Library" / "Application Support" / APP_DIR_NAME
    return Path(os.environ.get("XDG_CONFIG_HOME") or _home() / ".config") / APP_DIR_NAME_UNIX


def user_cache_dir() -> Path:
    override = os.environ.get("KIOSK_CACHE_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        return _windows_folder("LOCALAPPDATA", "AppData", "Local") / APP_DIR_NAME / "Cache"
    if sys.platform == "darwin":
        return _home() / "Library" / "Caches" / APP_DIR_NAME
    return Path(os.environ.get("XDG_CACHE_HOME") or _home() / ".cache") / APP_DIR_NAME_UNIX


def user_log_dir() -> Path:
    override = os.environ.get("KIOSK_LOG_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        return _windows_folder("LOCALAPPDATA", "AppData", "Local") / APP_DIR_NAME / "Logs"
    if sys.platform == "darwin":
        return _home() / "Library" / "Logs" / APP_DIR_NAME
    return Path(os.environ.get("XDG_STATE_HOME") or _home() / ".local" / "state") / APP_DIR_NAME_UNIX / "logs"


def user_data_dir() -> Path:
    """Data this user's kiosk keeps (the usage counts)."""
    override = os.environ.get("KIOSK_DATA_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        return _windows_folder("LOCALAPPDATA", "AppData", "Local") / APP_DIR_NAME / "Data"
    if sys.platform == "darwin":
        return _home() / "Library" / "Application Support" / APP_DIR_NAME / "Data"
    return Path(os.environ.get("XDG_DATA_HOME") or _home() / ".local" / "share") / APP_DIR_NAME_UNIX


def machine_data_dir() -> Path:
    """Data for every user of this PC (installed content packs); IT gives the kiosk account write access."""
    override = os.environ.get("KIOSK_MACHINE_DATA_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        system_drive = os.environ.get("SYSTEMDRIVE") or "C:"
        return Path(os.environ.get("PROGRAMDATA") or f"{system_drive}\\ProgramData") / APP_DIR_NAME
    if sys.platform == "darwin":
        return Path("/Library/Application Support") / APP_DIR_NAME
    return Path("/var/lib") / APP_DIR_NAME_UNIX


def runtime_dir() -> Path:
    """Where the running kiosk keeps its single-instance lock (the per-user runtime folder, else the cache)."""
    base = os.environ.get("XDG_RUNTIME_DIR")
    return Path(base) / "clinic-kiosk" if base else user_cache_dir() / "run"


def default_config_file() -> Path:
    override = os.environ.get("KIOSK_CONFIG")
    return Path(override) if override else user_config_dir() / "settings.toml"


def private_environment(home: Path | str) -> dict[str, str]:
    """The environment that moves every folder the kiosk reads or writes for its user (settings and their last good
    copy, cache, logs, counts, installed packs, the instance lock) under ``home``: for tests and benchmarks, which
    must never touch a real user's folders or find another run's leftovers."""
    home = Path(home)
    return {
        "KIOSK_CACHE_DIR": str(home / "cache"),
        "KIOSK_LOG_DIR": str(home / "logs"),
        "KIOSK_DATA_DIR": str(home / "data"),
        "KIOSK_MACHINE_DATA_DIR": str(home / "machine"),
        "KIOSK_CONFIG": str(home / "settings.toml"),
        "KIOSK_MACHINE_CONFIG": str(home / "machine-settings.toml"),
        "XDG_RUNTIME_DIR": str(home / "run"),
        # The last good copy of the settings lives in the per-user config folder.
        "XDG_CONFIG_HOME": str(home / "config"),
        "APPDATA": str(home / "config"),
    }
