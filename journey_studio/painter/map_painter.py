"""A :class:`MapLayout` drawn on a vector :class:`Surface`: what the canvas items paint, for SVG and PDF.

Same geometry, same colours, same stacking order as the screen (background
bands, headers, arrows, cards, emotion curve on top), so an export looks like
the map the user edited. Keep it in step with ``canvas/items``.
"""

import math
from dataclasses import dataclass
from functools import cached_property

from ..layout import DEFAULT_METRICS, CardBox, ConnectorPath, EmotionCurve, LayoutMetrics, MapLayout, Point, Rect
from ..layout.blocks import text_block
from ..layout.picture import EVIDENCE_BADGE_STYLE as BADGE_STYLE, EVIDENCE_LETTERS, LOW_DETAIL_SCALE as LOW_DETAIL, STAGE_TINT_ALPHA
from ..layout.text import FontFace, TextStyle, font_ascent, font_descent, text_width
from ..model import ConnectorKind, EvidenceSource, LaneKind
from ..theme import Theme, readable_text_on
from .colour import translucent
from .face import draw_face
from .path import VectorPath, curve_path, ellipse, polyline, rounded_rect
from .surface import Stroke, Surface, draw_text_block

_DASH = {ConnectorKind.NEXT: (), ConnectorKind.BACK: (4.0, 2.0), ConnectorKind.SKIP: (1.0, 2.0)}
"""Qt's dash and dot patterns, in multiples of the pen width."""


