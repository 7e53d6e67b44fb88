"""The PDF overview's picture of a tiled map: a locator, drawn at the detail its small scale can show.

The overview prints the whole map at a scale where a card's text would be a pixel high; the tiles
that follow print it legibly. So the overview draws what helps to find a tile: the header, stage
headers and lane titles (their text kept, as a viewer may zoom), arrows, the emotion curve, and each
card as its shape and colour, without its unreadable text. No grey placeholder bars: what is left
out is left out, not mimicked.
"""

from ...layout import Point, Rect
from ...layout.picture import ACCENT_WIDTH
from ...painter.colour import mood_colour
from ...painter.connector import paint_connector
from ...painter.curve import paint_curve_line
from ...painter.headers import paint_lane_title, paint_map_header, paint_metric_cell, paint_stage_header
from ...painter.map_painter import MapPainter
from ...painter.path import rect_path
from ...painter.surface import Stroke, Surface
from ...theme import Theme

LOCATOR_SCALE = 0.4
"""Below this print scale a card's text (12 px) is under 4 pt: the overview draws cards as shapes."""


def paint_locator(surface: Surface, painter: MapPainter, scale: float, background: str | None) -> None:
    """The whole map for the overview page: in full when ``scale`` leaves card text readable, else as a locator."""
    layout, theme = painter.layout, painter.theme
    if scale >= LOCATOR_SCALE:
        painter.paint(surface, background=background)
        return
    area = layout.bounds
    if background is not None:
        surface.fill_rect(area, background)
    painter.paint_underlay(surface, area)
    paint_map_header(surface, layout.header, theme)
    for column in layout.stages:
        paint_stage_header(surface, column, theme)
    for row in layout.lanes:
        paint_lane_title(surface, row, theme)
    for connector in layout.connectors:
        paint_connector(surface, connector, theme)
    for box in layout.cards:
        # A card's own small face would be a speck: its box and colour say enough to find it.
        _card_shape(surface, box.rect, box.colour or painter.stage_colour(box.stage_id), box.critical, theme)
    for cell in layout.metric_cells:
        paint_metric_cell(surface, cell, theme)
    shade = len(layout.curves) == 1
    radius = painter.metrics.emotion_point_radius
    for curve in layout.curves:
        paint_curve_line(surface, curve, theme, layout.emotion_lane, layout.zero_y, shade)
        for point in curve.points:
            _dot(surface, point.center, radius, point.mood, theme)


def _card_shape(surface: Surface, rect: Rect, accent: str, critical: bool, theme: Theme) -> None:
    """The card's box, border and accent; its corners' rounding (a pixel at this scale) left out."""
    border = Stroke(theme.critical, 2.0) if critical else Stroke(theme.card_border, 1.0)
    surface.draw_path(rect_path(rect), fill=theme.card_background, stroke=border)
    surface.fill_rect(Rect(rect.x, rect.y, ACCENT_WIDTH, rect.height), accent)


def _dot(surface: Surface, centre: Point, radius: float, mood: float, theme: Theme) -> None:
    """A face reduced to its colour: at this scale its features, and its roundness, would be a speck."""
    surface.fill_rect(Rect(centre.x - radius, centre.y - radius, 2 * radius, 2 * radius), mood_colour(mood, theme).hex)


def badge_rects(
    tiles: list[tuple[str, Rect]], title: Rect, label_height: float, width_of: dict[str, float],
) -> list[tuple[str, Rect]]:
    """Where each tile's number goes on the overview: centred on its tile, moved below the map's title when it
    would cover it. ``tiles`` are (number, outline on the page); ``title`` is the title's box on the page."""
    placed = []
    for label, box in tiles:
        width = width_of[label] + 10
        badge = Rect(box.center.x - width / 2, box.center.y - label_height / 2, width, label_height)
        if badge.intersects(title):
            badge = Rect(badge.x, title.bottom + 4, width, label_height)
        placed.append((label, badge))
    return placed


def scaled(rect: Rect, source: Rect, target: Rect) -> Rect:
    """``rect`` in ``source`` coordinates, where it lands when ``source`` is shown in ``target``."""
    k = target.width / source.width
    return Rect(target.x + (rect.x - source.x) * k, target.y + (rect.y - source.y) * k, rect.width * k,
                rect.height * k)

