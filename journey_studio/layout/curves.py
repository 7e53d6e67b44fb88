"""The emotion curve: one smooth line per persona through its emotion points."""

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model import EmotionPoint, EvidenceSource, JourneyMap, Persona, emotion
from .blocks import TextBlock
from .geometry import CubicSegment, Point, Rect
from .metrics import LayoutMetrics
from .point_labels import Obstacles, curve_samples, place_point_label

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
    shade: tuple[CubicSegment, ...] = ()
    """Outline of the tint between the curve and the zero line, easing in and out at both ends (no hard edge)."""


EDGE = 10.0
"""Room between the lowest/highest face and the lane's edge: a critical face's ring stays inside the lane."""


def _margin(m: LayoutMetrics) -> float:
    """From the lane's edge to the centre of a face at the end of the scale: its ring, and one line of label
    (a dip to the lowest score is a V, the only free place for its label is under it)."""
    return m.emotion_point_radius + EDGE + m.point_label.line_height + 4


def score_to_y(score: float, area: Rect, minimum: float, maximum: float, m: LayoutMetrics) -> float:
    top = area.y + _margin(m)
    bottom = area.bottom - _margin(m)
    span = maximum - minimum
    clamped = min(max(score, minimum), maximum)
    return top + (maximum - clamped) / span * (bottom - top)


def y_to_score(y: float, area: Rect, minimum: float, maximum: float, m: LayoutMetrics) -> float:
    """Inverse of :func:`score_to_y`, for dragging a point."""
    top = area.y + _margin(m)
    bottom = area.bottom - _margin(m)
    fraction = (y - top) / (bottom - top) if bottom > top else 0.5
    score = maximum - fraction * (maximum - minimum)
    return min(max(score, minimum), maximum)


def smooth_segments(points: Sequence[Point]) -> tuple[CubicSegment, ...]:
    """Bézier pieces with horizontal tangents at every point: smooth, and never overshooting a point's score."""
    segments = []
    for start, end in zip(points, points[1:], strict=False):
        half = (end.x - start.x) / 2
        segments.append(CubicSegment(start, Point(start.x + half, start.y), Point(end.x - half, end.y), end))
    return tuple(segments)


def shade_outline(centres: Sequence[Point], zero_y: float, area: Rect) -> tuple[CubicSegment, ...]:
    """The curve closed on the zero line, with its ends easing down to it over half a face's width or more."""
    if len(centres) < 2:
        return ()
    ease = min(40.0, max(centres[0].x - area.x, 0.0), max(area.right - centres[-1].x, 0.0))
    first, last = centres[0], centres[-1]
    lead_in = Point(first.x - ease, zero_y)
    lead_out = Point(last.x + ease, zero_y)
    pieces = [CubicSegment(lead_in, Point(lead_in.x + ease / 2, zero_y), Point(first.x - ease / 2, first.y), first)]
    pieces.extend(smooth_segments(centres))
    pieces.append(CubicSegment(last, Point(last.x + ease / 2, last.y), Point(lead_out.x - ease / 2, zero_y), lead_out))
    back = Point((lead_in.x + lead_out.x) / 2, zero_y)
    pieces.append(CubicSegment(lead_out, back, back, lead_in))
    return tuple(pieces)


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
    zero_score = emotion.neutral_score(scale)
    zero_y = score_to_y(zero_score, area, lo, hi, m)
    columns = {column.stage_id: column for column in stages}
    stage_order = {column.stage_id: column.index for column in stages}
    names = {p.id: p.name for p in personas}

    by_persona: dict[str | None, list[EmotionPoint]] = defaultdict(list)
    for point in journey_map.emotion_points:
        if point.stage_id in columns:
            by_persona[point.persona_id].append(point)

    drafts: list[
        tuple[str | None, list[tuple[float, EmotionPoint]], list[Point], float | None, tuple[CubicSegment, ...]]
    ] = []
    for persona_id, points in by_persona.items():
        # Points without a card share their stage's width evenly, in file order.
        free_by_stage: dict[str, list[EmotionPoint]] = defaultdict(list)
        for point in points:
            if point.card_id is None or point.card_id not in cards:
                free_by_stage[point.stage_id].append(point)
        placed: list[tuple[float, EmotionPoint]] = []
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

        lowest = emotion.moment_of_truth_score((p.score for _, p in placed), scale)
        centres = [Point(x, score_to_y(p.score, area, lo, hi, m)) for x, p in placed]
        drafts.append((persona_id, placed, centres, lowest, smooth_segments(centres)))

    # Labels last: each must keep clear of every curve, face and label, not only its own.
    samples = [p for *_, segments in drafts for p in curve_samples(segments, 3.0)]
    faces = [c for _, _, centres, _, _ in drafts for c in centres]
    obstacles = Obstacles(samples, faces, m.emotion_point_radius + 7)  # a face and a critical ring around it
    curves = []
    for colour_index, (persona_id, placed, centres, lowest, segments) in enumerate(drafts):
        curve_points = []
        for (_, point), centre in zip(placed, centres, strict=True):
            # As wide as its stage allows: the placement itself keeps it clear of the neighbours.
            label_width = max(columns[point.stage_id].rect.width - 16, 60.0)
            label = place_point_label(point.label, centre, label_width, area, zero_y, obstacles, m)
            mood = emotion.mood(scale, point.score)
            critical = point.score == lowest
            curve_points.append(
                CurvePoint(point.id, point.stage_id, centre, point.score, mood, label, critical, point.evidence.source)
            )
        curves.append(
            EmotionCurve(
                persona_id,
                names.get(persona_id, "") if persona_id else "",
                colour_index,
                tuple(curve_points),
                segments,
                shade_outline(centres, zero_y, area),
            )
        )
    return tuple(curves), zero_y
