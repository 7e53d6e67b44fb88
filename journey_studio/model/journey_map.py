"""A journey map: stages as columns, lanes as rows, cards in cells, an emotion curve, connectors."""

from datetime import date as date_type
from typing import Annotated

from pydantic import ConfigDict, Field, ValidationInfo, field_validator

from .base import HexColour, Id, LongText, Model, ShortText, text_list
from .enums import (
    OFFLINE_CHANNELS,
    Channel,
    ConnectorKind,
    JourneyType,
    LaneKind,
    MapState,
    PurchasePattern,
)
from .evidence import Evidence
from .views import MAX_VIEWS, MapView

MAX_ITEMS = 20_000
"""Upper bound on cards and points in one map: enough for any workshop, bounded for hostile files."""
MAX_CONNECTORS = 1_000
"""Upper bound on arrows in one map. Arrows that loop back stack in their lane's band, so the work of
drawing them grows with the square of their number: 4,000 arrows on 35 cards kept a PNG export busy for
minutes. A real journey has tens."""
STAGE_ICONS = frozenset({
    "cart", "chat", "compare", "flag", "heart", "lightbulb", "megaphone", "package", "refresh", "search", "star",
    "user",
})
"""The bundled stage icons (``icons/stages/<name>.svg``; a test keeps the two in step). A stage names one of
them or none: never a path, so a map can never make the editor or an export read another file."""


class StageMetrics(Model):
    """How many customers reach and complete a stage, or just its completion rate."""

    entered: Annotated[int, Field(ge=0)] | None = None
    completed: Annotated[int, Field(ge=0)] | None = None
    completion_rate: Annotated[float, Field(ge=0.0, le=1.0)] | None = None

    @field_validator("completed")
    @classmethod
    def _not_more_than_entered(cls, value: int | None, info: ValidationInfo) -> int | None:
        entered = info.data.get("entered")
        if value is not None and entered is not None and value > entered:
            raise ValueError("more customers cannot complete a stage than enter it")
        return value

    @field_validator("entered")
    @classmethod
    def _not_fewer_than_completed(cls, value: int | None, info: ValidationInfo) -> int | None:
        completed = info.data.get("completed")
        if value is not None and completed is not None and completed > value:
            raise ValueError("more customers cannot complete a stage than enter it")
        return value

    def rate(self) -> float | None:
        """The completion rate, from counts when both are known."""
        if self.entered and self.completed is not None:
            return self.completed / self.entered
        return self.completion_rate


class Stage(Model):
    id: Id
    name: ShortText
    description: LongText = ""
    icon: ShortText = ""
    """Name of an icon in ``icons/stages`` (without extension, one of :data:`STAGE_ICONS`), or empty."""
    colour: HexColour = "#4C78A8"
    width: Annotated[float, Field(ge=120.0, le=2000.0)] = 280.0
    customer_goal: ShortText = ""
    metrics: StageMetrics = Field(default_factory=StageMetrics)
    origin_id: Id | None = None
    """The item of the counterpart map this one was copied from (matches before and after; not checked)."""

    @field_validator("icon")
    @classmethod
    def _bundled_icon(cls, value: str) -> str:
        if value and value not in STAGE_ICONS:
            shown = value if len(value) <= 60 else value[:57] + "…"
            raise ValueError(
                f"the icon {shown!r} is not one of Journey Studio's stage icons "
                f"({', '.join(sorted(STAGE_ICONS))}); leave it empty for none"
            )
        return value


class Lane(Model):
    id: Id
    kind: LaneKind
    title: ShortText
    height: Annotated[float, Field(ge=40.0, le=2000.0)] = 120.0
    """Minimum height; the layout grows a lane to fit its fullest cell."""
    visible: bool = True
    origin_id: Id | None = None
    """The item of the counterpart map this one was copied from (matches before and after; not checked)."""


class Comment(Model):
    """Workshop feedback on a card: who said what, when, and whether it was dealt with."""

    id: Id
    author: ShortText = ""
    date: date_type | None = None
    text: LongText
    resolved: bool = False


