"""``plain_text`` skips the scans that cannot change a text (a pattern whose marks are not in it, the single spaces
it would replace with themselves): the text it gives is the same as running every substitution, as it once did, on
every shipped page and on fuzzed Markdown. The search index is built from this text, so a difference would change
the index."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk import resources
from kiosk.content.loader import load_content
from kiosk.content.render import _MARKDOWN_INLINE, fill_local_details, plain_text


def every_substitution(markdown_text: str, local: dict[str, str] | None = None) -> str:
    """``plain_text`` as it was: each pattern run over the whole text, every run of spaces replaced."""
    text = fill_local_details(markdown_text, local or {})
    for pattern, replacement, _marks in _MARKDOWN_INLINE:
        text = pattern.sub(replacement, text)
    text = text.replace("\\", "")
    return re.sub(r"[ \t]+", " ", text).strip()


def test_every_shipped_page_gives_the_same_plain_text() -> None:
    store = load_content(resources.content_dir())
    assert store.pages
    for page in store.pages.values():
        for text in (page.body, page.own_text, "\n".join(page.headings), page.summary):
            assert plain_text(text) == every_substitution(text), page.id
        assert plain_text(page.body, {"clinic_name": "St *Mary*'s  [x](y)"}) == every_substitution(
            page.body, {"clinic_name": "St *Mary*'s  [x](y)"}
        )


# Markdown's marks, spaces and tabs, placeholders and plain letters, in any order.
_PIECES = st.sampled_from([
    "a", "word", "x_y", " ", "  ", "\t", " \t ", "\n", "\n\n", "#", "## ", "> ", "- ", "* ", "+ ", "1. ", "2) ", "*",
    "**", "_", "`", "---", "***", "___", "[", "]", "(", ")", "![", "](", "<b>", "<", ">", "{.screen-only}",
    " {.screen-only}", "{{ clinic_name }}", "{{ nobody }}", "{{", "}}", "\\", "é", "1.5",
])


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=60).map("".join))
def test_fuzzed_markdown_gives_the_same_plain_text(text: str) -> None:
    assert plain_text(text) == every_substitution(text)
    assert plain_text(text, {"clinic_name": "A  \t*B*"}) == every_substitution(text, {"clinic_name": "A  \t*B*"})
