"""Printing a page for a patient: a nurse's laptop only, A4, with where the page came from."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QPdfWriter

from kiosk import resources
from kiosk.settings import StartMode
from kiosk.ui.services.printing import print_html, printable_html, websites
from kiosk.ui.snapshot import settle
from tests.ui.conftest import CLINIC, make_session


def pdf_of(document_html: str) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    print_html(document_html, writer, "Atkinson Hyperlegible")
    del writer  # finishes the PDF
    return bytes(buffer.data())


def test_a_page_prints_to_a4_with_its_source_and_date(qtbot, tmp_path) -> None:
    session = make_session(qtbot, resources.content_dir(), cache_dir=tmp_path)
    session.controller.open_page("bone-scan")
    document = session.controller.printable_page()
    assert document is not None
    assert "<h1>Bone scan</h1>" in document
    assert "Riverside Breast Clinic" in document
    assert "does not replace advice from your own team" in document
    pdf = pdf_of(document)
    assert pdf.startswith(b"%PDF") and len(pdf) > 5000


def test_printable_html_escapes_and_dates() -> None:
    from kiosk.content.loader import load_content

    page = load_content(resources.content_dir()).get("stage")
    text = printable_html(page, "<p>x</p>", "Guide <1>", "St Mary & Co", printed=date(2026, 11, 25))
    assert "25 November 2026" in text and "Guide &lt;1&gt; (St Mary &amp; Co)" in text


def test_print_button_only_on_pages_in_windowed_mode(qtbot, tmp_path) -> None:
    windowed = make_session(qtbot, resources.content_dir(), cache_dir=tmp_path)
    bar = windowed.window.nav_bar
    assert not bar.print.isVisible()
    windowed.controller.open_page("biopsy")
    settle()
    assert bar.print.isVisible() and bar.print.height() >= 48
    windowed.controller.go_home()
    assert not bar.print.isVisible()

    kiosk_settings = CLINIC.__class__(**{**{f: getattr(CLINIC, f) for f in CLINIC.__slots__ if f != "source"},
                                         "mode": StartMode.KIOSK})
    kiosk = make_session(qtbot, resources.content_dir(), kiosk_settings, cache_dir=tmp_path / "k")
    kiosk.controller.open_page("biopsy")
    settle()
    assert not kiosk.window.nav_bar.print.isVisible()
    kiosk.controller.print_page()  # does nothing, opens no dialog


# Printed to a real PDF file and read back with poppler's pdftotext, as a person would read the paper. ------------
MM = 72 / 25.4  # PDF points in a millimetre


def print_to_pdf(document_html: str, path: Path) -> Path:
    writer = QPdfWriter(str(path))
    print_html(document_html, writer, "Atkinson Hyperlegible")
    del writer  # finishes the file
    return path


def pdf_words(path: Path) -> list[tuple[int, float, float, float, float, str]]:
    """Every word printed: (page, left, top, right, bottom in points, word)."""
    assert shutil.which("pdftotext"), "install poppler-utils (scripts/install-system-deps.sh) to read printed PDFs"
    xhtml = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True,
                           check=True).stdout
    words = []
    for page_number, page in enumerate(xhtml.split("<page ")[1:], start=1):
        for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
                             page):
            words.append((page_number, *(float(v) for v in m.groups()[:4]), html.unescape(m.group(5))))
    return words


def pdf_text(path: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run(["pdftotext", "-layout", *pages, str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def printed_page(session, page_id: str, tmp_path: Path) -> Path:
    session.controller.open_page(page_id)
    return print_to_pdf(session.controller.printable_page(), tmp_path / f"{page_id}.pdf")


def test_printout_uses_the_whole_printable_width_of_a4(qtbot, tmp_path) -> None:
    session = make_session(qtbot, resources.content_dir(), cache_dir=tmp_path)
    path = printed_page(session, "treatment", tmp_path)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    assert "595 x 842 pts (A4)" in info
    words = pdf_words(path)
    left = min(w[1] for w in words)
    right = max(w[3] for w in words)
    assert abs(left - 20 * MM) < 1.5 * MM  # the text starts at the 20 mm margin, not 40 mm in
    assert right > (210 - 20 - 10) * MM  # and long lines run to within a centimetre of the right margin
    assert right <= (210 - 20) * MM + 1


def test_printout_has_no_screen_only_sentences(qtbot, tmp_path) -> None:
    session = make_session(qtbot, resources.content_dir(), cache_dir=tmp_path)
    for page_id, screen_only in (("help-and-support", "This screen cannot open websites"),
                                 ("treatment", "Tap a treatment below"),
                                 ("tests-and-diagnosis", "Tap a test to read"),
                                 ("urgent-help", "If you are in the clinic now")):
        session.controller.open_page(page_id)
        assert screen_only in session.window.page.text.toPlainText()  # still on the screen
        text = " ".join(pdf_text(printed_page(session, page_id, tmp_path)).split())
        assert screen_only not in text, page_id


def test_printout_has_a_qr_code_and_the_address_for_each_website(qtbot, tmp_path) -> None:
    session = make_session(qtbot, resources.content_dir(), cache_dir=tmp_path)
    path = printed_page(session, "help-and-support", tmp_path)
    text = pdf_text(path)
    assert "Websites on this page" in text
    after = text.split("Websites on this page", 1)[1]
    for address in ("www.macmillan.org.uk", "breastcancernow.org"):
        assert address in after
    images = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True,
                            check=True).stdout.splitlines()[2:]
    assert len(images) == 2
    for row in images:
        width_px, x_ppi = int(row.split()[3]), int(row.split()[12])
        assert 25 <= width_px / x_ppi * 25.4 <= 35  # about 3 cm: easy for a phone camera

    # A page that names no website prints no codes.
    plain = printed_page(session, "biopsy", tmp_path)
    assert "Websites on this page" not in pdf_text(plain)


def test_printed_qr_codes_come_from_the_page_links_only() -> None:
    body = ("<p>See <a href='https://www.macmillan.org.uk'>Macmillan</a> and <a href='page:biopsy'>Biopsy</a>, "
            "<a href='https://www.macmillan.org.uk'>again</a>.</p>"
            "<p class=\"screen-only\">Tap <a href='https://hidden.example'>here</a>.</p>")
    assert websites(body) == ["https://www.macmillan.org.uk"]


def test_headings_stay_with_what_follows_and_have_room_above(qtbot, tmp_path) -> None:
    paragraph = "<p>" + "Some words about this part of the page, written plainly for a reader. " * 3 + "</p>"
    sections = "".join(f"<h2>Heading {n}</h2>" + paragraph * (1 + n % 3) for n in range(1, 30))
    path = print_to_pdf(f"<h1>Title</h1>{sections}", tmp_path / "headings.pdf")
    words = pdf_words(path)
    pages = max(w[0] for w in words)
    assert pages >= 3
    seen = []
    for page in range(1, pages + 1):
        lines = [line for line in pdf_text(path, page).splitlines() if line.strip()]
        assert not lines[-1].strip().startswith("Heading"), f"page {page} ends with a heading"
        seen += [line.strip() for line in lines if line.strip().startswith("Heading")]
    assert seen == [f"Heading {n}" for n in range(1, 30)]  # each once, in order

    # Room above a heading (more than between paragraphs), less below it: it belongs to what follows.
    tops = {}
    for page, _left, top, _right, bottom, word in words:
        tops.setdefault((page, round(top)), []).append((word, top, bottom))
    rows = sorted(tops.items())
    gaps_above, gaps_below = [], []
    for (prev_key, prev), (key, row), (next_key, nxt) in zip(rows, rows[1:], rows[2:], strict=False):
        if row[0][0] == "Heading" and prev_key[0] == key[0] == next_key[0]:
            gaps_above.append(row[0][1] - max(b for _w, _t, b in prev))
            gaps_below.append(nxt[0][1] - max(b for _w, _t, b in row))
    assert gaps_above and min(gaps_above) >= 4 * MM
    assert max(gaps_below) < min(gaps_above)


def test_printed_pdf_says_what_it_is_where_from_and_when(qtbot, tmp_path) -> None:
    session = make_session(qtbot, resources.content_dir(), cache_dir=tmp_path)
    session.controller.open_page("bone-scan")
    page = session.window.page.page
    document = session.controller.printable_page()
    text = " ".join(pdf_text(print_to_pdf(document, tmp_path / "bone-scan.pdf")).split())
    assert text.startswith("Bone scan")
    assert "Riverside Breast Clinic" in text
    assert f"printed on {date.today():%d %B %Y}" in text
    # The date is the clinical sign-off's, never the page's own metadata; the shipped guide has none yet.
    assert page.reviewed and f"{page.reviewed:%B %Y}" not in text
    assert "This page has not yet been checked by a clinician." in text
    assert session.window.page.reviewed.text() == "This page has not yet been checked by a clinician."


def test_no_shipped_page_prints_words_that_only_make_sense_on_the_screen() -> None:
    from kiosk.content.loader import load_content
    from kiosk.content.render import PageRenderer

    store = load_content(resources.content_dir())
    renderer = PageRenderer(store)
    # Instructions for the screen, not mentions of it ("checked before it is used on this screen" is fine on paper).
    # "If you are in the clinic now" means nothing on a sheet read at home (F2).
    screen_words = re.compile(r"\bthis screen cannot\b|(^|[.>]\s*)tap (a|one|the) \w+ below|in the clinic now",
                              re.IGNORECASE)
    for page in store.pages.values():
        printed = re.sub(r"<[^>]+>", " ", printable_html(page, renderer.render(page), "Guide"))
        assert not screen_words.search(printed), f"{page.id}: mark its screen-only sentence with {{.screen-only}}"


# F2 of the 7 December usability test: the paper a patient takes home carries the numbers it tells them to call. --
def test_a_page_that_says_call_your_cancer_line_prints_its_number_and_the_999_box(qtbot, tmp_path) -> None:
    session = make_session(qtbot, resources.content_dir(), cache_dir=tmp_path)
    path = printed_page(session, "spread-to-bone", tmp_path)
    text = " ".join(pdf_text(path).split())
    assert "cancer line" in text  # the page routes to the line...
    assert CLINIC.acute_oncology_line in text  # ...and the sheet gives its number
    assert "If you need help now" in text and "Call 999" in text and "NHS 111" in text
    # The box comes first, on page 1, before the page's own words send the reader to it.
    page_one = " ".join(pdf_text(path, page=1).split())
    assert page_one.index(CLINIC.acute_oncology_line) < page_one.index("spinal cord compression")
    # The box is drawn: its red line shows in the picture of page 1.
    picture = tmp_path / "page"
    subprocess.run(["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", str(path), str(picture)], check=True)
    from PySide6.QtGui import QColor, QImage

    image = QImage(str(next(tmp_path.glob("page*.png"))))
    red = sum(1 for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)
              if (c := QColor(image.pixel(x, y))).red() > 140 and c.green() < 80 and c.blue() < 90)
    assert red > 100, "no red box on the printed page"
    # A link to the Urgent help screen, which the patient will not have at home, points at the box instead.
    assert "on this sheet" in text
    # The clinic's everyday numbers are at the foot of the sheet.
    assert CLINIC.breast_care_nurse_line in text


def test_the_urgent_help_printout_has_the_999_box_with_the_number_large(qtbot, tmp_path) -> None:
    session = make_session(qtbot, resources.content_dir(), cache_dir=tmp_path)
    path = printed_page(session, "urgent-help", tmp_path)
    number_words = [w for w in pdf_words(path) if w[5] in CLINIC.acute_oncology_line.split() and w[0] == 1]
    body_words = [w for w in pdf_words(path) if w[5] == "straight" and w[0] == 1]
    assert number_words and body_words
    # The number comes first on the sheet (in the box) and stands out: taller than the body text.
    first = min(number_words, key=lambda w: w[2])
    assert first[2] < body_words[0][2]
    assert first[4] - first[2] > 1.2 * (body_words[0][4] - body_words[0][2])


def test_a_page_that_never_mentions_help_prints_no_box(qtbot, tmp_path) -> None:
    session = make_session(qtbot, resources.content_dir(), cache_dir=tmp_path)
    page = session.store.get("bone-scan")
    body = "<p>A bone scan shows the bones. Read about <a href='page:biopsy'>a biopsy</a>.</p>"
    document = printable_html(page, body, "Guide", local=CLINIC.local_details())
    text = " ".join(pdf_text(print_to_pdf(document, tmp_path / "plain.pdf")).split())
    assert "If you need help now" not in text and "Read about a biopsy." in text


def test_a_link_to_another_page_names_that_page_on_paper(qtbot, tmp_path) -> None:
    """F2: "Read about a bone scan." printed as bare words led nowhere; the sheet names the guide's page, which a
    reader at home can find on the kiosk or ask to have printed."""
    session = make_session(qtbot, resources.content_dir(), cache_dir=tmp_path / "index")
    text = " ".join(pdf_text(printed_page(session, "spread-to-bone", tmp_path)).split())
    assert "Read about a bone scan (the page “Bone scan” in this guide)." in text
    assert "page:" not in text
