"""The one-kiosk-per-user lock is released by the OS when its process dies, however it dies."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

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


def test_the_lock_file_names_its_holder_while_held(tmp_path: Path) -> None:
    """Windows locks are mandatory: a lock on the byte holding the process id would make it unreadable."""
    lock = try_lock(tmp_path / "kiosk.lock")
    assert lock is not None
    try:
        assert (tmp_path / "kiosk.lock").read_text().strip() == str(os.getpid())
    finally:
        lock.release()


def test_kill_9_leaves_a_lock_file_that_does_not_block(tmp_path: Path) -> None:
    """kill -9 on POSIX; on Windows, TerminateProcess (Popen.kill), which no code in the process sees either."""
    path = tmp_path / "kiosk.lock"
    with subprocess.Popen([sys.executable, "-c", HOLD, str(path)], cwd=REPO, stdout=subprocess.PIPE,
                          text=True) as holder:
        try:
            assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
            assert try_lock(path) is None  # alive: it really holds the lock
        finally:
            if hasattr(signal, "SIGKILL"):
                holder.send_signal(signal.SIGKILL)
            else:
                holder.kill()
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
