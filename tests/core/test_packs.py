"""Signed content packs: every kind of bad pack is refused and changes nothing; a good one installs and rolls back."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.app import StartOptions, resolve_content_dir
from kiosk.cli import main
from kiosk.content.sources import prebuilt_index_for
from kiosk.packs import PackError, PackStore, generate_keys, load_signing_key, load_verify_key, open_pack, write_pack
from kiosk.packs.archive import unsafe_path_reason
from kiosk.packs.commands import install_pack, prepare_content
from kiosk.settings import Settings
from tests.core.owner_only import readers_besides_owner

Edit = Callable[[dict[str, bytes]], dict[str, bytes]]


@pytest.fixture
def keys(tmp_path: Path) -> tuple[Path, Path]:
    private, public = tmp_path / "keys" / "sign.key", tmp_path / "keys" / "sign.pub"
    generate_keys(private, public)
    return private, public


@pytest.fixture
def settings(tmp_path: Path, keys: tuple[Path, Path]) -> Settings:
    return Settings(pack_public_key=str(keys[1]), packs_dir=str(tmp_path / "machine" / "packs"))


GUIDE: list[Path] = []  # the small guide of the test running, set by the autouse fixture below


@pytest.fixture(autouse=True)
def _guide(small_guide: Path) -> None:
    GUIDE[:] = [small_guide]


def build(keys: tuple[Path, Path], out: Path, content: Path | None = None, version: str = "1.0") -> Path:
    write_pack(content or GUIDE[0], load_signing_key(keys[0]), out, guide_id="small-guide", version=version)
    return out


def rezip(source: Path, target: Path, edit: Edit, *, symlink: str | None = None) -> Path:
    """Copy a pack, changing its members: the way an attacker or a bad copy would."""
    with zipfile.ZipFile(source) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    with zipfile.ZipFile(target, "w") as archive:
        for name, data in edit(members).items():
            archive.writestr(name, data)
        if symlink:
            info = zipfile.ZipInfo(symlink)
            info.external_attr = (0o120777 << 16)
            archive.writestr(info, b"/etc/passwd")
    return target


def resign(keys: tuple[Path, Path], members: dict[str, bytes], manifest: dict) -> dict[str, bytes]:
    """Members with a rewritten manifest signed by the right key: only the pack's structure can refuse it."""
    data = json.dumps(manifest).encode()
    members["manifest.json"] = data
    members["manifest.sig"] = load_signing_key(keys[0]).sign(data).signature
    return members


def tree(folder: Path) -> dict[str, str]:
    if not folder.exists():
        return {}
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "dir"
            for p in sorted(folder.rglob("*"))}


@pytest.fixture
def installed(tmp_path: Path, keys: tuple[Path, Path], settings: Settings) -> PackStore:
    """A machine with one good pack installed, to show that bad ones leave it alone."""
    install_pack(build(keys, tmp_path / "first.kpack"), settings)
    return PackStore(Path(settings.packs_dir))


def test_a_good_pack_verifies_and_lists_every_file(tmp_path: Path, keys: tuple[Path, Path]) -> None:
    pack = build(keys, tmp_path / "guide.kpack")
    with open_pack(pack, load_verify_key(keys[1])) as opened:
        opened.check_every_file()
        paths = {f.path for f in opened.manifest.files}
    assert {"guide.toml", "synonyms.txt", "pages/urgent-help.md"} <= paths
    assert paths == {"guide.toml", "synonyms.txt", "images/dot.png", "pages/urgent-help.md", "pages/bone-scan.md"}


def _tampered_file(members: dict[str, bytes]) -> dict[str, bytes]:
    members["content/pages/urgent-help.md"] = members["content/pages/urgent-help.md"].replace(b"999", b"111")
    return members


def _tampered_manifest(members: dict[str, bytes]) -> dict[str, bytes]:
    members["manifest.json"] = members["manifest.json"].replace(b'"version": "1.0"', b'"version": "9.9"')
    return members





