"""The business context dialog: OK applies the three factors as one undo entry, Cancel changes nothing."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from journey_studio.ui.business_context_dialog import BusinessContextDialog
from journey_studio.ui.inspector.widgets import plain_text
from tests.typing import type_text


def replace_text(qtbot, edit, text: str) -> None:
    qtbot.mouseClick(edit.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(edit, text)


@pytest.fixture
def dialog(qtbot, editor):
    dialog = BusinessContextDialog(editor)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def button(dialog, which):
    return dialog.buttons.button(which)


def test_it_opens_with_the_current_context(dialog, document):
    context = document.workspace.business_context
    assert plain_text(dialog.goals) == "\n".join(context.company_goals)
    assert plain_text(dialog.market) == context.market
    assert plain_text(dialog.expectations) == "\n".join(context.customer_expectations)


def test_ok_applies_all_three_as_one_undo_entry(qtbot, dialog, document):
    before = document.workspace.business_context.model_copy(deep=True)
    replace_text(qtbot, dialog.goals, "Conversion des débutants : 2,5 %\n\nMoins de retours 📦 ")
    replace_text(qtbot, dialog.market, "Très concurrentiel ;\nmarges « serrées »")
    replace_text(qtbot, dialog.expectations, "Conseils simples")
    qtbot.mouseClick(button(dialog, QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    context = document.workspace.business_context
    assert context.company_goals == ["Conversion des débutants : 2,5 %", "Moins de retours 📦"]
    assert context.market == "Très concurrentiel ;\nmarges « serrées »"
    assert context.customer_expectations == ["Conseils simples"]
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.workspace.business_context == before


def test_cancel_changes_nothing(qtbot, dialog, document):
    before = document.workspace.business_context.model_copy(deep=True)
    replace_text(qtbot, dialog.market, "Autre chose")
    qtbot.mouseClick(button(dialog, QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert document.workspace.business_context == before
    assert document.undo_stack.count() == 0


def test_ok_without_changes_adds_no_undo_entry(qtbot, dialog, document):
    qtbot.mouseClick(button(dialog, QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert document.undo_stack.count() == 0


def test_untouched_fields_are_not_rewritten(qtbot, editor, document):
    """A no-break space or stray blank in the file must not be "changed" by merely opening and saving."""
    editor.set_business_context({"market": "Marché\u00a0: sport  "})
    dialog = BusinessContextDialog(editor)
    qtbot.addWidget(dialog)
    replace_text(qtbot, dialog.goals, "Un seul objectif")
    dialog.accept()
    assert document.workspace.business_context.market == "Marché\u00a0: sport  "
    assert document.undo_stack.count() == 2


def test_an_overlong_line_is_refused_and_the_dialog_stays_open(qtbot, dialog, document):
    before = document.workspace.business_context.model_copy(deep=True)
    dialog.expectations.setPlainText("Courte\n" + "x" * 501)
    qtbot.mouseClick(button(dialog, QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "Line 2 of the expectations" in dialog.error_text()
    assert document.workspace.business_context == before
    assert document.undo_stack.count() == 0


def test_fields_have_names_buttons_tooltips_and_tab_moves_on(qtbot, dialog):
    for edit in (dialog.goals, dialog.market, dialog.expectations):
        assert edit.accessibleName()
    for which in (QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel):
        assert button(dialog, which).toolTip()
    dialog.activateWindow()
    dialog.goals.setFocus()
    qtbot.waitUntil(dialog.goals.hasFocus)
    qtbot.keyClick(dialog.goals, Qt.Key.Key_Tab)
    assert dialog.market.hasFocus()
    qtbot.keyClick(dialog.market, Qt.Key.Key_Tab)
    assert dialog.expectations.hasFocus()
