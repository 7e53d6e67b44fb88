"""The edited document: a workspace, the file it came from, its undo stack and its modified state.

The scene and the window follow its signals; undo commands change the model through it.
It also remembers what the file looked like when it was last read or written, so that a
save never silently overwrites what another program (a sync folder, a colleague) put there.
"""

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from .io import (
    DiskState,
    Fingerprint,
    SavedFile,
    load_workspace,
    save_workspace,
)
from .io.fingerprint import compare
from .model import JourneyMap, Workspace

if TYPE_CHECKING:
    from .recovery import RecoverySlot


class Document(QObject):
    changed = Signal()
    """The model changed: views re-layout from it."""
    pathChanged = Signal(object)
    modifiedChanged = Signal(bool)
    currentMapChanged = Signal(str)
    saved = Signal(object)
    """The document was written to this path (a Path): recovery copies of it are obsolete."""

    def __init__(self, workspace: Workspace, path: Path | None = None, parent: QObject | None = None,
                 disk: Fingerprint | None = None):
        super().__init__(parent)
        self._workspace = workspace
        self._path = path
        self._disk = disk
        self._current_map_id = workspace.maps[0].id if workspace.maps else ""
        self.last_save: SavedFile | None = None
        """What the last save did (its backup, or why none could be kept)."""
        self.recovery_slot: RecoverySlot | None = None
        """Set on a document restored after a crash: its autosaver keeps writing to that slot."""
        self.undo_stack = QUndoStack(self)
        self.edit_sink: Callable[[QUndoCommand], None] | None = None
        """Set by a live session (``collab.binding``): edits then go through the shared document."""
        # Bound methods, not lambdas: Qt then knows the receiver and disconnects when it is destroyed.
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self.undo_stack.indexChanged.connect(self._on_index_changed)

    def push(self, command: QUndoCommand) -> None:
        """Every edit of the editor: onto the undo stack, or through a live session when there is one."""
        if self.edit_sink is not None:
            self.edit_sink(command)
        else:
            self.undo_stack.push(command)

    def _on_clean_changed(self, clean: bool) -> None:
        self.modifiedChanged.emit(not clean)

    def _on_index_changed(self, _index: int) -> None:
        self.changed.emit()

    @classmethod
    def open(cls, path: Path, parent: QObject | None = None) -> "Document":
        """Read ``path``; raises a JourneyFileError that names the file and the problem."""
        loaded = load_workspace(path)
        return cls(loaded.workspace, path, parent, disk=loaded.fingerprint)

    @classmethod
    def restored(cls, workspace: Workspace, path: Path | None, disk: Fingerprint | None,
                 parent: QObject | None = None) -> "Document":
        """A document brought back from a recovery copy: modified from the start, as its changes were never saved."""
        document = cls(workspace, path, parent, disk=disk)
        document.undo_stack.resetClean()
        return document

    @classmethod
    def unsaved(cls, workspace: Workspace, parent: QObject | None = None) -> "Document":
        """A new document that exists only in memory (an import): modified, so closing it asks first."""
        return cls.restored(workspace, None, None, parent)

    @property
    def workspace(self) -> Workspace:
        return self._workspace

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def disk_fingerprint(self) -> Fingerprint | None:
        """The file as this document last read or wrote it (None before the first save)."""
        return self._disk

    @property
    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    @property
    def display_name(self) -> str:
        if self._path is None:
            return self._workspace.metadata.title or (self.current_map.title if self.current_map else "")
        return self._path.name

    @property
    def current_map(self) -> JourneyMap | None:
        return self._workspace.find_map(self._current_map_id) if self._current_map_id else None

    def set_current_map(self, map_id: str) -> None:
        if map_id != self._current_map_id and self._workspace.find_map(map_id) is not None:
            self._current_map_id = map_id
            self.currentMapChanged.emit(map_id)

    def disk_state(self) -> DiskState:
        """Whether the file on disk is still what this document last read or wrote."""
        if self._path is None or self._disk is None:
            return DiskState.UNCHANGED
        state, refreshed = compare(self._path, self._disk)
        if refreshed is not None:
            self._disk = refreshed  # only touched: same bytes, new time
        return state

    def save(self, path: Path | None = None, *, overwrite: bool = False, backups: int | None = None) -> None:
        """Write to ``path`` (or the current file) atomically, keeping the replaced version as a backup.

        Raises FileChangedOnDisk when the current file changed on disk since it was read or
        written (pass ``overwrite=True`` once the user said so), and SaveFailed for anything
        else; either way the document keeps its changes and stays modified.
        """
        target = path or self._path
        if target is None:
            raise ValueError("a new document needs a file name: use Save As")
        # The file must still be what we last read or wrote: checked by save_workspace as late as
        # possible, under the save lock, so another window's save cannot slip in between.
        expected = self._disk if not overwrite and target == self._path else None
        if backups is None:
            from .recovery import backup_count

            backups = backup_count()
        metadata = self._workspace.metadata
        previous_modified, previous_created = metadata.modified, metadata.created
        metadata.modified = datetime.now(UTC).replace(microsecond=0)
        if metadata.created is None:
            metadata.created = metadata.modified
        try:
            result = save_workspace(self._workspace, target, backups=backups, expected=expected)
        except Exception:
            metadata.modified, metadata.created = previous_modified, previous_created
            raise
        self.last_save = result
        self._disk = result.fingerprint
        if target != self._path:
            self._path = target
            self.pathChanged.emit(target)
        self.undo_stack.setClean()
        self.modifiedChanged.emit(False)
        self.saved.emit(target)
