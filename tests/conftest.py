"""Shared test set-up: Qt runs offscreen, and nothing a test does touches the real user's folders."""

from __future__ import annotations

import gc
import os
import re
import shutil
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.paths import private_environment

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
SHIPPED_CONTENT = REPO / "content"


# How long a test waits for something to happen before it calls it "never". A wait returns as soon as the thing
# happens, so a long limit costs nothing when all is well; a short one fails on a busy PC (CI failed on pytest-qt's
# 5 s default under load). No wait in the suite gives up sooner than this, whatever timeout the test wrote.
PATIENT_WAIT_MS = 60_000


def _patient(wait: Callable) -> Callable:
    def waiting(self, *args, timeout: int = PATIENT_WAIT_MS, **kwargs):
        return wait(self, *args, timeout=max(timeout, PATIENT_WAIT_MS), **kwargs)

    waiting.__doc__ = wait.__doc__
    return waiting


# The same for a child process (the app's self-test, a real window, `kiosk check`): a self-test that draws every
# screen took over 180 s under load 20 to 30. The limit only catches a child that hangs.
CHILD_TIMEOUT_S = 900


try:
    from pytestqt.qtbot import QtBot
except ImportError:  # pragma: no cover (pytest-qt is in the test extras)
    QtBot = None
if QtBot is not None:
    for _name in ("waitSignal", "waitSignals", "waitUntil", "waitExposed", "waitActive", "waitCallback"):
        setattr(QtBot, _name, _patient(getattr(QtBot, _name)))


def pytest_collection_finish(session: pytest.Session) -> None:
    """Keep what collection made (modules, test items, Qt's and Whoosh's own objects) out of every cycle collection.

    The app collects every generation at each reset (``free_memory_after_reset``) and the suite resets thousands of
    times: each full pass over a worker's whole heap cost about 70 ms of CPU, minutes in all. Objects made by the
    tests themselves are collected as before; only what lived before the first test is left out (``gc.freeze``).
    """
    gc.freeze()


