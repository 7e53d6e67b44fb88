"""Insights computed from a map: where the strategist should look first.

Each insight names what it is about (stages, cards, emotion points) so a panel can show it on
the canvas, and says it in the map's own language (French or English): it is part of the
map's content, like a caption, not of the interface.

The kinds, and how each is found:

* ``moment_of_truth`` — the lowest point of each emotion curve, when it is below neutral.
* ``negative_streak`` — two or more consecutive points of a curve below neutral.
* ``stage_without_touchpoints`` — a stage with cards, none of them in a touchpoints lane (only on
  maps that have such a lane: a map without one chose not to show touchpoints; and a stage with
  no card at all is not mapped yet rather than missing something).
* ``channels_per_stage`` — the channels the cards of a stage use (information).
* ``pain_without_opportunity`` — pain points in a stage that has no opportunity card.
* ``opportunity_without_owner`` — an opportunity card with no owner.
* ``biggest_funnel_drop`` — the stage transition that loses the largest share of customers.
"""

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from ..model import Card, Channel, EmotionPoint, JourneyMap, LaneKind, Persona
from ..words import channel_label, format_count, format_percent, format_score, language_of, quote, word
from .curves import Curve, curves, moment_of_truth_score, mood, neutral_score
from .funnel import compute_funnel


class InsightKind(StrEnum):
    MOMENT_OF_TRUTH = "moment_of_truth"
    NEGATIVE_STREAK = "negative_streak"
    BIGGEST_FUNNEL_DROP = "biggest_funnel_drop"
    PAIN_WITHOUT_OPPORTUNITY = "pain_without_opportunity"
    STAGE_WITHOUT_TOUCHPOINTS = "stage_without_touchpoints"
    OPPORTUNITY_WITHOUT_OWNER = "opportunity_without_owner"
    CHANNELS_PER_STAGE = "channels_per_stage"


