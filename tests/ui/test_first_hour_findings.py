"""What a new user ran into in their first hour (issue 15), each driven as they did it: real clicks, drags
and keys on the window, then what the window shows."""

from datetime import UTC, datetime, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QLineEdit, QMessageBox, QToolButton

from journey_studio import i18n
from journey_studio.document import Document
from journey_studio.model import LaneKind, Stage
from journey_studio.templates import list_templates, new_from_template
from journey_studio.ui import export_dialog as export_dialog_module
from journey_studio.ui.export_dialog import PRESET_KEY, ExportDialog
from journey_studio.ui.main_window import MainWindow
from journey_studio.ui.shortcuts_dialog import ShortcutsDialog
from tests.typing import type_text
from tests.ui.driving import checked, drag_on_map, menu_action, on_map, right_click, when_modal


@pytest.fixture
def window(qtbot):
    """The English running-shoes journey with one more stage, still empty, at the end."""
    workspace = new_from_template("running-shoes", "en")
    workspace.maps[0].stages.append(Stage(id="stage-aftercare", name="Aftercare", colour="#607D8B"))
    window = MainWindow(Document(workspace))
    window.resize(1600, 1000)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.view.set_zoom(1.0)
    window.activateWindow()
    return window


def toolbar_button(window, action) -> QToolButton:
    toolbar = window.findChild(type(window.addToolBar("probe")), "mainToolbar")
    button = toolbar.widgetForAction(action)
    assert isinstance(button, QToolButton), action.text()
    return button


def centre(box) -> tuple[float, float]:
    return box.rect.center.x, box.rect.center.y


def two_cards_in_different_stages(window):
    layout = window.scene.map_layout
    first = layout.cards[0]
    other = next(b for b in layout.cards if b.stage_id != first.stage_id and b.lane_id == first.lane_id)
    return first, other


def empty_cell(window):
    """A (stage, lane) cell without cards in a text lane, and its rectangle."""
    layout = window.scene.map_layout
    for row in layout.lanes:
        if row.kind is LaneKind.EMOTIONS:
            continue
        for column in layout.stages:
            if not any(b.stage_id == column.stage_id and b.lane_id == row.lane_id for b in layout.cards):
                rect = layout.cell_rect(column.stage_id, row.lane_id)
                if rect is not None and rect.height > 30:
                    return column.stage_id, row.lane_id, rect
    raise AssertionError("the template has no empty cell")


# -- connect mode ---------------------------------------------------------------------------------


def test_connect_mode_draws_one_arrow_then_a_drag_moves_cards_again(qtbot, window):
    m = window.document.current_map
    arrows = len(m.connectors)
    qtbot.mouseClick(toolbar_button(window, window.window_actions.connect_mode), Qt.MouseButton.LeftButton)
    assert window.window_actions.connect_mode.isChecked()
    assert window.view.viewport().cursor().shape() == Qt.CursorShape.CrossCursor
    source, target = two_cards_in_different_stages(window)
    drag_on_map(qtbot, window, centre(source), centre(target))
    assert len(m.connectors) == arrows + 1
    assert not window.window_actions.connect_mode.isChecked(), "the toolbar button comes back up"
    assert not toolbar_button(window, window.window_actions.connect_mode).isChecked()
    assert window.view.viewport().cursor().shape() != Qt.CursorShape.CrossCursor

    layout = window.scene.map_layout
    box = layout.card(source.card_id)
    lane = next(r for r in layout.lanes if r.lane_id != box.lane_id and r.kind is not LaneKind.EMOTIONS)
    column = next(s for s in layout.stages if s.stage_id == box.stage_id)
    window.scene.clearSelection()
    drag_on_map(qtbot, window, centre(box), (column.rect.center.x, lane.rect.bottom - 5))
    assert m.card(source.card_id).lane_id == lane.lane_id, "the next drag moves the card"
    assert len(m.connectors) == arrows + 1, "and draws no arrow"


def test_escape_leaves_connect_mode(qtbot, window):
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.window_actions.connect_mode.isChecked()
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert not window.window_actions.connect_mode.isChecked()
    assert not window.scene.connect_mode
    m = window.document.current_map
    arrows = len(m.connectors)
    source, target = two_cards_in_different_stages(window)
    drag_on_map(qtbot, window, centre(source), centre(target))
    assert len(m.connectors) == arrows
    assert m.card(source.card_id).stage_id == target.stage_id, "the drag moved the card"


