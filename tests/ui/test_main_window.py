"""The main window as a user meets it: open, look, zoom, save, export, close with unsaved changes."""

import shutil
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand

from journey_studio.canvas.items import CardItem
from journey_studio.document import Document
from journey_studio.editor import InvalidEdit
from journey_studio.io import read_workspace, workspace_to_bytes
from journey_studio.templates import new_from_template
from journey_studio.ui import dialogs, recent_files
from journey_studio.ui.main_window import MainWindow


class RenameMap(QUndoCommand):
    """A stand-in edit: enough to make the document modified through its undo stack."""

    def __init__(self, document: Document, title: str):
        super().__init__("Rename map")
        self._document, self._new = document, title
        self._old = document.current_map.title

    def redo(self):
        self._document.current_map.title = self._new

    def undo(self):
        self._document.current_map.title = self._old


@pytest.fixture
def window(qtbot):
    window = MainWindow(Document(new_from_template("blank", "fr")))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def errors(monkeypatch):
    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, message: shown.append(message))
    return shown


@pytest.fixture
def sample_copy(tmp_path, sample_path) -> Path:
    path = tmp_path / "chaussures.journey.json"
    shutil.copy(sample_path, path)
    return path


def test_opening_a_file_shows_its_map(window, sample_copy):
    assert window.files.open_file(sample_copy)
    workspace = read_workspace(sample_copy)
    journey_map = workspace.maps[0]
    assert set(window.scene.card_items()) == {c.id for c in journey_map.cards}
    assert [i.stage_id for i in sorted(window.scene.stage_items().values(), key=lambda i: i.boundingRect().x())] == [
        s.id for s in journey_map.stages
    ]
    assert window.windowTitle().startswith("chaussures.journey.json")
    assert not window.isWindowModified()
    assert sample_copy.resolve() in recent_files.recent_files()


def test_a_bad_file_is_explained_and_the_current_map_stays(window, tmp_path, errors):
    before = window.document
    bad = tmp_path / "cassé.journey.json"
    bad.write_text('{"schema_version": 1, "maps": [', encoding="utf-8")
    assert not window.files.open_file(bad)
    assert len(errors) == 1 and str(bad) in errors[0] and "JSON" in errors[0]
    assert window.document is before
    assert bad.read_text(encoding="utf-8") == '{"schema_version": 1, "maps": [', "the bad file is left alone"


def test_modified_mark_follows_the_undo_stack(window):
    document = window.document
    document.undo_stack.push(RenameMap(document, "Nouveau titre"))
    assert window.isWindowModified()
    document.undo_stack.undo()
    assert not window.isWindowModified()


def test_save_as_then_save_writes_the_model(window, tmp_path, monkeypatch):
    target = tmp_path / "nouvelle carte.journey.json"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda parent, suggested: target)
    document = window.document
    document.undo_stack.push(RenameMap(document, "Parcours d'achat — été ☀️"))
    assert window.files.save()
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("nouvelle carte.journey.json")
    assert read_workspace(target).maps[0].title == "Parcours d'achat — été ☀️"
    assert target.read_bytes() == workspace_to_bytes(document.workspace)


def test_closing_with_unsaved_changes_asks_and_cancel_keeps_the_window(window, monkeypatch):
    asked = []
    monkeypatch.setattr(
        dialogs, "ask_save_changes", lambda parent, name: asked.append(name) or dialogs.SaveChoice.CANCEL
    )
    window.document.undo_stack.push(RenameMap(window.document, "Modifié"))
    assert not window.close()
    assert asked and window.isVisible()
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda parent, name: dialogs.SaveChoice.DISCARD)
    assert window.close()


def test_closing_an_unchanged_map_does_not_ask(window, monkeypatch):
    asked = []
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda *a: asked.append(a) or dialogs.SaveChoice.CANCEL)
    assert window.close()
    assert not asked


def test_a_failed_save_keeps_the_document_modified(window, tmp_path, errors, monkeypatch):
    window.document.undo_stack.push(RenameMap(window.document, "Modifié"))
    nowhere = tmp_path / "missing folder" / "x.journey.json"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda parent, suggested: nowhere)
    assert not window.files.save_as()
    assert errors and "does not exist" in errors[0]
    assert window.isWindowModified()


