"""The analysis panels follow edits without slowing them: rebuilt when edits pause, and only while seen."""


import pytest
from PySide6.QtWidgets import QDockWidget, QWidget

from journey_studio.document import Document
from journey_studio.ui.comments_panel import CommentsPanel
from journey_studio.ui.compare_view import CompareView
from journey_studio.ui.deferred_refresh import DeferredRefresh
from journey_studio.ui.insights_panel import InsightsPanel
from journey_studio.ui.main_window import MainWindow
from journey_studio.ui.review_panel import ReviewPanel


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


def test_a_new_window_builds_none_of_its_hidden_analysis_panels(qtbot, monkeypatch, big_workspace):
    """Opening a 1,000-card map costs no analysis until a panel is looked at."""
    rebuilt: list[str] = []
    for panel in (ReviewPanel, InsightsPanel, CommentsPanel, CompareView):
        original = panel.refresh
        monkeypatch.setattr(
            panel, "refresh", lambda self, _o=original, _n=panel.__name__: (rebuilt.append(_n), _o(self))
        )
    window = MainWindow(Document(big_workspace))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(200)
    assert rebuilt == []
    dock = window.findChild(QDockWidget, "reviewDock")
    dock.show()
    dock.raise_()
    qtbot.waitUntil(lambda: rebuilt == ["ReviewPanel"], timeout=3000)
    assert window.review_panel.listed_items(), "the synthetic map has unverified evidence to list"
