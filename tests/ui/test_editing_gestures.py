"""Build and change a map with mouse and keyboard on the real view, then undo it all byte for byte."""

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QApplication

from journey_studio.canvas.items import CardItem
from journey_studio.document import Document
from journey_studio.io import workspace_to_bytes
from journey_studio.model import LaneKind
from journey_studio.templates import new_from_template
from journey_studio.ui.main_window import MainWindow
from tests.typing import type_text


@pytest.fixture
def window(qtbot):
    window = MainWindow(Document(new_from_template("running-shoes", "fr")))
    window.resize(1600, 1000)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.view.set_zoom(1.0)
    return window


def to_view(window, x: float, y: float) -> QPoint:
    window.view.centerOn(QPointF(x, y))
    return window.view.mapFromScene(QPointF(x, y))


def drag(qtbot, window, start: tuple[float, float], end: tuple[float, float], modifier=Qt.KeyboardModifier.NoModifier):
    viewport = window.view.viewport()
    a = to_view(window, *start)
    b = window.view.mapFromScene(QPointF(*end))
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, modifier, a)
    for step in range(1, 6):
        qtbot.mouseMove(viewport, a + (b - a) * step / 5)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, modifier, b)


def state(window) -> bytes:
    return workspace_to_bytes(window.document.workspace)


def undo_everything(window) -> None:
    stack = window.document.undo_stack
    while stack.canUndo():
        stack.undo()


def test_double_click_an_empty_cell_adds_a_card_and_types_its_title(qtbot, window):
    layout = window.scene.map_layout
    m = window.document.current_map
    lane = next(r for r in layout.lanes if r.kind is LaneKind.NEEDS) if any(
        r.kind is LaneKind.NEEDS for r in layout.lanes) else layout.lanes[-1]
    column = layout.stages[-1]
    empty_y = lane.rect.bottom - 6
    before = len(m.cards)
    point = to_view(window, column.rect.center.x, empty_y)
    qtbot.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert len(m.cards) == before + 1
    inline = window.controller.inline_editor()
    assert inline is not None and inline.hasFocus()
    inline.selectAll()
    type_text(inline, "Besoin d'être rassurée 😊")
    qtbot.keyClick(inline, Qt.Key.Key_Return)
    new_card = m.cards[-1]
    assert new_card.title == "Besoin d'être rassurée 😊"
    assert (new_card.stage_id, new_card.lane_id) == (column.stage_id, lane.lane_id)
    assert window.document.undo_stack.count() == 2


def test_escape_cancels_the_inline_edit(qtbot, window):
    card = window.document.current_map.cards[0]
    window.scene.select_cards([card.id])
    window.window_actions.rename.trigger()
    inline = window.controller.inline_editor()
    qtbot.keyClicks(inline, "abandon")
    qtbot.keyClick(inline, Qt.Key.Key_Escape)
    assert window.document.current_map.card(card.id).title == card.title
    assert window.document.undo_stack.count() == 0


def test_drag_a_card_to_another_cell_is_one_undo_entry(qtbot, window):
    original = state(window)
    layout = window.scene.map_layout
    box = layout.cards[0]
    target_stage = next(s for s in layout.stages if s.stage_id != box.stage_id)
    target_lane = next(r for r in layout.lanes if r.lane_id != box.lane_id and r.kind is not LaneKind.EMOTIONS)
    window.scene.clearSelection()
    drag(
        qtbot, window, (box.rect.center.x, box.rect.center.y), (target_stage.rect.center.x, target_lane.rect.bottom - 5)
    )
    card = window.document.current_map.card(box.card_id)
    assert (card.stage_id, card.lane_id) == (target_stage.stage_id, target_lane.lane_id)
    assert window.document.undo_stack.count() == 1
    new_box = window.scene.map_layout.card(box.card_id)
    assert window.scene.card_item(box.card_id).pos() == QPointF(new_box.rect.x, new_box.rect.y)
    window.document.undo_stack.undo()
    assert state(window) == original


def test_escape_during_a_drag_puts_the_card_back(qtbot, window):
    box = window.scene.map_layout.cards[0]
    viewport = window.view.viewport()
    a = to_view(window, box.rect.center.x, box.rect.center.y)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=a)
    qtbot.mouseMove(viewport, a + QPoint(150, 120))
    item = window.scene.card_item(box.card_id)
    assert item.pos() != QPointF(box.rect.x, box.rect.y)
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=a + QPoint(150, 120))
    assert item.pos() == QPointF(box.rect.x, box.rect.y)
    assert window.document.undo_stack.count() == 0


