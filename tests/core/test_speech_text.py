"""A page as read aloud: headings, paragraphs and list items in order, numbers as digits, no Markdown marks."""

from __future__ import annotations

from kiosk import resources
from kiosk.content.sources import load_store
from kiosk.speech import Part, digits, page_utterances, speakable

BODY = """\
Some words with **bold**, _stress_ and a [link](other-page).

## When to call

- Call {{ acute_oncology_line }} if your temperature is 37.5 °C or higher.
- Call 999 if you have chest pain,
  or trouble breathing.

| Drug | How given |
| --- | --- |
| Capecitabine | Tablets |

---
Ring NHS 111 / see £999 and 1,999 people.
"""


def test_a_page_is_heard_in_order_without_markdown_marks() -> None:
    said = page_utterances("Chemotherapy", BODY, {"acute_oncology_line": "0161 496 0999"})
    assert [u.part for u in said] == [Part.HEADING, Part.PARAGRAPH, Part.HEADING, Part.ITEM, Part.ITEM,
                                      Part.PARAGRAPH, Part.PARAGRAPH, Part.PARAGRAPH]
    assert said[0].spoken == "Chemotherapy."
    assert said[1].spoken == "Some words with bold, stress and a link."
    assert said[2].spoken == "When to call."  # a heading ends in a pause
    assert said[3].spoken == "Call 0 1 6 1, 4 9 6, 0 9 9 9 if your temperature is 37.5 degrees or higher."
    assert said[4].spoken == "Call 9 9 9 if you have chest pain, or trouble breathing."  # the item's 2nd line too
    assert said[5].spoken == "Drug, How given"
    assert said[6].spoken == "Capecitabine, Tablets"
    assert said[7].spoken == "Ring NHS 1 1 1 or see £999 and 1,999 people."
    # What is shown keeps the page's own digits: it is matched against the text on screen.
    assert said[3].shown.startswith("Call 0161 496 0999 if")
    for utterance in said:
        assert not set(utterance.spoken) & set("*_#|[]{}<>`\\"), utterance


def test_unset_local_details_are_read_as_their_plain_fallback() -> None:
    said = page_utterances("Help", "Call {{ cancer_line }} now, {{ cancer_line_when }}.", {})
    assert said[1].spoken == "Call your 24-hour cancer line now, day or night."


def test_numbers_said_as_digits() -> None:
    assert digits("0161 496 0999") == "0 1 6 1, 4 9 6, 0 9 9 9"
    assert speakable("0800 123 4567.") == "0 8 0 0, 1 2 3, 4 5 6 7."
    assert speakable("Call 999.") == "Call 9 9 9."
    assert speakable("Ring +44 161 496 0999") == "Ring plus 4 4, 1 6 1, 4 9 6, 0 9 9 9"
    # Not phone numbers: money, counts and decimals stay as they are.
    assert speakable("£999, 1,999 and 2.999") == "£999, 1,999 and 2.999"


def test_every_shipped_page_reads_without_symbols_or_placeholders() -> None:
    store = load_store(resources.content_dir())
    for page in store:
        said = page_utterances(page.title, page.body, {"acute_oncology_line": "0161 496 0999"})
        assert len(said) > 1, page.id
        for utterance in said:
            assert "{{" not in utterance.spoken and "}}" not in utterance.spoken, (page.id, utterance)
            assert not set(utterance.spoken) & set("*#|[]<>`\\"), (page.id, utterance)
            assert "999" not in utterance.spoken.replace("£999", ""), (page.id, utterance)



def test_control_characters_never_reach_the_voice() -> None:
    # U+0001 starts an espeak-ng embedded command: "\x01200A" would set the volume to 200.
    said = page_utterances("Pain\x01100S", "Call us\x01200A now.\n\n- rest\x0b\x1b[31m\x9b and\x7f drink\n")
    for utterance in said:
        assert not any(ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F for ch in utterance.spoken), utterance
    assert [u.spoken for u in said][:2] == ["Pain 100S.", "Call us 200A now."]