def test_zoom_shortcuts(window, qtbot, sample_copy):
    window.files.open_file(sample_copy)
    window.view.set_zoom(1.0)
    qtbot.keyClick(window.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.view.zoom() > 1.0
    qtbot.keyClick(window.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    visible = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    assert visible.adjusted(-2, -2, 2, 2).contains(window.view.sceneRect())


def test_export_png_from_the_window(window, sample_copy, tmp_path):
    window.files.open_file(sample_copy)
    out = tmp_path / "carte.png"
    assert window.files.export_png(out, dpi=96)
    with Image.open(out) as image:
        assert image.size == (round(window.scene.sceneRect().width()), round(window.scene.sceneRect().height()))


def test_new_from_template_replaces_an_unchanged_map(window):
    assert window.files.new_from_template("running-shoes", "en")
    assert window.document.current_map.stages[0].name == "Reflection"
    assert any(isinstance(item, CardItem) for item in window.scene.items())


def test_selecting_a_card_shows_it_in_the_inspector(window, sample_copy):
    window.files.open_file(sample_copy)
    card = window.document.current_map.cards[0]
    window.scene.select_cards([card.id])
    assert (window.inspector.current_kind(), window.inspector.current_id()) == ("card", card.id)
    window.scene.clearSelection()
    assert window.inspector.current_kind() == "map"


def test_find_selects_matches_and_steps_through_them(window, sample_copy, qtbot):
    from journey_studio.search import find_cards

    window.files.open_file(sample_copy)
    journey_map = window.document.current_map
    expected = find_cards(journey_map, "magasin")
    assert len(expected) >= 2
    window.window_actions.find.trigger()
    assert window.find_bar.isVisible()
    qtbot.keyClicks(window.find_bar.edit, "MAGASIN")
    assert sorted(window.scene.selected_card_ids()) == sorted(expected)
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
    assert window.scene.selected_card_ids() == [expected[0]]
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
    assert window.scene.selected_card_ids() == [expected[1]]


def test_personas_panel_follows_the_document_and_undo(window, sample_copy):
    window.files.open_file(sample_copy)
    panel = window.personas_panel
    before = panel.list.count()
    panel.add_persona()
    assert panel.list.count() == before + 1
    assert len(window.document.workspace.personas) == before + 1
    window.document.undo_stack.undo()
    assert panel.list.count() == before


def test_several_maps_in_one_workspace(window, sample_copy):
    window.files.open_file(sample_copy)
    first = window.document.current_map
    new_id = window.add_map()
    assert window.document.current_map.id == new_id
    assert [s.name for s in window.document.current_map.stages] == [s.name for s in first.stages]
    assert window._map_picker.count() == 2 and window._map_picker.isEnabled()
    with pytest.raises(InvalidEdit, match="no longer on this map"):
        window.editor.set_card(first.cards[0].id, {"title": "x"})  # the editor edits the map shown
    window.show_map(first.id)
    window.editor.set_card(first.cards[0].id, {"linked_map_id": new_id})
    window.controller.mapRequested.emit(first.cards[0].linked_map_id)
    assert window.document.current_map.id == new_id
    window.delete_map()
    assert window.document.current_map.id == first.id
    assert first.cards[0].linked_map_id is None, "links to a deleted map are cleared"
    window.document.undo_stack.undo()
    assert first.cards[0].linked_map_id == new_id and len(window.document.workspace.maps) == 2


def test_method_panels_follow_the_document_and_lead_to_the_cards(window, sample_copy):
    window.files.open_file(sample_copy)
    card_ids = [c.id for c in window.document.current_map.cards[:2]]
    window.insights_panel.cardsActivated.emit(card_ids)
    assert sorted(window.scene.selected_card_ids()) == sorted(card_ids)
    window.review_panel.cardsActivated.emit(card_ids[:1])
    assert window.scene.selected_card_ids() == card_ids[:1]
    new_map = window.editor.create_future_state(window.document.current_map.id)
    window.compare_view.futureStateCreated.emit(new_map)
    assert window.document.current_map.id == new_map
    window.document.undo_stack.undo()
    assert window.document.current_map is not None, "undoing the future state shows another map"


def test_every_toolbar_button_has_an_icon_and_a_label(window):
    from PySide6.QtWidgets import QToolBar, QToolButton

    toolbar = window.findChild(QToolBar, "mainToolbar")
    buttons = [b for b in toolbar.findChildren(QToolButton) if b.defaultAction() is not None
               and b.defaultAction() in toolbar.actions()]
    assert len(buttons) >= 12
    for button in buttons:
        action = button.defaultAction()
        image = action.icon().pixmap(22, 22).toImage()
        assert not image.isNull() and action.text(), action.text()
        assert any(image.pixelColor(x, y).alpha() for x in range(22) for y in range(22)), action.text()
    assert toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextUnderIcon
