"""``kiosk set-pin``: asks for a new staff PIN twice and stores only its salted Argon2id hash in the settings file
(owner-only, or readable by its group where IT shared it that way)."""

from __future__ import annotations

import getpass
from pathlib import Path
from typing import TextIO

from kiosk.settings import MAX_PIN_DIGITS, MIN_PIN_DIGITS, hash_pin, valid_pin, write_pin_hash


def _ask(prompt: str, stdin: TextIO, out: TextIO) -> str:
    if stdin.isatty():
        return getpass.getpass(prompt)
    out.write(prompt)
    out.flush()
    return stdin.readline().strip()


def set_pin_command(config: Path, stdin: TextIO, out: TextIO) -> int:
    digits = f"{MIN_PIN_DIGITS} to {MAX_PIN_DIGITS} digits"
    pin = _ask(f"New staff PIN ({digits}): ", stdin, out)
    if not valid_pin(pin):
        # Fewer digits can be guessed offline from the settings file's hash far too quickly.
        print(f"\nThe PIN must be {digits} (0-9). Nothing was changed.", file=out)
        return 2
    again = _ask("Type the PIN again: ", stdin, out)
    if again != pin:
        print("\nThe two PINs were not the same. Nothing was changed.", file=out)
        return 2
    try:
        write_pin_hash(config, hash_pin(pin))
    except OSError as error:
        print(f"\nCould not write {config}: {error.strerror or error}. Nothing was changed.", file=out)
        return 1
    except ValueError as error:
        print(f"\nThe settings file {config} could not be updated safely ({error}). Nothing was changed.", file=out)
        return 1
    print(f"\nThe staff PIN is set in {config}. Restart the kiosk for it to take effect.", file=out)
    return 0
