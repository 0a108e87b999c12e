"""A closed search index lets go of its files, so its folder can be renamed, replaced or removed.

On Windows an open file can be neither deleted nor renamed, nor can the folder holding it: an index a kiosk left
open kept a replaced pack's folder, an old cache or the folder a rebuild clears from being changed. These tests run
under Windows Python too (``make test-windows``), where the rename and the removal are the check; on Linux the
process's open files and memory maps (/proc/self) are looked at as well.
"""

from __future__ import annotations

import shutil
import sys
import threading
from pathlib import Path

import pytest

from kiosk.search import backend
from kiosk.search.backend import build_folder
from kiosk.search.engine import SearchIndex, rebuild_folder
from tests.conftest import SHIPPED_CONTENT, seed_shipped_index
from tests.core.platforms import held_under, hold_searches


def nothing_built(store, folder: Path) -> None:
    pytest.fail("the index was built again instead of opened")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped guide's index as built (a copy of the one tests/conftest.py builds once per run)."""
    return seed_shipped_index(SHIPPED_CONTENT, tmp_path_factory.mktemp("built") / "index")


@pytest.fixture
def folder(built: Path, tmp_path: Path) -> Path:
    """A test's own copy of the shipped guide's index."""
    return Path(shutil.copytree(built, tmp_path / "index"))


def test_a_closed_index_lets_its_folder_be_renamed_and_removed(shipped_store, folder: Path, tmp_path: Path) -> None:
    index = SearchIndex.open(shipped_store, cache_dir=folder, build=nothing_built)
    assert index.location == "cache"
    assert index.search("bone pain").hits  # the searcher has read the index's files
    index.close()
    assert held_under(folder) == []
    moved = folder.rename(tmp_path / "moved")  # on Windows: refused while any file in it is open
    shutil.rmtree(moved)
    assert not moved.exists()


@pytest.mark.skipif(sys.platform != "win32" and not Path("/proc/self/fd").is_dir(),
                    reason="neither Windows' file locking nor /proc to see an open file")
def test_an_open_index_holds_its_files(shipped_store, folder: Path, tmp_path: Path) -> None:
    """The other side of the test above: it can fail. Windows refuses to delete an open index's files (so a build
    into its folder fails too; Wine, unlike Windows, lets the folder itself be renamed); Linux shows them open."""
    index = SearchIndex.open(shipped_store, cache_dir=folder, build=nothing_built)
    try:
        assert index.search("bone pain").hits
        if sys.platform == "win32":
            with pytest.raises(PermissionError):
                build_folder(shipped_store, folder)
            with pytest.raises(PermissionError):
                shutil.rmtree(folder)
        else:
            assert held_under(folder)
    finally:
        index.close()


def test_a_rebuild_while_the_index_is_open_writes_beside_it(shipped_store, folder: Path) -> None:
    """Building clears the folder first, which the open index's files would stop on Windows."""
    index = SearchIndex.open(shipped_store, cache_dir=folder, build=nothing_built)
    try:
        target = rebuild_folder(folder, index)
        assert target != folder and target.parent == folder.parent
        build_folder(shipped_store, target)
        fresh = SearchIndex.open(shipped_store, cache_dir=target, build=nothing_built)
    finally:
        index.close()
    try:
        assert fresh.search("bone pain").hits
        assert rebuild_folder(folder, fresh) == folder  # the next rebuild goes back: nothing holds it now
    finally:
        fresh.close()
    assert held_under(folder.parent) == []


def test_after_closing_a_search_finds_nothing_and_builds_nothing(shipped_store, folder: Path,
                                                                   caplog: pytest.LogCaptureFixture) -> None:
    index = SearchIndex.open(shipped_store, cache_dir=folder, build=nothing_built)
    index.close()
    index.close()  # twice is harmless
    results = index.search("bone pain")
    assert results.hits == () and index.location == "cache"  # not "memory": no rebuild of a closed index
    assert not [r for r in caplog.records if r.levelname in ("ERROR", "WARNING")]
    assert (folder / backend.KEY_FILE).is_file()  # a closed index is not a damaged one: the cache is kept


def test_a_search_under_way_on_another_thread_finishes_before_the_index_closes(
        shipped_store, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    index = SearchIndex.open(shipped_store, cache_dir=folder, build=nothing_built)
    searching, go_on = hold_searches(monkeypatch)
    found: list = []
    searcher = threading.Thread(target=lambda: found.append(index.search("bone pain")))
    searcher.start()
    assert searching.wait(60)
    closer = threading.Thread(target=index.close)
    closer.start()  # waits for the search, which holds the index...
    go_on.set()  # ...until it goes on
    searcher.join(60)
    closer.join(60)
    assert not searcher.is_alive() and not closer.is_alive()
    assert found and found[0].hits and found[0].hits[0].id  # a whole answer, not a failure of a closed index
    assert held_under(folder) == []
    shutil.rmtree(folder)
