"""Drawing primitives shared by the scene items: text blocks, faces, curves, arrow heads, icons."""

import math
from functools import lru_cache
from importlib.resources import files

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen
from PySide6.QtSvg import QSvgRenderer

from ..layout import Align, CubicSegment, Point, Rect, TextBlock
from ..layout.text import text_width
from ..theme import Theme
from .qt_fonts import qfont


@lru_cache(maxsize=512)
def qcolor(value: str) -> QColor:
    return QColor(value)


def qrect(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.width, rect.height)


def qpoint(point: Point) -> QPointF:
    return QPointF(point.x, point.y)


def draw_text_block(painter: QPainter, block: TextBlock, colour: str) -> None:
    if block.is_empty:
        return
    painter.setFont(qfont(block.style))
    painter.setPen(qcolor(colour))
    for index, line in enumerate(block.lines):
        x = block.rect.x
        if block.align is not Align.LEFT:
            spare = block.rect.width - text_width(line, block.style)
            x += spare / 2 if block.align is Align.CENTER else spare
        painter.drawText(QPointF(x, block.baseline(index)), line)


def cubic_path(segments: tuple[CubicSegment, ...] | list[CubicSegment]) -> QPainterPath:
    path = QPainterPath()
    if not segments:
        return path
    path.moveTo(qpoint(segments[0].start))
    for segment in segments:
        path.cubicTo(qpoint(segment.c1), qpoint(segment.c2), qpoint(segment.end))
    return path


def mood_colour(mood: float, theme: Theme) -> QColor:
    """Red for −1, amber for 0, green for +1, blended in between."""
    low, mid, high = qcolor(theme.face_negative), qcolor(theme.face_neutral), qcolor(theme.face_positive)
    a, b, t = (low, mid, mood + 1) if mood < 0 else (mid, high, mood)
    t = max(0.0, min(1.0, t))
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
    )


def draw_face(painter: QPainter, centre: QPointF, radius: float, mood: float, theme: Theme) -> None:
    """A vector emotion face: drawn, not an emoji, so every renderer shows the same face."""
    painter.setPen(QPen(qcolor(theme.face_ink), max(radius * 0.09, 1.0)))
    painter.setBrush(mood_colour(mood, theme))
    painter.drawEllipse(centre, radius, radius)
    painter.setBrush(qcolor(theme.face_ink))
    painter.setPen(Qt.PenStyle.NoPen)
    eye = radius * 0.13
    for dx in (-0.35, 0.35):
        painter.drawEllipse(QPointF(centre.x() + dx * radius, centre.y() - 0.25 * radius), eye, eye)
    mouth = QPainterPath()
    half = radius * 0.45
    y = centre.y() + radius * 0.32 - mood * radius * 0.1
    mouth.moveTo(centre.x() - half, y)
    mouth.quadTo(QPointF(centre.x(), y + mood * radius * 0.5), QPointF(centre.x() + half, y))
    pen = QPen(qcolor(theme.face_ink), max(radius * 0.12, 1.0))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(mouth)


def arrow_head(tip: QPointF, angle: float, size: float) -> QPainterPath:
    path = QPainterPath()
    path.moveTo(tip)
    for side in (-1, 1):
        a = angle + math.pi + side * 0.45
        path.lineTo(QPointF(tip.x() + size * math.cos(a), tip.y() + size * math.sin(a)))
    path.closeSubpath()
    return path


@lru_cache(maxsize=64)
def _svg_renderer(folder: str, name: str) -> QSvgRenderer | None:
    resource = files("journey_studio.icons") / folder / f"{name}.svg"
    if not resource.is_file():
        return None
    renderer = QSvgRenderer(resource.read_bytes())
    return renderer if renderer.isValid() else None


@lru_cache(maxsize=256)
def _tinted_icon(folder: str, name: str, width: int, height: int, colour: str) -> QImage | None:
    renderer = _svg_renderer(folder, name)
    if renderer is None:
        return None
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    icon_painter = QPainter(image)
    icon_painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(icon_painter, QRectF(0, 0, width, height))
    icon_painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    icon_painter.fillRect(image.rect(), qcolor(colour))
    icon_painter.end()
    return image


def draw_icon(painter: QPainter, rect: QRectF, folder: str, name: str, colour: str) -> bool:
    """Draw ``icons/<folder>/<name>.svg`` tinted, rasterised at the painter's device resolution."""
    scale = math.hypot(painter.worldTransform().m11(), painter.worldTransform().m12())
    width = max(1, min(512, round(rect.width() * scale)))
    height = max(1, min(512, round(rect.height() * scale)))
    image = _tinted_icon(folder, name, width, height, colour)
    if image is None:
        return False
    painter.drawImage(rect, image)
    return True
