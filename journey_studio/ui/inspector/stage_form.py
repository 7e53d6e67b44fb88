"""Every field of a stage (a column of the map), and its funnel metrics."""

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from ...canvas.item_kind import MapItemKind
from ...editor import MapEditor
from ...model import Stage
from ...model.journey_map import StageMetrics
from .choices import icon, stage_icon_label, stage_icon_names
from .fields import ColourBinding, ComboBinding, LineBinding, NumberBinding, PlainTextBinding
from .form import Form, current_map, range_problem
from .widgets import ColourPicker, Combo, NumberBox, locale_number, plain_text_edit


def tr(text: str) -> str:
    return QCoreApplication.translate("Inspector", text)


MIN_WIDTH, MAX_WIDTH = 120, 2000
"""The model's bounds on a stage's width (``Stage.width``)."""


class StageForm(Form):
    kind = MapItemKind.STAGE

    def __init__(self, editor: MapEditor, parent: QWidget | None = None):
        super().__init__(editor, parent)
        self.name = self.add_field(tr("Name"), LineBinding(
            QLineEdit(self), self.reader(lambda s: s.name), self._set("name")))
        self.description = self.add_field(tr("Description"), PlainTextBinding(
            plain_text_edit(self, 3), self.reader(lambda s: s.description), self._set("description")), wide=True)
        self.goal = self.add_field(tr("Customer goal"), LineBinding(
            QLineEdit(self), self.reader(lambda s: s.customer_goal), self._set("customer_goal")),
            tip=tr("What the customer wants to achieve in this stage"))
        self.icon_combo = Combo(self)
        self.icon = self.add_field(tr("Icon"), ComboBinding(
            self.icon_combo, self.reader(lambda s: s.icon), self._set("icon")))
        self.colour = self.add_field(tr("Colour"), ColourBinding(
            ColourPicker(self, dialog_title=tr("Stage colour")), self.reader(lambda s: s.colour),
            self._set("colour")))
        self.width_box = NumberBox(self, minimum=MIN_WIDTH, maximum=MAX_WIDTH, step=10, decimals=0)
        self.width_box.lineEdit().setPlaceholderText(f"{MIN_WIDTH}–{MAX_WIDTH}")
        self.width = self.add_field(tr("Width (px)"), NumberBinding(
            self.width_box, self.reader(lambda s: s.width), self._set("width"),
            check=lambda v: range_problem(v, MIN_WIDTH, MAX_WIDTH, tr(
                "The width must be between {minimum} and {maximum} pixels."))),
            accessible_name=tr("Width in pixels"))

        self.add_section(tr("Metrics"))
        self.entered = self.add_field(tr("Entered"), NumberBinding(
            NumberBox(self, minimum=0, maximum=10**9, step=100), self.reader(lambda s: s.metrics.entered),
            self._set_metric("entered"), check=lambda v: self._count_problem(v, "entered"), optional=True,
            integer=True), accessible_name=tr("Customers who enter the stage"),
            tip=tr("How many customers enter this stage"))
        self.completed = self.add_field(tr("Completed"), NumberBinding(
            NumberBox(self, minimum=0, maximum=10**9, step=100), self.reader(lambda s: s.metrics.completed),
            self._set_metric("completed"), check=lambda v: self._count_problem(v, "completed"), optional=True,
            integer=True), accessible_name=tr("Customers who complete the stage"),
            tip=tr("How many customers complete this stage"))
        self.rate_box = NumberBox(self, minimum=0, maximum=100, step=1, decimals=1)
        self.rate = self.add_field(tr("Completion (%)"), NumberBinding(
            self.rate_box, self.reader(lambda s: s.metrics.completion_rate), self._set_metric("completion_rate"),
            check=lambda v: range_problem(None if v is None else v * 100, 0, 100, tr(
                "The completion rate must be between {minimum} and {maximum} %.")),
            optional=True, scale=100.0), accessible_name=tr("Completion rate in percent"),
            tip=tr("The share of customers who complete this stage, when the counts are unknown"))
        self.rate_note = self.add_note()

    def model_object(self) -> Stage:
        stage = current_map(self.editor).stage(self.target_id)
        if stage is None:
            raise LookupError(self.target_id)
        return stage

    def _set(self, field: str):
        def write(value: Any, merge_key: str | None) -> None:
            self.editor.set_stage(self.target_id, {field: value}, merge_key)
        return write

    def _set_metric(self, field: str):
        def write(value: Any, _merge_key: str | None) -> None:
            self.editor.set_stage_metrics(self.target_id, {field: value})
        return write

    def _count_problem(self, value: int | None, field: str) -> str | None:
        if value is not None and value < 0:
            return tr("A number of customers cannot be negative.")
        metrics: StageMetrics = self.model_object().metrics
        entered = value if field == "entered" else metrics.entered
        completed = value if field == "completed" else metrics.completed
        if entered is not None and completed is not None and completed > entered:
            return tr("More customers would complete the stage ({completed}) than enter it ({entered}).").format(
                completed=locale_number(completed, 0), entered=locale_number(entered, 0))
        return None

    def update_options(self) -> None:
        """List the icons (keeping an unknown one the file names), and show the rate the counts give."""
        try:
            stage = self.model_object()
        except LookupError:
            return
        names = stage_icon_names()
        options = [("", tr("None"), None)] + [(n, stage_icon_label(n), icon("stages", n)) for n in names]
        if stage.icon and stage.icon not in names:
            options.append((stage.icon, tr("{name} (missing)").format(name=stage.icon), None))
        self.icon_combo.set_options(options)
        metrics = stage.metrics
        if metrics.entered and metrics.completed is not None:
            rate = locale_number(metrics.completed / metrics.entered * 100, 1)
            self.rate_note.setText(tr("The counts give a completion rate of {rate} %; it is the one the map shows.")
                                   .format(rate=rate))
            self.rate_note.show()
        else:
            self.rate_note.hide()
