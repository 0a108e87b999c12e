"""The staff panel: what it reports (content, review dates, counts, settings) and what its buttons do."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kiosk.packs import PackStore, generate_keys, load_signing_key, load_verify_key, write_pack
from kiosk.settings import Settings
from kiosk.ui.snapshot import settle
from kiosk.usage import UsageCounter
from tests.ui.conftest import CLINIC, make_session

TODAY = dt.date(2026, 12, 2)


def clinic_content(content) -> Path:
    """A small guide: two pages overdue for review, one due within 90 days, two fine."""
    content("urgent-help", title="Urgent help", order="9", reviewed="2026-01-01", review_due="2028-01-01")
    content("chemotherapy", title="Chemotherapy", reviewed="2024-01-10", review_due="2026-10-01")
    content("steroids", title="Steroids", order="2", reviewed="2024-01-10", review_due="2026-11-30")
    content("hormone-therapy", title="Hormone therapy", order="3", reviewed="2025-01-10", review_due="2027-01-15")
    return content("bone-scan", title="Bone scan", order="4", reviewed="2026-01-01", review_due="2028-06-01")


def staff_session(qtbot, tmp_path: Path, root: Path, *, usb: Path | None = None, settings: Settings = CLINIC,
                  counts: bool = True):
    usage = UsageCounter(tmp_path / "usage.sqlite3", today=lambda: TODAY, enabled=counts)
    for page, n in (("chemotherapy", 5), ("bone-scan", 3)):
        for _ in range(n):
            usage.page_viewed(page)
    usage.searched("bone pain", found=True)
    usage.searched("wig grant", found=False)
    usage.searched("07700 900123", found=False)
    usage.helpful("chemotherapy", yes=True)
    usage.helpful("bone-scan", yes=False)
    usage.large_print_used()
    session = make_session(qtbot, root, settings, cache_dir=tmp_path / "index", usage=usage,
                           packs=PackStore(tmp_path / "packs"), removable=lambda: [usb] if usb else [])
    assert session.search.wait(timeout=60)
    session.staff_controller().today = lambda: TODAY
    return session


def test_the_staff_panel_reports_review_dates_counts_and_settings(qtbot, tmp_path: Path, content) -> None:
    session = staff_session(qtbot, tmp_path, clinic_content(content))
    session.staff_controller().open()
    settle()
    panel = session.staff_panel
    assert panel.isVisible()
    text = panel.details_text()
    assert "Patient information, a content folder" in text.replace("<b>", "").replace("</b>", "")
    assert "5 pages" in text
    assert "Clinical sign-off: 5 of 5 pages not signed off" in text  # no signoff.toml: nobody has signed
    overdue = text.index("Chemotherapy: review was due 01 October 2026 (62 days ago)")
    soon = text.index("Steroids: review was due 30 November 2026 (2 days ago)")
    later = text.index("Hormone therapy: review due 15 January 2027 (in 44 days)")
    assert overdue < soon < later
    assert "Bone scan: review" not in text and "Urgent help: review" not in text
    assert "Pages read: 8" in text
    assert "Searches: 3, of which found nothing: 2" in text
    # "wig" is a health word, but searched on one day only: not shown (tests/ui/test_usage_privacy.py)
    assert "wig" not in text and "grant" not in text and "07700" not in text
    assert "Yes: 1, No: 1" in text
    assert "Most read: Chemotherapy (5), Bone scan (3)" in text
    assert "kiosk.staff_pin_hash = not set" in text and "usage.enabled = yes" in text
    assert "kiosk.log" in text
    assert "Working" in text  # the search index
    for button in (panel.rebuild_button, panel.export_button, panel.find_packs_button, panel.quit_button,
                   panel.done_button):
        assert button.isVisibleTo(panel) and button.height() >= 48
    assert not panel.rollback_button.isEnabled()  # nothing installed to go back from, and it says so beside it
    assert "Nothing to go back to: no content pack has been installed on this kiosk." in text
    shots = os.environ.get("KIOSK_REVIEW_SHOTS")
    if shots:
        for large in (False, True):
            session.themes.set_large(large)
            session.staff_controller().open()
            settle()
            session.window.grab().save(str(Path(shots) / f"staff-panel-{'large' if large else 'normal'}.png"))


def test_most_read_names_pages_by_title_when_counted_in_a_library_or_out_of_one(qtbot, tmp_path: Path,
                                                                                content) -> None:
    """F15: counts taken while the pages were filed as GUIDE/PAGE (a library) showed as ids beside titles."""
    usage = UsageCounter(tmp_path / "usage.sqlite3", today=lambda: TODAY)
    for page, n in (("breast/chemotherapy", 4), ("chemotherapy", 2), ("breast/bone-scan", 3), ("gone", 1)):
        for _ in range(n):
            usage.page_viewed(page)
    session = make_session(qtbot, clinic_content(content), CLINIC, cache_dir=tmp_path / "index", usage=usage,
                           packs=PackStore(tmp_path / "packs"))
    session.staff_controller().today = lambda: TODAY
    session.staff_controller().open()
    settle()
    assert "Most read: Chemotherapy (6), Bone scan (3), gone (1)" in session.staff_panel.details_text()


def test_export_writes_the_counts_to_the_usb_stick(qtbot, tmp_path: Path, content) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    session = staff_session(qtbot, tmp_path, clinic_content(content), usb=usb)
    session.staff_controller().open()
    qtbot.mouseClick(session.staff_panel.export_button, Qt.MouseButton.LeftButton)
    target = usb / "clinic-kiosk-usage-20261202.csv"
    assert session.staff_panel.status.text() == f"Saved 7 rows of usage counts to {target}"
    lines = target.read_text().splitlines()
    assert lines[0] == "day,kind,item,count" and "2026-12-02,page_view,chemotherapy,5" in lines


def test_a_pack_on_a_usb_stick_installs_and_shows_at_done_then_rolls_back(
        qtbot, tmp_path: Path, content, small_guide: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    keys = tmp_path / "sign.key", tmp_path / "sign.pub"
    generate_keys(*keys)
    write_pack(small_guide, load_signing_key(keys[0]), usb / "guide.kpack", guide_id="breast", version="3.1")
    (usb / "notes.txt").write_text("not a pack")
    settings = Settings(**{**{f: getattr(CLINIC, f) for f in CLINIC.__slots__ if f != "source"},
                           "pack_public_key": str(keys[1])})
    session = staff_session(qtbot, tmp_path, clinic_content(content), usb=usb, settings=settings)
    staff = session.staff_controller()
    panel = session.staff_panel
    staff.open()
    qtbot.mouseClick(panel.find_packs_button, Qt.MouseButton.LeftButton)
    choices = [b for b in panel.pack_buttons.findChildren(type(panel.done_button)) if b.objectName() == "packChoice"]
    assert [b.text() for b in choices] == [f"Install guide.kpack  ({usb})"]
    with qtbot.waitSignal(staff.content_changed, timeout=30000):
        qtbot.mouseClick(choices[0], Qt.MouseButton.LeftButton)
    assert panel.status.text().startswith("Installed breast 3.1")
    assert PackStore(tmp_path / "packs").current().manifest.version == "3.1"
    assert panel.rollback_button.isEnabled()
    with qtbot.waitSignal(session.controller.reset_done, timeout=2000):
        qtbot.mouseClick(panel.done_button, Qt.MouseButton.LeftButton)  # the switch happens at this reset
    staff.open()
    qtbot.mouseClick(panel.rollback_button, Qt.MouseButton.LeftButton)
    assert panel.status.text().startswith("Went back to the content built into the app")
    assert PackStore(tmp_path / "packs").current() is None


def test_an_older_pack_goes_in_only_when_staff_tap_it_a_second_time(qtbot, tmp_path: Path, content,
                                                                    small_guide: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    keys = tmp_path / "sign.key", tmp_path / "sign.pub"
    generate_keys(*keys)
    write_pack(small_guide, load_signing_key(keys[0]), usb / "old.kpack", guide_id="breast", version="3.0")
    write_pack(small_guide, load_signing_key(keys[0]), tmp_path / "new.kpack", guide_id="breast", version="3.1")
    settings = Settings(**{**{f: getattr(CLINIC, f) for f in CLINIC.__slots__ if f != "source"},
                           "pack_public_key": str(keys[1])})
    store = PackStore(tmp_path / "packs")
    from kiosk.packs.commands import prepare_content

    store.install(tmp_path / "new.kpack", load_verify_key(keys[1]), prepare=prepare_content)
    session = staff_session(qtbot, tmp_path, clinic_content(content), usb=usb, settings=settings)
    staff = session.staff_controller()
    panel = session.staff_panel
    staff.open()
    qtbot.mouseClick(panel.find_packs_button, Qt.MouseButton.LeftButton)
    choice = next(b for b in panel.pack_buttons.findChildren(type(panel.done_button))
                  if b.objectName() == "packChoice")
    qtbot.mouseClick(choice, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.status.text().startswith("Not installed"), timeout=30000)
    assert "older" in panel.status.text() and "tap it again" in panel.status.text()
    assert store.current().manifest.version == "3.1"
    with qtbot.waitSignal(staff.content_changed, timeout=30000):
        qtbot.mouseClick(choice, Qt.MouseButton.LeftButton)  # the explicit choice
    assert store.current().manifest.version == "3.0"


@pytest.mark.parametrize("large", [False, True])
def test_every_button_shows_its_whole_label(qtbot, tmp_path: Path, content, large: bool) -> None:
    session = staff_session(qtbot, tmp_path, clinic_content(content))
    session.themes.set_large(large)
    session.staff_controller().open()
    settle()
    panel = session.staff_panel
    for button in (panel.rebuild_button, panel.export_button, panel.find_packs_button, panel.rollback_button,
                   panel.quit_button, panel.done_button):
        assert button.width() >= button.sizeHint().width() - 1, button.text()
        assert button.height() >= 48
        assert has_visible_text(button), button.text()


def has_visible_text(button) -> bool:
    """Some pixels across the label's middle differ clearly from the button's own background."""
    image = button.grab().toImage()
    y = image.height() // 2
    background = image.pixelColor(image.width() // 2, 6)
    row = [image.pixelColor(x, y) for x in range(12, image.width() - 12)]
    return sum(1 for c in row if abs(c.lightness() - background.lightness()) > 100) >= 10
