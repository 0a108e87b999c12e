"""Search behaviour on small made-up content: ranking, spelling, synonyms, typos, prefixes, passages, odd input."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.content.loader import load_content
from kiosk.content.render import LOCAL_FIELDS
from kiosk.search import query
from kiosk.search.backend import open_in_memory
from kiosk.search.engine import SearchIndex, SearchResults
from kiosk.search.spelling import fold_spelling
from kiosk.search.synonyms import SynonymTable
from tests.conftest import page_text

SYNONYMS = """\
# a note
tummy, abdomen, belly

spread, secondary, metastatic, stage 4, stage four
chemo, chemotherapy
lonely-word
x-ray, xray
"""

PAGES: dict[str, dict[str, str]] = {
    "chemotherapy": {
        "title": "Chemotherapy",
        "summary": "Drugs that kill cancer cells.",
        "keywords": "chemo, drip",
        "body": """\
            Chemotherapy uses drugs to kill cancer cells. You may have it as a drip or as tablets.

            ## Side effects

            It can make you feel tired. Your team will help with sickness.
            """,
    },
    "hormone-therapy": {
        "title": "Hormone therapy",
        "summary": "Treatment that lowers oestrogen.",
        "body": "Hormone therapy lowers the oestrogen in your body, or blocks it. The tumour may shrink.",
    },
    "swelling": {
        "title": "Swelling",
        "summary": "Swelling of the arm.",
        "body": "Lymphoedema is swelling of the arm. Lymphoma is a different illness and is not covered here.",
    },
    "stage": {
        "title": "Stage",
        "summary": "What the stage number means.",
        "body": "Once the cancer has spread, it is stage 4. Your doctor can explain what this means for you.",
    },
    "abdomen-page": {
        "title": "Liver",
        "summary": "Cancer in the liver.",
        "body": "You may have pain in the abdomen, under the ribs on the right side.",
    },
    "ginger-title": {"title": "Ginger", "summary": "A page named for it.", "body": "Nothing else to say here."},
    "ginger-heading": {
        "title": "Spices",
        "summary": "A page with it in a heading.",
        "body": "## Ginger\n\nA root used in cooking. More words here to make the page longer than the others.",
    },
    "ginger-body": {
        "title": "Cooking",
        "summary": "A page with it in the body.",
        "body": "Some people add ginger to tea when they feel sick. More words here about cooking and food.",
    },
    "urgent": {
        "title": "Urgent help",
        "summary": "Who to call straight away.",
        "body": "Call {{ acute_oncology_line }} if you have a high temperature. Pain & fever: under 36 < 37.5 now.",
    },
    "outlook": {
        "title": "Outlook",
        "summary": "Figures about the future.",
        "menu": "hidden",
        "parent": "stage",
        "body": "Survival figures are averages and cannot say what will happen to you.",
    },
    "long-page": {
        "title": "Living well",
        "summary": "Everyday life.",
        "body": " ".join(f"Sentence number {n} talks about everyday things like food and sleep." for n in range(40))
        + " At the very end it mentions a wheelchair for getting about.",
    },
}


@pytest.fixture
def search_store(content: Callable[..., Path]) -> Callable[..., object]:
    """Write the made-up pages (and any extra ones) with the synonyms file, and load them."""

    def make(extra: dict[str, dict[str, str]] | None = None, synonyms: str = SYNONYMS):
        root = None
        for page_id, fields in {**PAGES, **(extra or {})}.items():
            root = content(page_id, page_text(**fields))
        assert root is not None
        (root / "synonyms.txt").write_text(synonyms, encoding="utf-8")
        return load_content(root)

    return make


@pytest.fixture
def search_index(search_store: Callable[..., object]) -> SearchIndex:
    return SearchIndex(open_in_memory(search_store()))


def ids(results: SearchResults) -> list[str]:
    return [hit.id for hit in results.hits]


# Ranking


def test_title_ranks_above_heading_above_body(search_index: SearchIndex) -> None:
    assert ids(search_index.search("ginger "))[:3] == ["ginger-title", "ginger-heading", "ginger-body"]


def test_every_word_must_match_before_partial_matches(search_index: SearchIndex) -> None:
    results = search_index.search("hormone oestrogen ")
    assert ids(results)[0] == "hormone-therapy"
    scores = [hit.score for hit in results.hits]
    assert scores == sorted(scores, reverse=True)


def test_partial_matches_are_offered_when_nothing_matches_every_word(search_index: SearchIndex) -> None:
    results = search_index.search("ginger wheelchair ")
    assert {"ginger-title", "long-page"} <= set(ids(results))


def test_partial_matches_follow_full_matches_without_repeating_them(search_index: SearchIndex) -> None:
    found = ids(search_index.search("hormone oestrogen tumour tired "))  # no page has all four
    assert found and len(found) == len(set(found))
    found = ids(search_index.search("chemotherapy tablets wheelchair "))
    assert len(found) == len(set(found))
    found = ids(search_index.search("cancer stage "))  # one full match, then pages with "cancer" only
    assert found[0] == "stage" and len(found) == len(set(found)) > 1


def test_stemming_finds_other_forms_of_a_word(search_index: SearchIndex) -> None:
    assert ids(search_index.search("spreading "))[:1] == ["stage"]
    assert "chemotherapy" in ids(search_index.search("kills "))


# UK and US spelling


@pytest.mark.parametrize(
    ("uk", "us"),
    [
        ("oestrogen", "estrogen"), ("tumour", "tumor"), ("anaemia", "anemia"), ("haemoglobin", "hemoglobin"),
        ("oedema", "edema"), ("diarrhoea", "diarrhea"), ("lymphoedema", "lymphedema"), ("leukaemia", "leukemia"),
        ("paediatric", "pediatric"), ("oesophagus", "esophagus"), ("dyspnoea", "dyspnea"), ("behaviour", "behavior"),
        ("colour", "color"), ("centre", "center"), ("counselling", "counseling"), ("organise", "organize"),
        ("analysed", "analyzed"), ("hypercalcaemia", "hypercalcemia"), ("anaesthetic", "anesthetic"),
        ("programme", "program"), ("coeliac", "celiac"), ("foetus", "fetus"), ("metastasise", "metastasize"),
    ],
)  # fmt: skip
def test_uk_and_us_spellings_fold_together(uk: str, us: str) -> None:
    assert fold_spelling(uk) == fold_spelling(us)


@pytest.mark.parametrize("word", ["four", "hour", "your", "does", "goes", "shoes", "vertebrae", "aerobic", "size",
                                  "prize", "advise", "exercise", "poem", "canoe", "filled", "filed"])
def test_words_that_only_look_like_uk_spellings_are_left_alone(word: str) -> None:
    assert fold_spelling(word) == word


def test_fold_keeps_different_words_apart() -> None:
    assert fold_spelling("filled") != fold_spelling("filed")
    assert fold_spelling("organise") != "organ"


def test_us_spelling_finds_uk_page_and_shows_the_pages_spelling(search_index: SearchIndex) -> None:
    results = search_index.search("estrogen ")
    assert ids(results)[0] == "hormone-therapy"
    assert "<b>oestrogen</b>" in results.hits[0].snippet
    assert results.did_you_mean is None
    assert ids(search_index.search("tumor "))[:1] == ["hormone-therapy"]


def test_uk_spelling_finds_us_page(search_store: Callable[..., object]) -> None:
    store = search_store({"us-page": {"title": "Anemia", "summary": "Low red cells.", "body": "Anemia and edema."}})
    index = SearchIndex(open_in_memory(store))
    assert ids(index.search("anaemia oedema "))[:1] == ["us-page"]


# Synonyms


def test_everyday_word_finds_the_medical_word(search_index: SearchIndex) -> None:
    results = search_index.search("tummy ")
    assert ids(results)[:1] == ["abdomen-page"]
    assert "<b>abdomen</b>" in results.hits[0].snippet


def test_synonym_phrase_matches_words_side_by_side(search_index: SearchIndex) -> None:
    assert ids(search_index.search("stage four "))[:1] == ["stage"]
    assert ids(search_index.search("metastatic "))[:1] == ["stage"]


def test_synonyms_file_format() -> None:
    table = SynonymTable.parse(SYNONYMS)
    assert len(table.groups) == 4  # the note, the blank line and the one-word line are not groups
    assert ("abdomen",) in table.alternatives(("tummi",))
    assert ("stage", "4") in table.alternatives(("spread",))
    assert table.longest_match(["stage", "four", "pain"], 0) == 2
    assert table.longest_match(["pain"], 0) == 0


def test_missing_synonyms_file_means_no_synonyms(tmp_path: Path) -> None:
    assert SynonymTable.load(tmp_path).groups == ()


# Typos


def test_misspelt_word_finds_its_page_and_offers_a_correction(search_index: SearchIndex) -> None:
    results = search_index.search("chemoterapy ")
    assert ids(results)[:1] == ["chemotherapy"]
    assert results.did_you_mean == "chemotherapy"


def test_one_edit_is_tried_before_two(search_index: SearchIndex) -> None:
    # "lymphodema" is one edit from lymphoedema (folded: lymphedema) and two from lymphoma.
    results = search_index.search("lymphodema ")
    assert results.did_you_mean == "lymphoedema"
    assert ids(results)[:1] == ["swelling"]


def test_two_edits_when_nothing_is_one_edit_away(search_index: SearchIndex) -> None:
    results = search_index.search("chemmotherapyy ")
    assert results.did_you_mean == "chemotherapy"
    assert ids(results)[:1] == ["chemotherapy"]


def test_swapped_letters_count_as_one_edit(search_index: SearchIndex) -> None:
    # Plain Levenshtein counts a swap as two edits; "wheelchiar" must be one edit from "wheelchair".
    assert search_index._backend.vocabulary.corrections("wheelchiar", 3) == (1, ["wheelchair"])
    assert search_index.search("wheelchiar ").did_you_mean == "wheelchair"


def test_correction_keeps_the_rest_of_the_query(search_index: SearchIndex) -> None:
    assert search_index.search("can chemoterapy  make me tird ").did_you_mean == "can chemotherapy make me tired"


def test_misspelt_synonym_is_corrected_even_when_no_page_uses_it(search_index: SearchIndex) -> None:
    results = search_index.search("bely ")  # "belly" is only in the synonyms, with "abdomen"
    assert results.did_you_mean == "belly"
    assert ids(results)[:1] == ["abdomen-page"]


def test_the_first_letter_is_kept_when_correcting(search_index: SearchIndex) -> None:
    # "rills" is one edit from "kills" only by changing its first letter: not offered.
    assert search_index.search("rills ").did_you_mean is None


def test_no_correction_for_known_words(search_index: SearchIndex) -> None:
    assert search_index.search("chemotherapy drip ").did_you_mean is None
    assert search_index.search("kills ").did_you_mean is None  # a known stem is not a typo


def test_no_results_and_no_suggestion_for_nonsense(search_index: SearchIndex) -> None:
    results = search_index.search("qqqxxxzzz ")
    assert results.hits == ()
    assert results.did_you_mean is None


# Typing


def test_last_unfinished_word_is_a_prefix(search_index: SearchIndex) -> None:
    assert ids(search_index.search("chem"))[:1] == ["chemotherapy"]
    assert ids(search_index.search("lymphoe"))[:1] == ["swelling"]  # on the way to a UK spelling: lymphoedema
    assert ids(search_index.search("oestr"))[:1] == ["hormone-therapy"]
    assert ids(search_index.search("tumou"))[:1] == ["hormone-therapy"]


def test_prefix_longer_than_the_stem(search_index: SearchIndex) -> None:
    # "spreadin" is not a prefix of the stem "spread", but is of the word "spreading"... which the pages do not
    # use; "chemotherap" is longer than nothing but must still reach "chemotherapy" (stem "chemotherapi").
    assert ids(search_index.search("chemotherap"))[:1] == ["chemotherapy"]
    assert ids(search_index.search("chemotherapy"))[:1] == ["chemotherapy"]
    assert ids(search_index.search("wheelchai"))[:1] == ["long-page"]


def test_finished_word_is_not_a_prefix(search_index: SearchIndex) -> None:
    assert ids(search_index.search("wheelc"))[:1] == ["long-page"]
    assert search_index.search("wheelc ").hits == ()


def test_half_typed_little_word_is_still_a_prefix(search_store: Callable[..., object]) -> None:
    store = search_store({"cancer": {"title": "Cancer", "summary": "What it is.", "body": "Cancer cells."}})
    index = SearchIndex(open_in_memory(store))
    assert ids(index.search("can"))[:1] == ["cancer"]  # "can" is ignored as a word, but may be "cancer"


def test_words_written_apart_find_the_joined_word(search_index: SearchIndex) -> None:
    assert ids(search_index.search("chemo therapy "))[:1] == ["chemotherapy"]


# Passages


def test_passage_marks_matched_words_and_is_short(search_index: SearchIndex) -> None:
    hit = search_index.search("wheelchair ").hits[0]
    assert "<b>wheelchair</b>" in hit.snippet
    assert 10 <= len(re.sub(r"</?b>", "", hit.snippet).split()) <= 40


def test_passage_is_html_escaped(search_index: SearchIndex) -> None:
    hit = search_index.search("fever ").hits[0]
    assert "&lt;" in hit.snippet and "&amp;" in hit.snippet
    assert re.sub(r"</?b>", "", hit.snippet).count("<") == 0


def test_a_phrase_is_marked_only_where_its_words_stand_together() -> None:
    from kiosk.search.passages import PageWords, passage

    words = PageWords.of("Some side effects can happen. Sit on the side of the bed. Effects vary.")
    assert passage(words, {("side", "effect"): 0}) == (
        "Some <b>side</b> <b>effects</b> can happen. Sit on the side of the bed. Effects vary."
    )


def test_passage_prefers_what_the_page_rarely_mentions() -> None:
    from kiosk.search.passages import PageWords, passage

    text = " ".join(["Chemotherapy is a treatment."] * 12 + ["Hair loss is one side effect of chemotherapy."])
    shown = passage(PageWords.of(text), {("chemotherapi",): 0, ("hair",): 1})
    assert shown is not None and "<b>Hair</b>" in shown


def test_title_only_match_shows_the_summary(search_index: SearchIndex) -> None:
    hit = next(h for h in search_index.search("ginger ").hits if h.id == "ginger-title")
    assert hit.title == "Ginger"
    assert hit.snippet == "A page named for it."


def test_local_details_are_indexed_as_their_fallback_words(search_index: SearchIndex) -> None:
    results = search_index.search(LOCAL_FIELDS["acute_oncology_line"])
    assert ids(results)[:1] == ["urgent"]
    assert "{{" not in results.hits[0].snippet
    assert search_index.search("acute_oncology_line").hits == ()


def test_hidden_pages_are_not_results(search_index: SearchIndex) -> None:
    assert "outlook" not in ids(search_index.search("survival figures "))


# Odd input


@pytest.mark.parametrize(
    "text",
    [
        "", " ", "\n\t", '"', '"""', "'", "(", ")", "((((", "[]", "{}", ":", "title:", "title:chemo", "*", "?", "~",
        "^", "chemo~2", "chemo^10", "AND", "OR", "NOT", "AND OR NOT", "chemo AND", "NOT chemo", "a OR b AND c",
        "\\", "\\\\", "/", "-", "--", "+", "!", "&&", "||", "<b>chemo</b>", "&amp;", "🙂", "🙂 chemo 🙂",
        "\x00", "\x00chemo\x07", "\ud800", "chemo\ud800", "ﬁ", "ß", "İstanbul", "x" * 500, "chemo " * 200,
        "(" * 5000 + "chemo" + ")" * 5000, "*" * 1000, "a" * 10_000, "é" * 10_000, "chemo:" * 2000,
        "stage 4 " * 1000, "'; DROP TABLE pages; --", "${jndi:ldap://x}", "%s%s%n", "NaN", "-1",
    ],
    # Short names: pytest puts the test's name in an environment variable, which Windows caps at 32,767 characters.
    ids=lambda text: ascii(text[:24]) + (f"..{len(text)}" if len(text) > 24 else ""),
)  # fmt: skip
def test_any_input_returns_results_from_a_bounded_plan(search_index: SearchIndex, text: str) -> None:
    results = search_index.search(text)
    assert isinstance(results, SearchResults)
    assert results.query == text
    assert len(_planned(search_index, text).concepts) <= query.MAX_WORDS  # the work is bounded by counts, not clocks


def test_ten_thousand_characters_of_words_are_searched_in_bounded_work(search_index: SearchIndex) -> None:
    words = ("chemoterapy lymphodema tummy stage four spreading wheelchai " * 170)[:10_000]
    wanted = _planned(search_index, words)
    assert len(wanted.concepts) <= query.MAX_WORDS
    assert sum(len(concept.alternatives) for concept in wanted.concepts) <= query.MAX_WORDS * 40
    assert search_index.search(words).hits


def _planned(index: SearchIndex, text: str) -> query.Plan:
    backend = index._backend
    return query.plan(query.clean(text), backend.vocabulary, backend.synonyms, backend.english)


@pytest.mark.parametrize("limit", [0, -5, 1, 3, 10**9])
def test_any_limit(search_index: SearchIndex, limit: int) -> None:
    hits = search_index.search("ginger ", limit=limit).hits
    assert len(hits) == max(0, min(limit, 3))


def test_not_text_is_treated_as_empty(search_index: SearchIndex) -> None:
    assert search_index.search(None).hits == ()  # type: ignore[arg-type]
    assert search_index.search("ginger", limit="x").hits  # type: ignore[arg-type]


def test_empty_content_can_be_searched(tmp_path: Path) -> None:
    (tmp_path / "pages").mkdir()
    index = SearchIndex(open_in_memory(load_content(tmp_path)))
    assert index.search("chemo").hits == ()


def test_in_a_big_library_words_on_most_pages_are_counted_not_required(search_store: Callable[..., object],
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from whoosh import query as wq

    extra = {f"cooking-{n}": {"title": f"Recipe {n}", "summary": "Food.", "body": "Cooking with food."}
             for n in range(4)}
    index = SearchIndex(open_in_memory(search_store(extra)))
    backend = index._backend
    wanted = query.plan("cooking wheelchair ", backend.vocabulary, backend.synonyms)

    def required(compiled: wq.Query | None) -> set[str]:
        while isinstance(compiled, wq.AndMaybe):  # the words that only add to the score are on the right
            compiled = compiled.a
        assert compiled is not None
        return {text for _, text in compiled.iter_all_terms()}

    assert required(query.all_of(wanted, query.TermPresence(backend._searcher.reader()))) == {"cook", "wheelchair"}

    monkeypatch.setattr(query, "BIG_LIBRARY_PAGES", 1)  # pretend the made-up guide is a big library
    monkeypatch.setattr(query, "COMMON_SHARE", 0.1)
    # "cooking" is in the body of more than a tenth of the pages: only "wheelchair" is required.
    assert required(query.all_of(wanted, query.TermPresence(backend._searcher.reader()))) == {"wheelchair"}
    assert ids(index.search("cooking wheelchair "))[:1] == ["ginger-body"]  # a small guide: "Cooking" title first
    backend.field_terms = query.TermPresence(backend._searcher.reader())
    assert ids(index.search("cooking wheelchair "))[:1] == ["long-page"]  # a big library: the rare word first
    # When every word is that common, only titles, headings, keywords and summaries are searched.
    everyday = query.all_of(query.plan("cooking ", backend.vocabulary, backend.synonyms),
                            query.TermPresence(backend._searcher.reader()))
    assert everyday is not None and {f for f, _ in everyday.iter_all_terms()} <= set(query.SHORT_FIELDS)


def test_one_search_builds_each_concepts_query_once(search_index: SearchIndex, monkeypatch) -> None:
    """Which words are unanswered, all of the words, and some of them all start from the same concept queries:
    building them (every synonym, completion and correction looked up) happens once per keystroke, not thrice."""
    from kiosk.search import query

    built: list[object] = []
    build = query._concept_query
    monkeypatch.setattr(query, "_concept_query", lambda concept, has, *rest: built.append(concept) or
                        build(concept, has, *rest))
    results = search_index.search("ginger cooking wheelchair ")
    wanted = query.plan(query.clean("ginger cooking wheelchair "), search_index._backend.vocabulary,
                        search_index._backend.synonyms)
    assert results.hits and len(built) == len(wanted.concepts) == 3
