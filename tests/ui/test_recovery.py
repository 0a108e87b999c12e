"""Faults a waiting room will meet, and recovery from the outside: each leaves the kiosk usable, with no error
in front of the patient, and a second start after a crash or kill -9 starts cleanly."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.content.render import CANNOT_SHOW_HTML
from kiosk.search import backend
from kiosk.settings import Settings
from kiosk.ui.snapshot import settle
from tests.conftest import CHILD_TIMEOUT_S, REPO, SHIPPED_CONTENT, page_text
from tests.ui.conftest import CLINIC, make_session

GOOD_SETTINGS = '[clinic]\nacute_oncology_line = "0161 496 0999"\n[kiosk]\nmode = "windowed"\n'


@pytest.fixture
def small_content(content: Callable[..., Path]) -> Path:
    content("urgent-help", page_text("Urgent help", body="Call 999 if you are seriously unwell.", menu="hidden"))
    content("chemotherapy", page_text("Chemotherapy", body="Chemotherapy uses drugs to kill cancer cells.\n\n"
                                      "![A chair](chair.png)"))
    (content.root / "images" / "chair.png").write_bytes(b"")  # type: ignore[attr-defined]
    return content("sepsis", page_text("Infection", body="Call at once if you have a high temperature."))


def shows_no_error(session) -> bool:
    settle()
    return not session.error_screen.isVisible()


def search_ids(session, text: str) -> list[str]:
    results = session.search.search(text)
    return [hit.id for hit in results.hits] if results else []


# --- faults while running (in process) -------------------------------------------------------------------------


def test_content_folder_that_disappears_while_running(qtbot, small_content: Path, tmp_path: Path) -> None:
    session = make_session(qtbot, small_content, cache_dir=tmp_path / "index")
    assert session.search.wait(60)
    shutil.rmtree(small_content)  # a network share dropped, a USB stick pulled
    session.controller.open_page("chemotherapy")
    settle()
    text = session.window.page.text.toPlainText()
    assert "Chemotherapy uses drugs" in text  # pages are held in memory once loaded
    assert search_ids(session, "high temperature")[:1] == ["sepsis"]
    session.controller.open_urgent()
    assert "999" in session.window.page.text.toPlainText()
    assert shows_no_error(session)


def test_a_page_over_the_limits_shows_calmly_and_the_rest_works(qtbot, small_content: Path, tmp_path: Path,
                                                                 caplog: pytest.LogCaptureFixture) -> None:
    nested = "\n".join("\t" * depth + f"- level {depth}" for depth in range(300))
    (small_content / "pages" / "deep.md").write_text(page_text("Deep", body=nested), encoding="utf-8")
    session = make_session(qtbot, small_content, cache_dir=tmp_path / "index")
    session.controller.open_page("deep")
    settle()
    assert "Sorry, this page cannot be shown" in session.window.page.text.toPlainText()
    assert "page 'deep'" in caplog.text
    assert shows_no_error(session)
    session.controller.open_page("chemotherapy")
    settle()
    assert "Chemotherapy uses drugs" in session.window.page.text.toPlainText()
    assert CANNOT_SHOW_HTML.startswith("<h2>")


def test_a_corrupt_cached_index_is_rebuilt_and_search_works(qtbot, small_content: Path, tmp_path: Path) -> None:
    cache = tmp_path / "index"
    first = make_session(qtbot, small_content, cache_dir=cache)
    assert first.search.wait(60)
    first.search._index.close()  # type: ignore[union-attr]
    [segment] = cache.glob("*.seg")
    data = bytearray(segment.read_bytes())
    for offset in range(len(data) // 2, len(data) // 2 + 4):
        data[offset] ^= 0xFF
    segment.write_bytes(bytes(data))
    session = make_session(qtbot, small_content, cache_dir=cache)
    assert session.search.wait(60)
    assert search_ids(session, "high temperature")[:1] == ["sepsis"]
    assert shows_no_error(session)


def test_read_only_cache_folder_searches_from_memory(qtbot, small_content: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")  # as root, chmod cannot make a folder read-only; a file in the way can
    session = make_session(qtbot, small_content, cache_dir=blocker / "index")
    assert session.search.wait(60)
    assert session.search.location == "memory"
    assert search_ids(session, "chemo")[:1] == ["chemotherapy"]
    assert shows_no_error(session)


def test_idle_reset_fires_when_the_wall_clock_jumps(qtbot, small_content: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """The idle timer runs on the monotonic clock: a clock set back an hour (or on a day) at the PC must not stop
    the kiosk returning to the start with a patient's page left open."""
    settings = Settings(**{**{f: getattr(CLINIC, f) for f in ("clinic_name", "acute_oncology_line")},
                           "mode": CLINIC.mode, "idle_timeout_seconds": 1, "countdown_seconds": 1})
    session = make_session(qtbot, small_content, settings)
    session.idle.install()
    real_time = time.time
    for jump in (-3600.0, 86400.0):
        monkeypatch.setattr(time, "time", lambda jump=jump: real_time() + jump)
        session.controller.open_page("chemotherapy")
        settle()
        session.idle.install()  # restart the wait from the page
        with qtbot.waitSignal(session.idle.reset, timeout=5000):
            pass
        settle()
        assert session.controller.is_at_start()


