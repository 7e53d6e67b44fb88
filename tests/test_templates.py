"""The bundled templates: they load, agree with the model, exist in both languages, and the
running-shoes one is the journey of the article it comes from."""

import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta
from importlib.resources import files
from pathlib import Path

import pytest

from journey_studio.io import workspace_to_bytes
from journey_studio.model import (
    Channel,
    ConnectorKind,
    LaneKind,
    check_workspace,
)
from journey_studio.templates import (
    LANGUAGES,
    TemplateInfo,
    UnknownTemplate,
    list_templates,
    load_template,
    new_from_template,
)

ALL = list_templates()
NAMES = sorted({info.name for info in ALL})
STANDARD_LANES = [
    LaneKind.ACTIONS, LaneKind.TOUCHPOINTS, LaneKind.THOUGHTS, LaneKind.EMOTIONS,
    LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES, LaneKind.BACKSTAGE, LaneKind.METRICS,
]
BLUEPRINT_LANES = [
    LaneKind.EMOTIONS, LaneKind.TEXT, LaneKind.ACTIONS, LaneKind.TOUCHPOINTS, LaneKind.BACKSTAGE,
    LaneKind.BACKSTAGE, LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES, LaneKind.METRICS,
]
SEVEN_POINTS_FR = {
    # The article's seven points, as the cards of the actions lane, in its order.
    "stage-reflexion": [
        "Rechercher des infos en ligne",
        "Demander à ses amis sportifs",
        "Se renseigner en magasin de sport",
    ],
    "stage-evaluation": [
        "Définir une sélection de modèles",
        "Se renseigner et essayer les modèles",
    ],
    "stage-achat": [
        "Acheter le modèle choisi",
        "Les rapporter à la maison et les ouvrir",
    ],
}


def _id(info: TemplateInfo) -> str:
    return f"{info.name}.{info.language}"


def test_the_expected_templates_are_shipped():
    assert {"running-shoes", "purchase", "blank"} <= set(NAMES)
    assert [info.name for info in list_templates("fr")][:3] == ["running-shoes", "purchase", "blank"]


@pytest.mark.parametrize("name", NAMES)
def test_every_template_exists_in_both_languages(name):
    assert {info.language for info in ALL if info.name == name} == set(LANGUAGES)


@pytest.mark.parametrize("info", ALL, ids=_id)
def test_every_template_loads_and_is_consistent(info):
    workspace = load_template(info.name, info.language)
    assert check_workspace(workspace) == []
    assert workspace.metadata.language == info.language
    assert workspace.metadata.created is None and workspace.metadata.modified is None
    assert info.title == workspace.metadata.title != ""
    assert len(workspace.maps) == 1
    journey_map = workspace.maps[0]
    assert journey_map.title
    if info.name == "service-blueprint":
        # A blueprint's rows: emotions, physical evidence, customer actions, frontstage, two backstage
        # rows (backstage, support processes), then friction, opportunities and figures.
        assert [lane.kind for lane in journey_map.lanes] == BLUEPRINT_LANES
    else:
        assert [lane.kind for lane in journey_map.lanes] == STANDARD_LANES
    assert set(journey_map.persona_ids) == {p.id for p in workspace.personas}


@pytest.mark.parametrize("info", ALL, ids=_id)
def test_templates_are_in_the_saved_format(info):
    """Byte for byte what Save writes, so opening and saving a template changes nothing."""
    data = info.path_or_traversable.read_bytes()
    assert workspace_to_bytes(load_template(info.name, info.language)) == data


@pytest.mark.parametrize("info", ALL, ids=_id)
def test_cards_fit_on_a_card(info):
    """Titles show on a 280 px card: short titles, bodies of a few lines."""
    for card in load_template(info.name, info.language).maps[0].cards:
        assert len(card.title) <= 40, card.title
        assert len(card.body) <= 140, card.body


@pytest.mark.parametrize("info", ALL, ids=_id)
def test_stage_icons_exist(info):
    icons = files("journey_studio.icons") / "stages"
    for stage in load_template(info.name, info.language).maps[0].stages:
        assert not stage.icon or (icons / f"{stage.icon}.svg").is_file(), stage.icon


@pytest.mark.parametrize("channel", list(Channel))
def test_every_channel_has_an_icon(channel):
    icon = files("journey_studio.icons") / "channels" / f"{channel.value}.svg"
    root = ET.fromstring(icon.read_bytes())
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 24 24"


@pytest.mark.parametrize("name", NAMES)
def test_both_languages_have_the_same_shape(name):
    """The English file is a translation of the French one: same ids, same places."""
    fr, en = (load_template(name, lang).maps[0] for lang in ("fr", "en"))
    assert [s.id for s in fr.stages] == [s.id for s in en.stages]
    assert [(c.id, c.stage_id, c.lane_id, c.channel) for c in fr.cards] == [
        (c.id, c.stage_id, c.lane_id, c.channel) for c in en.cards
    ]
    assert [(p.id, p.score) for p in fr.emotion_points] == [(p.id, p.score) for p in en.emotion_points]


def test_running_shoes_has_the_articles_three_stages_and_seven_points():
    workspace = load_template("running-shoes", "fr")
    journey_map = workspace.maps[0]
    assert [s.name for s in journey_map.stages] == ["Réflexion", "Évaluation", "Achat"]
    actions = journey_map.lanes[0]
    assert actions.kind is LaneKind.ACTIONS
    points = {
        stage.id: [c.title for c in sorted(
            (c for c in journey_map.cards if c.stage_id == stage.id and c.lane_id == actions.id),
            key=lambda c: c.order,
        )]
        for stage in journey_map.stages
    }
    assert points == SEVEN_POINTS_FR