def test_escape_leaves_connect_mode_wherever_the_focus_is(qtbot, window):
    field = next(w for w in window.inspector.findChildren(QLineEdit) if w.isVisible())
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(field.hasFocus)
    qtbot.mouseClick(toolbar_button(window, window.window_actions.connect_mode), Qt.MouseButton.LeftButton)
    assert window.scene.connect_mode and field.hasFocus()
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert not window.scene.connect_mode and not window.window_actions.connect_mode.isChecked()


# -- naming a new card ----------------------------------------------------------------------------


def test_escape_while_naming_a_new_card_takes_the_card_away(qtbot, window):
    m = window.document.current_map
    cards = [c.id for c in m.cards]
    stage_id, lane_id, rect = empty_cell(window)
    qtbot.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton,
                      pos=on_map(window, rect.center.x, rect.center.y))
    assert len(m.cards) == len(cards) + 1
    inline = window.controller.inline_editor()
    type_text(inline, "Never mind")
    qtbot.keyClick(inline, Qt.Key.Key_Escape)
    assert [c.id for c in m.cards] == cards
    assert not any(c.title in ("New card", "Never mind") for c in m.cards)
    assert window.document.undo_stack.count() == 0, "no leftover entry in the history"
    assert not window.document.is_modified
    assert window.scene.card_items().keys() == set(cards)


def test_enter_still_keeps_the_new_card_and_undo_takes_it_away(qtbot, window):
    m = window.document.current_map
    stage_id, lane_id, rect = empty_cell(window)
    qtbot.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton,
                      pos=on_map(window, rect.center.x, rect.center.y))
    inline = window.controller.inline_editor()
    type_text(inline, "Kept")
    qtbot.keyClick(inline, Qt.Key.Key_Return)
    assert m.cards[-1].title == "Kept"
    stack = window.document.undo_stack
    while stack.canUndo():
        stack.undo()
    assert not any(c.title in ("Kept", "New card") for c in m.cards)


# -- emotion points, hints, help, present ----------------------------------------------------------


def test_the_emotion_lane_context_menu_adds_a_point_and_the_inspector_shows_it(qtbot, window):
    m = window.document.current_map
    layout = window.scene.map_layout
    area = layout.emotion_lane
    taken = {p.stage_id for p in m.emotion_points}
    column = next((s for s in layout.stages if s.stage_id not in taken), layout.stages[-1])
    point = on_map(window, column.rect.center.x, area.y + area.height * 0.2)
    before = len(m.emotion_points)

    def pick(menu):
        action = menu_action(menu, "Add emotion point here")
        texts = [a.text() for a in menu.actions()]
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
        return texts

    outcome = when_modal(pick)
    right_click(qtbot, window.view.viewport(), point)
    assert "Add emotion point here" in checked(outcome)
    assert len(m.emotion_points) == before + 1
    added = m.emotion_points[-1]
    assert added.stage_id == column.stage_id and added.score > 0, "where the click was: high on the lane"
    assert (window.inspector.current_kind(), window.inspector.current_id()) == ("emotion", added.id)
    inline = window.controller.inline_editor()
    assert inline is not None, "its label is ready to type"
    qtbot.keyClick(inline, Qt.Key.Key_Escape)


def test_the_map_menu_adds_an_emotion_point(qtbot, window):
    map_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Map")
    action = menu_action(map_menu, "Add Emotion Point")
    m = window.document.current_map
    before = len(m.emotion_points)
    action.trigger()
    assert len(m.emotion_points) == before + 1
    assert window.inspector.current_kind() == "emotion"
    assert window.inspector.current_id() == m.emotion_points[-1].id


def no_button_held(qtbot, window) -> None:
    """A click on a stage header, the pointer left there: QTest can leave a button "held" after an earlier
    test's double-click (a held button means a drag, never a hint), and the pointer where it last was."""
    header = window.scene.map_layout.stages[-1].name.rect
    point = on_map(window, header.center.x, header.center.y)
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseMove(window.view.viewport(), point)  # and the pointer away: Qt drops a "move" to where it is


