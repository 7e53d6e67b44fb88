"""The whole map at a glance, drawn at the detail its small scale can show: a locator.

The PDF's overview page and the deck's whole-map slide show the map at a scale where a card's text
would be a pixel high; the pages or slides that follow show it legibly. So the locator draws what
helps to find a card: the header, stage headers and lane titles (their text kept, as a viewer may
zoom), arrows, the emotion curve, and each card as its shape and colour, without its unreadable
text. No grey placeholder bars: what is left out is left out, not mimicked.
"""

from ..layout import Point, Rect
from ..layout.picture import ACCENT_WIDTH
from ..theme import Theme
from .colour import mood_colour
from .connector import paint_connector
from .curve import paint_curve_line
from .headers import paint_lane_title, paint_map_header, paint_metric_cell, paint_stage_header
from .map_painter import MapPainter
from .path import rect_path
from .surface import Stroke, Surface

LOCATOR_SCALE = 0.4
"""Below this print scale a card's text (12 px) is under 4 pt: the overview draws cards as shapes."""


def paint_locator(surface: Surface, painter: MapPainter, scale: float, background: str | None) -> None:
    """The whole map for an overview: in full when ``scale`` leaves card text readable, else as a locator."""
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