class Severity(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"

    @property
    def rank(self) -> int:
        """0 for the most urgent: insights are listed in this order."""
        return list(Severity).index(self)


@dataclass(frozen=True)
class Insight:
    kind: InsightKind
    severity: Severity
    message: str
    stage_ids: tuple[str, ...] = ()
    card_ids: tuple[str, ...] = ()
    point_ids: tuple[str, ...] = ()
    details: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    """Figures behind the message (score, share, channels…), for scripts reading the JSON."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value, "severity": self.severity.value, "message": self.message,
            "stage_ids": list(self.stage_ids), "card_ids": list(self.card_ids),
            "point_ids": list(self.point_ids), "details": self.details,
        }


HIGH_MOOD = -0.5
"""A moment of truth at or below this mood (−1 worst … +1 best) is of high severity."""
LONG_STREAK = 3
"""A negative streak of this many points or more is of high severity."""
BIG_DROP = 0.5
"""Losing this share of customers or more between two stages is of high severity."""


def compute_insights(
    journey_map: JourneyMap, language: str = "fr", personas: Sequence[Persona] = (),
) -> list[Insight]:
    """Every insight on ``journey_map``, most severe first; ``personas`` name the curves."""
    words = _Words(language)
    names = {persona.id: persona.name for persona in personas}
    stage_index = {stage.id: index for index, stage in enumerate(journey_map.stages)}
    # Gathered once for all the kinds: per curve or per kind, they were most of the work on a large map.
    card_ids = {card.id for card in journey_map.cards}
    by_stage = _cards_by_stage(journey_map)
    found: list[Insight] = []
    for curve in curves(journey_map):
        found += _moments_of_truth(journey_map, curve, names, words, card_ids)
        found += _negative_streaks(journey_map, curve, names, words, card_ids)
    found += _biggest_drop(journey_map, words)
    found += _pains_without_opportunity(journey_map, words, by_stage)
    found += _stages_without_touchpoints(journey_map, words)
    found += _opportunities_without_owner(journey_map, words, by_stage)
    found += _channels_per_stage(journey_map, words, by_stage)
    kinds = list(InsightKind)

    def order(insight: Insight) -> tuple[int, int, int]:
        first_stage = min((stage_index.get(s, len(stage_index)) for s in insight.stage_ids), default=len(stage_index))
        return insight.severity.rank, kinds.index(insight.kind), first_stage

    return sorted(found, key=order)


def insights_to_text(insights: Sequence[Insight]) -> str:
    """One line per insight, severity first: what ``journey-studio insights`` prints."""
    return "\n".join(f"{insight.severity.value:<6}  {insight.message}" for insight in insights)


def insights_to_json(insights: Sequence[Insight]) -> str:
    """A JSON array of insights (kind, severity, message, ids, details), UTF-8 text kept readable."""
    return json.dumps([insight.to_dict() for insight in insights], ensure_ascii=False, indent=2)


# -- the kinds -------------------------------------------------------------------------------


def _moments_of_truth(journey_map: JourneyMap, curve: Curve, names: dict[str, str], w: "_Words",
                      card_ids: set[str]) -> list[Insight]:
    lowest = moment_of_truth_score(journey_map, curve)
    if lowest is None:
        return []
    result = []
    for point in (p for p in curve.points if p.score == lowest):
        severity = Severity.HIGH if mood(journey_map, lowest) <= HIGH_MOOD else Severity.MEDIUM
        message = w.moment_of_truth(w.point(point), w.stage(journey_map, point.stage_id),
                                    w.curve(names.get(curve.persona_id or "")), w.score(lowest))
        result.append(Insight(InsightKind.MOMENT_OF_TRUTH, severity, message, (point.stage_id,),
                              _cards_of([point], card_ids), (point.id,),
                              {"score": lowest, "persona_id": curve.persona_id}))
    return result


def _negative_streaks(journey_map: JourneyMap, curve: Curve, names: dict[str, str], w: "_Words",
                      card_ids: set[str]) -> list[Insight]:
    neutral = neutral_score(journey_map)
    runs: list[list[EmotionPoint]] = [[]]
    for point in curve.points:
        if point.score < neutral:
            runs[-1].append(point)
        elif runs[-1]:
            runs.append([])
    result = []
    for run in (r for r in runs if len(r) >= 2):
        first, last = run[0], run[-1]
        message = w.negative_streak(len(run), w.curve(names.get(curve.persona_id or "")),
                                    w.point(first), w.stage(journey_map, first.stage_id),
                                    w.point(last), w.stage(journey_map, last.stage_id))
        stages = tuple(dict.fromkeys(point.stage_id for point in run))
        severity = Severity.HIGH if len(run) >= LONG_STREAK else Severity.MEDIUM
        result.append(Insight(InsightKind.NEGATIVE_STREAK, severity, message, stages, _cards_of(run, card_ids),
                              tuple(p.id for p in run), {"length": len(run), "persona_id": curve.persona_id}))
    return result


def _stages_without_touchpoints(journey_map: JourneyMap, w: "_Words") -> list[Insight]:
    lanes = _lanes_of(journey_map, LaneKind.TOUCHPOINTS)
    if not lanes:
        return []
    covered = {card.stage_id for card in journey_map.cards if card.lane_id in lanes}
    mapped = {card.stage_id for card in journey_map.cards}
    return [
        Insight(InsightKind.STAGE_WITHOUT_TOUCHPOINTS, Severity.MEDIUM, w.no_touchpoint(w.quote(stage.name)),
                (stage.id,))
        for stage in journey_map.stages
        if stage.id in mapped and stage.id not in covered
    ]


def _channels_per_stage(journey_map: JourneyMap, w: "_Words", by_stage: dict[str, list[Card]]) -> list[Insight]:
    result = []
    for stage in journey_map.stages:
        cards = [card for card in by_stage.get(stage.id, []) if card.channel is not None]
        channels = list(dict.fromkeys(card.channel for card in cards if card.channel is not None))
        if not channels:
            continue
        # A channel is online when a card says so (a webinar is an online event), else as its kind implies.
        online = {card.channel for card in cards if card.is_online()}
        offline = sum(channel not in online for channel in channels)
        message = w.channels(stage.name, channels, len(channels) - offline, offline)
        result.append(Insight(InsightKind.CHANNELS_PER_STAGE, Severity.LOW, message, (stage.id,),
                              tuple(card.id for card in cards),
                              details={"channels": [channel.value for channel in channels],
                                       "online": len(channels) - offline, "offline": offline}))
    return result


def _pains_without_opportunity(journey_map: JourneyMap, w: "_Words", by_stage: dict[str, list[Card]]) -> list[Insight]:
    pain_lanes = _lanes_of(journey_map, LaneKind.PAIN_POINTS)
    opportunity_lanes = _lanes_of(journey_map, LaneKind.OPPORTUNITIES)
    result = []
    for stage in journey_map.stages:
        cards = by_stage.get(stage.id, [])
        pains = [card for card in cards if card.lane_id in pain_lanes]
        if not pains or any(card.lane_id in opportunity_lanes for card in cards):
            continue
        severity = Severity.HIGH if any(card.critical for card in pains) else Severity.MEDIUM
        message = w.pains_without_opportunity(len(pains), w.quote(stage.name), [w.quote(c.title) for c in pains])
        result.append(Insight(InsightKind.PAIN_WITHOUT_OPPORTUNITY, severity, message, (stage.id,),
                              tuple(card.id for card in pains)))
    return result


def _opportunities_without_owner(journey_map: JourneyMap, w: "_Words",
                                 by_stage: dict[str, list[Card]]) -> list[Insight]:
    lanes = _lanes_of(journey_map, LaneKind.OPPORTUNITIES)
    stage_names = {stage.id: stage.name for stage in journey_map.stages}
    return [
        Insight(InsightKind.OPPORTUNITY_WITHOUT_OWNER, Severity.LOW,
                w.no_owner(w.quote(card.title), stage_names[card.stage_id]), (card.stage_id,), (card.id,))
        for stage in journey_map.stages
        for card in by_stage.get(stage.id, [])
        if card.lane_id in lanes and not card.owner.strip() and card.stage_id in stage_names
    ]


def _biggest_drop(journey_map: JourneyMap, w: "_Words") -> list[Insight]:
    funnel = compute_funnel(journey_map)
    drop = funnel.biggest_drop
    if drop is None or drop.share is None:
        return []
    before, after = funnel.step(drop.from_stage_id), funnel.step(drop.to_stage_id)
    assert before is not None and after is not None
    counts = (before.entered, after.entered) if drop.lost is not None else None
    message = w.biggest_drop(drop.share, w.quote(before.name), w.quote(after.name), counts)
    severity = Severity.HIGH if drop.share >= BIG_DROP else Severity.MEDIUM
    return [Insight(InsightKind.BIGGEST_FUNNEL_DROP, severity, message, (before.stage_id, after.stage_id),
                    details={"share": drop.share, "lost": drop.lost})]


# -- helpers ---------------------------------------------------------------------------------


def _lanes_of(journey_map: JourneyMap, kind: LaneKind) -> set[str]:
    return {lane.id for lane in journey_map.lanes if lane.kind is kind}


def _cards_by_stage(journey_map: JourneyMap) -> dict[str, list[Card]]:
    """Each stage's cards in reading order (lane by lane, then top to bottom), in one pass over the map's
    cards: a pass per stage made 100 stages of 10,000 cards a second's work."""
    lane_index = {lane.id: index for index, lane in enumerate(journey_map.lanes)}
    by_stage: dict[str, list[Card]] = {}
    for card in journey_map.cards:
        if card.lane_id in lane_index:
            by_stage.setdefault(card.stage_id, []).append(card)
    return {stage_id: sorted(cards, key=lambda card: (lane_index[card.lane_id], card.order))
            for stage_id, cards in by_stage.items()}


def _cards_of(points: Sequence[EmotionPoint], card_ids: set[str]) -> tuple[str, ...]:
    """The cards ``points`` are pinned to, once each, in order; ``card_ids`` are the map's (a pin may be stale)."""
    return tuple(dict.fromkeys(p.card_id for p in points if p.card_id is not None and p.card_id in card_ids))


class _Words:
    """The messages, in French or English: map content, from the catalogue (:mod:`journey_studio.words`)."""

    def __init__(self, language: str):
        self.language = language_of(language)

    def quote(self, text: str) -> str:
        return quote(text, self.language)

    def score(self, score: float) -> str:
        return format_score(score, self.language)

    def point(self, point: EmotionPoint) -> str:
        if point.label.strip():
            return self.quote(point.label.strip())
        return word("insight_point", self.language)

    def stage(self, journey_map: JourneyMap, stage_id: str) -> str:
        stage = journey_map.stage(stage_id)
        return stage.name if stage is not None else stage_id

    def curve(self, persona_name: str | None) -> str:
        if persona_name:
            return word("insight_persona_curve", self.language, name=persona_name)
        return word("insight_curve", self.language)

    def moment_of_truth(self, point: str, stage: str, curve: str, score: str) -> str:
        return word("insight_moment_of_truth", self.language, point=point, stage=stage, curve=curve, score=score)

    def negative_streak(self, count: int, curve: str, first: str, first_stage: str, last: str, last_stage: str) -> str:
        if first_stage == last_stage:
            span = word("insight_span_one_stage", self.language, first=first, last=last, stage=first_stage)
        else:
            span = word("insight_span", self.language, first=first, first_stage=first_stage, last=last,
                        last_stage=last_stage)
        return word("insight_negative_streak", self.language, count=count, curve=curve, span=span)

    def no_touchpoint(self, stage: str) -> str:
        return word("insight_no_touchpoint", self.language, stage=stage)

    def channels(self, stage: str, channels: list[Channel], online: int, offline: int) -> str:
        names = ", ".join(channel_label(channel, self.language) for channel in channels)
        count = len(channels)
        noun = word("insight_channel" if count == 1 else "insight_channels", self.language)
        return word("insight_channel_mix", self.language, stage=stage, count=count, noun=noun, online=online,
                    offline=offline, names=names)

    def pains_without_opportunity(self, count: int, stage: str, titles: list[str]) -> str:
        noun = word("insight_pain_point" if count == 1 else "insight_pain_points", self.language)
        return word("insight_pains_without_opportunity", self.language, count=count, noun=noun, stage=stage,
                    listed=", ".join(titles))

    def no_owner(self, title: str, stage: str) -> str:
        return word("insight_no_owner", self.language, title=title, stage=stage)

    def biggest_drop(self, share: float, before: str, after: str, counts: tuple[int | None, int | None] | None) -> str:
        figures = ""
        if counts is not None and counts[0] is not None and counts[1] is not None:
            figures = f" ({format_count(counts[0], self.language)} → {format_count(counts[1], self.language)})"
        return word("insight_biggest_drop", self.language, percent=format_percent(share, self.language),
                    before=before, after=after, figures=figures)
