"""Theme switches restyle what is on screen at once and the hidden screens once the switching stops; a person's
quick switches (taps, or spaces typed on a focused toggle) coalesce, counted in restyles, not timed."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from kiosk import resources
from kiosk.ui.snapshot import settle
from kiosk.ui.snapshot import shots as every_shot
from kiosk.ui.theme import HIDDEN_WIDGETS_PER_TURN


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


class StyleChanges(QObject):
    """Counts the StyleChange events (one per restyle of a widget) each widget under ``part`` receives, and in which
    turn of the hidden parts' restyle (the turn number goes up after each turn of the theme's timer)."""

    def __init__(self, part, themes) -> None:
        super().__init__()
        self.part, self.turn = part, 0
        self.after_first_share = None  # called at the end of the first turn that restyled some of ``part``
        self.counts: Counter = Counter()
        self.per_turn: Counter = Counter()
        themes._later.timeout.connect(self._next_turn)  # after the theme's own slot: it ends the turn
        QApplication.instance().installEventFilter(self)

    def _next_turn(self) -> None:
        self.turn += 1
        if self.counts and self.after_first_share is not None:
            call, self.after_first_share = self.after_first_share, None
            call()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.StyleChange and isinstance(watched, QWidget) and (
                watched is self.part or self.part.isAncestorOf(watched)):
            self.counts[id(watched)] += 1
            self.per_turn[self.turn] += 1
        return False

    def stop(self) -> None:
        QApplication.instance().removeEventFilter(self)


def test_rapid_large_print_taps_restyle_a_hidden_screen_once_and_it_shows_in_the_last_size(qtbot, session):
    window, themes = session.window, session.themes
    session.controller.open_page("treatment")
    settle()
    switched(qtbot, themes)  # the start's own hidden restyles are done
    card = window.home.topic_buttons["symptoms"]
    normal = card.title_label.fontInfo().pixelSize()
    changes = StyleChanges(window.home, themes)
    try:
        for _ in range(5):  # on, off, on, off, on
            qtbot.mouseClick(window.nav_bar.large_print, Qt.MouseButton.LeftButton)
        assert themes.large and not changes.counts  # Home is hidden: nothing of it restyled yet
        switched(qtbot, themes)
        # Each widget of Home once, Home first, a share of them a turn, so no turn keeps a tap waiting for it all.
        assert changes.counts[id(window.home)] == 1 and set(changes.counts.values()) == {1}
        assert len(changes.counts) > HIDDEN_WIDGETS_PER_TURN
        assert max(changes.per_turn.values()) <= HIDDEN_WIDGETS_PER_TURN
        session.controller.go_home()
        settle()
        assert card.title_label.fontInfo().pixelSize() >= 1.5 * normal  # the last switch's size, not an earlier
    finally:
        changes.stop()


def test_a_hidden_screen_shown_before_its_restyle_is_done_shows_in_the_new_theme(qtbot, session):
    """Home shown while its share-a-turn restyle is under way: restyled whole as it is shown, then never again."""
    window, themes = session.window, session.themes
    session.controller.open_page("treatment")
    settle()
    switched(qtbot, themes)
    card = window.home.topic_buttons["symptoms"]
    normal = card.title_label.fontInfo().pixelSize()
    changes = StyleChanges(window.home, themes)
    try:
        shown_when: list[int] = []

        def go_home() -> None:
            shown_when.append(len(changes.counts))
            session.controller.go_home()

        changes.after_first_share = go_home
        themes.set_large(True)
        qtbot.waitUntil(lambda: bool(shown_when), timeout=10_000)
        settle()
        assert 0 < shown_when[0] <= HIDDEN_WIDGETS_PER_TURN  # shown with only its first share restyled
        assert card.title_label.fontInfo().pixelSize() >= 1.5 * normal
        assert themes.styled_in(window.home) == themes.theme
        restyled = dict(changes.counts)
        switched(qtbot, themes)
        assert changes.counts == restyled  # nothing of Home restyled again once it was shown
    finally:
        changes.stop()


def test_what_is_painted_after_switches_on_a_long_page_and_on_the_screens_shown_later(qtbot, session):
    """A switch puts a page's text aside while the screen is restyled and renders it once in the new theme: the
    pixels must show the page's words, readable, where the reader was, and every screen shown afterwards must be
    painted in the new theme too."""
    from tests.ui.pixels import ink_contrast, read_controls

    window, themes, page = session.window, session.themes, session.window.page
    session.controller.open_page("words-explained")
    settle()
    switched(qtbot, themes)
    page.set_scroll_position(2000)
    settle()
    height = page.text.height()
    card = window.home.topic_buttons["symptoms"]
    normal_title = card.title_label.fontInfo().pixelSize()
    for button in (window.nav_bar.large_print, window.nav_bar.high_contrast):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        switched(qtbot, themes)
    assert themes.large and themes.high_contrast
    settle()
    assert page.scroll_position() == 2000  # the reader's place is kept
    assert page.text.height() > 1.3 * height  # the words were laid out again, in large print
    image = window.grab().toImage()
    seen = page.text.visibleRegion().boundingRect()
    top_left = page.text.mapTo(window, seen.topLeft())
    text_area = seen.translated(top_left - seen.topLeft())
    # Light words on black, not a blank (text left aside) nor the old dark-on-light colours.
    assert ink_contrast(image, text_area) >= 7.0
    assert image.pixelColor(text_area.topLeft() + QPoint(2, 2)).lightness() < 40
    unreadable = [r for r in read_controls(window, image) if r.has_text and r.ratio < 7.0]
    assert unreadable == []
    for show in (session.controller.go_home, session.controller.open_search):
        show()
        settle()
        image = window.grab().toImage()
        unreadable = [r for r in read_controls(window, image) if r.has_text and r.ratio < 7.0]
        assert unreadable == [], show.__name__
    session.controller.go_home()
    settle()
    assert card.title_label.fontInfo().pixelSize() >= 1.5 * normal_title
    themes.set_normal()


def test_one_stylesheet_holds_every_theme_each_rule_scoped_to_the_window_property(qtbot):
    """A switch changes the window's property and re-polishes: the rules of the theme named apply, each widget
    styled once (not the twice Qt's own re-polish after a new stylesheet costs)."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    from kiosk.ui.theme import THEME_PROPERTY, Theme, repolish, scoped_stylesheet

    normal, large = Theme("normal", 1.0), Theme("large", 1.6, high_contrast=True)
    sheet = scoped_stylesheet("kiosk", [normal, large])
    selectors = [s.strip() for rule in sheet.splitlines() for s in rule.split("{")[0].split(",")]
    scopes = [f'#kiosk[{THEME_PROPERTY}="{theme.name}"] ' for theme in (normal, large)]
    assert selectors and all(any(s.startswith(scope) for scope in scopes) for s in selectors)
    assert sum(s.startswith(scopes[0]) for s in selectors) == sum(s.startswith(scopes[1]) for s in selectors)

    window = QWidget()
    window.setObjectName("kiosk")
    qtbot.addWidget(window)
    part = QWidget(window)
    title = QLabel("Large print", part)
    title.setObjectName("screenTitle")
    QVBoxLayout(window).addWidget(part)
    window.setProperty(THEME_PROPERTY, normal.name)
    window.setStyleSheet(sheet)
    window.show()
    settle()
    assert title.font().pixelSize() == normal.px("h1")
    assert title.palette().windowText().color().name() == normal.colours["primary"]
    assert window.font().pixelSize() != normal.px("h1")  # the window itself matches no rule

    styled: list[QObject] = []

    class Count(QObject):
        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.StyleChange:
                styled.append(watched)
            return False

    counter = Count()
    for widget in (part, title):
        widget.installEventFilter(counter)
    window.setProperty(THEME_PROPERTY, large.name)
    repolish(part)
    assert title.font().pixelSize() == large.px("h1")
    assert title.palette().windowText().color().name() == large.colours["primary"]
    assert styled.count(title) == 1 and styled.count(part) == 1


def keys_of(session) -> list[tuple[str, int, int, int]]:
    """Each on-screen key's label, height, width and font size (the keyboard up over search results)."""
    shown = {shot.name: shot.prepare for shot in every_shot(session)}
    shown["keyboard"]()
    settle()
    keyboard = session.window.built_part("keyboard")
    assert keyboard is not None and keyboard.isVisible()
    return [(key.text(), key.height(), key.width(), key.fontInfo().pixelSize()) for key in keyboard.keys.values()]


def test_on_a_tall_screen_a_large_print_switch_restyles_each_key_once_to_the_size_of_a_kiosk_started_in_it(
        qtbot, tmp_path):
    """At 1920x1080 the keys grow with the text (on a shorter screen they keep one size): the new size comes with
    the window's own restyle, each key restyled once, not by a new stylesheet after it (every key twice more)."""
    from tests.ui.conftest import make_session

    tall = (1920, 1080)
    fresh = make_session(qtbot, resources.content_dir(), size=tall, cache_dir=tmp_path / "fresh")
    assert fresh.search.wait(timeout=120), fresh.search.error
    fresh.themes.set_large(True)
    switched(qtbot, fresh.themes)
    large_keys = keys_of(fresh)
    fresh.shutdown()

    session = make_session(qtbot, resources.content_dir(), size=tall, cache_dir=tmp_path / "switched")
    assert session.search.wait(timeout=120), session.search.error
    normal_keys = keys_of(session)
    assert all(large[1] > normal[1] and large[3] > normal[3] for large, normal in zip(large_keys, normal_keys,
                                                                                       strict=True))
    themes = session.themes
    switched(qtbot, themes)
    keyboard = session.window.built_part("keyboard")
    restyled = Counter()

    class Count(QObject):
        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.StyleChange:
                restyled[watched] += 1
            return False

    counter = Count()
    for key in keyboard.keys.values():
        key.installEventFilter(counter)
    qtbot.mouseClick(session.window.nav_bar.large_print, Qt.MouseButton.LeftButton)
    switched(qtbot, themes)
    settle()
    assert themes.large
    assert sorted(restyled.values()) == [1] * len(keyboard.keys)
    assert [(key.text(), key.height(), key.width(), key.fontInfo().pixelSize())
            for key in keyboard.keys.values()] == large_keys
    restyled.clear()
    qtbot.mouseClick(session.window.nav_bar.large_print, Qt.MouseButton.LeftButton)
    switched(qtbot, themes)
    settle()
    assert not themes.large and sorted(restyled.values()) == [1] * len(keyboard.keys)
    assert [(key.text(), key.height(), key.width(), key.fontInfo().pixelSize())
            for key in keyboard.keys.values()] == normal_keys
