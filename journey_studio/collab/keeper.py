"""The host keeps the file of record: it saves the map when edits pause, atomically, with backups.

Saving goes through ``Document.save`` (``journey_studio.io``: temporary file, fsync, rename,
backups, a check that nobody else changed the file). The save time it sets in the metadata is
written into the room under the host's origin, outside everyone's undo.
"""

from PySide6.QtCore import QObject, QTimer, Signal

from ..document import Document
from ..io import JourneyFileError
from .binding import HOST, LiveBinding
from .writer import write_touches

PAUSE_MS = 2_000
"""Edits are saved this long after the last one."""


class FileKeeper(QObject):
    failed = Signal(str)
    """Saving did not work (the message names the file and the problem); the room keeps everything."""
    wrote = Signal(object)

    def __init__(self, document: Document, binding: LiveBinding, parent: QObject | None = None):
        super().__init__(parent)
        self._document = document
        self._binding = binding
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(self.save_now)
        document.changed.connect(self._timer.start)
        document.saved.connect(self._share_save_time)

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
            self._document.save()
        except (JourneyFileError, OSError) as error:
            self.failed.emit(str(error))
            return False
        self.wrote.emit(self._document.path)
        return True

    def _share_save_time(self, _path: object) -> None:
        with self._binding.write_as(HOST):
            write_touches(self._document.workspace, self._binding.root, [("part", "metadata")])