class Card(Model):
    id: Id
    stage_id: Id
    lane_id: Id
    order: Annotated[int, Field(ge=0)] = 0
    """Position inside its stage × lane cell, top to bottom."""
    title: ShortText
    body: LongText = ""
    channel: Channel | None = None
    online: bool | None = None
    """None means "as the channel implies" (see :meth:`is_online`)."""
    owner: ShortText = ""
    """The team that owns this step (backstage)."""
    emotion: Annotated[float, Field(ge=-100, le=100)] | None = None
    tags: list[ShortText] = text_list(50)
    colour: HexColour | None = None
    critical: bool = False
    """A "moment of truth": this step decides whether the customer goes on."""
    evidence: Evidence = Field(default_factory=Evidence)
    comments: list[Comment] = Field(default_factory=list, max_length=500)
    linked_map_id: Id | None = None
    """A sub-journey map that details this step; it opens on click."""
    origin_id: Id | None = None
    """The item of the counterpart map this one was copied from (matches before and after; not checked)."""

    def is_online(self) -> bool | None:
        if self.online is not None:
            return self.online
        if self.channel is None:
            return None
        return self.channel not in OFFLINE_CHANNELS


ScaleBound = Annotated[int, Field(ge=-100, le=100)]


class EmotionScale(Model):
    model_config = ConfigDict(**Model.model_config, revalidate_instances="always")
    """Checked again even when a whole scale object is assigned: a scale the curve cannot draw must not get in."""

    minimum: ScaleBound = -2
    maximum: ScaleBound = 2

    # Field validators, not a model validator: with validate_assignment a refused
    # assignment must leave the old value in place (a model validator runs after it is set).
    @field_validator("maximum")
    @classmethod
    def _above_minimum(cls, value: int, info: ValidationInfo) -> int:
        minimum = info.data.get("minimum")
        if minimum is not None and not minimum < value:
            raise ValueError("the emotion scale's maximum must be above its minimum")
        return value

    @field_validator("minimum")
    @classmethod
    def _below_maximum(cls, value: int, info: ValidationInfo) -> int:
        maximum = info.data.get("maximum")
        if maximum is not None and not value < maximum:
            raise ValueError("the emotion scale's minimum must be below its maximum")
        return value


class EmotionPoint(Model):
    id: Id
    stage_id: Id
    card_id: Id | None = None
    """When set, the point sits above that card; otherwise it is spread within its stage."""
    score: Annotated[float, Field(ge=-100, le=100)]
    label: ShortText = ""
    persona_id: Id | None = None
    evidence: Evidence = Field(default_factory=Evidence)


class Connector(Model):
    id: Id
    from_card: Id
    to_card: Id
    kind: ConnectorKind = ConnectorKind.NEXT
    label: ShortText = ""


class JourneyMap(Model):
    id: Id
    title: ShortText
    persona_ids: list[Id] = Field(default_factory=list, max_length=50)
    journey_type: JourneyType = JourneyType.PURCHASE
    purchase_pattern: PurchasePattern = PurchasePattern.DEFAULT
    state: MapState = MapState.CURRENT
    counterpart_id: Id | None = None
    """The future-state map of a current-state one, and the other way round."""
    scenario: LongText = ""
    emotion_scale: EmotionScale = Field(default_factory=EmotionScale)
    stages: list[Stage] = Field(default_factory=list, max_length=500)
    lanes: list[Lane] = Field(default_factory=list, max_length=200)
    cards: list[Card] = Field(default_factory=list, max_length=MAX_ITEMS)
    emotion_points: list[EmotionPoint] = Field(default_factory=list, max_length=MAX_ITEMS)
    connectors: list[Connector] = Field(default_factory=list, max_length=MAX_CONNECTORS)
    tags: list[ShortText] = text_list(50)
    views: list[MapView] = Field(default_factory=list, max_length=MAX_VIEWS, exclude_if=lambda views: not views)
    """Named views (a client deck, a team review…); left out of the file when there are none."""

    def stage(self, stage_id: str) -> Stage | None:
        return next((s for s in self.stages if s.id == stage_id), None)

    def lane(self, lane_id: str) -> Lane | None:
        return next((lane for lane in self.lanes if lane.id == lane_id), None)

    def card(self, card_id: str) -> Card | None:
        return next((c for c in self.cards if c.id == card_id), None)
