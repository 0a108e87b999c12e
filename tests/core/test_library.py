"""A library of guides: several installed packs, one store, one search, one Urgent help; one guide is unchanged."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from kiosk import resources
from kiosk.app import StartOptions, resolve_content_dirs
from kiosk.cli import main
from kiosk.content.check import check
from kiosk.content.library import combine
from kiosk.content.loader import load_content
from kiosk.content.render import PAGE_SCHEME, PageRenderer
from kiosk.content.sources import load_library
from kiosk.packs import PackError, PackStore, generate_keys, load_signing_key, write_pack
from kiosk.packs.commands import install_pack, rollback_command
from kiosk.search.commands import search_command
from kiosk.search.engine import SearchIndex
from kiosk.settings import Settings
from tests.conftest import page_text

CLINIC_VISIT = resources.more_guides_dir() / "clinic-visit"


@pytest.fixture
def visit_guide(tmp_path: Path) -> Path:
    """A second small guide with no Urgent help of its own and a page id ('bone-scan') that clashes with the first's."""
    root = tmp_path / "visit"
    (root / "pages").mkdir(parents=True)
    (root / "guide.toml").write_text('title = "Your visit"\nid = "visit"\nurgent_page = ""\n')
    (root / "pages" / "parking.md").write_text(page_text(
        "Parking", body="Park in the car park by the front door. See [the scan room](bone-scan) and "
                        "[Urgent help](urgent-help)."))
    (root / "pages" / "bone-scan.md").write_text(page_text("Scan room", order="2",
                                                           body="The scan room is on floor 2."))
    return root


def test_one_guide_is_used_as_it_is(small_guide: Path) -> None:
    store = load_content(small_guide)
    assert combine([store]) is store
    assert store.guides == {}
    assert store.guide_of("bone-scan") is store.guide


def test_two_guides_file_their_pages_under_their_ids_and_keep_links(small_guide: Path, visit_guide: Path) -> None:
    library = combine([load_content(small_guide), load_content(visit_guide)])
    # Home: one big button per guide, then the shared Urgent help (the first guide's, as it has one).
    assert [p.id for p in library.topics()] == ["small-guide", "visit"]
    assert [p.title for p in library.topics()] == ["Small guide", "Your visit"]
    assert [p.id for p in library.shortcuts()] == ["small-guide/urgent-help"]
    assert library.guide.urgent_page == "small-guide/urgent-help"
    # The two 'bone-scan' pages both survive, each in its own guide's menu.
    assert library.get("small-guide/bone-scan").title == "Bone scan"
    assert library.get("visit/bone-scan").title == "Scan room"
    assert [p.id for p in library.children("visit")] == ["visit/parking", "visit/bone-scan"]
    assert [p.id for p in library.children("small-guide")] == ["small-guide/bone-scan"]  # Urgent help is on Home
    assert library.guide_of("visit/parking").title == "Your visit"
    assert library.guide_of("small-guide/bone-scan").title == "Small guide"
    # Links lead to the page in the same guide, and to the shared Urgent help from the guide without one.
    html = PageRenderer(library).render(library.get("visit/parking"))
    assert f'href="{PAGE_SCHEME}visit/bone-scan"' in html
    assert f'href="{PAGE_SCHEME}small-guide/urgent-help"' in html
    assert "visit/urgent-help" not in library.pages


def test_only_the_first_urgent_help_is_kept_when_both_guides_have_one(small_guide: Path, tmp_path: Path) -> None:
    other = shutil.copytree(small_guide, tmp_path / "other")
    (other / "guide.toml").write_text('title = "Other guide"\nid = "other"\n')
    (other / "pages" / "bone-scan.md").write_text(page_text("Bone scan", body="See [Urgent help](urgent-help)."))
    library = combine([load_content(small_guide), load_content(other)])
    assert "other/urgent-help" not in library.pages
    assert library.get("other/bone-scan").body.endswith("(small-guide/urgent-help).")
    assert [p.id for p in library.shortcuts()] == ["small-guide/urgent-help"]


def test_a_guide_without_urgent_help_on_purpose_passes_check_and_gets_the_built_in_one(visit_guide: Path) -> None:
    store = load_content(visit_guide)
    assert not store.errors
    assert store.guide.urgent_page == "urgent-help"
    assert "Call 999" in store.get("urgent-help").body  # the built-in page, so its links lead somewhere


