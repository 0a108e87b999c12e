"""The search index's life: prebuilt, cached, stale, corrupt, unwritable, in memory, and cheap to import."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.content.loader import load_content
from kiosk.content.model import ContentStore
from kiosk.search import backend
from kiosk.search.engine import SearchIndex
from tests.conftest import REPO, page_text


@pytest.fixture
def index_content(content: Callable[..., Path]) -> Path:
    content("chemotherapy", page_text("Chemotherapy", body="Chemotherapy uses drugs to kill cancer cells."))
    return content("bone-scan", page_text("Bone scan", body="A scan of your bones with a tracer."))


def load(root: Path) -> ContentStore:
    return load_content(root)


def works(index: SearchIndex) -> bool:
    return [hit.id for hit in index.search("chemo").hits][:1] == ["chemotherapy"]


def index_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.name.startswith("MAIN_") and p.suffix == ".seg")


def test_prebuilt_index_is_used_when_it_matches(index_content: Path, tmp_path: Path) -> None:
    SearchIndex.build(load(index_content), tmp_path / "prebuilt")
    index = SearchIndex.open(load(index_content), prebuilt_dir=tmp_path / "prebuilt", cache_dir=tmp_path / "cache")
    assert index.location == "prebuilt"
    assert works(index)
    assert not (tmp_path / "cache").exists()


def test_prebuilt_index_for_other_content_is_ignored(index_content: Path, tmp_path: Path) -> None:
    SearchIndex.build(load(index_content), tmp_path / "prebuilt")
    (index_content / "pages" / "surgery.md").write_text(page_text("Surgery", body="An operation."), "utf-8")
    index = SearchIndex.open(load(index_content), prebuilt_dir=tmp_path / "prebuilt", cache_dir=tmp_path / "cache")
    assert index.location == "cache"
    assert [hit.id for hit in index.search("operation ").hits] == ["surgery"]


def test_missing_prebuilt_index_builds_a_cache_once(index_content: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = SearchIndex.open(load(index_content), prebuilt_dir=tmp_path / "nothing-here", cache_dir=cache)
    assert first.location == "cache" and works(first)
    built = index_files(cache)
    first.close()
    second = SearchIndex.open(load(index_content), cache_dir=cache)
    assert second.location == "cache" and works(second)
    assert index_files(cache) == built  # opened, not rebuilt


def test_default_cache_folder_is_per_user_and_keyed_by_content(index_content: Path, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KIOSK_CACHE_DIR", str(tmp_path / "user-cache"))
    store = load(index_content)
    index = SearchIndex.open(store)
    assert index.location == "cache"
    key = backend.key_digest(backend.index_key(store))
    assert (tmp_path / "user-cache" / "index" / key / backend.KEY_FILE).is_file()


def test_key_records_content_schema_and_whoosh_version(index_content: Path, tmp_path: Path) -> None:
    import whoosh

    store = load(index_content)
    SearchIndex.build(store, tmp_path / "out")
    key = json.loads((tmp_path / "out" / backend.KEY_FILE).read_text())
    files = key.pop("files")
    assert key == {"content": store.fingerprint, "schema": key["schema"], "whoosh": whoosh.versionstring()}
    assert files and all(len(digest) == 64 for digest in files.values())
    assert set(files) == {p.name for p in (tmp_path / "out").iterdir()} - {backend.KEY_FILE, "MAIN_WRITELOCK"}
    assert key["schema"].startswith(f"{backend.SCHEMA_VERSION}-")


@pytest.mark.parametrize("change", ["schema", "whoosh", "content"])
def test_stale_cache_is_rebuilt(index_content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                change: str) -> None:
    cache = tmp_path / "cache"
    SearchIndex.open(load(index_content), cache_dir=cache).close()
    key_file = cache / backend.KEY_FILE
    key = json.loads(key_file.read_text())
    key[change] = "something else"
    key_file.write_text(json.dumps(key))
    before = index_files(cache)
    index = SearchIndex.open(load(index_content), cache_dir=cache)
    assert index.location == "cache" and works(index)
    assert index_files(cache) != before
    assert json.loads(key_file.read_text())[change] != "something else"


def test_schema_version_change_invalidates_every_index(index_content: Path, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    SearchIndex.build(load(index_content), tmp_path / "prebuilt")
    monkeypatch.setattr(backend, "SCHEMA_VERSION", backend.SCHEMA_VERSION + 1)
    index = SearchIndex.open(load(index_content), prebuilt_dir=tmp_path / "prebuilt", cache_dir=tmp_path / "c")
    assert index.location == "cache"


def _garble_segment(folder: Path) -> None:
    for path in index_files(folder):
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 3] + b"\x00garbage" * 50)


def _truncate_toc(folder: Path) -> None:
    for path in folder.glob("_MAIN_*.toc"):
        path.write_bytes(path.read_bytes()[:20])


def _bad_vocabulary(folder: Path) -> None:
    (folder / backend.VOCABULARY_FILE).write_text("{not json")


def _no_key(folder: Path) -> None:  # a build that stopped half way never wrote its key
    (folder / backend.KEY_FILE).unlink()


def _no_segment(folder: Path) -> None:
    for path in index_files(folder):
        path.unlink()


@pytest.mark.parametrize("damage", [_garble_segment, _truncate_toc, _bad_vocabulary, _no_key, _no_segment])
def test_corrupt_cache_is_rebuilt(index_content: Path, tmp_path: Path, damage: Callable[[Path], None]) -> None:
    cache = tmp_path / "cache"
    SearchIndex.open(load(index_content), cache_dir=cache).close()
    damage(cache)
    index = SearchIndex.open(load(index_content), cache_dir=cache)
    assert index.location == "cache"
    assert works(index)


def test_corrupt_prebuilt_index_falls_back_to_the_cache(index_content: Path, tmp_path: Path) -> None:
    SearchIndex.build(load(index_content), tmp_path / "prebuilt")
    _garble_segment(tmp_path / "prebuilt")
    index = SearchIndex.open(load(index_content), prebuilt_dir=tmp_path / "prebuilt", cache_dir=tmp_path / "cache")
    assert index.location == "cache" and works(index)


def test_unwritable_cache_builds_in_memory_without_temp_files(index_content: Path, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    # /tmp may be read-only on a locked-down kiosk: point the temp folder somewhere that cannot exist.
    monkeypatch.setattr(tempfile, "tempdir", str(blocker / "no-temp"))
    index = SearchIndex.open(load(index_content), cache_dir=blocker / "index")
    assert index.location == "memory"
    assert works(index)


def test_read_only_cache_folder_builds_in_memory(index_content: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(store: ContentStore, folder: Path) -> None:
        raise PermissionError(13, "Permission denied", str(folder))

    monkeypatch.setattr(backend, "build_folder", refuse)  # as root, chmod cannot make a folder read-only
    index = SearchIndex.open(load(index_content), cache_dir=tmp_path / "cache")
    assert index.location == "memory" and works(index)


def test_build_replaces_an_old_index_and_keeps_other_files(index_content: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "README.txt").write_text("keep me")
    SearchIndex.build(load(index_content), out)
    first = index_files(out)
    SearchIndex.build(load(index_content), out)
    assert len(index_files(out)) == 1 and index_files(out) != first
    assert (out / "README.txt").read_text() == "keep me"


def test_build_into_an_unwritable_place_raises_oserror(index_content: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    with pytest.raises(OSError):
        SearchIndex.build(load(index_content), blocker / "out")


def test_damage_after_opening_does_not_break_search(index_content: Path, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    index = SearchIndex.open(load(index_content), cache_dir=tmp_path / "cache")

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError("the disk went away")

    monkeypatch.setattr(index._backend._searcher, "search", broken)
    monkeypatch.setattr(index._backend._searcher, "search_with_collector", broken)
    assert works(index)  # answered from a fresh index in memory
    assert index.location == "memory"


def test_a_failure_the_index_does_not_explain_finds_nothing_without_a_rebuild(
    index_content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    index = SearchIndex.open(load(index_content), cache_dir=tmp_path / "cache")
    real_plan = backend.plan

    def plan_failing_on_bone(text: str, *args: object) -> object:
        if "bone" in text:
            raise ValueError("a bug that only this input reaches")
        return real_plan(text, *args)

    monkeypatch.setattr(backend, "plan", plan_failing_on_bone)
    assert index.search("bone").hits == ()
    assert index.location == "cache"
    assert works(index)


def test_index_holds_fallback_words_not_local_numbers(index_content: Path, tmp_path: Path) -> None:
    (index_content / "pages" / "urgent.md").write_text(
        page_text("Urgent help", body="Call {{ acute_oncology_line }} now."), "utf-8"
    )
    SearchIndex.build(load(index_content), tmp_path / "out")
    index = SearchIndex.open(load(index_content), prebuilt_dir=tmp_path / "out")
    assert [hit.id for hit in index.search("alert card").hits] == ["urgent"]


def test_importing_search_does_not_import_whoosh() -> None:
    code = (
        "import sys, kiosk.search, kiosk.search.engine, kiosk.search.commands, kiosk.search.results;"
        "print('whoosh' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True)
    assert result.stdout.strip() == "False"
