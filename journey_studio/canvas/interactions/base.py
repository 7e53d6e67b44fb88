"""A gesture in progress: started by a press, fed mouse moves, ended by release or cancelled by Esc."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF

if TYPE_CHECKING:
    from ..scene import MapScene

DRAG_THRESHOLD = 4.0
"""Scene pixels a press must travel before it becomes a drag (below: a click)."""


class Interaction:
    def __init__(self, scene: "MapScene", origin: QPointF):
        self.scene = scene
        self.origin = origin
        self.started = False

    def move(self, pos: QPointF) -> None:
        if not self.started:
            if (pos - self.origin).manhattanLength() < DRAG_THRESHOLD:
                return
            self.started = True
            self.start()
        self.update(pos)

    def start(self) -> None:
        """The press became a drag: show whatever feedback the gesture needs."""

    def update(self, pos: QPointF) -> None:
        """Follow the mouse."""

    def finish(self, pos: QPointF) -> None:
        """Released: remove the feedback and emit the scene's request, if any."""
        self.cleanup()

    def cancel(self) -> None:
        """Esc: put everything back as it was."""
        self.cleanup()

    def cleanup(self) -> None:
        """Remove temporary items; called once, by finish or cancel."""
