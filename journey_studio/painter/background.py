"""What lies under the map's items: lane bands, title column, stage tints, grid lines, zero line, curve legend."""

from ..layout import LayoutMetrics, MapLayout, Rect
from ..layout.blocks import text_block
from ..layout.picture import CURVE_WIDTH
from ..model import LaneKind
from ..theme import Theme
from .path import VectorPath, polyline
from .surface import Stroke, Surface, draw_text_block


def paint_background(surface: Surface, layout: MapLayout, theme: Theme, metrics: LayoutMetrics, area: Rect) -> None:
    """Everything under the items that meets ``area``; the page colour itself is the caller's."""
    for row in layout.lanes:
        if row.rect.intersects(area):
            surface.fill_rect(row.rect, theme.lane_band[row.index % 2])
            surface.fill_rect(row.title_rect, theme.lane_title_background)
    # No stage tint over the lane bands: tints crossed with bands made a muddy checkerboard; a stage's
    # colour is in its header and its cards' edges (theme.py explains the palette).
    grid = layout.grid_rect
    top = grid.y + metrics.stage_header_height + metrics.stage_header_gap
    lines = VectorPath()
    # Only the lines that meet ``area`` (a PDF page of a 100-stage map draws its own few, not all 100).
    low, high, left, right = area.y - 2, area.bottom + 2, area.x - 2, area.right + 2
    for row in layout.lanes:
        if low <= row.rect.bottom <= high:
            lines.move_to(grid.x, row.rect.bottom).line_to(grid.right, row.rect.bottom)
    if layout.lanes and low <= top <= high:
        lines.move_to(grid.x, top).line_to(grid.right, top)
    xs = [column.rect.x for column in layout.stages]
    if layout.stages:
        xs.append(layout.stages[-1].rect.right)
    for x in xs:
        if left <= x <= right:
            lines.move_to(x, top).line_to(x, grid.bottom)
    if lines:
        surface.draw_path(lines, stroke=Stroke(theme.grid_line, theme.line(1.0)))
    if layout.emotion_lane is not None and layout.zero_y is not None:
        lane = layout.emotion_lane
        zero = polyline(((lane.x, layout.zero_y), (lane.right, layout.zero_y)))
        zero_width = theme.line(1.2)
        surface.draw_path(zero, stroke=Stroke(theme.zero_line, zero_width, dash=(4 * zero_width, 2 * zero_width)))
        # Several personas' curve colours are named in the map's legend (layout.legend).


def paint_legend(surface: Surface, layout: MapLayout, theme: Theme, metrics: LayoutMetrics) -> None:
    """Several personas' curves: each colour named under the emotion lane's title."""
    row = next((r for r in layout.lanes if r.kind is LaneKind.EMOTIONS), None)
    if len(layout.curves) < 2 or row is None:
        return
    style = metrics.point_label
    y = row.title.rect.bottom + 12
    for curve in layout.curves:
        x = row.title_rect.x
        swatch = polyline(((x + 12, y + 7), (x + 32, y + 7)))
        surface.draw_path(swatch, stroke=Stroke(theme.curve_colour(curve.colour_index), theme.line(CURVE_WIDTH)))
        name = text_block(curve.persona_name or "—", style, x + 38, y, row.title_rect.width - 50, 1)
        draw_text_block(surface, name, theme.lane_title_text)
        y += style.line_height + 4
