"""Rendering pages for QTextBrowser: links, images, local details and plain text for search."""

from __future__ import annotations

from kiosk.content.loader import load_content
from kiosk.content.render import LOCAL_FIELDS, PageRenderer, fill_local_details, page_id_from_href, plain_text


def test_internal_links_point_at_pages_and_websites_stay_addresses(content) -> None:
    content("target", title="Target")
    root = content("source", title="Source", body="Read [this](target) or [Macmillan](https://www.macmillan.org.uk).")
    store = load_content(root)
    html = PageRenderer(store).render(store.get("source"))
    assert '<a href="page:target">this</a>' in html
    assert '<a href="https://www.macmillan.org.uk">Macmillan</a>' in html
    assert page_id_from_href("page:target") == "target"
    assert page_id_from_href("https://example.org") is None


def test_a_link_to_a_missing_page_shows_its_words_without_a_dead_link(content) -> None:
    root = content("source", title="Source", body="See [the gone page](gone).")
    store = load_content(root)
    html = PageRenderer(store).render(store.get("source"))
    assert "the gone page" in html and "gone\"" not in html and "<a" not in html


def test_missing_image_becomes_a_note_and_existing_image_a_file_url(content) -> None:
    root = content("pics", title="Pics", body="![A bone scan](scan.png)\n\n![Missing one](gone.png)")
    (root / "images" / "scan.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    store = load_content(root)
    html = PageRenderer(store).render(store.get("pics"))
    assert f'src="{(root / "images" / "scan.png").resolve().as_uri()}"' in html
    assert "[Picture not available: Missing one]" in html


def test_images_outside_the_content_folder_are_not_shown(content, tmp_path) -> None:
    (tmp_path / "secret.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    root = content("sneaky", title="Sneaky", body="![x](../../secret.png)")
    store = load_content(root)
    assert "Picture not available" in PageRenderer(store).render(store.get("sneaky"))


def test_local_details_fill_in_and_fall_back_to_a_clear_sentence() -> None:
    text = "Call {{ acute_oncology_line }} at {{clinic_name}}."
    assert fill_local_details(text, {"acute_oncology_line": "0161 496 0999", "clinic_name": "Riverside"}) == (
        "Call 0161 496 0999 at Riverside."
    )
    filled = fill_local_details(text, {})
    assert LOCAL_FIELDS["acute_oncology_line"] in filled and "{{" not in filled


def test_local_details_cannot_inject_markup(content) -> None:
    root = content("local", title="Local", body="Welcome to {{ clinic_name }}.")
    store = load_content(root)
    html = PageRenderer(store, {"clinic_name": "St <b>Mary</b> & *Co* [x](y)"}).render(store.get("local"))
    assert "&lt;b&gt;Mary&lt;/b&gt; &amp; *Co* [x](y)" in html


def test_plain_text_drops_markdown() -> None:
    text = plain_text("## Heading\n\nSome **bold** and [a link](page-id).\n\n- item one\n")
    assert text.splitlines() == ["Heading", "", "Some bold and a link.", "", "item one"]


def test_every_shipped_page_renders() -> None:
    from kiosk import resources

    store = load_content(resources.content_dir())
    renderer = PageRenderer(store)
    for page in store:
        html = renderer.render(page)
        assert html.strip(), page.id
        assert "{{" not in html, page.id


def test_screen_only_paragraphs_are_marked_for_the_printout(content) -> None:
    body = "Read on.\n\nTap a test **below** to read more. {.screen-only}\n\nNot {.screen-only} here."
    root = content("p", body=body)
    store = load_content(root)
    rendered = PageRenderer(store).render(store.get("p"))
    assert '<p class="screen-only">Tap a test <strong>below</strong> to read more.</p>' in rendered
    assert "{.screen-only}" not in rendered.replace("Not {.screen-only} here", "")
    assert "<p>Read on.</p>" in rendered
    assert "Not {.screen-only} here." in rendered  # only a mark at the end of a paragraph counts
    assert "screen-only" not in plain_text("Tap a test below. {.screen-only}")


def test_the_cancer_line_is_called_24_hour_only_when_its_hours_say_so() -> None:
    sentence = "Call {{ cancer_line }} now, {{ cancer_line_when }}."
    assert fill_local_details(sentence, {}) == "Call your 24-hour cancer line now, day or night."
    for hours in ("24 hours a day, 7 days a week", "24/7", "24-hour", "Day and night"):
        assert "24-hour" in fill_local_details(sentence, {"acute_oncology_hours": hours}), hours
    for hours in ("Monday to Friday, 9am to 5pm", "8am to 8pm, 7 days a week", "Weekdays 9 to 5"):
        filled = fill_local_details(sentence, {"acute_oncology_hours": hours})
        assert filled == "Call your cancer line now, or go to A&E when it is closed.", hours


def test_temperature_advice_defaults_to_both_limits_and_a_clinic_can_set_its_own() -> None:
    assert fill_local_details("{{ temperature_advice }}", {}) == (
        "Too high is 37.5 °C or higher. Too low is below 36 °C. "
        "Use your team's numbers if they gave you different ones.")
    own = "Too high is 38 °C or higher. Too low is below 36 °C."
    assert fill_local_details("{{ temperature_advice }}", {"temperature_advice": own}) == own


def test_with_no_cancer_line_set_the_sentence_still_gives_somewhere_to_go() -> None:
    filled = fill_local_details("Call {{ acute_oncology_line }}.", {})
    assert filled == "Call the number on your alert card. If you have no card, go to A&E or call NHS 111."


def test_the_converter_is_made_without_looking_extensions_up_among_installed_packages(content, monkeypatch) -> None:
    # Looking "tables" and "sane_lists" up by name reads every installed package's entry points: about 70 ms on the
    # GUI thread as the first page opened. The extensions are given as objects, and still work.
    import markdown.util

    looked_up: list[bool] = []
    monkeypatch.setattr(markdown.util, "get_installed_extensions", lambda: looked_up.append(True) or [])
    root = content("lists", title="Lists", body="| a | b |\n| - | - |\n| 1 | 2 |\n\n3. three\n4. four\n")
    store = load_content(root)
    renderer = PageRenderer(store)
    renderer.warm_up()
    html = renderer.render(store.get("lists"))
    assert looked_up == []
    assert "<table>" in html and "<td>1</td>" in html
    assert '<ol start="3">' in html  # sane_lists: a list keeps the number it starts at
