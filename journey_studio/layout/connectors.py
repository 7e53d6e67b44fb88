"""Arrows between cards: journeys go on, loop back or skip ahead.

Cards are inset from their column's edges, so between two columns runs a
vertical *gutter* no card enters, and a lane that carries arrows gets a
horizontal *band* at its top, above its cards. A "next" arrow to the
neighbouring column crosses one gutter straight; every other arrow (loops back,
skips ahead, arrows with a label, arrows within one column) leaves its card
sideways into a gutter, climbs to the band of the upper of its two lanes, runs
along it and comes down the gutter beside its target. Gutters and bands hold no
card, so an arrow never runs underneath a card it does not join, and its label
sits in the band, above the cards, as wide as its text.
"""

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from ..model import Connector, ConnectorKind, JourneyMap
from .blocks import Align, TextBlock, text_block
from .geometry import CubicSegment, Point, Rect
from .metrics import LayoutMetrics
from .text import text_width

if TYPE_CHECKING:
    from .map_layout import CardBox, StageColumn


@dataclass(frozen=True, slots=True)
class ConnectorPath:
    connector_id: str
    kind: ConnectorKind
    segments: tuple[CubicSegment, ...]
    """The arrow's line, start to tip (straight runs are cubics with their control points on the line)."""
    end_angle: float
    """Direction of travel at the arrow head, in radians (0 = rightwards, y down)."""
    label: TextBlock
    plate: Rect | None = None
    """The patch behind the label, as wide as its text (None when there is no label)."""
    from_card: str = ""
    to_card: str = ""
    band_index: int = 0
    """Row index of the lane whose band holds the label: its plate takes that row's band colour."""

    @property
    def tip(self) -> Point:
        return self.segments[-1].end


def point_on(curve: CubicSegment, t: float) -> Point:
    u = 1 - t
    x = u**3 * curve.start.x + 3 * u * u * t * curve.c1.x + 3 * u * t * t * curve.c2.x + t**3 * curve.end.x
    y = u**3 * curve.start.y + 3 * u * u * t * curve.c1.y + 3 * u * t * t * curve.c2.y + t**3 * curve.end.y
    return Point(x, y)


def sample_path(segments: Sequence[CubicSegment], steps: int = 24) -> list[Point]:
    """Points along a path, ``steps`` per segment: enough to test what it runs over."""
    points = [segments[0].start] if segments else []
    for segment in segments:
        points.extend(point_on(segment, k / steps) for k in range(1, steps + 1))
    return points


class CellOf(Protocol):
    """Card id → (stage id, lane id), or None for a card the map does not hold."""

    def get(self, card_id: str, /) -> tuple[str, str] | None: ...


def _uses_band(connector: Connector, stage_index: Mapping[str, int], cards: Mapping[str, tuple[str, str]]) -> bool:
    """True unless the arrow stays in one gutter: an unlabelled "next" into the neighbouring column (straight
    across), or an unlabelled arrow within one column (a bracket down the column's right gutter)."""
    source, target = cards.get(connector.from_card), cards.get(connector.to_card)
    if source is None or target is None or connector.from_card == connector.to_card:
        return False
    step = stage_index[target[0]] - stage_index[source[0]]
    if connector.label.strip():
        return True
    return not (step == 0 or (connector.kind is ConnectorKind.NEXT and step == 1))


def arc_gutter_lanes(journey_map: JourneyMap, cells: "CellOf | None" = None) -> dict[str, list[str]]:
    """Lanes that need a band → the arrows that run in it (each gets its own level).

    An arrow runs in the band of the upper of its two cards' lanes. ``cells`` gives a card's (stage, lane)
    when the caller already has them (the layout's grouping): only the arrows' own cards are looked up.
    """
    stage_index = {stage.id: i for i, stage in enumerate(journey_map.stages)}
    lane_index = {lane.id: i for i, lane in enumerate(journey_map.lanes) if lane.visible}
    if cells is None:
        cells = {c.id: (c.stage_id, c.lane_id) for c in journey_map.cards}
    cards = {}
    for card_id in {end for c in journey_map.connectors for end in (c.from_card, c.to_card)}:
        cell = cells.get(card_id)
        if cell is not None and cell[0] in stage_index and cell[1] in lane_index:
            cards[card_id] = cell
    lanes: dict[str, list[str]] = {}
    for connector in journey_map.connectors:
        if _uses_band(connector, stage_index, cards):
            a, b = cards[connector.from_card][1], cards[connector.to_card][1]
            lanes.setdefault(a if lane_index[a] <= lane_index[b] else b, []).append(connector.id)
    return lanes


