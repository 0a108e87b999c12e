"""Theme switches restyle what is on screen at once and the hidden screens once the switching stops; a person's
quick switches (taps, or spaces typed on a focused toggle) coalesce, counted in restyles, not timed."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kiosk.ui.snapshot import settle


def switched(qtbot, themes) -> None:
    """Wait for the switching to stop (the event, not a time): the waiting switch and hidden parts are done."""
    qtbot.waitUntil(lambda: not themes.switching, timeout=10_000)


def test_ten_quick_taps_cost_at_most_two_restyles_and_end_in_the_last_state(qtbot, session):
    window, themes = session.window, session.themes
    card = window.home.topic_buttons["symptoms"]
    normal = card.title_label.fontInfo().pixelSize()
    switched(qtbot, themes)
    before = themes.restyles
    for _ in range(10):  # on, off, ..., off: quicker than any restyle on a slow PC, so they queue up like this
        qtbot.mouseClick(window.nav_bar.large_print, Qt.MouseButton.LeftButton)
    assert themes.restyles - before == 1  # the first tap shows at once
    switched(qtbot, themes)
    assert themes.restyles - before <= 2
    assert not themes.large and not window.nav_bar.large_print.isChecked()
    assert card.title_label.fontInfo().pixelSize() == normal
    before = themes.restyles
    for _ in range(9):  # ends on
        qtbot.mouseClick(window.nav_bar.large_print, Qt.MouseButton.LeftButton)
    switched(qtbot, themes)
    assert themes.restyles - before <= 2
    assert themes.large and window.nav_bar.large_print.isChecked()
    assert card.title_label.fontInfo().pixelSize() >= 1.5 * normal


def test_a_sentence_typed_on_a_focused_toggle_costs_at_most_two_restyles(qtbot, session):
    window, themes = session.window, session.themes
    button = window.nav_bar.high_contrast
    switched(qtbot, themes)
    button.setFocus()
    settle()
    pressed: list[bool] = []
    window.nav_bar.high_contrast_toggled.connect(pressed.append)
    before = themes.restyles
    qtbot.keyClicks(button, "my husband hits me and i do not know who to tell ")  # a nurse typing, focus elsewhere
    assert len(pressed) >= 10  # each space really pressed the toggle
    switched(qtbot, themes)
    assert themes.restyles - before <= 2
    assert themes.high_contrast == pressed[-1] == button.isChecked()


def test_ctrl_plus_held_down_costs_at_most_two_restyles(qtbot, session):
    themes = session.themes
    switched(qtbot, themes)
    before = themes.restyles
    for _ in range(12):
        session.controller.bigger()
    switched(qtbot, themes)
    assert themes.restyles - before <= 2
    assert themes.theme.scale == 2.0
    session.controller.normal_size()
    assert not themes.large


def test_the_idle_reset_undoes_a_waiting_switch_at_once(qtbot, session):
    themes = session.themes
    switched(qtbot, themes)
    for _ in range(3):  # on, off, on: the last two wait for the tapping to stop
        qtbot.mouseClick(session.window.nav_bar.high_contrast, Qt.MouseButton.LeftButton)
    session.controller.reset()
    assert not themes.high_contrast and not session.window.nav_bar.high_contrast.isChecked()
    switched(qtbot, themes)
    assert not themes.high_contrast and not themes.large
    # Showing standard colours with a tap to High contrast waiting: the reset keeps the colours, and the toggle
    # must not go on saying High contrast.
    qtbot.mouseClick(session.window.nav_bar.high_contrast, Qt.MouseButton.LeftButton)
    switched(qtbot, themes)
    for _ in range(2):  # off at once, then on, waiting
        qtbot.mouseClick(session.window.nav_bar.high_contrast, Qt.MouseButton.LeftButton)
    assert not themes.high_contrast and themes.wanted.high_contrast
    session.controller.reset()
    assert not themes.high_contrast and not session.window.nav_bar.high_contrast.isChecked()
    switched(qtbot, themes)
    assert not themes.high_contrast


def test_rapid_large_print_taps_restyle_a_hidden_screen_once_and_it_shows_in_the_last_size(qtbot, session):
    window, themes = session.window, session.themes
    session.controller.open_page("treatment")
    settle()
    switched(qtbot, themes)  # the start's own hidden restyles are done
    styled: list[str] = []
    style = themes._style
    themes._style = lambda part: (styled.append(part.objectName()), style(part))
    card = window.home.topic_buttons["symptoms"]
    normal = card.title_label.fontInfo().pixelSize()
    try:
        for _ in range(5):  # on, off, on, off, on
            qtbot.mouseClick(window.nav_bar.large_print, Qt.MouseButton.LeftButton)
        assert themes.large and window.home.objectName() not in styled
        switched(qtbot, themes)
        assert styled.count(window.home.objectName()) == 1
        session.controller.go_home()
        settle()
        assert card.title_label.fontInfo().pixelSize() >= 1.5 * normal  # the last switch's size, not an earlier
    finally:
        themes._style = style
