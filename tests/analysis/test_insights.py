"""Every insight kind, computed on small maps built here whose answer is known."""

import json

import pytest

from journey_studio.analysis.insights import (
    Insight,
    InsightKind,
    Severity,
    compute_insights,
    insights_to_json,
    insights_to_text,
)
from journey_studio.model import Card, EmotionPoint, JourneyMap, Lane, Stage, StageMetrics
from journey_studio.templates import load_template

LANES = [
    Lane(id="l-act", kind="actions", title="Actions"),
    Lane(id="l-touch", kind="touchpoints", title="Points de contact"),
    Lane(id="l-pain", kind="pain_points", title="Irritants"),
    Lane(id="l-opp", kind="opportunities", title="Opportunités"),
]


def stages(*names: str, metrics: list[StageMetrics] | None = None) -> list[Stage]:
    metrics = metrics or [StageMetrics() for _ in names]
    return [Stage(id=f"s{i}", name=name, metrics=m) for i, (name, m) in enumerate(zip(names, metrics, strict=True), 1)]


def card(card_id: str, stage: str, lane: str, title: str = "", **fields) -> Card:
    return Card(id=card_id, stage_id=stage, lane_id=lane, title=title or card_id, **fields)


def point(point_id: str, stage: str, score: float, label: str = "", **fields) -> EmotionPoint:
    return EmotionPoint(id=point_id, stage_id=stage, score=score, label=label or point_id, **fields)


def a_map(**fields) -> JourneyMap:
    fields.setdefault("stages", stages("Découverte", "Achat", "Usage"))
    fields.setdefault("lanes", LANES)
    return JourneyMap(id="m", title="Carte", **fields)


def of_kind(insights: list[Insight], kind: InsightKind) -> list[Insight]:
    return [insight for insight in insights if insight.kind is kind]


def test_an_empty_map_has_no_insights():
    assert compute_insights(JourneyMap(id="m", title="Vide")) == []


def test_the_lowest_point_below_neutral_is_the_moment_of_truth():
    journey_map = a_map(
        cards=[card("c-pay", "s2", "l-act", "Payer")],
        emotion_points=[point("p1", "s1", 1), point("p2", "s2", -2, "Frais cachés", card_id="c-pay"),
                        point("p3", "s3", 0)],
    )
    [moment] = of_kind(compute_insights(journey_map, "fr"), InsightKind.MOMENT_OF_TRUTH)
    assert moment.severity is Severity.HIGH
    assert moment.point_ids == ("p2",) and moment.card_ids == ("c-pay",) and moment.stage_ids == ("s2",)
    assert moment.message == (
        "Moment de vérité\u00a0: «\u00a0Frais cachés\u00a0» (Achat) est le point le plus bas de la courbe, à \u22122."
    )
    assert moment.details["score"] == -2


def test_a_mild_low_is_a_medium_moment_and_a_curve_above_neutral_has_none():
    mild = a_map(emotion_points=[point("p1", "s1", 1), point("p2", "s2", -0.5)])
    [moment] = of_kind(compute_insights(mild, "en"), InsightKind.MOMENT_OF_TRUTH)
    assert moment.severity is Severity.MEDIUM
    assert moment.message == "Moment of truth: “p2” (Achat) is the lowest point of the curve, at −0.5."
    happy = a_map(emotion_points=[point("p1", "s1", 1), point("p2", "s2", 0)])
    assert of_kind(compute_insights(happy), InsightKind.MOMENT_OF_TRUTH) == []


def test_each_persona_curve_has_its_own_moment_of_truth():
    journey_map = a_map(emotion_points=[
        point("a1", "s1", -1, persona_id="pa"), point("a2", "s2", 1, persona_id="pa"),
        point("b1", "s1", 1, persona_id="pb"), point("b2", "s3", -2, persona_id="pb"),
    ])
    from journey_studio.model import Persona
    personas = [Persona(id="pa", name="Ana"), Persona(id="pb", name="Bob")]
    moments = of_kind(compute_insights(journey_map, "en", personas), InsightKind.MOMENT_OF_TRUTH)
    assert sorted(m.point_ids for m in moments) == [("a1",), ("b2",)]
    assert any("Bob's curve" in m.message for m in moments)


