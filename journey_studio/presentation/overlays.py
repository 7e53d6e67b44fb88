"""What the presenter lays over a step: a spotlight on one card, the other stages dimmed, a laser-pointer cursor."""

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QCursor, QPainter, QPainterPath, QPen, QPixmap, QRadialGradient
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem

SPOTLIGHT_SHADE = QColor(0, 0, 0, 170)
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
