"""Take home: which address a page's QR code gives, what it holds, and when a kiosk may print."""

from __future__ import annotations

from kiosk.content.sources import load_store


def test_a_page_address_must_be_https(tmp_path) -> None:
    from kiosk.content.take_home import take_home_address, take_home_text

    pages = tmp_path / "pages"
    pages.mkdir()
    head = ("---\ntitle: {t}\nsummary: A short summary.\norder: 1\nkeywords: x\nsources:\n  - NICE, 2024\n"
            "reviewed: 2026-01-01\nreview_due: 2027-01-01\nicon: info\naddress: {a}\n---\n\nWords.\n")
    (pages / "good.md").write_text(head.format(t="Good", a="https://www.nhs.uk/conditions/"), encoding="utf-8")
    (pages / "bad.md").write_text(head.format(t="Bad", a="http://example.com"), encoding="utf-8")
    (tmp_path / "guide.toml").write_text('title = "Guide"\naddress = "https://breastcancernow.org"\n',
                                         encoding="utf-8")
    store = load_store(tmp_path)
    assert any("'address' must be a full https://" in p.message and p.path.name == "bad.md" for p in store.problems)
    assert take_home_address(store.get("good"), store.guide) == "https://www.nhs.uk/conditions/"
    assert take_home_address(store.get("bad"), store.guide) == "https://breastcancernow.org"
    assert take_home_text(store.get("good"), store.guide) == (
        "Good\nA short summary.\nFrom the guide: Guide\nRead more: https://www.nhs.uk/conditions/")


def test_kiosk_printing_is_read_from_the_settings_file(tmp_path) -> None:
    from kiosk.settings import load_settings

    path = tmp_path / "settings.toml"
    path.write_text("[kiosk]\nprinting = true\n", encoding="utf-8")
    assert load_settings(path).settings.kiosk_printing is True
    path.write_text("[kiosk]\nprinting = \"yes\"\n", encoding="utf-8")
    loaded = load_settings(path)
    assert loaded.settings.kiosk_printing is False and any("printing" in p for p in loaded.problems)
