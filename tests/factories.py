"""Small workspaces built in code, for tests: ``make_workspace(cards=[make_card("c1")])``.

Every helper returns a sound object (``check_workspace`` finds nothing) unless the caller
passes something that breaks it on purpose. Import as ``from tests.factories import …``.
"""

from datetime import date, datetime, timedelta, timezone
from typing import Any

from journey_studio.io import workspace_to_bytes
from journey_studio.model import (
    Avatar,
    BusinessContext,
    Card,
    Comment,
    Connector,
    EmotionPoint,
    EmotionScale,
    Evidence,
    JourneyMap,
    Lane,
    Metadata,
    Persona,
    Stage,
    StageMetrics,
    Workspace,
)

MAP_ID = "map-1"
PERSONA_ID = "persona-1"
STAGE_IDS = ("stage-1", "stage-2")
LANE_IDS = ("lane-1", "lane-2")


def make_stage(stage_id: str = STAGE_IDS[0], **fields: Any) -> Stage:
    return Stage(id=stage_id, name=fields.pop("name", f"Étape {stage_id}"), **fields)


def make_lane(lane_id: str = LANE_IDS[0], **fields: Any) -> Lane:
    fields.setdefault("kind", "actions")
    return Lane(id=lane_id, title=fields.pop("title", f"Couloir {lane_id}"), **fields)


def make_card(card_id: str = "card-1", **fields: Any) -> Card:
    """A card in the first stage and lane unless ``stage_id`` / ``lane_id`` say otherwise."""
    fields.setdefault("stage_id", STAGE_IDS[0])
    fields.setdefault("lane_id", LANE_IDS[0])
    return Card(id=card_id, title=fields.pop("title", f"Carte {card_id}"), **fields)


def make_point(point_id: str = "point-1", **fields: Any) -> EmotionPoint:
    fields.setdefault("stage_id", STAGE_IDS[0])
    fields.setdefault("score", 0)
    return EmotionPoint(id=point_id, **fields)


def make_connector(connector_id: str, from_card: str, to_card: str, **fields: Any) -> Connector:
    return Connector(id=connector_id, from_card=from_card, to_card=to_card, **fields)


def make_persona(persona_id: str = PERSONA_ID, **fields: Any) -> Persona:
    return Persona(id=persona_id, name=fields.pop("name", "Léa"), **fields)


def make_map(
    map_id: str = MAP_ID,
    *,
    stages: list[Stage] | None = None,
    lanes: list[Lane] | None = None,
    cards: list[Card] | None = None,
    emotion_points: list[EmotionPoint] | None = None,
    connectors: list[Connector] | None = None,
    persona_ids: list[str] | None = None,
    **fields: Any,
) -> JourneyMap:
    """A map with two stages and two lanes; no cards, points or connectors unless given.

    Ids are unique across a workspace, so the default stages and lanes of any map but the
    first are prefixed with the map's id (``map-2-stage-1``).
    """
    prefix = "" if map_id == MAP_ID else f"{map_id}-"
    return JourneyMap(
        id=map_id,
        title=fields.pop("title", "Achat en ligne"),
        stages=[make_stage(prefix + s) for s in STAGE_IDS] if stages is None else stages,
        lanes=[make_lane(prefix + lane) for lane in LANE_IDS] if lanes is None else lanes,
        cards=cards or [],
        emotion_points=emotion_points or [],
        connectors=connectors or [],
        persona_ids=[PERSONA_ID] if persona_ids is None else persona_ids,
        **fields,
    )


def make_workspace(
    *,
    cards: list[Card] | None = None,
    emotion_points: list[EmotionPoint] | None = None,
    connectors: list[Connector] | None = None,
    personas: list[Persona] | None = None,
    maps: list[JourneyMap] | None = None,
    **map_fields: Any,
) -> Workspace:
    """One persona and one map (see :func:`make_map`); ``map_fields`` go to that map.

    Pass ``maps`` to replace the map entirely.
    """
    if maps is None:
        maps = [
            make_map(
                cards=cards, emotion_points=emotion_points, connectors=connectors, **map_fields
            )
        ]
    return Workspace(
        personas=[make_persona()] if personas is None else personas,
        maps=maps,
    )


ACCENTED = "Déçue par l’attente à la caisse… « trop long » — 😤🛒 naïveté, façade, œuvre, Ærø"
"""Text with accents, typographic punctuation, emoji (outside the BMP) and ligatures."""


