"""Packs on a fleet: a rollback holds against the pickup folder (N1), a damaged pickup file blocks nothing (N3), an
install never deletes the content a running kiosk shows (N7), no silent downgrade (N8), the pickup folder adds a
second guide (N13), and ``kiosk pack pickup`` says what it did."""

from __future__ import annotations

import logging
import shutil
import struct
import time
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.packs import PackStore, generate_keys, load_signing_key, write_pack
from kiosk.packs import pickup as pickup_module
from kiosk.packs.commands import install_pack, pickup_once
from kiosk.packs.install import RETIRED_KEEP_SECONDS
from kiosk.settings import Settings
from tests.conftest import page_text


@pytest.fixture
def fleet(tmp_path: Path, small_guide: Path) -> tuple[Settings, Path, Path]:
    """Settings with a trusted key, a machine packs folder and a pickup folder, as IT sets a kiosk up; a config
    file naming them for the command line."""
    generate_keys(tmp_path / "sign.key", tmp_path / "sign.pub")
    pickup = tmp_path / "pickup"
    pickup.mkdir()
    config = tmp_path / "settings.toml"
    packs = tmp_path / "packs"  # a TOML literal string below: a Windows path's backslashes are no escapes there
    config.write_text(f"[content]\npack_public_key = \"sign.pub\"\npacks_dir = '{packs}'\n"
                      f'pickup_folder = "pickup"\n')
    settings = Settings(pack_public_key=str(tmp_path / "sign.pub"), packs_dir=str(tmp_path / "packs"),
                        pickup_folder=str(pickup), source=str(config))
    return settings, pickup, config


def pack(tmp_path: Path, name: str, version: str, guide_id: str = "breast", content: Path | None = None) -> Path:
    out = tmp_path / "built" / name
    out.parent.mkdir(exist_ok=True)
    write_pack(content or tmp_path / "small-guide", load_signing_key(tmp_path / "sign.key"), out,
               guide_id=guide_id, version=version)
    return out


def in_use(settings: Settings, guide_id: str = "breast") -> str | None:
    current = PackStore(Path(settings.packs_dir)).current(guide_id)
    return current.manifest.version if current else None


def outcomes(lines) -> dict[str, str]:
    return {line.file: line.outcome for line in lines}


def damaged(good: Path, out: Path) -> Path:
    """The review's N3 file: the compression method of manifest.json in the central directory set to 99."""
    data = bytearray(good.read_bytes())
    at = data.rfind(b"PK\x01\x02", 0, data.rfind(b"manifest.json"))
    assert at >= 0
    struct.pack_into("<H", data, at + 10, 99)
    out.write_bytes(bytes(data))
    return out


# N1 --------------------------------------------------------------------------------------------------------------
def test_a_rollback_holds_while_its_pack_stays_in_the_pickup_folder(tmp_path: Path, fleet) -> None:
    settings, pickup, _config = fleet
    shutil.copy(pack(tmp_path, "v1.kpack", "2026.1"), pickup)
    assert outcomes(pickup_once(settings)) == {"v1.kpack": "installed"}
    shutil.copy(pack(tmp_path, "v2.kpack", "2026.2"), pickup)
    assert outcomes(pickup_once(settings)) == {"v1.kpack": "skipped", "v2.kpack": "installed"}
    PackStore(Path(settings.packs_dir)).rollback()
    assert in_use(settings) == "2026.1"
    lines = pickup_once(settings)  # the next idle reset: both files still there, as the detection rule needs
    assert in_use(settings) == "2026.1"
    held = next(line for line in lines if line.file == "v2.kpack")
    assert held.outcome == "skipped" and "rolled back from 2026.2" in held.why
    shutil.copy(pack(tmp_path, "v3.kpack", "2026.3"), pickup)  # the fixed edition arrives
    assert outcomes(pickup_once(settings))["v3.kpack"] == "installed"
    assert in_use(settings) == "2026.3"


