"""The journey-map domain as pydantic models: the one source of truth, saved as JSON. No Qt here."""

from .enums import (
    Channel,
    ConnectorKind,
    EvidenceSource,
    JourneyType,
    LaneKind,
    MapState,
    PurchasePattern,
)
from .evidence import Evidence
from .ids import new_id
from .journey_map import (
    Card,
    Comment,
    Connector,
    EmotionPoint,
    EmotionScale,
    JourneyMap,
    Lane,
    Stage,
    StageMetrics,
)
from .persona import Avatar, Persona
from .validation import Problem, check_workspace
from .views import BUILTIN_VIEWS, CLIENT_DECK, MapView
from .workspace import SCHEMA_VERSION, BusinessContext, Metadata, Workspace

__all__ = [
    "BUILTIN_VIEWS", "CLIENT_DECK", "SCHEMA_VERSION", "Avatar", "BusinessContext", "Card", "Channel", "Comment",
    "Connector",
    "ConnectorKind", "EmotionPoint", "EmotionScale", "Evidence", "EvidenceSource",
    "JourneyMap", "JourneyType", "Lane", "LaneKind", "MapState", "MapView", "Metadata", "Persona",
    "Problem", "PurchasePattern", "Stage", "StageMetrics", "Workspace", "check_workspace",
    "new_id",
]
