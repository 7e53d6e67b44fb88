"""The inspector, driven as a user would: click into fields, type, press Enter or Tab, pick items, click buttons.

Every committed change is one undo entry that undo reverts; refused values say why under
the field and change nothing; refreshing never takes away what is being typed.
"""

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QWheelEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox, QComboBox

from journey_studio.canvas.item_kind import MapItemKind
from journey_studio.model import (
    Avatar,
    Channel,
    ConnectorKind,
    EvidenceSource,
    JourneyType,
    LaneKind,
    MapState,
    Persona,
)
from journey_studio.ui.inspector import Inspector, widgets
from journey_studio.ui.inspector.fields import TYPING_PAUSE_MS
from tests.typing import type_text
from tests.ui.driving import click, click_into, input_of, replace_text, show_active

# -- driving widgets -------------------------------------------------------------------------

def pick(qtbot, combo: QComboBox, text: str) -> None:
    """Open the combo's list with a click, walk to the item that reads ``text`` with the arrows, press Enter."""
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not among {[combo.itemText(i) for i in range(combo.count())]}"
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    qtbot.keyClick(view, Qt.Key.Key_Home)
    for _ in range(index):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not view.isVisible())
    assert combo.currentText() == text


# -- fixtures --------------------------------------------------------------------------------

@pytest.fixture
def inspector(qtbot, document, editor):
    inspector = Inspector(editor)
    document.changed.connect(inspector.refresh)
    return show_active(qtbot, inspector)


def first_card(document):
    """A copy of the first card, as it was: the model's own object changes with every edit."""
    return document.current_map.cards[0].model_copy(deep=True)


def card_with_evidence(document):
    return next(c for c in document.current_map.cards if c.evidence.last_verified is not None).model_copy(deep=True)


def copy_of(item):
    return item.model_copy(deep=True)


# -- cards -------------------------------------------------------------------------------------

def test_typing_a_title_is_one_undo_entry_and_undo_brings_it_back(qtbot, inspector, document, stack):
    card = first_card(document)
    old = card.title
    inspector.show_card(card.id)
    form = inspector.forms["card"]
    replace_text(qtbot, form.title.widget, "Étape décisive 🏃‍♀️ « vite »")
    assert document.current_map.card(card.id).title == "Étape décisive 🏃‍♀️ « vite »"
    assert stack.count() == 1
    stack.undo()
    assert document.current_map.card(card.id).title == old
    assert form.title.widget.text() == old, "refresh() after an undo shows the old value, even in the focused field"
    stack.redo()
    assert form.title.widget.text() == "Étape décisive 🏃‍♀️ « vite »"


def test_pauses_while_typing_apply_the_text_but_stay_one_undo_entry(qtbot, inspector, document, stack):
    card = first_card(document)
    inspector.show_card(card.id)
    edit = inspector.forms["card"].title.widget
    replace_text(qtbot, edit, "Com", finish=None)
    qtbot.waitUntil(lambda: document.current_map.card(card.id).title == "Com", timeout=TYPING_PAUSE_MS * 5)
    type_text(edit, "parer")
    qtbot.waitUntil(lambda: document.current_map.card(card.id).title == "Comparer", timeout=TYPING_PAUSE_MS * 5)
    type_text(edit, " les prix")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert document.current_map.card(card.id).title == "Comparer les prix"
    assert stack.count() == 1
    assert edit.text() == "Comparer les prix"
    type_text(edit, "x")  # focus moved on: typing elsewhere starts nothing here
    replace_text(qtbot, edit, "Autre titre")
    assert stack.count() == 2, "a new burst after Enter/Tab is a new undo entry"


def test_multi_line_text_keeps_its_lines_and_applies_on_leaving_the_field(qtbot, inspector, document, stack):
    card = first_card(document)
    inspector.show_card(card.id)
    body = inspector.forms["card"].body.widget
    replace_text(qtbot, body, "Première ligne", finish=None)
    qtbot.keyClick(body, Qt.Key.Key_Return)
    type_text(body, "Deuxième — ligne 👟")
    qtbot.keyClick(body, Qt.Key.Key_Tab)
    assert document.current_map.card(card.id).body == "Première ligne\nDeuxième — ligne 👟"
    assert stack.count() == 1
    assert inspector.forms["card"].channel.widget.hasFocus(), "Tab leaves the text box for the next field"