def test_the_clinic_visit_guide_passes_kiosk_check_in_plain_english() -> None:
    store = load_content(CLINIC_VISIT, icon_dirs=[resources.icon_dir()])
    report = check(store)
    assert not store.errors and not report.errors, [str(p) for p in report.errors]
    assert store.guide.id == "clinic-visit"
    assert {"finding-your-way", "at-your-appointment", "who-is-who", "facilities", "interpreters"} <= set(store.pages)
    interpreters = store.get("interpreters").body
    assert "free" in interpreters and "reception" in interpreters.lower()


def test_unset_clinic_details_read_as_sentences_in_the_clinic_visit_guide() -> None:
    store = load_content(CLINIC_VISIT)
    unset = PageRenderer(store, Settings().local_details()).render(store.get("finding-your-way"))
    assert "{{" not in unset and "Ask at reception about parking" in unset
    chosen = PageRenderer(store, Settings(reception_location="on the ground floor by the lifts").local_details())
    assert "Reception is on the ground floor by the lifts." in chosen.render(store.get("finding-your-way"))


def test_one_search_covers_both_guides_and_names_each_results_guide(small_guide: Path, visit_guide: Path,
                                                                   tmp_path: Path) -> None:
    library = combine([load_content(small_guide), load_content(visit_guide)])
    index = SearchIndex.open(library, cache_dir=tmp_path / "index")
    try:
        parking = index.search("parking", 5)
        bones = index.search("bones", 5)
    finally:
        index.close()
    assert parking.hits[0].id == "visit/parking"
    assert "small-guide/bone-scan" in [hit.id for hit in bones.hits]
    out = io.StringIO()
    assert search_command(small_guide, "car park", as_json=True, limit=5, out=out,
                          library=[small_guide, visit_guide]) == 0
    first = json.loads(out.getvalue())["results"][0]
    assert (first["id"], first["guide"]) == ("visit/parking", "Your visit")


# Packs: several guides installed side by side ------------------------------------------------------------------

@pytest.fixture
def packs(tmp_path: Path, small_guide: Path, visit_guide: Path) -> tuple[Settings, dict[str, Path]]:
    private, public = tmp_path / "keys" / "sign.key", tmp_path / "keys" / "sign.pub"
    generate_keys(private, public)
    key = load_signing_key(private)
    built = {}
    for name, folder, version in (("small-1", small_guide, "1"), ("small-2", small_guide, "2"),
                                  ("visit-1", visit_guide, "1")):
        built[name] = tmp_path / f"{name}.kpack"
        write_pack(folder, key, built[name], guide_id=folder.name if name.startswith("visit") else "small-guide",
                   version=version)
    settings = Settings(pack_public_key=str(public), packs_dir=str(tmp_path / "machine" / "packs"))
    return settings, built


def test_two_guides_install_side_by_side_and_the_kiosk_shows_both(packs) -> None:
    settings, built = packs
    install_pack(built["small-1"], settings)
    install_pack(built["visit-1"], settings)
    store = PackStore(Path(settings.packs_dir))
    assert [p.manifest.guide_id for p in store.installed()] == ["small-guide", "visit"]
    assert store.current() is None  # which one? a caller must name the guide
    assert store.current("visit").manifest.version == "1"
    dirs = resolve_content_dirs(StartOptions(), settings)
    assert dirs == [p.content_dir for p in store.installed()]
    library, prebuilt = load_library(dirs)
    assert [p.title for p in library.topics()] == ["Small guide", "Your visit"]
    assert prebuilt is None  # the joint index is built (and cached) in the background


def test_rolling_back_one_guide_leaves_the_other(packs) -> None:
    settings, built = packs
    for name in ("small-1", "visit-1", "small-2"):
        install_pack(built[name], settings)
    store = PackStore(Path(settings.packs_dir))
    with pytest.raises(PackError, match="--guide"):
        store.rollback()
    assert store.rollback("small-guide").manifest.version == "1"
    assert store.current("visit").manifest.version == "1"
    assert store.rollback("visit") is None  # its first install: that guide goes, the other stays
    assert [p.manifest.guide_id for p in store.installed()] == ["small-guide"]
    library, _ = load_library(resolve_content_dirs(StartOptions(), settings))
    assert library.guides == {} and "bone-scan" in library  # one guide again: exactly as before libraries
    with pytest.raises(PackError, match="no guide 'nope'"):
        store.rollback("nope")


def test_the_one_guide_pointer_from_before_libraries_is_still_read(packs) -> None:
    settings, built = packs
    first = install_pack(built["small-1"], settings)
    second = install_pack(built["small-2"], settings)
    root = Path(settings.packs_dir)
    (root / "current.json").write_text(json.dumps({"current": second.pack.key, "previous": first.pack.key}))
    store = PackStore(root)
    assert store.current().key == second.pack.key
    assert store.previous().key == first.pack.key
    install_pack(built["visit-1"], settings)  # rewritten in the library form, the old guide kept
    assert [p.key for p in store.installed()] == [second.pack.key, store.current("visit").key]
    assert store.rollback("small-guide").key == first.pack.key


