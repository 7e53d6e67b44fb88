"""The layout reuses the cells an edit did not touch, and the result is the one a fresh layout gives."""

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from bench.synthetic_map import build_workspace
from journey_studio.layout import cell_memo, compute_layout
from journey_studio.model import Channel, JourneyMap, Workspace
from tests.robustness.strategies import text, workspaces


def fresh_layout(journey_map: JourneyMap, workspace: Workspace):
    cell_memo.clear()
    return compute_layout(journey_map, workspace.personas, workspace.metadata.language)


def edit(draw, journey_map: JourneyMap) -> JourneyMap:
    """One edit a person could make: a card's texts, flag or channel, a card moved or removed, a card's texts made
    long or emptied (its lane grows or shrinks, the lanes below move), a stage resized, a lane hidden or made taller,
    an emotion point's score and label."""
    kind = draw(st.sampled_from(
        ["title", "body", "critical", "channel", "move", "width", "visible", "remove", "emotion", "grow", "shrink",
         "height"]
    ))
    if kind == "emotion" and journey_map.emotion_points:
        points = list(journey_map.emotion_points)
        k = draw(st.integers(0, len(points) - 1))
        low, high = journey_map.emotion_scale.minimum, journey_map.emotion_scale.maximum
        points[k] = points[k].model_copy(update={"score": draw(st.integers(low, high)), "label": draw(text(20))})
        return journey_map.model_copy(update={"emotion_points": points})
    if kind == "emotion":
        kind = "title"
    cards = list(journey_map.cards)
    if kind in ("title", "body", "critical", "channel", "move", "remove", "grow", "shrink") and not cards:
        kind = "width"
    if kind in ("width",) and not journey_map.stages:
        kind = "visible"
    if kind in ("visible", "height") and not journey_map.lanes:
        return journey_map
    if kind == "height":
        lanes = list(journey_map.lanes)
        k = draw(st.integers(0, len(lanes) - 1))
        lanes[k] = lanes[k].model_copy(update={"height": draw(st.sampled_from([40.0, 180.0, 420.0]))})
        return journey_map.model_copy(update={"lanes": lanes})
    if kind == "width":
        stages = list(journey_map.stages)
        k = draw(st.integers(0, len(stages) - 1))
        stages[k] = stages[k].model_copy(update={"width": draw(st.sampled_from([160.0, 220.0, 340.0]))})
        return journey_map.model_copy(update={"stages": stages})
    if kind == "visible":
        lanes = list(journey_map.lanes)
        k = draw(st.integers(0, len(lanes) - 1))
        lanes[k] = lanes[k].model_copy(update={"visible": not lanes[k].visible})
        return journey_map.model_copy(update={"lanes": lanes})
    k = draw(st.integers(0, len(cards) - 1))
    card = cards[k]
    if kind == "remove":
        points = [p for p in journey_map.emotion_points if p.card_id != card.id]
        connectors = [c for c in journey_map.connectors if card.id not in (c.from_card, c.to_card)]
        del cards[k]
        return journey_map.model_copy(update={"cards": cards, "emotion_points": points, "connectors": connectors})
    if kind == "move":
        stage = draw(st.sampled_from(journey_map.stages))
        lane = draw(st.sampled_from(journey_map.lanes))
        update = {"stage_id": stage.id, "lane_id": lane.id, "order": draw(st.integers(0, 5))}
    elif kind == "channel":
        update = {"channel": draw(st.none() | st.sampled_from(list(Channel)))}
    elif kind == "grow":
        update = {"title": "Un titre assez long pour tenir sur trois lignes " * 2, "body": draw(text(60)) * 6}
    elif kind == "shrink":
        update = {"title": "", "body": ""}
    elif kind == "critical":
        update = {"critical": not card.critical}
    else:
        update = {kind: draw(text(60))}
    cards[k] = card.model_copy(update=update)
    return journey_map.model_copy(update={"cards": cards})


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(workspace=workspaces(max_maps=1, max_cards=12), data=st.data())
def test_a_layout_after_any_edits_equals_a_fresh_one(workspace: Workspace, data) -> None:
    assume(workspace.maps)
    journey_map = workspace.maps[0]
    compute_layout(journey_map, workspace.personas, workspace.metadata.language)  # the memo holds this map
    for _ in range(data.draw(st.integers(1, 6))):
        journey_map = edit(data.draw, journey_map)
        incremental = compute_layout(journey_map, workspace.personas, workspace.metadata.language)
        assert incremental == fresh_layout(journey_map, workspace)


