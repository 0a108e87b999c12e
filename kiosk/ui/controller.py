"""Decides what happens when a person taps, types or waits: the one place the screens are wired together."""

from __future__ import annotations

import html
import logging
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QApplication

from kiosk.content.model import ContentStore
from kiosk.navigation import History, Location, Screen
from kiosk.ui.screens.main_window import MainWindow
from kiosk.ui.services.background import BackgroundWork
from kiosk.ui.services.kiosk_mode import KeyboardPolicy
from kiosk.ui.services.search_provider import SearchProvider
from kiosk.ui.theme import Theme, ThemeManager

if TYPE_CHECKING:
    from kiosk.search.results import SearchResults
    from kiosk.ui.panels.language_panel import LanguagePanel, StaffCard
    from kiosk.ui.screens.page_view import PageView
    from kiosk.ui.screens.search_view import SearchView

log = logging.getLogger(__name__)

# When a search finds nothing and the keyboard hides the message, the keyboard steps aside after this pause (not at
# once: a person still typing a word must not lose the keys under their finger).
NOTHING_FOUND_PAUSE_MS = 1500
# Results listed for a search: the best ones, with a plain word when more pages match.
RESULTS_SHOWN = 10


class AppController(QObject):
    page_opened = Signal(str)
    searched = Signal(str)  # emitted after results are shown (tests wait on it)
    reset_done = Signal()
    language_requested = Signal(str)  # a person chose another language (the session is rebuilt in it)

    def __init__(self, window: MainWindow, store: ContentStore, themes: ThemeManager,
                 search: SearchProvider, keyboard_policy: KeyboardPolicy | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.store = store
        self.themes = themes
        self.search = search
        self.keyboard_policy = keyboard_policy or KeyboardPolicy(touch_screen=False)
        self.keyboard_put_away = False
        self.history = History()
        self._left_from: dict[Location, str] = {}  # a screen's focused card as a keyboard left it (see go_back)

        bar = window.nav_bar
        bar.home_clicked.connect(self.go_home)
        bar.back_clicked.connect(self.go_back)
        bar.search_clicked.connect(self.open_search)
        # A person's taps: quick ones coalesce (ThemeManager.ask_large), so a slow PC never queues restyles.
        bar.large_print_toggled.connect(self.themes.ask_large)
        bar.high_contrast_toggled.connect(self.themes.ask_high_contrast)
        bar.urgent_clicked.connect(self.open_urgent)
        bar.print_clicked.connect(self.print_page)
        bar.language_clicked.connect(self.open_languages)
        window.home.languages_requested.connect(self.open_languages)
        self.languages: tuple[str, ...] = ("en",)
        self.language = "en"
        self._language_panel: LanguagePanel | None = None
        self._staff_card: StaffCard | None = None
        self.printing_allowed = False  # the session allows it in windowed mode only
        self._print_dialog = None  # the QPrintDialog while one is open
        self._urgent_routing = None  # reads searches for red flags while the index is not open (_names_a_sign)
        self.clear_whole_clipboard = True  # a kiosk's clipboard holds nothing but the last person's words
        window.home.page_requested.connect(self.open_page)
        # The reader, search and keyboard may be built after the first paint: each is wired as it is built.
        window.when_built("page", self._wire_page)
        window.when_built("search", self._wire_search)
        window.when_built("word_panel", lambda panel: panel.urgent_requested.connect(self.open_urgent))
        window.when_built("keyboard", lambda keyboard: keyboard.search_pressed.connect(self._keyboard_search))
        search.ready.connect(self._search_ready)
        self._nothing_found = QTimer(self)
        self._nothing_found.setSingleShot(True)
        self._nothing_found.setInterval(NOTHING_FOUND_PAUSE_MS)
        self._nothing_found.timeout.connect(self._show_nothing_found)
        search.answered.connect(self._show_answer)
        search.failed.connect(self._search_failed)
        themes.changing.connect(self._theme_changing)
        themes.changed.connect(self._theme_changed)
        # Each page's take-home QR code is encoded as the page opens, on a worker thread, so Take home shows it
        # at once.
        self._ahead = BackgroundWork("qr-ahead", self)
        self.page_opened.connect(self._prepare_take_home)
        window.apply_theme(themes.theme)
        self._show(Location.home())

    def _wire_page(self, page: PageView) -> None:
        page.page_requested.connect(self.open_page)
        page.external_link.connect(self.show_address)
        page.word_tapped.connect(self.explain_word)
        page.listen_bar.take_home_clicked.connect(self.take_home)

    def _wire_search(self, view: SearchView) -> None:
        view.page_requested.connect(self.open_page)
        view.query_changed.connect(self.run_search)
        view.box_tapped.connect(self._bring_keyboard_back)
        view.urgent_requested.connect(self.open_urgent)

    # Languages ----------------------------------------------------------------------------------------------
    def set_languages(self, offered: tuple[str, ...], current: str) -> None:
        """The languages the clinic offers and the one on screen: the bar and Home show the language button."""
        from kiosk.languages import LANGUAGES

        self.languages, self.language = offered, current
        self.window.nav_bar.set_language(LANGUAGES[current].native, offered=len(offered) > 1)
        self.window.home.set_languages([LANGUAGES[code].native for code in offered])

    def open_languages(self) -> None:
        from kiosk.ui.panels.language_panel import LanguagePanel

        if self._language_panel is None:
            self._language_panel = LanguagePanel(self.window, self.languages, self.language)
            self._language_panel.language_chosen.connect(self._choose_language)
            self._language_panel.card_requested.connect(self.show_staff_card)
            self.window.part_built.emit(self._language_panel)  # styled by the theme, as a panel built later
        self._language_panel.open()

    def _choose_language(self, code: str) -> None:
        if code != self.language:
            self.language_requested.emit(code)

    def show_staff_card(self) -> None:
        """The card for the language on screen; on an English screen, the card in every language offered."""
        from kiosk.ui.panels.language_panel import StaffCard
        from kiosk.ui.services.translation import translate_in

        self.window.close_overlays(quietly=True)
        if self._staff_card is None:
            self._staff_card = StaffCard(self.window)
            self.window.part_built.emit(self._staff_card)  # styled by the theme, as a panel built later
        codes = [self.language] if self.language != "en" else [c for c in self.languages if c != "en"] or ["en"]
        self._staff_card.show_card(codes, lambda code, context, text: translate_in(code, context, text))

    # Navigation ---------------------------------------------------------------------------------------------
    def open_page(self, page_id: str) -> None:
        page = self.store.get(page_id)
        if page is None:
            log.warning("asked to open a page that does not exist: %s", page_id)
            return
        self._remember_focus()
        self.history.visit(Location.page(page_id), leaving_scroll=self._scroll())
        self._show(self.history.current)

    def go_home(self) -> None:
        self._remember_focus()
        self.history.visit(Location.home(), leaving_scroll=self._scroll())
        self._show(self.history.current)

    def open_search(self) -> None:
        self._remember_focus()
        self.history.visit(Location.search(), leaving_scroll=self._scroll())
        self._show(self.history.current)
        self.window.focus_search_box()

    def open_urgent(self) -> None:
        urgent = self.store.guide.urgent_page
        if urgent not in self.store:
            # Content without an Urgent help page (reported at start-up): the button must still lead somewhere.
            from kiosk.content.loader import builtin_urgent_page

            self.store.pages[urgent] = builtin_urgent_page(self.store.directory, urgent)
        self.open_page(urgent)

    def go_back(self) -> None:
        step = self.history.back()
        if step is not None:
            location, scroll = step
            self._show(location, scroll)
            self._return_focus(location)

    def _remember_focus(self) -> None:
        """On a keyboard (F16), the card or result a person is leaving from, so Back returns the focus to it."""
        focused = QApplication.focusWidget()
        screen = self.window.current_screen()
        if (self.keyboard_policy.physical_keyboard_seen and isinstance(focused, QAbstractButton)
                and focused.objectName() and screen.isAncestorOf(focused)):
            self._left_from[self.history.current] = focused.objectName()
        else:
            self._left_from.pop(self.history.current, None)

    def _return_focus(self, location: Location) -> None:
        name = self._left_from.pop(location, None)
        screen = self.window.current_screen()
        found = screen.findChild(QAbstractButton, name) if name else None
        if found is not None and found.isVisible() and found.isEnabled():
            found.setFocus(Qt.FocusReason.TabFocusReason)
            if hasattr(screen, "ensureWidgetVisible"):
                screen.ensureWidgetVisible(found, 0, 40)

    def _scroll(self) -> int:
        screen = self.window.current_screen()
        return screen.scroll_position() if hasattr(screen, "scroll_position") else 0

    def _show(self, location: Location, scroll: int = 0) -> None:
        window = self.window
        # Every way to a screen (the bar, a card, a shortcut) leaves any panel behind: nothing stands between a
        # person and Urgent help, and no panel is left over a screen it no longer belongs to.
        window.close_overlays()
        if location.screen is Screen.PAGE and location.page_id in self.store.guides:
            # In a library a guide opens to its own big-card Home (F14), not to a page listing its topics.
            view = window.guide_home(location.page_id)
            if not view.property("wired"):
                view.setProperty("wired", True)
                view.page_requested.connect(self.open_page)
            window.stack.setCurrentWidget(view)
        elif location.screen is Screen.PAGE and location.page_id:
            page = self.store.get(location.page_id)
            if page is None:
                location = Location.home()
            else:
                window.page.show_page(page)
                window.stack.setCurrentWidget(window.page)
                self.page_opened.emit(page.id)
        if location.screen is Screen.HOME:
            window.stack.setCurrentWidget(window.home)
        elif location.screen is Screen.SEARCH:
            if window.current_screen() is not window.search:
                # Every visit starts with the keyboard up: putting it away after a search lasts for that search only.
                self.keyboard_put_away = False
            window.stack.setCurrentWidget(window.search)
            self.search.start()
        screen = window.current_screen()
        if hasattr(screen, "set_scroll_position"):
            screen.set_scroll_position(scroll)
        window.nav_bar.set_back_enabled(self.history.can_go_back)
        window.nav_bar.set_print_available(self.printing_allowed and self._page_showing())
        self.update_keyboard()
        # The focus goes back to the start of the new screen (the search box, or the window, so the next Tab
        # lands on the bar); left to Qt, it would jump to whatever widget of the new screen came next.
        if location.screen is Screen.SEARCH:
            window.focus_search_box()
        else:
            window.setFocus(Qt.FocusReason.OtherFocusReason)

    def update_keyboard(self) -> None:
        view = self.window.built_part("search")  # never built just to learn it is not showing
        on_search = view is not None and self.window.current_screen() is view
        typed_on_keys = self.keyboard_policy.wanted(on_search)
        shown = typed_on_keys and not self.keyboard_put_away
        self.window.show_keyboard(shown)
        if view is not None:
            # The box and what is above it follow whether this screen is typed on with the on-screen keys, not
            # whether they are up this moment: putting them away (the Search key) and back leaves the box where
            # the finger saw it. Only the results' summaries come and go with the keys.
            short = typed_on_keys and self.window.keyboard_leaves_little_room()
            view.set_compact(typed_on_keys, tight=short, titles_only=short and shown)

    def _keyboard_search(self) -> None:
        """The keyboard's Search key: search now and put the keyboard away so every result can be seen."""
        self.window.search.set_query(self.window.search.query())
        self.keyboard_put_away = True
        self.update_keyboard()

    def _bring_keyboard_back(self) -> None:
        self.keyboard_put_away = False
        self.update_keyboard()

    # Search -------------------------------------------------------------------------------------------------
    def run_search(self, text: str) -> None:
        """Hand the text to the search worker; its answer is shown by ``_show_answer`` if still wanted."""
        view = self.window.search
        self._nothing_found.stop()
        if not text.strip():
            self.search.latest += 1  # an answer still on its way is for text that is no longer there
            view.show_start()
            self.searched.emit(text)
            return
        if not self.search.is_ready:
            # Red-flag routing does not wait for the index (nor fail with it): a sign typed now offers Urgent help.
            urgent = self._names_a_sign(text)
            if self.search.error:
                view.show_unavailable(urgent)
            else:
                view.show_waiting(urgent)
            if urgent and self.window.keyboard_shown():
                self._nothing_found.start()  # the keys step aside if they cover the button, as for "not covered"
            return
        # One more than is shown: then the screen can say truly whether more pages match than it lists.
        self.search.request(text, limit=RESULTS_SHOWN + 1)

    def _names_a_sign(self, text: str) -> bool:
        """Whether ``text`` names a sign that needs help today, read without the search index (see
        ``kiosk.search.backend.UrgentRouting``), for while the index is not open."""
        try:
            if self._urgent_routing is None:
                from kiosk.search.backend import UrgentRouting

                self._urgent_routing = UrgentRouting(self.store)
            return self._urgent_routing.names_a_sign(text)
        except Exception:
            log.exception("could not read the search for signs that need help today")
            return False

    def _show_answer(self, number: int, text: str, results: SearchResults) -> None:
        view = self.window.search
        if number != self.search.latest or text != view.query():
            return  # a newer keystroke's search is on its way: never show results for text no longer typed
        shown = results.hits[:RESULTS_SHOWN]
        view.show_results(text, [(h.id, h.title, self._named_snippet(h.id, h.snippet)) for h in shown],
                          results.did_you_mean, message=self._not_covered(results.message),
                          more=len(results.hits) > len(shown))
        if not results.hits and self.window.keyboard_shown():
            self._nothing_found.start()
        self.searched.emit(text)

    def _not_covered(self, message: str | None) -> str | None:
        """With a library, "these guides" rather than "this guide": no page of any of them answers. Search (no Qt)
        says it in English; it is translated here, as it is shown."""
        from kiosk.search.results import NOT_COVERED

        if message and self.store.guides:
            from kiosk.content.library import NOT_COVERED_BY_LIBRARY

            message = NOT_COVERED_BY_LIBRARY if message == NOT_COVERED else message
        known = {
            NOT_COVERED: self.tr("This guide does not cover that. Please ask a nurse or the reception desk."),
            "These guides do not cover that. Please ask a nurse or the reception desk.":
                self.tr("These guides do not cover that. Please ask a nurse or the reception desk."),
        }
        return known.get(message, message) if message else message

    def _named_snippet(self, page_id: str, snippet: str) -> str:
        """With a library of guides, each result first says which guide it is in (one guide: the snippet only)."""
        if not self.store.guides or page_id == self.store.guide.urgent_page:
            return snippet
        guide = html.escape(self.store.guide_of(page_id).title)
        return "<i>" + self.tr("In: {guide}").format(guide=guide) + f"</i><br>{snippet}"

    def _show_nothing_found(self) -> None:
        """The "not covered" message and its Urgent help button (or the button alone, offered for a red flag while
        search is not ready) must be read whole: if the keyboard covers any of it (Large print on a short screen),
        put the keyboard away; a tap on the box brings it back."""
        view = self.window.search
        if not view.urgent_button.isVisible() or not self.window.keyboard_shown():
            return
        if QGuiApplication.mouseButtons() != Qt.MouseButton.NoButton:
            # A finger is down (on a key, most likely the Search key): moving the keyboard now would slide a
            # topic card under it, and the lift would open a page nobody chose. Look again after the lift.
            self._nothing_found.start()
            return
        if not view.message_fully_shown():
            self.keyboard_put_away = True
            self.update_keyboard()
            # On a very short screen the heading and hint coming back can still push the button off the bottom.
            view.ensureWidgetVisible(view.urgent_button, 0, 16)

    def finish_search(self, timeout: float = 5.0) -> None:
        """Wait until the latest search's results are shown (snapshots and tests; never in the kiosk itself)."""
        self.search.wait_idle(timeout)
        QCoreApplication.sendPostedEvents()

    def _search_ready(self) -> None:
        if self.window.search_query().strip():
            self.run_search(self.window.search_query())

    def _search_failed(self, reason: str) -> None:
        log.error("search is unavailable: %s", reason)
        if self.window.search_query().strip():
            self.run_search(self.window.search_query())

    # Links, theme, reset --------------------------------------------------------------------------------------
    def show_address(self, address: str) -> None:
        self.window.link_dialog.show_address(address, qr_size=round(280 * self.themes.theme.scale))

    def explain_word(self, word: str) -> None:
        glossary = self.window.page.glossary()
        entry = glossary.explain(word) if glossary is not None else None
        if entry is None:
            log.warning("a marked word has no explanation: %s", word)
            return
        self.window.word_panel.explain(entry.word, entry.explanation)

    def take_home(self) -> None:
        from kiosk.content.take_home import take_home_address, take_home_text

        page = self.window.page.page
        if page is None:
            return
        self.window.take_home.show_page(take_home_text(page, self.store.guide),
                                        take_home_address(page, self.store.guide),
                                        qr_size=round(280 * self.themes.theme.scale))

    def _prepare_take_home(self, page_id: str) -> None:
        from kiosk.content.take_home import take_home_text
        from kiosk.qrcodes import qr_symbol

        page, guide = self.store.get(page_id), self.store.guide
        if page is not None:
            self._ahead.run(lambda: qr_symbol(take_home_text(page, guide)))

    def _theme_changing(self, theme: Theme) -> None:
        self.window.theme_changing(theme)
        page = self.window.built_part("page")
        if page is not None:
            page.set_text_aside()

    def _theme_changed(self, theme: Theme) -> None:
        self.window.apply_theme(theme)
        self.window.nav_bar.set_large_print(theme.large)
        self.window.nav_bar.set_high_contrast(theme.high_contrast)
        # The room the search screen needs above the keyboard grows with the text: Large print turned on while
        # typing may make this screen a short one (titles only), and off again a roomy one.
        self.update_keyboard()

    def set_printing_allowed(self, allowed: bool) -> None:
        self.printing_allowed = allowed
        self.window.nav_bar.set_print_offered(allowed)
        self.window.nav_bar.set_print_available(allowed and self._page_showing())

    def _page_showing(self) -> bool:
        """A page (not a guide's front page, nor Home or search) is on screen: something to print."""
        return self.window.current_screen() is self.window.built_part("page")

    def printable_page(self) -> str | None:
        """The current page as HTML for paper, or None when no page is showing."""
        from kiosk.ui.services.printing import printable_html

        view = self.window.built_part("page")  # Ctrl+P on Home before the reader is built: nothing to print
        page = view.page if view is not None and self.window.current_screen() is view else None
        if page is None:
            return None
        clinic = self.window.page.renderer.local.get("clinic_name", "")
        # The guide the page is in (in a library, not "Patient information"), as the printout names its source.
        from kiosk.content.signoff import reviewed_line

        return printable_html(page, self.window.page.renderer.render(page), self.store.guide_of(page.id).title,
                              clinic, checked=reviewed_line(page, view.signoffs), local=self.window.page.renderer.local,
                              urgent_page=self.store.guide.urgent_page, title_of=self._page_title,
                              language=self.store.guide_of(page.id).language)

    def _page_title(self, page_id: str) -> str | None:
        page = self.store.get(page_id)
        return page.title if page is not None else None

    def print_page(self) -> None:
        """Ask which printer, then print the page showing (windowed mode only: a kiosk never prints)."""
        document = self.printable_page() if self.printing_allowed else None
        if document is None:
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from kiosk.ui.services.printing import print_html

        if self._print_dialog is not None:  # one at a time: a second Ctrl+P brings the open one forward
            self._print_dialog.raise_()
            self._print_dialog.activateWindow()
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self.window)
        dialog.setWindowTitle(self.tr("Print this page"))
        # open(), not exec(): no nested event loop, so the idle reset still runs while it is up (and closes it), and
        # the dialog is deleted when it closes, however it closes (review N11, N14: each Print left one behind).
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        family = self.themes.theme.family
        dialog.accepted.connect(lambda *_printer: print_html(document, printer, family))
        dialog.finished.connect(self._print_dialog_closed)
        dialog.destroyed.connect(self._print_dialog_closed)
        self._print_dialog = dialog
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()  # QDialog.open() in effect (QPrintDialog.open() only takes a receiver in PySide6)

    def _print_dialog_closed(self, *_args) -> None:
        self._print_dialog = None

    def close_print_dialog(self) -> None:
        """The idle reset: a print dialog left open shows what the last person was reading."""
        dialog, self._print_dialog = self._print_dialog, None
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.reject()  # closes it, and WA_DeleteOnClose deletes it

    def bigger(self) -> None:
        self.themes.ask_step(+1)

    def smaller(self) -> None:
        self.themes.ask_step(-1)

    def normal_size(self) -> None:
        self.themes.set_large(False)

    def is_at_start(self) -> bool:
        """True when the screen shows nothing of anyone's visit, so an idle countdown would be pointless."""
        return (
            self.history.current == Location.home()
            and not self.history.can_go_back
            and self.themes.theme == self.themes.normal
            and not self.window.search_query()
            and not self.window.overlay_open()
        )

    def _forget_clipboard(self) -> None:
        """Empty the clipboard and, on X11, the primary selection: words the last person selected or copied (their
        search, say) would otherwise come back with a paste or a middle click.

        On a nurse's laptop only what this app put there goes: what they copied from another program stays.
        """
        clipboard = QGuiApplication.clipboard()
        modes = [QClipboard.Mode.Clipboard]
        if clipboard.supportsSelection():
            modes.append(QClipboard.Mode.Selection)
        for mode in modes:
            ours = clipboard.ownsSelection() if mode is QClipboard.Mode.Selection else clipboard.ownsClipboard()
            if self.clear_whole_clipboard or ours:
                clipboard.clear(mode)

    def reset(self, *, keep_text_size: bool = False) -> None:
        """Back to the start, as if nobody had used the screen: nothing of the last visit survives.

        ``keep_text_size`` is only for ``kiosk snapshot``, which renders every screen in each text size and theme.
        """
        self.window.close_overlays(quietly=True)
        self._left_from.clear()
        self.close_print_dialog()
        self._forget_clipboard()
        if self.window.built_part("search") is not None:
            self.window.search.clear()
        if not keep_text_size:
            self.themes.set_normal()  # the bar's buttons follow the theme (_theme_changed)
        self.keyboard_put_away = False
        self._nothing_found.stop()
        self.history.reset()
        if self.window.built_part("page") is not None:
            self.window.page.clear()
        for screen in self.window.built_screens():
            screen.set_scroll_position(0)
        self._show(Location.home())
        self.window.setFocus()
        self.reset_done.emit()
