"""A new user's first hour, scripted through the real window: start with no file, pick a template in the
gallery, build a four-stage map from blank, save, reopen, export, present, switch to French and back.

Every change is made with the mouse and the keyboard on the window (double-clicks, drags, typing, shortcuts);
after each step the test checks what the person sees: the inspector's subject, the toolbar, the titles, the
saved file, the exported picture.
"""

import json

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTabBar, QToolBar, QToolButton

from journey_studio.app.editor_windows import EditorWindows
from journey_studio.model import LaneKind
from journey_studio.ui import dialogs
from journey_studio.ui.export_dialog import ExportDialog
from journey_studio.ui.template_gallery import ROLE_KEY, TemplateGallery
from tests.typing import type_text
from tests.ui.driving import checked, drag_on_map, menu_action, on_map, when_modal


def shortcut(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed on the map, in the active window, as a user does."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.view.setFocus()
    qtbot.keyClick(window.view, key, modifier)


def toolbar_button(window, action) -> QToolButton:
    return window.findChild(QToolBar, "mainToolbar").widgetForAction(action)


def click(qtbot, widget, pos=None) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos if pos is not None else widget.rect().center())


def type_into_map(qtbot, window, text: str) -> None:
    """Type over the text the in-place editor offers, then Enter."""
    inline = window.controller.inline_editor()
    assert inline is not None and inline.hasFocus()
    qtbot.keyClick(inline, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(inline, text)
    qtbot.keyClick(inline, Qt.Key.Key_Return)
    assert window.controller.inline_editor() is None


def cell(window, stage: int, kind: LaneKind):
    layout = window.scene.map_layout
    column = layout.stages[stage]
    row = next(r for r in layout.lanes if r.kind is kind)
    return layout.cell_rect(column.stage_id, row.lane_id)


def add_card(qtbot, window, stage: int, kind: LaneKind, title: str) -> str:
    rect = cell(window, stage, kind)
    qtbot.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton,
                      pos=on_map(window, rect.center.x, rect.bottom - 8))
    type_into_map(qtbot, window, title)
    card = window.document.current_map.cards[-1]
    assert card.title == title
    assert (window.inspector.current_kind(), window.inspector.current_id()) == ("card", card.id)
    return card.id


def card_centre(window, card_id: str) -> tuple[float, float]:
    box = window.scene.map_layout.card(card_id)
    return box.rect.center.x, box.rect.center.y


def where(window, card_id: str) -> tuple[int, LaneKind]:
    m = window.document.current_map
    card = m.card(card_id)
    return [s.id for s in m.stages].index(card.stage_id), m.lane(card.lane_id).kind


