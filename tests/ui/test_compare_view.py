"""Before and after: creating the future state, the overlaid curves, the differences, and the PNG."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from journey_studio.analysis.compare import diff_maps, stage_moods
from journey_studio.analysis.compare_words import difference_lines
from journey_studio.document import Document
from journey_studio.editor import MapEditor
from journey_studio.export.comparison_png import export_comparison_png
from journey_studio.layout.comparison_chart import chart_geometry
from journey_studio.model import LaneKind, MapState
from journey_studio.templates import load_template
from journey_studio.ui.compare_view import CompareView


@pytest.fixture
def view(qtbot, document, editor):
    view = CompareView(editor)
    document.changed.connect(view.refresh)
    document.currentMapChanged.connect(view.refresh)
    view.resize(440, 760)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def make_future(view: CompareView, editor: MapEditor, document: Document) -> str:
    """Create the future state from the view, then redraw it: one card gone, one new, one changed, happier."""
    future_id = view.create_future_state()
    document.set_current_map(future_id)
    future = document.current_map
    waiting = next(c for c in future.cards if c.title == "Attente d'un vendeur le samedi")
    editor.remove_cards([waiting.id])
    opportunities = next(lane for lane in future.lanes if lane.kind is LaneKind.OPPORTUNITIES)
    editor.add_card(future.stages[1].id, opportunities.id, "Essayage réservé en ligne")
    search = next(c for c in future.cards if c.title == "Rechercher des infos en ligne")
    editor.set_card(search.id, {"channel": "mobile_app"})
    for point in future.emotion_points:
        if point.score < 0:
            editor.set_emotion_point(point.id, {"score": 1})
    return future_id


def labels(view: CompareView) -> list[str]:
    tree, found = view.tree, []
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        found.append(top.text(0))
        for j in range(top.childCount()):
            child = top.child(j)
            found.append("  " + child.text(0))
            found.extend("    " + child.child(k).text(0) for k in range(child.childCount()))
    return found


def test_a_map_without_counterpart_offers_to_create_its_future_state(qtbot, view, document):
    assert view.compared_maps() is None
    assert view.create_button.isVisible() and view.empty_label.isVisible() and not view.tree.isVisible()
    with qtbot.waitSignal(view.futureStateCreated) as signal:
        qtbot.mouseClick(view.create_button, Qt.MouseButton.LeftButton)
    future_id = signal.args[0]
    current, future = view.compared_maps()
    assert (current.id, future.id) == (document.current_map.id, future_id)
    assert future.state is MapState.FUTURE and current.counterpart_id == future_id
    assert view.diff().is_empty and not view.create_button.isVisible()
    assert labels(view) == ["No difference: the future state is still a copy of today's map."]
    assert document.undo_stack.count() == 1


def test_the_differences_and_the_curves(view, editor, document):
    make_future(view, editor, document)
    current, future = view.compared_maps()  # the future map is shown: today's still comes first
    assert current.state is MapState.CURRENT and future.id == document.current_map.id
    assert view.summary_label.text() == f"1 added, 1 removed, 1 changed, {len(current.cards) - 2} unchanged"
    assert labels(view) == [
        "Added (1)", "  Essayage réservé en ligne · Évaluation",
        "Removed (1)", "  Attente d'un vendeur le samedi · Évaluation",
        "Changed (1)", "  Rechercher des infos en ligne · Réflexion", "    Channel: Search engine → Mobile app",
    ]
    chart = chart_geometry(stage_moods(view.diff(), current, future), "fr")
    today, later = chart.curves
    assert len(today.points) == len(current.emotion_points) == len(later.points)
    assert min(today.moods) == -1 and min(later.moods) == 0  # today dips to −2 (of −2…2); the future no lower than 0
    assert [name.full_text for name in chart.stage_names] == [s.name for s in current.stages]
    assert all(a.x == b.x for a, b in zip(today.points, later.points, strict=True))  # same stages, same places
    assert view.scene.items() and view.chart_view.isVisible()


def test_clicking_a_difference_names_its_map_and_card(qtbot, view, editor, document):
    future_id = make_future(view, editor, document)
    item = view.tree.topLevelItem(0).child(0)
    view.tree.scrollToItem(item)
    with qtbot.waitSignal(view.differenceActivated) as signal:
        qtbot.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=view.tree.visualItemRect(item).center())
    added = next(c for c in document.current_map.cards if c.title == "Essayage réservé en ligne")
    assert signal.args == [future_id, [added.id]]


def test_the_comparison_exports_as_png(tmp_path: Path, view, editor, document):
    make_future(view, editor, document)
    path = tmp_path / "avant-apres.png"
    export_comparison_png(editor.workspace, *view.compared_maps(), path, width=900)
    image = QImage(str(path))
    assert image.width() == 900 and image.height() > 400
    colours = {image.pixelColor(x, y).name() for x in range(0, 900, 13) for y in range(0, image.height(), 13)}
    assert len(colours) > 20
    lines = [text for _, text in difference_lines(view.diff(), *view.compared_maps(), "fr")]
    assert lines[0] == "Ajoutées (1)" and "canal\u00a0: Recherche → Appli mobile" in lines


def test_export_function_works_without_a_view(qapp, tmp_path: Path):
    workspace = load_template("support-and-complaint", "en")
    current = workspace.maps[0]
    future = current.model_copy(deep=True, update={"id": "map-future", "state": MapState.FUTURE})
    export_comparison_png(workspace, current, future, tmp_path / "same.png", width=600)
    assert QImage(str(tmp_path / "same.png")).width() == 600
    assert diff_maps(current, future).is_empty
    assert difference_lines(diff_maps(current, future), current, future, "en") == [
        (0, "No difference between the two maps.")]