# --- the app from the outside (real processes) ------------------------------------------------------------------


def kiosk_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", KIOSK_CACHE_DIR=str(tmp_path / "cache"),
               KIOSK_LOG_DIR=str(tmp_path / "logs"), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_RUNTIME_DIR=str(tmp_path / "run"), KIOSK_CONFIG=str(tmp_path / "settings.toml"))
    env.update(extra)
    return env


def start_and_paint(tmp_path: Path, *args: str, **extra: str) -> subprocess.CompletedProcess[str]:
    env = kiosk_env(tmp_path, KIOSK_EXIT_AFTER_FIRST_PAINT="1", **extra)
    return subprocess.run([sys.executable, "-m", "kiosk", "--windowed", *args], env=env, cwd=REPO,
                          capture_output=True, text=True, timeout=CHILD_TIMEOUT_S)


def log_text(tmp_path: Path) -> str:
    path = tmp_path / "logs" / "kiosk.log"
    return path.read_text(encoding="utf-8") if path.exists() else ""


@pytest.mark.parametrize("broken", [
    "[clinic\nacute_oncology_line = ",
    "a = " + "[" * 500 + "]" * 500,
])
def test_a_broken_settings_file_still_paints_using_the_last_good_copy(tmp_path: Path, broken: str) -> None:
    config = tmp_path / "settings.toml"
    config.write_text(GOOD_SETTINGS, encoding="utf-8")
    first = start_and_paint(tmp_path, "--config", str(config))
    assert first.returncode == 0 and "first-paint-epoch=" in first.stdout, first.stderr
    config.write_text(broken, encoding="utf-8")
    second = start_and_paint(tmp_path, "--config", str(config))
    assert second.returncode == 0 and "first-paint-epoch=" in second.stdout, second.stderr  # it painted
    log = log_text(tmp_path)
    assert f"ERROR kiosk.app: settings: the settings file {config} cannot be used" in log
    assert "using the last good copy" in log


def test_a_broken_settings_file_without_a_copy_paints_with_defaults(tmp_path: Path) -> None:
    config = tmp_path / "settings.toml"
    config.write_text("a = " + "{b = " * 500 + "1" + "}" * 500, encoding="utf-8")
    done = start_and_paint(tmp_path, "--config", str(config))
    assert done.returncode == 0 and "first-paint-epoch=" in done.stdout, done.stderr
    assert "using the defaults for every setting" in log_text(tmp_path)


def test_a_full_disk_under_the_log_does_not_stop_the_kiosk(tmp_path: Path) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("needs /dev/full")
    (tmp_path / "logs").mkdir()
    (tmp_path / "logs" / "kiosk.log").symlink_to("/dev/full")
    config = tmp_path / "settings.toml"
    config.write_text("[kiosk]\nidle_timeout_seconds = 2\n")  # something to log
    done = start_and_paint(tmp_path, "--config", str(config))
    assert done.returncode == 0 and "first-paint-epoch=" in done.stdout, done.stderr
    assert done.stderr.count("Cannot write the log file") == 1


