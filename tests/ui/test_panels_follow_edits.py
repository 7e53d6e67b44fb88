"""The analysis panels follow edits without slowing them: rebuilt when edits pause, and only while seen."""


import pytest
from PySide6.QtWidgets import QDockWidget, QWidget

from journey_studio.ui.deferred_refresh import DeferredRefresh
from journey_studio.ui.main_window import MainWindow


@pytest.fixture
def window(sample_window):
    return sample_window


def moment_of_truth_titles(window: MainWindow) -> list[str]:
    return [i.message for i in window.insights_panel.insights() if i.kind == "moment_of_truth"]


def lowest_point(window: MainWindow):
    return min(window.document.current_map.emotion_points, key=lambda p: p.score)


def test_a_visible_insights_panel_catches_up_once_edits_pause(window, qtbot):
    dock = window.findChild(QDockWidget, "insightsDock")
    dock.show()
    dock.raise_()
    qtbot.waitUntil(window.insights_panel.isVisible)
    point = lowest_point(window)
    window.editor.set_emotion_point(point.id, {"label": "Tout à fait perdue"})
    assert not any("Tout à fait perdue" in m for m in moment_of_truth_titles(window)), "not during the edit"
    qtbot.waitUntil(lambda: any("Tout à fait perdue" in m for m in moment_of_truth_titles(window)), timeout=2000)


def test_a_hidden_panel_is_rebuilt_when_it_is_shown(window, qtbot):
    dock = window.findChild(QDockWidget, "insightsDock")
    assert not window.insights_panel.isVisible()
    point = lowest_point(window)
    window.editor.set_emotion_point(point.id, {"label": "Découragée"})
    qtbot.wait(300)
    assert not any("Découragée" in m for m in moment_of_truth_titles(window)), "hidden panels cost nothing"
    dock.show()
    dock.raise_()
    qtbot.waitUntil(lambda: any("Découragée" in m for m in moment_of_truth_titles(window)), timeout=2000)


def test_a_burst_of_changes_rebuilds_a_visible_panel_once(qtbot):
    panel = QWidget()
    qtbot.addWidget(panel)
    panel.show()
    rebuilt = []
    deferred = DeferredRefresh(panel, lambda: rebuilt.append(1), pause_ms=50)
    for _ in range(30):
        deferred.request()
    assert rebuilt == []
    qtbot.waitUntil(lambda: rebuilt == [1], timeout=2000)
    qtbot.wait(120)
    assert rebuilt == [1]
