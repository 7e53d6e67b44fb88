"""The map as a QGraphicsScene: items follow a MapLayout; static bands are drawn as background.

The scene knows nothing of files or undo: it is given a map to show and shows it.
"""

from collections.abc import Sequence

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from ..layout import DEFAULT_METRICS, LayoutMetrics, MapLayout, compute_layout
from ..model import JourneyMap, Persona
from ..theme import Theme, load_theme
from .items import (
    CardItem,
    ConnectorItem,
    EmotionCurveItem,
    LaneHeaderItem,
    MapHeaderItem,
    MetricItem,
    StageHeaderItem,
)
from ..layout.blocks import text_block
from .painting import draw_text_block, qcolor, qrect
from .qt_fonts import register_fonts


class MapScene(QGraphicsScene):
    def __init__(
        self, theme: Theme | None = None, metrics: LayoutMetrics = DEFAULT_METRICS, parent=None,
        item_cache: bool = True,
    ):
        """``item_cache`` keeps a pixmap per card for fast panning; one-off exports draw faster without it."""
        super().__init__(parent)
        self._item_cache = item_cache
        register_fonts()
        self._theme = theme or load_theme("light")
        self._metrics = metrics
        self._layout: MapLayout | None = None
        self._header: MapHeaderItem | None = None
        self._cards: dict[str, CardItem] = {}
        self._stages: dict[str, StageHeaderItem] = {}
        self._lanes: dict[str, LaneHeaderItem] = {}
        self._curves: dict[str | None, EmotionCurveItem] = {}
        self._connectors: dict[str, ConnectorItem] = {}
        self._metric_items: list[MetricItem] = []
        self._transparent = False
        self._lane_order: list[str] = []
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)

    @property
    def theme(self) -> Theme:
        return self._theme

    def set_theme(self, theme: Theme) -> None:
        """Draw the shown map in another theme: every item is rebuilt with the new colours, the selection kept."""
        if theme == self._theme:
            return
        selected = set(self.selected_card_ids())
        self._theme = theme
        layout = self._layout
        self._clear_items()
        if layout is not None:
            self.apply_layout(layout)
        for card_id in selected:
            if card_id in self._cards:
                self._cards[card_id].setSelected(True)
        self.update()

    @property
    def map_layout(self) -> MapLayout | None:
        return self._layout

    @property
    def metrics(self) -> LayoutMetrics:
        return self._metrics

    @property
    def lane_order(self) -> list[str]:
        """Every lane id of the shown map in model order, hidden ones included."""
        return list(self._lane_order)

    def card_items(self) -> dict[str, CardItem]:
        return dict(self._cards)

    def card_item(self, card_id: str) -> CardItem | None:
        return self._cards.get(card_id)

    def stage_items(self) -> dict[str, StageHeaderItem]:
        return dict(self._stages)

    def lane_items(self) -> dict[str, LaneHeaderItem]:
        return dict(self._lanes)

    def curve_items(self) -> dict[str | None, EmotionCurveItem]:
        return dict(self._curves)

    def connector_items(self) -> dict[str, ConnectorItem]:
        return dict(self._connectors)

    def show_map(self, journey_map: JourneyMap | None, personas: Sequence[Persona] = (), language: str = "fr") -> None:
        """Show ``journey_map`` (None clears the scene), reusing the items of what is still there."""
        if journey_map is None:
            self._clear_items()
            self._layout = None
            self.setSceneRect(QRectF())
            self.update()
            return
        self._lane_order = [lane.id for lane in journey_map.lanes]
        self.apply_layout(compute_layout(journey_map, personas, language, self._metrics))

    def apply_layout(self, layout: MapLayout) -> None:
        self._layout = layout
        self.setSceneRect(qrect(layout.bounds))
        if self._header is None:
            self._header = MapHeaderItem(layout.header, self._theme)
            self.addItem(self._header)
        else:
            self._header.set_header(layout.header)

        stage_colour = {column.stage_id: column.colour for column in layout.stages}
        self._sync(self._stages, {c.stage_id: c for c in layout.stages},
                   lambda c: StageHeaderItem(c, self._theme), StageHeaderItem.set_column)
        self._sync(self._lanes, {r.lane_id: r for r in layout.lanes},
                   lambda r: LaneHeaderItem(r, self._theme), LaneHeaderItem.set_row)
        self._sync(
            self._cards, layout.card_index,
            lambda box: CardItem(box, self._theme, stage_colour.get(box.stage_id, "#888888"), self._item_cache),
            lambda item, box: item.set_box(box, stage_colour.get(box.stage_id)),
        )
        self._sync(self._connectors, {p.connector_id: p for p in layout.connectors},
                   lambda p: ConnectorItem(p, self._theme), ConnectorItem.set_path)

        radius = self._metrics.emotion_point_radius
        shade = len(layout.curves) == 1
        curves = {curve.persona_id: curve for curve in layout.curves}
        area, zero_y = layout.emotion_lane, layout.zero_y
        self._sync(
            self._curves, curves,
            lambda curve: EmotionCurveItem(curve, area, zero_y, self._theme, radius, shade),
            lambda item, curve: item.set_curve(curve, area, zero_y),
        )
        for item in self._metric_items:
            self.removeItem(item)
        self._metric_items = [MetricItem(cell, self._theme) for cell in layout.metric_cells]
        for item in self._metric_items:
            self.addItem(item)
        self.update()

    def _sync(self, items: dict, wanted: dict, create, update) -> None:
        for key in list(items):
            if key not in wanted:
                self.removeItem(items.pop(key))
        for key, value in wanted.items():
            item = items.get(key)
            if item is None:
                item = create(value)
                items[key] = item
                self.addItem(item)
            else:
                update(item, value)

    def _clear_items(self) -> None:
        for group in (self._cards, self._stages, self._lanes, self._curves, self._connectors):
            for item in group.values():
                self.removeItem(item)
            group.clear()
        for item in self._metric_items:
            self.removeItem(item)
        self._metric_items = []
        if self._header is not None:
            self.removeItem(self._header)
            self._header = None

    def card_at(self, pos: QPointF) -> CardItem | None:
        return next((item for item in self.items(pos) if isinstance(item, CardItem)), None)

    def selected_card_ids(self) -> list[str]:
        return [item.card_id for item in self.selectedItems() if isinstance(item, CardItem)]

    # -- static background: bands, title column, grid, zero line ---------------------------

    def set_transparent_background(self, transparent: bool) -> None:
        """Leave the page background unpainted (for PNG and SVG exports over slides)."""
        self._transparent = transparent
        self.update()

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        theme = self._theme
        if not self._transparent:
            painter.fillRect(rect, qcolor(theme.background))
        layout = self._layout
        if layout is None:
            return
        grid = qrect(layout.grid_rect)
        for row in layout.lanes:
            band = qrect(row.rect)
            if not band.intersects(rect):
                continue
            painter.fillRect(band, qcolor(theme.lane_band[row.index % 2]))
            painter.fillRect(qrect(row.title_rect), qcolor(theme.lane_title_background))
        for column in layout.stages:
            body = qrect(column.rect).adjusted(0, column.header_rect.height, 0, 0)
            if body.intersects(rect):
                tint = QColor(qcolor(column.colour))
                tint.setAlpha(14)
                painter.fillRect(body, tint)

        painter.setPen(QPen(qcolor(theme.grid_line), 1))
        lines = []
        top = grid.top() + self._metrics.stage_header_height + self._metrics.stage_header_gap
        for row in layout.lanes:
            lines.append(QLineF(grid.left(), row.rect.bottom, grid.right(), row.rect.bottom))
        if layout.lanes:
            lines.append(QLineF(grid.left(), top, grid.right(), top))
        for column in layout.stages:
            lines.append(QLineF(column.rect.x, top, column.rect.x, grid.bottom()))
        if layout.stages:
            last = layout.stages[-1].rect
            lines.append(QLineF(last.right, top, last.right, grid.bottom()))
        painter.drawLines(lines)

        if layout.emotion_lane is not None and layout.zero_y is not None:
            area = qrect(layout.emotion_lane)
            pen = QPen(qcolor(theme.zero_line), 1.2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(QLineF(area.left(), layout.zero_y, area.right(), layout.zero_y))
            self._draw_legend(painter, layout)

    def _draw_legend(self, painter: QPainter, layout: MapLayout) -> None:
        """Several personas' curves: name each colour under the emotion lane's title."""
        if len(layout.curves) < 2:
            return
        row = next((r for r in layout.lanes if r.kind.value == "emotions"), None)
        if row is None:
            return
        style = self._metrics.point_label
        y = row.title.rect.bottom + 12
        for curve in layout.curves:
            colour = qcolor(self._theme.curve_colour(curve.colour_index))
            painter.setPen(QPen(colour, 3.5))
            painter.drawLine(QPointF(row.title_rect.x + 12, y + 7), QPointF(row.title_rect.x + 32, y + 7))
            block = text_block(curve.persona_name or "—", style, row.title_rect.x + 38, y, row.title_rect.width - 50, 1)
            draw_text_block(painter, block, self._theme.lane_title_text)
            y += style.line_height + 4


def item_under(scene: QGraphicsScene, point: QPointF, kind: type) -> QGraphicsItem | None:
    for item in scene.items(point):
        if isinstance(item, kind):
            return item
    return None
