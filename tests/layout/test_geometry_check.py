"""The geometry check: every template, every stress map and random workspaces pass; every rule catches its defect."""

import dataclasses
import glob
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from journey_studio.io import read_workspace
from journey_studio.layout import compute_layout
from journey_studio.layout.geometry import CubicSegment, Point, Rect
from journey_studio.layout.geometry_check import Rule, check_layout, legible_scale
from journey_studio.model import LaneKind
from tests.robustness.strategies import workspaces

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = sorted(glob.glob(str(ROOT / "resources" / "templates" / "*.journey.json")))
STRESS = sorted(glob.glob(str(ROOT / "tests" / "fixtures" / "stress" / "*.journey.json")))


def _layouts(path: str):
    workspace = read_workspace(path)
    return [compute_layout(m, workspace.personas, workspace.metadata.language) for m in workspace.maps]


@pytest.mark.parametrize("path", TEMPLATES, ids=[Path(p).name for p in TEMPLATES])
def test_every_template_passes(path):
    for layout in _layouts(path):
        assert check_layout(layout) == []


@pytest.mark.parametrize("path", STRESS, ids=[Path(p).name for p in STRESS])
def test_every_stress_map_passes(path):
    for layout in _layouts(path):
        assert check_layout(layout) == []


def test_the_stress_maps_are_all_there():
    names = {Path(p).name.removesuffix(".journey.json") for p in STRESS}
    assert names >= {"long-card-title", "twelve-cards-one-cell", "sixty-character-stage", "twenty-five-stages",
                     "chinese", "japanese", "arabic", "emoji", "empty", "one-card"}