def test_an_empty_cell_says_a_double_click_adds_a_card(qtbot, window):
    stage_id, lane_id, rect = empty_cell(window)
    no_button_held(qtbot, window)
    qtbot.mouseMove(window.view.viewport(), on_map(window, rect.center.x, rect.center.y))
    assert window.scene.hint_text == "Double-click to add a card"
    assert window.statusBar().currentMessage() == "Double-click to add a card"
    card = window.scene.map_layout.cards[0]
    qtbot.mouseMove(window.view.viewport(), on_map(window, *centre(card)))
    assert window.scene.hint_text == ""
    assert window.statusBar().currentMessage() == ""
    area = window.scene.map_layout.emotion_lane
    column = window.scene.map_layout.stages[0]
    qtbot.mouseMove(window.view.viewport(), on_map(window, column.rect.x + 12, area.y + 6))
    assert window.scene.hint_text == "Double-click to add an emotion point"


def test_the_hint_goes_once_the_cell_gets_its_card(qtbot, window):
    stage_id, lane_id, rect = empty_cell(window)
    no_button_held(qtbot, window)
    point = on_map(window, rect.center.x, rect.center.y)
    qtbot.mouseMove(window.view.viewport(), point)
    assert window.scene.hint_text
    qtbot.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    inline = window.controller.inline_editor()
    type_text(inline, "Follow-up e-mail")
    qtbot.keyClick(inline, Qt.Key.Key_Return)
    assert window.scene.hint_text == "", "no hint drawn over the new card"
    assert window.statusBar().currentMessage() != "Double-click to add a card"


def test_the_hint_is_drawn_in_the_empty_cell(qtbot, window):
    stage_id, lane_id, rect = empty_cell(window)
    no_button_held(qtbot, window)
    centre_point = on_map(window, rect.center.x, rect.center.y)
    assert window.scene.hint_text == ""
    window.view.viewport().repaint()
    before = window.view.viewport().grab().toImage()
    qtbot.mouseMove(window.view.viewport(), centre_point)
    window.view.viewport().repaint()
    after = window.view.viewport().grab().toImage()
    ratio = after.width() / window.view.viewport().width()
    x0, y0 = int((centre_point.x() - 60) * ratio), int((centre_point.y() - 10) * ratio)
    changed = sum(before.pixel(x, y) != after.pixel(x, y)
                  for x in range(x0, x0 + int(120 * ratio), 2) for y in range(y0, y0 + int(20 * ratio), 2))
    assert changed > 20, "faint text appears where the pointer is"


def test_the_help_menu_has_shortcuts_and_getting_started(qtbot, window):
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    assert [a.text() for a in help_menu.actions() if not a.isSeparator()] == [
        "&Getting Started", "&Keyboard Shortcuts", "&About Journey Studio"]

    def read(dialog):
        assert isinstance(dialog, ShortcutsDialog)
        rows = dialog.rows()
        dialog.reject()
        return rows

    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # Duplicate: Undo names a command
    outcome = when_modal(read, ShortcutsDialog)
    menu_action(help_menu, "Keyboard Shortcuts").trigger()
    rows = dict(checked(outcome))
    assert rows["Undo"].startswith("Ctrl+Z"), "under the action's short name, not “Undo Duplicate”"
    assert not any(key in keys.split(", ") for keys in rows.values() for key in ("F14", "Undo", "Copy")), rows
    assert rows["Redo"] == "Ctrl+Shift+Z, Ctrl+Y"
    assert rows["Connect Cards"] == "Ctrl+K"
    assert rows["Start Presentation"] == "F5"
    assert rows["Leave connect mode"] == "Esc"

    def read_text(dialog):
        text = dialog.text.toPlainText()
        dialog.reject()
        return text

    outcome = when_modal(read_text)
    menu_action(help_menu, "Getting Started").trigger()
    text = checked(outcome)
    assert "double-click an empty cell" in text
    blank = next(i.title for i in list_templates("en") if i.name == "blank")
    assert f"“{blank}” starts with empty stages" in text, "the template by the name the gallery shows"


def test_the_toolbar_has_a_present_button(qtbot, window):
    button = toolbar_button(window, window.present.from_beginning)
    assert button.text() == "Present" and not button.icon().isNull()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    presentation = window._presentation
    assert presentation is not None and presentation.isVisible()
    qtbot.keyClick(presentation, Qt.Key.Key_Escape)
    assert window._presentation is None


