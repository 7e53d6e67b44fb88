"""A whole :class:`MapLayout` on a :class:`Surface`: the one painter of the screen, PNG, SVG, PDF and decks.

Stacking order as on screen: background bands, headers, arrows, cards, metrics,
emotion curve on top. Only what meets the visible area is drawn, so a PDF page
showing one part of a large map costs that part only. A file always gets full
detail: the screen's far-zoom blocks are drawn by the canvas items alone.
"""

from dataclasses import dataclass, replace
from functools import cached_property

from ..layout import DEFAULT_METRICS, CubicSegment, EmotionCurve, LayoutMetrics, MapLayout, Point, Rect
from ..theme import Theme
from .annotations import paint_blueprint_lines, paint_emotion_scale
from .background import paint_background
from .card import FALLBACK_STAGE_COLOUR, paint_card, paint_card_low_detail
from .connector import connector_bounds, paint_connector
from .curve import paint_curve_line, paint_emotion_point, point_bounds
from .headers import paint_lane_title, paint_map_header, paint_metric_cell, paint_stage_header
from .legend import paint_map_legend
from .surface import Surface


@dataclass(frozen=True)
class MapPainter:
    layout: MapLayout
    theme: Theme
    metrics: LayoutMetrics = DEFAULT_METRICS

    @cached_property
    def stage_colours(self) -> dict[str, str]:
        return {column.stage_id: column.colour for column in self.layout.stages}

    @cached_property
    def _card_extents(self) -> list[tuple[float, float, float, float]]:
        """Each card's left, top, right and bottom with its shadow and selection room: culled per page cheaply."""
        return [(b.rect.x - 4, b.rect.y - 4, b.rect.right + 4, b.rect.bottom + 6) for b in self.layout.cards]

    @cached_property
    def _connector_extents(self) -> list[tuple[float, float, float, float]]:
        """Each arrow's left, top, right and bottom (line, head, label): measured once, not once per page."""
        return [(r.x, r.y, r.right, r.bottom) for r in map(connector_bounds, self.layout.connectors)]

    @cached_property
    def _point_extents(self) -> list[list[tuple[float, float, float, float]]]:
        radius = self.metrics.emotion_point_radius
        return [[(r.x, r.y, r.right, r.bottom) for r in (point_bounds(p, radius) for p in curve.points)]
                for curve in self.layout.curves]

    @cached_property
    def _segment_hulls(self) -> list[list[tuple[float, float, float, float]]]:
        return [[_segment_hull(segment) for segment in curve.segments] for curve in self.layout.curves]

    def stage_colour(self, stage_id: str) -> str:
        return self.stage_colours.get(stage_id, FALLBACK_STAGE_COLOUR)

    def paint_underlay(self, surface: Surface, area: Rect) -> None:
        """What no canvas item draws (bands, grid, blueprint lines, emotion scale, legend): the scene's background.

        Everything added here shows on screen and in every file alike.
        """
        layout, theme = self.layout, self.theme
        paint_background(surface, layout, theme, self.metrics, area)
        paint_blueprint_lines(surface, layout, theme)
        paint_emotion_scale(surface, layout, theme)
        if layout.legend is not None and layout.legend.rect.intersects(area):
            with surface.group("legend"):
                paint_map_legend(surface, layout.legend, theme)

    def paint(
        self, surface: Surface, visible: Rect | None = None, background: str | None = None, blocks: bool = False,
    ) -> None:
        """Draw the map; only what meets ``visible`` (all when None); ``background`` None leaves it clear.

        ``blocks`` draws cards as the screen does far out (a preview on screen); a file never asks for it.
        """
        layout, theme = self.layout, self.theme
        area = visible or layout.bounds
        if background is not None:
            surface.fill_rect(area, background)
        self.paint_underlay(surface, area)
        if layout.header.rect.intersects(area):
            with surface.group("header"):
                paint_map_header(surface, layout.header, theme)
        for column in layout.stages:
            if column.header_rect.intersects(area):
                with surface.group("stage", column.stage_id):
                    paint_stage_header(surface, column, theme)
        for row in layout.lanes:
            if row.title_rect.intersects(area):
                paint_lane_title(surface, row, theme)
        x0, y0, x1, y1 = area.x, area.y, area.right, area.bottom
        for connector, (left, top, right, bottom) in zip(layout.connectors, self._connector_extents, strict=True):
            if left < x1 and x0 < right and top < y1 and y0 < bottom:  # as Rect.intersects
                with surface.group("connector", connector.connector_id):
                    paint_connector(surface, connector, theme)
        for box, (left, top, right, bottom) in zip(layout.cards, self._card_extents, strict=True):
            if left <= x1 and right >= x0 and top <= y1 and bottom >= y0:
                with surface.group("card", box.card_id):
                    draw = paint_card_low_detail if blocks else paint_card
                    draw(surface, box, theme, self.stage_colour(box.stage_id))
        for cell in layout.metric_cells:
            if cell.rect.intersects(area):
                paint_metric_cell(surface, cell, theme)
        radius = self.metrics.emotion_point_radius
        shade = len(layout.curves) == 1
        for curve, extents, hulls in zip(layout.curves, self._point_extents, self._segment_hulls, strict=True):
            points = [p for p, (left, top, right, bottom) in zip(curve.points, extents, strict=True)
                      if left <= x1 and right >= x0 and top <= y1 and bottom >= y0]
            shown = _visible_part(curve, hulls, area)
            if not points and shown is None:
                continue
            with surface.group("emotion-curve", curve.persona_id or ""):
                if shown is not None:
                    with surface.clipped(area):
                        paint_curve_line(surface, shown, theme, layout.emotion_lane, layout.zero_y, shade)
                for point in points:
                    paint_emotion_point(surface, point, radius, theme)


def _visible_part(
    curve: EmotionCurve, hulls: list[tuple[float, float, float, float]], area: Rect,
) -> EmotionCurve | None:
    """The stretch of ``curve`` whose pieces meet ``area`` (one more piece each side), None if none does.

    ``hulls`` are the pieces' bounding boxes. Drawn clipped to ``area``, the stretch looks exactly like the
    whole curve there: its line and its shading down to the zero line are the same inside the area. A PDF
    page of a long map draws its own stretch only.
    """
    if len(curve.points) < 2:
        return curve if curve.points and point_in(curve.points[0].center, area) else None
    x0, y0, x1, y1 = area.x, area.y, area.right, area.bottom
    meeting = [i for i, (left, top, right, bottom) in enumerate(hulls)
               if left <= x1 and right >= x0 and top <= y1 and bottom >= y0]
    if not meeting:
        return None
    first, last = max(0, meeting[0] - 1), min(len(curve.segments) - 1, meeting[-1] + 1)
    if first == 0 and last == len(curve.segments) - 1:
        return curve
    return replace(curve, points=curve.points[first:last + 2], segments=curve.segments[first:last + 1])


def point_in(point: Point, area: Rect) -> bool:
    return area.x <= point.x <= area.right and area.y <= point.y <= area.bottom


def _segment_hull(segment: CubicSegment) -> tuple[float, float, float, float]:
    """Left, top, right and bottom of a piece's control points, with room for the pen."""
    xs = (segment.start.x, segment.c1.x, segment.c2.x, segment.end.x)
    ys = (segment.start.y, segment.c1.y, segment.c2.y, segment.end.y)
    return min(xs) - 4, min(ys) - 4, max(xs) + 4, max(ys) + 4
