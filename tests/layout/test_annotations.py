"""What explains a map: its legend, the emotion scale, a blueprint's lines; and text given the room it has."""

from pathlib import Path

import pytest

from journey_studio.io import read_workspace
from journey_studio.layout import compute_layout
from journey_studio.layout.legend import MarkerKind
from journey_studio.layout.text import ELLIPSIS, text_width
from journey_studio.model import (
    Card,
    Channel,
    Connector,
    ConnectorKind,
    EmotionPoint,
    Evidence,
    EvidenceSource,
    JourneyMap,
    Lane,
    LaneKind,
    Stage,
)

ROOT = Path(__file__).resolve().parents[2]


def _template(name: str):
    workspace = read_workspace(ROOT / "resources" / "templates" / f"{name}.journey.json")
    return workspace.maps[0], compute_layout(workspace.maps[0], workspace.personas, workspace.metadata.language)


def test_the_legend_lists_every_mark_the_map_uses_and_only_those():
    journey_map, layout = _template("support-and-complaint.en")
    entries = {(e.marker, e.value) for e in layout.legend.entries}
    sources = {c.evidence.source for c in journey_map.cards}
    assert {(MarkerKind.EVIDENCE, s.value) for s in sources} <= entries
    assert all(EvidenceSource(v) in sources for m, v in entries if m is MarkerKind.EVIDENCE)
    assert (MarkerKind.CRITICAL, "critical") in entries
    assert {(MarkerKind.ARROW, c.kind.value) for c in journey_map.connectors} <= entries
    texts = {e.text.full_text for e in layout.legend.entries}
    assert {"Interview", "Unchecked assumption", "Moment of truth", "Goes back"} <= texts
    assert layout.legend.rect.y >= layout.grid_rect.bottom and layout.legend.rect.bottom <= layout.bounds.bottom


def test_the_legend_speaks_the_maps_language():
    _, layout = _template("support-and-complaint.fr")
    texts = {e.text.full_text for e in layout.legend.entries}
    assert layout.legend.title.full_text == "Légende" and "Entretien" in texts and "Moment de vérité" in texts


def test_a_map_without_marks_has_no_legend():
    _, layout = _template("blank.en")
    assert layout.legend is None


def test_several_personas_curves_are_named_in_the_legend():
    journey_map = _map()
    journey_map.emotion_points = [EmotionPoint(id="a", stage_id="s1", score=1, persona_id="p1"),
                                  EmotionPoint(id="b", stage_id="s1", score=-1, persona_id="p2")]
    layout = compute_layout(journey_map)
    assert [e.marker for e in layout.legend.entries].count(MarkerKind.CURVE) == 2


def test_the_emotion_lane_has_a_scale():
    _, layout = _template("running-shoes.en")
    ticks = layout.emotion_ticks
    assert [t.label.full_text for t in ticks] == ["+2", "+1", "0", "\u22121", "\u22122"]
    ys = [t.y for t in ticks]
    assert ys == sorted(ys) and layout.zero_y == pytest.approx(ys[2])
    lane = next(r for r in layout.lanes if r.kind is LaneKind.EMOTIONS)
    for tick in ticks:
        assert lane.title_rect.contains(tick.label.rect)
        assert tick.label.rect.x >= lane.title.rect.right, "ticks stand clear of the lane's title"


def test_a_service_blueprint_draws_its_three_lines_between_the_right_lanes():
    journey_map, layout = _template("service-blueprint.en")
    lines = {line.kind: line for line in layout.blueprint_lines}
    assert list(lines) == ["line_of_interaction", "line_of_visibility", "line_of_internal_interaction"]
    rows = {row.kind: [] for row in layout.lanes}
    for row in layout.lanes:
        rows[row.kind].append(row)
    actions, touchpoints, backstage = rows[LaneKind.ACTIONS][0], rows[LaneKind.TOUCHPOINTS][0], rows[LaneKind.BACKSTAGE]
    assert lines["line_of_interaction"].y == actions.rect.bottom == touchpoints.rect.y
    assert lines["line_of_visibility"].y == touchpoints.rect.bottom == backstage[0].rect.y
    assert lines["line_of_internal_interaction"].y == rows[LaneKind.BACKSTAGE][1].rect.y
    assert lines["line_of_visibility"].label.full_text == "Line of visibility"
    _, french = _template("service-blueprint.fr")
    assert french.blueprint_lines[1].label.full_text == "Ligne de visibilité"


@pytest.mark.parametrize("name", ["running-shoes.en", "purchase.fr", "onboarding.en", "support-and-complaint.fr"])
def test_ordinary_journey_maps_have_no_blueprint_lines(name):
    assert _template(name)[1].blueprint_lines == ()


def test_critical_rings_stay_inside_the_lane():
    _, layout = _template("support-and-complaint.fr")
    lane = layout.emotion_lane
    for point in (p for c in layout.curves for p in c.points if p.critical):
        assert lane.y + 1 <= point.center.y - 13 - 7.5 and point.center.y + 13 + 7.5 <= lane.bottom - 1


def test_the_shading_eases_into_the_zero_line_at_both_ends():
    _, layout = _template("support-and-complaint.en")
    (curve,) = layout.curves
    first, last = curve.shade[0], curve.shade[-2]
    assert first.start.y == pytest.approx(layout.zero_y) and last.end.y == pytest.approx(layout.zero_y)
    assert first.start.x < curve.points[0].center.x - 10, "no vertical edge under the first point"
    assert last.end.x > curve.points[-1].center.x + 10, "no vertical edge under the last point"


