"""A stage's figures in the metrics lane: how many enter, how many complete."""

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ...layout import MetricCell
from ...painter.headers import paint_metric_cell
from ...theme import Theme
from ..qt_surface import QtSurface, qrect


class MetricItem(QGraphicsItem):
    def __init__(self, cell: MetricCell, theme: Theme):
        super().__init__()
        self._theme = theme
        self._cell = cell
        self._bounds = qrect(cell.rect)
        self.setZValue(1)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        paint_metric_cell(QtSurface(painter), self._cell, self._theme)
