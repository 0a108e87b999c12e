"""Settings that IT can trust: a missing --config is an error, a broken file falls back to the last good copy,
nothing nested or strange crashes start-up, and the PIN's hash is slow to guess and private."""

from __future__ import annotations

import logging
import os
import stat
import sys
import threading
import time
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.settings import (
    hash_pin,
    hash_pin_pbkdf2,
    last_good_file,
    load_settings,
    pin_hash_is_outdated,
    save_last_good,
    valid_pin,
    verify_pin,
    write_pin_hash,
)
from tests.core.platforms import needs_qt

GOOD = '[clinic]\nacute_oncology_line = "0161 496 0999"\n[kiosk]\nidle_timeout_seconds = 45\n'


def test_a_config_file_that_does_not_exist_is_an_error_naming_it(tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "settigns.toml"
    for command in (["--self-test"], ["check"], ["search", "chemo"], []):
        assert main([*command, "--config", str(missing)]) == 2
        assert str(missing) in capsys.readouterr().err
    assert main(["--config", str(tmp_path), "check"]) == 2  # a folder is not a settings file
    assert "is not a file" in capsys.readouterr().err


def test_set_pin_may_still_create_the_config_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    config = tmp_path / "new.toml"
    monkeypatch.setattr(sys, "stdin", io.StringIO("246813\n246813\n"))
    assert main(["set-pin", "--config", str(config)]) == 0
    assert verify_pin("246813", load_settings(config).settings.staff_pin_hash)


def test_a_syntax_error_uses_the_last_good_copy_loudly(tmp_path: Path) -> None:
    config = tmp_path / "settings.toml"
    config.write_text(GOOD, encoding="utf-8")
    copy = last_good_file(config)
    assert save_last_good(config, copy)
    config.write_text(GOOD.replace("[kiosk]", "[kiosk"), encoding="utf-8")  # one typo

    loaded = load_settings(config, last_good=copy)
    assert loaded.settings.acute_oncology_line == "0161 496 0999"  # the 24-hour number survives
    assert loaded.settings.idle_timeout_seconds == 45
    assert loaded.used_last_good
    assert str(config) in loaded.problems[0] and "last good copy" in loaded.problems[0]
    # Without a saved copy: defaults, and the message says so.
    plain = load_settings(config)
    assert plain.unreadable and plain.settings.acute_oncology_line == ""
    assert "using the defaults for every setting" in plain.problems[0]


def test_a_broken_file_is_never_saved_as_the_last_good_copy(tmp_path: Path) -> None:
    config = tmp_path / "settings.toml"
    config.write_text("[clinic\n", encoding="utf-8")
    copy = last_good_file(config)
    assert not save_last_good(config, copy) and not copy.exists()


def test_the_last_good_copy_is_private_and_per_file(tmp_path: Path) -> None:
    first, second = tmp_path / "a.toml", tmp_path / "b.toml"
    assert last_good_file(first) != last_good_file(second)
    first.write_text(GOOD, encoding="utf-8")
    assert save_last_good(first, last_good_file(first))
    if os.name == "posix":
        assert stat.S_IMODE(last_good_file(first).stat().st_mode) == 0o600


def test_an_unwritable_config_folder_only_loses_the_copy(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    config = tmp_path / "settings.toml"
    config.write_text(GOOD, encoding="utf-8")
    blocker = tmp_path / "a-file"
    blocker.write_text("")  # as root, chmod cannot make a folder read-only; a file in the way can
    with caplog.at_level(logging.WARNING):
        assert not save_last_good(config, blocker / "last-good" / "copy.toml")
    assert "could not save a last good copy" in caplog.text


@pytest.mark.parametrize("text", [
    "a = " + "[" * 500 + "]" * 500,
    "a = " + "{b = " * 500 + "1" + "}" * 500,
    "\xff\xfe not utf-8",
])
def test_any_parse_failure_is_a_bad_file_not_a_crash(tmp_path: Path, text: str) -> None:
    config = tmp_path / "settings.toml"
    config.write_bytes(text.encode("latin-1"))
    loaded = load_settings(config)
    assert loaded.unreadable and str(config) in loaded.problems[0]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_fifo_as_settings_file_does_not_hang(tmp_path: Path) -> None:
    config = tmp_path / "settings.toml"
    os.mkfifo(config)
    result: list[object] = []
    reader = threading.Thread(target=lambda: result.append(load_settings(config)), daemon=True)
    reader.start()
    reader.join(5)
    assert result, "reading a FIFO as the settings file hung"
    assert "not an ordinary file" in result[0].problems[0]  # type: ignore[attr-defined]


def test_new_pins_use_argon2id_and_need_six_digits() -> None:
    stored = hash_pin("246813")
    assert stored.startswith("$argon2id$v=19$m=65536,t=3,p=1$")
    assert verify_pin("246813", stored) and not verify_pin("246814", stored)
    assert hash_pin("246813") != stored  # salted
    assert not pin_hash_is_outdated(stored)
    assert not valid_pin("2468") and not valid_pin("12345") and valid_pin("123456") and not valid_pin("١٢٣٤٥٦")


def test_a_guess_costs_a_tenth_of_a_second_or_more() -> None:
    """The finding: a 4-digit PIN fell to an offline search in 318 s. 10^6 PINs at this cost take over a day."""
    stored = hash_pin("246813")
    started = time.perf_counter()
    verify_pin("000000", stored)
    assert time.perf_counter() - started >= 0.05


def test_older_pbkdf2_hashes_still_verify_and_a_reset_is_advised(caplog: pytest.LogCaptureFixture) -> None:
    old = hash_pin_pbkdf2("2468", iterations=1000)
    assert pin_hash_is_outdated(old)
    with caplog.at_level(logging.WARNING):
        assert verify_pin("2468", old)
    assert "set it again with 'kiosk set-pin'" in caplog.text


@pytest.mark.parametrize("params", ["m=4194304,t=3,p=1", "m=65536,t=1000,p=1", "m=65536,t=3,p=64"])
def test_tampered_argon2_costs_are_refused(params: str) -> None:
    stored = hash_pin("246813").replace("m=65536,t=3,p=1", params)
    assert not verify_pin("246813", stored)
    assert "is not a hash made by 'kiosk set-pin'" in str(
        load_settings_with_hash(stored).problems)


def load_settings_with_hash(stored: str):
    from kiosk.settings import settings_from_mapping

    return settings_from_mapping({"kiosk": {"staff_pin_hash": stored}})


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_set_pin_writes_the_file_owner_only(tmp_path: Path) -> None:
    config = tmp_path / "settings.toml"
    config.write_text(GOOD, encoding="utf-8")
    os.chmod(config, 0o644)  # as the finding found it: readable by every local user
    write_pin_hash(config, hash_pin("246813"))
    assert stat.S_IMODE(config.stat().st_mode) == 0o600
    fresh = tmp_path / "fresh.toml"
    old_umask = os.umask(0)
    try:
        write_pin_hash(fresh, hash_pin("246813"))
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o600


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_a_file_shared_with_the_kiosk_group_stays_readable_by_it(tmp_path: Path) -> None:
    import pwd

    config = tmp_path / "settings.toml"
    config.write_text(GOOD, encoding="utf-8")
    other_group = pwd.getpwuid(os.getuid()).pw_gid + 4242
    try:
        os.chown(config, os.getuid(), other_group)  # root:kiosk, as docs/deploy.md suggests for /etc
    except PermissionError:
        pytest.skip("only root can give a file to another group here")
    os.chmod(config, 0o644)
    write_pin_hash(config, hash_pin("246813"))
    assert stat.S_IMODE(config.stat().st_mode) == 0o640  # the group keeps reading, others no longer can
    assert config.stat().st_gid == other_group


@needs_qt
def test_the_pin_hash_library_stays_off_the_start_up_path() -> None:
    import subprocess

    from tests.conftest import REPO

    heavy = ("nacl", "_sodium", "_cffi_backend")
    code = ("import sys, kiosk.app, kiosk.cli, kiosk.settings, kiosk.ui.session, kiosk.ui.panels.pin_pad; "
            f"print(sorted(m for m in sys.modules if m.split('.')[0] in {heavy!r}))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.stdout.strip() == "[]"


def test_a_query_that_starts_with_a_dash_goes_after_double_dash(capsys: pytest.CaptureFixture[str]) -> None:
    import json

    assert main(["search", "--json", "--", "-x"]) == 0
    assert json.loads(capsys.readouterr().out)["query"] == "-x"


@pytest.mark.parametrize("damage", [
    "",  # emptied
    "# only a comment left\n",
    GOOD.replace("[kiosk]", "[kisok]"),  # a misspelt section
    GOOD.replace("[kiosk]", "[[kiosk]]"),
    'acute_oncology_line = "0161 496 0999"\n' + GOOD,  # a setting outside any section
])
def test_an_empty_file_or_an_unknown_section_is_broken_like_a_syntax_error(
        tmp_path: Path, damage: str, caplog: pytest.LogCaptureFixture) -> None:
    from kiosk.selftest import check_settings
    from kiosk.settings import log_problems

    config = tmp_path / "settings.toml"
    config.write_text(GOOD, encoding="utf-8")
    copy = last_good_file(config)
    assert save_last_good(config, copy)
    config.write_text(damage, encoding="utf-8")

    loaded = load_settings(config, last_good=copy)
    assert loaded.used_last_good  # the PIN and the 24-hour number are kept
    assert loaded.settings.acute_oncology_line == "0161 496 0999"
    assert loaded.settings.idle_timeout_seconds == 45
    with caplog.at_level(logging.WARNING):
        log_problems(loaded)
    assert [r.levelno for r in caplog.records] == [logging.ERROR] * len(loaded.problems)
    assert str(config) in caplog.text
    # The damaged file never replaces the last good copy.
    assert not save_last_good(config, copy)
    assert copy.read_text(encoding="utf-8") == GOOD
    # --self-test fails, naming the file and (where there is one) the section.
    with pytest.raises(RuntimeError) as failed:
        check_settings(config)
    assert str(config) in str(failed.value)
    if "kisok" in damage:
        assert "[kisok] is not a settings section" in str(failed.value)


def test_a_pin_hash_cut_short_is_an_error_and_fails_the_self_test(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    from kiosk.selftest import check_settings
    from kiosk.settings import log_problems

    stored = hash_pin("246813")
    config = tmp_path / "settings.toml"
    for cut in (stored[:-1], stored[:-2], stored.replace("$v=19", "$v=18"), stored[:40]):
        config.write_text(f'[kiosk]\nstaff_pin_hash = "{cut}"\n', encoding="utf-8")
        loaded = load_settings(config)
        assert loaded.errors and "staff_pin_hash" in loaded.errors[0]
        caplog.clear()
        with caplog.at_level(logging.WARNING):
            log_problems(loaded)
        assert [r.levelno for r in caplog.records] == [logging.ERROR]
        with pytest.raises(RuntimeError, match=r"kiosk\.staff_pin_hash"):
            check_settings(config)
    config.write_text(f'[kiosk]\nstaff_pin_hash = "{stored}"\n', encoding="utf-8")
    assert not load_settings(config).problems
    assert check_settings(config).startswith(f"{config} is valid")  # then which file set which values
