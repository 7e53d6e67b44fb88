"""Checks that pydantic's per-field validation cannot do: references between objects and ids.

Each problem names where it is (a path a user can follow) and says what to fix.
"""

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .journey_map import JourneyMap
from .workspace import Workspace


@dataclass(frozen=True)
class Problem:
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def check_workspace(workspace: Workspace) -> list[Problem]:
    """Every consistency problem in the workspace, in file order; empty when it is sound."""
    problems = list(_duplicate_ids(workspace))
    persona_ids = {p.id for p in workspace.personas}
    map_ids = {m.id for m in workspace.maps}
    for index, journey_map in enumerate(workspace.maps):
        where = f"maps[{index}] ({journey_map.title!r})"
        problems.extend(_check_map(journey_map, where, persona_ids, map_ids))
    return problems


def _all_ids(workspace: Workspace) -> Iterator[tuple[str, str]]:
    for persona in workspace.personas:
        yield persona.id, "persona"
    for journey_map in workspace.maps:
        yield journey_map.id, "map"
        for kind, items in (
            ("stage", journey_map.stages),
            ("lane", journey_map.lanes),
            ("card", journey_map.cards),
            ("emotion point", journey_map.emotion_points),
            ("connector", journey_map.connectors),
            ("comment", [comment for card in journey_map.cards for comment in card.comments]),
        ):
            for item in items:
                yield item.id, kind


def _duplicate_ids(workspace: Workspace) -> Iterable[Problem]:
    counts = Counter(item_id for item_id, _ in _all_ids(workspace))
    kinds = dict(_all_ids(workspace))
    for item_id, count in counts.items():
        if count > 1:
            yield Problem(
                f"id {item_id!r}",
                f"used {count} times (a {kinds[item_id]} among them); every id must be unique",
            )


def _check_map(
    journey_map: JourneyMap, where: str, persona_ids: set[str], map_ids: set[str]
) -> Iterator[Problem]:
    stage_ids = {s.id for s in journey_map.stages}
    lane_ids = {lane.id for lane in journey_map.lanes}
    cards = {c.id: c for c in journey_map.cards}
    scale = journey_map.emotion_scale

    for persona_id in journey_map.persona_ids:
        if persona_id not in persona_ids:
            yield Problem(where, f"refers to persona {persona_id!r}, which does not exist")
    if journey_map.counterpart_id is not None and journey_map.counterpart_id not in map_ids:
        yield Problem(where, f"its counterpart map {journey_map.counterpart_id!r} does not exist")

    for i, card in enumerate(journey_map.cards):
        at = f"{where}.cards[{i}] ({card.title!r})"
        if card.stage_id not in stage_ids:
            yield Problem(at, f"is in stage {card.stage_id!r}, which does not exist")
        if card.lane_id not in lane_ids:
            yield Problem(at, f"is in lane {card.lane_id!r}, which does not exist")
        if card.linked_map_id is not None and card.linked_map_id not in map_ids:
            yield Problem(at, f"links to map {card.linked_map_id!r}, which does not exist")
        if card.emotion is not None and not scale.minimum <= card.emotion <= scale.maximum:
            yield Problem(
                at, f"emotion {card.emotion:g} is outside the scale {scale.minimum}…{scale.maximum}"
            )

    for i, point in enumerate(journey_map.emotion_points):
        at = f"{where}.emotion_points[{i}]"
        if point.stage_id not in stage_ids:
            yield Problem(at, f"is in stage {point.stage_id!r}, which does not exist")
        if point.card_id is not None and point.card_id not in cards:
            yield Problem(at, f"refers to card {point.card_id!r}, which does not exist")
        if point.persona_id is not None and point.persona_id not in persona_ids:
            yield Problem(at, f"refers to persona {point.persona_id!r}, which does not exist")
        if not scale.minimum <= point.score <= scale.maximum:
            yield Problem(
                at, f"score {point.score:g} is outside the scale {scale.minimum}…{scale.maximum}"
            )

    yield from _check_views(journey_map, where, stage_ids, lane_ids)

    for i, connector in enumerate(journey_map.connectors):
        at = f"{where}.connectors[{i}]"
        for end in (connector.from_card, connector.to_card):
            if end not in cards:
                yield Problem(at, f"refers to card {end!r}, which does not exist")


def _check_views(journey_map: JourneyMap, where: str, stage_ids: set[str], lane_ids: set[str]) -> Iterator[Problem]:
    seen: set[str] = set()
    for i, view in enumerate(journey_map.views):
        at = f"{where}.views[{i}] ({view.name!r})"
        if view.name.casefold() in seen:
            yield Problem(at, "another view has the same name; give each view its own")
        seen.add(view.name.casefold())
        for kind, wanted, known in (("stage", view.stage_ids, stage_ids), ("lane", view.lane_ids, lane_ids)):
            for item_id in wanted or ():
                if item_id not in known:
                    yield Problem(at, f"shows {kind} {item_id!r}, which does not exist")