def versions(count: int) -> list[tuple[Workspace, bytes]]:
    """``count`` different workspaces and the bytes each saves as: what tests save over one another."""
    result = []
    for number in range(count):
        workspace = make_workspace(cards=[make_card(title=f"Version {number}")])
        result.append((workspace, workspace_to_bytes(workspace)))
    return result


def sample_workspace() -> Workspace:
    """A sound workspace: every kind of object, most fields set, accents and emoji included."""
    paris = timezone(timedelta(hours=2))
    evidence = Evidence(
        source="interview", reference="Entretiens n°3 – été 2024", last_verified=date(2024, 6, 30)
    )
    persona = make_persona(
        avatar=Avatar(emoji="👩🏽‍💻"),
        age=34,
        role="Coureuse du dimanche",
        quote="« Je veux des chaussures qui tiennent la distance 🏃‍♀️ »",
        goals=["Courir un semi-marathon", "Éviter les blessures"],
        motivations=["Santé"],
        frustrations=["Tailles incohérentes"],
        behaviours=["Compare les avis"],
        preferred_channels=["web", "store"],
        data_sources=["CRM segment « actifs »"],
    )
    stages = [
        make_stage(
            "stage-1",
            name="Découverte",
            description="Elle cherche une paire adaptée à sa foulée.",
            icon="search",
            colour="#4C78A8",
            width=300.0,
            customer_goal="Trouver le bon modèle",
            metrics=StageMetrics(entered=1200, completed=900),
        ),
        make_stage("stage-2", name="Achat 💳", metrics=StageMetrics(completion_rate=0.42)),
    ]
    lanes = [
        make_lane("lane-1", kind="actions", title="Actions"),
        make_lane("lane-2", kind="pain_points", title="Irritants", height=160.0, visible=False),
    ]
    cards = [
        make_card(
            "card-1",
            title="Lit les avis",
            body=ACCENTED,
            channel="web",
            owner="Équipe e-commerce",
            emotion=1,
            tags=["recherche", "🔍"],
            colour="#F58518",
            evidence=evidence,
            comments=[
                Comment(id="comment-1", author="Théo", date=date(2024, 6, 12), text="Source ? 🤔"),
                Comment(id="comment-2", text="Vérifié avec le CRM", resolved=True),
            ],
        ),
        make_card(
            "card-2",
            stage_id="stage-2",
            lane_id="lane-2",
            order=1,
            title="File d’attente en magasin",
            channel="store",
            online=True,
            emotion=-2,
            critical=True,
            linked_map_id="map-2",
        ),
    ]
    journey_map = make_map(
        title="Achat de chaussures de running 👟",
        journey_type="purchase",
        purchase_pattern="planned",
        state="current",
        scenario="Léa prépare son premier semi-marathon.",
        emotion_scale=EmotionScale(minimum=-2, maximum=2),
        stages=stages,
        lanes=lanes,
        cards=cards,
        emotion_points=[
            make_point(
                "point-1",
                stage_id="stage-1",
                card_id="card-1",
                score=1.5,
                label="Confiante 🙂",
                persona_id=PERSONA_ID,
                evidence=evidence,
            ),
            make_point("point-2", stage_id="stage-2", score=-2, label="Agacée"),
        ],
        connectors=[
            make_connector("conn-1", "card-1", "card-2", label="passe en magasin"),
            make_connector("conn-2", "card-2", "card-1", kind="back"),
        ],
        tags=["running", "omnicanal"],
        counterpart_id="map-2",
    )
    future = make_map("map-2", title="Achat idéal ✨", state="future", counterpart_id=MAP_ID)
    return Workspace(
        metadata=Metadata(
            title="Atelier parcours client – Sportéo",
            author="Zoë Lefèvre",
            language="fr-FR",
            created=datetime(2024, 5, 2, 9, 30, tzinfo=paris),
            modified=datetime(2024, 7, 1, 18, 5, 59, tzinfo=paris),
        ),
        business_context=BusinessContext(
            company_goals=["Augmenter la conversion de 10 %"],
            market="Marché du running très concurrentiel ; marges serrées.",
            customer_expectations=["Conseil personnalisé", "Retour gratuit 📦"],
        ),
        personas=[persona],
        maps=[journey_map, future],
    )
