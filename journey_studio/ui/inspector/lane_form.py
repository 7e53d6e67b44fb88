"""Every field of a lane (a row of the map)."""

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from ...canvas.item_kind import MapItemKind
from ...editor import MapEditor
from ...model import Lane
from .choices import lane_kind_names
from .fields import CheckBinding, ComboBinding, LineBinding, NumberBinding
from .form import Form, current_map, range_problem
from .widgets import Combo, NumberBox


def tr(text: str) -> str:
    return QCoreApplication.translate("Inspector", text)


MIN_HEIGHT, MAX_HEIGHT = 40, 2000
"""The model's bounds on a lane's height (``Lane.height``)."""


class LaneForm(Form):
    kind = MapItemKind.LANE

    def __init__(self, editor: MapEditor, parent: QWidget | None = None):
        super().__init__(editor, parent)
        self.title = self.add_field(tr("Title"), LineBinding(
            QLineEdit(self), self.reader(lambda lane: lane.title), self._set("title")))
        self.kind_combo = Combo(self)
        self.kind_combo.follow_options(lambda: [(kind, name, None) for kind, name in lane_kind_names().items()])
        self.lane_kind = self.add_field(tr("Kind"), ComboBinding(
            self.kind_combo, self.reader(lambda lane: lane.kind), self._set("kind")),
            accessible_name=tr("Lane kind"), tip=tr("What the cards of this lane describe"))
        self.height_box = NumberBox(self, minimum=MIN_HEIGHT, maximum=MAX_HEIGHT, step=10)
        self.height_box.lineEdit().setPlaceholderText(f"{MIN_HEIGHT}–{MAX_HEIGHT}")
        self.height = self.add_field(tr("Height (px)"), NumberBinding(
            self.height_box, self.reader(lambda lane: lane.height), self._set("height"),
            check=lambda v: range_problem(v, MIN_HEIGHT, MAX_HEIGHT, tr(
                "The height must be between {minimum} and {maximum} pixels."))),
            accessible_name=tr("Minimum height in pixels"),
            tip=tr("The lane grows beyond this height to fit its fullest cell"))
        self.visible = self.add_field("", CheckBinding(
            QCheckBox(tr("Shown on the map"), self), self.reader(lambda lane: lane.visible), self._set("visible")),
            accessible_name=tr("Shown on the map"))

    def model_object(self) -> Lane:
        lane = current_map(self.editor).lane(self.target_id)
        if lane is None:
            raise LookupError(self.target_id)
        return lane

    def _set(self, field: str):
        def write(value: Any, merge_key: str | None) -> None:
            self.editor.set_lane(self.target_id, {field: value}, merge_key)
        return write