def test_running_shoes_in_english():
    journey_map = load_template("running-shoes", "en").maps[0]
    assert [s.name for s in journey_map.stages] == ["Reflection", "Evaluation", "Purchase"]


def test_running_shoes_is_a_full_example():
    workspace = load_template("running-shoes", "fr")
    journey_map = workspace.maps[0]
    persona = workspace.personas[0]
    assert persona.avatar.emoji and persona.quote and persona.goals and persona.frustrations
    assert persona.preferred_channels and persona.data_sources
    assert workspace.business_context.company_goals and workspace.business_context.market

    assert any(card.critical for card in journey_map.cards), "a moment of truth"
    kinds = {connector.kind for connector in journey_map.connectors}
    assert {ConnectorKind.BACK, ConnectorKind.SKIP} <= kinds
    assert {s.id for s in journey_map.stages if s.metrics.rate() is not None} == {
        s.id for s in journey_map.stages
    }

    scores = [p.score for p in journey_map.emotion_points]
    assert len(scores) == 7 and all(-2 <= s <= 2 for s in scores)
    lowest = min(journey_map.emotion_points, key=lambda p: p.score)
    assert lowest.stage_id == "stage-evaluation", "the curve dips during evaluation"

    opportunities = {c.title for c in journey_map.cards if c.lane_id == "lane-opportunites"}
    assert {
        "Blog pour les nouveaux coureurs",
        "Plan d'adhésion et de parrainage",
        "Partenariats avec des magasins de sport",
    } <= opportunities
    sources = {c.evidence.source.value for c in journey_map.cards}
    assert {"interview", "web_analytics", "assumption"} <= sources


def test_purchase_template_stages():
    assert [s.name for s in load_template("purchase", "fr").maps[0].stages] == [
        "Découverte", "Considération", "Achat", "Fidélisation", "Recommandation",
    ]
    assert [s.name for s in load_template("purchase", "en").maps[0].stages] == [
        "Awareness", "Consideration", "Purchase", "Retention", "Advocacy",
    ]


def test_blank_template_is_empty():
    for language in LANGUAGES:
        journey_map = load_template("blank", language).maps[0]
        assert len(journey_map.stages) == 3
        assert journey_map.cards == [] and journey_map.emotion_points == [] and journey_map.connectors == []


def test_unknown_template_says_which_exist():
    with pytest.raises(UnknownTemplate) as caught:
        load_template("no-such-journey", "fr")
    assert isinstance(caught.value, KeyError)
    message = str(caught.value)
    assert "'no-such-journey'" in message
    for name in ("running-shoes", "purchase", "blank"):
        assert name in message
    assert caught.value.args[0] == message
    with pytest.raises(UnknownTemplate):
        new_from_template("no-such-journey")


def test_missing_language_falls_back(tmp_path: Path):
    source = files("journey_studio.resources") / "templates" / "blank.en.journey.json"
    (tmp_path / "blank.en.journey.json").write_bytes(source.read_bytes())
    (tmp_path / "notes.txt").write_text("not a template", encoding="utf-8")
    workspace = load_template("blank", "fr", folder=tmp_path)
    assert workspace.metadata.language == "en"
    assert [(i.name, i.language) for i in list_templates("fr", folder=tmp_path)] == [("blank", "en")]
    assert load_template("running-shoes", "de").metadata.language == "fr"
    assert load_template("running-shoes", "en-GB").metadata.language == "en"


def test_new_from_template_is_dated_now():
    before = datetime.now(UTC).replace(microsecond=0)
    workspace = new_from_template("running-shoes", "en")
    after = datetime.now(UTC)
    created, modified = workspace.metadata.created, workspace.metadata.modified
    assert created == modified
    assert created.utcoffset() == timedelta(0)
    assert created.microsecond == 0
    assert before <= created <= after
    assert workspace.metadata.language == "en"
    assert check_workspace(workspace) == []
    # Each call is a new workspace: editing one leaves the next untouched.
    workspace.maps[0].title = "Changed"
    assert new_from_template("running-shoes", "en").maps[0].title != "Changed"


def test_templates_module_needs_no_qt():
    code = "import sys, journey_studio.templates as t; t.load_template('blank'); print('PySide6' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


_NUMBERS = {
    "en": ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"],
    "fr": ["une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"],
}
_STAGE_WORDS = r"(?:stages|steps|phases|étapes)"


@pytest.mark.parametrize("info", ALL, ids=lambda i: f"{i.name}.{i.language}")
def test_a_scenario_that_counts_stages_counts_the_maps_stages(info):
    """The running-shoes scenario once said « sept étapes » on a three-stage map."""
    import re

    workspace = load_template(info.name, info.language)
    for journey_map in workspace.maps:
        words = _NUMBERS[info.language]
        pattern = rf"\b({'|'.join(words)}|\d+)\s+{_STAGE_WORDS}\b"
        for match in re.finditer(pattern, journey_map.scenario.lower()):
            said = match.group(1)
            count = int(said) if said.isdigit() else words.index(said) + 1
            assert count == len(journey_map.stages), f"{info.name}.{info.language}: {match.group(0)!r}"


def test_the_stage_count_check_catches_the_old_running_shoes_text():
    import re

    old = "Ses sept étapes se regroupent en trois catégories"
    assert re.search(rf"\b(sept)\s+{_STAGE_WORDS}\b", old.lower())


def test_template_stages_follow_the_sequential_palette():
    from journey_studio.theme import stage_colour

    for info in ALL:
        for journey_map in load_template(info.name, info.language).maps:
            n = len(journey_map.stages)
            assert [s.colour for s in journey_map.stages] == [stage_colour(i, n) for i in range(n)], info.name
