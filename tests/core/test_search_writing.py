"""The index build's quick path (``analysis.PageTerms``, ``writing.PageWriter``, ``vocabulary.WordCounts``) writes the
index the straightforward path writes: each page's text analysed to ``Analysis.indexed`` and given to Whoosh's own
writer, which analyses it again. Compared term by term, posting by posting, over a library of several guides and
languages with postings long enough for several blocks, and with the vocabulary counted the plain way."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from whoosh.fields import ID, TEXT, Schema
from whoosh.index import Index

from kiosk import resources
from kiosk.content.library import combine
from kiosk.content.loader import load_content
from kiosk.content.model import ContentStore
from kiosk.search.analysis import WORD
from kiosk.search.backend import (
    INDEX_NAME,
    VOCABULARY_FILE,
    MemoryStorage,
    page_fields,
    page_language,
    schema,
    searchable_pages,
    write_index,
)
from kiosk.search.query import PAIR_FIELDS, pair_field
from kiosk.search.writing import PageWriter
from tests.conftest import SHIPPED_CONTENT, page_text

POLISH_SAMPLE = resources.more_guides_dir() / "clinic-visit-pl"

# Words that take every turn of the analysis: little words, UK/US spellings, accents, a number with a point, a
# ligature that folding turns into several words (U+FDFA), capitals at a sentence start, and a word on every page.
WORDS = (
    "the", "tumour", "tumor", "Tumours", "colour", "centre", "travelling", "oestrogen", "estrogen", "médico", "Zoë",
    "naïve", "1.5", "HER2", "MRI", "x-ray", "\ufdfa", "chemotherapy", "Chemotherapy", "nurse", "nurses", "nursing",
    "pain", "painful", "bone", "scan", "what", "can", "you", "blood", "test", "results", "waiting", "room", "café",
)


def generated_guide(root: Path, pages: int) -> ContentStore:
    """A guide of ``pages`` pages whose words repeat in varied amounts and orders, every page using "clinic"
    (so its postings fill several of Whoosh's 128-posting blocks)."""
    (root / "pages").mkdir(parents=True)
    (root / "guide.toml").write_text('title = "Generated"\nid = "generated"\nversion = "1"\n', encoding="utf-8")
    for number in range(pages):
        words = [WORDS[(number * 7 + step * step) % len(WORDS)] for step in range(number % 40 + 3)]
        body = f"# About {words[0]}\n\nThe clinic. {' '.join(words)}.\n\n## {' '.join(words[:3])}\n\n- {words[-1]}\n"
        keywords = ", ".join(words[:2])
        text = page_text(f"Page {number} {words[1]}", body=body, keywords=keywords)
        (root / "pages" / f"p{number}.md").write_text(text, encoding="utf-8")
    return load_content(root)


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> ContentStore:
    root = tmp_path_factory.mktemp("library")
    store = combine([load_content(SHIPPED_CONTENT), load_content(POLISH_SAMPLE), generated_guide(root / "gen", 300)])
    assert len({page_language(store, page).language for page in searchable_pages(store)}) == 2
    return store


@pytest.fixture(scope="module")
def quick(library: ContentStore) -> MemoryStorage:
    """The index as ``write_index`` builds it."""
    storage = MemoryStorage()
    write_index(storage, library)
    return storage


def straightforward_index(store: ContentStore) -> Index:
    """The index as Whoosh's own writer makes it from each field's analysed text."""
    index = MemoryStorage().create_index(schema(), indexname=INDEX_NAME)
    writer = index.writer()
    for page in searchable_pages(store):
        analysis = page_language(store, page)
        text = {name: analysis.indexed(value) for name, value in page_fields(page, store.guide.urgent_page).items()}
        writer.add_document(id=page.id, **text, **{pair_field(name): text[name] for name in PAIR_FIELDS})
    writer.commit()
    return index


def contents(index: Index) -> dict:
    """Everything a search can read from an index: each term's statistics and postings (with the statistics of the
    block each posting is in), each page's stored fields and field lengths, and each field's total length."""
    with index.searcher() as searcher:
        reader = searcher.reader()
        pages = range(reader.doc_count_all())
        terms = {}
        for fieldname, text in reader.all_terms():
            info = reader.term_info(fieldname, text)
            postings = []
            matcher = reader.postings(fieldname, text)
            while matcher.is_active():
                postings.append((matcher.id(), matcher.weight(), matcher.value(), matcher.block_max_weight(),
                                 matcher.block_min_length(), matcher.block_max_length()))
                matcher.next()
            terms[fieldname, text] = (info.weight(), info.doc_frequency(), info.min_length(), info.max_length(),
                                      info.max_weight(), postings)
        names = index.schema.names()
        return {
            "terms": terms,
            "stored": [reader.stored_fields(page) for page in pages],
            "lengths": {name: [reader.doc_field_length(page, name) for page in pages] for name in names},
            "totals": {name: reader.field_length(name) for name in names},
        }


def plain_vocabulary(store: ContentStore) -> dict:
    """The vocabulary's counts worked out word by word: pages using each folded word, and each word's usual
    spelling where the pages write it otherwise."""
    pages: Counter[str] = Counter()
    forms: dict[str, Counter[str]] = {}
    for page in searchable_pages(store):
        fold = page_language(store, page).fold
        written = [w for text in page_fields(page, store.guide.urgent_page).values() for w in WORD.findall(text)]
        pages.update({fold(w) for w in written})
        for w in written:
            forms.setdefault(fold(w), Counter())[w] += 1
    spellings = {}
    for word, counts in forms.items():
        best = max(counts.items(), key=lambda item: (item[1] + (item[0].islower() * 0.5), item[0]))[0]
        shown = best.lower() if best[1:].islower() or len(best) == 1 else best
        if shown != word:
            spellings[word] = shown
    return {"words": dict(pages), "spellings": spellings}


def test_the_quick_build_writes_the_index_whooshs_writer_writes(library: ContentStore, quick: MemoryStorage) -> None:
    expected = contents(straightforward_index(library))
    quick = contents(quick.open_index(INDEX_NAME))
    assert quick["stored"] == expected["stored"]
    assert quick["lengths"] == expected["lengths"]
    assert quick["totals"] == expected["totals"]
    assert quick["terms"].keys() == expected["terms"].keys()
    differing = [term for term in expected["terms"] if quick["terms"][term] != expected["terms"][term]]
    assert not differing, differing[:5]
    # What the comparison covered: both languages, a folded ligature, phrases, and postings over several blocks.
    assert ("body", b"clinic") in quick["terms"]
    assert len(quick["terms"]["body", b"clinic"][-1]) > 2 * 128
    assert (pair_field("title"), b"page 1") in quick["terms"]
    assert any(text.decode().isalpha() and not text.isascii() for _, text in quick["terms"])


def test_the_quick_build_saves_the_vocabulary_counted_word_by_word(library: ContentStore, quick: MemoryStorage) -> None:
    saved = json.loads(bytes(quick.open_file(VOCABULARY_FILE).read()).decode("utf-8"))
    expected = plain_vocabulary(library)
    assert saved["words"] == expected["words"]
    assert saved["spellings"] == expected["spellings"]
    assert saved["spellings"]["tumor"] == "tumour"  # the pages' usual spelling, as a "Did you mean" shows it


def test_an_index_of_no_pages_opens_empty() -> None:
    index = MemoryStorage().create_index(schema(), indexname=INDEX_NAME)
    PageWriter(index).commit()
    with index.searcher() as searcher:
        assert searcher.doc_count_all() == 0


def test_a_field_the_quick_writer_cannot_write_is_refused_before_anything_is_written() -> None:
    index = MemoryStorage().create_index(Schema(id=ID(stored=True), notes=TEXT(stored=True)), indexname=INDEX_NAME)
    with pytest.raises(ValueError, match="cannot write the fields"):
        PageWriter(index)
    index.writer().cancel()  # the refused writer let go of the index's lock