def test_f1_in_a_presentation_shows_the_keys_on_the_screen(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F5)
    presentation = window._presentation
    assert presentation is not None
    qtbot.waitExposed(presentation)
    qtbot.keyClick(presentation, Qt.Key.Key_F1)
    help_label = presentation.findChild(QLabel, "presentationHelp")
    assert help_label.isVisible()
    assert presentation.rect().contains(help_label.geometry()), (help_label.geometry(), presentation.rect())
    assert "Page Down" in help_label.text() and "Esc" in help_label.text()
    assert help_label.font().pixelSize() >= 18
    picture = help_label.grab().toImage()
    light = sum(picture.pixelColor(x, y).lightness() > 200
                for x in range(0, picture.width(), 3) for y in range(0, picture.height(), 3))
    assert light > 200, "the keys are written on the panel"
    qtbot.keyClick(presentation, Qt.Key.Key_Escape)
    assert not help_label.isVisible(), "Esc closes the help first"
    qtbot.keyClick(presentation, Qt.Key.Key_Escape)
    assert window._presentation is None


# -- the inspector follows -----------------------------------------------------------------------


def test_add_stage_shows_the_new_stage_in_the_inspector(qtbot, window):
    card = window.scene.map_layout.cards[0]
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=on_map(window, *centre(card)))
    assert window.inspector.current_kind() == "card"
    qtbot.mouseClick(toolbar_button(window, window.window_actions.add_stage), Qt.MouseButton.LeftButton)
    new_stage = window.document.current_map.stages[-1]
    assert (window.inspector.current_kind(), window.inspector.current_id()) == ("stage", new_stage.id)
    inline = window.controller.inline_editor()
    type_text(inline, "Aftercare")
    qtbot.keyClick(inline, Qt.Key.Key_Return)
    assert window.inspector.current_form().name.widget.text() == "Aftercare"


def test_double_clicking_the_emotion_lane_shows_the_new_point(qtbot, window):
    layout = window.scene.map_layout
    area = layout.emotion_lane
    column = layout.stages[-1]
    qtbot.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton,
                      pos=on_map(window, column.rect.x + 14, area.y + area.height - 8))
    point = window.document.current_map.emotion_points[-1]
    assert (window.inspector.current_kind(), window.inspector.current_id()) == ("emotion", point.id)


# -- the toolbar keeps still ---------------------------------------------------------------------


def test_toolbar_buttons_keep_their_place_after_an_edit(qtbot, window):
    undo = toolbar_button(window, window.undo_action)
    later = toolbar_button(window, window.window_actions.add_card)
    before = (undo.width(), later.x())
    source, target = two_cards_in_different_stages(window)
    window.scene.clearSelection()
    drag_on_map(qtbot, window, centre(source), centre(target))
    assert window.document.undo_stack.count() == 1
    QApplication.processEvents()
    assert (undo.width(), later.x()) == before
    assert undo.text() == "Undo"
    done = window.document.undo_stack.undoText()
    assert done and f"Undo {done}" in undo.toolTip()
    assert window.undo_action.text() == f"&Undo {done}", "the Edit menu says what it undoes"


# -- panels and pickers --------------------------------------------------------------------------


def test_the_personas_form_fits_its_panel(qtbot, window):
    dock = window.findChild(QDockWidget, "personasDock")
    dock.raise_()
    QApplication.processEvents()
    panel = window.personas_panel
    viewport = panel.scroll.viewport()
    form = panel.form
    for widget in (form.remove_button, form.choose_button, form.age.widget, form.name.widget):
        right = widget.mapTo(viewport, QPoint(widget.width(), 0)).x()
        assert widget.isVisible() and right <= viewport.width(), (type(widget).__name__, right, viewport.width())


@pytest.fixture
def french(english):
    """The interface in French for one test (the shared ``english`` fixture puts English back after it)."""
    i18n.set_language("fr")
    yield

@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_map_picker_is_enabled_and_fits_the_toolbar_at_the_default_size(qtbot, request, language):
    if language == "fr":
        request.getfixturevalue("french")
    window = MainWindow(Document(new_from_template("running-shoes", language)))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.width() == 1400, "the window's default width"
    picker = window._map_picker
    title = window.document.current_map.title
    assert picker.count() == 1 and picker.isEnabled()
    assert picker.isVisible(), "on the toolbar, not in its overflow menu"
    shown = picker.shown_text()
    assert shown == title or (shown.endswith("…") and title.startswith(shown[:-1]) and len(shown) > 20), shown
    assert title in picker.toolTip()
    toolbar = window.findChild(type(window.addToolBar("probe")), "mainToolbar")
    for action in toolbar.actions():
        widget = toolbar.widgetForAction(action)
        if widget is not None and not action.isSeparator():
            assert widget.isVisible() and widget.geometry().right() <= toolbar.width(), action.text()