def _map(**stage) -> JourneyMap:
    return JourneyMap(
        id="m", title="Map", stages=[Stage(id="s1", **{"name": "One", **stage}), Stage(id="s2", name="Two")],
        lanes=[Lane(id="l1", kind=LaneKind.TOUCHPOINTS, title="Touchpoints"),
               Lane(id="l2", kind=LaneKind.EMOTIONS, title="Emotions")],
    )


def test_a_long_stage_name_takes_the_headers_second_line():
    name = "Comparing every offer, reading reviews, asking friends too"
    journey_map = _map(name=name, customer_goal="Pick the right pair")
    column = compute_layout(journey_map).stages[0]
    assert len(column.name.lines) == 2
    assert column.header_rect.contains(column.name.rect) and column.header_rect.contains(column.goal.rect)
    assert column.goal.rect.y >= column.name.rect.bottom


def test_a_footer_shows_its_channel_and_owner_when_they_fit():
    journey_map = _map()
    journey_map.cards = [Card(id="c", stage_id="s1", lane_id="l1", title="Reads reviews", channel=Channel.WEB,
                              owner="Marketing", online=True, evidence=Evidence(source=EvidenceSource.SURVEY))]
    box = compute_layout(journey_map, language="fr").cards[0]
    assert box.channel_label.lines == ("Site web · Marketing",)


def test_a_footer_too_narrow_for_both_keeps_the_owner_whole():
    journey_map = _map()
    journey_map.cards = [Card(id="c", stage_id="s1", lane_id="l1", title="Reads", channel=Channel.MOBILE_APP,
                              owner="Acquisition", online=True)]  # « Appli mobile · Acquisition » does not fit
    box = compute_layout(journey_map, language="fr").cards[0]
    assert box.channel_label.lines == ("Acquisition",), "the icon names the channel; the owner stays whole"


def test_emotion_labels_are_not_cut_mid_word_and_keep_their_emoji():
    journey_map = _map()
    journey_map.emotion_points = [EmotionPoint(id="a", stage_id="s1", score=1, label="😀 Motivated 💪"),
                                  EmotionPoint(id="b", stage_id="s1", score=-2, label="Furieux : personne n'est venu"),
                                  EmotionPoint(id="c", stage_id="s2", score=0, label="Calme")]
    layout = compute_layout(journey_map)
    labels = {p.point_id: p.label for c in layout.curves for p in c.points}
    assert labels["a"].lines == ("😀 Motivated 💪",)
    assert " ".join(labels["b"].lines) == "Furieux : personne n'est venu"


def test_arrow_labels_are_as_wide_as_their_text_and_off_the_cards():
    for name in ("onboarding.fr", "onboarding.en", "service-blueprint.en", "service-blueprint.fr"):
        journey_map, layout = _template(name)
        for connector in layout.connectors:
            if not connector.label.lines:
                continue
            assert connector.label.lines == (connector.label.full_text,), f"{name}: label cut"
            ink = text_width(connector.label.full_text, connector.label.style)
            assert connector.plate.width <= ink + 12, f"{name}: plate twice the text"
            for box in layout.cards:
                assert not connector.plate.intersects(box.rect), f"{name}: {connector.label.full_text!r} over a card"
            for column in layout.stages[1:]:  # a plate never hides a column divider it could avoid
                fits_in_a_column = ink + 20 < column.rect.width
                if fits_in_a_column:
                    assert not (connector.plate.x < column.rect.x < connector.plate.right), \
                        f"{name}: {connector.label.full_text!r} cuts a divider"


def test_arrows_never_run_under_unrelated_cards_even_when_they_skip_columns():
    journey_map = _map()
    journey_map.stages.append(Stage(id="s3", name="Three"))
    journey_map.cards = [Card(id=f"c{i}", stage_id=s, lane_id="l1", order=i, title=f"Card {i}")
                         for i, s in enumerate(["s1", "s1", "s2", "s2", "s3", "s3"])]
    journey_map.connectors = [Connector(id="x1", from_card="c1", to_card="c5"),
                              Connector(id="x2", from_card="c5", to_card="c1", kind=ConnectorKind.BACK),
                              Connector(id="x3", from_card="c3", to_card="c0", kind=ConnectorKind.SKIP)]
    from journey_studio.layout.geometry_check import Rule, check_layout
    layout = compute_layout(journey_map)
    assert [v for v in check_layout(layout) if v.rule is Rule.ARROW_UNDER_CARD] == []


def test_the_scenario_of_a_narrow_map_gets_three_lines_and_is_cut_between_words():
    journey_map = JourneyMap(id="m", title="Narrow", stages=[Stage(id="s1", name="One", width=120)],
                             scenario="Le parcours commence quand Julie décide de courir, " * 6)
    scenario = compute_layout(journey_map, language="fr").header.scenario
    assert len(scenario.lines) == 3 and scenario.elided
    kept = scenario.lines[-1].removesuffix(ELLIPSIS).rstrip()
    full = " ".join(journey_map.scenario.split())
    assert full.startswith(" ".join(" ".join(scenario.lines[:-1] + (kept,)).split()))
    assert full[len(" ".join(" ".join(scenario.lines[:-1] + (kept,)).split()))] in " ,", "cut between words"


def test_an_arrow_label_plate_takes_the_colour_of_the_band_it_sits_on():
    for name in ("running-shoes.en", "support-and-complaint.fr", "service-blueprint.en"):
        _, layout = _template(name)
        for connector in layout.connectors:
            if connector.plate is None:
                continue
            row = layout.lane_at(connector.plate.center.y)
            assert row is not None and row.index == connector.band_index, name
