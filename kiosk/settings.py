"""The kiosk's settings: one typed, frozen object read from a TOML file, with defaults for anything missing or wrong.

A bad value never stops the kiosk starting: it is reported (naming the key) and the default is used for it, so
a typo in the phone number file cannot leave a waiting room with a blank screen.
"""

from __future__ import annotations

import logging
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from enum import StrEnum
from pathlib import Path
from typing import Any

from kiosk.files import read_bounded, write_private_file


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
    # When to act on a temperature, in words shown on pages; unset shows the UKONS default (render.LOCAL_FIELDS).
    temperature_advice: str = _in("clinic", "")
    # For the "Your visit to the clinic" guide (content-packs/clinic-visit); unset reads as a sentence that
    # sends people to reception (render.LOCAL_FIELDS).
    reception_location: str = _in("clinic", "")
    parking: str = _in("clinic", "")
    cafe_hours: str = _in("clinic", "")
    # [kiosk]
    mode: StartMode = _in("kiosk", StartMode.KIOSK)
    idle_timeout_seconds: int = _in("kiosk", 90)
    countdown_seconds: int = _in("kiosk", 20)
    staff_pin_hash: str = _in("kiosk", "")
    content_dir: str = _in("kiosk", "")
    # A kiosk with a printer in the waiting room may offer Print; a nurse's laptop (windowed) always does.
    kiosk_printing: bool = field(default=False, metadata={"section": "kiosk", "key": "printing"})
    # [content]: signed content packs (`kiosk pack ...`)
    pack_public_key: str = _in("content", "")
    pickup_folder: str = _in("content", "")
    packs_dir: str = _in("content", "")
    # [usage]
    usage_enabled: bool = field(default=True, metadata={"section": "usage", "key": "enabled"})
    # Counts older than this many months are deleted (docs/privacy.md).
    usage_retention_months: int = field(default=13, metadata={"section": "usage", "key": "retention_months"})
    # [fleet]: a folder (often a network share) the running kiosk writes <hostname>.json to once a minute
    heartbeat_dir: str = _in("fleet", "")
    # [schedule]: "20:00-07:00" (a black screen outside clinic hours) and "03:00" (a clean restart when idle)
    screen_off: str = _in("schedule", "")
    restart_at: str = _in("schedule", "")
    # [languages]: the languages the language button offers (codes from kiosk.languages), the one every visit
    # starts in (and the idle reset returns to), and whether translations not yet checked may be shown at all.
    languages_offered: tuple[str, ...] = field(default=("en",), metadata={"section": "languages", "key": "offered"})
    default_language: str = field(default="en", metadata={"section": "languages", "key": "default"})
    allow_unchecked: bool = _in("languages", False)
    # Where the settings came from, for messages; not read from the file.
    source: str = field(default="", compare=False)

    def local_details(self) -> dict[str, str]:
        """The values pages may show, by placeholder name."""
        return {name: getattr(self, name) for name in CLINIC_KEYS}


# The name a field has in the file, where it differs (``[usage] enabled`` is ``usage_enabled``).
FILE_KEYS = {f.name: f.metadata.get("key", f.name) for f in fields(Settings)}
SECTIONS: dict[str, tuple[str, ...]] = {
    section: tuple(FILE_KEYS[f.name] for f in fields(Settings) if f.metadata.get("section") == section)
    for section in ("clinic", "kiosk", "content", "usage", "fleet", "schedule", "languages")
}
_FIELD_FOR = {(f.metadata.get("section"), FILE_KEYS[f.name]): f.name for f in fields(Settings)}
CLINIC_KEYS = SECTIONS["clinic"]
LIMITS = {"idle_timeout_seconds": (10, 3600), "countdown_seconds": (5, 120), "usage_retention_months": (1, 120)}
PHONE = re.compile(r"^[0-9+() \-]{3,30}$")
MAX_SETTINGS_BYTES = 256_000

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class LoadedSettings:
    settings: Settings
    problems: tuple[str, ...] = ()
    # The problems that leave the kiosk without something staff rely on (a staff PIN hash that cannot be
    # read, so no PIN would ever open the staff panel): logged as errors, not warnings.
    errors: tuple[str, ...] = ()
    # The file could not be read or parsed: every value is a default, or (used_last_good) the last good copy's.
    unreadable: bool = False
    used_last_good: bool = False


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
    if isinstance(default, tuple):
        return _language_codes(value)
    if name == "default_language":
        return _language_code(value)
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
    if name in ("screen_off", "restart_at") and value.strip():
        from kiosk.fleet.schedule import parse_clock, parse_window

        (parse_window if name == "screen_off" else parse_clock)(value)  # ValueError says what is wrong
    if name == "staff_pin_hash" and value and not _parse_hash(value):
        raise ValueError("is not a hash made by 'kiosk set-pin'")
    return value.strip()


