"""Edit ▸ Undo and Redo, saying what they undo in the language shown now.

Qt's ``QUndoGroup.createUndoAction`` fixes its "Undo" prefix when the action is made, so after a
switch of language the menu went on reading "&Annuler …" (or "&Undo …"). These actions word their
text each time, and :meth:`UndoActions.retranslate` puts every entry of the stacks into the new
language too (the entries keep their translatable source, see ``commands.base``).
"""

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QUndoGroup
from PySide6.QtWidgets import QUndoView, QWidget

from ..commands import retranslate_stack


def tr(text: str) -> str:
    return QCoreApplication.translate("UndoActions", text)


class UndoActions(QObject):
    """The two actions of ``group``; they follow the language of ``window`` (its LanguageChange events)."""

    def __init__(self, group: QUndoGroup, window: QObject):
        super().__init__(window)
        self._group = group
        self.undo = QAction(window)
        self.redo = QAction(window)
        self.undo.setObjectName("undoAction")
        self.redo.setObjectName("redoAction")
        self.undo.triggered.connect(group.undo)
        self.redo.triggered.connect(group.redo)
        group.canUndoChanged.connect(self.undo.setEnabled)
        group.canRedoChanged.connect(self.redo.setEnabled)
        group.undoTextChanged.connect(lambda _text: self._word())
        group.redoTextChanged.connect(lambda _text: self._word())
        group.activeStackChanged.connect(lambda _stack: self._word())
        window.installEventFilter(self)
        self._word()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        """After a switch of language: every entry of every stack, the two actions, and the History."""
        for stack in self._group.stacks():
            retranslate_stack(stack)
        self._word()
        window = self.parent()
        if isinstance(window, QWidget):
            for view in window.findChildren(QUndoView):
                # Qt names the first row once, from its own catalogue; the entries are read as it paints.
                view.setEmptyLabel(QCoreApplication.translate("QUndoModel", "<empty>"))  # dynamic translation
                view.viewport().update()

    def _word(self) -> None:
        undo, redo = self._group.undoText(), self._group.redoText()
        self.undo.setText(tr("&Undo {action}").format(action=undo) if undo else tr("&Undo"))
        self.redo.setText(tr("&Redo {action}").format(action=redo) if redo else tr("&Redo"))
        self.undo.setEnabled(self._group.canUndo())
        self.redo.setEnabled(self._group.canRedo())