def test_one_title_edit_typesets_one_cell_of_a_large_map() -> None:
    workspace = build_workspace(stages=30, cards=1000)
    journey_map = workspace.maps[0]
    before = compute_layout(journey_map, workspace.personas)
    cards = list(journey_map.cards)
    cards[500] = cards[500].model_copy(update={"title": "Un tout autre titre"})
    edited = journey_map.model_copy(update={"cards": cards})
    sized, placed = cell_memo.computed["sized"], cell_memo.computed["placed"]
    after = compute_layout(edited, workspace.personas)
    assert cell_memo.computed["sized"] - sized == 1
    # The cell's lane may grow: only cells of that row band and below move; the rows above keep their boxes.
    assert cell_memo.computed["placed"] - placed <= 30 * 7
    assert after.card("c500").title.full_text == "Un tout autre titre"
    unchanged = [box for box in before.cards if after.card(box.card_id) is box]
    assert len(unchanged) >= 1000 // 7  # at least the rows above it
    assert after == fresh_layout(edited, workspace)


def test_emotion_edits_on_a_map_with_a_curve_equal_a_fresh_layout() -> None:
    workspace = build_workspace(stages=6, cards=40)
    journey_map = workspace.maps[0]
    compute_layout(journey_map, workspace.personas)
    for k, (score, label) in enumerate([(2, "Ravi"), (-2, "Déçu"), (0, "Ravi")]):
        points = list(journey_map.emotion_points)
        points[k] = points[k].model_copy(update={"score": score, "label": label})
        journey_map = journey_map.model_copy(update={"emotion_points": points})
        incremental = compute_layout(journey_map, workspace.personas)
        assert incremental == fresh_layout(journey_map, workspace)
        assert any(p.score == score for curve in incremental.curves for p in curve.points)


def test_a_lane_that_grows_and_shrinks_moves_the_lanes_below_as_a_fresh_layout_places_them() -> None:
    """A card dropped into the top lane's tallest cell and taken out again: the cells under the lane keep their cards
    placed in the cell and are only set lower or higher, nothing of them placed again, and every box is the one a
    fresh layout makes, to the last bit."""
    workspace = build_workspace(stages=8, cards=240)
    journey_map = workspace.maps[0]
    layout = compute_layout(journey_map, workspace.personas)
    lowest = max((box for box in layout.cards if box.lane_id == layout.lanes[0].lane_id),
                 key=lambda box: box.rect.bottom)
    index = next(k for k, card in enumerate(journey_map.cards) if card.lane_id == layout.lanes[5].lane_id)
    home = journey_map.cards[index]
    for stage_id, lane_id, grows in [(lowest.stage_id, lowest.lane_id, True), (home.stage_id, home.lane_id, False),
                                     (lowest.stage_id, lowest.lane_id, True)]:
        before = compute_layout(journey_map, workspace.personas)
        cards = list(journey_map.cards)
        cards[index] = cards[index].model_copy(update={"stage_id": stage_id, "lane_id": lane_id, "order": 999})
        journey_map = journey_map.model_copy(update={"cards": cards})
        placed = cell_memo.computed["placed"]
        after = compute_layout(journey_map, workspace.personas)
        moved = after.lanes[1].rect.y - before.lanes[1].rect.y
        assert moved > 0 if grows else moved < 0  # the lanes below moved
        assert cell_memo.computed["placed"] - placed <= 2  # only the card's two cells were placed again
        assert after == fresh_layout(journey_map, workspace)
