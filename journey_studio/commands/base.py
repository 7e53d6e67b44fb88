"""The undo commands every edit is made of. They change the model only; views follow the document.

Three shapes cover every edit: set fields of one object, insert items at
indexes, remove items (remembering their indexes so undo puts them back in
place), plus moving one item within its list. A gesture that changes several
things is one macro of these (see ``editor.MapEditor``).
"""

import copy
from collections.abc import Sequence
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack

from ..model import Workspace
from ..translatable import TranslatableText
from .target import Collection, Target

Text = str | TranslatableText
"""An undo entry's text: translatable (``editor.tr``), or empty for a part of a macro."""


class _Retranslatable:
    """Keeps the text's source so the entry can be shown again in another language."""

    _source_text: Text

    def _keep_text(self, text: Text) -> None:
        self._source_text = text

    def retranslate(self) -> None:
        self.setText(str(self._source_text))  # type: ignore[attr-defined]


def retranslate_stack(stack: QUndoStack) -> None:
    """Put every entry of ``stack`` into the installed language, and tell the Edit menu."""
    for index in range(stack.count()):
        retranslate = getattr(stack.command(index), "retranslate", None)  # ours, or a wrapper of ours
        if retranslate is not None:
            retranslate()
    # Qt has no signal for a changed text: re-emit the ones the undo actions follow (not indexChanged,
    # which the document takes for an edit; a QUndoView reads the texts when it repaints).
    stack.undoTextChanged.emit(stack.undoText())
    stack.redoTextChanged.emit(stack.redoText())


class DocumentCommand(_Retranslatable, QUndoCommand):
    def __init__(self, workspace: Workspace, text: Text = ""):
        super().__init__(str(text))
        self._keep_text(text)
        self._workspace = workspace


class SetFields(DocumentCommand):
    """Set fields of one object. Consecutive edits with the same ``merge_key`` merge (a typing burst, a drag)."""

    MERGE_ID = 1

    def __init__(
        self,
        workspace: Workspace,
        target: Target,
        changes: dict[str, Any],
        text: Text,
        merge_key: str | None = None,
    ):
        super().__init__(workspace, text)
        self._target = target
        self._new = copy.deepcopy(changes)
        obj = target.resolve(workspace)
        self._old = {name: copy.deepcopy(getattr(obj, name)) for name in changes}
        self._merge_key = merge_key

    def redo(self) -> None:
        self._apply(self._new)

    def undo(self) -> None:
        self._apply(self._old)

    def _apply(self, values: dict[str, Any]) -> None:
        obj = self._target.resolve(self._workspace)
        for name, value in values.items():
            setattr(obj, name, copy.deepcopy(value))

    def id(self) -> int:
        return self.MERGE_ID if self._merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetFields) or other._merge_key != self._merge_key or other._target != self._target:
            return False
        if set(other._new) != set(self._new):
            return False
        self._new = other._new
        return True


class InsertItems(DocumentCommand):
    """Insert items into lists at given indexes (in ascending order, as given)."""

    def __init__(
        self,
        workspace: Workspace,
        inserts: Sequence[tuple[Collection, int, Any]],
        text: Text,
    ):
        super().__init__(workspace, text)
        self._inserts = [(collection, index, copy.deepcopy(item)) for collection, index, item in inserts]

    def redo(self) -> None:
        for collection, index, item in self._inserts:
            items = collection.items(self._workspace)
            items.insert(min(index, len(items)), copy.deepcopy(item))

    def undo(self) -> None:
        for collection, _index, item in reversed(self._inserts):
            items = collection.items(self._workspace)
            del items[collection.index_of(self._workspace, item.id)]


class RemoveItems(DocumentCommand):
    """Remove items by id; undo puts each back at the index it had."""

    def __init__(
        self,
        workspace: Workspace,
        removals: Sequence[tuple[Collection, str]],
        text: Text,
    ):
        super().__init__(workspace, text)
        self._removals = list(dict.fromkeys(removals))
        self._removed: list[tuple[Collection, int, Any]] = []

    def redo(self) -> None:
        removed = []
        by_collection: dict[Collection, list[str]] = {}
        for collection, item_id in self._removals:
            by_collection.setdefault(collection, []).append(item_id)
        for collection, ids in by_collection.items():
            items = collection.items(self._workspace)
            wanted = set(ids)
            indexes = [i for i, item in enumerate(items) if item.id in wanted]
            for index in indexes:
                removed.append((collection, index, copy.deepcopy(items[index])))
            for index in reversed(indexes):
                del items[index]
        self._removed = removed

    def undo(self) -> None:
        # Ascending indexes per list: each reinsertion lands where the item was.
        for collection, index, item in sorted(self._removed, key=lambda r: (r[0].name, r[0].map_id or "", r[1])):
            collection.items(self._workspace).insert(index, copy.deepcopy(item))


class MoveItem(DocumentCommand):
    """Move one item to another index of its list (reorder stages, lanes, maps…)."""

    def __init__(
        self, workspace: Workspace, collection: Collection, item_id: str, to_index: int, text: Text,
    ):
        super().__init__(workspace, text)
        self._collection = collection
        self._item_id = item_id
        self._to = to_index
        self._from = collection.index_of(workspace, item_id)

    def redo(self) -> None:
        self._move(self._from, self._to)

    def undo(self) -> None:
        self._move(self._to, self._from)

    def _move(self, source: int, destination: int) -> None:
        items = self._collection.items(self._workspace)
        item = items.pop(source)
        items.insert(destination, item)


class Macro(_Retranslatable, QUndoCommand):
    """One undo entry made of several commands, run in order and undone in reverse.

    A plain Python list rather than Qt's parent–child commands: Qt would delete the
    children while their Python wrappers still own them.
    """

    def __init__(self, text: Text):
        super().__init__(str(text))
        self._keep_text(text)
        self._children: list[QUndoCommand] = []

    def add(self, child: QUndoCommand) -> None:
        self._children.append(child)

    def __len__(self) -> int:
        return len(self._children)

    def redo(self) -> None:
        for child in self._children:
            child.redo()

    def undo(self) -> None:
        for child in reversed(self._children):
            child.undo()