@dataclass(frozen=True)
class MapPainter:
    layout: MapLayout
    theme: Theme
    metrics: LayoutMetrics = DEFAULT_METRICS

    @cached_property
    def _stage_colours(self) -> dict[str, str]:
        return {column.stage_id: column.colour for column in self.layout.stages}

    def paint(
        self, surface: Surface, visible: Rect | None = None, background: str | None = None, scale: float = 1.0,
    ) -> None:
        """Draw the map; only what meets ``visible`` (all when None); ``background`` None leaves it clear.

        Below the canvas's low-detail zoom (``scale`` is the size it will be seen at), cards are plain
        blocks, as on screen: their text would be unreadable and heavy to print.
        """
        layout = self.layout
        area = visible or layout.bounds
        if background is not None:
            surface.fill_rect(area, background)
        self._paint_grid(surface, area)
        with surface.group("header"):
            self._paint_header(surface)
        for column in layout.stages:
            if column.header_rect.intersects(area):
                with surface.group("stage", column.stage_id):
                    self._paint_stage_header(surface, column)
        for row in layout.lanes:
            if row.title_rect.intersects(area):
                draw_text_block(surface, row.title, self.theme.lane_title_text)
        for connector in layout.connectors:
            if _curve_bounds(connector).intersects(area):
                with surface.group("connector", connector.connector_id):
                    self._paint_connector(surface, connector)
        for box in layout.cards:
            if box.rect.adjusted(-4, -4, 4, 6).intersects(area):
                with surface.group("card", box.card_id):
                    if scale < LOW_DETAIL:
                        surface.fill_rect(box.rect, self.theme.card_background)
                        surface.fill_rect(Rect(box.rect.x, box.rect.y, 4, box.rect.height),
                                          box.colour or self._stage_colours.get(box.stage_id, "#888888"))
                    else:
                        self._paint_card(surface, box)
        for cell in layout.metric_cells:
            if cell.rect.intersects(area):
                draw_text_block(surface, cell.value, self.theme.metric_text)
                draw_text_block(surface, cell.caption, self.theme.muted_text)
        for curve in layout.curves:
            with surface.group("emotion-curve", curve.persona_id or ""):
                self._paint_curve(surface, curve, shade=len(layout.curves) == 1)

    # -- background: bands, tints, grid, zero line, legend ---------------------------------

    def _paint_grid(self, surface: Surface, area: Rect) -> None:
        layout, theme, m = self.layout, self.theme, self.metrics
        for row in layout.lanes:
            if row.rect.intersects(area):
                surface.fill_rect(row.rect, theme.lane_band[row.index % 2])
                surface.fill_rect(row.title_rect, theme.lane_title_background)
        for column in layout.stages:
            body = column.rect.adjusted(0, column.header_rect.height, 0, 0)
            if body.intersects(area) and body.height > 0:
                surface.fill_rect(body, translucent(column.colour, STAGE_TINT_ALPHA))
        grid = layout.grid_rect
        top = grid.y + m.stage_header_height + m.stage_header_gap
        lines = VectorPath()
        for row in layout.lanes:
            lines.move_to(grid.x, row.rect.bottom).line_to(grid.right, row.rect.bottom)
        if layout.lanes:
            lines.move_to(grid.x, top).line_to(grid.right, top)
        xs = [column.rect.x for column in layout.stages]
        if layout.stages:
            xs.append(layout.stages[-1].rect.right)
        for x in xs:
            lines.move_to(x, top).line_to(x, grid.bottom)
        surface.draw_path(lines, stroke=Stroke(theme.grid_line, 1.0))
        if layout.emotion_lane is not None and layout.zero_y is not None:
            lane = layout.emotion_lane
            zero = polyline(((lane.x, layout.zero_y), (lane.right, layout.zero_y)))
            surface.draw_path(zero, stroke=Stroke(theme.zero_line, 1.2, dash=(4 * 1.2, 2 * 1.2)))
            self._paint_legend(surface)

    def _paint_legend(self, surface: Surface) -> None:
        """Several personas' curves: each colour named under the emotion lane's title."""
        layout = self.layout
        row = next((r for r in layout.lanes if r.kind is LaneKind.EMOTIONS), None)
        if len(layout.curves) < 2 or row is None:
            return
        style = self.metrics.point_label
        y = row.title.rect.bottom + 12
        for curve in layout.curves:
            x = row.title_rect.x
            swatch = polyline(((x + 12, y + 7), (x + 32, y + 7)))
            surface.draw_path(swatch, stroke=Stroke(self.theme.curve_colour(curve.colour_index), 3.5))
            name = text_block(curve.persona_name or "—", style, x + 38, y, row.title_rect.width - 50, 1)
            draw_text_block(surface, name, self.theme.lane_title_text)
            y += style.line_height + 4

    # -- items -----------------------------------------------------------------------------

    def _paint_header(self, surface: Surface) -> None:
        header, theme = self.layout.header, self.theme
        draw_text_block(surface, header.title, theme.header_text)
        draw_text_block(surface, header.subtitle, theme.muted_text)
        draw_text_block(surface, header.scenario, theme.muted_text)

    def _paint_stage_header(self, surface: Surface, column) -> None:
        rect = column.header_rect.adjusted(2, 0, -2, 0)
        surface.draw_path(rounded_rect(rect, 10, top_only=True), fill=column.colour)
        ink = readable_text_on(column.colour, self.theme)
        if column.icon_rect is not None:
            surface.draw_icon("stages", column.icon, column.icon_rect, ink)
        draw_text_block(surface, column.name, ink)
        draw_text_block(surface, column.goal, ink)

    def _paint_connector(self, surface: Surface, connector: ConnectorPath) -> None:
        theme = self.theme
        ink = {
            ConnectorKind.NEXT: theme.connector_next,
            ConnectorKind.BACK: theme.connector_back,
            ConnectorKind.SKIP: theme.connector_skip,
        }[connector.kind]
        width = 2.0
        dash = tuple(d * width for d in _DASH[connector.kind])
        surface.draw_path(curve_path((connector.curve,)), stroke=Stroke(ink, width, dash, cap="round"))
        tip = connector.curve.end
        head = VectorPath().move_to(tip.x, tip.y)
        for side in (-1, 1):
            a = connector.end_angle + math.pi + side * 0.45
            head.line_to(tip.x + 11 * math.cos(a), tip.y + 11 * math.sin(a))
        surface.draw_path(head.close(), fill=ink)
        label = connector.label
        if not label.is_empty:
            surface.draw_path(rounded_rect(label.rect.adjusted(30, 0, -30, 0), 4), fill=theme.background)
            draw_text_block(surface, label, ink)

    def _paint_card(self, surface: Surface, box: CardBox) -> None:
        theme, rect = self.theme, box.rect
        stage_colour = self._stage_colours.get(box.stage_id, "#888888")
        surface.fill_rect(Rect(rect.x + 6, rect.bottom, rect.width - 12, 2.5), theme.card_shadow)
        border = Stroke(theme.critical, 2.0) if box.critical else Stroke(theme.card_border, 1.0)
        surface.draw_path(rounded_rect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 8), fill=theme.card_background,
                          stroke=border)
        surface.draw_path(_accent_stripe(rect), fill=box.colour or stage_colour)
        draw_text_block(surface, box.title, theme.card_title)
        draw_text_block(surface, box.body, theme.card_body)
        footer = box.footer_rect
        if box.channel is not None:
            icon = Rect(footer.x, footer.center.y - 8, 16, 16)
            surface.draw_icon("channels", box.channel.value, icon, theme.card_footer)
        draw_text_block(surface, box.channel_label, theme.card_footer)
        right = footer.right
        if box.online_label:
            style = box.channel_label.style
            ink = theme.online if box.online else theme.offline
            x = footer.right - text_width(box.online_label, style)
            surface.draw_text(x, box.channel_label.baseline(0), box.online_label, style, ink)
            surface.draw_path(ellipse(x - 8, footer.center.y, 3.5, 3.5), fill=ink if box.online else None,
                              stroke=Stroke(ink, 1.5))
            right = x - 12
        _evidence_badge(surface, Point(right - 20, footer.center.y), box.evidence, theme)
        if box.critical:
            _critical_flag(surface, rect, theme)

    def _paint_curve(self, surface: Surface, curve: EmotionCurve, shade: bool) -> None:
        theme, layout = self.theme, self.layout
        area, zero_y = layout.emotion_lane, layout.zero_y
        line = curve_path(curve.segments)
        if shade and len(curve.points) >= 2 and area is not None and zero_y is not None:
            fill = curve_path(curve.segments)
            fill.line_to(curve.points[-1].center.x, zero_y).line_to(curve.points[0].center.x, zero_y).close()
            above = Rect(area.x, area.y, area.width, zero_y - area.y)
            below = Rect(area.x, zero_y, area.width, area.bottom - zero_y)
            for clip, zone in ((above, theme.positive_zone), (below, theme.negative_zone)):
                if clip.height > 0:
                    with surface.clipped(clip):
                        surface.draw_path(fill, fill=zone)
        surface.draw_path(line, stroke=Stroke(theme.curve_colour(curve.colour_index), 3.5, cap="round"))
        r = self.metrics.emotion_point_radius
        for point in curve.points:
            if point.critical:
                ring = ellipse(point.center.x, point.center.y, r + 4.5, r + 4.5)
                surface.draw_path(ring, stroke=Stroke(theme.critical, 3.0))
            draw_face(surface, point.center, r, point.mood, theme)
            draw_text_block(surface, point.label, theme.critical if point.critical else theme.header_text)


