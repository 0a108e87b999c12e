"""Printing a page for a patient to take home (a nurse's laptop in windowed mode; never on a waiting-room kiosk)."""

from __future__ import annotations

import html
import io
import re
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from kiosk.content.model import Page
from kiosk.content.render import LOCAL_FIELDS, fill_local_details, is_always_open
from kiosk.languages import is_right_to_left
from kiosk.ui.services.translation import interface_phrase, isolated

# Qt's text layout takes font sizes in pt but margins only in px (96 to the inch here, then scaled to the printer).
PRINT_CSS = """
body { font-size: 13pt; line-height: 140%; color: #000000; }
h1 { font-size: 22pt; margin-bottom: 10px; }
h2 { font-size: 16pt; margin-top: 26px; margin-bottom: 8px; }
h3 { font-size: 14pt; margin-top: 20px; margin-bottom: 6px; }
p, li { margin-bottom: 8px; }
a { color: #000000; text-decoration: none; font-weight: bold; }
.footer { font-size: 10pt; color: #333333; margin-top: 24px; }
.address { font-size: 12pt; }
.help-title { font-size: 16pt; font-weight: bold; margin-bottom: 6px; }
.help-999 { font-size: 15pt; }
.help-number { font-size: 18pt; font-weight: bold; }
.contacts { font-size: 12pt; margin-top: 18px; }
"""
# The Urgent help screen's red box, on paper: the line round it prints dark on a black-and-white printer too.
HELP_BOX_COLOUR = "#b00020"

PAGE_MARGINS_MM = QMarginsF(20, 18, 20, 18)
# Screen-only words in a page (for example "Tap a test below", "This screen cannot open websites") are marked in
# the content (kiosk.content.render.SCREEN_ONLY) and rendered as <p class="screen-only">: on paper they would send
# the reader looking for something that is not there.
_SCREEN_ONLY = re.compile(r"<(p|div)\b[^>]*\bclass=[\"'][^\"']*\bscreen-only\b[^\"']*[\"'][^>]*>.*?</\1>\s*",
                          re.DOTALL | re.IGNORECASE)
_WEBSITE = re.compile(r"<a\b[^>]*\bhref=[\"'](https?://[^\"']+)[\"']", re.IGNORECASE)
QR_MM = 30  # big enough for any phone camera at arm's length, small enough for several on a page


# A heading for the screen only ("If you are in the clinic now") takes its whole section with it: the words under
# it up to the next heading of its level or above.
_SCREEN_ONLY_HEADING = re.compile(r"<h([1-6])\b[^>]*\bclass=[\"'][^\"']*\bscreen-only\b[^\"']*[\"'][^>]*>",
                                  re.IGNORECASE)


def without_screen_only(body_html: str) -> str:
    body = _SCREEN_ONLY.sub("", body_html)
    while (heading := _SCREEN_ONLY_HEADING.search(body)) is not None:
        level = int(heading.group(1))
        following = re.compile(rf"<h[1-{level}]\b", re.IGNORECASE).search(body, heading.end())
        body = body[:heading.start()] + (body[following.start():] if following else "")
    return body


def websites(body_html: str) -> list[str]:
    """The web addresses a page links to, each once, in the order they appear."""
    return list(dict.fromkeys(html.unescape(m) for m in _WEBSITE.findall(without_screen_only(body_html))))


def shown_address(address: str) -> str:
    """An address as a person types it: no https://, no trailing slash (as on the screen's website panel)."""
    return address.removeprefix("https://").removeprefix("http://").rstrip("/")


def qr_resource_name(address: str) -> str:
    return "qr:" + address


def _page_link(page_id: str) -> re.Pattern[str]:
    return re.compile(rf"<a\b[^>]*\bhref=[\"']page:{re.escape(page_id)}[\"'][^>]*>(.*?)</a>", re.DOTALL | re.IGNORECASE)


_ANY_PAGE_LINK = re.compile(r"<a\b[^>]*\bhref=[\"']page:([^\"']*)[\"'][^>]*>(.*?)</a>", re.DOTALL | re.IGNORECASE)


def routes_to_help(page: Page, body_html: str, urgent_page: str) -> bool:
    """Whether the page sends its reader to Urgent help, the cancer line or 999: then the paper must carry them."""
    text = re.sub(r"<[^>]+>", " ", body_html)
    return (page.id == urgent_page or _page_link(urgent_page).search(body_html) is not None
            or re.search(r"\bcancer line\b|\b999\b", text, re.IGNORECASE) is not None)


