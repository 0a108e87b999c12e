"""The nurse's laptop: each Print's dialog goes when it closes (N14), at the idle reset (N11) and with a content
switch, and a second Ctrl+P does not open a second one."""

from __future__ import annotations

import gc

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication

from kiosk import resources
from tests.ui.conftest import make_session


def print_dialogs() -> list[QPrintDialog]:
    for _ in range(2):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()
        gc.collect()
    return [w for w in QApplication.allWidgets() if isinstance(w, QPrintDialog)]


def test_ten_prints_leave_no_dialog_behind(qtbot, tmp_path) -> None:
    session = make_session(qtbot, resources.content_dir(), cache_dir=tmp_path)
    session.controller.open_page("biopsy")
    before = len(QApplication.allWidgets()) if not print_dialogs() else None
    for _ in range(10):
        session.controller.print_page()
        dialog = session.controller._print_dialog
        assert dialog is not None and dialog.isVisible() and dialog.windowTitle() == "Print this page"
        dialog.reject()  # Cancel
        assert print_dialogs() == []
    assert len(QApplication.allWidgets()) == before


def test_a_second_print_brings_the_open_dialog_forward_instead_of_another(qtbot, tmp_path) -> None:
    session = make_session(qtbot, resources.content_dir(), cache_dir=tmp_path)
    session.controller.open_page("biopsy")
    session.controller.print_page()
    session.controller.print_page()
    assert len([d for d in print_dialogs() if d.isVisible()]) == 1
    session.controller.reset()


def test_the_idle_reset_closes_the_print_dialog(qtbot, tmp_path) -> None:
    session = make_session(qtbot, resources.content_dir(), cache_dir=tmp_path)
    session.controller.open_page("biopsy")
    session.controller.print_page()
    dialog = session.controller._print_dialog
    with qtbot.waitSignal(session.controller.reset_done, timeout=5000):
        session.idle.reset.emit()  # what the countdown's end emits (the dialog no longer holds up the event loop)
    assert print_dialogs() == []
    assert not shiboken6.isValid(dialog)
    assert session.controller.is_at_start()



def test_print_in_the_dialog_prints_the_page_and_the_dialog_goes(qtbot, tmp_path, monkeypatch) -> None:
    from kiosk.ui.services import printing

    printed: list[str] = []
    # The printer the dialog chose stands for paper here: what matters is that the page goes to it once.
    monkeypatch.setattr(printing, "print_html", lambda html, printer, family: printed.append(html))
    session = make_session(qtbot, resources.content_dir(), cache_dir=tmp_path)
    session.controller.open_page("biopsy")
    session.controller.print_page()
    session.controller._print_dialog.accept()
    assert len(printed) == 1 and "Biopsy" in printed[0]
    assert print_dialogs() == []
