"""Deleting a mixed selection (a card, an emotion point, an arrow) is one undo entry that undo reverses whole."""

from PySide6.QtCore import Qt

from journey_studio.canvas.items import EmotionPointItem
from journey_studio.io import workspace_to_bytes


def test_delete_key_removes_card_point_and_arrow_as_one_entry(sample_window, qtbot):
    window = sample_window
    journey_map = window.document.current_map
    stack = window.document.undo_stack
    arrow = journey_map.connectors[0]
    card = next(c for c in journey_map.cards if c.id not in (arrow.from_card, arrow.to_card))
    point = next(p for p in journey_map.emotion_points if p.card_id != card.id)
    before, entries = workspace_to_bytes(window.document.workspace), stack.count()

    window.scene.clearSelection()
    window.scene.card_item(card.id).setSelected(True)
    window.scene.connector_items()[arrow.id].setSelected(True)
    [point_item] = [i for i in window.scene.items() if isinstance(i, EmotionPointItem) and i.point_id == point.id]
    point_item.setSelected(True)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)

    journey_map = window.document.current_map
    assert journey_map.card(card.id) is None
    assert point.id not in {p.id for p in journey_map.emotion_points}
    assert arrow.id not in {c.id for c in journey_map.connectors}
    assert stack.count() == entries + 1, "one entry for the whole selection"
    assert stack.undoText() == "Delete 3 items"
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert workspace_to_bytes(window.document.workspace) == before
