"""Zoom and pan as a user does them: Ctrl+wheel, fit, middle-button drag."""

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from journey_studio.canvas.scene import MapScene
from journey_studio.canvas.view import MapView


def _view(qtbot, workspace) -> MapView:
    scene = MapScene()
    scene.show_map(workspace.maps[0], workspace.personas)
    view = MapView(scene)
    view.resize(1000, 700)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def _wheel(view: MapView, delta: int, modifiers=Qt.KeyboardModifier.ControlModifier) -> None:
    centre = QPointF(view.viewport().rect().center())
    event = QWheelEvent(
        centre, view.viewport().mapToGlobal(centre), QPoint(), QPoint(0, delta),
        Qt.MouseButton.NoButton, modifiers, Qt.ScrollPhase.NoScrollPhase, False,
    )
    QApplication.sendEvent(view.viewport(), event)


def test_ctrl_wheel_zooms_and_plain_wheel_scrolls(qtbot, big_workspace):
    view = _view(qtbot, big_workspace)
    view.set_zoom(1.0)
    _wheel(view, 120)
    assert view.zoom() > 1.0
    _wheel(view, -240)
    assert view.zoom() < 1.0
    zoom = view.zoom()
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() // 2)
    before = view.verticalScrollBar().value()
    _wheel(view, -120, Qt.KeyboardModifier.NoModifier)
    assert view.zoom() == zoom
    assert view.verticalScrollBar().value() > before


def test_fit_shows_the_whole_map(qtbot, big_workspace):
    view = _view(qtbot, big_workspace)
    view.set_zoom(2.0)
    view.fit_map()
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    scene_rect = view.sceneRect()
    assert visible.adjusted(-2, -2, 2, 2).contains(scene_rect)
    assert view.zoom() < 0.3


def test_zoom_is_bounded(qtbot, small_workspace):
    view = _view(qtbot, small_workspace)
    for _ in range(40):
        view.zoom_in()
    assert view.zoom() <= 8.0
    for _ in range(80):
        view.zoom_out()
    assert view.zoom() >= 0.05


def test_middle_drag_pans(qtbot, big_workspace):
    view = _view(qtbot, big_workspace)
    view.set_zoom(1.0)
    view.horizontalScrollBar().setValue(500)
    view.verticalScrollBar().setValue(500)
    start = view.viewport().rect().center()
    qtbot.mousePress(view.viewport(), Qt.MouseButton.MiddleButton, pos=start)
    qtbot.mouseMove(view.viewport(), start + QPoint(-120, -80))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.MiddleButton, pos=start + QPoint(-120, -80))
    assert view.horizontalScrollBar().value() == 620
    assert view.verticalScrollBar().value() == 580


def test_space_drag_pans(qtbot, big_workspace):
    view = _view(qtbot, big_workspace)
    view.set_zoom(1.0)
    view.horizontalScrollBar().setValue(500)
    qtbot.keyPress(view, Qt.Key.Key_Space)
    assert view.dragMode() is MapView.DragMode.ScrollHandDrag
    start = view.viewport().rect().center()
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view.viewport(), start + QPoint(-50, 0))
    qtbot.mouseMove(view.viewport(), start + QPoint(-100, 0))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(-100, 0))
    qtbot.keyRelease(view, Qt.Key.Key_Space)
    assert view.horizontalScrollBar().value() == 600
    assert view.dragMode() is MapView.DragMode.RubberBandDrag
