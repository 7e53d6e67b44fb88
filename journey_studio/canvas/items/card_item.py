"""A touchpoint card on the canvas: the painter draws it; the item adds caching, selection and far-zoom blocks."""

from collections import deque
from collections.abc import Sequence
from itertools import repeat
from operator import attrgetter

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QStyleOptionGraphicsItem, QWidget

from ...layout import CardBox
from ...layout.picture import CARD_RADIUS, LOW_DETAIL_SCALE, SELECTION_RADIUS
from ...painter.card import paint_card, paint_card_low_detail
from ...theme import Theme
from ..qt_surface import QtSurface, qcolor


class CardItem(QGraphicsRectItem):
    """A rect item for its bounds only (with no pen, its rect is its bounding rect): Qt asks an item's bounds on
    each move and each repaint, and a bounding rect kept in C++ spares a call into Python each time."""

    def __init__(self, box: CardBox, theme: Theme, stage_colour: str, cached: bool = True):
        super().__init__()
        self.setPen(_NO_PEN)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(False)
        self.setZValue(1)
        self._theme = theme
        self._stage_colour = stage_colour
        self._box = box
        # Panning and repainting reuse a pixmap per card, redrawn only when the zoom changes.
        if cached:
            self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.set_box(box)

    @property
    def card_id(self) -> str:
        return self._box.card_id

    @property
    def box(self) -> CardBox:
        return self._box

    def set_box(self, box: CardBox, stage_colour: str | None = None) -> None:
        """Follow a new layout: move, resize and redraw only if something changed."""
        recoloured = stage_colour is not None and stage_colour != self._stage_colour
        if recoloured:
            self._stage_colour = stage_colour
        old = self._box
        self._box = box
        bounds = QRectF(0, 0, box.rect.width, box.rect.height).adjusted(-4, -4, 5, 6)
        if bounds != self.rect():
            self.setRect(bounds)
        if old is box and not recoloured and self.pos().x() == box.rect.x and self.pos().y() == box.rect.y:
            return  # unchanged (the layout reuses boxes): keep the cached pixmap
        self.setPos(box.rect.x, box.rect.y)
        if recoloured or old is box or _picture(old) != _picture(box):
            self.setToolTip(box.tooltip)
            self.update()
        # Only moved (the cards under a card that grew, a lane that grew above): Qt repaints both places from
        # the cached pixmap, which stays valid.

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRoundedRect(QRectF(0, 0, self._box.rect.width, self._box.rect.height), CARD_RADIUS, CARD_RADIUS)
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        box, theme = self._box, self._theme
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, lod >= LOW_DETAIL_SCALE)
        painter.save()
        painter.translate(-box.rect.x, -box.rect.y)  # the painter draws in layout coordinates
        if lod < LOW_DETAIL_SCALE:
            paint_card_low_detail(QtSurface(painter), box, theme, self._stage_colour)
        else:
            paint_card(QtSurface(painter), box, theme, self._stage_colour)
        painter.restore()
        if self.isSelected():
            rect = QRectF(0, 0, box.rect.width, box.rect.height)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            if lod < LOW_DETAIL_SCALE:
                painter.setPen(QPen(qcolor(theme.selection), 3 / max(lod, 0.05)))
                painter.drawRect(rect)
            else:
                painter.setPen(QPen(qcolor(theme.selection), 2.5))
                painter.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), SELECTION_RADIUS, SELECTION_RADIUS)


_NO_PEN = QPen(Qt.PenStyle.NoPen)
_X = attrgetter("rect.x")
_Y = attrgetter("rect.y")


def move_cards(items: Sequence[CardItem], boxes: Sequence[CardBox]) -> None:
    """Each item follows its new box, which shows what its last showed (the same ``face``), only elsewhere (its
    lane moved): each item is moved, its picture kept. Done in C over the lists (``map``): a lane growing at the
    top of a large map moves thousands of cards."""
    deque(map(setattr, items, repeat("_box"), boxes), maxlen=0)
    deque(map(CardItem.setPos, items, map(_X, boxes), map(_Y, boxes)), maxlen=0)


def _picture(box: CardBox) -> tuple[object, ...]:
    """Everything the card's picture shows, its texts' places relative to the card's corner."""
    x, y = box.rect.x, box.rect.y
    return (
        box.rect.width, box.rect.height, box.channel, box.online, box.online_label, box.critical, box.colour,
        box.evidence, box.mood, box.footer_rect.x - x, box.footer_rect.y - y, box.footer_rect.width,
        *((block.lines, block.elided, block.full_text, block.style, block.align, block.rect.x - x, block.rect.y - y,
           block.rect.width) for block in (box.title, box.body, box.channel_label)),
    )
