"""Finds cut cards: a card grid or card on screen shorter than its words and icon need, or an icon cut off."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget

from kiosk.ui.widgets.card_button import CardButton
from kiosk.ui.widgets.card_grid import CardGrid


def cut_cards(screen: QWidget) -> list[str]:
    """What is cut on ``screen`` (or in the one grid given), one line each; empty when every card shown is whole.

    Read from the geometry the cards are painted in: a card's height against the height its words need at its
    width (its heightForWidth), its icon inside it at full size, each grid as tall as its cards need.
    """
    cut: list[str] = []
    grids = [screen] if isinstance(screen, CardGrid) else []
    for grid in grids + screen.findChildren(CardGrid):
        if not grid.isVisible():
            continue
        needed = grid.heightForWidth(grid.width())
        if grid.height() < needed:
            cut.append(f"{grid.objectName() or 'a card grid'}: {grid.height()} px tall, its cards need {needed}")
        for card in grid.cards():
            if not isinstance(card, CardButton) or not card.isVisible():
                continue
            name = card.accessibleName()
            needed = card.heightForWidth(card.width())
            if card.height() < needed:
                cut.append(f"card {name!r}: {card.height()} px tall, its words need {needed}")
            if not grid.rect().contains(QRect(card.mapTo(grid, card.rect().topLeft()), card.size())):
                cut.append(f"card {name!r}: reaches outside its grid")
            icon = card.icon_label
            if icon is not None and icon.isVisible() and (
                    not card.rect().contains(icon.geometry())
                    or icon.height() < icon.pixmap().deviceIndependentSize().height()):
                cut.append(f"card {name!r}: its icon at {icon.geometry()} is cut")
            for label in (card.title_label, card.summary_label):
                if label is not None and label.isVisible() and label.height() < label.heightForWidth(label.width()):
                    cut.append(f"card {name!r}: {label.text()[:30]!r} is {label.height()} px tall, needs "
                               f"{label.heightForWidth(label.width())}")
    return cut
