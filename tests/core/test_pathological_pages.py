"""Pages inside the 150 KB limit that once froze the GUI or hung `kiosk check` and the index build (reliability N4):
each is now refused by `kiosk check` with an error naming the limit, left out of the screen with a calm "cannot be
shown", and indexed without hanging. Each runs in its own process with a generous timeout, so that a return of the
old quadratic behaviour fails the test instead of freezing the suite; no duration is asserted."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import CHILD_TIMEOUT_S, REPO, page_text

TABLE_HEAD = "| a | b |\n|---|---|\n"
# name: (the page's Markdown, the words of the error `kiosk check` must give, or None: it passes)
PAGES = {
    "stars": ("*a " * 16_000, "emphasis marks"),
    "stars-to-the-size-limit": ("*a " * 49_000, "emphasis marks"),
    "underscores": ("_a " * 49_000, "emphasis marks"),
    "backticks": ("`a " * 49_000, "emphasis marks"),
    "brackets": (("[" * 199 + "\n") * 740, "links or [ brackets"),
    "list-items": ("- x\n" * 37_000, "37,000 list items"),
    "numbered-items": ("1. x\n" * 29_000, "list items"),
    "headings": ("# h\n" * 37_000, "headings"),
    "missing-pictures": ("![a](nope.png)\n" * 9_900, "9,900 pictures"),
    "table": (TABLE_HEAD + "| x | y |\n" * 14_900, "table rows"),
    "links": ("[a](biopsy) " * 12_400, "links or [ brackets"),
    "just-inside-every-limit": ("\n\n".join([
        "- item\n" * 450, "## Part\n\n" * 150, TABLE_HEAD + "| x | y |\n" * 150, "**bold** " * 200,
        "[a link](bone-scan) " * 250, "Plain words in a short sentence. " * 1000]), None),
}

# In a fresh process: `kiosk check`, the index build (the app's first start) and the page as the reader renders it.
PROBE = """
import io, json, sys
from pathlib import Path
from kiosk.content.check import run
from kiosk.content.loader import load_content
from kiosk.content.render import CANNOT_SHOW_HTML, PageRenderer
from kiosk.search.backend import open_in_memory

root, name = Path(sys.argv[1]), sys.argv[2]
out = io.StringIO()
code = run(root, out)
store = load_content(root)
search = open_in_memory(store)
html = PageRenderer(store).render(store.pages[name])
print(json.dumps({"code": code, "report": out.getvalue(), "indexed": search.index.doc_count(),
                  "shown": html != CANNOT_SHOW_HTML}))
"""


@pytest.mark.parametrize("name", sorted(PAGES))
def test_a_pathological_page_is_refused_or_passes_and_never_hangs(small_guide: Path, name: str) -> None:
    body, message = PAGES[name]
    page = small_guide / "pages" / f"{name}.md"
    # Written with \n line ends on every system (Windows would write \r\n and add a byte a line).
    page.write_bytes(page_text(name.replace("-", " ").capitalize(), body=body).encode("utf-8"))
    assert len(page.read_bytes()) < 150_000  # inside the size limit: the other limits must catch it
    done = subprocess.run([sys.executable, "-c", PROBE, str(small_guide), name], capture_output=True, text=True,
                          timeout=CHILD_TIMEOUT_S, cwd=REPO)
    assert done.returncode == 0, done.stderr[-2000:]
    found = json.loads(done.stdout.splitlines()[-1])
    errors = [line for line in found["report"].splitlines() if ": error: " in line]
    assert found["indexed"] == 3  # the index build finished, this page included
    if message is None:
        assert found["code"] == 0 and not errors, found["report"]
        assert found["shown"]
    else:
        assert found["code"] == 1
        assert any(line.startswith(f"pages/{name}.md:") and message in line and "the limit is" in line
                   for line in errors), errors
        assert not found["shown"]  # the reader shows "cannot be shown" rather than freeze
