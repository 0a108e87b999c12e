"""The way back: history of screens and the scroll position to return to."""

from kiosk.navigation import History, Location


def test_back_returns_to_previous_screen_with_its_scroll() -> None:
    history = History()
    history.visit(Location.page("treatment"), leaving_scroll=0)
    history.visit(Location.page("chemotherapy"), leaving_scroll=420)
    assert history.back() == (Location.page("treatment"), 420)
    assert history.back() == (Location.home(), 0)
    assert history.back() is None
    assert not history.can_go_back


def test_visiting_the_same_place_twice_adds_one_step() -> None:
    history = History()
    history.visit(Location.search())
    history.visit(Location.search())
    assert len(history) == 2


def test_reset_forgets_everything() -> None:
    history = History()
    history.visit(Location.page("a"))
    history.reset()
    assert history.current == Location.home() and not history.can_go_back


def test_history_is_bounded() -> None:
    history = History()
    for i in range(500):
        history.visit(Location.page(f"p{i}"))
    assert len(history) == History.MAX
