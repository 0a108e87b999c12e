"""Settings: typed and frozen, defaults for anything missing, a clear message naming each bad key."""

from __future__ import annotations

import dataclasses
import tomllib
from pathlib import Path

import pytest

from kiosk.settings import (
    Settings,
    StartMode,
    hash_pin,
    hash_pin_pbkdf2,
    load_settings,
    verify_pin,
    write_pin_hash,
)

REPO = Path(__file__).resolve().parents[2]


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "settings.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    loaded = load_settings(tmp_path / "none.toml")
    assert loaded.problems == ()
    assert loaded.settings.idle_timeout_seconds == 90
    assert loaded.settings.mode is StartMode.KIOSK


def test_values_are_read_and_typed(tmp_path: Path) -> None:
    loaded = load_settings(write(tmp_path, """
[clinic]
clinic_name = "Riverside"
acute_oncology_line = "0161 496 0999"
[kiosk]
mode = "windowed"
idle_timeout_seconds = 45
"""))
    assert loaded.problems == ()
    s = loaded.settings
    assert (s.clinic_name, s.acute_oncology_line, s.mode, s.idle_timeout_seconds) == (
        "Riverside", "0161 496 0999", StartMode.WINDOWED, 45)
    assert s.local_details()["clinic_name"] == "Riverside"


def test_settings_are_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        Settings().clinic_name = "x"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[kiosk]\nidle_timeout_seconds = "soon"', "kiosk.idle_timeout_seconds must be a whole number"),
        ("[kiosk]\nidle_timeout_seconds = 2", "kiosk.idle_timeout_seconds must be between 10 and 3600"),
        ('[kiosk]\nmode = "fullscreen"', "kiosk.mode must be one of kiosk, windowed"),
        ('[clinic]\nacute_oncology_line = "call reception"', "clinic.acute_oncology_line must be a phone number"),
        ('[clinic]\nclinic_nmae = "x"', "clinic.clinic_nmae is not a known setting"),
        ('[kiosk]\nstaff_pin_hash = "1234"', "kiosk.staff_pin_hash is not a hash made by 'kiosk set-pin'"),
        ('[display]\nx = 1', "[display] is not a settings section"),
    ],
)
def test_bad_values_are_named_and_defaults_kept(tmp_path: Path, text: str, message: str) -> None:
    loaded = load_settings(write(tmp_path, text + '\n[clinic]\nclinic_name = "Kept"\n' if "[clinic]" not in text
                                 else text))
    assert any(message in p for p in loaded.problems), loaded.problems
    assert loaded.settings.idle_timeout_seconds == 90


def test_invalid_toml_gives_defaults_and_a_message(tmp_path: Path) -> None:
    loaded = load_settings(write(tmp_path, "[clinic\nname = "))
    assert loaded.settings == Settings(source=loaded.settings.source)
    assert "is not valid TOML" in loaded.problems[0]
    assert "Windows paths" not in loaded.problems[0]  # the hint is for backslashes only


def test_a_windows_path_in_double_quotes_gets_a_hint_that_fixes_it(tmp_path: Path) -> None:
    loaded = load_settings(write(tmp_path, '[kiosk]\ncontent_dir = "D:\\Kiosk\\content"\n'))
    assert "forward slashes" in loaded.problems[0] and "single quotes" in loaded.problems[0]
    fixed = load_settings(write(tmp_path, "[kiosk]\ncontent_dir = 'D:\\Kiosk\\content'\n"))
    assert not fixed.problems and str(fixed.settings.content_dir).endswith("content")


def test_pin_hash_round_trip_and_salt() -> None:
    first, second = hash_pin("2468"), hash_pin("2468")
    assert first != second  # salted
    assert verify_pin("2468", first) and verify_pin("2468", second)
    assert not verify_pin("1357", first)
    assert not verify_pin("2468", "garbage")


def test_write_pin_hash_keeps_comments_and_other_values(tmp_path: Path) -> None:
    path = write(tmp_path, '# our clinic\n[clinic]\nclinic_name = "Riverside"\n\n[kiosk]\nmode = "kiosk"\n')
    write_pin_hash(path, hash_pin_pbkdf2("2468", iterations=1000))
    text = path.read_text()
    assert text.startswith("# our clinic") and 'clinic_name = "Riverside"' in text
    settings = load_settings(path).settings
    assert verify_pin("2468", settings.staff_pin_hash)
    write_pin_hash(path, hash_pin_pbkdf2("1357", iterations=1000))
    assert text.count("staff_pin_hash") <= 1 and path.read_text().count("staff_pin_hash") == 1
    assert verify_pin("1357", load_settings(path).settings.staff_pin_hash)


def test_write_pin_hash_creates_a_file(tmp_path: Path) -> None:
    path = tmp_path / "new" / "settings.toml"
    write_pin_hash(path, hash_pin_pbkdf2("2468", iterations=1000))
    assert tomllib.loads(path.read_text())["kiosk"]["staff_pin_hash"].startswith("pbkdf2_sha256$")


def test_example_settings_file_is_valid() -> None:
    loaded = load_settings(REPO / "settings.example.toml")
    assert loaded.problems == ()
    assert loaded.settings.clinic_name


def test_pbkdf2_fallback_matches_hashlib(monkeypatch: pytest.MonkeyPatch) -> None:
    """The bundle has no OpenSSL; the built-in PBKDF2 must give the same hashes, so PINs set anywhere still work."""
    import hashlib

    from kiosk import settings

    expected = hashlib.pbkdf2_hmac("sha256", b"2468", b"salt", 1500)
    monkeypatch.delattr(hashlib, "pbkdf2_hmac")
    assert settings._pbkdf2_sha256(b"2468", b"salt", 1500) == expected
    stored = hash_pin_pbkdf2("2468", iterations=1000)
    assert verify_pin("2468", stored) and not verify_pin("2469", stored)


def test_absurd_iteration_counts_are_refused() -> None:
    good = hash_pin_pbkdf2("2468", iterations=1000)
    _, _, salt, digest = good.split("$")
    for iterations in ("0", "999999999999"):
        assert not verify_pin("2468", f"pbkdf2_sha256${iterations}${salt}${digest}")


def test_relative_content_folder_is_relative_to_the_settings_file(tmp_path: Path) -> None:
    from kiosk.app import StartOptions, resolve_content_dir

    config = write(tmp_path, '[kiosk]\ncontent_dir = "our-content"\n')
    settings = load_settings(config).settings
    assert resolve_content_dir(StartOptions(), settings) == tmp_path / "our-content"


def test_temperature_advice_is_a_clinic_detail_pages_can_show() -> None:
    from kiosk.settings import settings_from_mapping

    loaded = settings_from_mapping({"clinic": {"temperature_advice": "Too high is 38 °C or higher."}})
    assert loaded.problems == ()
    assert loaded.settings.local_details()["temperature_advice"] == "Too high is 38 °C or higher."
