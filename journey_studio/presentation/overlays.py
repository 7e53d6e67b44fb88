"""What the presenter lays over a step: a spotlight on one card, the other stages dimmed, a laser-pointer cursor."""

from html import escape

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QCursor, QPainter, QPainterPath, QPen, QPixmap, QRadialGradient
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QLabel

SPOTLIGHT_SHADE = QColor(0, 0, 0, 170)
HELP_FONT_SIZES = (30, 28, 26, 24, 22, 20, 18, 16, 14, 12)
"""Pixel sizes the key help tries, largest first, until it fits the screen."""
DIM_SHADE_ALPHA = 185


def shade_except(bounds: QRectF, hole: QRectF, colour: QColor, radius: float = 12.0) -> QGraphicsPathItem:
    """A shade over ``bounds`` with ``hole`` left clear: the spotlight and the dimmed stages both use it."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    path.addRect(bounds)
    path.addRoundedRect(hole, radius, radius)
    item = QGraphicsPathItem(path)
    item.setBrush(QBrush(colour))
    item.setPen(QPen(Qt.PenStyle.NoPen))
    item.setZValue(50)
    item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
    return item


def spotlight(bounds: QRectF, card_rect: QRectF, accent: QColor) -> QGraphicsItem:
    """Everything but the card darkened, the card ringed in ``accent``."""
    shade = shade_except(bounds, card_rect.adjusted(-10, -10, 10, 10), SPOTLIGHT_SHADE, 18)
    ring = QGraphicsPathItem(shade)
    outline = QPainterPath()
    outline.addRoundedRect(card_rect.adjusted(-10, -10, 10, 10), 18, 18)
    ring.setPath(outline)
    ring.setPen(QPen(accent, 6))
    ring.setBrush(Qt.BrushStyle.NoBrush)
    return shade


def dim_other_stages(bounds: QRectF, column: QRectF, background: QColor) -> QGraphicsItem:
    """The overview with one stage column clear and the rest faded into the background."""
    faded = QColor(background)
    faded.setAlpha(DIM_SHADE_ALPHA)
    return shade_except(bounds, column.adjusted(-6, -6, 6, 6), faded, 14)


def laser_cursor(size: int = 36) -> QCursor:
    """A glowing red dot, like a laser pointer, with its hot spot in the middle."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    centre = QPointF(size / 2, size / 2)
    glow = QRadialGradient(centre, size / 2)
    glow.setColorAt(0.0, QColor(255, 40, 40, 255))
    glow.setColorAt(0.25, QColor(255, 30, 30, 230))
    glow.setColorAt(0.5, QColor(255, 0, 0, 90))
    glow.setColorAt(1.0, QColor(255, 0, 0, 0))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(glow)
    painter.drawEllipse(centre, size / 2, size / 2)
    painter.setBrush(QColor(255, 235, 235))
    painter.drawEllipse(centre, size * 0.08, size * 0.08)
    painter.end()
    return QCursor(pixmap, size // 2, size // 2)


def overlay_style(font_px: int) -> str:
    """White text on a nearly opaque dark plate, readable over any slide."""
    return (f"QLabel {{ background: rgba(20, 20, 24, 248); color: white; font-size: {font_px}px;"
            " padding: 16px 24px; border: 1px solid rgba(255, 255, 255, 90); border-radius: 12px; }")


def help_html(title: str, rows: list[tuple[str, str]]) -> str:
    """The presenter's keys as a two-column table: what, then which keys."""
    body = "".join(
        f"<tr><td style='padding: 3px 24px 3px 0; color: #c8d2ff'>{escape(what)}</td>"
        f"<td style='padding: 3px 0'>{escape(keys)}</td></tr>" for what, keys in rows)
    return f"<p style='font-weight: bold; margin-bottom: 8px'>{escape(title)}</p><table>{body}</table>"


def fit_help(label: QLabel, available: QSize) -> None:
    """The largest font size at which the help fits ``available``, then the label sized to its text."""
    for font_px in HELP_FONT_SIZES:
        label.setStyleSheet(overlay_style(font_px))
        label.ensurePolished()
        hint = label.sizeHint()
        if hint.width() <= available.width() and hint.height() <= available.height():
            break
    label.resize(label.sizeHint().boundedTo(available))