@settings(database=None, deadline=None, max_examples=60,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(workspaces(max_maps=1, max_cards=12))
def test_random_workspaces_pass(workspace):
    for journey_map in workspace.maps:
        layout = compute_layout(journey_map, workspace.personas, workspace.metadata.language)
        assert check_layout(layout) == []


# -- each rule, fed a deliberate violation ---------------------------------------------------------

@pytest.fixture(scope="module")
def support():
    """A template with cards, arrows with labels, a critical point and labelled emotion points."""
    (layout,) = _layouts(str(ROOT / "resources" / "templates" / "support-and-complaint.en.journey.json"))
    assert check_layout(layout) == []
    return layout


def _rules(layout) -> set[Rule]:
    return {v.rule for v in check_layout(layout)}


def _moved_block(block, x, y):
    return dataclasses.replace(block, rect=Rect(x, y, block.rect.width, block.rect.height))


def test_text_outside_its_box_is_caught(support):
    box = support.cards[0]
    pushed = dataclasses.replace(box, title=_moved_block(box.title, box.rect.right - 10, box.title.rect.y))
    layout = dataclasses.replace(support, cards=(pushed,) + support.cards[1:])
    assert Rule.TEXT_OUTSIDE_BOX in _rules(layout)


def test_a_line_wider_than_its_block_is_caught(support):
    box = support.cards[0]
    narrow = dataclasses.replace(box.title, rect=dataclasses.replace(box.title.rect, width=10))
    layout = dataclasses.replace(support, cards=(dataclasses.replace(box, title=narrow),) + support.cards[1:])
    assert Rule.TEXT_OUTSIDE_BOX in _rules(layout)


def test_a_label_over_a_card_is_caught(support):
    connector = next(c for c in support.connectors if c.label.lines)
    card = support.cards[3].rect
    over = dataclasses.replace(connector, label=_moved_block(connector.label, card.x + 4, card.y + 4))
    layout = dataclasses.replace(support, connectors=tuple(over if c is connector else c for c in support.connectors))
    assert Rule.LABEL_OVER_CARD in _rules(layout)


def test_a_label_over_another_label_is_caught(support):
    curve = support.curves[0]
    first, second = [p for p in curve.points if p.label.lines][:2]
    stacked = dataclasses.replace(second, label=_moved_block(second.label, first.label.rect.x, first.label.rect.y))
    points = tuple(stacked if p is second else p for p in curve.points)
    layout = dataclasses.replace(support, curves=(dataclasses.replace(curve, points=points),) + support.curves[1:])
    assert Rule.LABEL_OVER_LABEL in _rules(layout)


def test_an_arrow_under_an_unrelated_card_is_caught(support):
    connector = support.connectors[0]
    unrelated = next(b for b in support.cards if b.card_id not in (connector.from_card, connector.to_card))
    a = Point(unrelated.rect.x - 40, unrelated.rect.center.y)
    b = Point(unrelated.rect.right + 40, unrelated.rect.center.y)
    straight = CubicSegment(a, a, b, b)
    across = dataclasses.replace(connector, segments=(straight,))
    layout = dataclasses.replace(support, connectors=(across,) + support.connectors[1:])
    assert Rule.ARROW_UNDER_CARD in _rules(layout)


def test_an_emotion_label_on_the_curve_is_caught(support):
    curve = support.curves[0]
    point = next(p for p in curve.points if p.label.lines)
    centre = curve.segments[0].start
    on_curve = dataclasses.replace(point, label=_moved_block(point.label, centre.x + 20, centre.y - 5))
    points = tuple(on_curve if p is point else p for p in curve.points)
    layout = dataclasses.replace(support, curves=(dataclasses.replace(curve, points=points),))
    assert Rule.LABEL_CROSSES_CURVE in _rules(layout)


def test_a_label_across_the_zero_line_is_caught(support):
    curve = support.curves[0]
    point = next(p for p in curve.points if p.label.lines)
    lane = support.emotion_lane
    across = dataclasses.replace(point, label=_moved_block(point.label, lane.right - point.label.rect.width - 2,
                                                           support.zero_y - 5))
    points = tuple(across if p is point else p for p in curve.points)
    layout = dataclasses.replace(support, curves=(dataclasses.replace(curve, points=points),))
    assert any(v.rule is Rule.LABEL_CROSSES_CURVE and "zero" in v.detail for v in check_layout(layout))


def test_a_critical_ring_crossing_the_lane_edge_is_caught(support):
    curve = support.curves[0]
    critical = next(p for p in curve.points if p.critical)
    lane = support.emotion_lane
    low = dataclasses.replace(critical, center=Point(critical.center.x, lane.bottom - 14))
    points = tuple(low if p is critical else p for p in curve.points)
    layout = dataclasses.replace(support, curves=(dataclasses.replace(curve, points=points),))
    assert Rule.MARK_OUTSIDE_LANE in _rules(layout)


def test_text_too_small_for_the_output_is_caught(support):
    assert Rule.TEXT_TOO_SMALL in {v.rule for v in check_layout(support, scale=0.5)}
    assert check_layout(support, scale=1.0) == []
    scale = legible_scale(support)
    assert check_layout(support, scale=scale) == []
    assert Rule.TEXT_TOO_SMALL in {v.rule for v in check_layout(support, scale=scale * 0.95)}


def test_the_emotion_lane_has_room_for_its_rings(support):
    lane = next(row for row in support.lanes if row.kind is LaneKind.EMOTIONS)
    assert support.emotion_lane is not None and lane.rect.contains(support.emotion_lane)


# -- dense maps: many cards, arrows and points, in every script, in narrow and short lanes ----------

from hypothesis import strategies as st  # noqa: E402

from journey_studio.model import Card, Channel, Connector, ConnectorKind, EmotionPoint, JourneyMap, Lane, Stage  # noqa: E402

WORDS = ("alpha beta délai « prix » ? ! : ; 日本語のテキスト、です。 🏃\u200d♀\ufe0f 🇫🇷 مرحبا بالعالم "
         "Furieux personne n'est venu rendez-vous 这是中文文本，没有空格。").split()


def _text(max_words: int):
    return st.lists(st.sampled_from(WORDS), max_size=max_words).map(" ".join)


@st.composite
def dense_maps(draw) -> JourneyMap:
    stages = [Stage(id=f"s{i}", name=draw(_text(6)), width=draw(st.sampled_from([120, 160, 280, 400])),
                    customer_goal=draw(_text(5))) for i in range(draw(st.integers(1, 6)))]
    lanes = [Lane(id=f"l{i}", kind=draw(st.sampled_from(list(LaneKind))), title=draw(_text(4)),
                  height=draw(st.sampled_from([40, 120, 300]))) for i in range(draw(st.integers(1, 5)))]
    cards = [Card(id=f"c{i}", stage_id=draw(st.sampled_from(stages)).id, lane_id=draw(st.sampled_from(lanes)).id,
                  order=i, title=draw(_text(8)), body=draw(_text(20)), owner=draw(_text(2)),
                  channel=draw(st.none() | st.sampled_from(list(Channel))), online=draw(st.none() | st.booleans()),
                  critical=draw(st.booleans()), emotion=draw(st.none() | st.sampled_from([-2, 0, 2])))
             for i in range(draw(st.integers(0, 25)))]
    connectors = []
    if len(cards) >= 2:
        for i in range(draw(st.integers(0, 8))):
            a, b = draw(st.lists(st.sampled_from([c.id for c in cards]), min_size=2, max_size=2, unique=True))
            connectors.append(Connector(id=f"x{i}", from_card=a, to_card=b, label=draw(_text(4)),
                                        kind=draw(st.sampled_from(list(ConnectorKind)))))
    points = [EmotionPoint(id=f"e{i}", stage_id=draw(st.sampled_from(stages)).id, label=draw(_text(6)),
                           score=draw(st.sampled_from([-2, -1, 0, 1, 2])),
                           persona_id=draw(st.sampled_from([None, "p1"])))
              for i in range(draw(st.integers(0, 12)))]
    return JourneyMap(id="m", title=draw(_text(8)), scenario=draw(_text(40)), stages=stages, lanes=lanes,
                      cards=cards, connectors=connectors, emotion_points=points)


@settings(database=None, deadline=None, max_examples=40,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(dense_maps(), st.sampled_from(["fr", "en"]))
def test_dense_maps_in_every_script_pass(journey_map, language):
    assert check_layout(compute_layout(journey_map, [], language)) == []


@pytest.mark.parametrize("path", TEMPLATES, ids=[Path(p).name for p in TEMPLATES])
def test_every_template_stays_legible_at_the_pdf_tiles_scale(path):
    """The PDF prints the map at no less than READABLE_SCALE: every text there must reach the PDF minimum."""
    from journey_studio.export.report.map_pages import READABLE_SCALE

    for layout in _layouts(path):
        assert check_layout(layout, scale=READABLE_SCALE, output="pdf") == []
        assert legible_scale(layout, "pdf") <= READABLE_SCALE


def test_a_thousand_crowded_points_are_placed_without_a_search_each(monkeypatch):
    """30 stages × 40 points (the export bench's map): no label fits, and the layout does not try them all.

    Bound the work, not the time: the label search tests at most a few spots per point.
    """
    from bench.bench_export import emotional_workspace
    from journey_studio.layout import point_labels

    calls = []
    touches = point_labels.Obstacles.touches
    monkeypatch.setattr(point_labels.Obstacles, "touches", lambda self, ink: calls.append(1) or touches(self, ink))
    workspace = emotional_workspace()
    layout = compute_layout(workspace.maps[0], workspace.personas, "fr")
    points = [p for curve in layout.curves for p in curve.points]
    assert len(points) == 1200
    assert len(calls) <= 5 * len(points)
    assert all(p.label.full_text for p in points), "a label left out keeps its text for the tooltip"
    assert check_layout(layout) == []
