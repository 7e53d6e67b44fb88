"""French, whole (issue 15): undo entries, refusals, drop-downs and titles speak the language chosen,
and follow a live switch there and back. Driven through the window: keys, menus, the Language menu."""

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu, QUndoView

from journey_studio import i18n
from journey_studio.document import Document
from journey_studio.editor import InvalidEdit
from journey_studio.model import Channel
from journey_studio.templates import new_from_template
from journey_studio.ui.main_window import MainWindow

NBSP = "\u00a0"


@pytest.fixture
def window(qtbot, english):
    window = MainWindow(Document(new_from_template("running-shoes", "fr")))
    window.resize(1400, 900)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


def pick_language(window, name: str) -> None:
    """View ▸ Language ▸ ``name``, as a user picks it."""
    view_menu = window.menuBar().actions()[3].menu()
    language = next(a.menu() for a in view_menu.actions()
                    if a.menu() is not None and a.menu().objectName() == "languageMenu")
    next(action for action in language.actions() if action.text() == name).trigger()


def edit_menu_texts(window) -> list[str]:
    edit_menu = window.menuBar().actions()[1].menu()
    return [action.text() for action in edit_menu.actions()[:2]]


def history_texts(window) -> list[str]:
    view = window.findChild(QUndoView)
    model = view.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def add_stage_by_keys(qtbot, window) -> None:
    """Ctrl+Alt+S adds a stage and opens its name for typing; Enter keeps the proposed name."""
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(QApplication.focusWidget() or window.view, Qt.Key.Key_Return)


def test_undo_texts_are_french_and_follow_a_switch_there_and_back(qtbot, window):
    edits = []
    window.document.changed.connect(lambda: edits.append(1))
    pick_language(window, "Français")
    qtbot.waitUntil(lambda: window.menuBar().actions()[1].text() == "&Édition")
    add_stage_by_keys(qtbot, window)
    card = window.document.current_map.cards[0]
    window.editor.set_card(card.id, {"title": "Comparer les prix"})  # as the inspector's title field does
    assert edit_menu_texts(window)[0] == f"&Annuler{NBSP}: Modifier la fiche"
    assert "Ajouter une étape" in history_texts(window)
    qtbot.waitUntil(lambda: history_texts(window)[0] == "<vide>")  # Qt's own words follow too
    shown = edit_menu_texts(window) + history_texts(window)
    assert not any("Edit card" in text or "Add stage" in text for text in shown)

    edits.clear()
    pick_language(window, "English")
    qtbot.waitUntil(lambda: edit_menu_texts(window)[0] == "&Undo Edit card")
    qtbot.wait(50)
    assert edits == [], "a switch of language is not an edit: the map is not refreshed, nothing is autosaved"
    assert "Add stage" in history_texts(window) and history_texts(window)[0] == "<empty>"
    assert not any("fiche" in text or "étape" in text for text in history_texts(window))
    window.undo_action.trigger()
    assert edit_menu_texts(window) == ["&Undo Add stage", "&Redo Edit card"]

    pick_language(window, "Français")
    qtbot.waitUntil(lambda: edit_menu_texts(window)[1] == f"&Rétablir{NBSP}: Modifier la fiche")
    assert edit_menu_texts(window)[0] == f"&Annuler{NBSP}: Ajouter une étape"


def test_plural_undo_texts_use_the_right_form(qtbot, window):
    pick_language(window, "Français")
    qtbot.waitUntil(lambda: window.menuBar().actions()[1].text() == "&Édition")
    cards = window.document.current_map.cards
    window.editor.remove_cards([cards[0].id])
    assert edit_menu_texts(window)[0] == f"&Annuler{NBSP}: Supprimer 1 fiche"
    window.editor.remove_cards([cards[1].id, cards[2].id])
    assert edit_menu_texts(window)[0] == f"&Annuler{NBSP}: Supprimer 2 fiches"
    pick_language(window, "English")
    qtbot.waitUntil(lambda: edit_menu_texts(window)[0] == "&Undo Delete 2 cards")
    window.undo_action.trigger()
    assert edit_menu_texts(window)[0] == "&Undo Delete 1 card"


def test_a_refused_edit_is_explained_in_the_language_shown(qtbot, window):
    point = window.document.current_map.emotion_points[0]
    pick_language(window, "Français")
    with pytest.raises(InvalidEdit) as refused:
        window.editor.set_emotion_point(point.id, {"score": 7})
    assert str(refused.value) == "le score doit être compris entre -2 et 2"
    with pytest.raises(InvalidEdit) as refused_field:
        window.editor.set_stage(window.document.current_map.stages[0].id, {"colour": "red"})
    assert str(refused_field.value).startswith(f"couleur{NBSP}: ")
    pick_language(window, "English")
    assert str(refused.value) == "the score must be between -2 and 2"  # translated when shown


def test_the_inspector_drop_downs_follow_the_switch(qtbot, window):
    card = window.document.current_map.cards[0]
    window.scene.select_cards([card.id])
    combo = window.inspector.forms["card"].channel_combo
    index = next(i for i in range(combo.count()) if combo.itemText(i) == "Store")
    pick_language(window, "Français")
    qtbot.waitUntil(lambda: combo.itemText(index) == "Magasin")
    kinds = window.inspector.forms["lane"].kind_combo
    assert "Irritants" in [kinds.itemText(i) for i in range(kinds.count())]
    pick_language(window, "English")
    qtbot.waitUntil(lambda: combo.itemText(index) == "Store")
    assert combo.findText("Store") == index
    combo.setCurrentIndex(index)
    assert combo.value() is Channel.STORE


