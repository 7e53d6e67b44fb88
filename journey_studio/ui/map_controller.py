"""Turns what the user does on the canvas into edits: scene requests → MapEditor → one undo entry each."""

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRectF, Signal

from ..canvas.editable_scene import EditableMapScene
from ..canvas.inline_editor import InlineEditor
from ..canvas.item_kind import MapItemKind
from ..canvas.items import CardItem, ConnectorItem, EmotionPointItem
from ..canvas.view import MapView
from ..editor import InvalidEdit, MapEditor
from ..layout import Rect
from ..model import LaneKind
from ..translatable import TranslatableText
from ..words import word
from . import card_clipboard


def tr(text: str) -> str:
    return QCoreApplication.translate("MapController", text)


class MapController(QObject):
    selectionDescribed = Signal(object, str)
    """(MapItemKind, id) of what the inspector should show: a card, stage, lane, emotion point, arrow, or the map."""
    mapRequested = Signal(str)
    """Show another map of the workspace (a card's sub-journey)."""
    message = Signal(str)
    """A short note for the status bar (a refused edit, a pasted count…)."""

    def __init__(self, editor: MapEditor, scene: EditableMapScene, view: MapView, parent: QObject | None = None):
        super().__init__(parent)
        self.editor = editor
        self.scene = scene
        self.view = view
        self._inline: InlineEditor | None = None
        s = scene
        s.cardsMoveRequested.connect(
            lambda ids, stage, lane, index: self.apply(self.editor.move_cards, ids, stage, lane, index)
        )
        s.cellActivated.connect(self.add_card_in_cell)
        s.editTextRequested.connect(self.edit_text)
        s.emotionScoreRequested.connect(
            lambda pid, score: self.apply(self.editor.set_emotion_point, pid, {"score": score})
        )
        s.emotionPointAddRequested.connect(self.add_emotion_point_at)
        s.connectorRequested.connect(lambda a, b: self.apply(self.editor.add_connector, a, b))
        s.stageResizeRequested.connect(lambda sid, w: self.apply(self.editor.set_stage, sid, {"width": float(w)}))
        s.stageMoveRequested.connect(lambda sid, i: self.apply(self.editor.move_stage, sid, i))
        s.laneResizeRequested.connect(lambda lid, h: self.apply(self.editor.set_lane, lid, {"height": float(h)}))
        s.laneMoveRequested.connect(lambda lid, i: self.apply(self.editor.move_lane, lid, i))
        s.headerClicked.connect(self.selectionDescribed.emit)
        s.selectionChanged.connect(self._describe_selection)

    def set_editor(self, editor: MapEditor) -> None:
        self.editor = editor

    def apply(self, action: Callable, *args) -> object:
        """Run one editor call; a refused edit becomes a status message instead of an exception."""
        try:
            return action(*args)
        except InvalidEdit as error:
            self.message.emit(str(error))
            return None

    def _describe_selection(self) -> None:
        if not shiboken6.isValid(self.scene):
            return  # the scene clears its selection while it is being destroyed
        items = self.scene.selectedItems()
        if len(items) == 1:
            item = items[0]
            if isinstance(item, CardItem):
                self.selectionDescribed.emit(MapItemKind.CARD, item.card_id)
                return
            if isinstance(item, EmotionPointItem):
                self.selectionDescribed.emit(MapItemKind.EMOTION, item.point_id)
                return
            if isinstance(item, ConnectorItem):
                self.selectionDescribed.emit(MapItemKind.CONNECTOR, item.connector_id)
                return
        self.selectionDescribed.emit(MapItemKind.MAP, "")

    # -- cards -----------------------------------------------------------------------------

    def add_card_in_cell(self, stage_id: str, lane_id: str) -> str | None:
        """A new card, named in place: Enter keeps it, Esc takes it away again (and its undo entry)."""
        title = word("new_card", self.editor.language)  # map content: in the map's language
        card_id = self.apply(self.editor.add_card, stage_id, lane_id, title)
        if card_id:
            self.scene.select_cards([card_id])
            self.edit_text(MapItemKind.CARD, card_id, on_cancel=self._withdrawer())
        return card_id

    def _withdrawer(self) -> Callable[[], None]:
        """Undo the edit just made and drop it from the history, if nothing came after it."""
        stack = self.editor.document.undo_stack
        index, count = stack.index(), stack.count()

        def withdraw() -> None:
            if stack.index() != index or stack.count() != count or index == 0:
                return  # something else happened meanwhile: leave the history alone
            command = stack.command(index - 1)
            command.undo()
            command.setObsolete(True)  # QUndoStack.undo() then deletes it instead of undoing it again
            stack.undo()

        return withdraw

    def add_card(self) -> str | None:
        """Add a card in the current cell (the last clicked, or the selected card's)."""
        cell = self.scene.current_cell
        if cell is None:
            m = self.editor.document.current_map
            if m is None or not m.stages or not m.lanes:
                self.message.emit(tr("Add a stage and a lane first"))
                return None
            lane = next((lane for lane in m.lanes if lane.visible and lane.kind is not LaneKind.EMOTIONS), m.lanes[0])
            cell = (m.stages[0].id, lane.id)
        return self.add_card_in_cell(*cell)

    def selected_card_ids(self) -> list[str]:
        return self.scene.selected_card_ids()

    def delete_selection(self) -> None:
        items = self.scene.selectedItems()
        cards = [i.card_id for i in items if isinstance(i, CardItem)]
        points = [i.point_id for i in items if isinstance(i, EmotionPointItem)]
        arrows = [i.connector_id for i in items if isinstance(i, ConnectorItem)]
        self.apply(self.editor.remove_items, cards, points, arrows)

    def duplicate_selection(self) -> None:
        ids = self.apply(self.editor.duplicate_cards, self.selected_card_ids())
        if ids:
            self.scene.select_cards(ids)

    def copy_selection(self) -> bool:
        m = self.editor.document.current_map
        selected = set(self.selected_card_ids())
        cards = [c for c in m.cards if c.id in selected] if m else []  # in map order, not click order
        if cards:
            card_clipboard.copy_cards(cards)
            self.message.emit(str(TranslatableText("MapController", "Copied %n card(s)", len(cards))))
        return bool(cards)

    def cut_selection(self) -> None:
        if self.copy_selection():
            self.apply(self.editor.remove_cards, self.selected_card_ids())

    def paste(self) -> None:
        cards = card_clipboard.pasted_cards()
        if not cards:
            self.message.emit(tr("The clipboard holds no cards"))
            return
        cell = self.scene.current_cell or (None, None)
        ids = self.apply(self.editor.paste_cards, cards, cell[0], cell[1], cell == (None, None))
        if ids:
            self.scene.select_cards(ids)

    # -- structure -------------------------------------------------------------------------

    def add_stage(self, index: int | None = None) -> str | None:
        stage_id = self.apply(self.editor.add_stage, index)  # named in the map's language
        if stage_id:
            self.scene.clearSelection()
            self.selectionDescribed.emit(MapItemKind.STAGE, stage_id)
            self.edit_text(MapItemKind.STAGE, stage_id)
        return stage_id

    def add_lane(self, index: int | None = None, kind: LaneKind = LaneKind.TEXT) -> str | None:
        lane_id = self.apply(self.editor.add_lane, kind, None, index)
        if lane_id:
            self.scene.clearSelection()
            self.selectionDescribed.emit(MapItemKind.LANE, lane_id)
            self.edit_text(MapItemKind.LANE, lane_id)
        return lane_id

    def add_emotion_point_at(self, stage_id: str, score: float) -> str | None:
        m = self.editor.document.current_map
        persona = (
            m.persona_ids[0]
            if m is not None and len({p.persona_id for p in m.emotion_points}) > 1 and m.persona_ids
            else None
        )
        point_id = self.apply(self.editor.add_emotion_point, stage_id, score, "", None, persona)
        if point_id:
            self.scene.select_emotion_point(point_id)  # the inspector follows the selection
            self.edit_text(MapItemKind.EMOTION, point_id)
        return point_id

    def add_emotion_point(self, stage_id: str | None = None) -> str | None:
        """Map ▸ Add Emotion Point: a neutral point in ``stage_id``, else the current cell's stage, else the
        first stage that has none yet."""
        m = self.editor.document.current_map
        if m is None or not m.stages:
            self.message.emit(tr("Add a stage first"))
            return None
        if stage_id is None:
            cell = self.scene.current_cell
            taken = {p.stage_id for p in m.emotion_points}
            stage_id = cell[0] if cell else next((s.id for s in m.stages if s.id not in taken), m.stages[-1].id)
        low, high = m.emotion_scale.minimum, m.emotion_scale.maximum
        return self.add_emotion_point_at(stage_id, float(round((low + high) / 2)))

    # -- in-place text editing -------------------------------------------------------------

    def edit_selected_text(self) -> None:
        ids = self.selected_card_ids()
        if ids:
            self.edit_text(MapItemKind.CARD, ids[0])

    def edit_text(self, kind: MapItemKind, item_id: str, on_cancel: Callable[[], None] | None = None) -> None:
        layout = self.scene.map_layout
        m = self.editor.document.current_map
        if layout is None or m is None:
            return
        if kind == MapItemKind.CARD and (box := layout.card(item_id)) and (card := m.card(item_id)):
            rect, style, text = box.title.rect, box.title.style, card.title
            commit = lambda value: self.apply(self.editor.set_card, item_id, {"title": value})  # noqa: E731
        elif kind == MapItemKind.STAGE and (column := next((s for s in layout.stages if s.stage_id == item_id), None)):
            rect, style, text = column.name.rect, column.name.style, m.stage(item_id).name
            commit = lambda value: self.apply(self.editor.set_stage, item_id, {"name": value})  # noqa: E731
        elif kind == MapItemKind.LANE and (row := next((r for r in layout.lanes if r.lane_id == item_id), None)):
            rect, style, text = row.title.rect, row.title.style, m.lane(item_id).title
            commit = lambda value: self.apply(self.editor.set_lane, item_id, {"title": value})  # noqa: E731
        elif kind == MapItemKind.EMOTION:
            point = next((p for c in layout.curves for p in c.points if p.point_id == item_id), None)
            model_point = next((p for p in m.emotion_points if p.id == item_id), None)
            if point is None or model_point is None:
                return
            rect, style, text = point.label.rect, point.label.style, model_point.label
            commit = lambda value: self.apply(self.editor.set_emotion_point, item_id, {"label": value})  # noqa: E731
        else:
            return
        if self._inline is not None:
            self._inline.commit()
        area = Rect(rect.x - 4, rect.y - 2, max(rect.width + 8, 140), max(rect.height, style.line_height) + 4)
        self.view.ensureVisible(QRectF(area.x, area.y, area.width, area.height), 40, 40)
        inline = InlineEditor(self.view, QRectF(area.x, area.y, area.width, area.height), text, style, commit,
                              on_cancel)
        inline.finished.connect(lambda: self._forget_inline(inline))
        self._inline = inline

    def _forget_inline(self, inline: InlineEditor) -> None:
        if self._inline is inline:
            self._inline = None

    def inline_editor(self) -> InlineEditor | None:
        return self._inline
