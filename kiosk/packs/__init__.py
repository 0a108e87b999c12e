"""Signed content packs: build and sign one file of content, verify it, install it beside the current one, go back.

The names below load on first use (PEP 562), as the standard library does for its heavier parts: the kiosk reads
which packs are installed before its first paint and must not pay for zip files and signing to do it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk.lazy import lazy_names

# Also what PyInstaller reads (it follows imports under TYPE_CHECKING as any other): every part below ships.
if TYPE_CHECKING:
    from kiosk.packs.archive import PACK_SUFFIX, Manifest, open_pack, write_pack
    from kiosk.packs.errors import PackError
    from kiosk.packs.install import InstalledPack, InstallResult, PackStore, default_packs_dir
    from kiosk.packs.keys import generate_keys, load_signing_key, load_verify_key

_WHERE = {
    "PACK_SUFFIX": "archive",
    "Manifest": "archive",
    "open_pack": "archive",
    "write_pack": "archive",
    "PackError": "errors",
    "InstallResult": "install",
    "InstalledPack": "install",
    "PackStore": "install",
    "default_packs_dir": "install",
    "generate_keys": "keys",
    "load_signing_key": "keys",
    "load_verify_key": "keys",
}

__all__ = [
    "PACK_SUFFIX",
    "InstallResult",
    "InstalledPack",
    "Manifest",
    "PackError",
    "PackStore",
    "default_packs_dir",
    "generate_keys",
    "load_signing_key",
    "load_verify_key",
    "open_pack",
    "write_pack",
]


__getattr__, __dir__ = lazy_names(__name__, globals(), _WHERE)
