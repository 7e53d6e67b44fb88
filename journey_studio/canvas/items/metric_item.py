"""A stage's figures in the metrics lane: how many enter, how many complete."""

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ...layout import MetricCell
from ...theme import Theme
from ..painting import draw_text_block, qrect


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
        draw_text_block(painter, self._cell.value, self._theme.metric_text)
        draw_text_block(painter, self._cell.caption, self._theme.muted_text)