def _paper_links(body_html: str, urgent_page: str, title_of: Callable[[str], str | None] | None = None) -> str:
    """Links lead nowhere on paper: the one to Urgent help points at the box on the sheet; the others name the
    guide's page they lead to, so "Read about a bone scan." is something a reader at home can follow (on the
    kiosk, or by asking for that page's printout), not words leading nowhere."""
    where = html.escape(interface_phrase(QCoreApplication.translate(
        "Printout", "(in the box “{title}” on this sheet)").format(
        title=QCoreApplication.translate("Printout", "If you need help now"))))
    body_html = _page_link(urgent_page).sub(lambda match: f"{match.group(1)} {where}", body_html)

    def named(match: re.Match[str]) -> str:
        words = match.group(2)
        title = title_of(match.group(1).split("#")[0]) if title_of is not None else None
        if not title:
            return words
        note = interface_phrase(QCoreApplication.translate("Printout", "(the page “{title}” in this guide)").format(
            title=isolated(title)))
        return f"{words} {html.escape(note)}"

    return _ANY_PAGE_LINK.sub(named, body_html)


def _call_now(local: dict[str, str]) -> str:
    """"Call your cancer line now, ..." as the Urgent help screen says it (``session.urgent_numbers``): in English
    from the pages' own words, in another language its translated sentence."""
    english = fill_local_details("Call {{ cancer_line }} now, {{ cancer_line_when }}", local)
    if is_always_open(local.get("acute_oncology_hours") or ""):
        source = "Call your 24-hour cancer line now, day or night"
        translated = QCoreApplication.translate("UrgentNumbers", "Call your 24-hour cancer line now, day or night")
    else:
        source = "Call your cancer line now, or go to A&E when it is closed"
        translated = QCoreApplication.translate("UrgentNumbers",
                                                "Call your cancer line now, or go to A&E when it is closed")
    return translated if translated != source else english


def help_box_html(local: dict[str, str]) -> str:
    """The Urgent help screen's box for paper: 999 first, then the clinic's cancer line with its number (or, with
    none set, where to find one), then A&E or NHS 111; in the same words and 24-hour rule as the screen, and in
    the interface's language (its sentences are the screen's, in the same translation contexts)."""
    esc = html.escape
    translate = QCoreApplication.translate
    line = (local.get("acute_oncology_line") or "").strip()
    hours = (local.get("acute_oncology_hours") or "").strip() or LOCAL_FIELDS["acute_oncology_hours"]
    call_now = _call_now(local)
    if line:
        cancer = (f"<p><b>{esc(call_now)}:</b><br><span class='help-number'>{esc(line)}</span> "
                  + esc(translate("Printout", "(open {hours})").format(hours=hours)) + "</p>")
    else:
        no_number = translate(
            "UrgentNumbers",
            "{call_now}. Call the number on your alert card. If you have no card, go to A&E or call NHS 111.")
        cancer = "<p>" + esc(no_number).format(call_now=f"<b>{esc(call_now)}</b>") + "</p>"
    # The same 999 signs as the screen's first row (render.CALL_999_SIGNS; test_urgent_call_panel checks them).
    signs = translate("UrgentNumbers", "A first fit or a long fit, signs of a stroke, new or very bad chest pain, "
                                       "very bad trouble breathing or collapse")
    signs = signs[:1].lower() + signs[1:]
    return (
        f"<table width='100%' border='3' cellspacing='0' cellpadding='12' "
        f"style='border-color: {HELP_BOX_COLOUR}; border-style: solid;'><tr><td>"
        f"<p class='help-title'>{esc(translate('Printout', 'If you need help now'))}</p>"
        "<p class='help-999'>" + esc(translate("Printout", "{call_999} for {signs}.")).format(
            call_999=f"<b>{esc(translate('UrgentNumbers', 'Call 999'))}</b>", signs=esc(signs)) + "</p>"
        f"{cancer}"
        f"<p>{esc(translate('UrgentNumbers', 'Cannot get through? Go to A&E, or call NHS 111.'))}</p>"
        "</td></tr></table>"
    )


