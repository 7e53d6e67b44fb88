"""A document bound to a shared Y document: local edits go in as Y transactions, every change comes back out.

The editor keeps building its usual undo commands. While live, :class:`LiveBinding` receives
them instead of the undo stack: it runs the command on the workspace, writes what it touched
into the Y document under the local origin, and pushes a :class:`~.undo.LiveEdit` whose undo
asks the per-user UndoManager (which tracks only the local origin). Every other change of the
Y document (a colleague's edit, an undo, a repair) is patched into the workspace item by item,
so the canvas has one code path. Repairs run on the host only, outside everyone's undo.
"""

from collections.abc import Callable
from contextlib import contextmanager
from typing import Any

from pycrdt import Doc, Subscription, UndoManager
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand

from ..commands import Collection, InsertItems, Macro, MoveItem, RemoveItems, SetFields
from ..document import Document
from ..translatable import TranslatableText
from .patch import Change, Patcher, PatchResult, changes_of
from .repair import repair_view
from .schema import BY, root_of
from .writer import EVERYTHING, Touch, write_touches

LOCAL = "local"
"""Origin of this peer's own edits: the only one its UndoManager tracks."""
HOST = "host"
"""Origin of what the host writes itself (the save time): nobody's undo."""


def _clear_history(document: Document) -> None:
    """Empty the undo stack; unsaved changes stay unsaved (clear() alone would call them saved)."""
    modified = document.is_modified
    document.undo_stack.clear()
    if modified:
        document.undo_stack.resetClean()


def view_only_text() -> str:
    return str(TranslatableText("LiveSession", "you joined this live session to view it: changes are not possible"))


def touches_of(command: QUndoCommand) -> list[Touch]:
    """The parts of the workspace an undo command changes; everything when it cannot tell."""
    if isinstance(command, Macro):
        return [touch for child in getattr(command, "_children", []) for touch in touches_of(child)]
    if isinstance(command, SetFields):
        target = command._target
        if target.collection is not None and target.item_id is not None:
            return [("item", target.collection.map_id or "", target.collection.name, target.item_id)]
        if target.map_id is not None and not target.part:
            return [("map", target.map_id)]
        if target.map_id is None and target.part in ("metadata", "business_context"):
            return [("part", target.part)]
        return [EVERYTHING]
    if isinstance(command, InsertItems):
        return [_collection_touch(collection) for collection, _index, _item in command._inserts]
    if isinstance(command, RemoveItems):
        return [_collection_touch(collection) for collection, _item_id in command._removals]
    if isinstance(command, MoveItem):
        return [_collection_touch(command._collection)]
    return [EVERYTHING]


def _collection_touch(collection: Collection) -> Touch:
    return ("collection", collection.map_id or "", collection.name)