def _curve_bounds(connector: ConnectorPath) -> Rect:
    c = connector.curve
    xs = [c.start.x, c.c1.x, c.c2.x, c.end.x]
    ys = [c.start.y, c.c1.y, c.c2.y, c.end.y]
    bounds = Rect(min(xs) - 12, min(ys) - 12, max(xs) - min(xs) + 24, max(ys) - min(ys) + 24)
    label = connector.label.rect
    x0, y0 = min(bounds.x, label.x), min(bounds.y, label.y)
    return Rect(x0, y0, max(bounds.right, label.right) - x0, max(bounds.bottom, label.bottom) - y0)


def _accent_stripe(rect: Rect) -> VectorPath:
    """The coloured left edge of a card, following its rounded corners (as ``card_item._accent_stripe``)."""
    r, k = 5.0, 5.0 * 0.5522847498
    x, y, bottom = rect.x, rect.y, rect.bottom
    path = VectorPath().move_to(x + r, y)
    path.cubic_to(x + r - k, y, x, y + r - k, x, y + r)
    path.line_to(x, bottom - r)
    path.cubic_to(x, bottom - r + k, x + r - k, bottom, x + r, bottom)
    return path.close()


def _evidence_badge(surface: Surface, centre: Point, source: EvidenceSource, theme: Theme) -> None:
    """Where the card's claim comes from (as ``canvas.evidence_badge``): a letter on teal, a dashed "?" if assumed."""
    radius = 7.5
    circle = ellipse(centre.x, centre.y, radius, radius)
    if source is EvidenceSource.ASSUMPTION:
        surface.draw_path(circle, stroke=Stroke(theme.evidence_assumed, 1.4, dash=(4 * 1.4, 2 * 1.4)))
        ink = theme.evidence_assumed
    else:
        surface.draw_path(circle, fill=theme.evidence_backed)
        ink = "#FFFFFF"
    letter = EVIDENCE_LETTERS[source]
    ascent, descent = font_ascent(BADGE_STYLE), font_descent(BADGE_STYLE)
    baseline = centre.y - (ascent + descent) / 2 + ascent
    surface.draw_text(centre.x - text_width(letter, BADGE_STYLE) / 2, baseline, letter, BADGE_STYLE, ink)


def _critical_flag(surface: Surface, rect: Rect, theme: Theme) -> None:
    """The red corner badge with "!" that marks a moment of truth."""
    size, right, top = 20.0, rect.right - 8, rect.y
    badge = polyline(
        ((right - size, top), (right, top), (right, top + size + 6), (right - size / 2, top + size),
         (right - size, top + size + 6)),
        closed=True,
    )
    surface.draw_path(badge, fill=theme.critical)
    cx = right - size / 2
    surface.draw_path(polyline(((cx, top + 4), (cx, top + 11.5))), stroke=Stroke("#FFFFFF", 2.4, cap="round"))
    surface.draw_path(ellipse(cx, top + 16, 1.2, 1.2), fill="#FFFFFF")
