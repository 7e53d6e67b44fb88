"""Right-click menus, opened with a real right click on the map: what they offer and what they do."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from journey_studio.layout import Rect
from journey_studio.model import LaneKind
from journey_studio.ui.inspector.choices import lane_kind_names
from tests.ui.driving import checked, menu_action, on_map, right_click, when_modal


def choose_on_map(qtbot, window, x: float, y: float, act) -> None:
    """Right-click the map at scene point (x, y) and ``act`` on the menu that pops up."""
    outcome = when_modal(act, QMenu)
    right_click(qtbot, window.view.viewport(), on_map(window, x, y))
    checked(outcome)


def texts(menu: QMenu) -> list[str]:
    return [action.text() for action in menu.actions() if action.text()]


def click_item(qtbot, menu: QMenu, text: str) -> None:
    """Click the item as a user does (the menu then closes)."""
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(menu_action(menu, text)).center())


def test_an_empty_cell_offers_to_add_a_card_there(qtbot, sample_window):
    window = sample_window
    layout = window.scene.map_layout
    # A spot inside a cell that no card covers (every cell of the sample holds cards, with room below).
    stage, lane, x, y = next(
        (s, r, x, y)
        for s in layout.stages for r in layout.lanes if r.kind is not LaneKind.EMOTIONS
        for cell in [layout.cell_rect(s.stage_id, r.lane_id)]
        for x, y in [(cell.center.x, cell.bottom - 6)]
        if not any(box.rect.adjusted(-4, -4, 4, 4).contains(Rect(x, y, 0, 0)) for box in layout.cards)
    )

    def in_the_cell() -> int:
        cards = window.document.current_map.cards
        return sum((c.stage_id, c.lane_id) == (stage.stage_id, lane.lane_id) for c in cards)

    before = in_the_cell()
    choose_on_map(qtbot, window, x, y, lambda menu: click_item(qtbot, menu, "Add card here"))
    assert in_the_cell() == before + 1


def test_a_lane_header_offers_the_inspectors_lane_kinds(qtbot, sample_window):
    window = sample_window
    row = next(r for r in window.scene.map_layout.lanes if r.kind is LaneKind.PAIN_POINTS)
    offered: list[str] = []

    def read_kinds(menu: QMenu) -> None:
        kind = menu_action(menu, "Kind")
        menu.setActiveAction(kind)  # as the pointer resting on it: its submenu opens
        qtbot.waitUntil(kind.menu().isVisible)
        offered.extend(texts(kind.menu()))
        click_item(qtbot, kind.menu(), lane_kind_names()[LaneKind.NEEDS])

    choose_on_map(qtbot, window, row.title.rect.center.x, row.title.rect.center.y, read_kinds)
    assert offered == list(lane_kind_names().values())
    assert window.document.current_map.lane(row.lane_id).kind is LaneKind.NEEDS


def test_the_emotion_lane_offers_a_point_in_that_stage(qtbot, sample_window):
    window = sample_window
    layout = window.scene.map_layout
    stage, area = layout.stages[-1], layout.emotion_lane
    before = {p.id for p in window.document.current_map.emotion_points}
    # In the last stage's column, as far as can be from the faces already there, near the lane's top.
    faces = [p.center.x for c in layout.curves for p in c.points]
    xs = [stage.rect.x + stage.rect.width * k / 10 for k in range(1, 10)]
    x = max(xs, key=lambda x: min((abs(x - face) for face in faces), default=1e9))
    choose_on_map(qtbot, window, x, area.y + 8, lambda menu: click_item(qtbot, menu, "Add emotion point here"))
    added = [p for p in window.document.current_map.emotion_points if p.id not in before]
    assert [p.stage_id for p in added] == [stage.stage_id]