def bad_pack(kind: str, tmp_path: Path, keys: tuple[Path, Path]) -> Path:
    good = build(keys, tmp_path / "good.kpack")
    bad = tmp_path / f"{kind}.kpack"
    with zipfile.ZipFile(good) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    if kind == "unsigned":
        return rezip(good, bad, lambda m: {k: v for k, v in m.items() if k != "manifest.sig"})
    if kind == "altered-file":
        return rezip(good, bad, _tampered_file)
    if kind == "altered-manifest":
        return rezip(good, bad, _tampered_manifest)
    if kind == "truncated":
        data = good.read_bytes()
        bad.write_bytes(data[: len(data) // 2])
        return bad
    if kind == "wrong-key":
        other = (tmp_path / "other.key", tmp_path / "other.pub")
        generate_keys(*other)
        return build(other, bad)
    if kind == "not-a-zip":
        bad.write_text("hello")
        return bad
    if kind in ("dot-dot", "absolute", "backslash"):
        name = {"dot-dot": "../../evil.md", "absolute": "/etc/evil.md", "backslash": "pages\\..\\..\\evil.md"}[kind]
        entry = {"path": name, "size": 4, "sha256": hashlib.sha256(b"evil").hexdigest()}
        manifest["files"].append(entry)
        return rezip(good, bad, lambda m: {**resign(keys, m, manifest), f"content/{name}": b"evil"})
    if kind == "zip-name-escapes":
        return rezip(good, bad, lambda m: {**m, "content/../../evil.md": b"evil"})
    if kind == "symlink":
        return rezip(good, bad, lambda m: m, symlink="content/pages/link.md")
    if kind == "not-in-manifest":
        return rezip(good, bad, lambda m: {**m, "content/pages/extra.md": b"extra"})
    if kind == "missing-file":
        return rezip(good, bad, lambda m: {k: v for k, v in m.items() if k != "content/synonyms.txt"})
    if kind == "duplicate":
        manifest["files"].append(dict(manifest["files"][0]))
        return rezip(good, bad, lambda m: resign(keys, m, manifest))
    if kind == "oversized":
        manifest["files"][0]["size"] = 10**12
        return rezip(good, bad, lambda m: resign(keys, m, manifest))
    if kind == "fails-check":
        broken = tmp_path / "broken"
        (broken / "pages").mkdir(parents=True)
        (broken / "pages" / "a.md").write_text("---\ntitle: A\n---\nNo summary, no order, no review dates.\n")
        return build(keys, bad, content=broken)
    raise AssertionError(kind)


KINDS = ["unsigned", "altered-file", "altered-manifest", "truncated", "wrong-key", "not-a-zip", "dot-dot", "absolute",
         "backslash", "zip-name-escapes", "symlink", "not-in-manifest", "missing-file", "duplicate", "oversized",
         "fails-check"]


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_of_bad_pack_is_refused_and_changes_nothing(
        kind: str, tmp_path: Path, keys: tuple[Path, Path], settings: Settings, installed: PackStore) -> None:
    before = tree(installed.root)
    current = installed.current()
    pack = bad_pack(kind, tmp_path, keys)
    with pytest.raises(PackError) as refused:
        install_pack(pack, settings)
    message = str(refused.value)
    assert message.startswith("refused") or "not signed" in message, message
    assert tree(installed.root) == before
    assert installed.current() == current
    assert not (tmp_path / "evil.md").exists() and not Path("/etc/evil.md").exists()


@pytest.mark.parametrize("kind", ["unsigned", "altered-file", "altered-manifest", "truncated", "wrong-key"])
def test_kiosk_pack_verify_says_why_and_exits_1(kind: str, tmp_path: Path, keys: tuple[Path, Path],
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    pack = bad_pack(kind, tmp_path, keys)
    assert main(["pack", "verify", str(pack), "--public-key", str(keys[1])]) == 1
    out = capsys.readouterr().out
    assert out.startswith("NOT OK: ") and len(out.strip().splitlines()) == 1


def test_build_refuses_content_that_fails_the_check(tmp_path: Path, keys: tuple[Path, Path],
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken"
    (broken / "pages").mkdir(parents=True)
    (broken / "pages" / "a.md").write_text("---\ntitle: A\n---\nText.\n")
    assert main(["pack", "build", str(broken), "--key", str(keys[0]), "--out", str(tmp_path / "x.kpack")]) == 1
    assert capsys.readouterr().out.startswith("Not built: the content fails 'kiosk check'")
    assert not (tmp_path / "x.kpack").exists()
    assert main(["pack", "build", str(GUIDE[0]), "--key", str(keys[1]), "--out", str(tmp_path / "x.kpack")]) == 1
    assert "public key" in capsys.readouterr().out


@pytest.mark.parametrize("path, bad", [("pages/a.md", False), ("images/a b.png", False), ("../a", True),
                                       ("a/../../b", True), ("/a", True), ("C:/a", True), ("a\\b", True),
                                       ("a/./b", True), ("a//b", True), ("con.txt", True), ("a.", True), ("", True)])
def test_pack_paths_never_leave_their_folder(path: str, bad: bool) -> None:
    assert (unsafe_path_reason(path) is not None) is bad


def test_a_good_pack_installs_is_used_installs_again_and_rolls_back(
        tmp_path: Path, keys: tuple[Path, Path], settings: Settings) -> None:
    store = PackStore(Path(settings.packs_dir))
    assert store.current() is None
    first = install_pack(build(keys, tmp_path / "one.kpack", version="1.0"), settings)
    assert not first.already_installed and first.replaced is None
    assert resolve_content_dir(StartOptions(), settings) == first.pack.content_dir
    assert prebuilt_index_for(first.pack.content_dir) == first.pack.index_dir
    assert (first.pack.content_dir / "pages" / "urgent-help.md").read_bytes() == \
        (GUIDE[0] / "pages" / "urgent-help.md").read_bytes()
    if os.name == "posix":  # installed by an administrator, read by the kiosk account
        assert first.pack.folder.stat().st_mode & 0o005 == 0o005
    assert install_pack(tmp_path / "one.kpack", settings).already_installed
    time.sleep(1.1)  # packs are ordered by the second they were built
    second = install_pack(build(keys, tmp_path / "two.kpack", version="2.0"), settings)
    assert second.replaced == first.pack
    assert store.current().manifest.version == "2.0"
    assert store.rollback() == first.pack
    assert resolve_content_dir(StartOptions(), settings) == first.pack.content_dir
    assert store.rollback().manifest.version == "2.0"  # a second rollback undoes the first
    assert resolve_content_dir(StartOptions(content_dir=tmp_path), settings) == tmp_path  # --content-dir wins


def test_the_first_pack_rolls_back_to_the_built_in_guide(tmp_path: Path, keys: tuple[Path, Path],
                                                         settings: Settings) -> None:
    store = PackStore(Path(settings.packs_dir))
    install_pack(build(keys, tmp_path / "one.kpack"), settings)
    assert store.rollback() is None
    assert store.current() is None
    assert resolve_content_dir(StartOptions(), settings) != store.previous().content_dir


def test_an_install_can_use_the_search_index_it_built(tmp_path: Path) -> None:
    index = tmp_path / "index"
    assert prepare_content(GUIDE[0], index) == []
    from kiosk.content.sources import load_store
    from kiosk.search.engine import SearchIndex

    search = SearchIndex.open(load_store(GUIDE[0]), prebuilt_dir=index, cache_dir=tmp_path / "no-cache")
    try:
        assert search.location == "prebuilt"
    finally:
        search.close()


# An install that stops for good at its Nth step (each file it unpacks, the flush to disk, each replace), to be
# killed there: every point where a power cut could land, in turn, whatever the machine's speed.
_INSTALLER = """
import sys, time
from pathlib import Path
from kiosk.packs import archive, install
from kiosk.packs.commands import install_pack
from kiosk.settings import Settings
stop_at, steps = int(sys.argv[4]), 0
def step():
    global steps
    steps += 1
    if steps == stop_at:
        print("stopped", flush=True)
        time.sleep(3600)
def stepping(original):
    def run(*args, **kwargs):
        step()
        return original(*args, **kwargs)
    return run
files = archive.OpenPack.files
def stepping_files(self):
    for item in files(self):
        yield item  # the install writes this file before it asks for the next
        step()
archive.OpenPack.files = stepping_files
install.replace_file = stepping(install.replace_file)
install._fsync_tree = stepping(install._fsync_tree)
install_pack(Path(sys.argv[1]), Settings(pack_public_key=sys.argv[2], packs_dir=sys.argv[3]))
print("done", flush=True)
"""


def test_a_power_cut_mid_install_leaves_the_old_content_in_use(
        tmp_path: Path, keys: tuple[Path, Path], settings: Settings, installed: PackStore) -> None:
    old = installed.current()
    assert old is not None
    time.sleep(1.1)
    new_pack = build(keys, tmp_path / "new.kpack", version="2.0")
    packs = Path(settings.packs_dir)
    stop_at = 0
    while True:
        stop_at += 1
        assert stop_at < 100, "the install never finished"
        before = set(packs.rglob("*"))
        installer = subprocess.Popen([sys.executable, "-c", _INSTALLER, str(new_pack), str(keys[1]),
                                      settings.packs_dir, str(stop_at)], stdout=subprocess.PIPE, text=True)
        assert installer.stdout is not None
        said = installer.stdout.readline().strip()
        installer.kill()  # SIGKILL; on Windows TerminateProcess: neither lets the installer tidy up
        installer.wait()
        installer.stdout.close()
        current = installed.current()
        assert current is not None
        assert (current.content_dir / "pages" / "urgent-help.md").is_file()
        if current.manifest.version == "2.0":  # switched (or finished) before this stop
            break
        assert said == "stopped" and current == old, said
        assert set(packs.rglob("*")) - before  # it had written something: a cut mid-install, not before it
    assert stop_at > 3  # the switch came after several points a cut could land
    result = install_pack(new_pack, settings)  # and a later install still works
    assert result.pack.manifest.version == "2.0"
    assert (result.pack.content_dir / "pages" / "urgent-help.md").is_file()


def test_the_commands_as_an_it_admin_runs_them(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    private, public, pack = tmp_path / "sign.key", tmp_path / "sign.pub", tmp_path / "guide.kpack"
    config = tmp_path / "settings.toml"
    # A TOML literal string: a Windows path's backslashes would be escapes in a "..." string.
    config.write_text(f"[content]\npack_public_key = 'sign.pub'\npacks_dir = '{tmp_path / 'packs'}'\n")

    def run(*args: str) -> tuple[int, str]:
        code = main(list(args))
        lines = capsys.readouterr().out.strip().splitlines()
        assert len(lines) == 1, lines  # one clear line per result
        return code, lines[0]

    assert run("pack", "keygen", "--private", str(private), "--public", str(public))[0] == 0
    assert readers_besides_owner(private) == []
    code, said = run("pack", "build", str(GUIDE[0]), "--key", str(private), "--out", str(pack))
    assert code == 0 and said.startswith(f"Built {pack}: small-guide 1.0 (")
    code, said = run("pack", "verify", str(pack), "--public-key", str(public))
    assert code == 0 and said.startswith("OK: ")
    code, said = run("pack", "install", str(pack), "--config", str(config))
    assert code == 0 and said.startswith("Installed small-guide 1.0")
    code, said = run("pack", "install", str(pack), "--config", str(config))
    assert code == 0 and said.startswith("Already installed")
    code, said = run("pack", "rollback", "--config", str(config))
    assert code == 0 and said == ("Went back to the content built into the app. A running kiosk switches to it at "
                                  "its next idle reset.")
    code, said = run("pack", "verify", str(pack), "--public-key", str(private))
    assert code == 1 and "private key" in said
