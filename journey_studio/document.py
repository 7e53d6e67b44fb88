"""The edited document: a workspace, the file it came from, its undo stack and its modified state.

The scene and the window follow its signals; undo commands change the model through it.
"""

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from .io import read_workspace, write_workspace
from .model import JourneyMap, Workspace


class Document(QObject):
    changed = Signal()
    """The model changed: views re-layout from it."""
    pathChanged = Signal(object)
    modifiedChanged = Signal(bool)
    currentMapChanged = Signal(str)

    def __init__(self, workspace: Workspace, path: Path | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._workspace = workspace
        self._path = path
        self._current_map_id = workspace.maps[0].id if workspace.maps else ""
        self.undo_stack = QUndoStack(self)
        # Bound methods, not lambdas: Qt then knows the receiver and disconnects when it is destroyed.
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self.undo_stack.indexChanged.connect(self._on_index_changed)

    def _on_clean_changed(self, clean: bool) -> None:
        self.modifiedChanged.emit(not clean)

    def _on_index_changed(self, _index: int) -> None:
        self.changed.emit()

    @classmethod
    def open(cls, path: Path, parent: QObject | None = None) -> "Document":
        """Read ``path``; raises a JourneyFileError that names the file and the problem."""
        return cls(read_workspace(path), path, parent)

    @property
    def workspace(self) -> Workspace:
        return self._workspace

    @property
    def path(self) -> Path | None:
        return self._path

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

    def save(self, path: Path | None = None) -> None:
        """Write to ``path`` (or the current file) atomically; raises SaveFailed and keeps everything."""
        target = path or self._path
        if target is None:
            raise ValueError("a new document needs a file name: use Save As")
        metadata = self._workspace.metadata
        previous_modified = metadata.modified
        metadata.modified = datetime.now(UTC).replace(microsecond=0)
        if metadata.created is None:
            metadata.created = metadata.modified
        try:
            write_workspace(self._workspace, target)
        except Exception:
            metadata.modified = previous_modified
            raise
        if target != self._path:
            self._path = target
            self.pathChanged.emit(target)
        self.undo_stack.setClean()
        self.modifiedChanged.emit(False)
