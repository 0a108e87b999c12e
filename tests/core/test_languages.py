"""Languages without Qt: the settings, the .ts checks, a guide's language and translation record, and the rule
that an unchecked translation never reaches a patient (refused by `kiosk pack install`, hidden at start)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from kiosk import resources, translations
from kiosk.content.check import check
from kiosk.content.loader import load_content
from kiosk.content.sources import guides_for_language, load_library
from kiosk.languages import LANGUAGES
from kiosk.packs import PackError, generate_keys, load_signing_key, write_pack
from kiosk.packs.commands import install_pack
from kiosk.settings import Settings, settings_from_mapping
from tests.conftest import page_text

SAMPLES = {code: resources.more_guides_dir() / f"clinic-visit-{code}" for code in ("pl", "ur")}
TS_HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="pl">\n'


# Settings ----------------------------------------------------------------------------------------------------
def test_the_languages_a_clinic_offers_are_read_and_checked() -> None:
    loaded = settings_from_mapping({"languages": {"offered": ["en", "PL", "ur", "pl"], "default": "en",
                                                  "allow_unchecked": True}})
    assert loaded.settings.languages_offered == ("en", "pl", "ur") and not loaded.problems
    assert loaded.settings.allow_unchecked
    wrong = settings_from_mapping({"languages": {"offered": ["en", "klingon"]}})
    assert wrong.settings.languages_offered == ("en",)
    assert "klingon" in wrong.problems[0] and "pl" in wrong.problems[0]


def test_the_default_language_is_always_one_the_button_offers() -> None:
    loaded = settings_from_mapping({"languages": {"offered": ["pl"], "default": "ur"}})
    assert loaded.settings.languages_offered == ("ur", "pl")
    assert "not in languages.offered" in loaded.problems[0]


def test_every_language_is_named_in_its_own_script() -> None:
    assert LANGUAGES["ur"].native == "اردو" and LANGUAGES["ur"].right_to_left
    assert LANGUAGES["pl"].native == "Polski" and not LANGUAGES["pl"].right_to_left
    for language in LANGUAGES.values():
        if language.font:
            stem = language.font.replace(" ", "")
            assert list(resources.font_dir().glob(f"{stem}-*.ttf")), f"{language.font} is not bundled"
    assert (resources.font_dir() / "Noto-LICENSE.txt").read_text().count("OFL-1.1") >= 1


# Interface translations ---------------------------------------------------------------------------------------
def write_ts(folder: Path, code: str, messages: str) -> Path:
    path = folder / f"kiosk_{code}.ts"
    path.write_text(TS_HEADER + "<context><name>NavBar</name>" + messages + "</context></TS>\n", encoding="utf-8")
    return path


def message(source: str, translation: str, *, unfinished: bool = True, note: bool = True) -> str:
    comment = f"<translatorcomment>{translations.UNCHECKED_NOTE}.</translatorcomment>" if note else ""
    kind = ' type="unfinished"' if unfinished else ""
    return f"<message><source>{source}</source>{comment}<translation{kind}>{translation}</translation></message>"


def test_a_lost_placeholder_and_an_unmarked_draft_are_errors(tmp_path: Path) -> None:
    path = write_ts(tmp_path, "pl", message("Did you mean “{word}”?", "Czy chodziło o to?")
                    + message("Home", "Start", note=False)
                    + message("Urgent help", "Pilna pomoc {x}", unfinished=False))
    report = translations.check_ts(path)
    assert any("leaves out {word}" in error for error in report.errors)
    assert any("without the translator comment" in error for error in report.errors)
    assert any("adds {x}" in error for error in report.errors)
    assert not report.checked


def test_a_file_missing_a_string_the_others_have_is_an_error(tmp_path: Path) -> None:
    write_ts(tmp_path, "pl", message("Home", "Start") + message("Back", "Wstecz"))
    write_ts(tmp_path, "ro", message("Home", "Acasă"))
    reports = {report.code: report for report in translations.check_all(tmp_path)}
    assert not reports["pl"].errors
    assert any("“Back” is missing" in error for error in reports["ro"].errors)


def test_a_fully_translated_and_checked_file_is_checked(tmp_path: Path) -> None:
    path = write_ts(tmp_path, "pl", message("Home", "Start", unfinished=False, note=False))
    assert translations.check_ts(path).checked


def test_the_shipped_translations_pass_and_are_all_marked_not_yet_checked() -> None:
    reports = translations.check_all()
    assert {report.code for report in reports} == {"pl", "ro", "ur", "pa", "bn", "ar", "gu", "pt", "cy"}
    for report in reports:
        assert not report.errors, report.errors[:3]
        assert report.translated >= 40 and report.unchecked == report.translated  # every draft says so


def test_every_string_in_the_code_is_in_every_translation(tmp_path: Path) -> None:
    """Qt's own lupdate reads the code as the build does: a string wrapped for translation but missing from a .ts
    (someone forgot `make update-translations`) fails here."""
    lupdate = Path(translations.lrelease()[0]).with_name("lupdate")
    if not lupdate.exists():
        pytest.skip("Qt's lupdate is not installed with PySide6 here")
    sources = sorted(str(p) for p in (resources.bundle_root() / "kiosk" / "ui").rglob("*.py"))
    fresh = tmp_path / "kiosk_xx.ts"
    subprocess.run([str(lupdate), "-silent", "-locations", "none", *sources, "-ts", str(fresh)], check=True)
    wanted = translations.check_ts(fresh).sources
    assert len(wanted) > 80
    for report in translations.check_all():
        assert wanted <= report.sources, f"kiosk_{report.code}.ts lacks {sorted(wanted - report.sources)[:3]}"


# Translated guides --------------------------------------------------------------------------------------------
def guide(tmp_path: Path, name: str, toml: str) -> Path:
    root = tmp_path / name
    (root / "pages").mkdir(parents=True)
    (root / "guide.toml").write_text(toml, encoding="utf-8")
    (root / "pages" / "urgent-help.md").write_text(
        page_text("Urgent help", order="9", body="If you are seriously unwell, call 999 now."))
    (root / "pages" / "parking.md").write_text(page_text("Parking", body="Park by the door."))
    return root


ENGLISH = 'title = "Visit"\nid = "visit"\nversion = "1"\n'
POLISH = ('title = "Wizyta"\nid = "visit-pl"\nversion = "1"\nlanguage = "pl"\n'
          '[translation]\nof = "visit"\ntranslator = "A. Nowak"\nchecked_by = "{by}"\nchecked = {checked}\n')


def test_a_guide_declares_its_language_and_who_translated_and_checked_it(tmp_path: Path) -> None:
    store = load_content(guide(tmp_path, "pl", POLISH.format(by="B. Kowalska", checked="true")))
    assert (store.guide.language, store.guide.translator, store.guide.checked_by) == ("pl", "A. Nowak", "B. Kowalska")
    assert store.guide.is_translation and not store.guide.unchecked_translation


def test_a_translation_without_its_record_or_with_a_wrong_language_is_an_error(tmp_path: Path) -> None:
    bare = check(load_content(guide(tmp_path, "bare", 'title = "X"\nlanguage = "pl"\n')))
    assert any("[translation]" in p.message for p in bare.errors)
    wrong = check(load_content(guide(tmp_path, "wrong", 'title = "X"\nlanguage = "xx"\n')))
    assert any("'language' must be one of" in p.message for p in wrong.errors)
    claimed = load_content(guide(tmp_path, "claimed", POLISH.format(by="", checked="true")))
    assert claimed.guide.unchecked_translation  # "checked" with nobody named who checked it is not checked


def test_the_sample_translations_pass_the_check_and_are_marked_unchecked() -> None:
    for code, folder in SAMPLES.items():
        store = load_content(folder)
        report = check(store)
        assert not report.errors, [p.message for p in report.errors]
        assert store.guide.language == code and store.guide.unchecked_translation
        assert store.guide.translation_of == "clinic-visit"


def test_an_unchecked_translation_is_hidden_unless_the_clinic_allows_it(tmp_path: Path) -> None:
    english = load_content(guide(tmp_path, "en", ENGLISH))
    polish = load_content(guide(tmp_path, "pl", POLISH.format(by="", checked="false")))
    assert guides_for_language([english, polish], "pl") == [english]  # English rather than an unchecked text
    shown = guides_for_language([english, polish], "pl", allow_unchecked=True)
    assert shown == [polish]  # the Polish guide replaces the English one it translates
    assert guides_for_language([english, polish], "en", allow_unchecked=True) == [english]


def test_urgent_help_comes_from_a_checked_guide_first(tmp_path: Path) -> None:
    english = load_content(guide(tmp_path, "en", ENGLISH.replace('"visit"', '"other"')))
    checked = load_content(guide(tmp_path, "ok", POLISH.format(by="B. Kowalska", checked="true")))
    unchecked = load_content(guide(tmp_path, "draft", POLISH.format(by="", checked="false")
                                   .replace("visit-pl", "draft-pl")))
    order = guides_for_language([unchecked, english, checked], "pl", allow_unchecked=True)
    assert order == [checked, english, unchecked]
    store, _ = load_library([unchecked.directory, english.directory], language="pl", allow_unchecked=True)
    assert store.guide.urgent_page.startswith("other/"), "an unchecked translation never lends Urgent help"


@pytest.fixture
def keys(tmp_path: Path) -> tuple[Path, Path]:
    private, public = tmp_path / "keys" / "sign.key", tmp_path / "keys" / "sign.pub"
    generate_keys(private, public)
    return private, public


def test_pack_install_refuses_an_unchecked_translation_unless_allowed(tmp_path: Path, keys) -> None:
    content = tmp_path / "clinic-visit-pl"
    shutil.copytree(SAMPLES["pl"], content)
    pack = tmp_path / "pl.kpack"
    write_pack(content, load_signing_key(keys[0]), pack, guide_id="clinic-visit-pl", version="1")
    settings = Settings(pack_public_key=str(keys[1]), packs_dir=str(tmp_path / "packs"))
    with pytest.raises(PackError, match="not been checked by a qualified translator"):
        install_pack(pack, settings)
    assert not (tmp_path / "packs" / "clinic-visit-pl").exists() or not any(
        (tmp_path / "packs" / "clinic-visit-pl").glob("[0-9]*")), "nothing was installed"
    result = install_pack(pack, Settings(pack_public_key=str(keys[1]), packs_dir=str(tmp_path / "packs"),
                                         allow_unchecked=True))
    assert result.pack.manifest.guide_id == "clinic-visit-pl"


def search_json(content: Path, query: str) -> dict:
    import io
    import json

    from kiosk.search.commands import search_command

    out = io.StringIO()
    search_command(content, query, as_json=True, limit=10, out=out)
    return json.loads(out.getvalue())


@pytest.mark.parametrize(("code", "query", "page"), [
    ("pl", "tłumacz", "interpreters"),
    ("pl", "formularze", "interpreters"), ("ur", "ترجمان", "interpreters"), ("ur", "پارکنگ", "finding-your-way"),
])
def test_the_translated_samples_are_found_in_their_own_words(code: str, query: str, page: str) -> None:
    found = search_json(SAMPLES[code], query)
    assert found["results"] and found["results"][0]["id"] == page, found


def test_a_word_the_polish_sample_never_uses_is_not_covered_and_never_corrected_to_english() -> None:
    found = search_json(SAMPLES["pl"], "lekarz")  # "doctor": not in these two pages
    assert not found["results"] and found["did_you_mean"] is None and not found["covered"]


def test_kiosk_check_lists_each_language_and_fails_on_a_lost_placeholder(tmp_path: Path) -> None:
    import io

    write_ts(tmp_path, "pl", message("Did you mean “{word}”?", "Czy chodziło o to?"))
    out = io.StringIO()
    assert translations.run_check(out, tmp_path) == 1
    text = out.getvalue()
    assert "pl Polish: 1 of 1 strings translated; 1 not yet checked" in text
    assert "ERROR: kiosk_pl.ts: NavBar" in text and "leaves out {word}" in text
    write_ts(tmp_path, "pl", message("Did you mean “{word}”?", "Czy chodziło o „{word}”?"))
    assert translations.run_check(io.StringIO(), tmp_path) == 0