def test_the_window_title_has_single_plain_spaces(window):
    title = window.windowTitle()
    assert "Chaussures de course : parcours" in title
    assert NBSP not in title and "  " not in title


def test_new_items_are_named_in_the_maps_language_whatever_the_interface_speaks(qtbot, window):
    """The map is French, the interface English: a new card and stage are French, like the rest of the map."""
    m = window.document.current_map
    before = {card.id for card in m.cards}
    window.view.setFocus()
    window.window_actions.add_card.trigger()
    qtbot.keyClick(QApplication.focusWidget() or window.view, Qt.Key.Key_Return)
    [new_card] = [card for card in window.document.current_map.cards if card.id not in before]
    assert new_card.title == "Nouvelle fiche"
    window.window_actions.add_stage.trigger()
    qtbot.keyClick(QApplication.focusWidget() or window.view, Qt.Key.Key_Return)
    assert window.document.current_map.stages[-1].name == "Nouvelle étape"
    assert edit_menu_texts(window)[0] == "&Undo Add stage"


def accelerator_clashes(menu, path: str = "") -> list[str]:
    """Letters that Alt+letter would give to two entries of one menu (its submenus included)."""
    letters: dict[str, list[str]] = {}
    clashes = []
    for action in menu.actions():
        text = action.text().replace("&&", "")
        found = re.search(r"&(\w)", text)
        if found:
            letters.setdefault(found.group(1).casefold(), []).append(text)
        if action.menu() is not None:
            clashes += accelerator_clashes(action.menu(), f"{path} ▸ {text}")
    return clashes + [f"{path}: {letter} in {texts}" for letter, texts in letters.items() if len(texts) > 1]


def test_each_french_menu_gives_every_letter_to_one_entry(qtbot, window):
    pick_language(window, "Français")
    qtbot.waitUntil(lambda: window.menuBar().actions()[1].text() == "&Édition")
    clashes = [c for action in window.menuBar().actions() for c in accelerator_clashes(action.menu(), action.text())]
    assert not clashes, "\n".join(clashes)
    fake = QMenu()  # the check must be able to fail
    fake.addAction("&Enregistrer")
    fake.addAction("&Exporter…")
    assert accelerator_clashes(fake, "Fichier") == ["Fichier: e in ['&Enregistrer', '&Exporter…']"]


def test_counts_agree_with_their_number_in_french(qtbot, window):
    """« 1 résultat », « 2 résultats »: Qt's numerus forms, not « 1 résultat(s) »."""
    pick_language(window, "Français")
    qtbot.waitUntil(lambda: window.menuBar().actions()[1].text() == "&Édition")
    window.window_actions.find.trigger()
    bar = window.find_bar
    qtbot.waitUntil(bar.edit.hasFocus)
    title = window.document.current_map.cards[0].title
    qtbot.keyClicks(bar.edit, title)
    qtbot.waitUntil(lambda: bar.count_label.text() in ("1 résultat", "1 / 1"))
    bar.set_matches(0, 1)
    assert bar.count_label.text() == "1 résultat"
    bar.set_matches(0, 2)
    assert bar.count_label.text() == "2 résultats"
    pick_language(window, "English")  # a plural already shown follows the switch
    assert bar.count_label.text() == "2 found"


def test_the_personas_and_review_choices_follow_the_switch(qtbot, window):
    channels = window.personas_panel.form.channels_list
    sources = window.review_panel.source_box

    def names(widget) -> list[str]:
        return [widget.item(i).text() for i in range(widget.count())]

    assert "Store" in names(channels) and sources.itemText(0) == "Same source as before"
    pick_language(window, "Français")
    qtbot.waitUntil(lambda: "Magasin" in names(channels))
    assert sources.itemText(0) != "Same source as before" and "Analytique web" in [
        sources.itemText(i) for i in range(sources.count())]
    pick_language(window, "English")
    qtbot.waitUntil(lambda: "Store" in names(channels) and sources.itemText(0) == "Same source as before")


def test_live_session_undo_entries_follow_the_switch_too(english):
    """While live, the stack holds LiveEdit wrappers; they take their wrapped edit's new text."""
    from PySide6.QtGui import QUndoStack

    from journey_studio.collab.undo import LiveEdit
    from journey_studio.commands import SetFields, Target, retranslate_stack
    from journey_studio.editor import tr as editor_text

    class Binding:  # the shared document is not what this checks: an edit that applies in one step
        def apply_local(self, command) -> int:
            command.redo()
            return 1

    workspace = new_from_template("blank", "fr")
    stack = QUndoStack()
    target = Target(map_id=workspace.maps[0].id)
    stack.push(LiveEdit(Binding(), SetFields(workspace, target, {"title": "Atelier"}, editor_text("Edit map"))))
    assert stack.undoText() == "Edit map"
    i18n.install_translators(english, "fr")
    retranslate_stack(stack)
    assert stack.undoText() == "Modifier le parcours"
