"""Arrows between cards: journeys go on, loop back or skip ahead."""

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model import Connector, ConnectorKind
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


def route_connectors(
    connectors: Sequence[Connector], cards: "Mapping[str, CardBox]", m: LayoutMetrics
) -> tuple[ConnectorPath, ...]:
    paths = []
    for connector in connectors:
        source, target = cards.get(connector.from_card), cards.get(connector.to_card)
        if source is None or target is None or source is target:
            continue
        curve = _route(source, target, connector.kind)
        dx, dy = curve.end.x - curve.c2.x, curve.end.y - curve.c2.y
        angle = math.atan2(dy, dx) if (dx or dy) else 0.0
        middle = point_on(curve, 0.5)
        label_width = 160.0
        label = text_block(
            connector.label, m.connector_label, middle.x - label_width / 2,
            middle.y - m.connector_label.line_height - 2, label_width, 1, Align.CENTER,
        )
        paths.append(ConnectorPath(connector.id, connector.kind, curve, angle, label))
    return tuple(paths)


def _route(source: "CardBox", target: "CardBox", kind: ConnectorKind) -> CubicSegment:
    a, b = source.rect, target.rect
    if kind is ConnectorKind.NEXT and b.x >= a.right:
        start, end = Point(a.right, a.center.y), Point(b.x, b.center.y)
        half = (end.x - start.x) / 2
        return CubicSegment(start, Point(start.x + half, start.y), Point(end.x - half, end.y), end)
    if a.x < b.right and b.x < a.right:
        # Same column: bow out to the right so the arrow does not cross the cards.
        start, end = Point(a.right, a.center.y), Point(b.right, b.center.y)
        bow = 36 + abs(end.y - start.y) * 0.15
        return CubicSegment(start, Point(start.x + bow, start.y), Point(end.x + bow, end.y), end)
    # Loops back and skips ahead arc above the cards they pass.
    start, end = Point(a.center.x, a.y), Point(b.center.x, b.y)
    lift = 44 + abs(end.x - start.x) * 0.12
    top = min(start.y, end.y) - lift
    return CubicSegment(start, Point(start.x, top), Point(end.x, top), end)
