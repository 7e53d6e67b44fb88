"""Every field of a point of the emotion curve."""

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from ...canvas.item_kind import MapItemKind
from ...editor import MapEditor
from ...model import EmotionPoint
from .fields import ComboBinding, LineBinding, NumberBinding
from .form import Form, current_map, scale_problem
from .widgets import Combo, NumberBox


def tr(text: str) -> str:
    return QCoreApplication.translate("Inspector", text)


def persona_label(name: str, emoji: str) -> str:
    return f"{emoji} {name}" if emoji else name


class EmotionForm(Form):
    kind = MapItemKind.EMOTION

    def __init__(self, editor: MapEditor, parent: QWidget | None = None):
        super().__init__(editor, parent)
        self.label = self.add_field(tr("Label"), LineBinding(
            QLineEdit(self), self.reader(lambda p: p.label), self._set("label")),
            tip=tr("A word for the feeling, shown next to the point"))
        self.score_box = NumberBox(self, step=1, decimals=2)
        self.score = self.add_field(tr("Score"), NumberBinding(
            self.score_box, self.reader(lambda p: p.score), self._set("score"),
            check=lambda v: scale_problem(current_map(self.editor), v, tr(
                "The score must be between {minimum} and {maximum}, the scale of this map."))),
            tip=tr("How the customer feels: low is frustrated, high is delighted"))
        self.persona_combo = Combo(self)
        self.persona = self.add_field(tr("Persona"), ComboBinding(
            self.persona_combo, self.reader(lambda p: p.persona_id), self._set("persona_id")),
            tip=tr("Whose curve this point belongs to"))
        self.card_combo = Combo(self)
        self.card = self.add_field(tr("Card"), ComboBinding(
            self.card_combo, self.reader(lambda p: p.card_id), self._set_card),
            tip=tr("The card the point sits above; without one it is spread within its stage"))

    def model_object(self) -> EmotionPoint:
        point = next((p for p in current_map(self.editor).emotion_points if p.id == self.target_id), None)
        if point is None:
            raise LookupError(self.target_id)
        return point

    def _set(self, field: str):
        def write(value: Any, merge_key: str | None) -> None:
            self.editor.set_emotion_point(self.target_id, {field: value}, merge_key)
        return write

    def _set_card(self, card_id: str | None, merge_key: str | None) -> None:
        """A point above a card belongs to that card's stage: both change in one undo entry."""
        changes: dict[str, Any] = {"card_id": card_id}
        card = current_map(self.editor).card(card_id) if card_id else None
        if card is not None:
            changes["stage_id"] = card.stage_id
        self.editor.set_emotion_point(self.target_id, changes, merge_key)

    def update_options(self) -> None:
        try:
            journey_map = current_map(self.editor)
            point = self.model_object()
        except LookupError:
            return
        scale = journey_map.emotion_scale
        self.score_box.set_range(scale.minimum, scale.maximum)
        self.score_box.lineEdit().setPlaceholderText(
            tr("{minimum} to {maximum}").format(minimum=scale.minimum, maximum=scale.maximum))
        personas = self.editor.workspace.personas
        options: list[tuple[object, str, None]] = [(None, tr("None"), None)]
        options += [(p.id, persona_label(p.name, p.avatar.emoji), None) for p in personas]
        if point.persona_id and all(p.id != point.persona_id for p in personas):
            options.append((point.persona_id, tr("{id} (missing)").format(id=point.persona_id), None))
        self.persona_combo.set_options(options)
        stage_names = {s.id: s.name for s in journey_map.stages}
        stage_order = {s.id: i for i, s in enumerate(journey_map.stages)}
        cards = sorted(journey_map.cards, key=lambda c: (stage_order.get(c.stage_id, 1 << 30), c.lane_id, c.order))
        card_options: list[tuple[object, str, None]] = [(None, tr("None (spread within its stage)"), None)]
        card_options += [(c.id, f"{stage_names.get(c.stage_id, '?')} › {c.title or tr('(untitled)')}", None)
                         for c in cards]
        self.card_combo.set_options(card_options)
