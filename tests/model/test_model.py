"""The pydantic models on their own: defaults, ids, texts, derived values and what they refuse."""

import math
import unicodedata

import pytest
from pydantic import BaseModel, ValidationError

from journey_studio.model import (
    SCHEMA_VERSION,
    Card,
    Channel,
    ConnectorKind,
    EmotionPoint,
    EmotionScale,
    EvidenceSource,
    JourneyMap,
    JourneyType,
    Lane,
    LaneKind,
    MapState,
    PurchasePattern,
    Stage,
    StageMetrics,
    Workspace,
    new_id,
)
from journey_studio.model.ids import is_valid_id
from tests.factories import (
    ACCENTED,
    make_card,
    make_connector,
    make_lane,
    make_map,
    make_point,
    make_stage,
    make_workspace,
    sample_workspace,
)

# --- defaults -------------------------------------------------------------------------------


def test_an_empty_workspace_is_the_current_format_in_french():
    workspace = Workspace()
    assert workspace.schema_version == SCHEMA_VERSION == 1
    assert workspace.metadata.language == "fr"
    assert workspace.metadata.title == ""
    assert workspace.metadata.created is None
    assert workspace.personas == []
    assert workspace.maps == []
    assert workspace.business_context.company_goals == []


def test_a_new_map_is_a_current_state_purchase_journey_on_a_five_point_scale():
    journey_map = JourneyMap(id="m", title="Parcours")
    assert journey_map.journey_type is JourneyType.PURCHASE
    assert journey_map.purchase_pattern is PurchasePattern.DEFAULT
    assert journey_map.state is MapState.CURRENT
    assert journey_map.counterpart_id is None
    assert (journey_map.emotion_scale.minimum, journey_map.emotion_scale.maximum) == (-2, 2)
    assert journey_map.stages == journey_map.lanes == journey_map.cards == []


def test_item_defaults():
    stage = Stage(id="s", name="Découverte")
    assert (stage.colour, stage.width, stage.icon) == ("#4C78A8", 280.0, "")
    assert stage.metrics.rate() is None
    lane = Lane(id="l", kind="emotions", title="Émotions")
    assert lane.kind is LaneKind.EMOTIONS
    assert (lane.height, lane.visible) == (120.0, True)
    card = Card(id="c", stage_id="s", lane_id="l", title="Carte")
    assert (card.order, card.body, card.channel, card.online) == (0, "", None, None)
    assert card.emotion is None
    assert card.critical is False
    assert card.evidence.source is EvidenceSource.ASSUMPTION
    assert card.evidence.last_verified is None
    assert make_connector("k", "a", "b").kind is ConnectorKind.NEXT


def test_list_defaults_are_not_shared_between_objects():
    first, second = make_card("a"), make_card("b")
    first.tags.append("urgent")
    first.evidence.reference = "ticket #12"
    assert second.tags == []
    assert second.evidence.reference == ""
    assert make_map().cards == []


# --- ids ------------------------------------------------------------------------------------

BAD_IDS = ["", " ", "carte 1", "étape", "a/b", "a#b", "x" * 65, "card\n", "\ncard", "card\t"]


@pytest.mark.parametrize("bad_id", BAD_IDS, ids=repr)
def test_bad_ids_are_refused_for_items_and_references(bad_id):
    with pytest.raises(ValidationError):
        make_card(bad_id)
    with pytest.raises(ValidationError):
        make_card("card-1", stage_id=bad_id)
    with pytest.raises(ValidationError):
        make_map(persona_ids=[bad_id])


@pytest.mark.parametrize("good_id", ["a", "card-3f9a1c2b7d4e", "x" * 64, "A.b:c_d-9"])
def test_good_ids_are_kept_as_written(good_id):
    assert make_card(good_id).id == good_id


@pytest.mark.parametrize(
    "bad_id",
    [
        bad_id
        for bad_id in BAD_IDS
    ],
    ids=repr,
)
def test_is_valid_id_agrees_with_the_model(bad_id):
    assert not is_valid_id(bad_id)


def test_new_ids_are_valid_unique_and_say_what_they_name():
    ids = {new_id("card") for _ in range(1000)}
    assert len(ids) == 1000
    for item_id in ids:
        assert item_id.startswith("card-")
        assert is_valid_id(item_id)
        make_card(item_id)


# --- texts ----------------------------------------------------------------------------------


