"""Draw an arrow from one card to another (Alt+drag from a card, or in connect mode)."""

from PySide6.QtCore import QPointF

from ..items import CardItem
from .base import Interaction
from .feedback import remove, rubber_arrow, straight_path


class ConnectCards(Interaction):
    def __init__(self, scene, origin: QPointF, source: CardItem):
        super().__init__(scene, origin)
        self.source = source
        self._path = None
        self.connected = False
        """True once the release landed on another card and an arrow was asked for."""

    def start(self) -> None:
        self._path = rubber_arrow(self.scene, self.scene.theme.selection)

    def update(self, pos: QPointF) -> None:
        rect = self.source.box.rect
        start = QPointF(rect.right, rect.center.y) if pos.x() >= rect.center.x else QPointF(rect.x, rect.center.y)
        self._path.setPath(straight_path(start, pos))

    def finish(self, pos: QPointF) -> None:
        started = self.started
        self.cleanup()
        if not started:
            return
        target = self.scene.card_at(pos)
        if target is not None and target is not self.source:
            self.connected = True
            self.scene.connectorRequested.emit(self.source.card_id, target.card_id)

    def cleanup(self) -> None:
        remove(self.scene, self._path)
        self._path = None
