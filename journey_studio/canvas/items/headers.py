"""Headers: the map's title block, each stage's column header, each lane's title cell."""

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ...layout import HeaderLayout, LaneRow, StageColumn
from ...theme import Theme, readable_text_on
from ..painting import draw_icon, draw_text_block, qcolor, qrect


class MapHeaderItem(QGraphicsItem):
    def __init__(self, header: HeaderLayout, theme: Theme):
        super().__init__()
        self._theme = theme
        self._header = header
        self._bounds = qrect(header.rect)

    def set_header(self, header: HeaderLayout) -> None:
        self.prepareGeometryChange()
        self._header = header
        self._bounds = qrect(header.rect)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        header, theme = self._header, self._theme
        draw_text_block(painter, header.title, theme.header_text)
        draw_text_block(painter, header.subtitle, theme.muted_text)
        draw_text_block(painter, header.scenario, theme.muted_text)


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
        column, theme = self._column, self._theme
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = qrect(column.header_rect).adjusted(2, 0, -2, 0)
        path = QPainterPath()
        path.addRoundedRect(rect, 10, 10)
        square = QPainterPath()
        square.addRect(rect.adjusted(0, rect.height() / 2, 0, 0))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(qcolor(column.colour))
        painter.drawPath(path.united(square))
        ink = readable_text_on(column.colour, theme)
        if column.icon_rect is not None:
            draw_icon(painter, qrect(column.icon_rect), "stages", column.icon, ink)
        draw_text_block(painter, column.name, ink)
        draw_text_block(painter, column.goal, ink)


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
        draw_text_block(painter, self._row.title, self._theme.lane_title_text)
