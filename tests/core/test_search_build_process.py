"""A large guide's first index is built in a process of its own, and it is the same index a build here makes."""

from __future__ import annotations

import functools
import gc
import multiprocessing
import pickle
import shutil
import threading
from pathlib import Path

import pytest

from kiosk.content.loader import load_content
from kiosk.search import backend, build_process
from kiosk.search.backend import build_folder
from kiosk.search.build_process import (
    BuildCancelled,
    BuildFailed,
    build_alone,
    build_folder_quickly,
    build_in_process,
)
from kiosk.search.engine import SearchIndex
from tests.conftest import page_text

QUERIES = ("chemo", "bone pain", "stage four", "cannot walk", "tiredness after chemo", "chemoterapy", "wifi")


def answers(index: SearchIndex) -> list[tuple]:
    return [(r.covered, r.urgent, [(h.id, h.score, h.snippet) for h in r.hits])
            for r in (index.search(q) for q in QUERIES)]


def not_again(store, folder) -> None:
    pytest.fail("the index built in the other process was not used: it was built again")


def test_the_index_built_in_another_process_is_opened_as_is_and_answers_as_one_built_here(
        shipped_store, tmp_path: Path) -> None:
    build_in_process(shipped_store, tmp_path / "there")
    there = SearchIndex.open(shipped_store, cache_dir=tmp_path / "there", build=not_again)
    build_folder(shipped_store, tmp_path / "here")
    here = SearchIndex.open(shipped_store, cache_dir=tmp_path / "here", build=not_again)
    try:
        assert there.location == "cache"
        assert answers(there) == answers(here)
    finally:
        there.close()
        here.close()


@pytest.mark.parametrize("collecting", [True, False])
def test_the_build_process_s_work_leaves_the_cycle_collector_as_it_found_it(
        shipped_store, tmp_path: Path, collecting: bool) -> None:
    """``build_alone`` turns the collector off for the build (the benchmark runs it in the test's own process)."""
    was = gc.isenabled()
    try:
        (gc.enable if collecting else gc.disable)()
        build_alone(pickle.dumps(shipped_store), tmp_path / "built")
        assert gc.isenabled() is collecting
        in_the_way = tmp_path / "a-file"
        in_the_way.write_text("not a folder", encoding="utf-8")
        with pytest.raises(FileExistsError):
            build_alone(pickle.dumps(shipped_store), in_the_way)
        assert gc.isenabled() is collecting
    finally:
        (gc.enable if was else gc.disable)()
    built = SearchIndex.open(shipped_store, cache_dir=tmp_path / "built", build=not_again)
    build_folder(shipped_store, tmp_path / "here")
    here = SearchIndex.open(shipped_store, cache_dir=tmp_path / "here", build=not_again)
    try:
        assert answers(built) == answers(here)
    finally:
        built.close()
        here.close()


def test_a_build_process_that_fails_says_so(shipped_store, tmp_path: Path) -> None:
    in_the_way = tmp_path / "a-file"
    in_the_way.write_text("not a folder", encoding="utf-8")
    # The reason comes from the child: a frozen windowed app has no stderr where its traceback could go.
    with pytest.raises(BuildFailed, match=r"exit code 1: FileExistsError"):
        build_in_process(shipped_store, in_the_way)


# Each generated page is the one page with its colour, tree and shape (400 of them).
COLOURS = ("amber", "cobalt", "crimson", "indigo", "jade", "lilac", "ochre", "scarlet", "teal", "violet")
TREES = ("alder", "aspen", "beech", "cedar", "elm", "hazel", "larch", "maple", "rowan", "willow")
SHAPES = ("circle", "square", "triangle", "diamond")


def generated_library(folder: Path, pages: int) -> Path:
    """A guide of ``pages`` small pages (page 0 is its Urgent help), each with its own colour, tree and shape."""
    (folder / "pages").mkdir(parents=True)
    (folder / "guide.toml").write_text('title = "Generated"\nid = "generated"\nversion = "1.0"\n', encoding="utf-8")
    (folder / "pages" / "urgent-help.md").write_text(
        page_text("Urgent help", order="9", body="If you are seriously unwell, call 999 now."), encoding="utf-8")
    for number in range(1, pages):
        colour, tree, shape = COLOURS[number % 10], TREES[number // 10 % 10], SHAPES[number // 100]
        (folder / "pages" / f"page-{number}.md").write_text(page_text(
            f"Page {number}", order=str(number), body=f"The {colour} {tree} {shape} page, number {number}."),
            encoding="utf-8")
    return folder


def test_a_library_of_hundreds_of_pages_is_indexed_in_a_child_process_and_opened(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The app's own path on a first start: no index yet, so the build runs in a process of its own (under Windows:
    spawned, the store pickled, the folder a path with backslashes), and this process opens what it wrote."""
    store = load_content(generated_library(tmp_path / "library", build_process.PROCESS_FROM_PAGES + 20))
    assert not store.errors and len(store) >= build_process.PROCESS_FROM_PAGES

    def not_here(store, folder: Path) -> None:  # the child is a fresh interpreter: this patch is not there
        raise AssertionError("the index was built in the kiosk's own process, not in a child process")

    monkeypatch.setattr(backend, "build_folder", not_here)
    folder = tmp_path / "cache" / "index folder"  # a space in the path, as in "C:\\Users\\Ann Lee\\AppData"
    index = SearchIndex.open(store, cache_dir=folder, build=build_process.build_folder_quickly)
    try:
        assert index.location == "cache"  # not "memory": the child's index was opened as it is
        assert [hit.id for hit in index.search("crimson rowan square").hits][:1] == ["page-182"]
        assert [hit.id for hit in index.search("amber willow triangle").hits][:1] == ["page-290"]
    finally:
        index.close()
    assert (folder / backend.KEY_FILE).is_file()


def test_when_the_build_process_fails_the_index_is_built_here(shipped_store, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(build_process, "PROCESS_FROM_PAGES", 1)
    tried: list[Path] = []

    def cannot_start(store, folder: Path, cancelled: threading.Event | None = None) -> None:
        tried.append(folder)
        raise BuildFailed("could not start the build process: no processes here")

    monkeypatch.setattr(build_process, "build_in_process", cannot_start)
    index = SearchIndex.open(shipped_store, cache_dir=tmp_path / "index", build=build_folder_quickly)
    try:
        assert tried == [tmp_path / "index"]
        assert index.location == "cache"
        assert [hit.id for hit in index.search("chemotherapy").hits][:1] == ["chemotherapy"]
    finally:
        index.close()


def test_a_cancelled_build_ends_its_process_and_nothing_builds_it_instead(
        shipped_store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A session stopped during a first start (a content or language switch, the app quitting) gives its build up:
    the child process is ended, not left to use a core for a minute, and no index is built here or in memory."""
    monkeypatch.setattr(build_process, "PROCESS_FROM_PAGES", 1)
    cancelled = threading.Event()
    cancelled.set()
    folder = tmp_path / "index"
    with pytest.raises(BuildCancelled):
        SearchIndex.open(shipped_store, cache_dir=folder,
                         build=functools.partial(build_folder_quickly, cancelled=cancelled))
    assert multiprocessing.active_children() == []
    if folder.exists():
        shutil.rmtree(folder)  # nothing of the ended child holds its files
