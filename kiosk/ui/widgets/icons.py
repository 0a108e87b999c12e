"""Icons from the bundled SVG files, in any colour (the bar needs white icons, cards navy ones)."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from kiosk import resources

DRAWN_COLOUR = "#1d3557"  # the colour every bundled icon is drawn in


@lru_cache(maxsize=256)
def _svg(name: str, colour: str | None) -> bytes | None:
    path = resources.icon(name)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return None
    if colour:
        text = text.replace(DRAWN_COLOUR, colour)
    return text.encode()


def exists(name: str) -> bool:
    return _svg(name, None) is not None


def pixmap(name: str, size: int, colour: str | None = None, ratio: float = 1.0) -> QPixmap:
    """The icon drawn at ``size`` pixels; an empty pixmap when the icon is missing (never an error).

    Cached: the same icons appear on the home screen, in search and on pages, in two text sizes."""
    # The colour the files are drawn in is the file as it is: one cache entry, not two (a card made in the default
    # colour and then themed in the standard palette drew each Home icon twice before the first paint).
    if colour is not None and colour.lower() == DRAWN_COLOUR:
        colour = None
    return _pixmap(name, size, colour, ratio)


@lru_cache(maxsize=512)
def _pixmap(name: str, size: int, colour: str | None, ratio: float) -> QPixmap:
    data = _svg(name, colour)
    if data is None:
        return QPixmap()
    renderer = QSvgRenderer(QByteArray(data))
    if not renderer.isValid():
        return QPixmap()
    side = max(1, round(size * ratio))
    image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, side, side))
    painter.end()
    result = QPixmap.fromImage(image)
    result.setDevicePixelRatio(ratio)
    return result


def icon(name: str, colour: str | None = None, checked_colour: str | None = None, size: int = 64) -> QIcon:
    result = QIcon()
    normal = pixmap(name, size, colour)
    if normal.isNull():
        return result
    result.addPixmap(normal, QIcon.Mode.Normal, QIcon.State.Off)
    result.addPixmap(normal, QIcon.Mode.Disabled, QIcon.State.Off)
    if checked_colour:
        result.addPixmap(pixmap(name, size, checked_colour), QIcon.Mode.Normal, QIcon.State.On)
    return result
