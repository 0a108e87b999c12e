"""``kiosk set-pin``: asks for a new staff PIN twice and stores only its salted Argon2id hash in the settings file
(owner-only, or readable by its group where IT shared it that way)."""

from __future__ import annotations

import getpass
import itertools
from pathlib import Path
from typing import TextIO

from kiosk.settings import MAX_PIN_DIGITS, MIN_PIN_DIGITS, hash_pin, valid_pin, write_pin_hash


def _ask(prompt: str, stdin: TextIO, out: TextIO) -> str:
    if stdin.isatty():
        return getpass.getpass(prompt)
    out.write(prompt)
    out.flush()
    return stdin.readline().strip()


# PINs people choose first, which anyone trying would type first too (beyond the patterns weak_pin_reason finds).
COMMON_PINS = frozenset({"112233", "123321", "147258", "159753", "258456", "520520", "696969", "789456", "102030",
                         "246810", "147258369", "159357", "111222", "121314", "135790", "753951", "13579"})


def weak_pin_reason(pin: str) -> str | None:
    """Why a well-formed PIN is too easy to guess, in words for the person setting it, or None if it is not."""
    if len(set(pin)) == 1:
        return "it is one digit repeated"
    steps = {(int(b) - int(a)) % 10 for a, b in itertools.pairwise(pin)}
    if steps in ({1}, {9}):
        return "its digits run in order"
    for size in range(1, len(pin) // 2 + 1):
        if len(pin) % size == 0 and pin[:size] * (len(pin) // size) == pin:
            return "it repeats a short pattern"
    if pin == pin[::-1]:
        return "it reads the same backwards"
    if pin in COMMON_PINS:
        return "it is one of the PINs people choose most often"
    return None


def set_pin_command(config: Path, stdin: TextIO, out: TextIO) -> int:
    digits = f"{MIN_PIN_DIGITS} to {MAX_PIN_DIGITS} digits"
    pin = _ask(f"New staff PIN ({digits}): ", stdin, out)
    if not valid_pin(pin):
        # Fewer digits can be guessed offline from the settings file's hash far too quickly.
        print(f"\nThe PIN must be {digits} (0-9). Nothing was changed.", file=out)
        return 2
    weak = weak_pin_reason(pin)
    if weak is not None:
        # The PIN pad is in a public waiting room: a PIN anyone might try first opens the staff panel to anyone.
        print(f"\nThat PIN is too easy to guess: {weak}. Choose digits with no pattern, not a date or a phone "
              "number. Nothing was changed.", file=out)
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
