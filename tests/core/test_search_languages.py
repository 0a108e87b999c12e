"""Search in each guide's own language: Whoosh's stemmer where it has one, folding where not, and English's
synonyms, spellings and typo corrections kept to English (no Qt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk import resources
from kiosk.content.library import combine
from kiosk.content.loader import load_content
from kiosk.content.model import ContentStore
from kiosk.search.analysis import analysis_for, fold_script
from kiosk.search.backend import open_in_memory, search_languages
from kiosk.search.engine import SearchIndex
from tests.conftest import page_text

POLISH_SAMPLE = resources.more_guides_dir() / "clinic-visit-pl"


def guide(root: Path, toml: str, pages: dict[str, str]) -> ContentStore:
    (root / "pages").mkdir(parents=True)
    (root / "guide.toml").write_text(toml, encoding="utf-8")
    for page_id, (title, body) in pages.items():
        (root / "pages" / f"{page_id}.md").write_text(page_text(title, body=body, keywords="x"), encoding="utf-8")
    return load_content(root)


def translation(code: str, title: str) -> str:
    return (f'title = "{title}"\nid = "visit-{code}"\nversion = "1"\nlanguage = "{code}"\nurgent_page = ""\n'
            f'glossary_page = ""\n[translation]\nof = "visit"\ntranslator = "T"\nchecked_by = ""\nchecked = false\n')


def ids(index: SearchIndex, query: str) -> list[str]:
    return [hit.id for hit in index.search(query).hits]


@pytest.fixture
def portuguese(tmp_path: Path) -> SearchIndex:
    return SearchIndex(open_in_memory(guide(tmp_path / "pt", translation("pt", "A sua visita"), {
        "pain": ("Dor", "Se tiver dor, diga à enfermeira. Falar ajuda."),
        "tests": ("Exames", "O médico pede um exame ao sangue."),
    })))


@pytest.mark.parametrize(("query", "page"), [
    ("dores", "pain"),  # plural, Porter would make it "dore"
    ("falamos", "pain"),  # "we speak" finds "falar" (to speak)
    ("enfermeiras", "pain"),
    ("médicos", "tests"), ("medicos", "tests"),  # typed without its accent too
])
def test_an_inflected_portuguese_word_finds_its_stem(portuguese: SearchIndex, query: str, page: str) -> None:
    assert ids(portuguese, query) == [page]


def test_an_inflected_romanian_word_finds_its_stem(tmp_path: Path) -> None:
    index = SearchIndex(open_in_memory(guide(tmp_path / "ro", translation("ro", "Vizita"), {
        "way": ("Drumul", "Intrarea în spital este lângă parcare."),
        "doctor": ("Medic", "Un medic vă vede la programare."),
    })))
    assert ids(index, "spitalul") == ["way"]  # "the hospital": Porter leaves it whole
    assert ids(index, "medicului") == ["doctor"]
    assert ids(index, "programarea") == ["doctor"]
    assert ids(index, "lânga") == ids(index, "langa") == ["way"]


def test_the_polish_sample_is_searched_as_polish_with_or_without_its_letters() -> None:
    index = SearchIndex(open_in_memory(load_content(POLISH_SAMPLE)))
    assert [a.language for a in index._backend.languages] == ["pl"]
    for query in ("tłumacza", "tlumacza", "TŁUMACZ"):
        assert ids(index, query)[:1] == ["interpreters"], query


def test_english_synonyms_never_read_another_languages_words(tmp_path: Path) -> None:
    """"pee" is an English synonym of "urine"; on a Portuguese guide, "pee" is no word, and nothing is found."""
    root = tmp_path / "pt"
    store = guide(root, translation("pt", "Visita"), {"urine": ("Urina", "Traga uma amostra de urine.")})
    (root / "synonyms.txt").write_text("urine, pee, wee\n", encoding="utf-8")
    index = SearchIndex(open_in_memory(load_content(root)))
    assert store.guide.language == "pt" and ids(index, "urine") == ["urine"]
    assert ids(index, "pee") == []


@pytest.fixture
def polish_kiosk(tmp_path: Path) -> SearchIndex:
    """What a kiosk in Polish searches: the Polish guide and an English guide with no Polish translation."""
    english = guide(tmp_path / "en", 'title = "Bones"\nid = "bones"\nversion = "1"\n', {
        "bone-scan": ("Bone scan", "A bone scan shows the bones. No chemotherapy. Take your tablets as usual."),
        "urgent-help": ("Urgent help", "Call 999 now if you are seriously unwell."),
    })
    return SearchIndex(open_in_memory(combine([load_content(POLISH_SAMPLE), english])))


def test_a_polish_kiosk_reads_words_as_polish_first_then_english(polish_kiosk: SearchIndex) -> None:
    assert [a.language for a in search_languages(polish_kiosk._backend.store)] == ["pl", "en"]
    assert ids(polish_kiosk, "tłumacz")[:1] == ["clinic-visit-pl/interpreters"]
    assert ids(polish_kiosk, "bones")[:1] == ["bones/bone-scan"]  # English words still find English pages
    assert ids(polish_kiosk, "chemotherapy")[:1] == ["bones/bone-scan"]


def test_a_polish_word_is_never_corrected_to_an_english_one(polish_kiosk: SearchIndex) -> None:
    found = polish_kiosk.search("tabletki")  # "pills": two edits from the English guide's "tablets"
    assert not found.hits and found.did_you_mean is None
    # A typo of a Polish word is still forgiven, towards the Polish pages' words.
    assert ids(polish_kiosk, "tłumaczq")[:1] == ["clinic-visit-pl/interpreters"]


def test_folding_drops_only_the_marks_people_leave_out() -> None:
    urdu = analysis_for("ur")
    assert urdu.fold("تَرجُمان") == urdu.fold("ترجمان")  # short-vowel signs are optional
    assert urdu.fold("كيا") == urdu.fold("کیا")  # typed on an Arabic keyboard
    assert fold_script("آپ") != fold_script("اپ")  # madda changes the letter
    assert fold_script("ক্ত") != fold_script("কত")  # a Bengali virama makes a conjunct
    assert fold_script("ਖ਼ਬਰ") != fold_script("ਖਬਰ")  # a Gurmukhi nukta changes the sound
    assert fold_script("કિ") != fold_script("ક")  # a Gujarati vowel sign is the vowel
    assert fold_script("Żółć") == "zolc" and fold_script("Programări") == "programari"
    assert analysis_for("en").fold("Tumour") == "tumor"  # English keeps its UK/US folding; others never get it
    assert analysis_for("pt").fold("tumour") == "tumour"


def test_every_stemmer_a_language_names_is_one_whoosh_has() -> None:
    from whoosh import lang

    from kiosk.languages import LANGUAGES

    for language in LANGUAGES.values():
        assert language.stemmer is None or lang.has_stemmer(language.stemmer), language
        assert analysis_for(language.code).stemmed == (language.stemmer is not None)
