"""A drop that makes a lane taller moves the lanes below it, not their cards one by one: each lane's cards sit in
the lane's group, which moves once. Counted on the 1,000-card map, with the mouse: the cards' own positions that
changed, the items the scene touched; then the moved cards are still where the layout says, clickable and caught
by a rubber band, and the arrows stay out of the lanes' groups."""

import pytest
from PySide6.QtCore import QPointF, Qt

from journey_studio.canvas.items import CardItem, ConnectorItem, LaneGroup
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


def _on_map(scene: MapScene) -> dict[str, tuple]:
    """Each card's box and where its item is on the map (not in its lane)."""
    items = scene.card_items().items()
    return {card_id: (item.box, item.scenePos().x(), item.scenePos().y()) for card_id, item in items}


def _drop_growing_the_top_lane(qtbot, window: MainWindow) -> tuple[str, set[tuple[str, str]]]:
    """Drag a card of a lower lane into the top lane's tallest cell; the card and the two cells it touched."""
    layout = window.scene.map_layout
    top = layout.lanes[0]
    in_top = [b for b in layout.cards if b.lane_id == top.lane_id]
    tallest = max(in_top, key=lambda b: b.rect.bottom)
    lower = layout.lanes[5]
    box = next(b for b in layout.cards if b.lane_id == lower.lane_id and b.stage_id == tallest.stage_id)
    drag_on_map(qtbot, window, (box.rect.center.x, box.rect.center.y), (tallest.rect.center.x, tallest.rect.bottom - 2))
    return box.card_id, {(box.stage_id, box.lane_id), (tallest.stage_id, top.lane_id)}


def test_a_drop_that_grows_a_lane_moves_the_lanes_below_not_their_cards(qtbot, window):
    scene = window.scene
    before_rows = {row.lane_id: row.rect.y for row in scene.map_layout.lanes}
    items = scene.card_items()
    local_before = {card_id: (item.pos().x(), item.pos().y()) for card_id, item in items.items()}

    card_id, cells = _drop_growing_the_top_lane(qtbot, window)

    layout = scene.map_layout
    moved_card = window.document.current_map.card(card_id)
    assert (moved_card.stage_id, moved_card.lane_id) in cells
    lanes_moved = [row.lane_id for row in layout.lanes if row.rect.y != before_rows[row.lane_id]]
    assert len(lanes_moved) == len(layout.lanes) - 1  # the top lane grew: every lane below moved down
    carried = [b for b in layout.cards if b.lane_id in lanes_moved and (b.stage_id, b.lane_id) not in cells]
    assert len(carried) > 700
    # Counted, not timed: the cards whose own position changed are those of the two cells the drop touched; the
    # hundreds below moved with their lanes (one call per lane). The old per-item path moved all 700 and more.
    in_cells = [b for b in layout.cards if (b.stage_id, b.lane_id) in cells]
    items_after = scene.card_items().items()
    changed = [cid for cid, item in items_after if (item.pos().x(), item.pos().y()) != local_before.get(cid)]
    assert 1 <= len(changed) <= len(in_cells)
    assert scene.cards_carried >= len(carried)
    assert scene.items_updated <= len(in_cells) + len(layout.lanes) + len(layout.connectors) + len(layout.stages) + 10
    assert all(scene.card_items()[cid] is item for cid, item in items.items())  # no item rebuilt

    # Where the layout says, on the map, as a fresh scene shows it.
    cell_memo.clear()
    fresh = MapScene()
    document = window.document
    fresh.show_map(document.current_map, document.workspace.personas, document.workspace.metadata.language)
    assert layout == fresh.map_layout
    assert _on_map(scene) == _on_map(fresh)


def test_cards_carried_by_their_lane_are_still_found_clicked_and_caught(qtbot, window):
    scene = window.scene
    _drop_growing_the_top_lane(qtbot, window)
    layout = scene.map_layout
    box = next(b for b in layout.cards if b.lane_id == layout.lanes[6].lane_id)

    assert scene.card_at(QPointF(box.rect.center.x, box.rect.center.y)).card_id == box.card_id
    scene.clearSelection()
    viewport = window.view.viewport()
    window.view.centerOn(QPointF(box.rect.center.x, box.rect.center.y))
    centre = window.view.mapFromScene(box.rect.center.x, box.rect.center.y)
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=centre)
    assert scene.selected_card_ids() == [box.card_id]

    # A rubber band from the empty top of the card's cell to its middle catches it, and only cards there.
    scene.clearSelection()
    cell = layout.cell_rect(box.stage_id, box.lane_id)
    start = window.view.mapFromScene(cell.x + 2, cell.y + 2)
    end = window.view.mapFromScene(box.rect.center.x, box.rect.center.y)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        qtbot.mouseMove(viewport, start + (end - start) * step / 5)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    selected = scene.selected_card_ids()
    assert box.card_id in selected
    assert all(layout.card(cid).lane_id == box.lane_id for cid in selected)


def test_arrows_cross_lanes_outside_their_groups_and_under_the_cards(qtbot, window):
    scene = window.scene
    groups = [item for item in scene.items() if isinstance(item, LaneGroup)]
    arrows = list(scene.connector_items().values())
    assert groups and arrows
    assert all(arrow.parentItem() is None and arrow.zValue() < min(g.zValue() for g in groups) for arrow in arrows)
    assert all(isinstance(item.parentItem(), LaneGroup) for item in scene.card_items().values())
    connectors = [item for item in scene.items() if isinstance(item, ConnectorItem)]
    assert connectors and not any(isinstance(item.parentItem(), LaneGroup) for item in connectors)
    assert all(isinstance(item, CardItem) for g in groups for item in g.childItems())
