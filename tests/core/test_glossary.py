"""Medical words: read from the Words explained page and found in text however they are written."""

from __future__ import annotations

from kiosk import resources
from kiosk.content.glossary import Entry, Glossary, parse_entries
from kiosk.content.sources import load_store


def test_entries_come_from_the_glossary_page_headings_with_local_details_filled() -> None:
    body = "Intro.\n\n## Acute oncology team\n\nThey answer {{ cancer_line }}.\n\n## Biopsy\n\nA *small* sample.\n"
    assert parse_entries(body) == [Entry("Acute oncology team", "They answer your 24-hour cancer line."),
                                   Entry("Biopsy", "A small sample.")]


def test_words_are_found_once_longest_first_with_plurals_and_hyphens() -> None:
    glossary = Glossary([Entry("Spinal cord", "a"), Entry("Spinal cord compression", "b"), Entry("Side effect", "c"),
                         Entry("Biopsy", "d"), Entry("Taxanes", "e")])
    text = "Spinal cord compression, side-effects, a biopsy, biopsies, BIOPSY and spinal cord; biopsyish."
    found = glossary.find(text)
    assert [(text[w.start:w.end], w.word) for w in found] == [
        ("Spinal cord compression", "Spinal cord compression"), ("side-effects", "Side effect"),
        ("biopsy", "Biopsy"), ("spinal cord", "Spinal cord")]


def test_a_word_already_marked_or_refused_is_looked_for_further_on() -> None:
    glossary = Glossary([Entry("Biopsy", "d")])
    seen: set[str] = set()
    assert glossary.find("biopsy", skip=seen) and not glossary.find("biopsy again", skip=seen)
    found = glossary.find("a biopsy, then biopsy", allowed=lambda start, end: start > 5)
    assert [w.start for w in found] == [15]


def test_the_shipped_glossary_explains_its_words() -> None:
    store = load_store(resources.content_dir())
    glossary = Glossary.from_store(store)
    assert len(glossary) > 80
    assert "Taking a small sample" in glossary.explain("biopsy").explanation
    assert all(e.explanation and "{{" not in e.explanation for e in glossary.entries.values())