def test_rollback_command_names_the_guide(packs, capsys) -> None:
    settings, built = packs
    install_pack(built["small-1"], settings)
    install_pack(built["visit-1"], settings)
    out = io.StringIO()
    assert rollback_command(settings, out) == 1
    assert "several guides are installed (small-guide, visit)" in out.getvalue()
    out = io.StringIO()
    assert rollback_command(settings, out, "visit") == 0
    said = out.getvalue()
    assert said.startswith("Took the guide 'visit' off this kiosk: it had no earlier pack to go back to"), said
    assert "roll back again to put it back" in said and "The kiosk shows small-guide" in said


def two_guides_installed(packs, tmp_path: Path) -> tuple[Settings, Path]:
    """Both test guides installed, and a settings file that points the command line at them."""
    settings, built = packs
    install_pack(built["small-1"], settings)
    install_pack(built["visit-1"], settings)
    config = tmp_path / "settings.toml"
    config.write_text(f"[content]\npack_public_key = '{settings.pack_public_key}'\n"
                      f"packs_dir = '{settings.packs_dir}'\n")
    return settings, config


def test_cli_rollback_takes_guide(packs, tmp_path: Path, capsys) -> None:
    settings, config = two_guides_installed(packs, tmp_path)
    assert main(["pack", "rollback", "--guide", "small-guide", "--config", str(config)]) == 0
    assert [p.manifest.guide_id for p in PackStore(Path(settings.packs_dir)).installed()] == ["visit"]


def test_the_pickup_folder_updates_any_installed_guide_or_adds_a_new_one(packs, tmp_path: Path) -> None:
    from kiosk.packs import load_verify_key
    from kiosk.packs.pickup import newer_pack

    settings, built = packs
    install_pack(built["small-2"], settings)
    install_pack(built["visit-1"], settings)
    installed = PackStore(Path(settings.packs_dir)).installed()
    key = load_verify_key(Path(settings.pack_public_key))
    pickup = tmp_path / "pickup"
    pickup.mkdir()
    shutil.copy(built["visit-1"], pickup)  # the edition in use: nothing to do
    assert newer_pack(pickup, None, key, installed=installed) is None
    shutil.copy(built["small-1"], pickup)  # an older edition of the other guide: nothing to do either
    assert newer_pack(pickup, None, key, installed=installed) is None
    assert newer_pack(pickup, None, key, installed=installed[:1])[1].guide_id == "visit"  # a guide not yet here


def test_a_second_guides_pictures_come_from_its_own_folder(small_guide: Path, visit_guide: Path) -> None:
    (small_guide / "pages" / "bone-scan.md").write_text(page_text("Bone scan", body="![A dot](dot.png)"))
    library = combine([load_content(visit_guide), load_content(small_guide)])
    html = PageRenderer(library).render(library.get("small-guide/bone-scan"))
    assert (small_guide / "images" / "dot.png").resolve().as_uri() in html
    assert "Picture not available" not in html


def test_kiosk_check_and_search_cover_every_installed_guide(packs, tmp_path: Path, capsys) -> None:
    _, config = two_guides_installed(packs, tmp_path)
    assert main(["check", "--config", str(config)]) == 0
    assert capsys.readouterr().out.count("Checking ") == 2
    assert main(["search", "car park", "--json", "--config", str(config)]) == 0
    first = json.loads(capsys.readouterr().out)["results"][0]
    assert (first["id"], first["guide"]) == ("visit/parking", "Your visit")


def test_a_guide_installed_first_without_urgent_signs_does_not_hide_the_others(tmp_path: Path) -> None:
    """The clinic visit guide first, the breast cancer guide second: its urgent signs and synonyms still count."""
    library = combine([load_content(CLINIC_VISIT), load_content(resources.content_dir())])
    assert library.guide.urgent_page == "secondary-breast-cancer/urgent-help"
    index = SearchIndex.open(library, cache_dir=tmp_path / "index")
    try:
        back_pain = index.search("back pain", 5)
        tumour = index.search("tumour", 5)  # a synonym from the second guide's synonyms.txt
    finally:
        index.close()
    assert back_pain.urgent and back_pain.hits[0].id == "secondary-breast-cancer/urgent-help"
    assert tumour.hits and all(hit.id.startswith("secondary-breast-cancer/") for hit in tumour.hits[:3])
