"""Gestures on the map, each a small object with start, update, finish and cancel."""

from .base import Interaction
from .card_drag import CardDrag
from .connect import ConnectCards
from .emotion_drag import EmotionPointDrag
from .header_drag import EDGE, LaneMove, LaneResize, StageMove, StageResize

__all__ = [
    "EDGE", "CardDrag", "ConnectCards", "EmotionPointDrag", "Interaction", "LaneMove", "LaneResize",
    "StageMove", "StageResize",
]
