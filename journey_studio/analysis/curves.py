"""The emotion curves of a map as ordered points, one curve per persona (None: no persona).

The canvas orders points left to right (``layout.curves``); analyses need the same order
without measuring text, so it is reproduced here from the model alone: stages in map order,
then, within a stage, points spread evenly in file order, a point tied to a card sitting at
the column's centre, where every card of the stage is.
"""

from collections import defaultdict
from dataclasses import dataclass

from ..model import EmotionPoint, JourneyMap, emotion


@dataclass(frozen=True)
class Curve:
    persona_id: str | None
    points: tuple[EmotionPoint, ...]
    """Left to right, as drawn."""


def neutral_score(journey_map: JourneyMap) -> float:
    """The map's neutral score (the rule is :func:`journey_studio.model.emotion.neutral_score`)."""
    return emotion.neutral_score(journey_map.emotion_scale)


def mood(journey_map: JourneyMap, score: float) -> float:
    """``score`` on the map's scale as −1 … +1 (the rule is :func:`journey_studio.model.emotion.mood`)."""
    return emotion.mood(journey_map.emotion_scale, score)


def moment_of_truth_score(journey_map: JourneyMap, curve: Curve) -> float | None:
    """The curve's lowest score when below neutral, else None (the rule: ``model.emotion.moment_of_truth_score``)."""
    return emotion.moment_of_truth_score((point.score for point in curve.points), journey_map.emotion_scale)


def _position(point: EmotionPoint, free: dict[str, list[EmotionPoint]], card_ids: set[str]) -> float:
    """Where a point sits within its stage: a card's point in the middle, free points spread evenly."""
    if point.card_id in card_ids:
        return 0.5
    siblings = free[point.stage_id]
    return (siblings.index(point) + 1) / (len(siblings) + 1)


def curves(journey_map: JourneyMap) -> list[Curve]:
    """Every curve, in order of first appearance in the file; points of unknown stages left out."""
    stage_index = {stage.id: index for index, stage in enumerate(journey_map.stages)}
    card_ids = {card.id for card in journey_map.cards}
    by_persona: dict[str | None, list[EmotionPoint]] = defaultdict(list)
    for point in journey_map.emotion_points:
        if point.stage_id in stage_index:
            by_persona[point.persona_id].append(point)
    result = []
    for persona_id, points in by_persona.items():
        free: dict[str, list[EmotionPoint]] = defaultdict(list)
        for point in points:
            if point.card_id not in card_ids:
                free[point.stage_id].append(point)
        ordered = sorted(points, key=lambda p: (stage_index[p.stage_id], _position(p, free, card_ids)))
        result.append(Curve(persona_id, tuple(ordered)))
    return result