def test_negative_streaks_are_runs_of_two_or_more_points_below_neutral_in_curve_order():
    # Drawn order: s1 (n1, n2), s2 (ok), s3 (n3, n4, n5). A lone negative point is no streak.
    journey_map = a_map(emotion_points=[
        point("n3", "s3", -1), point("n1", "s1", -1), point("ok", "s2", 1), point("n2", "s1", -2),
        point("n4", "s3", -0.5), point("n5", "s3", -2), point("lone", "s2", 0),
    ])
    streaks = of_kind(compute_insights(journey_map, "fr"), InsightKind.NEGATIVE_STREAK)
    assert [s.point_ids for s in streaks] == [("n3", "n4", "n5"), ("n1", "n2")]
    assert [s.severity for s in streaks] == [Severity.HIGH, Severity.MEDIUM]
    assert streaks[1].stage_ids == ("s1",)
    assert streaks[1].message == ("Série négative\u00a0: 2 points d'affilée sous la neutralité sur la courbe, "
                                  "de «\u00a0n1\u00a0» à «\u00a0n2\u00a0» (Découverte).")


def test_a_streak_across_stages_names_both_ends():
    journey_map = a_map(emotion_points=[point("a", "s1", -1), point("b", "s2", -1)])
    [streak] = of_kind(compute_insights(journey_map, "en"), InsightKind.NEGATIVE_STREAK)
    assert streak.stage_ids == ("s1", "s2")
    assert streak.message.endswith("from “a” (Découverte) to “b” (Achat).")


def test_neutral_depends_on_the_scale():
    from journey_studio.model import EmotionScale
    journey_map = a_map(emotion_scale=EmotionScale(minimum=1, maximum=5),
                        emotion_points=[point("p1", "s1", 2), point("p2", "s2", 2.5), point("p3", "s3", 4)])
    insights = compute_insights(journey_map)
    assert [s.point_ids for s in of_kind(insights, InsightKind.NEGATIVE_STREAK)] == [("p1", "p2")]
    [moment] = of_kind(insights, InsightKind.MOMENT_OF_TRUTH)
    assert moment.point_ids == ("p1",) and moment.severity is Severity.HIGH  # mood −0.5


def test_stages_without_a_touchpoint_card():
    journey_map = a_map(cards=[card("t1", "s1", "l-touch"), card("a2", "s2", "l-act"), card("p2", "s2", "l-pain")])
    found = of_kind(compute_insights(journey_map, "fr"), InsightKind.STAGE_WITHOUT_TOUCHPOINTS)
    assert [i.stage_ids for i in found] == [("s2",)]  # s3 has no card at all: not mapped yet
    assert found[0].message == ("Aucun point de contact à l'étape «\u00a0Achat\u00a0»\u00a0: "
                                "où le client vous y rencontre-t-il\u00a0?")
    assert all(i.severity is Severity.MEDIUM for i in found)


def test_a_map_without_a_touchpoints_lane_is_not_told_it_lacks_touchpoints():
    journey_map = a_map(lanes=[LANES[0]])
    assert of_kind(compute_insights(journey_map), InsightKind.STAGE_WITHOUT_TOUCHPOINTS) == []


def test_channels_per_stage_counts_online_and_offline():
    journey_map = a_map(cards=[
        card("c1", "s1", "l-touch", channel="web"), card("c2", "s1", "l-act", channel="store"),
        card("c3", "s1", "l-touch", channel="web"), card("c4", "s2", "l-touch"),
    ])
    [info] = of_kind(compute_insights(journey_map, "en"), InsightKind.CHANNELS_PER_STAGE)
    assert info.severity is Severity.LOW and info.stage_ids == ("s1",)
    # Reading order: the actions lane comes first.
    assert info.details == {"channels": ["store", "web"], "online": 1, "offline": 1}
    assert set(info.card_ids) == {"c1", "c2", "c3"}
    assert info.message == "Découverte: 2 channels (1 online, 1 offline) — Store, Website."


def test_pain_points_without_an_opportunity_in_the_same_stage():
    journey_map = a_map(cards=[
        card("p1", "s1", "l-pain", "Trop de jargon"), card("o1", "s1", "l-opp", "Glossaire", owner="Contenu"),
        card("p2", "s2", "l-pain", "Frais cachés"), card("p3", "s2", "l-pain", "Paiement refusé", critical=True),
        card("p4", "s3", "l-pain", "Notice illisible"),
    ])
    found = of_kind(compute_insights(journey_map, "fr"), InsightKind.PAIN_WITHOUT_OPPORTUNITY)
    assert [(i.stage_ids, i.card_ids, i.severity) for i in found] == [
        (("s2",), ("p2", "p3"), Severity.HIGH), (("s3",), ("p4",), Severity.MEDIUM),
    ]
    assert found[0].message == ("2 irritants sans opportunité à l'étape «\u00a0Achat\u00a0»\u00a0: "
                                "«\u00a0Frais cachés\u00a0», «\u00a0Paiement refusé\u00a0».")
    assert found[1].message.startswith("1 irritant sans opportunité")