# The files that take minutes, longest first (a file's tests stay on one worker: make test's --dist loadfile). Started
# first, they share out between the two workers; started last, one worker would run one alone while the other waits.
# Only the order changes: a file missing from the list (or gone from the suite) runs after these, as collected.
LONGEST_FILES_FIRST = (  # measured per file (junit times, make test under load 15, December 2026), longest first
    "tests/ui/test_layout.py",
    "tests/ui/test_theme_pixels.py",
    "tests/ui/test_monkey.py",
    "tests/ui/test_startup.py",
    "tests/ui/test_screens.py",
    "tests/ui/test_text_fits.py",
    "tests/ui/test_recovery.py",
    "tests/core/test_search_properties.py",
    "tests/ui/test_library.py",
    "tests/ui/test_kiosk.py",
    "tests/ui/test_top_bar.py",
    "tests/ui/test_keyboard_focus.py",
    "tests/ui/test_keyboard_room.py",
    "tests/ui/test_read_aloud.py",
    "tests/core/test_pathological_pages.py",
    "tests/ui/test_monkey_kiosk.py",
    "tests/core/test_search_determinism.py",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    rank = {path: place for place, path in enumerate(LONGEST_FILES_FIRST)}
    items.sort(key=lambda item: rank.get(item.nodeid.split("::")[0], len(rank)))  # stable: the rest keep their order


@pytest.fixture(autouse=True)
def _private_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in private_environment(tmp_path_factory.mktemp("home")).items():
        monkeypatch.setenv(name, value)


PageWriter = Callable[..., Path]


def page_text(title: str = "A page", *, body: str = "Some words.", **meta: str) -> str:
    fields = {
        "title": title,
        "summary": f"About {title.lower()}.",
        "order": "1",
        "icon": "info",
        "keywords": "words, things",
        "sources": "\n  - Test source, 2026",
        "reviewed": "2026-11-01",
        "review_due": "2029-10-31",
    }
    fields.update(meta)
    lines = [f"{k}:{'' if v.startswith(chr(10)) else ' '}{v}" for k, v in fields.items() if v is not None]
    return "---\n" + "\n".join(lines) + "\n---\n" + textwrap.dedent(body).strip() + "\n"


@pytest.fixture
def content(tmp_path: Path) -> Callable[..., Path]:
    """Write a page into a fresh content folder: ``content("bone-scan", title=..., body=..., parent=...)``."""
    root = tmp_path / "content"
    (root / "pages").mkdir(parents=True)
    (root / "images").mkdir()

    def write(page_id: str, raw: str | None = None, **kwargs: str) -> Path:
        path = root / "pages" / f"{page_id}.md"
        path.write_text(raw if raw is not None else page_text(**kwargs), encoding="utf-8")
        return root

    write.root = root  # type: ignore[attr-defined]
    return write


@pytest.fixture
def small_guide(tmp_path: Path) -> Path:
    """A tiny guide that passes `kiosk check` (packs refuse content with errors), with a synonym list and a picture."""
    root = tmp_path / "small-guide"
    (root / "pages").mkdir(parents=True)
    (root / "images").mkdir()
    (root / "guide.toml").write_text('title = "Small guide"\nid = "small-guide"\nversion = "1.0"\n')
    (root / "synonyms.txt").write_text("scan, scans\n")
    (root / "images" / "dot.png").write_bytes(bytes.fromhex(
        "89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c4944415408d763f8cfc0000003"
        "010100c9fe92ef0000000049454e44ae426082"))
    (root / "pages" / "urgent-help.md").write_text(
        page_text("Urgent help", order="9", body="If you are seriously unwell, call 999 now."))
    (root / "pages" / "bone-scan.md").write_text(
        page_text("Bone scan", body="A bone scan shows the bones. It takes about an hour."))
    return root


# A line that includes a red-flag block into a page: {{> red-flags/name }}
RED_FLAG_INCLUDE = re.compile(r"^[ \t]*\{\{>[ \t]*(red-flags/[a-z0-9/-]+)[ \t]*\}\}[ \t]*$", re.MULTILINE)


@pytest.fixture(scope="module")
def shipped_store():  # -> kiosk.content.model.ContentStore
    """The shipped guide, read and checked once per test module."""
    from kiosk.content.loader import load_content

    return load_content(SHIPPED_CONTENT)


# The shipped guide's search index, built once per test run (the first worker to need it builds it; the other waits
# for it) and copied into a test's own cache folder: building it costs over ten seconds of CPU, and dozens of tests
# and modules only need search over the shipped guide. A copy is the test's own, so a test that rebuilds or spoils
# it touches no other; the app still checks its key against the content it opens, as with any cached index.
_shipped_index_home: list[Path] = []


@pytest.fixture(autouse=True, scope="session")
def _where_the_shipped_index_is_built(tmp_path_factory: pytest.TempPathFactory) -> None:
    base = tmp_path_factory.getbasetemp()
    # Under pytest-xdist each worker's folder sits in one folder per run: the workers share what is built there.
    shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    _shipped_index_home[:] = [shared / "shipped-index"]


def _built_once(name: str, load: Callable[[], object]) -> Path:
    """The index of the content ``load()`` returns, built once per run (as ``name``) into a folder no test writes to."""
    home = _shipped_index_home[0]
    built, lock = home / name, home / f"{name}.building"
    home.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + CHILD_TIMEOUT_S  # only a build that hangs runs out
    while not built.is_dir():
        try:
            lock.mkdir()  # atomic on every system: one worker builds, any other waits for its folder
        except FileExistsError:
            if time.monotonic() > deadline:
                raise TimeoutError(f"another test worker never finished building {built}") from None
            time.sleep(0.05)
            continue
        try:
            from kiosk.search.backend import build_folder

            partial = home / f"{name}.partial-{os.getpid()}"
            build_folder(load(), partial)
            partial.rename(built)
        finally:
            lock.rmdir()  # a build that failed lets the next one try (and fail as plainly)
    return built


def seed_index(cache_dir: Path, name: str, load: Callable[[], object]) -> Path:
    """Copy the index of ``load()``'s content, built once per run as ``name``, into ``cache_dir`` unless a test put
    something there itself. The copy must be of the same content: the app checks the index's key on opening and
    would build its own (only slower) if it were not."""
    if not _shipped_index_home:
        return cache_dir
    if cache_dir.exists() and (not cache_dir.is_dir() or any(cache_dir.iterdir())):
        return cache_dir  # a test's own index, or a file in the way on purpose
    shutil.copytree(_built_once(name, load), cache_dir, dirs_exist_ok=True)
    return cache_dir


def seed_shipped_index(content_dir: Path, cache_dir: Path) -> Path:
    """Copy the shipped guide's index into ``cache_dir`` if it is for the shipped guide and not there yet."""
    if content_dir.resolve() != SHIPPED_CONTENT.resolve():
        return cache_dir

    def shipped():  # -> kiosk.content.model.ContentStore
        from kiosk.content.sources import load_store

        return load_store(SHIPPED_CONTENT)

    return seed_index(cache_dir, "shipped-guide", shipped)


@pytest.fixture(scope="module")
def shipped_index(shipped_store, tmp_path_factory: pytest.TempPathFactory):  # -> kiosk.search.engine.SearchIndex
    """A search index of the shipped guide, on disk once per test module, as the kiosk opens one."""
    from kiosk.search.engine import SearchIndex

    opened = SearchIndex.open(shipped_store, cache_dir=seed_shipped_index(SHIPPED_CONTENT,
                                                                          tmp_path_factory.mktemp("index")))
    yield opened
    opened.close()


def shipped_page(store, page_id: str):  # -> kiosk.content.model.Page
    """A page of the shipped guide, with the load problems named when it is missing."""
    page = store.get(page_id)
    assert page is not None, f"{page_id} did not load: {[str(p) for p in store.problems]}"
    return page
