"""Content that could freeze or break the kiosk is refused by the loader and `kiosk check`, and the renderer shows a
calm "cannot be shown" (naming the page in the log) for any that reaches a kiosk anyway."""

from __future__ import annotations

import io
import logging
import os
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.content import limits
from kiosk.content.check import run as run_check
from kiosk.content.loader import load_content
from kiosk.content.model import ContentStore, PageMarkdown, Severity
from kiosk.content.render import CANNOT_SHOW_HTML, PageRenderer
from tests.conftest import page_text

NESTED_LIST = "\n".join("\t" * depth + f"- level {depth}" for depth in range(300))
NESTED_TABLES = "<table><tr><td>" * 20 + "deep" + "</td></tr></table>" * 20
LONG_WORD = "a" * 100_000  # the finding's 256,000 characters is over the size limit too
BIG_PAGE = ("Plain words in a short sentence. " * 30 + "\n\n") * 1000  # about 990 KB
OUTSIDE_IMAGE = 'Look: <img src="/etc/ssl/private/clinic.png">'

PATHOLOGICAL = {
    "nested-list": (NESTED_LIST, "nested 299 levels deep"),
    "nested-tables": (NESTED_TABLES, "raw HTML (<table>, <tr>, <td>, </td>, </tr>, </table>)"),
    "long-word": (LONG_WORD, "a word of 100000 characters"),
    "big-page": (BIG_PAGE, "too large"),
    "outside-image": (OUTSIDE_IMAGE, "raw HTML (<img>)"),
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_check_refuses_what_the_kiosk_cannot_show_quickly(content: Callable[..., Path], name: str) -> None:
    body, message = PATHOLOGICAL[name]
    content("fine", title="Fine")
    root = content(name, page_text(name.replace("-", " ").title(), body=body))
    out = io.StringIO()
    assert run_check(root, out) == 1  # how long it takes: tests/core/test_pathological_pages.py, in a subprocess
    report = out.getvalue()
    line = next(line for line in report.splitlines() if message in line)
    assert line.startswith(f"pages/{name}.md:") and ": error: " in line


def test_limit_problems_point_at_the_line_in_the_file(content: Callable[..., Path]) -> None:
    root = content("page", page_text("Page", body="First line.\n\nSecond <b>bold</b> line."))
    store = load_content(root)
    [problem] = [p for p in store.problems if "raw HTML" in p.message]
    lines = (root / "pages" / "page.md").read_text().splitlines()
    assert "<b>" in lines[problem.line - 1] and problem.severity is Severity.ERROR


def test_ordinary_markdown_is_within_the_limits() -> None:
    body = ("## Heading\n\n- one\n    - two\n        - three\n\n> A quote\n\n"
            "See [Macmillan](https://www.macmillan.org.uk/cancer-information-and-support) or <https://nhs.uk>.\n"
            "Use `<b>` in code. Temperature <38 is fine.")
    assert list(limits.find_limit_problems(body)) == []


def test_the_shipped_guide_is_well_within_the_limits() -> None:
    from tests.conftest import SHIPPED_CONTENT

    store = load_content(SHIPPED_CONTENT)
    assert limits.page_limit_problems(store) == []
    assert not [p for p in store.problems if "cannot be used" in p.message]
    biggest = max(len(page.body.encode()) for page in store)
    assert biggest < limits.MAX_PAGE_BYTES / 5


@pytest.mark.parametrize("name", sorted(set(PATHOLOGICAL) - {"outside-image"}))
def test_a_page_that_slipped_past_check_shows_calmly_and_is_named(content: Callable[..., Path], name: str,
                                                                  caplog: pytest.LogCaptureFixture) -> None:
    body, _ = PATHOLOGICAL[name]
    store = load_content(content("fine", title="Fine"))
    page = next(iter(store))
    from dataclasses import replace

    slipped = replace(page, id=name, markdown=PageMarkdown.given(body))  # as if the loader had let it through
    renderer = PageRenderer(ContentStore(store.directory, store.guide, {name: slipped}, []))
    with caplog.at_level(logging.ERROR):
        html = renderer.render(slipped)
    assert html == CANNOT_SHOW_HTML
    assert f"page '{name}'" in caplog.text and "cannot be shown" in caplog.text


def test_markdown_failing_on_a_page_shows_calmly(content: Callable[..., Path], caplog: pytest.LogCaptureFixture,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    store = load_content(content("fine", title="Fine", body="Hello."))
    renderer = PageRenderer(store)
    md = renderer._markdown()

    def fail(text: str) -> str:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(md, "convert", fail)
    with caplog.at_level(logging.ERROR):
        assert renderer.render(store.pages["fine"]) == CANNOT_SHOW_HTML
    assert "page 'fine'" in caplog.text and "RecursionError" in caplog.text
    renderer._cache.clear()
    assert "Hello." in renderer.render(store.pages["fine"])  # a fresh converter for the next page


def test_raw_html_is_taken_out_never_interpreted(content: Callable[..., Path]) -> None:
    store = load_content(content("fine", title="Fine", body="Fine."))
    page = next(iter(store))
    from dataclasses import replace

    text = 'Hello <img src="/etc/passwd"> there <!-- note -->\n\n<table><tr><td>Cell</td></tr></table>'
    html = PageRenderer(store).render(replace(page, markdown=PageMarkdown.given(text)))
    assert "Hello" in html and "there" in html and "Cell" in html  # the words, no reason to refuse the page
    assert "img" not in html and "passwd" not in html and "table" not in html and "note" not in html


def _load_with_timeout(root: Path, seconds: float = 5) -> ContentStore:
    result: list[ContentStore] = []
    loader = threading.Thread(target=lambda: result.append(load_content(root)), daemon=True)
    loader.start()
    loader.join(seconds)
    assert result, "loading the content hung"
    return result[0]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs and /dev/zero are POSIX")
def test_a_fifo_or_dev_zero_named_like_a_page_is_refused_without_hanging(content: Callable[..., Path]) -> None:
    root = content("fine", title="Fine")
    os.mkfifo(root / "pages" / "pipe.md")
    (root / "pages" / "zero.md").symlink_to("/dev/zero")
    store = _load_with_timeout(root)
    assert "fine" in store.pages
    messages = {p.path.name: p.message for p in store.problems}
    assert "not an ordinary file" in messages["pipe.md"] and "not an ordinary file" in messages["zero.md"]


def test_a_nested_guide_file_is_a_problem_not_a_crash(content: Callable[..., Path]) -> None:
    root = content("fine", title="Fine")
    (root / "guide.toml").write_text("title = " + "[" * 500 + "]" * 500, encoding="utf-8")
    store = load_content(root)
    assert "fine" in store.pages
    assert any(p.path.name == "guide.toml" and "cannot read the guide settings" in p.message for p in store.problems)


def test_an_empty_content_folder_is_logged(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    from kiosk.content.sources import load_store

    (tmp_path / "pages").mkdir()
    with caplog.at_level(logging.ERROR):
        store = load_store(tmp_path)
    assert len(store) == 0
    assert f"no pages could be loaded from {tmp_path}" in caplog.text


@given(st.text(alphabet=st.sampled_from(list("ab |[]!*_`#->1.)\t\n")), max_size=400))
def test_the_quick_bound_on_a_part_is_never_below_its_count(body: str) -> None:
    # A page under the quick bound is never searched with the part's pattern: the bound must hold for any text.
    for name, pattern, _ in limits.MAX_PARTS:
        assert limits._most_parts(body, name) >= len(pattern.findall(body)), name


@pytest.mark.parametrize(("name", "part"), [("list items", "- item\n"), ("headings", "## Heading\n"),
                                            ("table rows", "| a | b |\n"), ("links", "[x](y) "),
                                            ("pictures", "![x](y.png) "), ("emphasis marks", "*a* ")])
def test_a_page_one_part_over_a_limit_is_refused_and_one_at_it_is_not(name: str, part: str) -> None:
    limit = next(limit for what, _, limit in limits.MAX_PARTS if what.startswith(name))
    per_part = 2 if name == "emphasis marks" else 1
    at = part * (limit // per_part)
    assert not [p for p in limits.find_limit_problems(at, raw_html=False) if name in p.message]
    over = part * (limit // per_part + 1)
    assert [p for p in limits.find_limit_problems(over, raw_html=False) if name in p.message]