def _language_code(value: Any) -> str:
    from kiosk.languages import language

    if not isinstance(value, str):
        raise ValueError("must be a language code in quotes, such as \"en\"")
    return language(value.strip().lower()).code  # ValueError naming the known codes


def _language_codes(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not value:
        raise ValueError('must be a list of language codes, such as ["en", "pl"]')
    codes = tuple(dict.fromkeys(_language_code(item) for item in value))
    return codes


def settings_from_mapping(data: Mapping[str, Any], source: str = "") -> LoadedSettings:
    """Build settings from parsed TOML. Unknown or invalid keys are reported and their defaults kept."""
    problems: list[str] = []
    errors: list[str] = []
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
                if name == "staff_pin_hash":
                    errors.append(f"{section}.{key} {error}: no PIN can open the staff panel until it is set "
                                  "again with 'kiosk set-pin'")
                    problems.append(errors[-1])
                else:
                    problems.append(f"{section}.{key} {error}; using the default instead")
    offered = values.get("languages_offered", Settings().languages_offered)
    default = values.get("default_language", Settings().default_language)
    if default not in offered:
        # The language every visit starts in must be one the button offers (else nobody could get back to it).
        if "languages_offered" in values:
            problems.append(f'languages.default "{default}" is not in languages.offered; it is offered too')
        values["languages_offered"] = (default, *offered)
    return LoadedSettings(Settings(**values, source=source), tuple(problems), tuple(errors))


def parse_settings_file(path: Path) -> dict[str, Any]:
    """The parsed TOML of a settings file. Raises OSError when it cannot be read and ValueError when it does not
    parse, whatever the reason: a file nested 500 deep makes tomllib recurse until Python gives up, and that must
    be a bad file like any other, never a crash before the log has started."""
    return _parse_settings(read_bounded(path, MAX_SETTINGS_BYTES))  # UnsafeFile is a ValueError


def _parse_settings(raw: bytes) -> dict[str, Any]:
    try:
        return _whole(tomllib.loads(raw.decode("utf-8-sig")))
    except UnicodeDecodeError as error:
        raise ValueError(f"it is not UTF-8 text ({error.reason})") from None
    except tomllib.TOMLDecodeError as error:
        hint = ""
        if "\\" in str(error) or "escape" in str(error).lower():
            # The usual cause on Windows: a path such as "D:\Kiosk" in double quotes, where \K is an escape.
            hint = "; write Windows paths with forward slashes (\"D:/Kiosk\") or in single quotes ('D:\\Kiosk')"
        raise ValueError(f"it is not valid TOML ({error}){hint}") from None
    except (RecursionError, MemoryError):
        raise ValueError("it is not valid TOML (nested too deeply)") from None


def _whole(data: dict[str, Any]) -> dict[str, Any]:
    """The parsed file, if it looks like a settings file at all. An emptied file or a misspelt section
    (``[kisok]``) would otherwise start the kiosk without its staff PIN and 24-hour number, and then be saved as
    the last good copy: like a file that does not parse, it is broken (ValueError naming the section)."""
    if not data:
        raise ValueError("it holds no settings (it is empty, or only comments)")
    for section, value in data.items():
        if section not in SECTIONS:
            expected = ", ".join(f"[{name}]" for name in SECTIONS)
            raise ValueError(f"[{section}] is not a settings section (expected one of {expected})")
        if not isinstance(value, Mapping):
            raise ValueError(f"'{section}' must be a section written as [{section}]")
    return data


def load_settings(path: Path | None, *, last_good: Path | None = None) -> LoadedSettings:
    """Read settings from ``path``. A missing file gives the defaults; a broken one gives defaults and a message.

    When the file cannot be read or parsed and ``last_good`` (see ``last_good_file``) holds the copy saved after
    the last successful start, that copy is used instead, so one typo cannot take away the clinic's 24-hour number
    and the staff PIN. The problem says so loudly.

    Under it, key by key, lies the machine-wide settings file (``kiosk.machine_settings``): what ``path`` leaves
    out comes from there, then from the defaults. (``path`` None: the defaults alone.)
    """
    loaded = _load_one_file(path, last_good=last_good)
    if path is None:
        return loaded
    from kiosk.machine_settings import keys_in, machine_settings_file, read_layer, under

    machine = read_layer(machine_settings_file())
    if not machine.values and not machine.problems:
        return loaded
    user_keys = keys_in(last_good if loaded.used_last_good and last_good else path) if not loaded.unreadable else set()
    return LoadedSettings(under(loaded.settings, user_keys, machine), loaded.problems + machine.problems,
                          unreadable=loaded.unreadable, used_last_good=loaded.used_last_good)


def _load_one_file(path: Path | None, *, last_good: Path | None = None) -> LoadedSettings:
    if path is None:
        return LoadedSettings(Settings())
    try:
        data = parse_settings_file(path)
    except FileNotFoundError:
        return LoadedSettings(Settings(source=str(path)))
    except (OSError, ValueError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        broken = f"the settings file {path} cannot be used: {reason}"
        if last_good is not None:
            try:
                saved = settings_from_mapping(parse_settings_file(last_good), str(path))
            except (OSError, ValueError):
                pass
            else:
                return LoadedSettings(saved.settings, (
                    f"{broken}; using the last good copy of it ({last_good}), saved when the kiosk last started "
                    "with it. Fix the file: until then, changes to it are ignored",
                    *saved.problems), used_last_good=True)
        return LoadedSettings(Settings(source=str(path)), (f"{broken}; using the defaults for every setting",),
                              unreadable=True)
    return settings_from_mapping(data, str(path))


def log_problems(loaded: LoadedSettings, logger: logging.Logger | None = None) -> None:
    """Log each problem with the settings (to ``logger``, by default this module's): an ERROR when the file could
    not be used or the staff PIN is lost (someone must act), a WARNING for a value replaced by its default."""
    for problem in loaded.problems:
        serious = loaded.unreadable or loaded.used_last_good or problem in loaded.errors
        (logger or log).log(logging.ERROR if serious else logging.WARNING, "settings: %s", problem)


def last_good_file(path: Path) -> Path:
    """Where the copy of ``path`` saved after a successful start lives: in the per-user config folder (a
    machine-wide settings file is often read-only for the kiosk user), one copy for each settings file."""
    import hashlib

    from kiosk.paths import user_config_dir

    try:
        name = str(path.resolve())
    except OSError:
        name = str(path.absolute())
    digest = hashlib.sha256(name.encode()).hexdigest()[:16]
    return user_config_dir() / "last-good" / f"settings-{digest}.toml"


def save_last_good(path: Path, copy: Path) -> bool:
    """Copy the settings file to ``copy`` (owner-only: it holds the PIN hash), if it parses. Never raises: a
    kiosk whose config folder is read-only runs on as before, without the safety copy."""
    try:
        data = read_bounded(path, MAX_SETTINGS_BYTES)
        _parse_settings(data)
        write_private_file(copy, data)
    except FileNotFoundError:
        return False
    except (OSError, ValueError) as error:
        log.warning("could not save a last good copy of the settings file %s to %s: %s", path, copy, error)
        return False
    return True


# The staff PIN is stored only as a salted hash. New PINs use Argon2id (libsodium, through PyNaCl, which the
# signed content packs need anyway: one native library for both): memory-hard, so guessing
# every 6-digit PIN offline takes days on a PC rather than minutes. PBKDF2-SHA256 hashes written by earlier
# versions still verify, and the log advises setting the PIN again. (nacl, hmac and secrets are imported where
# used: only staff ever need them, never the start-up path.)
ARGON2_PARAMETERS = {"time_cost": 3, "memory_cost": 64 * 1024, "parallelism": 1}  # about 0.15 s a try, 64 MiB
# A tampered settings file must not make one PIN check take hours or all the memory. (libsodium uses one lane.)
_ARGON2_LIMITS = {"t": (1, 10), "m": (8 * 1024, 256 * 1024), "p": (1, 1)}
MIN_PIN_DIGITS, MAX_PIN_DIGITS = 6, 12
_HASH_ITERATIONS = 200_000  # PBKDF2, for hashes made by earlier versions and for tests of them
_MIN_ITERATIONS, _MAX_ITERATIONS = 1_000, 5_000_000
# Exactly what libsodium writes for ``kiosk set-pin``: a 16-byte salt and a 32-byte hash, unpadded base64. A hash
# cut short by one character (a careless copy) must be refused, not accepted and then never match.
_ARGON2_HASH = re.compile(
    r"^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$([A-Za-z0-9+/]{22})\$([A-Za-z0-9+/]{43})$")


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


def hash_pin(pin: str) -> str:
    """An Argon2id hash of ``pin`` with a random salt, in the standard ``$argon2id$...`` form."""
    from nacl.pwhash import argon2id  # imported only when staff need it

    hashed = argon2id.str(pin.encode(), opslimit=ARGON2_PARAMETERS["time_cost"],
                          memlimit=ARGON2_PARAMETERS["memory_cost"] * 1024)
    return hashed.decode("ascii")


def hash_pin_pbkdf2(pin: str, *, salt: bytes | None = None, iterations: int = _HASH_ITERATIONS) -> str:
    """The hash earlier versions wrote; kept so that their settings files, and tests of them, still work."""
    import secrets

    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = _pbkdf2_sha256(pin.encode(), salt, iterations)
    return f"pbkdf2_sha256${iterations}${salt.hex()}${digest.hex()}"


def _parse_hash(stored: str) -> tuple[int, bytes, bytes] | str | None:
    """A PBKDF2 hash's parts, an Argon2id hash as it is, or None for anything ``kiosk set-pin`` never wrote."""
    argon = _ARGON2_HASH.match(stored)
    if argon:
        memory, passes, lanes = (int(group) for group in argon.groups()[:3])
        if not all(_canonical_base64(part) for part in argon.groups()[3:]):
            return None
        for value, (low, high) in zip((passes, memory, lanes), _ARGON2_LIMITS.values(), strict=True):
            if not low <= value <= high:
                return None
        return stored
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


def _canonical_base64(text: str) -> bool:
    """Unpadded base64 whose unused last bits are zero, as libsodium writes it (a changed last letter is not)."""
    import base64
    import binascii

    try:
        decoded = base64.b64decode(text + "=" * (-len(text) % 4), validate=True)
    except binascii.Error:
        return False
    return base64.b64encode(decoded).decode("ascii").rstrip("=") == text


def verify_pin(pin: str, stored: str) -> bool:
    parsed = _parse_hash(stored)
    if parsed is None:
        return False
    if isinstance(parsed, str):
        from nacl.exceptions import CryptoError
        from nacl.pwhash import argon2id

        try:
            return argon2id.verify(parsed.encode("ascii"), pin.encode())
        except CryptoError:  # a wrong PIN (InvalidkeyError) or a hash libsodium cannot read
            return False
    import hmac

    iterations, salt, expected = parsed
    actual = _pbkdf2_sha256(pin.encode(), salt, iterations)
    matched = hmac.compare_digest(actual, expected)
    if matched:
        log.warning("the staff PIN is stored with an older, faster hash (PBKDF2); set it again with "
                    "'kiosk set-pin' so that it is stored with Argon2id")
    return matched


def pin_hash_is_outdated(stored: str) -> bool:
    """Whether a valid stored hash is of the older PBKDF2 kind (the self-test and the log advise a re-set)."""
    return isinstance(_parse_hash(stored), tuple)


def valid_pin(pin: str) -> bool:
    return pin.isascii() and pin.isdigit() and MIN_PIN_DIGITS <= len(pin) <= MAX_PIN_DIGITS


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
    # Owner-only: the hash must not be readable by every local user, who could try every PIN offline.
    write_private_file(path, text.encode("utf-8"))
