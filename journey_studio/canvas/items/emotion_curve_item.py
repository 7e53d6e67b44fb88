"""The emotion curve on the canvas: the painter draws line, zones and faces; the items make them draggable."""

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ...layout import CurvePoint, EmotionCurve, Rect
from ...painter.curve import paint_curve_line, paint_emotion_point, point_bounds
from ...painter.path import curve_path
from ...theme import Theme
from ..qt_surface import QtSurface, qcolor, qpath, qpoint, qrect


class EmotionPointItem(QGraphicsItem):
    """One point of the curve, as a face; a child of its curve."""

    def __init__(self, point: CurvePoint, theme: Theme, radius: float, colour: str, parent: QGraphicsItem):
        super().__init__(parent)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self._theme = theme
        self._radius = radius
        self._colour = colour
        self._point = point
        self._bounds = QRectF()
        self._preview_mood: float | None = None
        self.set_point(point)

    @property
    def point_id(self) -> str:
        return self._point.point_id

    @property
    def point(self) -> CurvePoint:
        return self._point

    def set_point(self, point: CurvePoint) -> None:
        self._point = point
        r = self._radius + 10  # the selection ring
        bounds = QRectF(-r, -r, 2 * r, 2 * r).united(
            qrect(point_bounds(point, self._radius)).translated(-point.center.x, -point.center.y)
        )
        if bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = bounds
        self.setPos(qpoint(point.center))
        self.setToolTip(point.label.full_text)
        self.update()

    def preview(self, score: float, mood: float, y: float) -> None:
        """Show the point at ``score`` while it is dragged; the model changes only on release."""
        self._preview_mood = mood
        self.setPos(self._point.center.x, y)
        self.setToolTip(f"{score:+g}")
        self.update()

    def end_preview(self) -> None:
        self._preview_mood = None
        self.setPos(qpoint(self._point.center))
        self.setToolTip(self._point.label.full_text)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(QPointF(0, 0), self._radius + 3, self._radius + 3)
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        theme, point, r = self._theme, self._point, self._radius
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.save()
        painter.translate(-point.center.x, -point.center.y)  # the painter draws in layout coordinates
        paint_emotion_point(QtSurface(painter), point, r, theme, self._preview_mood)
        painter.restore()
        if self.isSelected():
            painter.setPen(QPen(qcolor(theme.selection), 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), r + 8, r + 8)


class EmotionCurveItem(QGraphicsItem):
    def __init__(self, curve: EmotionCurve, area: Rect, zero_y: float, theme: Theme, radius: float, shade: bool):
        super().__init__()
        self.setZValue(3)
        self._theme = theme
        self._radius = radius
        self._shade = shade
        self._points: dict[str, EmotionPointItem] = {}
        self._curve = curve
        self._area = area
        self._zero_y = zero_y
        self._path = QPainterPath()
        self._bounds = QRectF()
        self.set_curve(curve, area, zero_y)

    @property
    def persona_id(self) -> str | None:
        return self._curve.persona_id

    def point_items(self) -> list[EmotionPointItem]:
        return list(self._points.values())

    def set_curve(self, curve: EmotionCurve, area: Rect, zero_y: float) -> None:
        self.prepareGeometryChange()
        self._curve, self._area, self._zero_y = curve, area, zero_y
        self._path = qpath(curve_path(curve.segments))
        self._bounds = self._path.boundingRect().adjusted(-4, -4, 4, 4).united(qrect(area))
        colour = self._theme.curve_colour(curve.colour_index)
        seen = set()
        for point in curve.points:
            seen.add(point.point_id)
            item = self._points.get(point.point_id)
            if item is None:
                self._points[point.point_id] = EmotionPointItem(point, self._theme, self._radius, colour, self)
            else:
                item.set_point(point)
        for point_id in list(self._points):
            if point_id not in seen:
                item = self._points.pop(point_id)
                item.setParentItem(None)
                if item.scene() is not None:
                    item.scene().removeItem(item)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        """The line widened to 14 px: a thin curve must still be easy to click."""
        stroker = QPainterPathStroker()
        stroker.setWidth(14)
        return stroker.createStroke(self._path)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_curve_line(QtSurface(painter), self._curve, self._theme, self._area, self._zero_y, self._shade)