def test_no_break_spaces_survive_an_edit(qtbot, inspector, document):
    """French text is full of them (« chaussures », 5 km); editing a word must not flatten the rest."""
    card = first_card(document)
    assert "\u00a0" in card.body
    inspector.show_card(card.id)
    body = inspector.forms["card"].body.widget
    click_into(qtbot, body)
    qtbot.keyClick(body, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(body, " !")
    qtbot.keyClick(body, Qt.Key.Key_Tab)
    assert document.current_map.card(card.id).body == card.body + " !"


def test_channel_online_and_critical(qtbot, inspector, document, stack):
    card = first_card(document)
    inspector.show_card(card.id)
    form = inspector.forms["card"]
    pick(qtbot, form.channel.widget, "Store")
    assert document.current_map.card(card.id).channel is Channel.STORE
    assert form.online.widget.itemText(0) == "As the channel implies (offline)"
    pick(qtbot, form.online.widget, "Online")
    assert document.current_map.card(card.id).online is True
    pick(qtbot, form.channel.widget, "None")
    assert document.current_map.card(card.id).channel is None
    click(qtbot, form.critical.widget)
    assert document.current_map.card(card.id).critical is True
    assert stack.count() == 4
    for _ in range(4):
        stack.undo()
    restored = document.current_map.card(card.id)
    assert (restored.channel, restored.online, restored.critical) == (card.channel, card.online, card.critical)
    assert form.channel.widget.value() == card.channel
    assert form.critical.widget.isChecked() is card.critical


def test_owner_and_tags(qtbot, inspector, document, stack):
    card = first_card(document)
    inspector.show_card(card.id)
    form = inspector.forms["card"]
    replace_text(qtbot, form.owner.widget, "Équipe magasin")
    replace_text(qtbot, form.tags.widget, "prix,  conseil , ,🏷️ étiquette")
    changed = document.current_map.card(card.id)
    assert changed.owner == "Équipe magasin"
    assert changed.tags == ["prix", "conseil", "🏷️ étiquette"]
    assert stack.count() == 2
    stack.undo()
    assert document.current_map.card(card.id).tags == card.tags
    assert form.tags.widget.text() == ", ".join(card.tags)


def test_emotion_within_the_scale_is_applied_and_emptied(qtbot, inspector, document, stack):
    card = first_card(document)
    inspector.show_card(card.id)
    emotion = inspector.forms["card"].emotion.widget
    replace_text(qtbot, emotion, "-1")
    assert document.current_map.card(card.id).emotion == -1
    replace_text(qtbot, emotion, "")
    assert document.current_map.card(card.id).emotion is None
    assert stack.count() == 2
    assert inspector.error_text() == ""


def test_an_emotion_outside_the_scale_is_refused_with_a_message(qtbot, inspector, document, stack):
    card = first_card(document)
    inspector.show_card(card.id)
    form = inspector.forms["card"]
    replace_text(qtbot, form.emotion.widget, "5")
    assert document.current_map.card(card.id).emotion == card.emotion
    assert stack.count() == 0
    assert "between -2 and 2" in inspector.error_text()
    assert form.emotion.error.isVisible()
    assert form.emotion.widget.lineEdit().text() == "5", "the refused value stays for the user to fix"
    replace_text(qtbot, form.title.widget, "Autre chose")  # another field's edit refreshes the form…
    assert form.emotion.widget.lineEdit().text() == "5"  # …without erasing the refused input
    replace_text(qtbot, form.emotion.widget, "2")
    assert document.current_map.card(card.id).emotion == 2
    assert inspector.error_text() == ""
    assert not form.emotion.error.isVisible()


def test_a_refused_value_is_forgotten_when_the_selection_moves_on(qtbot, inspector, document):
    card = first_card(document)
    inspector.show_card(card.id)
    replace_text(qtbot, inspector.forms["card"].emotion.widget, "9")
    assert inspector.error_text()
    inspector.show_stage(document.current_map.stages[0].id)
    assert inspector.error_text() == ""
    inspector.show_card(card.id)
    assert inspector.error_text() == ""
    assert inspector.forms["card"].emotion.widget.lineEdit().text() == ""
    assert document.current_map.card(card.id).emotion == card.emotion


def test_arrows_stay_within_the_scale(qtbot, inspector, document):
    card = first_card(document)
    inspector.show_card(card.id)
    emotion = inspector.forms["card"].emotion.widget
    click_into(qtbot, emotion)
    for _ in range(6):
        qtbot.keyClick(emotion, Qt.Key.Key_Up)
    assert emotion.lineEdit().text() == "2"
    qtbot.keyClick(emotion, Qt.Key.Key_Tab)
    assert document.current_map.card(card.id).emotion == 2
    assert document.undo_stack.count() == 1, "a run of arrow steps is one undo entry"


def test_not_a_number_is_refused(qtbot, inspector, document, stack):
    card = first_card(document)
    inspector.show_card(card.id)
    replace_text(qtbot, inspector.forms["card"].emotion.widget, "1.2.3")
    assert "not a number" in inspector.error_text()
    assert stack.count() == 0


def test_colour_choose_and_reset_to_the_stage_colour(qtbot, inspector, document, stack, monkeypatch):
    card = first_card(document)
    inspector.show_card(card.id)
    picker = inspector.forms["card"].colour.widget
    monkeypatch.setattr(widgets, "ask_colour", lambda initial, parent, title: QColor("#12ab56"))
    click(qtbot, picker.button)
    assert document.current_map.card(card.id).colour == "#12AB56"
    assert picker.button.text() == "#12AB56"
    click(qtbot, picker.reset_button)
    assert document.current_map.card(card.id).colour is None
    assert picker.button.text() == "Stage colour"
    monkeypatch.setattr(widgets, "ask_colour", lambda initial, parent, title: None)
    click(qtbot, picker.button)  # cancelled: nothing happens
    assert stack.count() == 2
    stack.undo()
    assert picker.button.text() == "#12AB56"


def test_evidence_source_reference_and_verification_date(qtbot, inspector, document, stack):
    card = card_with_evidence(document)
    inspector.show_card(card.id)
    form = inspector.forms["card"]
    pick(qtbot, form.source.widget, "Interviews")
    replace_text(qtbot, form.reference.widget, "Entretiens n°4 – été")
    click(qtbot, form.verified.widget.clear_button)
    evidence = document.current_map.card(card.id).evidence
    assert evidence.source is EvidenceSource.INTERVIEW
    assert evidence.reference == "Entretiens n°4 – été"
    assert evidence.last_verified is None
    assert form.verified.widget.date_edit.text() == "Not verified"
    click(qtbot, form.verified.widget.today_button)
    assert document.current_map.card(card.id).evidence.last_verified == date.today()
    assert stack.count() == 4
    stack.undo()
    stack.undo()
    assert form.verified.widget.python_date() == card.evidence.last_verified


def test_typing_a_verification_date(qtbot, inspector, document):
    card = card_with_evidence(document)
    inspector.show_card(card.id)
    edit = inspector.forms["card"].verified.widget.date_edit
    edit.setDisplayFormat("yyyy-MM-dd")
    inspector.forms["card"].reference.widget.setFocus()
    qtbot.keyClick(inspector.forms["card"].reference.widget, Qt.Key.Key_Tab)  # Tab selects the first section
    assert edit.hasFocus()
    qtbot.keyClicks(edit, "2025")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert document.current_map.card(card.id).evidence.last_verified.year == 2025
    assert document.undo_stack.count() == 1


# -- refresh, selection, deletion --------------------------------------------------------------

def test_refresh_keeps_what_is_being_typed_and_the_cursor(qtbot, inspector, document, editor):
    card = first_card(document)
    inspector.show_card(card.id)
    form = inspector.forms["card"]
    edit = form.title.widget
    replace_text(qtbot, edit, "En cours de fr", finish=None)
    edit.setCursorPosition(3)
    editor.set_card(card.id, {"owner": "Équipe web"})  # an edit from elsewhere (the canvas)
    assert form.owner.widget.text() == "Équipe web"
    assert edit.text() == "En cours de fr"
    assert edit.cursorPosition() == 3
    assert edit.hasFocus()


def test_an_external_change_of_the_field_being_typed_wins(qtbot, inspector, document, editor):
    """An undo (or a canvas edit) of that very value shows the model: it is what the user asked for last."""
    card = first_card(document)
    inspector.show_card(card.id)
    edit = inspector.forms["card"].title.widget
    replace_text(qtbot, edit, "Brouillon", finish=None)
    editor.set_card(card.id, {"title": "Renommé sur la carte"})
    assert edit.text() == "Renommé sur la carte"


def test_selecting_another_card_applies_the_typing_to_the_first(qtbot, inspector, document, stack):
    first, second = map(copy_of, document.current_map.cards[:2])
    inspector.show_card(first.id)
    replace_text(qtbot, inspector.forms["card"].title.widget, "Gardé", finish=None)
    inspector.show_card(second.id)
    assert document.current_map.card(first.id).title == "Gardé"
    assert document.current_map.card(second.id).title == second.title
    assert inspector.forms["card"].title.widget.text() == second.title
    assert stack.count() == 1


def test_showing_the_same_card_again_keeps_the_focus(qtbot, inspector, document):
    card = first_card(document)
    inspector.show_card(card.id)
    edit = inspector.forms["card"].title.widget
    replace_text(qtbot, edit, "Tapé", finish=None)
    inspector.show_card(card.id)  # the canvas re-announces its selection after a change
    assert edit.hasFocus()
    assert edit.text() == "Tapé"


def test_a_deleted_card_leaves_nothing_to_edit_and_undo_restores_it(qtbot, inspector, document, editor):
    card = first_card(document)
    inspector.show_card(card.id)
    editor.remove_cards([card.id])
    assert inspector.current_kind() == ""
    inspector.show_card(card.id)
    assert inspector.current_kind() == ""
    document.undo_stack.undo()
    inspector.show_card(card.id)
    assert inspector.current_kind() == "card"
    assert inspector.forms["card"].title.widget.text() == card.title


def test_show_selection_follows_the_map_controller_kinds(inspector, document):
    m = document.current_map
    inspector.show_selection(MapItemKind.CARD, m.cards[0].id)
    assert (inspector.current_kind(), inspector.current_id()) == ("card", m.cards[0].id)
    inspector.show_selection(MapItemKind.MAP, "")
    assert inspector.current_kind() == "map"
    inspector.show_nothing()
    assert inspector.current_kind() == ""


def test_map_properties_button_on_the_empty_page(qtbot, inspector):
    inspector.show_nothing()
    click(qtbot, inspector._nothing.map_button)
    assert inspector.current_kind() == "map"


def test_the_wheel_over_an_unfocused_combo_does_not_change_it(qtbot, inspector, document, stack):
    card = first_card(document)
    inspector.show_card(card.id)
    combo = inspector.forms["card"].channel.widget
    assert not combo.hasFocus()
    centre = QPointF(combo.width() / 2, combo.height() / 2)
    wheel = QWheelEvent(centre, combo.mapToGlobal(centre), QPoint(), QPoint(0, -120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(combo, wheel)
    assert combo.value() == card.channel
    assert stack.count() == 0


# -- stages ------------------------------------------------------------------------------------

def test_stage_fields(qtbot, inspector, document, stack, monkeypatch):
    stage = copy_of(document.current_map.stages[0])
    inspector.show_stage(stage.id)
    form = inspector.forms["stage"]
    replace_text(qtbot, form.name.widget, "Réflexion 💭")
    replace_text(qtbot, form.description.widget, "Elle hésite…", finish=Qt.Key.Key_Tab)
    replace_text(qtbot, form.goal.widget, "Savoir quoi acheter")
    pick(qtbot, form.icon.widget, "Star")
    monkeypatch.setattr(widgets, "ask_colour", lambda initial, parent, title: QColor("#abcdef"))
    click(qtbot, form.colour.widget.button)
    replace_text(qtbot, form.width.widget, "400")
    changed = document.current_map.stage(stage.id)
    assert (changed.name, changed.description, changed.customer_goal, changed.icon, changed.colour, changed.width) == (
        "Réflexion 💭", "Elle hésite…", "Savoir quoi acheter", "star", "#ABCDEF", 400)
    assert stack.count() == 6
    while stack.canUndo():
        stack.undo()
    assert document.current_map.stage(stage.id) == stage
    assert form.name.widget.text() == stage.name
    assert form.icon.widget.value() == stage.icon


def test_a_stage_width_of_5_is_refused(qtbot, inspector, document, stack):
    stage = copy_of(document.current_map.stages[0])
    inspector.show_stage(stage.id)
    replace_text(qtbot, inspector.forms["stage"].width.widget, "5")
    assert "between 120 and 2000" in inspector.error_text()
    assert document.current_map.stage(stage.id).width == stage.width
    assert stack.count() == 0


def test_stage_metrics(qtbot, inspector, document, stack):
    stage = copy_of(document.current_map.stages[-1])
    inspector.show_stage(stage.id)
    form = inspector.forms["stage"]
    replace_text(qtbot, form.entered.widget, "")
    replace_text(qtbot, form.completed.widget, "")
    replace_text(qtbot, form.rate.widget, "45")
    metrics = document.current_map.stage(stage.id).metrics
    assert (metrics.entered, metrics.completed, metrics.completion_rate) == (None, None, 0.45)
    replace_text(qtbot, form.entered.widget, "1000")
    replace_text(qtbot, form.completed.widget, "250")
    metrics = document.current_map.stage(stage.id).metrics
    assert (metrics.entered, metrics.completed) == (1000, 250)
    assert form.rate_note.isVisible() and "25" in form.rate_note.text()
    assert inspector.error_text() == ""


def test_a_completion_rate_of_150_percent_is_refused(qtbot, inspector, document, stack):
    stage = copy_of(document.current_map.stages[0])
    inspector.show_stage(stage.id)
    replace_text(qtbot, inspector.forms["stage"].rate.widget, "150")
    assert "between 0 and 100 %" in inspector.error_text()
    assert document.current_map.stage(stage.id).metrics == stage.metrics
    assert stack.count() == 0


def test_more_completions_than_entries_is_refused(qtbot, inspector, document, stack):
    stage = copy_of(document.current_map.stages[0])
    inspector.show_stage(stage.id)
    replace_text(qtbot, inspector.forms["stage"].completed.widget, str(stage.metrics.entered + 1))
    assert "than enter it" in inspector.error_text()
    assert stack.count() == 0


def test_a_fractional_count_is_refused(qtbot, inspector, document, stack):
    stage = copy_of(document.current_map.stages[0])
    inspector.show_stage(stage.id)
    replace_text(qtbot, inspector.forms["stage"].entered.widget, "10.5")
    assert "whole number" in inspector.error_text()
    assert stack.count() == 0


# -- lanes -------------------------------------------------------------------------------------

def test_lane_fields(qtbot, inspector, document, stack):
    lane = copy_of(document.current_map.lanes[0])
    inspector.show_lane(lane.id)
    form = inspector.forms["lane"]
    replace_text(qtbot, form.title.widget, "Ce qu’elle fait")
    pick(qtbot, form.lane_kind.widget, "Pain points")
    replace_text(qtbot, form.height.widget, "200")
    click(qtbot, form.visible.widget)
    changed = document.current_map.lane(lane.id)
    assert (changed.title, changed.kind, changed.height, changed.visible) == (
        "Ce qu’elle fait", LaneKind.PAIN_POINTS, 200, not lane.visible)
    assert stack.count() == 4
    while stack.canUndo():
        stack.undo()
    assert document.current_map.lane(lane.id) == lane
    assert form.visible.widget.isChecked() == lane.visible


def test_a_lane_height_below_the_minimum_is_refused(qtbot, inspector, document, stack):
    lane = copy_of(document.current_map.lanes[0])
    inspector.show_lane(lane.id)
    replace_text(qtbot, inspector.forms["lane"].height.widget, "10")
    assert "between 40 and 2000" in inspector.error_text()
    assert stack.count() == 0


# -- emotion points and arrows ---------------------------------------------------------------

def test_emotion_point_fields(qtbot, inspector, document, stack):
    m = document.current_map
    point = copy_of(m.emotion_points[0])
    other_stage_card = next(c for c in m.cards if c.stage_id != point.stage_id)
    inspector.show_emotion_point(point.id)
    form = inspector.forms["emotion"]
    replace_text(qtbot, form.label.widget, "Soulagée 😌")
    replace_text(qtbot, form.score.widget, "-1.5")
    pick(qtbot, form.persona.widget, "None")
    stage_name = m.stage(other_stage_card.stage_id).name
    pick(qtbot, form.card.widget, f"{stage_name} › {other_stage_card.title}")
    changed = next(p for p in document.current_map.emotion_points if p.id == point.id)
    assert (changed.label, changed.score, changed.persona_id) == ("Soulagée 😌", -1.5, None)
    assert (changed.card_id, changed.stage_id) == (other_stage_card.id, other_stage_card.stage_id)
    assert stack.count() == 4
    while stack.canUndo():
        stack.undo()
    assert document.current_map.emotion_points[0] == point


def test_an_emotion_score_outside_the_scale_is_refused(qtbot, inspector, document, stack):
    point = copy_of(document.current_map.emotion_points[0])
    inspector.show_emotion_point(point.id)
    replace_text(qtbot, inspector.forms["emotion"].score.widget, "3")
    assert "between -2 and 2" in inspector.error_text()
    replace_text(qtbot, inspector.forms["emotion"].score.widget, "")
    assert "Enter a number" in inspector.error_text()
    assert stack.count() == 0


def test_connector_fields(qtbot, inspector, document, stack):
    connector = copy_of(document.current_map.connectors[0])
    inspector.show_connector(connector.id)
    form = inspector.forms["connector"]
    assert "From “" in form.ends.text()
    pick(qtbot, form.connector_kind.widget, "Goes back")
    replace_text(qtbot, form.label.widget, "revient comparer ↩")
    changed = document.current_map.connectors[0]
    assert (changed.kind, changed.label) == (ConnectorKind.BACK, "revient comparer ↩")
    assert stack.count() == 2
    stack.undo()
    stack.undo()
    assert document.current_map.connectors[0] == connector
    assert form.label.widget.text() == connector.label


# -- the map -----------------------------------------------------------------------------------

def test_map_fields(qtbot, inspector, document, stack):
    m = document.current_map
    before = m.model_copy(deep=True)
    inspector.show_map()
    form = inspector.forms["map"]
    replace_text(qtbot, form.title.widget, "Premières chaussures — version 2 ✨")
    pick(qtbot, form.journey_type.widget, "Loyalty")
    pick(qtbot, form.purchase_pattern.widget, "Impulse")
    pick(qtbot, form.state.widget, "Future state (to be)")
    replace_text(qtbot, form.scenario.widget, "Julie revient", finish=Qt.Key.Key_Return)
    type_text(form.scenario.widget, "avant l’été.")
    qtbot.keyClick(form.scenario.widget, Qt.Key.Key_Tab)
    m = document.current_map
    assert m.title == "Premières chaussures — version 2 ✨"
    assert (m.journey_type, m.purchase_pattern.value, m.state) == (JourneyType.LOYALTY, "impulse", MapState.FUTURE)
    assert m.scenario == "Julie revient\navant l’été."
    assert stack.count() == 5
    while stack.canUndo():
        stack.undo()
    assert document.current_map == before
    assert form.title.widget.text() == before.title


@pytest.fixture
def two_personas(document):
    """A second persona in the workspace, not on the map (added to the model directly: set-up, not an edit)."""
    document.workspace.personas.append(Persona(id="persona-marc", name="Marc", avatar=Avatar(emoji="🚴")))
    return document.current_map.persona_ids[0], "persona-marc"


def test_personas_attached_to_the_map(qtbot, inspector, document, stack, two_personas):
    julie, marc = two_personas
    inspector.show_map()
    personas = inspector.forms["map"].personas.widget
    assert [personas.item(i).text() for i in range(personas.count())][1] == "🚴 Marc"
    rect = personas.visualItemRect(personas.item(1))
    # the check box sits at the start of the row
    qtbot.mouseClick(personas.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.left() + 10, rect.center().y()))
    assert document.current_map.persona_ids == [julie, marc]
    personas.set_checked(julie, False)
    assert document.current_map.persona_ids == [marc]
    assert stack.count() == 2
    stack.undo()
    assert personas.checked_values() == [julie, marc]
    stack.undo()
    assert personas.checked_values() == [julie]


def test_emotion_scale(qtbot, inspector, document, stack):
    inspector.show_map()
    form = inspector.forms["map"]
    replace_text(qtbot, form.scale_max.widget, "-2")
    assert "must be below the highest" in inspector.error_text()
    replace_text(qtbot, form.scale_max.widget, "1")
    assert "would fall outside" in inspector.error_text()
    assert stack.count() == 0
    replace_text(qtbot, form.scale_max.widget, "5")
    replace_text(qtbot, form.scale_min.widget, "-5")
    scale = document.current_map.emotion_scale
    assert (scale.minimum, scale.maximum) == (-5, 5)
    assert inspector.error_text() == ""
    assert stack.count() == 2


def test_a_new_scale_bounds_the_card_emotion_field(qtbot, inspector, document, editor):
    editor.set_map({"emotion_scale": {"minimum": -5, "maximum": 5}})
    card = first_card(document)
    inspector.show_card(card.id)
    replace_text(qtbot, inspector.forms["card"].emotion.widget, "4")
    assert document.current_map.card(card.id).emotion == 4


# -- accessibility and keyboard ----------------------------------------------------------------

@pytest.mark.parametrize("kind", ["card", "stage", "lane", "emotion", "connector", "map"])
def test_every_input_has_an_accessible_name_and_every_button_a_tooltip(inspector, document, kind):
    m = document.current_map
    ids = {"card": m.cards[0].id, "stage": m.stages[0].id, "lane": m.lanes[0].id,
           "emotion": m.emotion_points[0].id, "connector": m.connectors[0].id, "map": ""}
    inspector.show_selection(kind, ids[kind])
    form = inspector.forms[kind]
    for binding in form.bindings:
        assert binding.focus_widget().accessibleName(), binding.focus_widget()
    for button in form.findChildren(QAbstractButton):
        if not isinstance(button, QCheckBox):
            assert button.toolTip(), button.text()


@pytest.mark.parametrize("kind", ["card", "stage", "lane", "emotion", "connector", "map"])
def test_tab_walks_the_fields_from_top_to_bottom(qtbot, inspector, document, kind):
    m = document.current_map
    ids = {"card": m.cards[0].id, "stage": m.stages[0].id, "lane": m.lanes[0].id,
           "emotion": m.emotion_points[0].id, "connector": m.connectors[0].id, "map": ""}
    inspector.show_selection(kind, ids[kind])
    form = inspector.forms[kind]
    first = input_of(form.bindings[0].focus_widget())
    click_into(qtbot, first)
    tops = []
    for _ in range(len(form.bindings) * 3):
        widget = QApplication.focusWidget()
        if widget is None or not form.isAncestorOf(widget):
            break
        tops.append(widget.mapTo(form, QPoint(0, 0)).y())
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert len(tops) >= len(form.bindings)
    assert tops == sorted(tops), "Tab goes down the form"


def test_focus_chain_reaches_every_field(qtbot, inspector, document):
    inspector.show_card(first_card(document).id)
    form = inspector.forms["card"]
    reached = set()
    widget = input_of(form.title.widget)
    click_into(qtbot, widget)
    for _ in range(40):
        focused = QApplication.focusWidget()
        reached.add(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    missing = [b.focus_widget().accessibleName() for b in form.bindings
               if not any(r is b.focus_widget() or b.focus_widget().isAncestorOf(r) for r in reached if r)]
    assert not missing
