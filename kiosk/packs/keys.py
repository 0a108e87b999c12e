"""Ed25519 key files for signing content packs: a private key for the build machine, a public key for kiosks."""

from __future__ import annotations

import base64
import binascii
import os
from pathlib import Path

from kiosk.files import make_private_file
from kiosk.packs.errors import PackError

PUBLIC_HEADER = "# Clinic Kiosk content pack public key (Ed25519). Kiosks check packs against it."
PRIVATE_HEADER = "# Clinic Kiosk content pack PRIVATE key (Ed25519). Keep it secret; never copy it to a kiosk."


def _write_new(path: Path, text: str, mode: int) -> None:
    """Write a file that must not exist yet: a key is never overwritten by accident."""
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    with os.fdopen(descriptor, "w", encoding="ascii") as out:
        if mode & 0o077 == 0:
            make_private_file(path)  # on Windows the mode means nothing: an access list, set before the key is written
        out.write(text)
        out.flush()
        os.fsync(out.fileno())


def generate_keys(private_path: Path, public_path: Path) -> None:
    """Make a new key pair. Raises PackError if either file exists or cannot be written."""
    from nacl.signing import SigningKey

    for path in (private_path, public_path):
        if path.exists():
            raise PackError(f"{path} already exists; choose another name (a key is never overwritten)")
    key = SigningKey.generate()
    try:
        _write_new(private_path, f"{PRIVATE_HEADER}\n{base64.b64encode(bytes(key)).decode()}\n", 0o600)
        _write_new(public_path, f"{PUBLIC_HEADER}\n{base64.b64encode(bytes(key.verify_key)).decode()}\n", 0o644)
    except OSError as error:
        raise PackError(f"cannot write the key files: {error.strerror or error}") from error


def _read_key(path: Path, what: str) -> bytes:
    try:
        text = path.read_text(encoding="ascii")
    except FileNotFoundError:
        raise PackError(f"the {what} key file {path} does not exist") from None
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or error
        raise PackError(f"cannot read the {what} key file {path}: {reason}") from None
    lines = [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    try:
        raw = base64.b64decode(lines[0], validate=True) if len(lines) == 1 else b""
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != 32:
        raise PackError(f"{path} is not a {what} key made by 'kiosk pack keygen'")
    return raw


def load_signing_key(path: Path):  # -> nacl.signing.SigningKey
    from nacl.signing import SigningKey

    if path.is_file() and PUBLIC_HEADER in path.read_text(encoding="ascii", errors="replace"):
        raise PackError(f"{path} is the public key; building a pack needs the private key")
    return SigningKey(_read_key(path, "private"))


def load_verify_key(path: Path):  # -> nacl.signing.VerifyKey
    from nacl.signing import VerifyKey

    if path.is_file() and PRIVATE_HEADER in path.read_text(encoding="ascii", errors="replace"):
        raise PackError(f"{path} is a private key: kiosks need only the public key, and the private key must "
                        "never be copied to one")
    return VerifyKey(_read_key(path, "public"))
