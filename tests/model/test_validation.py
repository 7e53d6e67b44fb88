"""check_workspace: what pydantic cannot see, references between objects and unique ids.

Each mistake gives exactly one Problem, and its text says which item and what is wrong.
"""

import pytest

from journey_studio.model import Comment, Problem, check_workspace
from tests.factories import (
    make_card,
    make_connector,
    make_map,
    make_persona,
    make_point,
    make_stage,
    make_workspace,
    sample_workspace,
)


def only_problem(workspace) -> str:
    problems = check_workspace(workspace)
    assert len(problems) == 1, problems
    assert isinstance(problems[0], Problem)
    return str(problems[0])


def test_a_sound_workspace_has_no_problem():
    assert check_workspace(sample_workspace()) == []
    assert check_workspace(make_workspace()) == []
    assert check_workspace(make_workspace(personas=[], persona_ids=[])) == []


def test_scores_on_the_bounds_of_the_scale_are_fine():
    workspace = make_workspace(
        cards=[make_card("c1", emotion=-2), make_card("c2", emotion=2)],
        emotion_points=[make_point("p1", score=-2), make_point("p2", score=2.0)],
    )
    assert check_workspace(workspace) == []


# --- dangling references --------------------------------------------------------------------


def test_card_in_a_missing_stage():
    card = make_card("c1", title="Paie en caisse", stage_id="ghost")
    text = only_problem(make_workspace(cards=[card]))
    assert "Paie en caisse" in text
    assert "stage 'ghost'" in text
    assert "does not exist" in text
    assert "Achat en ligne" in text  # and in which map


def test_card_in_a_missing_lane():
    card = make_card("c1", title="Appelle le SAV", lane_id="nowhere")
    text = only_problem(make_workspace(cards=[card]))
    assert "Appelle le SAV" in text
    assert "lane 'nowhere'" in text
    assert "does not exist" in text


def test_emotion_point_in_a_missing_stage():
    text = only_problem(make_workspace(emotion_points=[make_point("p1", stage_id="ghost")]))
    assert "emotion_points[0]" in text
    assert "stage 'ghost'" in text
    assert "does not exist" in text


def test_emotion_point_on_a_missing_card():
    text = only_problem(make_workspace(emotion_points=[make_point("p1", card_id="gone")]))
    assert "emotion_points[0]" in text
    assert "card 'gone'" in text
    assert "does not exist" in text


def test_emotion_point_of_a_missing_persona():
    text = only_problem(make_workspace(emotion_points=[make_point("p1", persona_id="marc")]))
    assert "emotion_points[0]" in text
    assert "persona 'marc'" in text
    assert "does not exist" in text


@pytest.mark.parametrize("end", ["from_card", "to_card"])
def test_connector_to_a_missing_card(end):
    ends = {"from_card": "c1", "to_card": "c1"} | {end: "gone"}
    workspace = make_workspace(cards=[make_card("c1")], connectors=[make_connector("k1", **ends)])
    text = only_problem(workspace)
    assert "connectors[0]" in text
    assert "card 'gone'" in text
    assert "does not exist" in text


def test_card_linked_to_a_missing_map():
    text = only_problem(make_workspace(cards=[make_card("c1", title="Paie", linked_map_id="zoom")]))
    assert "Paie" in text
    assert "map 'zoom'" in text
    assert "does not exist" in text


def test_map_of_a_missing_persona():
    text = only_problem(make_workspace(personas=[make_persona("persona-2")]))
    assert "Achat en ligne" in text
    assert "persona 'persona-1'" in text
    assert "does not exist" in text


def test_map_whose_counterpart_is_missing():
    text = only_problem(make_workspace(counterpart_id="map-futur"))
    assert "Achat en ligne" in text
    assert "counterpart" in text
    assert "'map-futur'" in text
    assert "does not exist" in text


def test_a_card_of_another_map_is_not_a_valid_reference():
    first = make_map(cards=[make_card("c1")])
    second = make_map(
        "map-2",
        title="Après-vente",
        emotion_points=[make_point("p1", stage_id="map-2-stage-1", card_id="c1")],
    )
    text = only_problem(make_workspace(maps=[first, second]))
    assert "Après-vente" in text
    assert "card 'c1'" in text


# --- duplicate ids --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "workspace",
    [
        make_workspace(cards=[make_card("same"), make_card("same")]),
        make_workspace(cards=[make_card("stage-1")]),  # a card reusing a stage's id
        make_workspace(emotion_points=[make_point("lane-2")]),
        make_workspace(cards=[make_card("c1")], connectors=[make_connector("c1", "c1", "c1")]),
        make_workspace(personas=[make_persona("map-1")], persona_ids=["map-1"]),
        make_workspace(maps=[make_map(), make_map("map-2", stages=[make_stage("stage-1")])]),
        make_workspace(cards=[make_card("c1", comments=[Comment(id="c1", text="doublon")])]),
    ],
    ids=[
        "two cards", "card-stage", "point-lane", "connector-card", "persona-map", "across maps",
        "comment-card",
    ],
)
def test_an_id_used_twice_is_one_problem(workspace):
    text = only_problem(workspace)
    duplicate = text.split("'")[1]
    assert duplicate in {"same", "stage-1", "lane-2", "c1", "map-1"}
    assert "used 2 times" in text
    assert "unique" in text


def test_an_id_used_three_times_is_still_one_problem():
    text = only_problem(make_workspace(cards=[make_card("x"), make_card("x"), make_card("x")]))
    assert "'x'" in text
    assert "used 3 times" in text


# --- emotions outside the map's scale -------------------------------------------------------


@pytest.mark.parametrize("score", [2.5, -3, 100])
def test_emotion_point_outside_the_scale(score):
    text = only_problem(make_workspace(emotion_points=[make_point("p1", score=score)]))
    assert "emotion_points[0]" in text
    assert f"score {score:g}" in text
    assert "outside the scale -2…2" in text


@pytest.mark.parametrize("emotion", [3, -2.5])
def test_card_emotion_outside_the_scale(emotion):
    text = only_problem(make_workspace(cards=[make_card("c1", title="Attente", emotion=emotion)]))
    assert "Attente" in text
    assert f"emotion {emotion:g}" in text
    assert "outside the scale -2…2" in text


def test_the_scale_is_the_maps_own():
    workspace = make_workspace(
        emotion_scale={"minimum": -5, "maximum": 5},
        cards=[make_card("c1", emotion=-5)],
        emotion_points=[make_point("p1", score=4.5)],
    )
    assert check_workspace(workspace) == []


# --- several problems -----------------------------------------------------------------------


def test_every_problem_is_reported_in_file_order():
    workspace = make_workspace(
        cards=[
            make_card("c1", title="Premier", stage_id="ghost"),
            make_card("c2", title="Second", lane_id="ghost"),
        ],
        emotion_points=[make_point("p1", score=9)],
    )
    problems = [str(p) for p in check_workspace(workspace)]
    assert len(problems) == 3
    assert "Premier" in problems[0]
    assert "Second" in problems[1]
    assert "score 9" in problems[2]
    where, _, message = problems[0].partition(": ")
    assert where == "maps[0] ('Achat en ligne').cards[0] ('Premier')"
    assert message == "is in stage 'ghost', which does not exist"
