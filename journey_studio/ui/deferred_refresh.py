"""Side panels follow the document without slowing down editing.

A panel that lists things computed from the whole map (evidence review, insights, comments,
before and after) costs tens of milliseconds to rebuild on a large map. Rebuilding it on every
keystroke or drag, or while it is hidden behind another tab, would make each edit that much
slower; so it is rebuilt once the edits pause, and only while it can be seen (at once when it
is shown again).
"""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

PAUSE_MS = 120
"""Edits closer together than this (typing, a burst of undos) rebuild a visible panel once."""


class DeferredRefresh(QObject):
    def __init__(self, panel: QWidget, refresh: Callable[[], None], pause_ms: int = PAUSE_MS):
        super().__init__(panel)
        self._panel = panel
        self._refresh = refresh
        self._stale = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(pause_ms)
        self._timer.timeout.connect(self.flush)
        panel.installEventFilter(self)

    def request(self, *_args: object) -> None:
        """The document changed: rebuild soon if the panel is on screen, else when it is shown."""
        self._stale = True
        if self._panel.isVisible():
            self._timer.start()

    def flush(self) -> None:
        """Rebuild now if anything changed since the last rebuild."""
        self._timer.stop()
        if self._stale:
            self._stale = False
            self._refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._panel and event.type() == QEvent.Type.Show and self._stale:
            self._timer.start(0)
        return False
