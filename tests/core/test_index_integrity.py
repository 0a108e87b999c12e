"""A damaged search index is never trusted: checksums in its key file, a fresh build after any search failure,
and old caches cleaned away."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.content.loader import load_content
from kiosk.search import backend
from kiosk.search.engine import SearchIndex
from tests.conftest import page_text


@pytest.fixture
def index_content(content: Callable[..., Path]) -> Path:
    content("chemotherapy", page_text("Chemotherapy", body="Chemotherapy uses drugs to kill cancer cells."))
    content("sepsis", page_text("Infection", body="Call at once if you have a high temperature or feel shivery."))
    return content("bone-scan", page_text("Bone scan", body="A scan of your bones with a tracer."))


def finds_temperature(index: SearchIndex) -> bool:
    return [hit.id for hit in index.search("high temperature").hits][:1] == ["sepsis"]


def segment(folder: Path) -> Path:
    [found] = [p for p in folder.iterdir() if p.suffix == ".seg"]
    return found


def flip_bytes(path: Path, offsets: list[int]) -> None:
    data = bytearray(path.read_bytes())
    for offset in offsets:
        data[offset % len(data)] ^= 0x5A
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("where", [0.1, 0.3, 0.5, 0.7, 0.9])
def test_a_few_corrupted_bytes_are_caught_before_use(index_content: Path, tmp_path: Path, where: float) -> None:
    """The finding: an index with a few damaged bytes opened cleanly, then "high temperature" found nothing on
    every restart. The checksum in the key file catches any change, wherever it is."""
    cache = tmp_path / "cache"
    SearchIndex.open(load_content(index_content), cache_dir=cache).close()
    seg = segment(cache)
    size = seg.stat().st_size
    flip_bytes(seg, [int(size * where) + i for i in range(3)])
    with pytest.raises(backend.DamagedIndex, match="checksum"):
        SearchIndex.verify(load_content(index_content), cache)
    index = SearchIndex.open(load_content(index_content), cache_dir=cache)
    assert index.location == "cache" and finds_temperature(index)
    SearchIndex.verify(load_content(index_content), cache)  # rebuilt whole


@pytest.mark.parametrize("change", ["missing", "extra", "no-checksums"])
def test_files_must_be_exactly_those_written(index_content: Path, tmp_path: Path, change: str) -> None:
    out = tmp_path / "out"
    store = load_content(index_content)
    SearchIndex.build(store, out)
    key_file = out / backend.KEY_FILE
    if change == "missing":
        (out / backend.VOCABULARY_FILE).unlink()
    elif change == "extra":
        (out / "_MAIN_9.toc").write_bytes(b"a newer table of contents Whoosh would prefer")
    else:
        key = json.loads(key_file.read_text())
        del key["files"]
        key_file.write_text(json.dumps(key))
    with pytest.raises(backend.DamagedIndex):
        SearchIndex.verify(store, out)




def test_any_search_failure_discards_the_cached_index(index_content: Path, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache"
    index = SearchIndex.open(load_content(index_content), cache_dir=cache)

    def fails(*args: object, **kwargs: object) -> None:
        raise ValueError("whatever went wrong")

    monkeypatch.setattr(index._backend, "_run", fails)
    assert index.search("chemo").hits == ()  # the patient sees no results, not an error
    assert not (cache / backend.KEY_FILE).exists()
    monkeypatch.undo()
    index.close()
    again = SearchIndex.open(load_content(index_content), cache_dir=cache)  # the next start rebuilds
    assert again.location == "cache" and finds_temperature(again)
    SearchIndex.verify(load_content(index_content), cache)




def test_damage_while_running_is_rebuilt_in_memory(index_content: Path, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache"
    index = SearchIndex.open(load_content(index_content), cache_dir=cache)
    flip_bytes(segment(cache), [100, 101])
    real_run = index._backend._run
    calls = []

    def fails_once(*args: object) -> object:
        calls.append(1)
        if len(calls) == 1:
            raise OSError("read error")
        return real_run(*args)

    monkeypatch.setattr(index._backend, "_run", fails_once)
    assert finds_temperature(index)  # answered by a fresh index in memory: the files no longer match
    assert index.location == "memory"


def _make_old_cache(parent: Path, name: str, age_s: float) -> Path:
    folder = parent / name
    folder.mkdir(parents=True)
    (folder / backend.KEY_FILE).write_text("{}")
    (folder / "MAIN_x.seg").write_bytes(b"\0" * 1000)
    then = time.time() - age_s
    os.utime(folder, (then, then))
    return folder


def test_old_index_caches_are_deleted_keeping_the_recent_ones(index_content: Path, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KIOSK_CACHE_DIR", str(tmp_path / "user-cache"))
    parent = tmp_path / "user-cache" / "index"
    olds = [_make_old_cache(parent, f"{i:016x}", age_s=1000 * (i + 1)) for i in range(4)]
    unrelated = parent / "notes"
    unrelated.mkdir()  # not ours: no key file
    index = SearchIndex.open(load_content(index_content))
    assert index.location == "cache" and finds_temperature(index)
    remaining = {p.name for p in parent.iterdir()}
    assert remaining == {backend.default_cache_dir(load_content(index_content)).name, olds[0].name, olds[1].name,
                         "notes"}
