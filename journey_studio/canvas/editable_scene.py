"""The map scene as an editor: gestures become requests (signals); it never edits the model itself.

A controller (``ui.map_controller``) turns each request into one undo command.
"""

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneMouseEvent,
)

from ..layout.curves import y_to_score
from .interactions import (
    EDGE,
    CardDrag,
    ConnectCards,
    EmotionPointDrag,
    Interaction,
    LaneMove,
    LaneResize,
    StageMove,
    StageResize,
)
from .item_kind import Cell, EmotionSpot, MapItemKind
from .items import CardItem, ConnectorItem, EmotionPointItem, LaneHeaderItem, StageHeaderItem
from .painting import qcolor, qrect
from .scene import MapScene


def tr(text: str) -> str:
    return QCoreApplication.translate("EditableMapScene", text)


_INTERACTIVE = (EmotionPointItem, CardItem, StageHeaderItem, LaneHeaderItem, ConnectorItem)


class EditableMapScene(MapScene):
    progressive = True
    cardsMoveRequested = Signal(list, str, str, int)
    cellActivated = Signal(str, str)
    """Double-click on an empty cell: add a card there."""
    editTextRequested = Signal(object, str)
    """(MapItemKind, id): rename a card, stage, lane or emotion point in place."""
    emotionScoreRequested = Signal(str, float)
    emotionPointAddRequested = Signal(str, float)
    connectorRequested = Signal(str, str)
    stageResizeRequested = Signal(str, float)
    stageMoveRequested = Signal(str, int)
    laneResizeRequested = Signal(str, float)
    laneMoveRequested = Signal(str, int)
    headerClicked = Signal(object, str)
    """(MapItemKind, id) for a stage or lane header: show it in the inspector."""
    currentCellChanged = Signal(str, str)
    contextMenuRequested = Signal(object, object, object)
    """(MapItemKind, Target, QGraphicsSceneContextMenuEvent); the target is an item's id, a Cell, an EmotionSpot,
    or "" for the map."""
    hintChanged = Signal(str)
    """The hint under the pointer changed ("" when none): what a double-click there would add."""
    connectModeChanged = Signal(bool)
    """Connect mode went on or off: the toolbar button and the cursor follow."""

    def __init__(self, *args, **kwargs):
        self._connect_mode = False
        super().__init__(*args, **kwargs)
        self._interaction: Interaction | None = None
        self._current_cell: tuple[str, str] | None = None
        self._hint: tuple[QRectF, str] | None = None

    @property
    def connect_mode(self) -> bool:
        """On: a drag from a card draws one arrow, then the mode ends (Esc ends it too)."""
        return self._connect_mode

    @connect_mode.setter
    def connect_mode(self, on: bool) -> None:
        if bool(on) != self._connect_mode:
            self._connect_mode = bool(on)
            self.connectModeChanged.emit(self._connect_mode)

    # -- state the controller reads ----------------------------------------------------------

    @property
    def current_cell(self) -> tuple[str, str] | None:
        """The cell last clicked, or the first selected card's cell: where "Add card" puts a card."""
        selected = [item for item in self.selectedItems() if isinstance(item, CardItem)]
        if selected:
            return selected[0].box.stage_id, selected[0].box.lane_id
        if self._current_cell and self.map_layout and self.map_layout.cell_rect(*self._current_cell):
            return self._current_cell
        return None

    def set_current_cell(self, stage_id: str, lane_id: str) -> None:
        self._current_cell = (stage_id, lane_id)
        self.currentCellChanged.emit(stage_id, lane_id)
        self.update()

    def select_cards(self, card_ids) -> None:
        wanted = set(card_ids)
        self.clearSelection()
        for card_id in wanted:
            item = self.card_item(card_id)
            if item is not None:
                item.setSelected(True)

    def select_emotion_point(self, point_id: str) -> None:
        self.clearSelection()
        for curve in self.curve_items().values():
            for item in curve.childItems():
                if isinstance(item, EmotionPointItem) and item.point_id == point_id:
                    item.setSelected(True)
                    return

    def _emotion_point_at(self, pos: QPointF) -> tuple[str, float] | None:
        """(stage, score) a new emotion point would get at ``pos``; None outside the emotion lane."""
        layout = self.map_layout
        area = layout.emotion_lane if layout is not None else None
        if area is None or not qrect(area).contains(pos):
            return None
        column = layout.stage_at(pos.x())
        if column is None:
            return None
        low, high = layout.emotion_range
        return column.stage_id, float(round(y_to_score(pos.y(), area, low, high, self.metrics)))

    def cell_at(self, pos: QPointF) -> tuple[str, str] | None:
        """The (stage, lane) cell under ``pos``, outside the headers; None elsewhere."""
        return self._cell_at(pos)

    def _cell_at(self, pos: QPointF) -> tuple[str, str] | None:
        layout = self.map_layout
        if layout is None:
            return None
        column, row = layout.stage_at(pos.x()), layout.lane_at(pos.y())
        if column is None or row is None or pos.y() < column.header_rect.bottom:
            return None
        return column.stage_id, row.lane_id

    def _item_at(self, pos: QPointF) -> QGraphicsItem | None:
        return next((item for item in self.items(pos) if isinstance(item, _INTERACTIVE)), None)

    # -- mouse -------------------------------------------------------------------------------

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self._set_hint(None)  # the hint says what a double-click would do; once clicking, it is in the way
        if event.button() != Qt.MouseButton.LeftButton or self.map_layout is None:
            super().mousePressEvent(event)
            return
        pos = event.scenePos()
        item = self._item_at(pos)
        if isinstance(item, StageHeaderItem):
            at_edge = pos.x() >= item.boundingRect().right() - EDGE
            kind = StageResize if at_edge else StageMove
            self._interaction = kind(self, pos, item.stage_id)
            event.accept()
            return
        if isinstance(item, LaneHeaderItem):
            at_edge = pos.y() >= item.boundingRect().bottom() - EDGE
            kind = LaneResize if at_edge else LaneMove
            self._interaction = kind(self, pos, item.lane_id)
            event.accept()
            return
        if isinstance(item, CardItem) and (self.connect_mode or event.modifiers() & Qt.KeyboardModifier.AltModifier):
            self._interaction = ConnectCards(self, pos, item)
            event.accept()
            return
        super().mousePressEvent(event)  # Qt's selection rules: click, Ctrl/Shift-click
        if isinstance(item, EmotionPointItem):
            self._interaction = EmotionPointDrag(self, pos, item)
        elif isinstance(item, CardItem) and item.isSelected():
            cards = [i for i in self.selectedItems() if isinstance(i, CardItem)]
            self._interaction = CardDrag(self, pos, cards)
        elif item is None:
            cell = self._cell_at(pos)
            if cell is not None:
                self.set_current_cell(*cell)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._interaction is not None:
            self._interaction.move(event.scenePos())
            event.accept()
            return
        self._set_hint(self._hint_at(event.scenePos()) if event.buttons() == Qt.MouseButton.NoButton else None)
        super().mouseMoveEvent(event)

    # -- a faint hint over an empty cell: what a double-click does there -----------------------

    @property
    def hint_text(self) -> str:
        """The hint shown under the pointer ("" when none), as a status bar can repeat it."""
        return self._hint[1] if self._hint else ""

    def _hint_at(self, pos: QPointF) -> tuple[QRectF, str] | None:
        layout = self.map_layout
        if layout is None or self.connect_mode or self._item_at(pos) is not None:
            return None
        area = layout.emotion_lane
        if area is not None and qrect(area).contains(pos):
            column = layout.stage_at(pos.x())
            if column is None:
                return None
            band = qrect(area).intersected(qrect(column.rect))
            return band, tr("Double-click to add an emotion point")
        cell = self._cell_at(pos)
        if cell is None or any(b.stage_id == cell[0] and b.lane_id == cell[1] for b in layout.cards):
            return None
        rect = layout.cell_rect(*cell)
        return (qrect(rect), tr("Double-click to add a card")) if rect is not None else None

    def _set_hint(self, hint: tuple[QRectF, str] | None) -> None:
        if hint == self._hint:
            return
        for old_or_new in (self._hint, hint):
            if old_or_new is not None:
                self.update(old_or_new[0])
        self._hint = hint
        self.hintChanged.emit(self.hint_text)

    def apply_layout(self, layout) -> None:
        super().apply_layout(layout)
        self._set_hint(None)  # the cell under the pointer may hold a card now

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.GraphicsSceneLeave, QEvent.Type.Leave):
            self._set_hint(None)
        return super().event(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        interaction, self._interaction = self._interaction, None
        if interaction is not None:
            clicked = not interaction.started
            interaction.finish(event.scenePos())
            if isinstance(interaction, ConnectCards) and interaction.connected:
                self.connect_mode = False  # one arrow per use of the tool, like a drawing program's
            if clicked and isinstance(interaction, (StageMove, StageResize)):
                self.clearSelection()
                self.headerClicked.emit(MapItemKind.STAGE, interaction.stage_id)
            elif clicked and isinstance(interaction, (LaneMove, LaneResize)):
                self.clearSelection()
                self.headerClicked.emit(MapItemKind.LANE, interaction.lane_id)
        super().mouseReleaseEvent(event)

    def cancel_interaction(self) -> bool:
        if self._interaction is None:
            return False
        self._interaction.cancel()
        self._interaction = None
        if self.mouseGrabberItem() is not None:
            self.mouseGrabberItem().ungrabMouse()
        return True

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self._set_hint(None)
        if event.button() != Qt.MouseButton.LeftButton or self.map_layout is None:
            super().mouseDoubleClickEvent(event)
            return
        self.cancel_interaction()
        pos = event.scenePos()
        item = self._item_at(pos)
        named = _named(item)
        if named is not None and named[0] is not MapItemKind.CONNECTOR:
            self.editTextRequested.emit(*named)
            event.accept()
            return
        if (point := self._emotion_point_at(pos)) is not None:
            self.emotionPointAddRequested.emit(*point)
            event.accept()
            return
        cell = self._cell_at(pos)
        if cell is not None:
            self.set_current_cell(*cell)
            self.cellActivated.emit(*cell)
            event.accept()

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:
        pos = event.scenePos()
        item = self._item_at(pos)
        if isinstance(item, CardItem) and not item.isSelected():
            self.clearSelection()
            item.setSelected(True)
        if (named := _named(item)) is not None:
            self.contextMenuRequested.emit(*named, event)
        elif (point := self._emotion_point_at(pos)) is not None:
            self.contextMenuRequested.emit(MapItemKind.EMOTION_LANE, EmotionSpot(*point), event)
        elif (cell := self._cell_at(pos)) is not None:
            self.set_current_cell(*cell)
            self.contextMenuRequested.emit(MapItemKind.CELL, Cell(*cell), event)
        else:
            self.contextMenuRequested.emit(MapItemKind.MAP, "", event)
        event.accept()

    # -- keyboard ----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            if self.cancel_interaction():
                pass
            elif self.connect_mode:
                self.connect_mode = False
            else:
                self.clearSelection()
            event.accept()
            return
        steps = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() in steps and plain and self._move_selection(*steps[event.key()]):
            event.accept()
            return
        super().keyPressEvent(event)

    def _move_selection(self, d_stage: int, d_lane: int) -> bool:
        """Arrow keys move the selected cards to the neighbouring cell."""
        layout = self.map_layout
        cards = [item for item in self.selectedItems() if isinstance(item, CardItem)]
        if layout is None or not cards:
            return False
        stages = [s.stage_id for s in layout.stages]
        lanes = [r.lane_id for r in layout.lanes]
        first = min(cards, key=lambda i: (i.box.rect.x, i.box.rect.y)).box
        s, l_ = stages.index(first.stage_id) + d_stage, lanes.index(first.lane_id) + d_lane
        if not (0 <= s < len(stages) and 0 <= l_ < len(lanes)):
            return True  # at the edge: nothing to do, but the key is ours
        ids = [item.card_id for item in sorted(cards, key=lambda i: (i.box.rect.x, i.box.rect.y))]
        self.cardsMoveRequested.emit(ids, stages[s], lanes[l_], 1_000_000)
        return True

    # -- current cell highlight --------------------------------------------------------------

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        if self._hint is not None and self._hint[0].intersects(rect):
            self._draw_hint(painter, *self._hint)
        cell = self._current_cell
        if cell is None or self.map_layout is None or self.selectedItems():
            return
        cell_rect = self.map_layout.cell_rect(*cell)
        if cell_rect is None:
            return
        pen = QPen(qcolor(self.theme.selection), 2, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(qrect(cell_rect).adjusted(3, 3, -3, -3))

    def _draw_hint(self, painter: QPainter, area: QRectF, text: str) -> None:
        colour = QColor(qcolor(self.theme.muted_text))
        colour.setAlpha(170)
        font = QFont(painter.font())
        font.setPixelSize(12)
        font.setItalic(True)
        painter.save()
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(area.adjusted(8, 6, -8, -6), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)
        painter.restore()


def _named(item: QGraphicsItem | None) -> tuple[MapItemKind, str] | None:
    """The kind and id of a card, header, emotion point or arrow; None for anything else."""
    if isinstance(item, CardItem):
        return MapItemKind.CARD, item.card_id
    if isinstance(item, StageHeaderItem):
        return MapItemKind.STAGE, item.stage_id
    if isinstance(item, LaneHeaderItem):
        return MapItemKind.LANE, item.lane_id
    if isinstance(item, EmotionPointItem):
        return MapItemKind.EMOTION, item.point_id
    if isinstance(item, ConnectorItem):
        return MapItemKind.CONNECTOR, item.connector_id
    return None
