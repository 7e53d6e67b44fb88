"""An arrow between two cards on a :class:`Surface`: its line (solid, dashed or dotted), head and label."""

import math

from ..layout import ConnectorPath, Rect
from ..layout.picture import ARROW_HEAD_LENGTH, ARROW_WIDTH
from ..model import ConnectorKind
from ..theme import Theme
from .path import VectorPath, curve_path, rounded_rect
from .surface import Stroke, Surface, draw_text_block

DASH = {ConnectorKind.NEXT: (), ConnectorKind.BACK: (4.0, 2.0), ConnectorKind.SKIP: (1.0, 2.0)}
"""Dash and dot patterns, in multiples of the pen width (Qt's DashLine and DotLine)."""


def connector_ink(connector: ConnectorPath, theme: Theme) -> str:
    return {
        ConnectorKind.NEXT: theme.connector_next,
        ConnectorKind.BACK: theme.connector_back,
        ConnectorKind.SKIP: theme.connector_skip,
    }[connector.kind]


def arrow_head(connector: ConnectorPath) -> VectorPath:
    tip = connector.tip
    head = VectorPath().move_to(tip.x, tip.y)
    for side in (-1, 1):
        a = connector.end_angle + math.pi + side * 0.45
        head.line_to(tip.x + ARROW_HEAD_LENGTH * math.cos(a), tip.y + ARROW_HEAD_LENGTH * math.sin(a))
    return head.close()


def paint_connector(
    surface: Surface, connector: ConnectorPath, theme: Theme, highlight: str | None = None,
) -> None:
    """The arrow; ``highlight`` (the screen's selection colour) draws its line and head thicker in that colour."""
    ink = connector_ink(connector, theme)
    line_ink = highlight or ink
    width = theme.line(ARROW_WIDTH * 1.5 if highlight else ARROW_WIDTH)
    dash = tuple(d * width for d in DASH[connector.kind])
    surface.draw_path(curve_path(connector.segments), stroke=Stroke(line_ink, width, dash, cap="round"))
    surface.draw_path(arrow_head(connector), fill=line_ink)
    label = connector.label
    if not label.is_empty:
        if connector.plate is not None:  # as wide as the text, in the colour of the band it sits on
            surface.draw_path(rounded_rect(connector.plate, 4), fill=theme.lane_band[connector.band_index % 2])
        draw_text_block(surface, label, ink)


def connector_bounds(connector: ConnectorPath) -> Rect:
    """Everything the arrow draws on: its line, head and label, with room for the pen."""
    xs = [p.x for c in connector.segments for p in (c.start, c.c1, c.c2, c.end)]
    ys = [p.y for c in connector.segments for p in (c.start, c.c1, c.c2, c.end)]
    bounds = Rect(min(xs) - 14, min(ys) - 14, max(xs) - min(xs) + 28, max(ys) - min(ys) + 28)
    for extra in (connector.label.rect, connector.plate):
        if extra is not None and extra.width > 0:
            x0, y0 = min(bounds.x, extra.x), min(bounds.y, extra.y)
            bounds = Rect(x0, y0, max(bounds.right, extra.right) - x0, max(bounds.bottom, extra.bottom) - y0)
    return bounds
