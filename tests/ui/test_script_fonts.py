"""The bundled fonts draw every offered script by themselves: no letter of a translation or a translated guide is
left to whatever fonts a PC happens to have (Debian's fonts-noto-core is not installed for it)."""

from __future__ import annotations

import os
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QRawFont

from kiosk import resources, translations
from kiosk.languages import ENGLISH, LANGUAGES

# Atkinson Hyperlegible has no circumflexed w and y; Welsh's ŵ and ŷ come from the system's sans font (DejaVu Sans
# on Linux, from fonts-dejavu-core; Segoe UI on Windows).
LEFT_TO_THE_SYSTEM = {"cy": set("ŵŷŴŶ")}


def words_of(code: str) -> str:
    """Every letter a patient can meet in a language: its name, its interface translation, its sample guide."""
    text = LANGUAGES[code].native
    tree = ET.parse(translations.source_dir() / f"kiosk_{code}.ts")
    text += "".join(message.findtext("translation") or "" for message in tree.iter("message"))
    for page in (resources.more_guides_dir() / f"clinic-visit-{code}").glob("pages/*.md"):
        text += page.read_text(encoding="utf-8")
    return text


def urgent_help_in(code: str) -> str:
    tree = ET.parse(translations.source_dir() / f"kiosk_{code}.ts")
    return next(m.findtext("translation") for m in tree.iter("message") if m.findtext("source") == "Urgent help")


def bundled(family: str, style: str = "Regular") -> QRawFont:
    font = QRawFont(str(resources.font_dir() / f"{family.replace(' ', '')}-{style}.ttf"), 20)
    assert font.isValid(), family
    return font


@pytest.mark.parametrize("code", [code for code in LANGUAGES if code != ENGLISH])
def test_every_letter_of_a_language_is_in_a_bundled_font(qapp, code: str) -> None:
    language = LANGUAGES[code]
    fonts = [bundled("Atkinson Hyperlegible", style) for style in ("Regular", "Bold")]
    if language.font:
        fonts = [bundled(language.font, style) for style in ("Regular", "Bold")] + fonts
    letters = {c for c in words_of(code) if not c.isspace() and unicodedata.category(c) not in ("Cc", "Cf")}
    assert len(letters) > 40, "the check read too little text to mean anything"
    for style in (0, 1):  # regular and bold each have the letter
        missing = {c for c in letters if not any(f.supportsCharacter(ord(c)) for f in fonts[style::2])}
        assert missing <= LEFT_TO_THE_SYSTEM.get(code, set()), f"{code}: no bundled font draws {sorted(missing)}"


DRAW_WITH_NO_SYSTEM_FONTS = r"""
import json, sys
from PySide6.QtGui import QFont, QGuiApplication, QImage, QPainter, QTextLayout, QColor
from PySide6.QtCore import QPointF
from kiosk.ui.services.translation import load_script_font
from kiosk.ui.theme import load_fonts

app = QGuiApplication([])
family = load_fonts()
found = {}
for code, text in json.loads(sys.argv[1]).items():
    assert load_script_font(code), code
    layout = QTextLayout(text, QFont(family, 24))
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(4000)
    layout.endLayout()
    runs = [(run.rawFont().familyName().lower(), min(run.glyphIndexes(), default=0)) for run in layout.glyphRuns()]
    image = QImage(1200, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    layout.draw(painter, QPointF(0, 0))
    painter.end()
    inked = sum(1 for x in range(0, 1200, 2) for y in range(0, 80, 2) if QColor(image.pixel(x, y)).lightness() < 128)
    found[code] = {"runs": runs, "inked": inked}
print(json.dumps(found))
"""


DEJAVU = Path("/usr/share/fonts/truetype/dejavu")  # fonts-dejavu-core (scripts/install-system-deps.sh)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="hides the system's fonts through fontconfig")
@pytest.mark.parametrize("system_fonts", [(), (DEJAVU,)], ids=["none", "dejavu"])
def test_each_script_is_drawn_by_its_bundled_font_whatever_the_system_has(tmp_path: Path, system_fonts) -> None:
    """In a fresh process whose fontconfig knows no font folder at all, only the app's own fonts exist: a sample
    in each script (its name, its "Urgent help") is laid out in the bundled font and drawn in ink, no tofu. Beside
    DejaVu Sans, which has Arabic letters of its own, the bundled Noto Naskh Arabic still draws Urdu and Arabic."""
    import json

    if any(not folder.is_dir() for folder in system_fonts):
        pytest.skip("fonts-dejavu-core is not installed")
    folders = "".join(f"<dir>{folder}</dir>" for folder in system_fonts)
    (tmp_path / "fonts.conf").write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n'
        f"<fontconfig>{folders}<cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>\n", encoding="utf-8")
    samples = {code: f"{language.native} {urgent_help_in(code)} 999" for code, language in LANGUAGES.items()
               if language.font}
    env = {**os.environ, "FONTCONFIG_FILE": str(tmp_path / "fonts.conf"), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", DRAW_WITH_NO_SYSTEM_FONTS, json.dumps(samples)], env=env,
                            capture_output=True, text=True, timeout=300, cwd=resources.bundle_root())
    assert result.returncode == 0, result.stderr[-2000:]
    found = json.loads(result.stdout.splitlines()[-1])
    for code, drawn in found.items():
        families = {family for family, _ in drawn["runs"]}
        assert families <= {"atkinson hyperlegible", LANGUAGES[code].font.lower()}, (code, drawn["runs"])
        assert LANGUAGES[code].font.lower() in families, (code, drawn["runs"])
        assert all(lowest > 0 for _, lowest in drawn["runs"]), f"{code}: a letter drawn as an empty box"
        assert drawn["inked"] > 100, code
