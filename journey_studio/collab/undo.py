"""Undo while live: a QUndoStack entry that hands undo and redo to the per-user UndoManager.

Ctrl+Z then undoes your own last change and never a colleague's, and it does not overwrite a
value someone set after you (Yjs leaves an overwritten value alone). The app's Edit menu,
History panel and modified state keep working from the same QUndoStack.
"""

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from .binding import LiveBinding


class LiveEdit(QUndoCommand):
    """One edit of the editor, made through the shared document; ``steps`` UndoManager entries long."""

    def __init__(self, binding: "LiveBinding", command: QUndoCommand):
        super().__init__(command.text())
        self._binding = binding
        self._command = command
        self._steps = 0
        self._done = False

    def redo(self) -> None:
        if not self._done:
            self._done = True
            self._steps = self._binding.apply_local(self._command)
        else:
            self._binding.redo_steps(self._steps)

    def undo(self) -> None:
        self._binding.undo_steps(self._steps)

    def retranslate(self) -> None:
        """After a switch of language: the wrapped edit's text, in the new language (``commands.retranslate_stack``)."""
        retranslate = getattr(self._command, "retranslate", None)
        if retranslate is not None:
            retranslate()
        self.setText(self._command.text())

    def id(self) -> int:
        return self._command.id()

    def mergeWith(self, other: QUndoCommand) -> bool:
        """A typing burst or a drag stays one entry: merged commands add their steps."""
        if not isinstance(other, LiveEdit) or not self._command.mergeWith(other._command):
            return False
        self._steps += other._steps
        return True
