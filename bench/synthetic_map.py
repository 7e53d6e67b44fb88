"""A large, realistic-looking map for benchmarks: N stages × 8 lanes with cards spread over cells."""

import random

from journey_studio.model import (
    Card,
    Channel,
    Connector,
    EmotionPoint,
    JourneyMap,
    Lane,
    LaneKind,
    Persona,
    Stage,
    StageMetrics,
    Workspace,
)

LANE_KINDS = [
    LaneKind.ACTIONS, LaneKind.TOUCHPOINTS, LaneKind.THOUGHTS, LaneKind.EMOTIONS,
    LaneKind.PAIN_POINTS, LaneKind.NEEDS, LaneKind.OPPORTUNITIES, LaneKind.BACKSTAGE,
]
WORDS = (
    "client recherche comparer avis magasin livraison prix essai conseil retour paiement "
    "fidélité application e-mail newsletter vendeur stock délai garantie échange café ☕ 😊"
).split()


def stage_metrics(index: int) -> StageMetrics:
    """A funnel losing 250 customers per stage down to 2,750, then 5 % per stage: never negative."""
    if index < 30:
        return StageMetrics(entered=10000 - index * 250, completed=9600 - index * 250)
    entered = round(2750 * 0.95 ** (index - 29))
    return StageMetrics(entered=entered, completed=round(entered * 0.96))


def build_workspace(stages: int = 30, cards: int = 1000, seed: int = 7) -> Workspace:
    rng = random.Random(seed)
    stage_list = [
        Stage(id=f"s{i}", name=f"Étape {i + 1}", customer_goal="Trouver la bonne paire", metrics=stage_metrics(i))
        for i in range(stages)
    ]
    lanes = [
        Lane(id=f"l{j}", kind=kind, title=kind.value.replace("_", " ").title()) for j, kind in enumerate(LANE_KINDS)
    ]
    card_lanes = [lane for lane in lanes if lane.kind is not LaneKind.EMOTIONS]
    card_list = []
    for k in range(cards):
        stage = stage_list[k % stages]
        lane = card_lanes[(k // stages) % len(card_lanes)]
        title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 6))).capitalize()
        body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 22)))
        card_list.append(Card(
            id=f"c{k}", stage_id=stage.id, lane_id=lane.id, order=k, title=title, body=body,
            channel=rng.choice(list(Channel)), critical=rng.random() < 0.05,
        ))
    points = [
        EmotionPoint(id=f"e{i}", stage_id=stage.id, score=rng.choice([-2, -1, 0, 1, 2]), label=f"Ressenti {i}")
        for i, stage in enumerate(stage_list)
    ]
    connectors = [
        Connector(id=f"x{i}", from_card=f"c{i}", to_card=f"c{i + 1}") for i in range(0, min(cards - 1, 60), 3)
    ]
    journey = JourneyMap(
        id="big", title=f"Parcours de {cards:,} fiches".replace(",", "\u202f"), persona_ids=["p1"], stages=stage_list,
        lanes=lanes,
        cards=card_list, emotion_points=points, connectors=connectors,
        scenario="Un parcours synthétique pour mesurer les performances.",
    )
    return Workspace(personas=[Persona(id="p1", name="Camille", role="Coureuse débutante")], maps=[journey])
