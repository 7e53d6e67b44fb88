"""Autosave: keeps a recovery copy of a modified document, never touching the user's file.

One :class:`Autosaver` per window/document pair. It writes the copy every N seconds while
the document changes (the ``safety/autosaveSeconds`` setting, 30 by default, or the
``JOURNEY_STUDIO_AUTOSAVE_SECONDS`` environment variable) and soon after the user pauses,
so a crash loses at most the last interval. The copy is deleted when the document is saved,
when undo brings it back to what is on disk, and when the user closes it without saving.
"""

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from ..document import Document
from ..io import workspace_to_bytes
from ..recovery import RecoveryInfo, RecoverySlot, RecoveryStore, autosave_seconds

IDLE_SECONDS = 3.0
"""A pause this long in editing writes the copy without waiting for the interval."""


class Autosaver(QObject):
    written = Signal(object)
    """A recovery copy was written (its Path)."""
    failed = Signal(str)
    """A copy could not be written; the message says why (the document itself is untouched)."""

    def __init__(self, document: Document, store: RecoveryStore | None = None, interval: float | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._document = document
        self._store = store if store is not None else RecoveryStore()
        self._slot: RecoverySlot | None = document.recovery_slot
        document.recovery_slot = None  # adopted: this autosaver now owns the slot
        self._generation = 0
        self._written_generation = 0 if self._slot is None else -1
        self._failed_once = False
        self._finished = False
        seconds = autosave_seconds() if interval is None else interval
        self.interval = seconds
        self._timer = QTimer(self)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        if seconds > 0:
            self._timer.setInterval(max(1, round(seconds * 1000)))
            self._idle.setInterval(max(1, round(min(seconds, IDLE_SECONDS) * 1000)))
            self._timer.timeout.connect(self.flush)
            self._idle.timeout.connect(self.flush)
            self._timer.start()
        document.changed.connect(self._on_changed)
        document.modifiedChanged.connect(self._on_modified_changed)
        document.saved.connect(self._on_saved)

    @property
    def slot(self) -> RecoverySlot | None:
        return self._slot

    @property
    def recovery_path(self) -> Path | None:
        """Where the copy is (or would be) written; None before the first copy."""
        return self._slot.data_path if self._slot is not None else None

    def _on_changed(self) -> None:
        self._generation += 1
        if self._idle.interval() > 0 and self.interval > 0:
            self._idle.start()

    def _on_modified_changed(self, modified: bool) -> None:
        if not modified:
            self._drop_copy()  # saved, or undone back to what is on disk

    def _on_saved(self, _path: object) -> None:
        self._drop_copy()

    def flush(self) -> bool:
        """Write the copy now if the document has changes not yet copied; True when one was written."""
        document = self._document
        if self._finished or not document.is_modified or self._generation == self._written_generation:
            return False
        try:
            data = workspace_to_bytes(document.workspace)
            if self._slot is None:
                self._slot = self._store.new_slot()
            info = RecoveryInfo(
                original_path=document.path.resolve() if document.path else None,
                title=document.display_name,
                saved_at=datetime.now(UTC),
                original=document.disk_fingerprint,
            )
            self._slot.write(data, info)
        except (OSError, ValueError) as error:
            if not self._failed_once:
                self._failed_once = True
                self.failed.emit(f"Cannot write the recovery copy in {self._store.folder}: {error}")
            return False
        self._failed_once = False
        self._written_generation = self._generation
        self.written.emit(self._slot.data_path)
        return True

    def _drop_copy(self) -> None:
        self._written_generation = self._generation
        if self._slot is not None:
            self._slot.discard()
            self._slot = None

    def finish(self) -> None:
        """The document is being closed on purpose (saved, unchanged, or changes thrown away): drop the copy."""
        if self._finished:
            return
        self._finished = True
        self._timer.stop()
        self._idle.stop()
        self._document.changed.disconnect(self._on_changed)
        self._document.modifiedChanged.disconnect(self._on_modified_changed)
        self._document.saved.disconnect(self._on_saved)
        self._drop_copy()
