"""The future state of a map: a copy with fresh ids, linked both ways, that remembers its origin.

The method keeps two maps side by side: how the journey is today and how it should become.
The future one starts as a faithful copy so the team redraws only what changes; every id is
new (ids are unique across a workspace) and every reference inside the copy follows its new
ids. Comments stay behind: they are feedback on today's map, not on the plan.
"""

from ..model import JourneyMap, MapState, new_id
from ..words import word


def future_title(title: str, language: str) -> str:
    """« Titre (état futur) », cut so that the whole stays within a title's 500 characters."""
    room = 500 - len(word("future_title", language, title=""))
    return word("future_title", language, title=title[:room])


def future_copy(source: JourneyMap, title: str) -> JourneyMap:
    """``source`` as a future-state map named ``title``, its ``counterpart_id`` pointing back.

    Each card, stage and lane records the item it copies in ``origin_id``, so the before/after
    comparison still matches them once renamed or moved.
    """
    stages = {stage.id: new_id("stage") for stage in source.stages}
    lanes = {lane.id: new_id("lane") for lane in source.lanes}
    cards = {card.id: new_id("card") for card in source.cards}
    return source.model_copy(deep=True, update={
        "id": new_id("map"),
        "title": title,
        "state": MapState.FUTURE,
        "counterpart_id": source.id,
        "stages": [
            stage.model_copy(deep=True, update={"id": stages[stage.id], "origin_id": stage.id})
            for stage in source.stages
        ],
        "lanes": [
            lane.model_copy(deep=True, update={"id": lanes[lane.id], "origin_id": lane.id}) for lane in source.lanes
        ],
        "cards": [
            card.model_copy(deep=True, update={
                "id": cards[card.id], "stage_id": stages.get(card.stage_id, card.stage_id),
                "lane_id": lanes.get(card.lane_id, card.lane_id), "comments": [],
                "origin_id": card.id,
            })
            for card in source.cards
        ],
        "emotion_points": [
            point.model_copy(deep=True, update={
                "id": new_id("emotion"), "stage_id": stages.get(point.stage_id, point.stage_id),
                "card_id": cards.get(point.card_id, point.card_id) if point.card_id else None,
            })
            for point in source.emotion_points
        ],
        "connectors": [
            connector.model_copy(deep=True, update={
                "id": new_id("arrow"), "from_card": cards.get(connector.from_card, connector.from_card),
                "to_card": cards.get(connector.to_card, connector.to_card),
            })
            for connector in source.connectors
        ],
    })
