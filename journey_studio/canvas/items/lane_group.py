"""One lane's cards as children of one item: a lane that moves down (a lane above it grew) moves them all at once.

The layout places every card in absolute map coordinates; the scene holds each card at its place relative to its
lane's top, so when a drop makes a lane taller the lanes below move with one ``setPos`` each and their cards'
own positions, pixmaps and values stay as they were.
"""

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

CARDS_Z = 1.0
"""Above the arrows (0.8: an arc crossing a card goes under it) and the lane headers, below the emotion curve."""


class LaneGroup(QGraphicsItem):
    """Draws nothing and takes no event: it only carries its lane's cards (arrows cross lanes: never in a group)."""

    def __init__(self, lane_id: str, top: float):
        super().__init__()
        self.lane_id = lane_id
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)
        self.setZValue(CARDS_Z)
        self.top = top
        self.setPos(0.0, top)

    def move_to(self, top: float) -> bool:
        """Follow the lane's new top; True when it moved."""
        if top == self.top:
            return False
        self.top = top
        self.setPos(0.0, top)
        return True

    def boundingRect(self) -> QRectF:
        return QRectF()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        pass