def gutter_height(arcs: int, m: LayoutMetrics) -> float:
    return m.connector_gutter + m.connector_level_step * max(arcs - 1, 0) if arcs else 0.0


def route_connectors(
    journey_map: JourneyMap,
    boxes: "Mapping[str, CardBox]",
    arc_top: Mapping[str, tuple[float, int]],
    m: LayoutMetrics,
    stages: "Sequence[StageColumn]" = (),
) -> tuple[ConnectorPath, ...]:
    """``arc_top`` gives, for each banded arrow, the height of its run along the band and that lane's row index."""
    stage_index = {stage.id: i for i, stage in enumerate(journey_map.stages)}
    columns = {column.stage_id: column.rect for column in stages}
    ends = {end for c in journey_map.connectors for end in (c.from_card, c.to_card)}
    cells = {card_id: (box.stage_id, box.lane_id) for card_id in ends if (box := boxes.get(card_id)) is not None}
    levels = _gutter_levels(journey_map, arc_top)
    paths = []
    for connector in journey_map.connectors:
        source, target = boxes.get(connector.from_card), boxes.get(connector.to_card)
        if source is None or target is None or source is target:
            continue
        band_index = 0
        if _uses_band(connector, stage_index, cells) and connector.id in arc_top:
            offset = levels.get(connector.id, 0.0)
            band_y, band_index = arc_top[connector.id]
            points, run = _band_route(source, target, band_y, stage_index, m, offset)
            label, plate = _band_label(connector.label, run, band_y, source, columns, m)
        else:
            straight = source.stage_id != target.stage_id
            points = _straight_route(source, target, m) if straight else _bracket_route(source, target, m)
            label, plate = _band_label("", (0.0, 0.0), 0.0, source, columns, m)
        segments = _rounded(points, m.connector_corner)
        last = segments[-1]
        dx, dy = last.end.x - last.c2.x, last.end.y - last.c2.y
        if not (dx or dy):
            dx, dy = last.end.x - last.start.x, last.end.y - last.start.y
        angle = math.atan2(dy, dx) if (dx or dy) else 0.0
        paths.append(ConnectorPath(connector.id, connector.kind, segments, angle, label, plate,
                                   connector.from_card, connector.to_card, band_index))
    return tuple(paths)


def _gutter_levels(journey_map: JourneyMap, arc_top: Mapping[str, object]) -> dict[str, float]:
    """A small sideways offset per banded arrow, so two arrows in one gutter run side by side."""
    ids = [c.id for c in journey_map.connectors if c.id in arc_top]
    offsets = (-5.0, 5.0, -10.0, 10.0, 0.0)  # the centre last: straight arrows cross the gutter there
    return {connector_id: offsets[i % len(offsets)] for i, connector_id in enumerate(ids)}


def _straight_route(source: "CardBox", target: "CardBox", m: LayoutMetrics) -> list[Point]:
    """Across the gutter between neighbouring columns: out of the source's right edge, into the target's left."""
    a, b = source.rect, target.rect
    start, end = Point(a.right, a.center.y), Point(b.x, b.center.y)
    if abs(start.y - end.y) < 1:
        return [start, end]
    middle = (start.x + end.x) / 2
    return [start, Point(middle, start.y), Point(middle, end.y), end]


def _bracket_route(source: "CardBox", target: "CardBox", m: LayoutMetrics) -> list[Point]:
    """Within one column: out of the source's right edge, down (or up) its right gutter, into the target's right."""
    a, b = source.rect, target.rect
    x = a.right + m.column_padding + 6  # beside the column divider, not on it
    return [Point(a.right, a.center.y), Point(x, a.center.y), Point(x, b.center.y), Point(b.right, b.center.y)]


