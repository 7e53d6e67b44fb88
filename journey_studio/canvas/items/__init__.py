"""Scene items: each draws one part of a MapLayout and knows its model id."""

from .card_item import CardItem, move_cards
from .connector_item import ConnectorItem
from .emotion_curve_item import EmotionCurveItem, EmotionPointItem
from .headers import LaneHeaderItem, MapHeaderItem, StageHeaderItem
from .metric_item import MetricItem

__all__ = [
    "CardItem", "ConnectorItem", "EmotionCurveItem", "EmotionPointItem", "LaneHeaderItem",
    "MapHeaderItem", "MetricItem", "StageHeaderItem", "move_cards",
]
