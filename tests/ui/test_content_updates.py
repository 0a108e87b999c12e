"""A running kiosk takes up new content only at an idle reset: a pack installed meanwhile, or one picked up."""

from __future__ import annotations

import logging
import time
from pathlib import Path

import shiboken6
from PySide6.QtWidgets import QApplication

from kiosk import resources
from kiosk.app import StartOptions, _follow_content_packs
from kiosk.content.cache import ContentCache, cache_file
from kiosk.content.sources import load_store
from kiosk.packs import PackStore, generate_keys, load_signing_key, write_pack
from kiosk.packs.commands import install_pack
from kiosk.settings import Settings
from kiosk.ui.services.background import BackgroundWork
from kiosk.ui.services.content_updates import ContentUpdates
from kiosk.ui.session import build_session
from tests.ui.conftest import _open_sessions, seed_shipped_index


def pack_settings(tmp_path: Path, **extra: str) -> Settings:
    assert (tmp_path / "small-guide").is_dir()  # the small_guide fixture
    generate_keys(tmp_path / "sign.key", tmp_path / "sign.pub")
    return Settings(pack_public_key=str(tmp_path / "sign.pub"), packs_dir=str(tmp_path / "packs"), **extra)


def make_pack(tmp_path: Path, out: Path, version: str) -> Path:
    key = load_signing_key(tmp_path / "sign.key")
    write_pack(tmp_path / "small-guide", key, out, guide_id="breast", version=version)
    return out


def test_a_newer_pack_in_the_pickup_folder_is_installed_at_a_reset_and_switched_to(qtbot, tmp_path: Path, caplog,
                                                                                    small_guide) -> None:
    pickup = tmp_path / "pickup"
    pickup.mkdir()
    settings = pack_settings(tmp_path, pickup_folder=str(pickup))
    store = PackStore(tmp_path / "packs")
    install_pack(make_pack(tmp_path, tmp_path / "old.kpack", "1.0"), settings)
    updates = ContentUpdates(store, settings, follow_packs=True)
    with qtbot.waitSignal(updates.pickup_checked, timeout=10000) as checked:
        updates.at_reset(lambda: True)
    assert checked.args == [""]  # nothing newer there yet
    time.sleep(1.1)
    make_pack(tmp_path, pickup / "new.kpack", "2.0")
    (pickup / "broken.kpack").write_bytes(b"cut short")
    with caplog.at_level(logging.WARNING), qtbot.waitSignal(updates.switch_needed, timeout=30000):
        updates.at_reset(lambda: True)
    assert store.current().manifest.version == "2.0"
    assert any("broken.kpack not installed" in r.getMessage() for r in caplog.records)
    caplog.clear()
    with caplog.at_level(logging.WARNING), qtbot.waitSignal(updates.pickup_checked, timeout=10000) as checked:
        updates.at_reset(lambda: True)
    assert checked.args == [""]  # the same pack is not installed again, and the broken one is not reported again
    assert not any("broken" in r.getMessage() for r in caplog.records)


def test_a_pack_installed_while_someone_reads_waits_for_the_next_reset(qtbot, tmp_path: Path, small_guide) -> None:
    settings = pack_settings(tmp_path)
    store = PackStore(tmp_path / "packs")
    updates = ContentUpdates(store, settings, follow_packs=True)
    switched: list[bool] = []
    updates.switch_needed.connect(lambda: switched.append(True))
    install_pack(make_pack(tmp_path, tmp_path / "a.kpack", "1.0"), settings)  # e.g. `kiosk pack install` by IT
    assert not switched
    updates.at_reset(lambda: True)
    assert switched == [True]
    ignoring = ContentUpdates(store, settings, follow_packs=False)  # --content-dir: installed packs are not shown
    ignoring.switch_needed.connect(lambda: switched.append(False))
    store.rollback()
    ignoring.at_reset(lambda: True)
    assert switched == [True]


def test_the_running_kiosk_switches_to_an_installed_pack_at_its_idle_reset(qtbot, tmp_path: Path, small_guide) -> None:
    settings = pack_settings(tmp_path)
    # Not make_session: the switch deletes this kiosk's window, which qtbot must not be left to close.
    session = build_session(QApplication.instance(), load_store(resources.content_dir()), settings,
                            mode=settings.mode, cache_dir=seed_shipped_index(resources.content_dir(),
                                                                             tmp_path / "index"))
    session.show()
    qtbot.waitExposed(session.window)
    running = [session]
    writer = BackgroundWork("content-cache")
    follower = _follow_content_packs(QApplication.instance(), running, StartOptions(), settings, None,
                                     ContentCache(tmp_path / "content-cache"), writer)
    result = install_pack(make_pack(tmp_path, tmp_path / "a.kpack", "1.0"), settings)
    session.controller.open_page("bone-scan")
    qtbot.wait(50)
    assert running[0] is session  # nobody is interrupted mid-read
    session.controller.reset()
    qtbot.waitUntil(lambda: running[0] is not session, timeout=10000)
    new = running[0]
    _open_sessions.append(new)
    qtbot.addWidget(new.window)
    assert new.store.directory == result.pack.content_dir
    assert writer.wait()  # the new guide's pages are cached for the next start
    assert [p.name for p in (tmp_path / "content-cache").iterdir()] == [
        cache_file(tmp_path / "content-cache", result.pack.content_dir).name]
    assert new.window.isVisible()
    qtbot.waitUntil(lambda: not shiboken6.isValid(session.window))  # the old kiosk is deleted, not just hidden
    assert new.search.wait(timeout=60) and new.search.location == "prebuilt"  # the index built at install
    follower.stop()
