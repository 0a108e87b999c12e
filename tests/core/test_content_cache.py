"""The content cache: a start with nothing changed gets exactly what a fresh read would, without the loader; any
change, and any damage to the cache, means a fresh read; the cache never stops the kiosk starting."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk import resources
from kiosk.content import cache as content_cache
from kiosk.content.cache import ContentCache, cache_file, decode_store, encode_store
from kiosk.content.loader import load_content
from kiosk.content.model import ContentStore
from tests.conftest import REPO, page_text
from tests.core.owner_only import readers_besides_owner

ICONS = [resources.icon_dir()]


def _warm(cache_dir: Path, folder: Path) -> ContentStore:
    cache = ContentCache(cache_dir)
    store = cache.load(folder, ICONS)
    assert cache.hits == 0
    cache.save_pending()
    assert not cache.pending
    return store


def _load(cache_dir: Path, folder: Path) -> tuple[ContentStore, bool]:
    cache = ContentCache(cache_dir)
    store = cache.load(folder, ICONS)
    return store, cache.hits == 1


def _never_read(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args: object, **kwargs: object) -> None:
        raise AssertionError("the content was read afresh")

    monkeypatch.setattr("kiosk.content.loader.load_content", fail)


def test_shipped_guide_round_trips_exactly() -> None:
    store = load_content(REPO / "content", icon_dirs=ICONS)
    again = decode_store(json.loads(json.dumps(encode_store(store), default=content_cache._encode)))
    assert again == store
    assert [p.id for p in again] == [p.id for p in store]  # the order Home and search rely on


def test_broken_content_round_trips_with_its_problems(content) -> None:
    root = content("bad-parent", parent="nowhere", related="missing-page",
                   body="See [a page](gone). ![A picture](images/none.png)")
    content("built-in-urgent", title="Another")
    (root / "guide.toml").write_text('urgent_page = ""\n')
    store = load_content(root, icon_dirs=ICONS)
    assert len(store.problems) >= 3 and "urgent-help" in store  # the built-in Urgent help page
    again = decode_store(json.loads(json.dumps(encode_store(store), default=content_cache._encode)))
    assert again == store


def test_unchanged_content_comes_from_the_cache_without_the_loader(tmp_path: Path, monkeypatch) -> None:
    fresh = _warm(tmp_path / "cache", REPO / "content")
    _never_read(monkeypatch)
    cached, hit = _load(tmp_path / "cache", REPO / "content")
    assert hit and cached == fresh and cached.fingerprint == fresh.fingerprint


def test_a_second_start_of_the_app_path_does_not_import_the_loader(tmp_path: Path) -> None:
    script = (
        "import sys; from pathlib import Path; from kiosk.content.sources import load_library; "
        "from kiosk.content.cache import ContentCache; from kiosk import resources; "
        f"c = ContentCache(Path({str(tmp_path)!r})); s, _ = load_library([resources.content_dir()], c); "
        "c.save_pending(); print(len(s), c.hits, 'kiosk.content.loader' in sys.modules)"
    )
    runs = [subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=REPO)
            for _ in range(2)]
    assert runs[0].stdout.split()[1:] == ["0", "True"]
    assert runs[1].stdout.split()[1:] == ["1", "False"]
    assert runs[0].stdout.split()[0] == runs[1].stdout.split()[0] != "0"


@pytest.mark.parametrize("change", ["edit-same-size", "add", "remove", "rename", "block", "guide", "image"])
def test_any_change_to_the_content_is_read_afresh(small_guide: Path, tmp_path: Path, change: str) -> None:
    (small_guide / "blocks").mkdir()
    (small_guide / "blocks" / "note.md").write_text("A shared note.\n")
    _warm(tmp_path / "cache", small_guide)
    page = small_guide / "pages" / "bone-scan.md"
    if change == "edit-same-size":
        if sys.platform == "win32":
            pytest.skip("Windows has no inode change time (st_ctime is the creation time): an edit that keeps the "
                        "size and puts the modification time back is not seen there")
        # Same size and, put back, the same modification time: the change time still tells.
        before = page.stat()
        page.write_text(page.read_text().replace("about an hour", "about two hrs"))
        assert page.stat().st_size == before.st_size
        os.utime(page, ns=(before.st_atime_ns, before.st_mtime_ns))
    elif change == "add":
        (small_guide / "pages" / "new.md").write_text(page_text("New page"))
    elif change == "remove":
        page.unlink()
    elif change == "rename":
        page.rename(page.with_name("bone-scans.md"))
    elif change == "block":
        (small_guide / "blocks" / "note.md").write_text("A changed shared note.\n")
    elif change == "guide":
        (small_guide / "guide.toml").write_text('title = "Renamed guide"\n')
    else:
        (small_guide / "images" / "dot.png").unlink()
    cached, hit = _load(tmp_path / "cache", small_guide)
    assert not hit
    assert cached == load_content(small_guide, icon_dirs=ICONS)


def test_a_change_to_the_loading_code_or_the_icons_is_read_afresh(small_guide: Path, tmp_path: Path,
                                                                   monkeypatch) -> None:
    _warm(tmp_path / "cache", small_guide)
    real = content_cache.code_signature
    monkeypatch.setattr(content_cache, "code_signature", lambda: [*real(), ["loader.py", 1, 2, 3]])
    assert not _load(tmp_path / "cache", small_guide)[1]
    monkeypatch.setattr(content_cache, "code_signature", real)
    assert _load(tmp_path / "cache", small_guide)[1]
    icons = tmp_path / "icons"
    icons.mkdir()
    cache = ContentCache(tmp_path / "cache")
    cache.load(small_guide, [icons])
    cache.save_pending()
    (icons / "info.svg").write_text("<svg/>")
    again = ContentCache(tmp_path / "cache")
    assert again.load(small_guide, [icons]) == load_content(small_guide, icon_dirs=[icons]) and again.hits == 0


@pytest.mark.parametrize("damage", ["truncated", "garbage", "not-an-object", "wrong-shape", "nested", "empty",
                                    "a-folder", "fifo"])
def test_a_damaged_cache_means_a_fresh_read_never_an_error(small_guide: Path, tmp_path: Path, damage: str,
                                                           caplog) -> None:
    fresh = _warm(tmp_path / "cache", small_guide)
    path = cache_file(tmp_path / "cache", small_guide)
    data = path.read_bytes()
    if damage == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif damage == "garbage":
        path.write_bytes(os.urandom(4096))
    elif damage == "not-an-object":
        path.write_text("[1, 2, 3]")
    elif damage == "wrong-shape":
        decoded = json.loads(data)
        decoded["store"]["pages"][0]["links"] = "not a list of links"
        decoded["store"]["pages"][0]["menu"] = "a menu that does not exist"
        path.write_text(json.dumps(decoded))
    elif damage == "nested":
        decoded = json.loads(data)
        path.write_text(json.dumps(decoded)[:-1] + ',"x":' + "[" * 100_000 + "]" * 100_000 + "}")
    elif damage == "empty":
        path.write_bytes(b"")
    elif damage == "a-folder":
        path.unlink()
        path.mkdir()
    else:
        if not hasattr(os, "mkfifo"):
            pytest.skip("no FIFOs here")
        path.unlink()
        os.mkfifo(path)
    with caplog.at_level(logging.INFO, logger="kiosk.content.cache"):
        store, hit = _load(tmp_path / "cache", small_guide)
    assert not hit and store == fresh
    assert "reading the content instead" in caplog.text


def test_an_unwritable_cache_folder_is_logged_and_the_store_still_loads(small_guide: Path, tmp_path: Path,
                                                                        caplog) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder should be")
    cache = ContentCache(blocked / "content")
    store = cache.load(small_guide, ICONS)
    with caplog.at_level(logging.WARNING, logger="kiosk.content.cache"):
        cache.save_pending()  # must not raise
    assert "cannot write" in caplog.text and len(store) == 2
    assert not cache.pending


def test_the_cache_file_is_owner_only(small_guide: Path, tmp_path: Path) -> None:
    _warm(tmp_path / "cache", small_guide)
    assert readers_besides_owner(cache_file(tmp_path / "cache", small_guide)) == []


@pytest.mark.skipif(sys.platform == "win32",
                    reason="Windows folder links need a privilege, and Wine makes them as real folders")
def test_a_folder_linked_inside_the_content_is_never_cached(small_guide: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "linked.md").write_text(page_text("Linked page"))
    try:
        (small_guide / "pages" / "more").symlink_to(elsewhere, target_is_directory=True)
    except OSError:
        pytest.skip("cannot make links here")
    cache = ContentCache(tmp_path / "cache")
    cache.load(small_guide, ICONS)
    assert not cache.pending  # nothing to write: a change inside the linked folder would not show
    assert content_cache.folder_signature(small_guide) is None


def test_each_folder_has_its_own_cache_and_the_path_as_given_counts(small_guide: Path, tmp_path: Path,
                                                                     monkeypatch) -> None:
    _warm(tmp_path / "cache", small_guide)
    monkeypatch.chdir(small_guide.parent)
    relative = Path(small_guide.name)
    store, hit = _load(tmp_path / "cache", relative)
    assert not hit and store == load_content(relative, icon_dirs=ICONS)  # page paths as the caller gave them


def test_the_files_of_folders_no_longer_shown_are_deleted_when_a_new_one_is_written(small_guide: Path,
                                                                                     tmp_path: Path) -> None:
    old_version = tmp_path / "pack-1.0"
    new_version = tmp_path / "pack-1.1"
    for folder in (old_version, new_version):
        folder.mkdir()
        (folder / "pages").mkdir()
        (folder / "pages" / "a.md").write_text(page_text("A page"))
    _warm(tmp_path / "cache", old_version)
    (tmp_path / "cache" / "content-deadbeef.json.new").write_text("{")  # left by a kill mid-write
    library = ContentCache(tmp_path / "cache")
    for folder in (new_version, small_guide):
        library.load(folder, ICONS)
    library.save_pending()
    kept = sorted(p.name for p in (tmp_path / "cache").iterdir())
    assert kept == sorted({cache_file(tmp_path / "cache", new_version).name,
                           cache_file(tmp_path / "cache", small_guide).name})
    again = ContentCache(tmp_path / "cache")
    again.load(new_version, ICONS)
    again.load(small_guide, ICONS)
    assert again.hits == 2