def test_the_only_pack_rolled_back_to_the_built_in_guide_is_not_installed_again(tmp_path: Path, fleet) -> None:
    settings, pickup, _config = fleet
    shutil.copy(pack(tmp_path, "v1.kpack", "2026.1"), pickup)
    pickup_once(settings)
    PackStore(Path(settings.packs_dir)).rollback()
    assert in_use(settings) is None
    assert outcomes(pickup_once(settings)) == {"v1.kpack": "skipped"}
    assert PackStore(Path(settings.packs_dir)).installed() == []


def test_a_second_rollback_undoes_the_first_and_the_hold_stays(tmp_path: Path, fleet) -> None:
    settings, pickup, _config = fleet
    install_pack(pack(tmp_path, "v1.kpack", "2026.1"), settings)
    install_pack(pack(tmp_path, "v2.kpack", "2026.2"), settings)
    store = PackStore(Path(settings.packs_dir))
    store.rollback()
    store.rollback()
    assert in_use(settings) == "2026.2"
    assert store.held_back("breast") == ("2026.2", store.current("breast").manifest.built)
    shutil.copy(tmp_path / "built" / "v2.kpack", pickup)
    assert outcomes(pickup_once(settings)) == {"v2.kpack": "skipped"}


# N3 --------------------------------------------------------------------------------------------------------------
def test_a_damaged_pickup_file_is_refused_by_name_and_blocks_nothing(tmp_path: Path, fleet, monkeypatch,
                                                                     capsys) -> None:
    settings, pickup, _config = fleet
    install_pack(pack(tmp_path, "v1.kpack", "2026.1"), settings)
    v2 = pack(tmp_path, "v2.kpack", "2026.2")
    damaged(v2, pickup / "a-damaged.kpack")  # sorts first: it must not stop the good one after it
    shutil.copy(v2, pickup)
    remembered: dict = {}
    lines = pickup_once(settings, refused_before=remembered)
    assert outcomes(lines) == {"a-damaged.kpack": "refused", "v2.kpack": "installed"}
    assert in_use(settings) == "2026.2"
    # At the next reset the unchanged damaged file is not opened again (nor logged: the kiosk logs new refusals).
    opened: list[Path] = []
    real_open = pickup_module.open_pack
    monkeypatch.setattr(pickup_module, "open_pack", lambda path, key: opened.append(path) or real_open(path, key))
    again = pickup_once(settings, refused_before=remembered)
    assert outcomes(again)["a-damaged.kpack"] == "refused"
    assert [p.name for p in opened] == ["v2.kpack"]
    # kiosk pack verify says NOT OK, never a traceback.
    assert main(["pack", "verify", str(pickup / "a-damaged.kpack"), "--public-key", str(tmp_path / "sign.pub")]) == 1
    out = capsys.readouterr().out
    assert out.startswith("NOT OK: ") and "Traceback" not in out


def test_any_error_reading_one_file_is_a_refusal_of_that_file(tmp_path: Path, fleet, monkeypatch) -> None:
    settings, pickup, _config = fleet
    shutil.copy(pack(tmp_path, "v1.kpack", "2026.1"), pickup)
    (pickup / "odd.kpack").write_bytes(b"PK")
    real_open = pickup_module.open_pack

    def fussy(path: Path, key):
        if path.name == "odd.kpack":
            raise MemoryError("a reader fault nobody foresaw")
        return real_open(path, key)

    monkeypatch.setattr(pickup_module, "open_pack", fussy)
    lines = pickup_once(settings)
    assert outcomes(lines) == {"odd.kpack": "refused", "v1.kpack": "installed"}
    assert "MemoryError" in next(line.why for line in lines if line.file == "odd.kpack")


# N7 --------------------------------------------------------------------------------------------------------------
def test_installs_never_delete_the_pack_a_running_kiosk_shows_and_clean_up_a_day_later(tmp_path: Path,
                                                                                     fleet) -> None:
    settings, _pickup, _config = fleet
    shown = install_pack(pack(tmp_path, "v1.kpack", "2026.1"), settings).pack.folder  # the kiosk starts on it
    for number in (2, 3, 4):  # three installs before the kiosk's next idle reset
        install_pack(pack(tmp_path, f"v{number}.kpack", f"2026.{number}"), settings)
    assert (shown / "content" / "pages" / "bone-scan.md").is_file()
    store = PackStore(Path(settings.packs_dir))
    store._prune("breast", now=time.time() + RETIRED_KEEP_SECONDS + 60)  # a later install, a day on
    assert not shown.exists()
    kept = sorted(p.name.split("-")[0] for p in (Path(settings.packs_dir) / "breast").iterdir())
    assert kept == ["2026.3", "2026.4"]  # the previous and the current stay
    assert in_use(settings) == "2026.4"


