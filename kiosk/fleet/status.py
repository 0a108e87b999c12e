"""``kiosk status [--json]``: what IT needs to know about a kiosk from afar, in one report. The JSON shape is
stable (README, "kiosk status"): keys are added, never renamed or removed.

    {"format": 1, "version", "host", "checked_at",
     "guides": [{"id", "title", "version", "source", "folder", "signer", "signoff"}],
     "kiosk": {"running", "pid", "started", "first_paint", "last_idle_reset", "uptime_seconds",
               "errors_since_start", "showing"},
     "settings_files": [{"path", "role", "exists"}],
     "pickup": {"folder", "exists", "files": [{"file", "outcome", "why", "guide_id", "version"}]}}
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import socket
import time
from pathlib import Path
from typing import Any, TextIO

from kiosk import __version__
from kiosk.fleet.state import iso, read_state
from kiosk.settings import Settings

FORMAT = 1


def key_fingerprint(raw_key: bytes) -> str:
    """How a pack signing key is named in reports: ``sha256:`` and the first 16 hex digits of its SHA-256."""
    return "sha256:" + hashlib.sha256(raw_key).hexdigest()[:16]


@functools.lru_cache(maxsize=8)
def guide_signoff(content_dir: Path) -> dict[str, Any] | None:
    """The guide's clinical sign-off (``content/signoff.toml``): how many pages are signed off as they read now,
    changed since, or never signed, and whether the whole guide is signed off.

    Reading and hashing every page takes a few hundred milliseconds of Python on an old PC: the heartbeat's thread
    asks once a minute and would hold the GIL against the screen each time, so a running kiosk works it out once
    per guide folder (an installed pack's folder never changes; a new pack is a new folder)."""
    from kiosk.content.signoff import load_state
    from kiosk.content.sources import load_store

    try:
        counts = load_state(load_store(content_dir)).counts()
    except Exception as error:  # a report must not fail for one guide's sign-off
        return {"error": str(error)}
    return {"pages": counts.pages, "signed": counts.signed, "changed": counts.changed, "missing": counts.missing,
            "complete": counts.pages > 0 and counts.signed == counts.pages}


def _signer(pack_folder: Path, settings: Settings) -> dict[str, Any]:
    """Which key signed the installed pack: the trusted key's fingerprint if its signature checks out now."""
    from kiosk.packs.archive import MANIFEST, SIGNATURE
    from kiosk.packs.commands import trusted_key
    from kiosk.packs.errors import PackError

    try:
        key = trusted_key(settings)
    except PackError as error:
        return {"fingerprint": None, "verified": False, "why": str(error)}
    fingerprint = key_fingerprint(bytes(key))
    try:
        key.verify((pack_folder / MANIFEST).read_bytes(), (pack_folder / SIGNATURE).read_bytes())
    except Exception as error:  # unreadable, missing or a bad signature: all mean "not verified"
        return {"fingerprint": None, "verified": False,
                "why": f"its signature does not check out with the trusted key {fingerprint} "
                       f"({type(error).__name__})"}
    return {"fingerprint": fingerprint, "verified": True}


def _guides(settings: Settings) -> list[dict[str, Any]]:
    from kiosk import resources
    from kiosk.content.loader import load_guide
    from kiosk.content.sources import content_dirs

    packs = {}
    if not settings.content_dir:
        from kiosk.content.sources import installed_packs

        packs = {pack.content_dir: pack for pack in installed_packs(settings)}
    guides = []
    for folder in content_dirs(settings):
        guide = load_guide(folder, [])
        pack = packs.get(folder)
        if pack is not None:
            entry = {"id": pack.manifest.guide_id, "title": guide.title, "version": pack.manifest.version,
                     "source": "pack", "folder": str(folder), "signer": _signer(pack.folder, settings)}
        else:
            built_in = folder == resources.content_dir()
            entry = {"id": guide.id or None, "title": guide.title, "version": guide.version or None,
                     "source": "built-in" if built_in else "folder", "folder": str(folder), "signer": None}
        entry["signoff"] = guide_signoff(folder)
        guides.append(entry)
    return guides


def kiosk_running(lock_file: Path | None = None) -> bool | None:
    """Whether a kiosk holds this user's single-instance lock: True, False, or None when it cannot be told."""
    from kiosk.instance_lock import try_lock
    from kiosk.paths import runtime_dir

    lock_file = lock_file or runtime_dir() / "kiosk.lock"
    if not lock_file.exists():
        return False
    try:
        held = try_lock(lock_file)
    except OSError:
        return None
    if held is None:
        return True
    held.release()
    return False


def _kiosk(now: float, running: bool | None, state: dict[str, Any] | None) -> dict[str, Any]:
    state = state or {}
    started = state.get("started") if isinstance(state.get("started"), str) else None
    uptime = None
    if running and started:
        try:
            began = dt.datetime.strptime(started, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC).timestamp()
            uptime = max(0, int(now - began))
        except ValueError:
            pass
    return {"running": running, "pid": state.get("pid") if running else None, "started": started,
            "first_paint": state.get("first_paint"), "last_idle_reset": state.get("last_idle_reset"),
            "uptime_seconds": uptime,
            "errors_since_start": state.get("errors_since_start") if running else None,
            "showing": state.get("showing", []) if running else []}


def _pickup(settings: Settings) -> dict[str, Any]:
    from kiosk.packs.install import settings_path

    if not settings.pickup_folder:
        return {"folder": None, "exists": False, "files": []}
    folder = settings_path(settings, settings.pickup_folder)
    report: dict[str, Any] = {"folder": str(folder), "exists": folder.is_dir(), "files": []}
    if not report["exists"]:
        return report
    from kiosk.packs.commands import pack_store, trusted_key
    from kiosk.packs.errors import PackError
    from kiosk.packs.pickup import check_pickup_folder

    try:
        key = trusted_key(settings)
    except PackError as error:
        report["why"] = str(error)
        return report
    # What the next pickup check would do; nothing is installed by looking.
    lines = check_pickup_folder(folder, pack_store(settings), key, None)
    report["files"] = [{"file": line.file, "outcome": line.outcome, "why": line.why, "guide_id": line.guide_id,
                        "version": line.version} for line in lines]
    return report


def settings_files(config: Path | None) -> list[dict[str, Any]]:
    """The settings files this kiosk reads, in order of precedence (the first wins), and whether each exists."""
    from kiosk.machine_settings import machine_settings_file
    from kiosk.paths import default_config_file

    files: list[tuple[Path, str]] = []
    if config is not None:
        files.append((config, "--config"))
    else:
        files.append((default_config_file(), "per-user"))
    files.append((machine_settings_file(), "machine-wide"))
    return [{"path": str(path), "role": role, "exists": path.is_file()} for path, role in files]


def gather_status(settings: Settings, config: Path | None, *, state_path: Path | None = None,
                  lock_file: Path | None = None, now: float | None = None, state: dict[str, Any] | None = None,
                  running: bool | None = None) -> dict[str, Any]:
    """The report. The running kiosk's heartbeat passes its own ``state`` and ``running=True``; ``kiosk status``
    reads the state file and the single-instance lock."""
    now = time.time() if now is None else now
    if running is None:
        running = kiosk_running(lock_file)
    if state is None:
        state = read_state(state_path)
    return {
        "format": FORMAT,
        "version": __version__,
        "host": socket.gethostname(),
        "checked_at": iso(now),
        "guides": _guides(settings),
        "kiosk": _kiosk(now, running, state),
        "settings_files": settings_files(config),
        "pickup": _pickup(settings),
    }


def _signoff_words(signoff: dict[str, Any] | None) -> str:
    if signoff is None or "error" in signoff:
        return "not known" + (f" ({signoff['error']})" if signoff else "")
    if signoff["complete"]:
        return f"all {signoff['pages']} pages signed off"
    return (f"{signoff['changed'] + signoff['missing']} of {signoff['pages']} pages not signed off "
            f"({signoff['changed']} changed since sign-off)")


def _text(status: dict[str, Any]) -> list[str]:
    kiosk = status["kiosk"]
    lines = [f"Clinic Kiosk {status['version']} on {status['host']}"]
    for guide in status["guides"]:
        signer = guide["signer"]
        signed = ("" if signer is None else f", signed by {signer['fingerprint']}" if signer["verified"]
                  else ", signature NOT verified")
        lines.append(f"Guide: {guide['id'] or guide['title']} {guide['version'] or '(no version)'} "
                     f"({guide['source']}{signed}; sign-off: {_signoff_words(guide['signoff'])})")
    if kiosk["running"]:
        lines.append(f"Kiosk: running (pid {kiosk['pid']}), started {kiosk['started']}, "
                     f"up {kiosk['uptime_seconds']} s; "
                     f"first paint {kiosk['first_paint']}, last idle reset {kiosk['last_idle_reset'] or 'none yet'}; "
                     f"{kiosk['errors_since_start']} error(s) logged since start")
    else:
        lines.append("Kiosk: not running" if kiosk["running"] is False else "Kiosk: cannot tell whether it runs")
    for file in status["settings_files"]:
        lines.append(f"Settings ({file['role']}): {file['path']}{'' if file['exists'] else ' (not there)'}")
    pickup = status["pickup"]
    if pickup["folder"] is None:
        lines.append("Pickup folder: not set")
    else:
        there = "" if pickup["exists"] else " (does not exist)"
        lines.append(f"Pickup folder: {pickup['folder']}{there}, {len(pickup['files'])} pack file(s)")
        lines += [f"  {f['file']}: {f['outcome']}: {f['why']}" for f in pickup["files"]]
    return lines


def status_command(settings: Settings, config: Path | None, out: TextIO, *, as_json: bool = False) -> int:
    """Exit 0 with the report (a kiosk that is not running is a fact to report, not a failure)."""
    status = gather_status(settings, config)
    if as_json:
        print(json.dumps(status, indent=1, ensure_ascii=False), file=out)
    else:
        print("\n".join(_text(status)), file=out)
    return 0
