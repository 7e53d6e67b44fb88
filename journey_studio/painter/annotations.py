"""Marks on the grid that explain it: the emotion lane's scale and a service blueprint's three lines."""

from ..layout import MapLayout
from ..theme import Theme
from .path import polyline
from .surface import Stroke, Surface, draw_text_block


def paint_emotion_scale(surface: Surface, layout: MapLayout, theme: Theme) -> None:
    """Tick labels at the right of the emotion lane's title cell, a short tick on the grid's edge for each."""
    lane = layout.emotion_lane
    if lane is None:
        return
    for tick in layout.emotion_ticks:
        surface.draw_path(polyline(((lane.x - 4, tick.y), (lane.x + 4, tick.y))),
                          stroke=Stroke(theme.zero_line, theme.line(1.0)))
        draw_text_block(surface, tick.label, theme.lane_title_text)  # in the lane title cell, in its ink


def paint_blueprint_lines(surface: Surface, layout: MapLayout, theme: Theme) -> None:
    """Line of interaction, of visibility, of internal interaction: heavier than lane dividers, each named.

    The line of visibility is solid (what the customer sees stops there), the other two dashed.
    """
    for line in layout.blueprint_lines:
        dash = () if line.kind == "line_of_visibility" else (6.0, 4.0)
        path = polyline(((line.x, line.y), (line.right, line.y)))
        surface.draw_path(path, stroke=Stroke(theme.blueprint_line, theme.line(2.0), dash))
        draw_text_block(surface, line.label, theme.lane_title_text)  # the name sits in the lane title cell
