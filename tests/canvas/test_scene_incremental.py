"""An edit touches only the scene items whose geometry or content changed, and leaves the scene as a fresh one."""

from journey_studio.canvas.scene import MapScene
from journey_studio.layout import cell_memo
from journey_studio.model import JourneyMap


def _with_card(journey_map: JourneyMap, index: int, **update) -> JourneyMap:
    cards = list(journey_map.cards)
    cards[index] = cards[index].model_copy(update=update)
    return journey_map.model_copy(update={"cards": cards})


def _shown(scene: MapScene) -> dict[str, tuple]:
    return {card_id: (item.box, item.pos().x(), item.pos().y()) for card_id, item in scene.card_items().items()}


def test_a_title_edit_updates_a_bounded_number_of_items(qtbot, big_workspace):
    scene = MapScene()
    journey_map = big_workspace.maps[0]
    scene.show_map(journey_map, big_workspace.personas)
    assert scene.items_updated > 1000  # the first showing makes every item
    items_before = scene.card_items()
    last_lane = journey_map.lanes[-1].id
    index = next(k for k, card in enumerate(journey_map.cards) if card.lane_id == last_lane)
    edited = _with_card(journey_map, index, title="Un titre bien plus long " * 6)

    scene.show_map(edited, big_workspace.personas)

    # Its lane is the last: the row may grow, nothing above moves. A few items change, not the map's.
    assert 1 <= scene.items_updated <= 60
    card_id = journey_map.cards[index].id
    assert scene.card_item(card_id).box.title.full_text.startswith("Un titre bien plus long")
    assert all(scene.card_items()[key] is item for key, item in items_before.items())  # items kept, not remade

    cell_memo.clear()
    fresh = MapScene()
    fresh.show_map(edited, big_workspace.personas)
    assert _shown(scene) == _shown(fresh)
    assert scene.sceneRect() == fresh.sceneRect()


def test_an_unchanged_map_updates_no_item(qtbot, big_workspace):
    scene = MapScene()
    scene.show_map(big_workspace.maps[0], big_workspace.personas)
    scene.show_map(big_workspace.maps[0].model_copy(), big_workspace.personas)
    assert scene.items_updated == 0


def test_a_stage_recoloured_redraws_its_cards(qtbot, small_workspace):
    scene = MapScene()
    journey_map = small_workspace.maps[0]
    scene.show_map(journey_map, small_workspace.personas)
    stages = list(journey_map.stages)
    stages[0] = stages[0].model_copy(update={"colour": "#123456"})
    scene.show_map(journey_map.model_copy(update={"stages": stages}), small_workspace.personas)
    first_stage_cards = [c.id for c in journey_map.cards if c.stage_id == stages[0].id]
    assert first_stage_cards
    assert all(scene.card_item(card_id)._stage_colour == "#123456" for card_id in first_stage_cards)
