"""An open panel is quiet: it re-fits when its content changes, and otherwise leaves the CPU alone (measuring its
height once invalidated Qt's layouts, which asked for another measurement, about 20,000 times a second)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject

from kiosk import resources
from kiosk.ui.panels.overlay import Overlay
from kiosk.ui.snapshot import settle
from tests.ui.conftest import make_session


class LayoutRequests(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def test_an_open_panel_stops_laying_itself_out(qtbot, tmp_path) -> None:
    session = make_session(qtbot, resources.content_dir(), cache_dir=tmp_path)
    session.idle.install()  # as a shown kiosk has it: the countdown ticks
    c = session.controller
    panels = {
        "website": lambda: c.show_address("https://www.nhs.uk/conditions/breast-cancer/"),
        "countdown": lambda: (c.open_page("biopsy"), session.idle.start_countdown()),  # ticks: a few re-fits
        "pin pad": session.pin_pad.open,
        "take home": lambda: (c.open_page("biopsy"), c.take_home()),
    }
    for name, open_panel in panels.items():
        c.reset()
        open_panel()
        settle()
        panel = next((o for o in session.window.findChildren(Overlay) if o.isVisible()), None)
        assert panel is not None, f"{name}: no panel opened"
        watcher = LayoutRequests()
        for part in (panel.panel, panel.body):
            part.installEventFilter(watcher)
        qtbot.wait(500)
        assert watcher.count < 10, f"{name}: {watcher.count} layout requests in half a second with nothing changing"
        panel.close_overlay()
