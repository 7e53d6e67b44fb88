"""The window follows an edit by touching the items and cells it changed, not the 1,000-card map: a card dragged
with the mouse and dropped, a colleague's card arriving from a live session, a whole new workspace."""

import copy

import pytest
from PySide6.QtCore import QPointF

from journey_studio.canvas.items import CardItem
from journey_studio.canvas.scene import MapScene
from journey_studio.document import Document
from journey_studio.layout import cell_memo
from journey_studio.ui.main_window import MainWindow
from tests.ui.driving import drag_on_map


@pytest.fixture
def window(qtbot, big_workspace):
    window = MainWindow(Document(big_workspace))
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    window.view.set_zoom(1.0)
    yield window
    window.document.undo_stack.setClean()  # closing asks about unsaved edits otherwise
    window.close()
    window.deleteLater()


def _shown(scene: MapScene) -> dict[str, tuple]:
    return {card_id: (item.box, item.pos().x(), item.pos().y()) for card_id, item in scene.card_items().items()}


def _same_as_fresh(window: MainWindow) -> None:
    document = window.document
    cell_memo.clear()
    fresh = MapScene()
    fresh.show_map(document.current_map, document.workspace.personas, document.workspace.metadata.language)
    assert window.scene.map_layout == fresh.map_layout
    assert _shown(window.scene) == _shown(fresh)


def test_a_card_dropped_with_the_mouse_touches_its_two_cells(qtbot, window):
    scene = window.scene
    layout = scene.map_layout
    box = layout.card("c400")
    column = next(c for c in layout.stages if c.stage_id != box.stage_id and c.index == 1 + layout.stages[0].index)
    target = (column.rect.center.x, box.rect.center.y)
    scene.select_cards(["c400"])
    placed = cell_memo.computed["placed"]

    drag_on_map(qtbot, window, (box.rect.center.x, box.rect.center.y), target)

    moved = window.document.current_map.card("c400")
    assert (moved.stage_id, moved.lane_id) == (column.stage_id, box.lane_id)
    cells = [b for b in scene.map_layout.cards if (b.stage_id, b.lane_id) in
             {(box.stage_id, box.lane_id), (column.stage_id, box.lane_id)}]
    # The two cells' cards, and their lane's if it grew: never the map's 1,000.
    assert 1 <= scene.items_updated <= len(cells) + 200
    assert cell_memo.computed["placed"] - placed <= 2 + 30
    _same_as_fresh(window)


def test_a_drop_that_grows_the_top_lane_moves_the_cards_below_without_placing_them_again(qtbot, window, monkeypatch):
    """A card dragged from the sixth lane to the bottom of the top lane's tallest cell: that lane grows, so every lane
    below moves down. Their cells are not placed again (their boxes set lower, their items moved, their pictures
    kept), and the window shows what a fresh one shows."""
    scene = window.scene
    layout = scene.map_layout
    top = layout.lanes[0]
    tallest = max((b for b in layout.cards if b.lane_id == top.lane_id), key=lambda b: b.rect.bottom)
    box = next(b for b in layout.cards if b.lane_id == layout.lanes[5].lane_id and b.stage_id == tallest.stage_id)
    below = {b.card_id: b for b in layout.cards if b.rect.y > top.rect.bottom and b.card_id != box.card_id}
    items = {card_id: scene.card_item(card_id) for card_id in below}
    window.view.centerOn(QPointF(box.rect.center.x, (box.rect.center.y + tallest.rect.bottom) / 2))
    scene.select_cards([box.card_id])
    placed = cell_memo.computed["placed"]
    compared = []  # the items whose new box is compared with their last one, picture and all
    set_box = CardItem.set_box
    monkeypatch.setattr(CardItem, "set_box", lambda item, *args: (compared.append(item), set_box(item, *args)))

    drag_on_map(qtbot, window, (box.rect.center.x, box.rect.center.y), (tallest.rect.center.x, tallest.rect.bottom - 2))

    dropped = window.document.current_map.card(box.card_id)
    assert (dropped.stage_id, dropped.lane_id) == (tallest.stage_id, tallest.lane_id)
    grown = scene.map_layout.lanes[1].rect.y - layout.lanes[1].rect.y
    assert grown > 0
    assert cell_memo.computed["placed"] - placed <= 2  # the card's two cells, not the 700 below
    two_cells = [b for b in scene.map_layout.cards if (b.stage_id, b.lane_id) in
                 {(box.stage_id, box.lane_id), (tallest.stage_id, tallest.lane_id)}]
    assert len(compared) <= len(two_cells)  # the others only moved
    for card_id, old in below.items():
        item = scene.card_item(card_id)
        assert item is items[card_id]  # the same item, moved
        if (old.stage_id, old.lane_id) != (box.stage_id, box.lane_id):
            assert item.pos().y() == pytest.approx(old.rect.y + grown)
            assert item.box.face is old.face  # the same picture, set lower: Qt moves its cached pixmap
    _same_as_fresh(window)


def test_a_colleagues_card_patched_in_updates_one_item(qtbot, window):
    """A live session patches the changed card into the workspace as a new object, then says the document
    changed (``collab.binding``): the canvas updates that card's item only."""
    journey_map = window.document.current_map
    index = next(i for i, card in enumerate(journey_map.cards) if card.id == "c500")
    items = window.scene.card_items()
    journey_map.cards[index] = journey_map.cards[index].model_copy(update={"title": "Vu par Carol"})
    sized = cell_memo.computed["sized"]

    window.document.changed.emit()

    assert window.scene.card_item("c500").box.title.full_text == "Vu par Carol"
    assert 1 <= window.scene.items_updated <= 30  # the card, and the cards under it if it grew
    assert cell_memo.computed["sized"] - sized == 1
    assert all(window.scene.card_items()[card_id] is item for card_id, item in items.items())
    _same_as_fresh(window)


def test_a_whole_new_workspace_equal_but_for_one_card_updates_one_item(qtbot, window):
    arrived = copy.deepcopy(window.document.workspace)
    cards = arrived.maps[0].cards
    cards[42] = cards[42].model_copy(update={"body": "Ajouté pendant l'atelier"})

    window.open_document(Document(arrived))

    assert window.scene.card_item(cards[42].id).box.body.full_text == "Ajouté pendant l'atelier"
    assert 1 <= window.scene.items_updated <= 30
    _same_as_fresh(window)
