"""The comments panel, driven as a user would: read, add, resolve, reopen and delete workshop comments."""

from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QTreeWidgetItem

from journey_studio.document import Document
from journey_studio.editor import MapEditor
from journey_studio.templates import load_template
from journey_studio.ui.comments_panel import AUTHOR_KEY, ROLE_REF, CommentsPanel
from tests.typing import type_text

OPEN_CARD, OPEN_COMMENT = "card-opp-creneau", "comment-creneau-1"
RESOLVED_CARD, RESOLVED_COMMENT = "card-irr-formulaire", "comment-formulaire-1"


@pytest.fixture
def document():
    return Document(load_template("lead-generation", "fr"))


@pytest.fixture
def panel(qtbot, document, editor):
    panel = CommentsPanel(editor)
    document.changed.connect(panel.refresh)
    panel.resize(380, 760)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def refs(panel: CommentsPanel) -> list[tuple[str, str | None]]:
    found = []
    for i in range(panel.tree.topLevelItemCount()):
        top = panel.tree.topLevelItem(i)
        found.append(tuple(top.data(0, ROLE_REF)))
        found.extend(tuple(top.child(j).data(0, ROLE_REF)) for j in range(top.childCount()))
    return found


def row(panel: CommentsPanel, ref: tuple[str, str | None]) -> QTreeWidgetItem:
    for i in range(panel.tree.topLevelItemCount()):
        top = panel.tree.topLevelItem(i)
        for item in [top, *(top.child(j) for j in range(top.childCount()))]:
            if tuple(item.data(0, ROLE_REF)) == ref:
                return item
    raise LookupError(ref)


def click(qtbot, panel: CommentsPanel, item: QTreeWidgetItem) -> None:
    panel.tree.scrollToItem(item)
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=panel.tree.visualItemRect(item).center())


def comments(document, card_id):
    return document.current_map.card(card_id).comments


def test_open_comments_are_listed_and_resolved_ones_on_demand(panel):
    assert refs(panel) == [(OPEN_CARD, None), (OPEN_CARD, OPEN_COMMENT)]
    text = row(panel, (OPEN_CARD, OPEN_COMMENT)).text(0)
    assert text.startswith("Léa (marketing) · 2026-10-08\n") and "Qui porte ce chantier" in text
    assert panel.summary_label.text() == "Open comments: 1 of 2"
    panel.show_resolved.setChecked(True)
    assert (RESOLVED_CARD, RESOLVED_COMMENT) in refs(panel)
    assert "resolved" in row(panel, (RESOLVED_CARD, RESOLVED_COMMENT)).text(0)


def test_adding_a_comment_by_typing(qtbot, panel, document):
    card_id = document.current_map.cards[0].id
    panel.show_card(card_id)
    assert panel.current_card_id() == card_id
    assert not panel.add_button.isEnabled()
    panel.author_edit.clear()
    type_text(panel.author_edit, "Théo")
    panel.text_edit.setFocus()
    type_text(panel.text_edit, "Source ? « à vérifier » 🤔")
    assert panel.add_button.isEnabled()
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    [comment] = comments(document, card_id)
    assert (comment.author, comment.text, comment.date, comment.resolved) == (
        "Théo", "Source ? « à vérifier » 🤔", date.today(), False)
    assert panel.selected_comment() == (card_id, comment.id)
    assert panel.text_edit.toPlainText() == "" and not panel.add_button.isEnabled()
    assert QSettings().value(AUTHOR_KEY) == "Théo"
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert comments(document, card_id) == [] and (card_id, comment.id) not in refs(panel)


def test_resolve_then_reopen(qtbot, panel, document):
    click(qtbot, panel, row(panel, (OPEN_CARD, OPEN_COMMENT)))
    assert panel.resolve_button.text() == "Resolve"
    qtbot.mouseClick(panel.resolve_button, Qt.MouseButton.LeftButton)
    assert comments(document, OPEN_CARD)[0].resolved
    assert (OPEN_CARD, OPEN_COMMENT) not in refs(panel)  # resolved ones are hidden
    panel.show_resolved.setChecked(True)
    click(qtbot, panel, row(panel, (OPEN_CARD, OPEN_COMMENT)))
    assert panel.resolve_button.text() == "Reopen"
    qtbot.mouseClick(panel.resolve_button, Qt.MouseButton.LeftButton)
    assert not comments(document, OPEN_CARD)[0].resolved
    assert [document.undo_stack.text(i) for i in range(document.undo_stack.count())] == [
        "Resolve comment", "Reopen comment"]


def test_delete_and_undo(qtbot, panel, document):
    click(qtbot, panel, row(panel, (OPEN_CARD, OPEN_COMMENT)))
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert comments(document, OPEN_CARD) == []
    assert panel.empty_label.isVisible() and not panel.tree.isVisible()
    document.undo_stack.undo()
    assert [c.id for c in comments(document, OPEN_CARD)] == [OPEN_COMMENT]
    assert (OPEN_CARD, OPEN_COMMENT) in refs(panel)


def test_clicking_a_comment_shows_its_card_and_aims_new_comments_at_it(qtbot, panel):
    with qtbot.waitSignal(panel.cardsActivated) as signal:
        click(qtbot, panel, row(panel, (OPEN_CARD, OPEN_COMMENT)))
    assert signal.args == [[OPEN_CARD]]
    assert panel.current_card_id() == OPEN_CARD
    assert panel.resolve_button.isEnabled() and panel.delete_button.isEnabled()
    click(qtbot, panel, row(panel, (OPEN_CARD, None)))
    assert not panel.resolve_button.isEnabled()  # a card row, not a comment


def test_another_document(qtbot, panel):
    other = MapEditor(Document(load_template("blank", "en")))
    panel.set_editor(other)
    assert refs(panel) == [] and panel.card_box.count() == 0
    assert panel.summary_label.text() == "Open comments: 0 of 0"