def test_drag_an_emotion_point_changes_its_score(qtbot, window):
    curve = window.scene.map_layout.curves[0]
    point = max(curve.points, key=lambda p: p.score)
    lane = window.scene.map_layout.emotion_lane
    drag(qtbot, window, (point.center.x, point.center.y), (point.center.x, lane.bottom - 2))
    model_point = next(p for p in window.document.current_map.emotion_points if p.id == point.point_id)
    assert model_point.score == window.document.current_map.emotion_scale.minimum
    assert window.document.undo_stack.count() == 1


def test_alt_drag_connects_two_cards(qtbot, window):
    layout = window.scene.map_layout
    a, b = layout.cards[0], layout.cards[-1]
    before = len(window.document.current_map.connectors)
    drag(
        qtbot,
        window,
        (a.rect.center.x, a.rect.center.y),
        (b.rect.center.x, b.rect.center.y),
        Qt.KeyboardModifier.AltModifier,
    )
    connectors = window.document.current_map.connectors
    assert len(connectors) == before + 1
    assert (connectors[-1].from_card, connectors[-1].to_card) == (a.card_id, b.card_id)
    assert connectors[-1].id in window.scene.connector_items()


def test_resize_and_reorder_stages_by_their_headers(qtbot, window):
    layout = window.scene.map_layout
    first = layout.stages[0]
    header = first.header_rect
    drag(qtbot, window, (header.right - 3, header.center.y), (header.right + 117, header.center.y))
    # The press was 3 px inside the edge and the mouse went 120 px right: the edge follows the mouse.
    assert window.document.current_map.stage(first.stage_id).width == pytest.approx(first.rect.width + 117, abs=2)
    layout = window.scene.map_layout
    last = layout.stages[-1]
    drag(qtbot, window, (first.header_rect.x + 40, header.center.y), (last.rect.right - 10, header.center.y))
    assert window.document.current_map.stages[-1].id == first.stage_id
    assert window.document.undo_stack.count() == 2


def test_arrow_keys_move_the_selected_card_to_the_next_cell(qtbot, window):
    m = window.document.current_map
    box = window.scene.map_layout.cards[0]
    window.scene.select_cards([box.card_id])
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Right)
    stage_ids = [s.id for s in m.stages]
    assert stage_ids.index(m.card(box.card_id).stage_id) == stage_ids.index(box.stage_id) + 1
    assert window.scene.card_item(box.card_id).isSelected(), "the card stays selected to keep moving it"


def test_delete_key_and_undo(qtbot, window):
    original = state(window)
    box = window.scene.map_layout.cards[0]
    window.scene.select_cards([box.card_id])
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert window.document.current_map.card(box.card_id) is None
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert state(window) == original


def test_copy_paste_between_two_windows(qtbot, window):
    other = MainWindow(Document(new_from_template("blank", "fr")))
    qtbot.addWidget(other)
    source = window.document.current_map.cards[:2]
    window.scene.select_cards([c.id for c in source])
    window.window_actions.copy.trigger()
    other.window_actions.paste.trigger()
    pasted = other.document.current_map.cards
    assert [c.title for c in pasted] == [c.title for c in source]
    assert not {c.id for c in pasted} & {c.id for c in source}
    QApplication.clipboard().clear()


def test_build_a_map_from_the_blank_template_then_undo_and_redo_it_all(qtbot, window):
    window.files.new_from_template("blank", "fr")
    original = state(window)
    m = window.document.current_map
    c = window.controller
    stage = c.add_stage()
    c.inline_editor().setText("Fidélisation")
    c.inline_editor().commit()
    lane = c.add_lane(kind=LaneKind.OPPORTUNITIES)
    c.inline_editor().setText("Opportunités")
    c.inline_editor().commit()
    card = c.add_card_in_cell(stage, lane)
    c.inline_editor().setText("Programme de fidélité")
    c.inline_editor().commit()
    other = c.add_card_in_cell(m.stages[0].id, lane)
    c.inline_editor().commit()
    c.apply(window.editor.add_connector, other, card)
    c.apply(window.editor.add_emotion_point, stage, 2, "Fière")
    assert m.stage(stage).name == "Fidélisation" and m.card(card).title == "Programme de fidélité"
    edited = state(window)
    assert window.isWindowModified()
    undo_everything(window)
    assert state(window) == original
    assert not window.isWindowModified()
    stack = window.document.undo_stack
    while stack.canRedo():
        stack.redo()
    assert state(window) == edited
    assert sum(isinstance(i, CardItem) for i in window.scene.items()) == len(m.cards)
