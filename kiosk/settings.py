"""The kiosk's settings: one typed, frozen object read from a TOML file, with defaults for anything missing or wrong.

A bad value never stops the kiosk starting: it is reported (naming the key) and the default is used for it, so
a typo in the phone number file cannot leave a waiting room with a blank screen.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from enum import StrEnum
from pathlib import Path
from typing import Any


class StartMode(StrEnum):
    KIOSK = "kiosk"
    WINDOWED = "windowed"


def _in(section: str, default: Any) -> Any:
    """A setting read from ``[section]`` of the file: the section is kept with the field, in one place."""
    return field(default=default, metadata={"section": section})


@dataclass(frozen=True, slots=True)
class Settings:
    # [clinic]: local details shown in pages in place of {{ placeholders }}
    clinic_name: str = _in("clinic", "")
    breast_care_nurse_line: str = _in("clinic", "")
    breast_care_nurse_hours: str = _in("clinic", "")
    acute_oncology_line: str = _in("clinic", "")
    acute_oncology_hours: str = _in("clinic", "")
    opening_hours: str = _in("clinic", "")
    reception_line: str = _in("clinic", "")
    # [kiosk]
    mode: StartMode = _in("kiosk", StartMode.KIOSK)
    idle_timeout_seconds: int = _in("kiosk", 90)
    countdown_seconds: int = _in("kiosk", 20)
    staff_pin_hash: str = _in("kiosk", "")
    content_dir: str = _in("kiosk", "")
    # [content]: signed content packs (`kiosk pack ...`)
    pack_public_key: str = _in("content", "")
    pickup_folder: str = _in("content", "")
    packs_dir: str = _in("content", "")
    # [usage]
    usage_enabled: bool = field(default=True, metadata={"section": "usage", "key": "enabled"})
    # Where the settings came from, for messages; not read from the file.
    source: str = field(default="", compare=False)

    def local_details(self) -> dict[str, str]:
        """The values pages may show, by placeholder name."""
        return {name: getattr(self, name) for name in CLINIC_KEYS}


# The name a field has in the file, where it differs (``[usage] enabled`` is ``usage_enabled``).
FILE_KEYS = {f.name: f.metadata.get("key", f.name) for f in fields(Settings)}
SECTIONS: dict[str, tuple[str, ...]] = {
    section: tuple(FILE_KEYS[f.name] for f in fields(Settings) if f.metadata.get("section") == section)
    for section in ("clinic", "kiosk", "content", "usage")
}
_FIELD_FOR = {(f.metadata.get("section"), FILE_KEYS[f.name]): f.name for f in fields(Settings)}
CLINIC_KEYS = SECTIONS["clinic"]
LIMITS = {"idle_timeout_seconds": (10, 3600), "countdown_seconds": (5, 120)}
PHONE = re.compile(r"^[0-9+() \-]{3,30}$")


@dataclass(frozen=True, slots=True)
class LoadedSettings:
    settings: Settings
    problems: tuple[str, ...] = ()


def _coerce(name: str, value: Any) -> Any:
    default = getattr(Settings(), name)
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise ValueError("must be true or false")
        return value
    if isinstance(default, StartMode):
        try:
            return StartMode(str(value).lower())
        except ValueError:
            raise ValueError(f"must be one of {', '.join(m.value for m in StartMode)}") from None
    if isinstance(default, bool) or isinstance(value, bool):
        raise ValueError("must be a number or text")
    if isinstance(default, int):
        if not isinstance(value, int):
            raise ValueError("must be a whole number")
        low, high = LIMITS.get(name, (0, 10**9))
        if not low <= value <= high:
            raise ValueError(f"must be between {low} and {high}")
        return value
    if not isinstance(value, str):
        raise ValueError("must be text in quotes")
    if name.endswith("_line") and value.strip() and not PHONE.match(value.strip()):
        raise ValueError("must be a phone number (digits, spaces, +, brackets and dashes)")
    if name == "staff_pin_hash" and value and not _parse_hash(value):
        raise ValueError("is not a hash made by 'kiosk set-pin'")
    return value.strip()


def settings_from_mapping(data: Mapping[str, Any], source: str = "") -> LoadedSettings:
    """Build settings from parsed TOML. Unknown or invalid keys are reported and their defaults kept."""
    problems: list[str] = []
    values: dict[str, Any] = {}
    sections = SECTIONS
    for section, value in data.items():
        if section not in sections:
            expected = ", ".join(f"[{name}]" for name in sections)
            problems.append(f"[{section}] is not a settings section (expected one of {expected})")
            continue
        if not isinstance(value, Mapping):
            problems.append(f"'{section}' must be a section written as [{section}]")
            continue
        for key, item in value.items():
            if key not in sections[section]:
                problems.append(f"{section}.{key} is not a known setting; it is ignored")
                continue
            name = _FIELD_FOR[(section, key)]
            try:
                values[name] = _coerce(name, item)
            except ValueError as error:
                problems.append(f"{section}.{key} {error}; using the default instead")
    return LoadedSettings(Settings(**values, source=source), tuple(problems))


def load_settings(path: Path | None) -> LoadedSettings:
    """Read settings from ``path``. A missing file gives the defaults; a broken one gives defaults and a message."""
    if path is None:
        return LoadedSettings(Settings())
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return LoadedSettings(Settings(source=str(path)))
    except (OSError, UnicodeDecodeError) as error:
        return LoadedSettings(Settings(source=str(path)), (f"cannot read the settings file {path}: {error}",))
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        return LoadedSettings(
            Settings(source=str(path)),
            (f"the settings file {path} is not valid TOML ({error}); using the defaults for every setting",),
        )
    return settings_from_mapping(data, str(path))


# The staff PIN: PBKDF2-SHA256 with a random salt, so the settings file never holds the PIN itself.
# (hashlib, hmac and secrets are imported where used: only staff ever need them, never the start-up path.)
_HASH_ITERATIONS = 200_000


_MIN_ITERATIONS, _MAX_ITERATIONS = 1_000, 5_000_000  # a tampered file must not make a PIN check take hours


def _pbkdf2_sha256(secret: bytes, salt: bytes, iterations: int) -> bytes:
    """PBKDF2-HMAC-SHA256 (RFC 8018). hashlib's version needs OpenSSL, which the offline bundle leaves out
    on purpose, and from Python 3.12 hashlib has no fallback of its own; this one needs only the built-in SHA-256."""
    import hashlib
    import hmac

    fast = getattr(hashlib, "pbkdf2_hmac", None)
    if fast is not None:
        try:
            return fast("sha256", secret, salt, iterations)
        except (ValueError, NotImplementedError):  # no OpenSSL behind it
            pass
    keyed = hmac.new(secret, digestmod=hashlib.sha256)

    def prf(data: bytes) -> bytes:
        mac = keyed.copy()
        mac.update(data)
        return mac.digest()

    block = prf(salt + b"\x00\x00\x00\x01")
    result = int.from_bytes(block, "big")
    for _ in range(iterations - 1):
        block = prf(block)
        result ^= int.from_bytes(block, "big")
    return result.to_bytes(32, "big")


def hash_pin(pin: str, *, salt: bytes | None = None, iterations: int = _HASH_ITERATIONS) -> str:
    import secrets

    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = _pbkdf2_sha256(pin.encode(), salt, iterations)
    return f"pbkdf2_sha256${iterations}${salt.hex()}${digest.hex()}"


def _parse_hash(stored: str) -> tuple[int, bytes, bytes] | None:
    parts = stored.split("$")
    if len(parts) != 4 or parts[0] != "pbkdf2_sha256":
        return None
    try:
        iterations, salt, digest = int(parts[1]), bytes.fromhex(parts[2]), bytes.fromhex(parts[3])
    except ValueError:
        return None
    if not _MIN_ITERATIONS <= iterations <= _MAX_ITERATIONS or len(digest) != 32 or not salt:
        return None
    return iterations, salt, digest


def verify_pin(pin: str, stored: str) -> bool:
    parsed = _parse_hash(stored)
    if parsed is None:
        return False
    import hmac

    iterations, salt, expected = parsed
    actual = _pbkdf2_sha256(pin.encode(), salt, iterations)
    return hmac.compare_digest(actual, expected)


def valid_pin(pin: str) -> bool:
    return pin.isdigit() and 4 <= len(pin) <= 12


def write_pin_hash(path: Path, pin_hash: str) -> None:
    """Set ``staff_pin_hash`` in the settings file, keeping everything else (and its comments) as it was."""
    text = path.read_text(encoding="utf-8-sig") if path.exists() else ""
    line = f'staff_pin_hash = "{pin_hash}"'
    pattern = re.compile(r"^\s*staff_pin_hash\s*=.*$", re.M)
    if pattern.search(text):
        text = pattern.sub(line, text, count=1)
    elif re.search(r"^\[kiosk\]\s*$", text, re.M):
        text = re.sub(r"^\[kiosk\]\s*$", "[kiosk]\n" + line, text, count=1, flags=re.M)
    else:
        text = text.rstrip("\n") + ("\n\n" if text.strip() else "") + "[kiosk]\n" + line + "\n"
    tomllib.loads(text)  # never write a file the kiosk could not read back
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".new")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
