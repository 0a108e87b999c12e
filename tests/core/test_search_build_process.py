"""A large guide's first index is built in a process of its own, and it is the same index a build here makes."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.search import build_process
from kiosk.search.backend import build_folder
from kiosk.search.build_process import BuildFailed, build_folder_quickly, build_in_process
from kiosk.search.engine import SearchIndex

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


def test_a_build_process_that_fails_says_so(shipped_store, tmp_path: Path) -> None:
    in_the_way = tmp_path / "a-file"
    in_the_way.write_text("not a folder", encoding="utf-8")
    with pytest.raises(BuildFailed, match="exit code"):
        build_in_process(shipped_store, in_the_way)


def test_when_the_build_process_fails_the_index_is_built_here(shipped_store, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(build_process, "PROCESS_FROM_PAGES", 1)
    tried: list[Path] = []

    def cannot_start(store, folder: Path) -> None:
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
