"""An arrow from one card to another: next, back (a loop) or skip."""

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ...layout import ConnectorPath
from ...model import ConnectorKind
from ...theme import Theme
from ..painting import arrow_head, cubic_path, draw_text_block, qcolor, qpoint, qrect

_STYLE = {
    ConnectorKind.NEXT: Qt.PenStyle.SolidLine,
    ConnectorKind.BACK: Qt.PenStyle.DashLine,
    ConnectorKind.SKIP: Qt.PenStyle.DotLine,
}


class ConnectorItem(QGraphicsItem):
    def __init__(self, path: ConnectorPath, theme: Theme):
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(0.8)  # behind cards: an arc crossing a card disappears under it
        self._theme = theme
        self._connector = path
        self._path = QPainterPath()
        self._head = QPainterPath()
        self._bounds = QRectF()
        self.set_path(path)

    @property
    def connector_id(self) -> str:
        return self._connector.connector_id

    def set_path(self, path: ConnectorPath) -> None:
        self.prepareGeometryChange()
        self._connector = path
        self._path = cubic_path((path.curve,))
        self._head = arrow_head(qpoint(path.curve.end), path.end_angle, 11)
        bounds = self._path.boundingRect().united(self._head.boundingRect()).adjusted(-8, -8, 8, 8)
        if not path.label.is_empty:
            bounds = bounds.united(qrect(path.label.rect))
        self._bounds = bounds
        self.setToolTip(path.label.full_text)
        self.update()

    def _colour(self) -> str:
        kind = self._connector.kind
        return {
            ConnectorKind.NEXT: self._theme.connector_next,
            ConnectorKind.BACK: self._theme.connector_back,
            ConnectorKind.SKIP: self._theme.connector_skip,
        }[kind]

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        """Widened to 14 px so a 2 px arrow is easy to click."""
        stroker = QPainterPathStroker()
        stroker.setWidth(14)
        return stroker.createStroke(self._path).united(self._head)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = qcolor(self._theme.selection if self.isSelected() else self._colour())
        pen = QPen(colour, 3.0 if self.isSelected() else 2.0, _STYLE[self._connector.kind])
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPath(self._head)
        label = self._connector.label
        if not label.is_empty:
            painter.setBrush(qcolor(self._theme.background))
            painter.drawRoundedRect(qrect(label.rect).adjusted(30, 0, -30, 0), 4, 4)
            draw_text_block(painter, label, self._colour())
