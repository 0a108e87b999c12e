"""Search that never upsets or misleads: no "Did you mean" that turns a real word into another, never a
correction towards distressing words, an honest "not covered", and red-flag signs that put Urgent help first."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.content.loader import load_content
from kiosk.search.analysis import stem
from kiosk.search.backend import open_in_memory
from kiosk.search.engine import SearchIndex
from kiosk.search.query import plan
from kiosk.search.red_flags import UrgentSearches
from kiosk.search.results import NOT_COVERED
from kiosk.search.synonyms import SynonymTable
from kiosk.search.words import DISTRESSING, english_words, word_list_path
from tests.conftest import SHIPPED_CONTENT

PAGES = {
    "urgent-help": ("Urgent help", "Call now if you have any of these signs. Chest pain. Trouble walking."),
    "outlook": ("Outlook", "Some people die within months, others live for years. Death is hard to talk about. "
                           "Dying is something many people fear."),
    "kinds": ("Kinds of treatment", "There are many kinds of treatment. Chemotherapy is one kind."),
    "chest-x-ray": ("Chest x-ray", "A chest x-ray shows your chest. Chest pain? Pain in the chest is looked at. "
                                   "Chest pain chest pain chest pain."),
    "walking": ("Walking and exercise", "Walking every day helps. Walking keeps you strong. Walk a little."),
    "breathing": ("Breathing", "Feeling short of breath can be eased with a fan."),
}
SIGNS = "chest pain, cannot walk\nbreathless\nfit\n"
SYNONYMS = "breathless, short of breath\nchemo, chemotherapy\nexercise, keep fit\n"


@pytest.fixture
def index(content: Callable[..., Path]) -> SearchIndex:
    root = None
    for page_id, (title, body) in PAGES.items():
        root = content(page_id, title=title, body=body)
    assert root is not None
    (root / "urgent-searches.txt").write_text(SIGNS, encoding="utf-8")
    (root / "synonyms.txt").write_text(SYNONYMS, encoding="utf-8")
    return SearchIndex(open_in_memory(load_content(root)))


def ids(index: SearchIndex, text: str) -> list[str]:
    return [hit.id for hit in index.search(text).hits]


# The word list


def test_the_english_word_list_ships_with_its_licence() -> None:
    words = english_words()
    assert len(words) > 50_000
    assert {"diet", "kids", "volcano", "wig", "tumour"} <= words
    assert "tumor" in words  # the folded spelling, as the index sees a typed word
    assert "SCOWL" in (word_list_path().parent / "british-english.COPYRIGHT.txt").read_text("utf-8")


def test_an_unreadable_word_list_means_none_not_a_crash(tmp_path: Path) -> None:
    broken = tmp_path / "words.txt.gz"
    broken.write_bytes(b"not gzip")
    assert english_words(broken) == frozenset()


# Never a wrong or distressing correction


def test_a_real_word_the_guide_does_not_use_is_never_corrected(index: SearchIndex) -> None:
    diet = index.search("diet")
    assert diet.did_you_mean is None and diet.hits == ()  # not "Did you mean: die?" with end-of-life pages
    assert not diet.covered and diet.not_found == ("diet",)
    kids = index.search("tell my kids")
    assert kids.did_you_mean is None and "kinds" not in ids(index, "tell my kids")


def test_a_typo_is_still_corrected(index: SearchIndex) -> None:
    results = index.search("chemoterapy")
    assert results.did_you_mean == "chemotherapy" and results.covered
    assert ids(index, "chemoterapy")[:1] == ["kinds"]


def test_never_corrected_towards_distressing_words(index: SearchIndex) -> None:
    for typo in ("deeth ", "dyingg ", "deatth "):
        results = index.search(typo)
        assert results.did_you_mean is None, typo
        assert "outlook" not in [hit.id for hit in results.hits], typo


def test_a_few_letters_never_complete_to_a_distressing_word(index: SearchIndex) -> None:
    backend = index._backend
    for prefix in ("de", "dy", "di"):
        wanted = plan(prefix, backend.vocabulary, backend.synonyms, backend.english)
        terms = {a.terms for c in wanted.concepts for a in c.alternatives}
        assert not terms & {(stem(w),) for w in DISTRESSING}, prefix
    assert "outlook" not in ids(index, "dy")  # "dy" is the stem of "dying", but not yet what was typed
    # Whoever types the word in full still finds what the guide says.
    assert ids(index, "dying ")[:1] == ["outlook"]


# Honest "not covered"


def test_a_topic_no_page_mentions_is_not_covered(index: SearchIndex) -> None:
    results = index.search("volcano")
    assert (results.hits, results.covered, results.message) == ((), False, NOT_COVERED)
    # Weak matches on the other words are not shown instead.
    assert index.search("walking to the parking").hits == ()


def test_an_unknown_word_beside_what_a_page_is_about_still_finds_that_page(index: SearchIndex) -> None:
    # "Kinds" is in one page's title: that page is about it, so the question is covered despite "volcano".
    results = index.search("kinds of volcano")
    assert results.covered and results.not_found == ("volcano",)
    assert [hit.id for hit in results.hits][:1] == ["kinds"]
    # "Walking" is in a title too, but on more pages than a topic word is: it says too little on its own.
    assert not index.search("walking to the volcano").covered


def test_gibberish_beside_a_real_question_is_only_noise(index: SearchIndex) -> None:
    results = index.search("chemotherapy xqzvw")
    assert results.covered and ids(index, "chemotherapy xqzvw")[:1] == ["kinds"]


def test_an_empty_search_has_no_message(index: SearchIndex) -> None:
    assert index.search("   ").message is None


# Red flags


def test_a_red_flag_puts_urgent_help_first_even_when_another_page_says_it_more(index: SearchIndex) -> None:
    assert ids(index, "chest pain")[:2] == ["urgent-help", "chest-x-ray"]
    assert index.search("pain in my chest").urgent  # any order, any ending


def test_cannot_covers_the_ways_people_say_it(index: SearchIndex) -> None:
    for text in ("can't walk", "cant walk", "I cannot walk", "unable to walk", "struggling to walk",
                 "trouble walking", "walking is hard"):
        assert ids(index, text)[:1] == ["urgent-help"], text
    # Walking itself is no emergency.
    assert not index.search("walking").urgent


def test_a_sign_matches_through_the_synonyms(index: SearchIndex) -> None:
    assert ids(index, "short of breath")[:1] == ["urgent-help"]
    # But not through one word of a synonym phrase: exercise is "keep fit", which is not a fit.
    assert not index.search("exercise").urgent


def test_signs_file_parsing() -> None:
    signs = UrgentSearches.parse("# note\nlegs weak, weak legs\n\n,,\nchest pain\n")
    assert len(signs.signs) == 2  # "weak legs" is the same sign as "legs weak"
    assert signs.match("my legs feel weak") is not None
    assert signs.match("legs") is None
    assert UrgentSearches.load(Path("/no/such/folder")).signs == ()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="Windows has no named pipes in the file system (FIFOs)")
def test_a_signs_file_that_is_not_a_readable_file_is_left_out(tmp_path: Path) -> None:
    import os

    os.mkfifo(tmp_path / "urgent-searches.txt")  # would block a plain read forever
    assert UrgentSearches.load(tmp_path).signs == ()
    (tmp_path / "urgent-searches.txt").unlink()
    (tmp_path / "urgent-searches.txt").write_bytes(b"\xff\xfe not utf-8 \x80")
    assert UrgentSearches.load(tmp_path).signs == ()


# The shipped content


def test_osteoporosis_brands_are_kept_apart_from_the_cancer_dose_brands() -> None:
    table = SynonymTable.load(SHIPPED_CONTENT)
    assert ("prolia",) not in table.alternatives(("xgeva",))
    assert ("aclasta",) not in table.alternatives(("zometa",))
    assert ("die",) not in table.alternatives(("dy",)) and not table.knows("die")


def test_json_has_the_added_fields_and_a_query_may_start_with_a_dash(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "--json", "--", "-chemo"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["query"] == "-chemo" and data["results"][0]["id"] == "chemotherapy"
    assert data["covered"] is True and data["message"] is None and data["urgent"] is False
    assert main(["search", "volcano", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["results"], data["covered"], data["message"], data["not_found"]) == ([], False, NOT_COVERED,
                                                                                     ["volcano"])