# -- the export dialog ---------------------------------------------------------------------------


def open_export(qtbot, window, drive):
    """Ctrl+E, then ``drive(dialog)`` while the dialog is open; what it returns."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.view.setFocus()
    outcome = when_modal(drive, ExportDialog)
    qtbot.keyClick(window.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    return checked(outcome)


def test_the_export_dialog_has_no_stray_ampersand(qtbot, window):
    def look(dialog):
        labels = [(label.text(), label.buddy()) for label in dialog.findChildren(QLabel)]
        dialog.reject()
        return labels

    for text, buddy in open_export(qtbot, window, look):
        if "&" in text.replace("&&", ""):
            assert buddy is not None, f"“{text}” shows its & literally"


@pytest.fixture
def forget_preset():
    """No remembered size preset before, and none left for other tests after, whatever happens."""
    from PySide6.QtCore import QSettings

    QSettings().remove(PRESET_KEY)
    yield
    QSettings().remove(PRESET_KEY)


def test_the_slide_preset_is_remembered_and_the_resolution_agrees(qtbot, window, tmp_path, forget_preset):

    def export_slide(dialog):
        assert isinstance(dialog, ExportDialog)
        dialog.preset_combo.setCurrentIndex(dialog.preset_combo.findData("slide"))
        shown = (dialog.dpi_spin.value(), dialog.size_label.text(), dialog.dpi_spin.isEnabled())
        dialog.path_edit.setText(str(tmp_path / "slide.png"))
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        return shown

    dpi, line, editable = open_export(qtbot, window, export_slide)
    assert f"at {dpi:.0f} dpi" in line, (dpi, line)
    assert line.startswith("1920 × 1080") and not editable
    assert (tmp_path / "slide.png").exists()

    def look(dialog):
        seen = (dialog.preset_combo.currentData(), dialog.width_spin.value(), dialog.dpi_spin.value(),
                dialog.size_label.text())
        dialog.preset_combo.setCurrentIndex(dialog.preset_combo.findData("map"))
        back = (dialog.dpi_spin.value(), dialog.size_label.text(), dialog.dpi_spin.isEnabled())
        dialog.reject()
        return seen, back

    (preset, width, dpi, line), (map_dpi, map_line, map_editable) = open_export(qtbot, window, look)
    assert (preset, width) == ("slide", 1920)
    assert f"at {dpi:.0f} dpi" in line
    assert (map_dpi, map_editable) == (192, True) and "at 192 dpi" in map_line, "the user's own resolution is back"


def test_the_pdf_says_when_it_was_made(qtbot, window, tmp_path):
    def export_pdf(dialog):
        dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(".pdf"))
        dialog.path_edit.setText(str(tmp_path / "report.pdf"))
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    open_export(qtbot, window, export_pdf)
    made = PdfReader(tmp_path / "report.pdf").metadata.creation_date
    assert abs(made - datetime.now(UTC)) < timedelta(minutes=5), made


@pytest.mark.parametrize("failure", ["a folder where the file goes", "an unexpected error"])
def test_a_failed_export_says_which_map_and_format(qtbot, window, tmp_path, monkeypatch, failure):
    target = tmp_path / "map.png"
    if failure == "a folder where the file goes":
        target.mkdir()
        (target / "keep.txt").write_text("mine")
    else:
        def broken(*_args, **_kwargs):
            raise RuntimeError("the renderer fell over")
        monkeypatch.setattr(export_dialog_module, "export_map", broken)
    messages = []

    def answer(box):
        messages.append(box.text())
        box.accept()

    def export_png(dialog):
        dialog.path_edit.setText(str(target))
        follow = when_modal(answer, QMessageBox)
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        checked(follow)
        still_open = dialog.isVisible()
        dialog.reject()
        return still_open

    assert open_export(qtbot, window, export_png), "the dialog stays open to try again"
    assert len(messages) == 1
    title = window.document.current_map.title
    assert f"“{title}”" in messages[0] and "PNG" in messages[0], messages[0]
    if failure == "a folder where the file goes":
        assert (target / "keep.txt").read_text() == "mine"
    else:
        assert "the renderer fell over" in messages[0]