def test_a_read_only_settings_and_cache_folder_still_paints(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")  # as root, chmod cannot make a folder read-only; a file in the way can
    config = tmp_path / "settings.toml"
    config.write_text(GOOD_SETTINGS, encoding="utf-8")
    done = start_and_paint(tmp_path, "--config", str(config), XDG_CONFIG_HOME=str(blocker / "config"),
                           KIOSK_CACHE_DIR=str(blocker / "cache"), XDG_RUNTIME_DIR=str(blocker / "run"))
    assert done.returncode == 0 and "first-paint-epoch=" in done.stdout, done.stderr
    assert "could not save a last good copy" in log_text(tmp_path)


# For a child's ``-c`` code: the self-test's "screens" step renders nothing ("0 screens rendered").
SKIP_SCREENS = "import kiosk.ui.snapshot as _shots; _shots.render_all = lambda *args, **kwargs: []"


def self_test(tmp_path: Path, *args: str, prebuilt: Path | None = None) -> subprocess.CompletedProcess[str]:
    # What these tests read is the settings, index and search lines; drawing every screen in every theme (most of
    # a self-test's time) is left to test_cli's full self-test from source and CI's self-test of the bundle.
    code = f"{SKIP_SCREENS}; import sys; from kiosk.cli import main; sys.exit(main(sys.argv[1:]))"
    if prebuilt is not None:  # point the bundled index somewhere a test may damage
        code = (f"from pathlib import Path; import kiosk.resources as r; r.prebuilt_index_dir = lambda: "
                f"Path({str(prebuilt)!r}); " + code)
    return subprocess.run([sys.executable, "-c", code, "--self-test", *args], env=kiosk_env(tmp_path), cwd=REPO,
                          capture_output=True, text=True, timeout=CHILD_TIMEOUT_S)


def test_self_test_fails_naming_a_broken_settings_file_and_a_damaged_bundled_index(tmp_path: Path) -> None:
    from kiosk.content.loader import load_content
    from kiosk.search.engine import SearchIndex

    config = tmp_path / "settings.toml"
    config.write_text('[kiosk]\nidle_timeout_seconds = 2\n[clinic]\nacute_oncology_line = "call us"\n')
    prebuilt = tmp_path / "bundled-index"
    SearchIndex.build(load_content(SHIPPED_CONTENT), prebuilt)
    [segment] = prebuilt.glob("*.seg")
    data = bytearray(segment.read_bytes())
    data[len(data) // 2] ^= 0xFF
    segment.write_bytes(bytes(data))

    done = self_test(tmp_path, "--config", str(config), prebuilt=prebuilt)
    assert done.returncode == 1, done.stdout + done.stderr
    lines = {line.split()[1]: line for line in done.stdout.splitlines() if line.startswith(("ok", "FAIL"))}
    assert lines["settings"].startswith("FAIL") and str(config) in lines["settings"]
    assert "kiosk.idle_timeout_seconds" in lines["settings"] and "clinic.acute_oncology_line" in lines["settings"]
    assert lines["index"].startswith("FAIL") and str(prebuilt) in lines["index"] and "damaged" in lines["index"]
    assert lines["search"].startswith("ok")  # the kiosk itself carried on with a rebuilt index


def test_self_test_fails_on_a_settings_file_that_is_not_toml(tmp_path: Path) -> None:
    config = tmp_path / "settings.toml"
    config.write_text("this is not toml\n")
    done = self_test(tmp_path, "--config", str(config))
    assert done.returncode == 1
    assert any(line.startswith("FAIL  settings") and str(config) in line for line in done.stdout.splitlines())


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="kill -9 is POSIX")
def test_a_second_start_after_kill_9_starts_cleanly(tmp_path: Path, small_content: Path) -> None:
    """kill -9 while running leaves the lock file and a cache; a half-written cache is what a kill during an index
    build leaves. The next start must paint, and search must work from a rebuilt index."""
    args = ["--windowed", "--content-dir", str(small_content)]
    with subprocess.Popen([sys.executable, "-m", "kiosk", *args], env=kiosk_env(tmp_path), cwd=REPO,
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) as running:
        try:
            deadline = time.monotonic() + CHILD_TIMEOUT_S
            while "search index opened" not in log_text(tmp_path):
                assert running.poll() is None and time.monotonic() < deadline, log_text(tmp_path)
                time.sleep(0.1)
        finally:
            running.send_signal(signal.SIGKILL)
            running.wait(10)
    [lock] = (tmp_path / "run").rglob("kiosk.lock")
    assert lock.read_text().strip() == str(running.pid)  # stale, naming the dead kiosk
    [cache] = [p.parent for p in (tmp_path / "cache").rglob(backend.KEY_FILE)]
    [segment] = cache.glob("*.seg")
    segment.write_bytes(segment.read_bytes()[: segment.stat().st_size // 2])  # half-written

    again = subprocess.run([sys.executable, "-m", "kiosk", *args], env=kiosk_env(tmp_path,
                           KIOSK_EXIT_AFTER_FIRST_PAINT="1"), cwd=REPO, capture_output=True, text=True,
                           timeout=CHILD_TIMEOUT_S)
    assert again.returncode == 0 and "first-paint-epoch=" in again.stdout, again.stderr
    assert "already running" not in again.stderr
    found = subprocess.run([sys.executable, "-m", "kiosk", "search", "--json", "high temperature",
                            "--content-dir", str(small_content)], env=kiosk_env(tmp_path), cwd=REPO,
                           capture_output=True, text=True, timeout=CHILD_TIMEOUT_S)
    assert found.returncode == 0 and '"id": "sepsis"' in found.stdout, found.stderr
    assert QApplication.instance() is not None  # this test's own Qt is untouched


def test_the_shipped_systemd_unit_restarts_the_kiosk_for_ever() -> None:
    import configparser

    unit = REPO / "scripts" / "clinic-kiosk.service"
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(unit.read_text(encoding="utf-8"))
    assert parser["Service"]["Restart"] == "always"
    assert 0 < int(parser["Service"]["RestartSec"]) <= 5
    assert parser["Unit"]["StartLimitIntervalSec"] == "0"  # never gives up after a few quick failures
    assert "cage" in parser["Service"]["ExecStart"] and "--kiosk" in parser["Service"]["ExecStart"]
    assert "Restart=always" in (REPO / "docs" / "deploy.md").read_text(encoding="utf-8")
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        return
    done = subprocess.run([analyze, "verify", str(unit)], capture_output=True, text=True, timeout=CHILD_TIMEOUT_S)
    complaints = [line for line in (done.stdout + done.stderr).splitlines() if line.strip()]
    if shutil.which("cage") is None:  # the one thing this machine cannot have: cage itself
        complaints = [line for line in complaints if "/usr/bin/cage is not executable" not in line]
    assert complaints == []
