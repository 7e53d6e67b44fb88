"""No overlap: every card of any map, the random workspaces of the property tests included, sits in its
own cell and covers no other card; the check catches a card moved onto another or out of its cell."""

from dataclasses import replace

from hypothesis import HealthCheck, event, given, settings

from journey_studio.io import read_workspace
from journey_studio.layout import Rect, compute_layout
from journey_studio.model import JourneyMap
from tests.layout.card_placement import card_placement_problems
from tests.robustness.strategies import workspaces


@settings(database=None, deadline=None, max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(workspaces(max_maps=2, max_cards=12))
def test_random_workspaces_place_every_card_in_its_cell_without_overlap(workspace):
    for journey_map in workspace.maps:
        # As generated (cards spread over the cells), then every card crowded into the first one's cell.
        for candidate in (journey_map, _crowded(journey_map)):
            layout = compute_layout(candidate, workspace.personas, workspace.metadata.language)
            event("several cards in one cell" if _shares_a_cell(layout) else "one card a cell at most")
            assert card_placement_problems(candidate, layout) == []


def _crowded(journey_map: JourneyMap) -> JourneyMap:
    if not journey_map.cards:
        return journey_map
    cell = {"stage_id": journey_map.cards[0].stage_id, "lane_id": journey_map.cards[0].lane_id}
    return journey_map.model_copy(update={"cards": [card.model_copy(update=cell) for card in journey_map.cards]})


def _shares_a_cell(layout) -> bool:
    cells = [(box.stage_id, box.lane_id) for box in layout.cards]
    return len(set(cells)) < len(cells)


def _sample_layout(sample_path):
    workspace = read_workspace(sample_path)
    journey_map = workspace.maps[0]
    return journey_map, compute_layout(journey_map, workspace.personas, workspace.metadata.language)


def test_a_card_moved_onto_its_neighbour_is_caught(sample_path):
    journey_map, layout = _sample_layout(sample_path)
    assert card_placement_problems(journey_map, layout) == []
    first, second = next(
        (a, b) for a in layout.cards for b in layout.cards
        if a.card_id != b.card_id and (a.stage_id, a.lane_id) == (b.stage_id, b.lane_id)
    )
    moved = replace(second, rect=replace(second.rect, x=first.rect.x + 2, y=first.rect.y + 2))
    broken = replace(layout, cards=tuple(moved if box is second else box for box in layout.cards))
    assert card_placement_problems(journey_map, broken) == [f"{first.card_id!r} overlaps {second.card_id!r}"]


def test_a_card_outside_its_cell_is_caught(sample_path):
    journey_map, layout = _sample_layout(sample_path)
    box = layout.cards[0]
    cell = layout.cell_rect(box.stage_id, box.lane_id)
    far = replace(box, rect=Rect(cell.right + 1000, cell.y, box.rect.width, box.rect.height))
    broken = replace(layout, cards=(far, *layout.cards[1:]))
    assert card_placement_problems(journey_map, broken) == [f"{box.card_id!r} sticks out of its cell"]
