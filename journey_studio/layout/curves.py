"""The emotion curve: one smooth line per persona through its emotion points."""

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model import EvidenceSource, JourneyMap, Persona
from .blocks import Align, TextBlock, text_block
from .geometry import CubicSegment, Point, Rect
from .metrics import LayoutMetrics

if TYPE_CHECKING:
    from .map_layout import CardBox, StageColumn


@dataclass(frozen=True, slots=True)
class CurvePoint:
    point_id: str
    stage_id: str
    center: Point
    score: float
    mood: float
    """The score mapped to −1 (worst) … +1 (best): what the face shows."""
    label: TextBlock
    critical: bool
    """Among the lowest points of a curve that dips below neutral: a moment of truth."""
    evidence: EvidenceSource


@dataclass(frozen=True, slots=True)
class EmotionCurve:
    persona_id: str | None
    persona_name: str
    colour_index: int
    points: tuple[CurvePoint, ...]
    segments: tuple[CubicSegment, ...]


def score_to_y(score: float, area: Rect, minimum: float, maximum: float, m: LayoutMetrics) -> float:
    top = area.y + m.emotion_point_radius + 6
    bottom = area.bottom - m.emotion_point_radius - 6
    span = maximum - minimum
    clamped = min(max(score, minimum), maximum)
    return top + (maximum - clamped) / span * (bottom - top)


def y_to_score(y: float, area: Rect, minimum: float, maximum: float, m: LayoutMetrics) -> float:
    """Inverse of :func:`score_to_y`, for dragging a point."""
    top = area.y + m.emotion_point_radius + 6
    bottom = area.bottom - m.emotion_point_radius - 6
    fraction = (y - top) / (bottom - top) if bottom > top else 0.5
    score = maximum - fraction * (maximum - minimum)
    return min(max(score, minimum), maximum)


def smooth_segments(points: Sequence[Point]) -> tuple[CubicSegment, ...]:
    """Bézier pieces with horizontal tangents at every point: smooth, and never overshooting a point's score."""
    segments = []
    for start, end in zip(points, points[1:]):
        half = (end.x - start.x) / 2
        segments.append(CubicSegment(start, Point(start.x + half, start.y), Point(end.x - half, end.y), end))
    return tuple(segments)


def layout_emotion_curves(
    journey_map: JourneyMap,
    area: Rect | None,
    stages: "Sequence[StageColumn]",
    cards: "Mapping[str, CardBox]",
    personas: Sequence[Persona],
    m: LayoutMetrics,
) -> tuple[tuple[EmotionCurve, ...], float | None]:
    if area is None or not stages:
        return (), None
    scale = journey_map.emotion_scale
    lo, hi = float(scale.minimum), float(scale.maximum)
    zero_score = 0.0 if lo < 0 < hi else (lo + hi) / 2
    zero_y = score_to_y(zero_score, area, lo, hi, m)
    columns = {column.stage_id: column for column in stages}
    stage_order = {column.stage_id: column.index for column in stages}
    names = {p.id: p.name for p in personas}

    by_persona: dict[str | None, list] = defaultdict(list)
    for point in journey_map.emotion_points:
        if point.stage_id in columns:
            by_persona[point.persona_id].append(point)

    curves = []
    for colour_index, (persona_id, points) in enumerate(by_persona.items()):
        # Points without a card share their stage's width evenly, in file order.
        free_by_stage: dict[str, list] = defaultdict(list)
        for point in points:
            if point.card_id is None or point.card_id not in cards:
                free_by_stage[point.stage_id].append(point)
        placed: list[tuple[float, object]] = []
        for point in points:
            column = columns[point.stage_id].rect
            if point.card_id is not None and point.card_id in cards:
                x = cards[point.card_id].rect.center.x
            else:
                siblings = free_by_stage[point.stage_id]
                k = siblings.index(point)
                x = column.x + column.width * (k + 1) / (len(siblings) + 1)
            placed.append((x, point))
        placed.sort(key=lambda pair: (stage_order[pair[1].stage_id], pair[0]))

        lowest = min(p.score for _, p in placed)
        centres = [Point(x, score_to_y(p.score, area, lo, hi, m)) for x, p in placed]
        curve_points = []
        for i, ((x, point), centre) in enumerate(zip(placed, centres)):
            neighbour_gap = min(
                [abs(x - other.x) for j, other in enumerate(centres) if j != i] or [columns[point.stage_id].rect.width]
            )
            label_width = max(min(neighbour_gap - 8, columns[point.stage_id].rect.width - 16), 60.0)
            label_height = 2 * m.point_label.line_height
            below = centre.y + m.emotion_point_radius + 4
            if below + label_height > area.bottom:
                label_y = centre.y - m.emotion_point_radius - 4 - label_height
            else:
                label_y = below
            label = text_block(point.label, m.point_label, x - label_width / 2, label_y, label_width, 2, Align.CENTER)
            mood = 2 * (point.score - lo) / (hi - lo) - 1
            critical = point.score == lowest and point.score < zero_score
            curve_points.append(
                CurvePoint(point.id, point.stage_id, centre, point.score, mood, label, critical, point.evidence.source)
            )
        curves.append(
            EmotionCurve(
                persona_id,
                names.get(persona_id, "") if persona_id else "",
                colour_index,
                tuple(curve_points),
                smooth_segments(centres),
            )
        )
    return tuple(curves), zero_y
