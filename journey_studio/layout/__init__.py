"""Model → geometry: plain functions every renderer draws from. No Qt."""

from .blocks import Align, TextBlock
from .connectors import ConnectorPath
from .curves import CurvePoint, EmotionCurve
from .geometry import CubicSegment, Point, Rect
from .map_layout import CardBox, HeaderLayout, LaneRow, MapLayout, MetricCell, StageColumn, compute_layout
from .metrics import DEFAULT_METRICS, LayoutMetrics

__all__ = [
    "DEFAULT_METRICS", "Align", "CardBox", "ConnectorPath", "CubicSegment", "CurvePoint",
    "EmotionCurve", "HeaderLayout", "LaneRow", "LayoutMetrics", "MapLayout", "MetricCell",
    "Point", "Rect", "StageColumn", "TextBlock", "compute_layout",
]