def test_opportunities_without_an_owner():
    journey_map = a_map(cards=[
        card("o1", "s1", "l-opp", "Glossaire", owner="Contenu"), card("o2", "s2", "l-opp", "Tout compris", owner="  "),
        card("o3", "s3", "l-opp", "Tutoriel vidéo"),
    ])
    found = of_kind(compute_insights(journey_map, "en"), InsightKind.OPPORTUNITY_WITHOUT_OWNER)
    assert [i.card_ids for i in found] == [("o2",), ("o3",)]
    assert found[1].message == "The opportunity “Tutoriel vidéo” (Usage) has no owner: who will take it on?"
    assert found[0].severity is Severity.LOW


def test_the_biggest_funnel_drop():
    journey_map = a_map(stages=stages("Découverte", "Achat", "Usage", metrics=[
        StageMetrics(entered=1000, completed=800), StageMetrics(entered=800, completed=200),
        StageMetrics(entered=200, completed=150)]))
    [drop] = of_kind(compute_insights(journey_map, "fr"), InsightKind.BIGGEST_FUNNEL_DROP)
    assert drop.stage_ids == ("s2", "s3") and drop.severity is Severity.HIGH
    assert drop.details == {"share": 0.75, "lost": 600}
    assert drop.message == ("Plus forte perte du tunnel\u00a0: 75\u202f% des clients entrés en «\u00a0Achat\u00a0» "
                            "n'atteignent pas «\u00a0Usage\u00a0» (800 → 200).")


def test_a_funnel_drop_from_rates_only_has_no_figures_and_a_small_drop_is_medium():
    journey_map = a_map(stages=stages("A", "B", "C", metrics=[
        StageMetrics(completion_rate=0.7), StageMetrics(completion_rate=0.9), StageMetrics()]))
    [drop] = of_kind(compute_insights(journey_map, "en"), InsightKind.BIGGEST_FUNNEL_DROP)
    assert drop.severity is Severity.MEDIUM
    assert drop.message == "Biggest funnel drop: 30% of the customers who enter “A” do not reach “B”."


def test_insights_come_most_severe_first_then_by_kind_and_stage():
    journey_map = a_map(
        cards=[card("p3", "s3", "l-pain"), card("p2", "s2", "l-pain"), card("t", "s1", "l-touch", channel="web")],
        emotion_points=[point("p", "s1", -2)],
    )
    insights = compute_insights(journey_map)
    ranks = [(i.severity.rank, list(InsightKind).index(i.kind)) for i in insights]
    assert ranks == sorted(ranks)
    pains = of_kind(insights, InsightKind.PAIN_WITHOUT_OPPORTUNITY)
    assert [i.stage_ids for i in pains] == [("s2",), ("s3",)]


def test_text_and_json():
    journey_map = a_map(emotion_points=[point("p1", "s1", -2, "Perdue")])
    insights = compute_insights(journey_map, "fr")
    text = insights_to_text(insights)
    assert text.splitlines()[0].startswith("high    Moment de vérité")
    data = json.loads(insights_to_json(insights))
    assert data[0] == {
        "kind": "moment_of_truth", "severity": "high", "message": insights[0].message,
        "stage_ids": ["s1"], "card_ids": [], "point_ids": ["p1"], "details": {"score": -2.0, "persona_id": None},
    }
    assert "«" in insights_to_json(insights)  # readable UTF-8, not \u escapes
    assert insights_to_text([]) == "" and json.loads(insights_to_json([])) == []


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_running_shoes_example(language):
    workspace = load_template("running-shoes", language)
    insights = compute_insights(workspace.maps[0], language, workspace.personas)
    kinds = {i.kind for i in insights}
    assert {InsightKind.MOMENT_OF_TRUTH, InsightKind.BIGGEST_FUNNEL_DROP, InsightKind.NEGATIVE_STREAK} <= kinds
    [drop] = of_kind(insights, InsightKind.BIGGEST_FUNNEL_DROP)
    assert drop.stage_ids == ("stage-evaluation", "stage-achat")
    [moment] = of_kind(insights, InsightKind.MOMENT_OF_TRUTH)
    assert moment.point_ids == ("emo-doute-taille",)
    assert "Julie" in moment.message
