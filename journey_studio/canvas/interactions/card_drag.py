"""Drag cards to another cell, or to another place in their cell, with a drop indicator."""

from PySide6.QtCore import QPointF

from ..items import CardItem
from .base import Interaction
from .feedback import indicator_line, remove, set_line


class CardDrag(Interaction):
    def __init__(self, scene, origin: QPointF, items: list[CardItem]):
        super().__init__(scene, origin)
        self.items = items
        self._starts = {item: item.pos() for item in items}
        self._indicator = None
        self.target: tuple[str, str, int] | None = None

    def start(self) -> None:
        for item in self.items:
            item.setZValue(40)
            item.setOpacity(0.85)
        self._indicator = indicator_line(self.scene, self.scene.theme.selection)

    def update(self, pos: QPointF) -> None:
        delta = pos - self.origin
        for item, start in self._starts.items():
            item.setPos(start + delta)
        self.target = self._drop_target(pos)
        if self.target is None:
            self._indicator.hide()
            return
        stage_id, lane_id, index = self.target
        layout = self.scene.map_layout
        cell = layout.cell_rect(stage_id, lane_id)
        dragged = {item.card_id for item in self.items}
        staying = [
            b for b in layout.cards if b.stage_id == stage_id and b.lane_id == lane_id and b.card_id not in dragged
        ]
        staying.sort(key=lambda b: b.rect.y)
        if index < len(staying):
            y = staying[index].rect.y - 4
        elif staying:
            y = staying[-1].rect.bottom + 4
        else:
            y = cell.y + 8
        set_line(self._indicator, QPointF(cell.x + 12, y), QPointF(cell.right - 12, y))
        self._indicator.show()

    def _drop_target(self, pos: QPointF) -> tuple[str, str, int] | None:
        layout = self.scene.map_layout
        column, row = layout.stage_at(pos.x()), layout.lane_at(pos.y())
        if column is None or row is None:
            return None
        dragged = {item.card_id for item in self.items}
        above = [
            b for b in layout.cards
            if b.stage_id == column.stage_id and b.lane_id == row.lane_id and b.card_id not in dragged
            and b.rect.center.y < pos.y()
        ]
        return column.stage_id, row.lane_id, len(above)

    def finish(self, pos: QPointF) -> None:
        target = self._drop_target(pos) if self.started else None
        self.cleanup()
        if target is not None:
            ids = [item.card_id for item in sorted(self.items, key=lambda i: (i.box.rect.x, i.box.rect.y))]
            self.scene.cardsMoveRequested.emit(ids, *target)

    def cleanup(self) -> None:
        for item, start in self._starts.items():
            item.setPos(start)
            item.setZValue(1)
            item.setOpacity(1.0)
        remove(self.scene, self._indicator)
        self._indicator = None
