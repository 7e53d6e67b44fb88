"""Named views: saved in the map, checked on load, applied by one pure function that every export uses."""

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from journey_studio.export import ExportOptions, export_bytes
from journey_studio.io import read_workspace, write_workspace
from journey_studio.io.serialize import workspace_to_dict
from journey_studio.layout.views import UnknownView, apply_view, find_view, layout_for_view
from journey_studio.model import EvidenceSource, MapView, check_workspace
from journey_studio.templates import new_from_template
from tests.factories import make_card, make_workspace


def _running_shoes():
    return new_from_template("running-shoes", "en")


def test_a_view_round_trips_through_the_file_and_the_file_has_no_views_key_without_one(tmp_path: Path) -> None:
    workspace = _running_shoes()
    assert "views" not in workspace_to_dict(workspace)["maps"][0]
    journey_map = workspace.maps[0]
    view = MapView(name="Team review", lane_ids=[journey_map.lanes[0].id], stage_ids=[journey_map.stages[1].id],
                   theme="projector", metrics=False)
    journey_map.views = [view]
    path = tmp_path / "views.journey.json"
    write_workspace(workspace, path)
    saved = json.loads(path.read_text("utf-8"))["maps"][0]["views"]
    assert saved[0]["name"] == "Team review" and saved[0]["theme"] == "projector"
    assert read_workspace(path).maps[0].views == [view]


def test_views_that_name_missing_lanes_or_share_a_name_are_reported() -> None:
    workspace = make_workspace()
    journey_map = workspace.maps[0]
    journey_map.views = [MapView(name="A", lane_ids=["lane-gone"]), MapView(name="a")]
    messages = [str(problem) for problem in check_workspace(workspace)]
    assert any("lane 'lane-gone', which does not exist" in m for m in messages)
    assert any("same name" in m for m in messages)
    with pytest.raises(ValidationError):
        MapView(name="")
    with pytest.raises(ValidationError):
        MapView(name="x", theme="../../etc")


def test_apply_view_keeps_the_chosen_stages_and_lanes_and_leaves_the_map_alone() -> None:
    journey_map = _running_shoes().maps[0]
    before = journey_map.model_dump()
    kept_stages = [journey_map.stages[0].id, journey_map.stages[2].id]
    kept_lane = journey_map.lanes[1].id
    viewed = apply_view(journey_map, MapView(name="v", stage_ids=list(reversed(kept_stages)), lane_ids=[kept_lane],
                                             comments=False, metrics=False))
    shown = viewed.journey_map
    assert [s.id for s in shown.stages] == kept_stages  # the map's order, not the view's
    assert [lane.id for lane in shown.lanes if lane.visible] == [kept_lane]
    assert all(card.stage_id in kept_stages for card in shown.cards)
    assert all(not card.comments for card in shown.cards)
    assert all(stage.metrics.rate() is None for stage in shown.stages)
    card_ids = {card.id for card in shown.cards}
    assert all(c.from_card in card_ids and c.to_card in card_ids for c in shown.connectors)
    assert journey_map.model_dump() == before


def test_client_deck_hides_the_assumption_badge_and_its_legend_entry_only() -> None:
    workspace = _running_shoes()
    journey_map = workspace.maps[0]
    journey_map.cards[0].evidence.source = EvidenceSource.INTERVIEW
    full = layout_for_view(apply_view(journey_map, None), workspace.personas, "en")
    client = layout_for_view(apply_view(journey_map, find_view(journey_map, "client deck")), workspace.personas, "en")
    assert EvidenceSource.ASSUMPTION in {box.evidence for box in full.cards}
    assert EvidenceSource.ASSUMPTION not in {box.evidence for box in client.cards}
    assert EvidenceSource.INTERVIEW in {box.evidence for box in client.cards}
    legend_values = {entry.value for entry in client.legend.entries}
    assert "assumption" not in legend_values and "interview" in legend_values
    assert "assumption" in {entry.value for entry in full.legend.entries}


def test_every_format_applies_the_view_the_svg_loses_its_question_marks() -> None:
    workspace = _running_shoes()
    journey_map = workspace.maps[0]
    plain = export_bytes(workspace, journey_map, ".svg", ExportOptions()).decode("utf-8")
    client = export_bytes(workspace, journey_map, ".svg", ExportOptions(view="Client deck")).decode("utf-8")
    assert plain.count(">?<") > 0
    assert client.count(">?<") == 0
    first_stage = journey_map.stages[0]
    journey_map.views = [MapView(name="First", stage_ids=[first_stage.id])]
    one_stage = export_bytes(workspace, journey_map, ".svg", ExportOptions(view="first")).decode("utf-8")
    assert first_stage.name in one_stage and journey_map.stages[1].name not in one_stage


def test_an_unknown_view_names_the_ones_there_are() -> None:
    workspace = make_workspace(cards=[make_card("c1")])
    with pytest.raises(UnknownView, match="Client deck"):
        find_view(workspace.maps[0], "Board")
