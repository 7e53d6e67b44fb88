"""What a thing on the map is, as the scene's signals, the controller, the context menus and the
inspector name it: one enum instead of strings each of them spelled on its own."""

from enum import StrEnum
from typing import NamedTuple


class MapItemKind(StrEnum):
    MAP = "map"
    STAGE = "stage"
    LANE = "lane"
    CARD = "card"
    CELL = "cell"
    """An empty place in a stage and lane (where a card would go)."""
    EMOTION = "emotion"
    """An emotion point."""
    EMOTION_LANE = "emotion_lane"
    """A place in the emotion lane (where a point would go)."""
    CONNECTOR = "connector"


class Cell(NamedTuple):
    stage_id: str
    lane_id: str


class EmotionSpot(NamedTuple):
    """Where a new emotion point would go: its stage and the score at that height."""

    stage_id: str
    score: float


Target = str | Cell | EmotionSpot
"""What a signal names beside its kind: an item's id ("" for the map), a cell, or an emotion spot."""
