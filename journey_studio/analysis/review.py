"""Evidence review: what on a map is only assumed, or has not been checked for a while.

A journey map is a living document: what a card claims comes from research, and research
ages. This lists the cards and emotion points to look at again, stage by stage, and measures
how much of the map rests on data.

Definitions (documented here because the panel, the report and the tests rely on them):

* An item is **backed by data** when its evidence source is anything but ``assumption``
  (interview, survey, analytics, CRM, support tickets, focus group, workshop) *and* it was
  verified within the last ``max_age_days`` days as of ``today`` (a date after ``today`` counts
  as fresh).
* An item **needs review** when it is not backed by data: it is an assumption, was never
  verified, or was verified more than ``max_age_days`` days ago.
* **Evidence coverage** is the share of the map's *cards* backed by data. Emotion points are
  listed for review but not counted: coverage answers "how many of the steps we show are
  known", and a map without cards has no coverage (None), not 0 %.
"""

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from ..model import Evidence, EvidenceSource, JourneyMap

DEFAULT_MAX_AGE_DAYS = 90
"""A quarter: research older than that is worth checking again before a decision rests on it."""


class ReviewReason(StrEnum):
    ASSUMPTION = "assumption"
    """Nobody checked yet."""
    NEVER_VERIFIED = "never_verified"
    """A source is named, but no date says when it was checked."""
    STALE = "stale"
    """Verified, but longer ago than the allowed age."""


class ItemKind(StrEnum):
    CARD = "card"
    EMOTION_POINT = "emotion_point"


@dataclass(frozen=True)
class ReviewItem:
    kind: ItemKind
    item_id: str
    stage_id: str
    title: str
    """The card's title, or the emotion point's label."""
    source: EvidenceSource
    last_verified: date | None
    reason: ReviewReason
    age_days: int | None
    """Days since the last verification as of the review date; None when never verified."""
    card_id: str | None
    """The card to show on the canvas: the card itself, or the card an emotion point sits on."""


@dataclass(frozen=True)
class StageReview:
    stage_id: str
    stage_name: str
    items: tuple[ReviewItem, ...]


@dataclass(frozen=True)
class Coverage:
    backed: int
    total: int

    @property
    def share(self) -> float | None:
        """backed / total, or None when there is nothing to cover."""
        return self.backed / self.total if self.total else None


def age_in_days(evidence: Evidence, today: date) -> int | None:
    if evidence.last_verified is None:
        return None
    return max(0, (today - evidence.last_verified).days)


def review_reason(evidence: Evidence, today: date, max_age_days: int = DEFAULT_MAX_AGE_DAYS) -> ReviewReason | None:
    """Why an item needs review, or None when it is backed by data."""
    if evidence.source is EvidenceSource.ASSUMPTION:
        return ReviewReason.ASSUMPTION
    age = age_in_days(evidence, today)
    if age is None:
        return ReviewReason.NEVER_VERIFIED
    if age > max_age_days:
        return ReviewReason.STALE
    return None


def is_backed(evidence: Evidence, today: date, max_age_days: int = DEFAULT_MAX_AGE_DAYS) -> bool:
    return review_reason(evidence, today, max_age_days) is None


def review_items(
    journey_map: JourneyMap, today: date, max_age_days: int = DEFAULT_MAX_AGE_DAYS,
) -> list[ReviewItem]:
    """Cards then emotion points that need review, in stage order, then file order within a stage."""
    stage_index = {stage.id: index for index, stage in enumerate(journey_map.stages)}
    items = []
    for card in journey_map.cards:
        reason = review_reason(card.evidence, today, max_age_days)
        if reason is not None and card.stage_id in stage_index:
            items.append(ReviewItem(ItemKind.CARD, card.id, card.stage_id, card.title, card.evidence.source,
                                    card.evidence.last_verified, reason, age_in_days(card.evidence, today), card.id))
    cards = {card.id for card in journey_map.cards}
    for point in journey_map.emotion_points:
        reason = review_reason(point.evidence, today, max_age_days)
        if reason is not None and point.stage_id in stage_index:
            items.append(ReviewItem(ItemKind.EMOTION_POINT, point.id, point.stage_id, point.label,
                                    point.evidence.source, point.evidence.last_verified, reason,
                                    age_in_days(point.evidence, today),
                                    point.card_id if point.card_id in cards else None))
    kind_rank = {ItemKind.CARD: 0, ItemKind.EMOTION_POINT: 1}
    return sorted(items, key=lambda item: (stage_index[item.stage_id], kind_rank[item.kind]))


def review_by_stage(
    journey_map: JourneyMap, today: date, max_age_days: int = DEFAULT_MAX_AGE_DAYS,
) -> list[StageReview]:
    """The items to review grouped by stage, in map order; stages with nothing to review left out."""
    items = review_items(journey_map, today, max_age_days)
    return [
        StageReview(stage.id, stage.name, tuple(item for item in items if item.stage_id == stage.id))
        for stage in journey_map.stages
        if any(item.stage_id == stage.id for item in items)
    ]


def evidence_coverage(journey_map: JourneyMap, today: date, max_age_days: int = DEFAULT_MAX_AGE_DAYS) -> Coverage:
    """How many of the map's cards are backed by data (see the module's definitions)."""
    backed = sum(is_backed(card.evidence, today, max_age_days) for card in journey_map.cards)
    return Coverage(backed, len(journey_map.cards))


def coverage_by_stage(
    journey_map: JourneyMap, today: date, max_age_days: int = DEFAULT_MAX_AGE_DAYS,
) -> dict[str, Coverage]:
    """Evidence coverage of each stage's cards, by stage id (every stage, in map order)."""
    result = {stage.id: Coverage(0, 0) for stage in journey_map.stages}
    for card in journey_map.cards:
        if card.stage_id in result:
            old = result[card.stage_id]
            result[card.stage_id] = Coverage(old.backed + is_backed(card.evidence, today, max_age_days), old.total + 1)
    return result
