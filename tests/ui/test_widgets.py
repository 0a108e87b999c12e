"""Focused tests of the small widgets: the card button, the card grid and the bar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from kiosk.ui.widgets.card_button import CardButton
from kiosk.ui.widgets.card_grid import CardGrid
from kiosk.ui.widgets.nav_bar import NavBar
from kiosk.ui.widgets.scroll_column import ScrollColumn
from tests.ui.cards import cut_cards


def test_card_button_tap_anywhere_clicks(qtbot) -> None:
    card = CardButton("Bone scan", "A scan of your bones.", icon="scan")
    qtbot.addWidget(card)
    card.resize(500, card.heightForWidth(500))
    card.show()
    with qtbot.waitSignal(card.clicked, timeout=1000):
        # A tap on the summary text, not the button's edge, must still count.
        qtbot.mouseClick(card.summary_label, Qt.MouseButton.LeftButton)


def test_card_button_grows_to_fit_wrapped_text(qtbot) -> None:
    card = CardButton("Title", "word " * 60)
    qtbot.addWidget(card)
    assert card.heightForWidth(300) > card.heightForWidth(900) >= 48


def test_card_grid_columns_follow_width(qtbot) -> None:
    grid = CardGrid(min_column_width=400, max_columns=3)
    qtbot.addWidget(grid)
    grid.set_cards([QWidget() for _ in range(5)])
    assert grid.columns_for(1900) == 3
    assert grid.columns_for(900) == 2
    assert grid.columns_for(500) == 1
    assert grid.columns_for(10) == 1


def _topic_cards(count: int) -> list[CardButton]:
    return [CardButton(f"Topic {i}", "Words that wrap onto a second line where the card is narrow. " * 2,
                       icon="bone") for i in range(count)]


def test_card_grid_is_as_tall_at_a_new_width_as_it_said_it_would_be(qtbot) -> None:
    """Asked about a width that holds fewer columns than it has now, the grid answers for the columns it will have
    there: a grid that answered for its old columns was first laid out too short and its cards cut in half."""
    grid = CardGrid(min_column_width=400, max_columns=2)
    qtbot.addWidget(grid)
    grid.set_cards(_topic_cards(5))
    grid.resize(960, grid.heightForWidth(960))
    grid.show()
    qtbot.waitExposed(grid)
    assert grid.columns() == 2
    told = grid.heightForWidth(700)
    grid.resize(700, told)  # laid out at once, before any posted event
    assert grid.columns() == 1
    bottoms = [card.geometry().bottom() + 1 for card in grid.cards()]
    assert max(bottoms) == told
    assert cut_cards(grid) == []


def test_a_scroll_column_narrowed_to_fewer_columns_never_paints_a_cut_card(qtbot) -> None:
    """Narrowed from two columns to one, the column's first layout (before any further event) has every card whole:
    nothing waits for LayoutRequests to climb the screen one widget a turn."""
    column = ScrollColumn()
    qtbot.addWidget(column)
    column.column_layout.addWidget(QLabel("Or choose a topic"))
    grid = CardGrid(min_column_width=400, max_columns=2)
    column.column_layout.addWidget(grid)
    column.column_layout.addStretch(1)
    grid.set_cards(_topic_cards(9))
    column.resize(1280, 600)
    column.show()
    qtbot.waitExposed(column)
    qtbot.waitUntil(lambda: grid.columns() == 2 and cut_cards(column) == [], timeout=5000)
    column.resize(796, 600)
    QApplication.sendPostedEvents()  # one turn: what a frame painted now would show
    assert grid.columns() == 1
    assert cut_cards(column) == []


def test_nav_bar_signals(qtbot) -> None:
    bar = NavBar()
    qtbot.addWidget(bar)
    bar.show()
    for button, signal in ((bar.home, bar.home_clicked), (bar.back, bar.back_clicked),
                           (bar.search, bar.search_clicked), (bar.urgent, bar.urgent_clicked)):
        with qtbot.waitSignal(signal, timeout=1000):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(bar.large_print_toggled, timeout=1000) as blocker:
        qtbot.mouseClick(bar.large_print, Qt.MouseButton.LeftButton)
    assert blocker.args == [True]


def test_replaced_cards_vanish_at_once(qtbot) -> None:
    grid = CardGrid(min_column_width=200, max_columns=2)
    qtbot.addWidget(grid)
    grid.resize(600, 400)
    grid.show()
    old = [CardButton(f"Old {i}") for i in range(3)]
    grid.set_cards(old)
    qtbot.waitUntil(lambda: all(c.isVisible() for c in old), timeout=2000)
    grid.set_cards([CardButton("New")])
    # Before the event loop runs (when deleteLater would act), nothing of the old cards may still be shown.
    assert [c for c in old if c.isVisible()] == []