def _fill_every_text(model: BaseModel, text: str) -> int:
    """Put ``text`` in every free-text field (and text list) of ``model`` and what it holds.

    Fields with a pattern (ids, colours, language, MIME type) refuse it and are left alone.
    Returns how many fields took the text.
    """
    filled = 0
    for name in type(model).model_fields:
        value = getattr(model, name)
        if isinstance(value, BaseModel):
            filled += _fill_every_text(value, text)
        elif isinstance(value, list) and value and isinstance(value[0], BaseModel):
            for item in value:
                filled += _fill_every_text(item, text)
        elif isinstance(value, str):  # enums are strings too; they refuse the text
            try:
                setattr(model, name, text)
                filled += 1
            except ValidationError:
                pass
        elif isinstance(value, list) and (not value or isinstance(value[0], str)):
            try:
                setattr(model, name, [text, text])
                filled += 1
            except ValidationError:
                pass
    return filled


def _texts(data):
    if isinstance(data, dict):
        for value in data.values():
            yield from _texts(value)
    elif isinstance(data, list):
        for value in data:
            yield from _texts(value)
    elif isinstance(data, str):
        yield data


@pytest.mark.parametrize(
    "text",
    [
        ACCENTED,
        "  espaces gardés  ",
        unicodedata.normalize("NFD", "Éléonore à l’accueil"),
        "ligne 1\nligne 2\ttab",
        "👨‍👩‍👧‍👦🇫🇷 famille",
    ],
    ids=["accents-emoji", "spaces", "decomposed", "newlines", "zwj-flags"],
)
def test_accents_and_emoji_survive_in_every_text(text):
    workspace = sample_workspace()
    filled = _fill_every_text(workspace, text)
    assert filled >= 40  # every title, name, body, label, quote, tag list… of the sample
    workspace.personas[0].avatar.emoji = "👩🏽‍💻"

    again = Workspace.model_validate_json(workspace.model_dump_json())

    assert again == workspace
    texts = list(_texts(again.model_dump(mode="json")))
    assert texts.count(text) >= filled
    assert again.personas[0].avatar.emoji == "👩🏽‍💻"
    assert again.maps[0].cards[0].body == text  # byte for byte: not stripped, not normalised


def test_texts_are_bounded():
    make_card(title="x" * 500, body="y" * 20_000)
    with pytest.raises(ValidationError, match="at most 500"):
        make_card(title="x" * 501)
    with pytest.raises(ValidationError, match="at most 20000"):
        make_card(body="y" * 20_001)
    with pytest.raises(ValidationError):
        make_card(tags=["t"] * 51)


@pytest.mark.parametrize("colour", ["red", "#FFF", "#GGGGGG", "4C78A8", "#4C78A8 "])
def test_colours_must_be_hex(colour):
    with pytest.raises(ValidationError):
        make_stage(colour=colour)


# --- derived values -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("channel", "online", "expected"),
    [
        (None, None, None),
        ("web", None, True),
        ("mobile_app", None, True),
        ("email", None, True),
        ("store", None, False),
        ("phone", None, False),
        ("word_of_mouth", None, False),
        ("event", None, False),
        ("print", None, False),
        ("store", True, True),
        ("web", False, False),
        (None, True, True),
        (None, False, False),
    ],
)
def test_card_is_online_follows_the_channel_unless_overridden(channel, online, expected):
    assert make_card(channel=channel, online=online).is_online() is expected


def test_changing_the_channel_changes_is_online_but_not_an_override():
    card = make_card(channel="web")
    card.channel = Channel.STORE
    assert card.is_online() is False
    card.online = True
    card.channel = Channel.PHONE
    assert card.is_online() is True


@pytest.mark.parametrize(
    ("metrics", "expected"),
    [
        (StageMetrics(), None),
        (StageMetrics(completion_rate=0.42), 0.42),
        (StageMetrics(entered=1200, completed=900), 0.75),
        (StageMetrics(entered=200, completed=50, completion_rate=0.9), 0.25),  # counts win
        (StageMetrics(entered=100, completed=0), 0.0),
        (StageMetrics(entered=0, completed=0, completion_rate=0.3), 0.3),  # no division by 0
        (StageMetrics(entered=0, completed=0), None),
        (StageMetrics(entered=100, completion_rate=0.6), 0.6),
        (StageMetrics(completed=60, completion_rate=0.6), 0.6),
    ],
)
def test_stage_metrics_rate(metrics, expected):
    assert metrics.rate() == expected


@pytest.mark.parametrize(
    "fields",
    [{"entered": -1}, {"completed": -5}, {"completion_rate": 1.01}, {"completion_rate": -0.1}],
)
def test_stage_metrics_refuse_impossible_values(fields):
    with pytest.raises(ValidationError):
        StageMetrics(**fields)


def test_stage_metrics_refuse_more_completions_than_entries():
    with pytest.raises(ValidationError):
        StageMetrics(entered=10, completed=20)


