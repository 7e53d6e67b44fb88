"""Before and after: cards added, removed and changed, matched by id or by title in a stage of the same name."""

import pytest

from journey_studio.analysis.compare import FieldChange, MatchedBy, diff_maps
from journey_studio.analysis.future_state import future_copy, future_title
from journey_studio.model import Card, EmotionPoint, JourneyMap, Lane, MapState, Stage
from journey_studio.templates import load_template


def current_map() -> JourneyMap:
    return JourneyMap(
        id="now", title="Aujourd'hui",
        stages=[Stage(id="a1", name="Découverte"), Stage(id="a2", name="Achat")],
        lanes=[Lane(id="la", kind="actions", title="Actions"), Lane(id="lp", kind="pain_points", title="Irritants")],
        cards=[
            Card(id="c1", stage_id="a1", lane_id="la", title="Voit une publicité", channel="ads"),
            Card(id="c2", stage_id="a2", lane_id="la", title="Paie en ligne", channel="web"),
            Card(id="c3", stage_id="a2", lane_id="lp", title="Frais cachés"),
            Card(id="c4", stage_id="a1", lane_id="la", title="Demande à un ami", channel="word_of_mouth"),
        ],
        emotion_points=[EmotionPoint(id="e1", stage_id="a1", score=1), EmotionPoint(id="e2", stage_id="a2", score=-2),
                        EmotionPoint(id="e3", stage_id="a2", score=0)],
    )


def future_map() -> JourneyMap:
    """Stages and lanes renamed ids (as a copy would), one stage added between the two."""
    return JourneyMap(
        id="later", title="Demain", state="future", counterpart_id="now",
        stages=[Stage(id="b1", name="Découverte"), Stage(id="bx", name="Essai"), Stage(id="b2", name="ACHAT ")],
        lanes=[Lane(id="ma", kind="actions", title="Actions"), Lane(id="mp", kind="pain_points", title="Irritants")],
        cards=[
            Card(id="d1", stage_id="b1", lane_id="ma", title="Voit une publicité", channel="social"),
            Card(id="d2", stage_id="b2", lane_id="ma", title="Paie en ligne", channel="web"),
            Card(id="d5", stage_id="bx", lane_id="ma", title="Essaie à la maison"),
            Card(id="c4", stage_id="b2", lane_id="mp", title="Demande conseil", critical=True),
        ],
        emotion_points=[EmotionPoint(id="f1", stage_id="b1", score=2), EmotionPoint(id="f2", stage_id="b2", score=1),
                        EmotionPoint(id="fx", stage_id="bx", score=1.5)],
    )


def test_added_removed_changed_and_unchanged():
    diff = diff_maps(current_map(), future_map())
    assert [c.id for c in diff.added] == ["d5"]
    assert [c.id for c in diff.removed] == ["c3"]
    assert [(c.before.id, c.after.id, c.matched_by) for c in diff.changed] == [
        ("c1", "d1", MatchedBy.TITLE), ("c4", "c4", MatchedBy.ID),
    ]
    assert diff.changed[0].fields == (FieldChange("channel", "ads", "social"),)
    assert diff.changed[1].fields == (
        FieldChange("title", "Demande à un ami", "Demande conseil"),
        FieldChange("stage", "Découverte", "ACHAT "),
        FieldChange("lane", "Actions", "Irritants"),
        FieldChange("channel", "word_of_mouth", None),
        FieldChange("critical", False, True),
    )
    assert [(before.id, after.id) for before, after in diff.unchanged] == [("c2", "d2")]
    assert not diff.is_empty


def test_emotions_per_stage_with_a_new_stage_in_its_place():
    diff = diff_maps(current_map(), future_map())
    assert [(s.name, s.current_stage_id, s.future_stage_id) for s in diff.stages] == [
        ("Découverte", "a1", "b1"), ("Essai", None, "bx"), ("Achat", "a2", "b2"),
    ]
    achat = diff.stages[2]
    assert achat.current == (-2, 0) and achat.future == (1,)
    assert achat.current_mean == -1 and achat.future_mean == 1 and achat.delta == 2
    assert diff.stages[1].current_mean is None and diff.stages[1].delta is None


def test_a_map_compared_with_itself_is_unchanged():
    journey_map = current_map()
    diff = diff_maps(journey_map, journey_map.model_copy(deep=True))
    assert diff.is_empty and len(diff.unchanged) == 4
    assert all(s.delta == 0 for s in diff.stages)


def test_several_cards_with_the_same_title_pair_in_order():
    now = current_map()
    now.cards = [Card(id=f"c{i}", stage_id="a1", lane_id="la", title="Relance", body=str(i)) for i in range(3)]
    later = future_map()
    later.cards = [Card(id=f"d{i}", stage_id="b1", lane_id="ma", title=" RELANCE", body=str(i)) for i in range(2)]
    diff = diff_maps(now, later)
    # Matched though case and spaces differ; the title itself did change.
    assert [(c.before.id, c.after.id, c.fields) for c in diff.changed] == [
        ("c0", "d0", (FieldChange("title", "Relance", " RELANCE"),)),
        ("c1", "d1", (FieldChange("title", "Relance", " RELANCE"),)),
    ]
    assert [c.id for c in diff.removed] == ["c2"]


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_fresh_future_copy_differs_in_nothing(language):
    source = load_template("running-shoes", language).maps[0]
    future = future_copy(source, future_title(source.title, language))
    assert future.state is MapState.FUTURE and future.counterpart_id == source.id
    diff = diff_maps(source, future)
    assert diff.is_empty and len(diff.unchanged) == len(source.cards)
    assert [s.current for s in diff.stages] == [s.future for s in diff.stages]
