"""The machine-wide settings file IT drops on every kiosk (Group Policy, Intune, Ansible): read under the per-user
file, key by key. Precedence, the first that sets a key wins:

    --config FILE (read instead of the per-user file) > the per-user file > the machine-wide file > the defaults

``/etc/clinic-kiosk/settings.toml`` on Linux, ``%ProgramData%\\ClinicKiosk\\settings.toml`` on Windows
(``KIOSK_MACHINE_CONFIG`` moves it, for tests). A bad value there is reported naming that file and its default
used, exactly as in the per-user file; a machine-wide file that does not parse is reported and left out.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from kiosk.paths import APP_DIR_NAME, APP_DIR_NAME_UNIX

DEFAULTS = "defaults"


def machine_settings_file() -> Path:
    override = os.environ.get("KIOSK_MACHINE_CONFIG")
    if override:
        return Path(override)
    if sys.platform == "win32":
        return Path(os.environ.get("PROGRAMDATA") or "C:/ProgramData") / APP_DIR_NAME / "settings.toml"
    if sys.platform == "darwin":
        return Path("/Library/Application Support") / APP_DIR_NAME / "settings.toml"
    return Path("/etc") / APP_DIR_NAME_UNIX / "settings.toml"


@dataclass(frozen=True, slots=True)
class Layer:
    """One settings file's valid values, by field name, and what was wrong in it."""

    path: Path
    values: dict[str, Any] = field(default_factory=dict)
    problems: tuple[str, ...] = ()


def read_layer(path: Path) -> Layer:
    """The keys ``path`` sets validly (each checked alone, so one bad key costs only itself)."""
    from kiosk.settings import FILE_KEYS, parse_settings_file, settings_from_mapping

    try:
        data = parse_settings_file(path)
    except FileNotFoundError:
        return Layer(path)
    except (OSError, ValueError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        return Layer(path, problems=(f"the machine-wide settings file {path} cannot be used: {reason}; it is left "
                                     "out",))
    problems = [f"{path}: {problem}" for problem in settings_from_mapping(data, str(path)).problems]
    by_key = {(f.metadata.get("section"), FILE_KEYS[f.name]): f.name for f in fields_of_settings()}
    values: dict[str, Any] = {}
    for section, table in data.items():
        if not isinstance(table, Mapping):
            continue
        for key, item in table.items():
            name = by_key.get((section, key))
            if name is None:
                continue
            alone = settings_from_mapping({section: {key: item}})
            if not alone.problems:
                values[name] = getattr(alone.settings, name)
    return Layer(path, values, tuple(problems))


def fields_of_settings():
    from kiosk.settings import Settings

    return fields(Settings)


def keys_in(path: Path) -> set[str]:
    """The field names a settings file sets (valid or not), for saying which file set each value."""
    from kiosk.settings import FILE_KEYS, parse_settings_file

    try:
        data = parse_settings_file(path)
    except (OSError, ValueError):
        return set()
    by_key = {(f.metadata.get("section"), FILE_KEYS[f.name]): f.name for f in fields_of_settings()}
    return {by_key[(section, key)] for section, table in data.items() if isinstance(table, Mapping)
            for key in table if (section, key) in by_key}


def under(settings, user_keys: set[str], machine: Layer):
    """``settings`` (from the user's file) with the machine-wide values for every key the user's file leaves out."""
    wanted = {name: value for name, value in machine.values.items() if name not in user_keys}
    return replace(settings, **wanted) if wanted else settings


def origins(user_file: Path | None, machine_file: Path | None = None) -> dict[str, str]:
    """For each setting, the file that set it (``--config``/per-user first, then machine-wide) or ``defaults``."""
    user = keys_in(user_file) if user_file is not None else set()
    machine_path = machine_file or machine_settings_file()
    machine = set(read_layer(machine_path).values)
    return {f.name: (str(user_file) if f.name in user else str(machine_path) if f.name in machine else DEFAULTS)
            for f in fields_of_settings() if f.name != "source"}
