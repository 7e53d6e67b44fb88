"""The map's legend on a :class:`Surface`: each mark the map uses, drawn as on the cards, with its meaning."""

import math

from ..layout.geometry import Point, Rect
from ..layout.legend import Legend, LegendEntry, MarkerKind
from ..layout.picture import ARROW_HEAD_LENGTH, ARROW_WIDTH, CURVE_WIDTH, ONLINE_DOT_RADIUS
from ..model import ConnectorKind, EvidenceSource
from ..theme import Theme
from .card import paint_evidence_badge
from .connector import DASH
from .path import VectorPath, ellipse, polyline
from .surface import Stroke, Surface, draw_text_block


def paint_map_legend(surface: Surface, legend: Legend, theme: Theme) -> None:
    draw_text_block(surface, legend.title, theme.header_text)
    for entry in legend.entries:
        _paint_marker(surface, entry, theme)
        draw_text_block(surface, entry.text, theme.muted_text)


def _paint_marker(surface: Surface, entry: LegendEntry, theme: Theme) -> None:
    rect = entry.marker_rect
    centre = rect.center
    if entry.marker is MarkerKind.EVIDENCE:
        paint_evidence_badge(surface, centre, EvidenceSource(entry.value), theme)
    elif entry.marker is MarkerKind.CRITICAL:
        _mini_flag(surface, rect, theme)
    elif entry.marker is MarkerKind.ARROW:
        _mini_arrow(surface, rect, ConnectorKind(entry.value), theme)
    elif entry.marker in (MarkerKind.ONLINE, MarkerKind.OFFLINE):
        online = entry.marker is MarkerKind.ONLINE
        ink = theme.online if online else theme.offline
        dot = ellipse(centre.x, centre.y, ONLINE_DOT_RADIUS, ONLINE_DOT_RADIUS)
        surface.draw_path(dot, fill=ink if online else None, stroke=Stroke(ink, 1.5))
    elif entry.marker is MarkerKind.CURVE:
        swatch = polyline(((rect.x + 2, centre.y), (rect.right - 2, centre.y)))
        stroke = Stroke(theme.curve_colour(int(entry.value)), theme.line(CURVE_WIDTH), cap="round")
        surface.draw_path(swatch, stroke=stroke)


def _mini_flag(surface: Surface, rect: Rect, theme: Theme) -> None:
    """The card's critical corner flag, at legend size."""
    w, h = 12.0, 16.0
    left, top = rect.center.x - w / 2, rect.y
    flag = polyline(((left, top), (left + w, top), (left + w, top + h), (left + w / 2, top + h - 4), (left, top + h)),
                    closed=True)
    surface.draw_path(flag, fill=theme.critical)
    cx = left + w / 2
    surface.draw_path(polyline(((cx, top + 3), (cx, top + 7.5))), stroke=Stroke("#FFFFFF", 1.8, cap="round"))
    surface.draw_path(ellipse(cx, top + 10, 1.0, 1.0), fill="#FFFFFF")


def _mini_arrow(surface: Surface, rect: Rect, kind: ConnectorKind, theme: Theme) -> None:
    ink = {ConnectorKind.NEXT: theme.connector_next, ConnectorKind.BACK: theme.connector_back,
           ConnectorKind.SKIP: theme.connector_skip}[kind]
    y, tip = rect.center.y, Point(rect.right, rect.center.y)
    width = theme.line(ARROW_WIDTH)
    dash = tuple(d * width for d in DASH[kind])
    surface.draw_path(polyline(((rect.x, y), (rect.right - 4, y))), stroke=Stroke(ink, width, dash, cap="round"))
    head = VectorPath().move_to(tip.x, tip.y)
    size = ARROW_HEAD_LENGTH * 0.8
    for side in (-1, 1):
        a = math.pi + side * 0.45
        head.line_to(tip.x + size * math.cos(a), tip.y + size * math.sin(a))
    surface.draw_path(head.close(), fill=ink)
