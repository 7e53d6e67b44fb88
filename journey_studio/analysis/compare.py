"""Before and after: what a future-state map changes from the current-state one.

Cards are matched by a stable key, first that applies:

1. the same id (a map compared with an earlier copy of itself);
2. the future card's ``origin_id``, the card it was copied from when the future state was made
   (see ``MapEditor.create_future_state``; cards pasted or duplicated later have none);
3. the same title in a stage of the same name (case and surrounding spaces ignored), in order
   when several cards share both.

A change is what the customer or the team would notice: title, body, stage, lane, channel,
online, owner, emotion, critical, tags, colour. Bookkeeping (order within a cell, evidence,
comments) is left out. Stages and lanes are matched the same way (id, origin, then name or
title), so a card counts as moved only when it sits in a stage that is not its stage's
counterpart.

The emotion curve is compared stage by stage: each map's scores in drawing order (every
persona's points together) and their mean.
"""

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from statistics import fmean
from typing import Any, Protocol, TypeVar

from ..layout.comparison_chart import StageMoods
from ..model import Card, JourneyMap
from .curves import curves, mood

COMPARED_FIELDS = ("title", "body", "stage", "lane", "channel", "online", "owner", "emotion", "critical", "tags",
                   "colour")


class MatchedBy(StrEnum):
    ID = "id"
    ORIGIN = "origin"
    TITLE = "title"


@dataclass(frozen=True)
class FieldChange:
    name: str
    """One of :data:`COMPARED_FIELDS`."""
    before: Any
    after: Any
    """Values as shown to a user: stage and lane by name, enums as their values."""


@dataclass(frozen=True)
class CardChange:
    before: Card
    after: Card
    matched_by: MatchedBy
    fields: tuple[FieldChange, ...]


@dataclass(frozen=True)
class StageEmotions:
    name: str
    current_stage_id: str | None
    future_stage_id: str | None
    current: tuple[float, ...]
    future: tuple[float, ...]

    @property
    def current_mean(self) -> float | None:
        return fmean(self.current) if self.current else None

    @property
    def future_mean(self) -> float | None:
        return fmean(self.future) if self.future else None

    @property
    def delta(self) -> float | None:
        """How much better (positive) or worse the future feels than today, on average."""
        if self.current_mean is None or self.future_mean is None:
            return None
        return self.future_mean - self.current_mean


@dataclass(frozen=True)
class MapDiff:
    current_id: str
    future_id: str
    added: tuple[Card, ...]
    """In the future map only, in its order."""
    removed: tuple[Card, ...]
    """In the current map only, in its order."""
    changed: tuple[CardChange, ...]
    unchanged: tuple[tuple[Card, Card], ...]
    stages: tuple[StageEmotions, ...]
    """The current map's stages in order, each with its future counterpart; a stage only the
    future has comes right after the stage that precedes it in the future map."""

    @property
    def is_empty(self) -> bool:
        return not (self.added or self.removed or self.changed)


def stage_moods(diff: MapDiff, current: JourneyMap, future: JourneyMap) -> list[StageMoods]:
    """Each compared stage's scores as moods (−1 … +1), each map on its own scale: what the chart draws."""
    return [
        StageMoods(row.name, tuple(mood(current, s) for s in row.current), tuple(mood(future, s) for s in row.future))
        for row in diff.stages
    ]


def diff_maps(current: JourneyMap, future: JourneyMap) -> MapDiff:
    stage_match = _match(current.stages, future.stages, lambda stage: _fold(stage.name))
    lane_match = _match(current.lanes, future.lanes, lambda lane: _fold(lane.title))
    pairs, matched_by = _match_cards(current, future)

    changed, unchanged = [], []
    for after in future.cards:
        before = pairs.get(after.id)
        if before is None:
            continue
        fields = _changes(before, after, current, future, stage_match, lane_match)
        if fields:
            changed.append(CardChange(before, after, matched_by[after.id], fields))
        else:
            unchanged.append((before, after))
    matched_current = {card.id for card in pairs.values()}
    return MapDiff(
        current_id=current.id,
        future_id=future.id,
        added=tuple(card for card in future.cards if card.id not in pairs),
        removed=tuple(card for card in current.cards if card.id not in matched_current),
        changed=tuple(changed),
        unchanged=tuple(unchanged),
        stages=_stage_emotions(current, future, stage_match),
    )


# -- matching --------------------------------------------------------------------------------

class _Identified(Protocol):
    id: str
    origin_id: str | None


