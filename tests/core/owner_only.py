"""Who may read a file, asked of the operating system itself: the mode bits on POSIX, the access list on Windows."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path


def readers_besides_owner(path: Path) -> list[str]:
    """Everyone other than the file's owner (and, on Windows, SYSTEM) whom the OS lets open ``path``: [] when it is
    owner-only. On Windows the access list is read back with GetNamedSecurityInfoW, never inferred from st_mode
    (which there says 0o666 for every file)."""
    if sys.platform == "win32":
        from kiosk import winsec

        access = winsec.read_access(path)
        others = [sid for sid in access.allowed if sid not in (winsec.current_user_sid(), winsec.SYSTEM_SID)]
        others += ["an entry that is not an allow entry"] * access.denied_or_other
        if not access.protected and not winsec.under_wine():  # Wine keeps no "protected" mark (docs/deploy.md)
            others.append("whatever the folder above passes down")
        return others
    mode = stat.S_IMODE(os.stat(path).st_mode)
    return [who for who, bits in (("group", 0o070), ("others", 0o007)) if mode & bits]
