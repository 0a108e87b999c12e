"""Focused tests of the small widgets: the card button, the card grid and the bar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from kiosk.ui.widgets.card_button import CardButton
from kiosk.ui.widgets.card_grid import CardGrid
from kiosk.ui.widgets.nav_bar import NavBar


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
