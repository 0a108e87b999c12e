"""The one-kiosk-per-user lock is released by the OS when its process dies, however it dies."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.instance_lock import try_lock
from tests.conftest import REPO

HOLD = "import sys, time; from pathlib import Path; from kiosk.instance_lock import try_lock; " \
       "lock = try_lock(Path(sys.argv[1])); print('held' if lock else 'busy', flush=True); time.sleep(60)"


def test_a_second_lock_is_refused_until_the_first_is_released(tmp_path: Path) -> None:
    first = try_lock(tmp_path / "kiosk.lock")
    assert first is not None
    assert try_lock(tmp_path / "kiosk.lock") is None
    first.release()
    again = try_lock(tmp_path / "kiosk.lock")
    assert again is not None
    again.release()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="kill -9 is POSIX")
def test_kill_9_leaves_a_lock_file_that_does_not_block(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.lock"
    with subprocess.Popen([sys.executable, "-c", HOLD, str(path)], cwd=REPO, stdout=subprocess.PIPE,
                          text=True) as holder:
        try:
            assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
            assert try_lock(path) is None  # alive: it really holds the lock
        finally:
            holder.send_signal(signal.SIGKILL)
            holder.wait(10)
    assert path.read_text().strip() == str(holder.pid)  # the stale file is still there, naming a dead process
    lock = try_lock(path)
    assert lock is not None
    lock.release()


def test_a_lock_file_naming_a_live_process_does_not_block(tmp_path: Path) -> None:
    """The finding: a stale lock naming a live process with the same program name stopped the kiosk starting.
    What the file says no longer matters; only a held lock does."""
    path = tmp_path / "kiosk.lock"
    path.write_text(f"{os.getpid()}\nkiosk\n")
    lock = try_lock(path)
    assert lock is not None
    lock.release()
