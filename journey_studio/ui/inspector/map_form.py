"""The fields of the map itself: what journey it tells, for whom, on which emotion scale."""

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from ...canvas.item_kind import MapItemKind
from ...editor import MapEditor
from ...model import EmotionScale, JourneyMap
from ...translatable import TranslatableText
from .choices import journey_type_names, map_state_names, purchase_pattern_names
from .emotion_form import persona_label
from .fields import CheckListBinding, ComboBinding, LineBinding, NumberBinding, PlainTextBinding
from .form import Form, current_map
from .widgets import CheckList, Combo, NumberBox, plain_text_edit


def tr(text: str) -> str:
    return QCoreApplication.translate("Inspector", text)


MAX_SCALE_SPAN = 200
"""``EmotionScale`` allows at most this many steps between its ends."""


def emotions_outside(journey_map: JourneyMap, minimum: int, maximum: int) -> int:
    """How many card emotions and curve points a scale ``minimum…maximum`` would leave out."""
    values = [c.emotion for c in journey_map.cards if c.emotion is not None]
    values += [p.score for p in journey_map.emotion_points]
    return sum(1 for v in values if not minimum <= v <= maximum)


class MapForm(Form):
    kind = MapItemKind.MAP

    def __init__(self, editor: MapEditor, parent: QWidget | None = None):
        super().__init__(editor, parent)
        self.title = self.add_field(tr("Title"), LineBinding(
            QLineEdit(self), self.reader(lambda m: m.title), self._set("title")), accessible_name=tr("Map title"))
        self.type_combo = Combo(self)
        self.type_combo.follow_options(lambda: [(t, name, None) for t, name in journey_type_names().items()])
        self.journey_type = self.add_field(tr("Journey"), ComboBinding(
            self.type_combo, self.reader(lambda m: m.journey_type), self._set("journey_type")),
            accessible_name=tr("Journey type"))
        self.pattern_combo = Combo(self)
        self.pattern_combo.follow_options(lambda: [(p, name, None) for p, name in purchase_pattern_names().items()])
        self.purchase_pattern = self.add_field(tr("Purchase"), ComboBinding(
            self.pattern_combo, self.reader(lambda m: m.purchase_pattern), self._set("purchase_pattern")),
            accessible_name=tr("Purchase pattern"), tip=tr("How customers decide to buy"))
        self.state_combo = Combo(self)
        self.state_combo.follow_options(lambda: [(s, name, None) for s, name in map_state_names().items()])
        self.state = self.add_field(tr("State"), ComboBinding(
            self.state_combo, self.reader(lambda m: m.state), self._set("state")),
            accessible_name=tr("Map state"), tip=tr("Whether the map shows the journey today or as it should become"))
        self.personas_list = CheckList(self, visible_rows=4)
        self.personas = self.add_field(tr("Personas on this map"), CheckListBinding(
            self.personas_list, self.reader(lambda m: m.persona_ids), self._set_personas), wide=True)
        self.scenario = self.add_field(tr("Scenario"), PlainTextBinding(
            plain_text_edit(self, 6), self.reader(lambda m: m.scenario), self._set("scenario")), wide=True,
            tip=tr("The situation the journey starts from"))

        self.add_section(tr("Emotion scale"))
        self.scale_min = self.add_field(tr("Lowest"), NumberBinding(
            NumberBox(self, minimum=-100, maximum=99), self.reader(lambda m: m.emotion_scale.minimum),
            self._set_scale("minimum"), check=lambda v: self._scale_problem(v, None), integer=True),
            accessible_name=tr("Lowest emotion score"))
        self.scale_max = self.add_field(tr("Highest"), NumberBinding(
            NumberBox(self, minimum=-99, maximum=100), self.reader(lambda m: m.emotion_scale.maximum),
            self._set_scale("maximum"), check=lambda v: self._scale_problem(None, v), integer=True),
            accessible_name=tr("Highest emotion score"))

    def model_object(self) -> JourneyMap:
        return current_map(self.editor)

    def set_target(self, target_id: str = "") -> None:
        super().set_target(target_id or self._map_id())

    def _map_id(self) -> str:
        journey_map = self.editor.document.current_map
        return journey_map.id if journey_map is not None else ""

    def _set(self, field: str):
        def write(value: Any, merge_key: str | None) -> None:
            self.editor.set_map({field: value}, merge_key)
        return write

    def _set_personas(self, checked: list[str], _merge_key: str | None) -> None:
        """Keep the map's own order for personas that stay; newly checked ones go last."""
        kept = [p for p in current_map(self.editor).persona_ids if p in checked]
        self.editor.set_map({"persona_ids": kept + [p for p in checked if p not in kept]})

    def _set_scale(self, end: str):
        def write(value: int, _merge_key: str | None) -> None:
            scale = current_map(self.editor).emotion_scale
            self.editor.set_map({"emotion_scale": EmotionScale(**{**scale.model_dump(), end: value})})
        return write

    def _scale_problem(self, minimum: int | None, maximum: int | None) -> str | None:
        journey_map = current_map(self.editor)
        low = journey_map.emotion_scale.minimum if minimum is None else minimum
        high = journey_map.emotion_scale.maximum if maximum is None else maximum
        if not -100 <= low <= 100 or not -100 <= high <= 100:
            return tr("Scores go from -100 to 100.")
        if low >= high:
            return tr("The lowest score must be below the highest ({low} ≥ {high}).").format(low=low, high=high)
        if high - low > MAX_SCALE_SPAN:
            return tr("The scale may span at most {span} steps.").format(span=MAX_SCALE_SPAN)
        outside = emotions_outside(journey_map, low, high)
        if outside:
            return str(TranslatableText("Inspector", "%n emotion(s) on this map would fall outside {low}…{high}; "
                                        "change them first.", outside, {"low": low, "high": high}))
        return None

    def update_options(self) -> None:
        workspace = self.editor.workspace
        self.personas_list.set_options([(p.id, persona_label(p.name, p.avatar.emoji), None)
                                        for p in workspace.personas])
