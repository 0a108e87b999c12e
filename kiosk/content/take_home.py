"""What a page's take-home QR code holds: its title, its short summary and a trusted address to read more."""

from __future__ import annotations

from kiosk.content.model import Guide, Page

# A phone reads a QR code of this version or lower from a screen or paper at arm's length with room to spare
# (version 10 is 57x57 modules; at 280 px on screen each module is about 4 px).
MAX_QR_VERSION = 10


def take_home_address(page: Page, guide: Guide) -> str:
    """The page's own trusted address, else the guide's (``address`` in guide.toml), else none."""
    return page.address or guide.address


def take_home_text(page: Page, guide: Guide) -> str:
    """The words in the QR code: nothing the patient typed or did, only the page's own summary and address."""
    address = take_home_address(page, guide)
    lines = [page.title, page.summary.strip()]
    if guide.title:
        lines.append(f"From the guide: {guide.title}")
    if address:
        lines.append(f"Read more: {address}")
    return "\n".join(line for line in lines if line)