class LiveBinding(QObject):
    """Keeps ``document``'s workspace and a Y document the same, both ways."""

    remoteChanged = Signal(object)
    """A PatchResult: what changed in the workspace from outside (a colleague, an undo, a repair)."""
    repaired = Signal(list)
    """RepairNote list: what the host had to fix after edits collided."""
    localUpdate = Signal(bytes)
    """A Y update made here (an edit, an undo, a repair) for the other peers."""

    def __init__(self, document: Document, doc: Doc, *, host: bool = False, author: str = "",
                 repair: Callable[["LiveBinding", PatchResult], list[Any]] | None = None,
                 read_only: bool = False, parent: QObject | None = None):
        super().__init__(parent)
        self.document = document
        self.author = author
        self.read_only = read_only
        """View-only access: the server would drop our updates, so edits are refused here first."""
        """The name recorded on what this peer changes ("last changed by")."""
        self.doc = doc
        self.root = root_of(doc)
        self.host = host
        self._repair = repair
        self.patcher = Patcher(document.workspace, self.root, remembered=self._remembered)
        self.undo_manager = UndoManager(scopes=[self.root], capture_timeout_millis=0)
        self.undo_manager.include_origin(LOCAL)
        self.graveyard: dict[tuple[str, str, str], Any] = {}
        """Items that left the workspace, by (map id, collection, id): the host restores from here."""
        self._in_undo = False
        self._in_events = False
        self._outgoing: list[bytes] = []
        self._send_scheduled = False
        self._receiving = False
        self._repairing = False
        self._changed_scheduled = False
        self._pending = PatchResult()
        # Keep the subscriptions: an observer on a dropped wrapper silently stops.
        self._events: Subscription = self.root.observe_deep(self._on_events)
        self._updates: Subscription = doc.observe(self._on_update)
        # History from before going live would rewrite the workspace behind the Y document's back.
        _clear_history(document)
        document.edit_sink = self.push

    def detach(self) -> None:
        """Back to plain editing: the undo stack cannot reach the shared document any more."""
        if self.document.edit_sink == self.push:
            self.document.edit_sink = None
            _clear_history(self.document)
        self.root.unobserve(self._events)
        self.doc.unobserve(self._updates)

    # -- local edits ---------------------------------------------------------------------------

    def push(self, command: QUndoCommand) -> None:
        from ..editor import InvalidEdit
        from .undo import LiveEdit

        if self.read_only:
            raise InvalidEdit(view_only_text())
        self.document.undo_stack.push(LiveEdit(self, command))

    def apply_local(self, command: QUndoCommand) -> int:
        """Run ``command`` on the workspace and write what it touched; the UndoManager steps it made."""
        self._remember_removals(command)
        command.redo()
        before = len(self.undo_manager.undo_stack)
        with self.doc.transaction(origin=LOCAL):
            write_touches(self.document.workspace, self.root, touches_of(command), self.author or None)
        self._send_written()
        return len(self.undo_manager.undo_stack) - before

    def _remember_removals(self, command: QUndoCommand) -> None:
        """Items a local edit deletes go to the graveyard too: a colleague's concurrent add may bring them back."""
        if isinstance(command, Macro):
            for child in getattr(command, "_children", []):
                self._remember_removals(child)
        elif isinstance(command, RemoveItems):
            gone = {item_id for _collection, item_id in command._removals}
            for collection, item_id in command._removals:
                try:
                    items = collection.items(self.document.workspace)
                except LookupError:
                    continue
                self.patcher.remember_places(collection.map_id or "", collection.name, list(items),
                                             {i.id for i in items if i.id not in gone})
                item = next((i for i in items if i.id == item_id), None)
                if item is not None:
                    self.graveyard[(collection.map_id or "", collection.name, item_id)] = item

    def _remembered(self, map_id: str, collection: str, item_id: str) -> Any:
        return self.graveyard.get((map_id, collection, item_id))

    def undo_steps(self, steps: int) -> None:
        with self._undoing():
            for _ in range(steps):
                if not self.undo_manager.undo():
                    break

    def redo_steps(self, steps: int) -> None:
        with self._undoing():
            for _ in range(steps):
                if not self.undo_manager.redo():
                    break

    @contextmanager
    def _undoing(self):
        self._in_undo = True
        try:
            yield
        finally:
            self._in_undo = False
        self._after_change(emit=False)

    def write_as(self, origin: str) -> Any:
        """A transaction whose changes nobody can undo (the host's own writes)."""
        return self.doc.transaction(origin=origin)

    def last_changed_by(self, map_id: str, collection: str, item_id: str) -> str:
        """Who last changed an item (empty when nobody did since the file was opened)."""
        owner = self.root["maps"].get(map_id) if map_id else self.root
        entry = owner[collection].get(item_id) if owner is not None and collection in owner else None
        value = entry.get(BY) if entry is not None else None
        return value if isinstance(value, str) else ""

    # -- remote changes -------------------------------------------------------------------------

    def apply_remote(self, update: bytes) -> None:
        """A Y update from another peer: merge it, patch the workspace, repair when host."""
        with self.receiving():
            self.doc.apply_update(update)

    @contextmanager
    def receiving(self):
        """Changes made inside come from the network: patched and repaired, not sent back."""
        self._receiving = True
        try:
            yield
        finally:
            self._receiving = False
        self._after_change(emit=True)

    def _on_events(self, events: list[Any]) -> None:
        origin = events[0].transaction.origin if events else None
        if origin in (LOCAL, HOST):
            return  # already in the workspace: that is where it came from
        changes: set[Change] = set()
        for event in events:
            keys = getattr(event, "keys", None)
            changes |= changes_of(list(event.path), keys if isinstance(keys, dict) else None)
        result = self.patcher.apply(changes)
        for map_id, name, item in result.removed:
            self.graveyard[(map_id, name, item.id)] = item
        self._merge_pending(result)
        if not (self._in_undo or self._receiving or self._repairing):
            self._in_events = True
            try:
                self._after_change(emit=True)
            finally:
                self._in_events = False

    def _merge_pending(self, result: PatchResult) -> None:
        pending = self._pending
        pending.changed |= result.changed
        pending.removed.extend(result.removed)
        pending.maps_changed |= result.maps_changed
        pending.structure_changed |= result.structure_changed

    def _after_change(self, *, emit: bool) -> None:
        if self._repair is not None and not self._repairing:
            self._repairing = True
            try:
                if self.host:
                    notes = self._repair(self, self._pending)
                    if notes:
                        self.repaired.emit(notes)
                elif repair_view(self, self._pending):
                    self._pending.structure_changed = True
            finally:
                self._repairing = False
        self._changed_scheduled = False
        result, self._pending = self._pending, PatchResult()
        if result:
            self.remoteChanged.emit(result)
            if emit and not self._changed_scheduled:
                # Once per turn of the event loop: a burst of colleagues' keystrokes that arrived
                # together re-lays out the window once, not once each.
                self._changed_scheduled = True
                QTimer.singleShot(0, self._emit_changed)
        if not self._in_events:
            self._send_written()  # a repair, an undo: out now that the transaction is over

    def _emit_changed(self) -> None:
        self._changed_scheduled = False
        self.document.changed.emit()

    def _on_update(self, event: Any) -> None:
        """Keep what this peer wrote; it leaves once the transaction is over (:meth:`_send_written`).

        Told inside the transaction's commit, where whoever receives the update at once (a peer in the
        same process, a test) could not write back into this document yet.
        """
        if not self._receiving:
            self._outgoing.append(bytes(event.update))
            if not self._send_scheduled:
                self._send_scheduled = True
                QTimer.singleShot(0, self._send_written)  # a write made outside our own operations

    def _send_written(self) -> None:
        self._send_scheduled = False
        while self._outgoing:
            self.localUpdate.emit(self._outgoing.pop(0))