# N8 --------------------------------------------------------------------------------------------------------------
def test_an_older_pack_is_refused_unless_a_downgrade_is_asked_for(tmp_path: Path, fleet, capsys) -> None:
    settings, _pickup, config = fleet
    v1, v2 = pack(tmp_path, "v1.kpack", "2026.1"), pack(tmp_path, "v2.kpack", "2026.2")
    assert main(["pack", "install", str(v2), "--config", str(config)]) == 0
    capsys.readouterr()
    assert main(["pack", "install", str(v1), "--config", str(config)]) == 1
    said = capsys.readouterr().out.strip()
    assert said.startswith("Not installed: refused: breast 2026.1") and "older" in said
    assert "--allow-downgrade" in said
    assert in_use(settings) == "2026.2"
    assert main(["pack", "install", str(v1), "--allow-downgrade", "--config", str(config)]) == 0
    assert capsys.readouterr().out.startswith("Installed breast 2026.1")
    assert in_use(settings) == "2026.1"


def test_versions_compare_by_their_numbers(tmp_path: Path, fleet) -> None:
    settings, _pickup, _config = fleet
    install_pack(pack(tmp_path, "a.kpack", "2026.9"), settings)
    install_pack(pack(tmp_path, "b.kpack", "2026.10"), settings)  # not "older" because "1" < "9" as text
    assert in_use(settings) == "2026.10"


# N13 -------------------------------------------------------------------------------------------------------------
def test_a_second_guide_in_the_pickup_folder_is_added(tmp_path: Path, fleet) -> None:
    settings, pickup, _config = fleet
    install_pack(pack(tmp_path, "breast.kpack", "2026.1"), settings)
    visit = tmp_path / "visit"
    (visit / "pages").mkdir(parents=True)
    (visit / "guide.toml").write_text('title = "Your visit"\nid = "visit"\nurgent_page = ""\n')
    (visit / "pages" / "parking.md").write_text(page_text("Parking", body="Park by the front door."))
    shutil.copy(tmp_path / "built" / "breast.kpack", pickup)
    shutil.copy(pack(tmp_path, "visit.kpack", "1.0", guide_id="visit", content=visit), pickup)
    lines = pickup_once(settings)
    assert outcomes(lines) == {"breast.kpack": "skipped", "visit.kpack": "installed"}
    assert [p.manifest.guide_id for p in PackStore(Path(settings.packs_dir)).installed()] == ["breast", "visit"]


# kiosk pack pickup -----------------------------------------------------------------------------------------------
def test_kiosk_pack_pickup_says_what_it_did_per_file(tmp_path: Path, fleet, capsys) -> None:
    _settings, pickup, config = fleet
    shutil.copy(pack(tmp_path, "v2.kpack", "2026.2"), pickup)
    assert main(["pack", "pickup", "--config", str(config)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("v2.kpack: installed: breast 2026.2")
    assert out[-1].startswith(f"Pickup folder {pickup}: 1 pack file(s), 1 installed, 0 refused.")
    assert main(["pack", "pickup", "--config", str(config)]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "v2.kpack: skipped: it is the edition in use"
    (pickup / "cut.kpack").write_bytes(b"PK\x03\x04 cut short")
    assert main(["pack", "pickup", "--config", str(config)]) == 1  # something was refused: IT should look
    out = capsys.readouterr().out
    assert "cut.kpack: refused: " in out and "Traceback" not in out


def test_kiosk_pack_pickup_without_a_pickup_folder_says_so(tmp_path: Path, capsys, caplog) -> None:
    config = tmp_path / "settings.toml"
    config.write_text("[content]\n")
    with caplog.at_level(logging.ERROR):
        assert main(["pack", "pickup", "--config", str(config)]) == 1
    assert capsys.readouterr().out.startswith("Not done: no pickup folder is set")