def test_the_first_hour(qtbot, tmp_path, monkeypatch, english):
    editor = EditorWindows()
    window = editor.new_window()
    qtbot.addWidget(window)
    window.resize(1600, 1000)
    qtbot.waitExposed(window)

    # -- no file yet: an untitled blank map, nothing to undo --------------------------------------
    assert window.document.path is None
    assert not window.undo_action.isEnabled()
    assert window.windowTitle().endswith("— Journey Studio")

    # -- File ▸ New…: the gallery, in English, "Blank" -------------------------------------------
    def pick_blank(gallery):
        assert isinstance(gallery, TemplateGallery)
        gallery.set_language("en")
        row = [gallery.list.item(r).data(ROLE_KEY)[0] for r in range(gallery.list.count())].index("blank")
        item = gallery.list.item(row)
        gallery.list.scrollToItem(item)
        click(qtbot, gallery.list.viewport(), gallery.list.visualItemRect(item).center())
        title = gallery.title_label.text()
        click(qtbot, gallery.create_button)
        return title

    outcome = when_modal(pick_blank, TemplateGallery)
    shortcut(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert checked(outcome)
    m = window.document.current_map
    assert len(m.stages) == 3 and not m.cards
    assert window.inspector.current_kind() == "map"
    window.view.set_zoom(1.0)
    window.activateWindow()  # the gallery has closed: the window is the active one again, as on a desktop
    qtbot.waitUntil(window.isActiveWindow)

    # -- four named stages: a fourth from the toolbar, each renamed in place ----------------------
    click(qtbot, toolbar_button(window, window.window_actions.add_stage))
    assert (window.inspector.current_kind(), window.inspector.current_id()) == ("stage", m.stages[-1].id)
    type_into_map(qtbot, window, "Loyalty")
    names = ["Discover", "Compare", "Buy"]
    for index, name in enumerate(names):
        header = window.scene.map_layout.stages[index].name.rect
        qtbot.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton,
                          pos=on_map(window, header.x + 10, header.center.y))
        type_into_map(qtbot, window, name)
    assert [s.name for s in m.stages] == [*names, "Loyalty"]
    assert window.windowTitle().startswith(window.document.display_name)

    # -- cards in several lanes --------------------------------------------------------------------
    search = add_card(qtbot, window, 0, LaneKind.ACTIONS, "Search for reviews")
    site = add_card(qtbot, window, 1, LaneKind.TOUCHPOINTS, "Comparison site")
    wait = add_card(qtbot, window, 2, LaneKind.PAIN_POINTS, "Slow delivery")
    club = add_card(qtbot, window, 3, LaneKind.OPPORTUNITIES, "Runners' club")
    assert len(m.cards) == 4

    # -- emotion points: double-click the emotion lane, and Map ▸ Add Emotion Point ----------------
    area = window.scene.map_layout.emotion_lane
    for stage, height in ((0, 0.12), (2, 0.88)):
        column = window.scene.map_layout.stages[stage]
        qtbot.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton,
                          pos=on_map(window, column.rect.x + 14, area.y + area.height * height))
        point = m.emotion_points[-1]
        assert (window.inspector.current_kind(), window.inspector.current_id()) == ("emotion", point.id)
        type_into_map(qtbot, window, "Hopeful" if stage == 0 else "Annoyed")
    assert [p.score > 0 for p in m.emotion_points] == [True, False]
    map_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Map")
    window.scene.clearSelection()
    menu_action(map_menu, "Add Emotion Point").trigger()
    assert window.inspector.current_kind() == "emotion"
    type_into_map(qtbot, window, "Relieved")
    assert len(m.emotion_points) == 3

    # -- a persona, from the Personas panel --------------------------------------------------------
    bar = next(b for b in window.findChildren(QTabBar) if "Personas" in [b.tabText(i) for i in range(b.count())])
    click(qtbot, bar, bar.tabRect([bar.tabText(i) for i in range(bar.count())].index("Personas")).center())
    panel = window.personas_panel
    qtbot.waitUntil(panel.isVisible)
    click(qtbot, panel.add_button)
    name_field = panel.form.name.widget
    assert name_field.hasFocus()
    type_text(name_field, "Sam, weekend runner")
    qtbot.keyClick(name_field, Qt.Key.Key_Return)
    persona = window.document.workspace.personas[0]
    assert persona.name == "Sam, weekend runner" and m.persona_ids == [persona.id]
    bar.setCurrentIndex([bar.tabText(i) for i in range(bar.count())].index("Inspector"))

    # -- an arrow (Alt+drag), moves by drag and by keys, undo and redo -----------------------------
    drag_on_map(qtbot, window, card_centre(window, search), card_centre(window, site), Qt.KeyboardModifier.AltModifier)
    assert [(c.from_card, c.to_card) for c in m.connectors] == [(search, site)]
    assert not window.window_actions.connect_mode.isChecked()
    window.scene.clearSelection()
    drag_on_map(qtbot, window, card_centre(window, wait), (window.scene.map_layout.stages[3].rect.center.x,
                                                            cell(window, 3, LaneKind.PAIN_POINTS).bottom - 6))
    assert where(window, wait) == (3, LaneKind.PAIN_POINTS)
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=on_map(window, *card_centre(window, club)))
    assert window.inspector.current_id() == club
    undo_button = toolbar_button(window, window.undo_action)
    undo_place = (undo_button.width(), toolbar_button(window, window.window_actions.add_card).x())
    shortcut(qtbot, window, Qt.Key.Key_Left)
    assert where(window, club) == (2, LaneKind.OPPORTUNITIES)
    assert undo_button.text() == "Undo" and window.document.undo_stack.undoText() in undo_button.toolTip()
    assert (undo_button.width(), toolbar_button(window, window.window_actions.add_card).x()) == undo_place
    shortcut(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert where(window, club) == (3, LaneKind.OPPORTUNITIES)
    assert toolbar_button(window, window.redo_action).isEnabled()
    shortcut(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert where(window, club) == (2, LaneKind.OPPORTUNITIES)
    assert window.isWindowModified()

    # -- save: the title loses its star, the file holds the map ------------------------------------
    path = tmp_path / "first-hour.journey.json"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda parent, suggested: path)
    shortcut(qtbot, window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert path.exists() and not window.isWindowModified()
    assert window.windowTitle().startswith("first-hour")
    saved = json.loads(path.read_text("utf-8"))
    saved_map = saved["maps"][0]
    assert [s["name"] for s in saved_map["stages"]] == ["Discover", "Compare", "Buy", "Loyalty"]
    assert sorted(c["title"] for c in saved_map["cards"]) == sorted(
        ["Search for reviews", "Comparison site", "Slow delivery", "Runners' club"])
    assert sorted(p["label"] for p in saved_map["emotion_points"]) == ["Annoyed", "Hopeful", "Relieved"]
    assert [p["name"] for p in saved["personas"]] == ["Sam, weekend runner"]
    assert len(saved_map["connectors"]) == 1

    # -- reopen in a new window: everything comes back ---------------------------------------------
    second = editor.new_window()
    qtbot.addWidget(second)
    second.resize(1600, 1000)
    qtbot.waitExposed(second)
    monkeypatch.setattr(dialogs, "ask_open_path", lambda parent, folder="": path)
    shortcut(qtbot, second, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    again = second.document.current_map
    assert second.document.path == path and second.windowTitle().startswith("first-hour")
    assert [s.name for s in again.stages] == ["Discover", "Compare", "Buy", "Loyalty"]
    assert {item.card_id for item in second.scene.card_items().values()} == {search, site, wait, club}
    assert second.inspector.current_kind() == "map"
    assert second._map_picker.isEnabled() and second._map_picker.currentText() == again.title

    # -- export a PNG from the dialog and open it --------------------------------------------------
    picture = tmp_path / "first-hour.png"

    def export_png(dialog):
        assert isinstance(dialog, ExportDialog)
        dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(".png"))
        dialog.path_edit.setText(str(picture))
        size = dialog.size_label.text()
        click(qtbot, dialog.export_button)
        return size

    outcome = when_modal(export_png, ExportDialog)
    shortcut(qtbot, second, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    size_text = checked(outcome)
    with Image.open(picture) as image:
        assert f"{image.width} × {image.height} pixels" in size_text
        small = image.convert("RGB").resize((160, 90))
        colours = {small.getpixel((x, y)) for x in range(small.width) for y in range(small.height)}
    assert len(colours) > 40, "a drawn map, not a blank page"
    assert second.statusBar().currentMessage().endswith("first-hour.png")

    # -- present with F5 and step through every stage ----------------------------------------------
    shortcut(qtbot, second, Qt.Key.Key_F5)
    presentation = second._presentation
    qtbot.waitExposed(presentation)
    seen = [presentation.stage_index]
    for _ in range(len(presentation.deck.steps) - 1):
        qtbot.keyClick(presentation, Qt.Key.Key_Right)
        seen.append(presentation.stage_index)
    assert seen[0] is None and {0, 1, 2, 3} <= set(seen)
    assert "Loyalty" in presentation.windowTitle() or seen[-1] is None
    qtbot.keyClick(presentation, Qt.Key.Key_Escape)
    assert second._presentation is None

    # -- French, then English again ----------------------------------------------------------------
    view_menu = next(a.menu() for a in second.menuBar().actions() if a.text() == "&View")
    languages = next(a.menu() for a in view_menu.actions() if a.menu() and a.menu().objectName() == "languageMenu")
    menu_action(languages, "Français").trigger()
    assert [a.text() for a in second.menuBar().actions()][:2] == ["&Fichier", "&Édition"]
    assert toolbar_button(second, second.undo_action).text() == "Annuler"
    assert toolbar_button(second, second.present.from_beginning).text() == "Présenter"
    assert second.windowTitle().startswith("first-hour")
    menu_action(languages, "English").trigger()
    assert [a.text() for a in second.menuBar().actions()][:2] == ["&File", "&Edit"]
    assert toolbar_button(second, second.undo_action).text() == "Undo"
    for each in (window, second):
        each.close()
    QApplication.processEvents()