def contacts_html(local: dict[str, str]) -> str:
    """The clinic's everyday numbers that are set, for the foot of every printout ("" when none is set)."""
    translate = QCoreApplication.translate
    parts = []
    nurse = (local.get("breast_care_nurse_line") or "").strip()
    if nurse:
        hours = (local.get("breast_care_nurse_hours") or "").strip()
        parts.append(html.escape(translate("Printout", "breast care nurse {number}")).format(
            number=f"<b>{html.escape(nurse)}</b>") + (f" ({html.escape(hours)})" if hours else ""))
    reception = (local.get("reception_line") or "").strip()
    if reception:
        parts.append(html.escape(translate("Printout", "reception {number}")).format(
            number=f"<b>{html.escape(reception)}</b>"))
    if not parts:
        return ""
    clinic = (local.get("clinic_name") or "").strip() or translate("Printout", "Your clinic")
    return f"<p class='contacts'>{html.escape(clinic)}: {'; '.join(parts)}.</p>"


def printable_html(page: Page, body_html: str, guide_title: str, clinic_name: str = "", *,
                   printed: date | None = None, checked: str = "", local: dict[str, str] | None = None,
                   urgent_page: str = "urgent-help", title_of: Callable[[str], str | None] | None = None,
                   language: str = "en") -> str:
    """The page as it should look on paper: title, the help-now box (999 and the clinic's cancer line) when the
    page sends its reader to them, text without screen-only words, a QR code for each website it names, the
    clinic's numbers, and where it came from and when. ``checked`` is the sign-off line shown under the page on
    screen (``signoff.reviewed_line``); ``title_of`` names the page a link leads to. The QR images are
    ``qr:ADDRESS`` resources (see ``print_html``). ``language`` is the page's (its guide's): its title and text
    read in that language's direction, the kiosk's own words round them (the help box, the websites, the foot) in
    the interface's, so an English page printed from an Urdu screen reads left to right."""
    printed = printed or date.today()
    page_side = "rtl" if is_right_to_left(language) else "ltr"
    kiosk_side = "rtl" if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft else "ltr"
    local = dict(local or {})
    checked = f" {html.escape(checked)}" if checked else ""
    locale = QLocale()
    source = html.escape(f"{guide_title} ({clinic_name})" if clinic_name else guide_title)
    body = without_screen_only(body_html)
    help_box = help_box_html(local) if routes_to_help(page, body, urgent_page) else ""
    body = _paper_links(body, urgent_page, title_of)
    sites = websites(body)
    codes = ""
    if sites:
        rows = "".join(
            "<tr>"
            f"<td><img src='{html.escape(qr_resource_name(a), quote=True)}'></td>"
            f"<td valign='middle'><p class='address'><b>{html.escape(shown_address(a))}</b></p></td>"
            "</tr>"
            for a in sites
        )
        codes = ("<h2>" + QCoreApplication.translate("Printout", "Websites on this page") + "</h2><p>"
                 + QCoreApplication.translate(
                     "Printout", "To visit one, point your phone's camera at its square code, or type the address.")
                 + "</p>"
                 f"<table cellspacing='0' cellpadding='6'>{rows}</table>")
    return (
        f"<div dir='{page_side}'><h1>{html.escape(page.title)}</h1></div>"
        f"<div dir='{kiosk_side}'>{help_box}</div><div dir='{page_side}'>{body}</div>"
        f"<div dir='{kiosk_side}'>{codes}{contacts_html(local)}"
        "<p class='footer'>"
        + QCoreApplication.translate(
            "Printout", "From the patient information guide “{guide}”, printed on {date}.").format(
            guide=source, date=locale.toString(QDate(printed.year, printed.month, printed.day), "dd MMMM yyyy"))
        + f"{checked} "
        + QCoreApplication.translate("Printout", "This information does not replace advice from your own team. "
                                     "Please ask them about anything on this page.")
        + "</p></div>"
    )


