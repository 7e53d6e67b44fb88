"""The host keeps the file of record: it saves the map when edits pause, atomically, with backups.

Saving goes through ``Document.save`` (``journey_studio.io``: temporary file, fsync, rename,
backups, a check that nobody else changed the file). The save time it sets in the metadata is
written into the room under the host's origin, outside everyone's undo.
"""

from PySide6.QtCore import QObject, QTimer, Signal

from ..document import Document
from ..io import FileChangedOnDisk, JourneyFileError, load_workspace
from .binding import HOST, LiveBinding
from .disk_merge import merge_disk_changes
from .writer import write_touches

PAUSE_MS = 2_000
"""Edits are saved this long after the last one."""


class FileKeeper(QObject):
    failed = Signal(str)
    """Saving did not work (the message names the file and the problem); the room keeps everything."""
    wrote = Signal(object)
    mergedFromDisk = Signal(object)
    """Another program changed the file: its changes went into the room (the path)."""

    def __init__(self, document: Document, binding: LiveBinding, parent: QObject | None = None):
        super().__init__(parent)
        self._document = document
        self._binding = binding
        self._base = document.workspace.model_copy(deep=True)
        """The workspace as this file last held it: what a change on disk is measured against."""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(self.save_now)
        document.changed.connect(self._timer.start)
        document.saved.connect(self._share_save_time)
        if document.is_modified:
            self._timer.start()  # changes made before sharing are written too

    def stop(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self.save_now()
        self._document.changed.disconnect(self._timer.start)
        self._document.saved.disconnect(self._share_save_time)

    def save_now(self) -> bool:
        if self._document.path is None:
            return False
        try:
            try:
                self._document.save()
            except FileChangedOnDisk:
                self._merge_from_disk()
                self._document.save(overwrite=True)
        except (JourneyFileError, OSError) as error:
            self.failed.emit(str(error))
            return False
        self._base = self._document.workspace.model_copy(deep=True)
        self.wrote.emit(self._document.path)
        return True

    def _merge_from_disk(self) -> None:
        """Another program changed the file since it was written: bring its changes into the room first."""
        assert self._document.path is not None
        disk = load_workspace(self._document.path).workspace
        touches = merge_disk_changes(self._base, disk, self._document.workspace)
        if touches:
            with self._binding.write_as(HOST):
                write_touches(self._document.workspace, self._binding.root, touches)
            self._document.changed.emit()
        self.mergedFromDisk.emit(self._document.path)

    def _share_save_time(self, _path: object) -> None:
        with self._binding.write_as(HOST):
            write_touches(self._document.workspace, self._binding.root, [("part", "metadata")])
