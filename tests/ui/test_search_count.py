"""The count the search screen shows is true: "10 pages found" only when ten pages match (usability test F11)."""

from __future__ import annotations

import pytest

from kiosk.ui.snapshot import settle


@pytest.mark.parametrize("query", ["chemo", "wig"])
def test_the_count_on_screen_is_the_number_of_pages_that_match(session, qtbot, query) -> None:
    window, controller = session.window, session.controller
    matching = len(session.search.search(query, limit=1000).hits)
    session.keyboard_policy.physical_keyboard_seen = True  # a nurse's laptop: no on-screen keys, the count shows
    controller.open_search()
    with qtbot.waitSignal(controller.searched, timeout=10_000, check_params_cb=lambda text: text == query):
        window.search.set_query(query)
    settle()
    cards = window.search.result_cards()
    said = window.search.status.text()
    assert window.search.status.isVisible()
    if matching > 10:
        assert len(cards) == 10
        assert said.startswith(f"More than 10 pages match “{query}”. Here are the 10 that match best."), said
    else:
        assert len(cards) == matching
        assert said.startswith(f"{matching} pages found" if matching != 1 else "1 page found"), said
    assert "Tap" not in said  # the same words serve a mouse on a nurse's laptop


def test_a_misspelling_is_answered_for_the_words_searched_with_no_button_offering_them_again(session, qtbot) -> None:
    """F11: "chemoterapy" lists the chemotherapy pages; the count names the words they were found for, and no
    "Did you mean 'chemotherapy'?" button offers the search already shown."""
    window, controller = session.window, session.controller
    assert session.search.search("chemoterapy").did_you_mean == "chemotherapy"
    session.keyboard_policy.physical_keyboard_seen = True
    controller.open_search()
    with qtbot.waitSignal(controller.searched, timeout=10_000, check_params_cb=lambda text: text == "chemoterapy"):
        window.search.set_query("chemoterapy")
    settle()
    assert window.search.result_cards()[0].objectName() == "result-chemotherapy"
    assert "“chemotherapy”" in window.search.status.text() and window.search.status.isVisible()
    assert not window.search.did_you_mean.isVisible()