def _qr_image(address: str, pixels: int) -> QImage:
    import segno

    try:
        code = segno.make(address, error="m", micro=False)
    except (ValueError, segno.DataOverflowError):
        return QImage()
    modules = code.symbol_size(scale=1, border=2)[0]
    buffer = io.BytesIO()
    code.save(buffer, kind="png", scale=max(1, pixels // modules), border=2, dark="#000000", light="#ffffff")
    image = QImage()
    image.loadFromData(buffer.getvalue(), "PNG")
    return image


def _layout_dpi() -> float:
    """Dots an inch in a QTextDocument laid out with no paint device: Qt takes the screen's logical DPI (96 on most
    desktops) for turning point sizes into layout units."""
    from PySide6.QtGui import QGuiApplication

    screen = QGuiApplication.primaryScreen()
    return screen.logicalDotsPerInchY() if screen is not None else 96.0


def _keep_headings_with_next(document: QTextDocument, page_height: float) -> None:
    """Move a heading to the next page when the words under it would start there: a heading alone at the foot
    of a page reads as the end of something. Qt's layout has no keep-with-next, so this looks at where each
    heading's first following line landed and puts a page break before the headings left behind."""
    layout = document.documentLayout()

    def first_line_page(block) -> int:
        lines = block.layout()
        top = layout.blockBoundingRect(block).top()
        # Qt moves a line that does not fit down to the next page inside its block, so ask the line, not the block.
        line_bottom = top + (lines.lineAt(0).y() + lines.lineAt(0).height() if lines.lineCount() else 0)
        return int((line_bottom - 0.5) // page_height)

    for _ in range(5):  # a break moves everything after it; the second pass normally finds nothing more to do
        moved = False
        document.pageCount()  # lays the whole document out: the layout is otherwise done lazily, a bit at a time
        block = document.begin()
        while block.isValid():
            following = block.next()
            fmt = block.blockFormat()
            if (fmt.headingLevel() > 0 and following.isValid()
                    and fmt.pageBreakPolicy() != QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
                    and first_line_page(block) < first_line_page(following)):
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(block).setBlockFormat(fmt)
                document.pageCount()  # everything after the break has moved: lay it out again before measuring
                moved = True
            block = following
        if not moved:
            return


def print_html(document_html: str, device: QPagedPaintDevice, family: str) -> None:
    """Lay out ``document_html`` on A4 across the whole printable width and print it to ``device`` (a printer or
    a PDF), page by page, with headings kept with what follows them."""
    device.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    device.setPageMargins(PAGE_MARGINS_MM, QPageLayout.Unit.Millimeter)
    document = QTextDocument()
    font = QFont(family)
    font.setPointSize(13)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(PRINT_CSS)
    # Laid out as on a screen (in the units Qt's text layout uses without a paint device) across the whole printable
    # width, then scaled up to the printer when painted, as QTextDocument.print_() does, but without the 2 cm margin
    # print_() adds inside the page's own (which left 13 cm of text on 17 cm of paper).
    document.setDocumentMargin(0)
    dpi = _layout_dpi()
    for address in websites(document_html):
        # At 300 dots an inch each square is about 9 dots across: sharp on paper even after Qt's PDF writer stores
        # it as a JPEG (it does so for every image), and a tenth of the size of one at the printer's 1200.
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(qr_resource_name(address)),
                             _qr_image(address, round(QR_MM / 25.4 * min(300, device.resolution()))))
    document_html = document_html.replace("<img src='qr:", f"<img width='{round(QR_MM / 25.4 * dpi)}' src='qr:")
    paint_rect = device.pageLayout().paintRect(QPageLayout.Unit.Inch)
    page_size = QSizeF(paint_rect.width() * dpi, paint_rect.height() * dpi)
    document.setPageSize(page_size)
    document.setHtml(document_html)
    _keep_headings_with_next(document, page_size.height())

    painter = QPainter(device)
    try:
        scale = device.resolution() / dpi
        painter.scale(scale, scale)
        context = QAbstractTextDocumentLayout.PaintContext()
        for page in range(document.pageCount()):
            if page:
                device.newPage()
            painter.save()
            top = page * page_size.height()
            painter.translate(0, -top)
            page_rect = QRectF(0, top, page_size.width(), page_size.height())
            # The context's clip only chooses which lines to draw; without the painter's own clip a line that
            # straddles the page edge would be printed on both pages.
            painter.setClipRect(page_rect)
            # Lines that end (or start) exactly on the page edge belong to one page only; a unit's slack keeps the
            # other page from writing their words into the PDF unseen (where copying or a screen reader finds them).
            context.clip = page_rect.adjusted(0, 1, 0, -1)
            document.documentLayout().draw(painter, context)
            painter.restore()
    finally:
        painter.end()
