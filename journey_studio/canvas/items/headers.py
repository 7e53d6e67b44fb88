"""Headers: the map's title block, each stage's column header, each lane's title cell."""

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ...layout import HeaderLayout, LaneRow, StageColumn
from ...painter.headers import paint_lane_title, paint_map_header, paint_stage_header
from ...theme import Theme
from ..qt_surface import QtSurface, qrect


class MapHeaderItem(QGraphicsItem):
    def __init__(self, header: HeaderLayout, theme: Theme):
        super().__init__()
        self._theme = theme
        self._header = header
        self._bounds = qrect(header.rect)

    def set_header(self, header: HeaderLayout) -> None:
        if header == self._header:
            return
        self.prepareGeometryChange()
        self._header = header
        self._bounds = qrect(header.rect)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        paint_map_header(QtSurface(painter), self._header, self._theme)


class StageHeaderItem(QGraphicsItem):
    def __init__(self, column: StageColumn, theme: Theme):
        super().__init__()
        self._theme = theme
        self.setZValue(0.5)
        self._column = column
        self._bounds = qrect(column.header_rect)
        self.set_column(column)

    @property
    def stage_id(self) -> str:
        return self._column.stage_id

    def set_column(self, column: StageColumn) -> None:
        if qrect(column.header_rect) != self._bounds:
            self.prepareGeometryChange()
            self._bounds = qrect(column.header_rect)
        self._column = column
        tip = column.name.full_text
        if column.goal.full_text:
            tip += "\n" + column.goal.full_text
        self.setToolTip(tip)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_stage_header(QtSurface(painter), self._column, self._theme)


class LaneHeaderItem(QGraphicsItem):
    def __init__(self, row: LaneRow, theme: Theme):
        super().__init__()
        self._theme = theme
        self._row = row
        self._bounds = qrect(row.title_rect)
        self.setZValue(0.5)

    @property
    def lane_id(self) -> str:
        return self._row.lane_id

    def set_row(self, row: LaneRow) -> None:
        if qrect(row.title_rect) != self._bounds:
            self.prepareGeometryChange()
            self._bounds = qrect(row.title_rect)
        self._row = row
        self.setToolTip(row.title.full_text if row.title.elided else "")
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        paint_lane_title(QtSurface(painter), self._row, self._theme)