# --- emotion scale --------------------------------------------------------------------------


@pytest.mark.parametrize(("minimum", "maximum"), [(0, 0), (2, -2), (3, 2), (-100, 101)])
def test_emotion_scale_refuses_min_not_below_max_or_too_wide(minimum, maximum):
    with pytest.raises(ValidationError, match="emotion scale|less than or equal to 100"):
        EmotionScale(minimum=minimum, maximum=maximum)


def test_emotion_scale_accepts_ordered_bounds():
    assert EmotionScale(minimum=-1, maximum=1).maximum == 1
    assert EmotionScale(minimum=0, maximum=10).minimum == 0
    assert EmotionScale(minimum=-100, maximum=100).maximum == 100


def test_emotion_scale_is_checked_on_assignment_too():
    journey_map = make_map()
    with pytest.raises(ValidationError, match="minimum must be below its maximum"):
        journey_map.emotion_scale.minimum = 5
    with pytest.raises(ValidationError):
        journey_map.emotion_scale = EmotionScale.model_construct(minimum=3, maximum=1)


def test_a_refused_scale_change_leaves_the_scale_as_it_was():
    scale = make_map().emotion_scale
    with pytest.raises(ValidationError):
        scale.maximum = -5
    assert (scale.minimum, scale.maximum) == (-2, 2)


def test_a_scale_wider_than_a_score_can_go_is_refused():
    with pytest.raises(ValidationError, match="100"):
        EmotionScale(minimum=0, maximum=200)
    with pytest.raises(ValidationError, match="-100"):
        EmotionScale(minimum=-101, maximum=0)


def test_both_ends_of_the_widest_accepted_scale_can_be_scored():
    scale = EmotionScale(minimum=-100, maximum=100)
    for score in (scale.minimum, scale.maximum):
        assert make_point(score=score).score == score
        assert make_card(emotion=score).emotion == score


# --- what the models refuse -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("model", "data"),
    [
        (Workspace, {"schema_version": 1, "thème": "sombre"}),
        (Stage, {"id": "s", "name": "n", "color": "#FFFFFF"}),
        (Card, {"id": "c", "stage_id": "s", "lane_id": "l", "title": "t", "emotions": 1}),
        (JourneyMap, {"id": "m", "title": "t", "stages": [{"id": "s", "name": "n", "x": 1}]}),
        (Workspace, {"maps": [{"id": "m", "title": "t", "emotion_scale": {"min": -3}}]}),
    ],
)
def test_unknown_keys_are_refused_not_dropped(model, data):
    with pytest.raises(ValidationError, match="Extra inputs are not permitted"):
        model.model_validate(data)


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_nan_and_infinity_are_refused(value):
    with pytest.raises(ValidationError):
        make_card(emotion=value)
    with pytest.raises(ValidationError):
        make_point(score=value)
    with pytest.raises(ValidationError):
        StageMetrics(completion_rate=value)
    with pytest.raises(ValidationError):
        make_stage(width=value)
    with pytest.raises(ValidationError):
        make_lane(height=value)
    card = make_card(emotion=1)
    with pytest.raises(ValidationError):
        card.emotion = value
    assert card.emotion == 1


def test_assignments_are_validated():
    card = make_card()
    with pytest.raises(ValidationError):
        card.title = 42
    with pytest.raises(ValidationError):
        card.channel = "fax"
    with pytest.raises(ValidationError):
        card.order = -1
    assert card.title == "Carte card-1"


@pytest.mark.parametrize(
    "data",
    [
        {"schema_version": 2},
        {"schema_version": "1"},
        {"maps": [{"id": "m", "title": "t", "journey_type": "shopping"}]},
        {"maps": [{"id": "m", "title": "t", "state": "CURRENT"}]},
        {"metadata": {"language": "français"}},
        {"personas": [{"id": "p", "name": "n", "age": 151}]},
        {"personas": [{"id": "p", "name": "n", "avatar": {"image_mime": "image/gif"}}]},
    ],
)
def test_values_outside_the_vocabularies_are_refused(data):
    with pytest.raises(ValidationError):
        Workspace.model_validate(data)


def test_make_workspace_builds_what_it_is_given():
    workspace = make_workspace(cards=[make_card("c1"), make_card("c2", stage_id="stage-2")])
    assert [c.id for c in workspace.maps[0].cards] == ["c1", "c2"]
    assert workspace.maps[0].card("c2").stage_id == "stage-2"
    assert isinstance(workspace.maps[0].cards[0], Card)
    assert isinstance(make_point(), EmotionPoint)
