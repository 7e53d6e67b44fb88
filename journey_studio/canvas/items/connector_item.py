"""An arrow from one card to another (next, back or skip): the painter draws it, the item makes it clickable."""

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPainterPath, QPainterPathStroker
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ...layout import ConnectorPath
from ...painter.connector import arrow_head, connector_bounds, paint_connector
from ...painter.path import curve_path
from ...theme import Theme
from ..qt_surface import QtSurface, qpath, qrect


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

    @property
    def connector(self) -> ConnectorPath:
        return self._connector

    def set_path(self, path: ConnectorPath) -> None:
        self.prepareGeometryChange()
        self._connector = path
        self._path = qpath(curve_path(path.segments))
        self._head = qpath(arrow_head(path))
        self._bounds = qrect(connector_bounds(path))
        self.setToolTip(path.label.full_text)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        """Widened to 14 px so a 2 px arrow is easy to click."""
        stroker = QPainterPathStroker()
        stroker.setWidth(14)
        return stroker.createStroke(self._path).united(self._head)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        highlight = self._theme.selection if self.isSelected() else None
        paint_connector(QtSurface(painter), self._connector, self._theme, highlight)
