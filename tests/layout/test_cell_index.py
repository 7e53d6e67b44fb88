"""The layout's kept grouping by cell: edits made the way the editor, a drop and a live session make them give the
layout a fresh computation gives, and one edit regroups, typesets and places only its own cells."""

import copy

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from bench.synthetic_map import build_workspace
from journey_studio.document import Document
from journey_studio.editor import InvalidEdit, MapEditor
from journey_studio.layout import cell_index, cell_memo, compute_layout
from journey_studio.model import Channel, EvidenceSource, JourneyMap, Workspace
from tests.robustness.strategies import text, workspaces


def fresh_layout(journey_map: JourneyMap, workspace: Workspace):
    cell_memo.clear()
    return compute_layout(journey_map, workspace.personas, workspace.metadata.language)


def layout_of(workspace: Workspace):
    return compute_layout(workspace.maps[0], workspace.personas, workspace.metadata.language)


def test_a_validated_assignment_gives_a_card_a_new_dict() -> None:
    """The grouping takes a card whose ``__dict__`` (and evidence's) is the one it kept for unchanged: pydantic
    must keep replacing them on assignment, or edits would go unseen."""
    card = build_workspace(stages=2, cards=4).maps[0].cards[0]
    before, evidence = card.__dict__, card.evidence.__dict__
    card.title = "Un autre titre"
    assert card.__dict__ is not before
    card.evidence.source = EvidenceSource.SURVEY
    assert card.evidence.__dict__ is not evidence


def _edit_in_place(draw, editor: MapEditor) -> None:
    """One edit through the editor, as the window makes it: fields set in place, a drop, an add, a removal."""
    journey_map = editor.map
    kind = draw(st.sampled_from(["title", "body", "critical", "channel", "source", "drop", "add", "remove", "width"]))
    if not journey_map.cards and kind not in ("add", "width"):
        kind = "add"
    if kind == "width":
        stage = draw(st.sampled_from(journey_map.stages))
        editor.set_stage(stage.id, {"width": draw(st.sampled_from([160.0, 220.0, 340.0]))})
        return
    if kind == "add":
        stage, lane = draw(st.sampled_from(journey_map.stages)), draw(st.sampled_from(journey_map.lanes))
        editor.add_card(stage.id, lane.id, draw(text(40)) or "Nouvelle")
        return
    card = draw(st.sampled_from(journey_map.cards))
    if kind == "remove":
        editor.remove_cards([card.id])
    elif kind == "drop":
        stage, lane = draw(st.sampled_from(journey_map.stages)), draw(st.sampled_from(journey_map.lanes))
        editor.move_cards([card.id], stage.id, lane.id, draw(st.integers(0, 4)))
    elif kind == "channel":
        editor.set_card(card.id, {"channel": draw(st.none() | st.sampled_from(list(Channel)))})
    elif kind == "critical":
        editor.set_card(card.id, {"critical": not card.critical})
    elif kind == "source":
        card.evidence.source = draw(st.sampled_from(list(EvidenceSource)))  # a nested field, set in place
    else:
        editor.set_card(card.id, {kind: draw(text(60)) or "x"})


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(workspace=workspaces(max_maps=1, max_cards=12), data=st.data())
def test_edits_in_place_drops_and_undo_equal_a_fresh_layout(qapp, workspace: Workspace, data) -> None:
    assume(workspace.maps and workspace.maps[0].stages and workspace.maps[0].lanes)
    editor = MapEditor(Document(workspace))
    layout_of(workspace)
    for _ in range(data.draw(st.integers(1, 6))):
        try:
            _edit_in_place(data.draw, editor)
        except InvalidEdit:
            continue
        if data.draw(st.booleans()):
            editor.document.undo_stack.undo()
        incremental = layout_of(workspace)
        assert incremental == fresh_layout(workspace.maps[0], workspace)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(workspace=workspaces(max_maps=1, max_cards=12), data=st.data())
def test_a_whole_new_workspace_from_a_live_session_equals_a_fresh_layout(workspace: Workspace, data) -> None:
    """A colleague's change arrives as a new workspace (every object new) that differs in a card or two."""
    assume(workspace.maps and workspace.maps[0].cards)
    layout_of(workspace)
    for _ in range(data.draw(st.integers(1, 4))):
        arrived = Workspace.model_validate(workspace.model_dump())
        cards = arrived.maps[0].cards
        for index in data.draw(st.lists(st.integers(0, len(cards) - 1), min_size=1, max_size=2)):
            field = data.draw(st.sampled_from(["title", "body", "order", "cell"]))
            if field == "cell":
                journey_map = arrived.maps[0]
                cards[index] = cards[index].model_copy(update={
                    "stage_id": data.draw(st.sampled_from(journey_map.stages)).id,
                    "lane_id": data.draw(st.sampled_from(journey_map.lanes)).id,
                })
            elif field == "order":
                cards[index] = cards[index].model_copy(update={"order": data.draw(st.integers(0, 5))})
            else:
                cards[index] = cards[index].model_copy(update={field: data.draw(text(60))})
        workspace = arrived
        incremental = layout_of(workspace)
        assert incremental == fresh_layout(workspace.maps[0], workspace)


def test_one_title_edit_in_place_lays_out_one_cell_of_a_large_map(qapp) -> None:
    workspace = build_workspace(stages=30, cards=1000)
    editor = MapEditor(Document(workspace))
    before = layout_of(workspace)
    card = workspace.maps[0].cards[500]
    sized, placed = cell_memo.computed["sized"], cell_memo.computed["placed"]
    editor.set_card(card.id, {"title": "Un autre titre"})
    after = layout_of(workspace)
    grouping = next(state for key, state in cell_index._MAPS.items() if key[0] == workspace.maps[0].id)
    assert grouping.regrouped == 1  # its own cell, not the map's 210
    assert cell_memo.computed["sized"] - sized == 1
    assert cell_memo.computed["placed"] - placed <= 30  # its cell, and its lane's if the lane grew
    assert after.card(card.id).title.full_text == "Un autre titre"
    assert sum(after.card(box.card_id) is box for box in before.cards) >= 1000 - 30 * 7
    assert after == fresh_layout(workspace.maps[0], workspace)


def test_a_card_dropped_in_another_cell_regroups_two_cells(qapp) -> None:
    workspace = build_workspace(stages=30, cards=1000)
    editor = MapEditor(Document(workspace))
    layout_of(workspace)
    journey_map = workspace.maps[0]
    card = journey_map.cards[400]
    target_stage = next(s.id for s in journey_map.stages if s.id != card.stage_id)
    editor.move_cards([card.id], target_stage, card.lane_id, 0)
    after = layout_of(workspace)
    grouping = next(state for key, state in cell_index._MAPS.items() if key[0] == journey_map.id)
    assert grouping.regrouped == 2  # the cell it left and the cell it joined
    assert after.card(card.id).stage_id == target_stage
    assert after == fresh_layout(journey_map, workspace)


def test_a_new_workspace_equal_but_for_one_card_lays_out_one_cell() -> None:
    workspace = build_workspace(stages=30, cards=1000)
    layout_of(workspace)
    arrived = copy.deepcopy(workspace)
    arrived.maps[0].cards[10] = arrived.maps[0].cards[10].model_copy(update={"body": "Vu par un collègue"})
    sized = cell_memo.computed["sized"]
    after = layout_of(arrived)
    grouping = next(state for key, state in cell_index._MAPS.items() if key[0] == arrived.maps[0].id)
    assert grouping.regrouped == 1
    assert cell_memo.computed["sized"] - sized == 1
    assert after == fresh_layout(arrived.maps[0], arrived)
