"""Temporary items that show where a drag will land."""

from PySide6.QtCore import QLineF, QPointF, Qt
from PySide6.QtGui import QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsPathItem, QGraphicsScene

from ..painting import qcolor


def indicator_line(scene: QGraphicsScene, colour: str, width: float = 4.0) -> QGraphicsLineItem:
    """A thick line marking an insertion point (between cards, stages or lanes)."""
    line = QGraphicsLineItem()
    pen = QPen(qcolor(colour), width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    line.setPen(pen)
    line.setZValue(50)
    scene.addItem(line)
    return line


def rubber_arrow(scene: QGraphicsScene, colour: str) -> QGraphicsPathItem:
    item = QGraphicsPathItem()
    pen = QPen(qcolor(colour), 2.5, Qt.PenStyle.DashLine)
    item.setPen(pen)
    item.setZValue(50)
    scene.addItem(item)
    return item


def straight_path(start: QPointF, end: QPointF) -> QPainterPath:
    path = QPainterPath(start)
    path.lineTo(end)
    return path


def set_line(item: QGraphicsLineItem, a: QPointF, b: QPointF) -> None:
    item.setLine(QLineF(a, b))


def remove(scene: QGraphicsScene, *items) -> None:
    for item in items:
        if item is not None and item.scene() is scene:
            scene.removeItem(item)
