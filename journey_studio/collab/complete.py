"""Items the shared document holds without a value the model requires, made whole for display.

An undone delete brings an item back as Yjs can: without the values a colleague set in the deleted
item meanwhile (their write replaced ours, and only ours can be redone). A card then comes back
with no cell, an emotion point with no score. Such an item is read with the missing values taken
from the item as this peer last saw it (the one on screen, or the one that was deleted), else from
a fixed rule (the map's first stage and lane, the middle of the scale, an empty text); the host
writes what it shows into the document, outside everyone's undo (``repair``), so every peer ends
with the same item. No Qt here.
"""

from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel

from ..model import Card, EmotionPoint, JourneyMap

PLACE_REQUIRED = ("stage_id", "lane_id")
"""A card's cell: both come from its ``place`` value, so both go missing together."""
UNRECOVERABLE = frozenset({"id", "from_card", "to_card"})
"""Without these an item means nothing: it is left out until the document has them again."""


def required(cls: type[BaseModel]) -> tuple[str, ...]:
    return tuple(name for name, field in cls.model_fields.items() if field.is_required())


def missing(cls: type[BaseModel], data: Mapping[str, Any]) -> list[str]:
    """The required fields ``data`` lacks."""
    return [name for name in required(cls) if name not in data]


def complete(cls: type[BaseModel], data: dict[str, Any], known: BaseModel | None,
             journey_map: JourneyMap | None) -> bool:
    """Fill the required fields ``data`` lacks, in place; False when the item cannot be shown at all.

    ``known`` is the item as this peer last saw it; ``journey_map`` the map the item belongs to.
    """
    absent = missing(cls, data)
    if not absent:
        return True
    if known is not None and type(known) is cls:
        dump = known.model_dump(mode="json")
        group = PLACE_REQUIRED if cls is Card and any(n in PLACE_REQUIRED for n in absent) else ()
        for name in {*absent, *group}:  # a card's cell is taken whole: never one cell's stage with another's lane
            if name in dump:
                data[name] = dump[name]
        absent = missing(cls, data)
    for name in absent:
        if name in UNRECOVERABLE:
            return False
        value = _fallback(cls, name, journey_map)
        if value is None:
            return False
        data[name] = value
    return True


def _fallback(cls: type[BaseModel], name: str, journey_map: JourneyMap | None) -> Any:
    """The fixed rule when nothing better is known; None when there is no sensible value."""
    if name == "stage_id":
        return journey_map.stages[0].id if journey_map is not None and journey_map.stages else None
    if name == "lane_id":
        return journey_map.lanes[0].id if journey_map is not None and journey_map.lanes else None
    if cls is EmotionPoint and name == "score":
        if journey_map is None:
            return 0
        scale = journey_map.emotion_scale
        return min(max(0, scale.minimum), scale.maximum)
    if name == "kind":
        return "text"
    annotation = cls.model_fields[name].annotation
    return "" if annotation is str or "str" in str(annotation) else None
