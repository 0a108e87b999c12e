"""Copy the guide's Urgent help page, blocks filled in, into the built-in fallback (kiosk/content/builtin_urgent.py).

The built-in page is shown when a guide has no Urgent help of its own (for example the clinic-visit guide installed
alone). It must carry the same routing and words as the signed-off page (review of 7 December 2026, N-m19), and
tests/core/test_red_flag_routing.py fails until it does. Run after changing content/pages/urgent-help.md or a
red-flag block:  .venv/bin/python scripts/sync_builtin_urgent.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kiosk.content.loader import load_content  # noqa: E402

TARGET = ROOT / "kiosk" / "content" / "builtin_urgent.py"
HEADER = '''# ruff: noqa: E501  (the page's own lines, kept whole)
"""The Urgent help page the kiosk shows when a guide has none: the shipped guide's page, blocks filled in.

Written by scripts/sync_builtin_urgent.py from content/pages/urgent-help.md; do not edit by hand. A test keeps the two
the same, so the always-visible Urgent help button never gives older or shorter advice than the guide.
"""

BUILTIN_URGENT_BODY = """\\
'''


def main() -> int:
    store = load_content(ROOT / "content")
    body = store.pages[store.guide.urgent_page].body.strip() + "\n"
    if '"""' in body or "\\" in body:
        print("the Urgent help page holds characters the built-in copy cannot keep", file=sys.stderr)
        return 1
    TARGET.write_text(HEADER + body + '"""\n', encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)} ({len(body.splitlines())} lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