T = TypeVar("T", bound=_Identified)


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def _match(before: Sequence[T], after: Sequence[T], name: Callable[[T], str]) -> dict[str, str]:
    """before id → after id, for stages or lanes: same id, origin, then same name in order."""
    before_ids = {item.id for item in before}
    after_ids = {item.id for item in after}
    result = {item.id: item.id for item in before if item.id in after_ids}
    taken = set(result.values())
    for item in after:
        origin = item.origin_id
        if item.id not in taken and origin in before_ids and origin not in result:
            result[origin] = item.id
            taken.add(item.id)
    by_name: dict[str, list[str]] = defaultdict(list)
    for item in after:
        if item.id not in taken:
            by_name[name(item)].append(item.id)
    for item in before:
        if item.id not in result and by_name.get(name(item)):
            result[item.id] = by_name[name(item)].pop(0)
    return result


def _match_cards(current: JourneyMap, future: JourneyMap) -> tuple[dict[str, Card], dict[str, MatchedBy]]:
    """future card id → its current card, and how it was matched."""
    remaining = {card.id: card for card in current.cards}
    pairs: dict[str, Card] = {}
    how: dict[str, MatchedBy] = {}
    for card in future.cards:
        if card.id in remaining:
            pairs[card.id], how[card.id] = remaining.pop(card.id), MatchedBy.ID
    for card in future.cards:
        origin = card.origin_id
        if card.id not in pairs and origin in remaining:
            pairs[card.id], how[card.id] = remaining.pop(origin), MatchedBy.ORIGIN
    current_stage = {stage.id: _fold(stage.name) for stage in current.stages}
    future_stage = {stage.id: _fold(stage.name) for stage in future.stages}
    by_key: dict[tuple[str, str], list[Card]] = defaultdict(list)
    for card in remaining.values():
        by_key[current_stage.get(card.stage_id, ""), _fold(card.title)].append(card)
    for card in future.cards:
        key = (future_stage.get(card.stage_id, ""), _fold(card.title))
        if card.id not in pairs and by_key.get(key):
            pairs[card.id], how[card.id] = by_key[key].pop(0), MatchedBy.TITLE
    return pairs, how


# -- what changed ----------------------------------------------------------------------------


def _changes(before: Card, after: Card, current: JourneyMap, future: JourneyMap,
             stage_match: dict[str, str], lane_match: dict[str, str]) -> tuple[FieldChange, ...]:
    result = []
    for name in COMPARED_FIELDS:
        if name == "stage":
            if stage_match.get(before.stage_id) != after.stage_id:
                result.append(FieldChange("stage", _stage_name(current, before.stage_id),
                                          _stage_name(future, after.stage_id)))
        elif name == "lane":
            if lane_match.get(before.lane_id) != after.lane_id:
                result.append(FieldChange("lane", _lane_title(current, before.lane_id),
                                          _lane_title(future, after.lane_id)))
        else:
            old, new = getattr(before, name), getattr(after, name)
            if old != new:
                result.append(FieldChange(name, _plain(old), _plain(new)))
    return tuple(result)


def _plain(value: Any) -> Any:
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return getattr(value, "value", value)


def _stage_name(journey_map: JourneyMap, stage_id: str) -> str:
    stage = journey_map.stage(stage_id)
    return stage.name if stage is not None else stage_id


def _lane_title(journey_map: JourneyMap, lane_id: str) -> str:
    lane = journey_map.lane(lane_id)
    return lane.title if lane is not None else lane_id


def _stage_emotions(current: JourneyMap, future: JourneyMap, stage_match: dict[str, str]) -> tuple[StageEmotions, ...]:
    def scores(journey_map: JourneyMap) -> dict[str, list[float]]:
        result: dict[str, list[float]] = defaultdict(list)
        for curve in curves(journey_map):
            for point in curve.points:
                result[point.stage_id].append(point.score)
        return result

    now, later = scores(current), scores(future)
    rows = []
    for stage in current.stages:
        match = stage_match.get(stage.id)
        rows.append(StageEmotions(stage.name, stage.id, match, tuple(now.get(stage.id, ())),
                                  tuple(later.get(match, ())) if match else ()))
    # A stage only the future has goes right after the stage that precedes it there.
    matched = set(stage_match.values())
    for index, stage in enumerate(future.stages):
        if stage.id in matched:
            continue
        previous = future.stages[index - 1].id if index else None
        at = next((i + 1 for i, row in enumerate(rows) if previous and row.future_stage_id == previous), 0)
        rows.insert(at, StageEmotions(stage.name, None, stage.id, (), tuple(later.get(stage.id, ()))))
    return tuple(rows)
