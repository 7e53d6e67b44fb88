"""Right-click menus, opened with a real context-menu event on the map: what they offer and what they do."""

from collections.abc import Callable

from PySide6.QtCore import QPointF, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu

from journey_studio.layout import Rect
from journey_studio.model import LaneKind
from journey_studio.ui.inspector.choices import lane_kind_names


def right_click(window, x: float, y: float, act: Callable[[QMenu], None]) -> None:
    """Right-click the map at scene point (x, y); ``act`` on the menu that pops up (it is closed after)."""

    def attempt(tries: int = 300) -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            assert tries > 0, "no menu popped up"
            QTimer.singleShot(10, lambda: attempt(tries - 1))
            return
        try:
            act(menu)
        finally:
            menu.close()

    view = window.view
    view.ensureVisible(x - 5, y - 5, 10, 10)
    pos = view.mapFromScene(QPointF(x, y))
    QTimer.singleShot(0, attempt)
    QApplication.sendEvent(view.viewport(), QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, pos, view.viewport().mapToGlobal(pos)))


def texts(menu: QMenu) -> list[str]:
    return [action.text() for action in menu.actions() if action.text()]


def choose(text: str) -> Callable[[QMenu], None]:
    def act(menu: QMenu) -> None:
        assert text in texts(menu), texts(menu)
        next(action for action in menu.actions() if action.text() == text).trigger()

    return act


def test_an_empty_cell_offers_to_add_a_card_there(sample_window):
    window = sample_window
    layout = window.scene.map_layout
    # A spot inside a cell that no card covers (every cell of the sample holds cards, with room below).
    stage, lane, x, y = next(
        (s, r, x, y)
        for s in layout.stages for r in layout.lanes if r.kind is not LaneKind.EMOTIONS
        for cell in [layout.cell_rect(s.stage_id, r.lane_id)]
        for x, y in [(cell.center.x, cell.bottom - 6)]
        if not any(box.rect.adjusted(-4, -4, 4, 4).contains(_dot(x, y)) for box in layout.cards)
    )
    def in_the_cell() -> int:
        cards = window.document.current_map.cards
        return sum((c.stage_id, c.lane_id) == (stage.stage_id, lane.lane_id) for c in cards)

    before = in_the_cell()
    right_click(window, x, y, choose("Add card here"))
    assert in_the_cell() == before + 1


def _dot(x: float, y: float) -> Rect:
    return Rect(x, y, 0, 0)


def test_a_lane_header_offers_the_inspectors_lane_kinds(sample_window):
    window = sample_window
    row = next(r for r in window.scene.map_layout.lanes if r.kind is LaneKind.PAIN_POINTS)
    offered: list[str] = []

    def read_kinds(menu: QMenu) -> None:
        kinds = next(action.menu() for action in menu.actions() if action.text() == "Kind")
        offered.extend(texts(kinds))
        next(action for action in kinds.actions() if action.text() == lane_kind_names()[LaneKind.NEEDS]).trigger()

    right_click(window, row.title.rect.center.x, row.title.rect.center.y, read_kinds)
    assert offered == list(lane_kind_names().values())
    assert window.document.current_map.lane(row.lane_id).kind is LaneKind.NEEDS


def test_the_emotion_lane_offers_a_point_in_that_stage(sample_window):
    window = sample_window
    layout = window.scene.map_layout
    stage = layout.stages[-1]
    before = {p.id for p in window.document.current_map.emotion_points}
    area = layout.emotion_lane
    # In the last stage's column, as far as can be from the faces already there, near the lane's top.
    faces = [p.center.x for c in layout.curves for p in c.points]
    xs = [stage.rect.x + stage.rect.width * k / 10 for k in range(1, 10)]
    x = max(xs, key=lambda x: min((abs(x - face) for face in faces), default=1e9))
    right_click(window, x, area.y + 8, choose("Add emotion point here"))
    added = [p for p in window.document.current_map.emotion_points if p.id not in before]
    assert [p.stage_id for p in added] == [stage.stage_id]
