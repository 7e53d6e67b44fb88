"""Arrows between cards: journeys go on, loop back or skip ahead.

A forward "next" arrow runs straight from one card to the next. Loops back and
skips ahead arc over the cards, in a gutter band at the top of the upper card's
lane, so they never climb into the stage headers.
"""

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model import Connector, ConnectorKind, JourneyMap
from .blocks import Align, TextBlock, text_block
from .geometry import CubicSegment, Point
from .metrics import LayoutMetrics

if TYPE_CHECKING:
    from .map_layout import CardBox


@dataclass(frozen=True, slots=True)
class ConnectorPath:
    connector_id: str
    kind: ConnectorKind
    curve: CubicSegment
    end_angle: float
    """Direction of travel at the arrow head, in radians (0 = rightwards, y down)."""
    label: TextBlock


def point_on(curve: CubicSegment, t: float) -> Point:
    u = 1 - t
    x = u**3 * curve.start.x + 3 * u * u * t * curve.c1.x + 3 * u * t * t * curve.c2.x + t**3 * curve.end.x
    y = u**3 * curve.start.y + 3 * u * u * t * curve.c1.y + 3 * u * t * t * curve.c2.y + t**3 * curve.end.y
    return Point(x, y)


def _arcs(connector: Connector, stage_index: Mapping[str, int], cards: Mapping[str, tuple[str, str]]) -> bool:
    source, target = cards.get(connector.from_card), cards.get(connector.to_card)
    if source is None or target is None:
        return False
    if source[0] == target[0]:
        return False  # same column: bows out sideways
    return connector.kind is not ConnectorKind.NEXT or stage_index[target[0]] < stage_index[source[0]]


def arc_gutter_lanes(journey_map: JourneyMap) -> dict[str, list[str]]:
    """Lanes that need a gutter → the arcing arrows that run in it (each gets its own level).

    An arc runs in the gutter of the upper of its two cards' lanes.
    """
    stage_index = {stage.id: i for i, stage in enumerate(journey_map.stages)}
    lane_index = {lane.id: i for i, lane in enumerate(journey_map.lanes) if lane.visible}
    cards = {
        c.id: (c.stage_id, c.lane_id)
        for c in journey_map.cards
        if c.stage_id in stage_index and c.lane_id in lane_index
    }
    lanes: dict[str, list[str]] = {}
    for connector in journey_map.connectors:
        if _arcs(connector, stage_index, cards):
            a, b = cards[connector.from_card][1], cards[connector.to_card][1]
            lanes.setdefault(a if lane_index[a] <= lane_index[b] else b, []).append(connector.id)
    return lanes


def gutter_height(arcs: int, m: LayoutMetrics) -> float:
    return m.connector_gutter + m.connector_level_step * max(arcs - 1, 0) if arcs else 0.0


def route_connectors(
    journey_map: JourneyMap,
    boxes: "Mapping[str, CardBox]",
    arc_top: Mapping[str, float],
    m: LayoutMetrics,
) -> tuple[ConnectorPath, ...]:
    """``arc_top`` gives, for each arcing connector id, the height its arc peaks at."""
    stage_index = {stage.id: i for i, stage in enumerate(journey_map.stages)}
    cells = {card_id: (box.stage_id, box.lane_id) for card_id, box in boxes.items()}
    paths = []
    for connector in journey_map.connectors:
        source, target = boxes.get(connector.from_card), boxes.get(connector.to_card)
        if source is None or target is None or source is target:
            continue
        if _arcs(connector, stage_index, cells):
            top = arc_top.get(connector.id, min(source.rect.y, target.rect.y) - 16)
            curve = _arc(source, target, top)
            label_y = top - m.connector_label.line_height - 1
        else:
            curve = _direct(source, target)
            label_y = point_on(curve, 0.5).y - m.connector_label.line_height - 2
        dx, dy = curve.end.x - curve.c2.x, curve.end.y - curve.c2.y
        angle = math.atan2(dy, dx) if (dx or dy) else 0.0
        middle_x = point_on(curve, 0.5).x
        label_width = max(160.0, min(abs(curve.end.x - curve.start.x) - 24, 360.0))
        label = text_block(
            connector.label, m.connector_label, middle_x - label_width / 2, label_y, label_width, 1, Align.CENTER,
        )
        paths.append(ConnectorPath(connector.id, connector.kind, curve, angle, label))
    return tuple(paths)


def _direct(source: "CardBox", target: "CardBox") -> CubicSegment:
    a, b = source.rect, target.rect
    if b.x >= a.right:
        start, end = Point(a.right, a.center.y), Point(b.x, b.center.y)
        half = (end.x - start.x) / 2
        return CubicSegment(start, Point(start.x + half, start.y), Point(end.x - half, end.y), end)
    # Same column: bow out to the right so the arrow does not cross the cards.
    start, end = Point(a.right, a.center.y), Point(b.right, b.center.y)
    bow = 36 + abs(end.y - start.y) * 0.15
    return CubicSegment(start, Point(start.x + bow, start.y), Point(end.x + bow, end.y), end)


def _arc(source: "CardBox", target: "CardBox", top: float) -> CubicSegment:
    """From the top of one card to the top of the other, peaking at ``top``."""
    start = Point(source.rect.center.x, source.rect.y)
    end = Point(target.rect.center.x, target.rect.y)
    # A cubic with both control points at height h peaks at 0.25·y0 + 0.75·h (symmetric case).
    control_y = (top - 0.25 * (start.y + end.y) / 2) / 0.75
    return CubicSegment(start, Point(start.x, control_y), Point(end.x, control_y), end)
