"""The emotion rules have one home (model.emotion): the curve, the slides and the insights agree on every scale."""

import pytest

from journey_studio.analysis.insights import InsightKind, compute_insights
from journey_studio.layout import compute_layout
from journey_studio.model import EmotionScale, LaneKind
from journey_studio.model.emotion import moment_of_truth_score, mood, neutral_score
from journey_studio.presentation.slides import layout_stage_slides
from tests.factories import LANE_IDS, STAGE_IDS, make_card, make_lane, make_point, make_workspace


@pytest.mark.parametrize(("low", "high", "neutral"), [(-2, 2, 0.0), (1, 5, 3.0), (0, 10, 5.0), (-3, 1, 0.0)])
def test_neutral_is_zero_when_the_scale_spans_it_else_its_middle(low, high, neutral):
    scale = EmotionScale(minimum=low, maximum=high)
    assert neutral_score(scale) == neutral
    assert mood(scale, low) == -1 and mood(scale, high) == 1


def test_a_curve_that_never_dips_below_neutral_has_no_moment_of_truth():
    scale = EmotionScale(minimum=1, maximum=5)
    assert moment_of_truth_score([3, 4, 5], scale) is None
    assert moment_of_truth_score([4, 2, 2, 5], scale) == 2
    assert moment_of_truth_score([], scale) is None


@pytest.mark.parametrize(("low", "high", "scores"), [(1, 5, (4, 2, 2, 5)), (1, 5, (3, 4, 5)), (-2, 2, (1, -1, 0))])
def test_layout_slides_and_insights_mark_the_same_points(low, high, scores):
    points = [make_point(f"p{i}", stage_id=STAGE_IDS[i % 2], score=score, label=f"P{i}")
              for i, score in enumerate(scores)]
    workspace = make_workspace(emotion_points=points, emotion_scale=EmotionScale(minimum=low, maximum=high),
                               cards=[make_card("card-1", emotion=low)],
                               lanes=[make_lane(LANE_IDS[0]), make_lane("lane-feelings", kind=LaneKind.EMOTIONS)])
    journey_map = workspace.maps[0]
    layout = compute_layout(journey_map, workspace.personas, "en")
    drawn = {p.point_id for curve in layout.curves for p in curve.points if p.critical}
    moods = {p.point_id: p.mood for curve in layout.curves for p in curve.points}
    insights = {pid for i in compute_insights(journey_map, "en") if i.kind is InsightKind.MOMENT_OF_TRUTH
                for pid in i.point_ids}
    assert len(layout.curves) == 1
    assert drawn == insights
    expected = moment_of_truth_score(scores, journey_map.emotion_scale)
    assert drawn == {p.id for p in points if p.score == expected}
    assert moods == {p.id: mood(journey_map.emotion_scale, p.score) for p in points}
    assert layout.card("card-1").mood == -1, "a card's own emotion is read on the same scale"
    slides = [slide for index in range(len(journey_map.stages))
              for slide in layout_stage_slides(journey_map, layout, index, workspace.personas, "en")]
    slide_points = {p.point_id: (p.mood, p.critical) for slide in slides for curve in slide.curves
                    for p in curve.points}
    assert [card.box.mood for slide in slides for card in slide.cards] == [-1], "the slide's card shows it too"
    assert slide_points == {pid: (moods[pid], pid in drawn) for pid in moods}
