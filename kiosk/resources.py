"""Finds the files the app ships with (content, index, icons, themes, fonts), from source and when frozen.

From source the files sit beside the ``kiosk`` package in the repository; in a PyInstaller bundle they
are unpacked under ``sys._MEIPASS`` with the same names. Nothing else in the app needs to know which.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


def bundle_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return _source_root()


@cache
def _source_root() -> Path:
    # Resolved once: Home alone asks for about forty files before its first paint.
    return Path(__file__).resolve().parent.parent


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def content_dir() -> Path:
    return bundle_root() / "content"


def more_guides_dir() -> Path:
    """Further guides kept in the repository as sources for content packs (``content-packs/GUIDE/``). Not in the
    bundle: a clinic installs them as signed packs."""
    return bundle_root() / "content-packs"


def prebuilt_index_dir() -> Path:
    """The search index built ahead of time for the shipped content (by ``kiosk index``)."""
    return bundle_root() / "build" / "index" if not is_frozen() else bundle_root() / "index"


def resources_dir() -> Path:
    return bundle_root() / "resources"


def icon_dir() -> Path:
    return resources_dir() / "icons"


def icon(name: str) -> Path:
    return icon_dir() / f"{name}.svg"


def theme_dir() -> Path:
    return resources_dir() / "themes"


def font_dir() -> Path:
    return resources_dir() / "fonts"