def _band_route(
    source: "CardBox", target: "CardBox", band_y: float, stage_index: Mapping[str, int], m: LayoutMetrics,
    offset: float,
) -> tuple[list[Point], tuple[float, float]]:
    """Out sideways into a gutter, up to the band, along it, down the gutter beside the target, in sideways.

    Returns the points and the band run's x extent (where the label goes).
    """
    a, b = source.rect, target.rect
    pad = m.column_padding
    step = stage_index[target.stage_id] - stage_index[source.stage_id]
    if step > 0:  # ahead: leave by the right edge, arrive by the left
        out_x, in_x = a.right + pad + offset, b.x - pad + offset
        start, end = Point(a.right, a.center.y), Point(b.x, b.center.y)
        if step == 1:  # neighbours share one gutter: a small bridge over the band
            out_x, in_x = a.right + pad - 4, a.right + pad + 4
    elif step < 0:  # back: leave by the left edge, arrive by the right
        out_x, in_x = a.x - pad + offset, b.right + pad + offset
        start, end = Point(a.x, a.center.y), Point(b.right, b.center.y)
        if step == -1:  # neighbours share one gutter: a small bridge over the band
            out_x, in_x = a.x - pad + 4, a.x - pad - 4
    else:  # same column: a loop over the column, out on the left and in on the right
        out_x, in_x = a.x - pad + offset, b.right + pad + offset
        start, end = Point(a.x, a.center.y), Point(b.right, b.center.y)
    points = [start, Point(out_x, start.y), Point(out_x, band_y), Point(in_x, band_y), Point(in_x, end.y), end]
    return points, (min(out_x, in_x), max(out_x, in_x))


def _band_label(
    text: str, run: tuple[float, float], band_y: float, source: "CardBox", columns: "Mapping[str, Rect]",
    m: LayoutMetrics,
) -> tuple[TextBlock, Rect | None]:
    """The label just above the band run, as wide as its text, kept inside one column when it fits."""
    style = m.connector_label
    y = band_y - style.line_height - 1
    if not text.strip():
        return text_block("", style, run[0], y, 0.0, 1, Align.CENTER), None
    width = text_width(text.strip(), style) + 2
    centre = (run[0] + run[1]) / 2
    spans = [rect for rect in columns.values() if rect.x < run[1] and run[0] < rect.right] or list(columns.values())
    limit = max((rect.width for rect in spans), default=width) - 2 * m.column_padding
    width = min(width, max(limit, 60.0))
    x = centre - width / 2
    # Keep the label inside the column the run's centre is in (or the one beside a bridge), clear of dividers.
    home = next((rect for rect in spans if rect.x <= centre < rect.right), None)
    if home is not None and run[1] - run[0] < 2 * m.column_padding:  # a bridge: the label ends just before it
        home = next((rect for rect in columns.values() if rect.x < run[0] - 1 < rect.right), home)
        x = run[0] - 6 - width
    if home is not None:
        x = min(max(x, home.x + m.column_padding / 2), home.right - m.column_padding / 2 - width)
    label = text_block(text, style, x, y, width, 1, Align.CENTER, slack=1.0)
    plate = Rect(x - 3, y, width + 6, style.line_height)
    return label, plate


def _rounded(points: Sequence[Point], radius: float) -> tuple[CubicSegment, ...]:
    """A polyline as cubic pieces, its corners rounded with ``radius``."""
    pts = [p for i, p in enumerate(points)
           if i == 0 or (abs(p.x - points[i - 1].x) + abs(p.y - points[i - 1].y)) > 1e-6]
    if len(pts) < 2:
        pts = [points[0], points[-1]]
    segments: list[CubicSegment] = []
    cursor = pts[0]
    for i in range(1, len(pts) - 1):
        previous, corner, following = pts[i - 1], pts[i], pts[i + 1]
        r = min(radius, _distance(previous, corner) / 2, _distance(corner, following) / 2)
        before = _towards(corner, previous, r)
        after = _towards(corner, following, r)
        segments.append(_line(cursor, before))
        k = 0.5523
        segments.append(CubicSegment(before, _towards(before, corner, r * k), _towards(after, corner, r * k), after))
        cursor = after
    segments.append(_line(cursor, pts[-1]))
    return tuple(s for s in segments if _distance(s.start, s.end) > 1e-6) or (segments[-1],)


def _line(a: Point, b: Point) -> CubicSegment:
    return CubicSegment(a, Point(a.x + (b.x - a.x) / 3, a.y + (b.y - a.y) / 3),
                        Point(a.x + 2 * (b.x - a.x) / 3, a.y + 2 * (b.y - a.y) / 3), b)


def _distance(a: Point, b: Point) -> float:
    return math.hypot(b.x - a.x, b.y - a.y)


def _towards(a: Point, b: Point, length: float) -> Point:
    d = _distance(a, b)
    if d == 0:
        return a
    return Point(a.x + (b.x - a.x) * length / d, a.y + (b.y - a.y) * length / d)
