"""Signed content packs: build and sign one file of content, verify it, install it beside the current one, go back."""

from kiosk.packs.archive import PACK_SUFFIX, Manifest, open_pack, write_pack
from kiosk.packs.errors import PackError
from kiosk.packs.install import InstalledPack, InstallResult, PackStore, default_packs_dir
from kiosk.packs.keys import generate_keys, load_signing_key, load_verify_key

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
