"""What every inspector form shares: the object it shows, its bindings, and the row layout.

A form is built once and re-pointed at another object with :meth:`Form.set_target`; it is
never rebuilt while the user types, so focus and cursor survive every refresh.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from ...canvas.item_kind import MapItemKind
from ...editor import InvalidEdit, MapEditor
from ...model import JourneyMap
from .fields import Binding
from .widgets import locale_number


def tr(text: str) -> str:
    return QCoreApplication.translate("Inspector", text)


def current_map(editor: MapEditor) -> JourneyMap:
    """The edited map; LookupError when the document has none (forms then show nothing)."""
    journey_map = editor.document.current_map
    if journey_map is None:
        raise LookupError("no map")
    return journey_map


def range_problem(value: float | None, minimum: float, maximum: float, message: str) -> str | None:
    """``message`` (with ``{minimum}`` and ``{maximum}`` filled in) when ``value`` is outside the range."""
    if value is None or minimum <= value <= maximum:
        return None
    return message.format(minimum=locale_number(minimum, 2), maximum=locale_number(maximum, 2))


def scale_problem(journey_map: JourneyMap, value: float | None, message: str) -> str | None:
    """Why ``value`` is refused by the map's emotion scale, or None."""
    scale = journey_map.emotion_scale
    return range_problem(value, scale.minimum, scale.maximum, message)


class Form(QWidget):
    """Shows one object and edits it through the editor. Subclasses build rows and say how to find the object."""

    kind: MapItemKind
    """What the form shows: a card, stage, lane, emotion point, arrow or the map."""

    def __init__(self, editor: MapEditor, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        self.target_id = ""
        self.bindings: list[Binding] = []
        self.form_layout = QFormLayout()
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form_layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 8, 10, 10)
        outer.addLayout(self.form_layout)
        outer.addStretch(1)

    # -- the shown object --------------------------------------------------------------------

    def model_object(self) -> Any:
        """The object shown; raises LookupError when it no longer exists (deleted, undone)."""
        raise NotImplementedError

    def exists(self) -> bool:
        try:
            self.model_object()
        except (LookupError, InvalidEdit):
            return False
        return True

    def set_target(self, target_id: str) -> None:
        """Show another object: what was typed for the previous one is applied to it first."""
        if target_id == self.target_id:
            self.refresh()
            return
        self.flush()
        self.target_id = target_id
        self.update_options()
        for binding in self.bindings:
            binding.reset()

    def set_editor(self, editor: MapEditor) -> None:
        self.flush()
        self.editor = editor
        self.target_id = ""

    def refresh(self) -> None:
        """Re-read the model: widgets whose value changed follow; input being typed stays."""
        if not self.exists():
            return
        self.update_options()
        for binding in self.bindings:
            binding.refresh()

    def update_options(self) -> None:
        """Refill choices that depend on the document (personas, cards, the emotion scale)."""

    def changeEvent(self, event: QEvent) -> None:
        """After a switch of language, the choices filled from the document are named again."""
        if event.type() == QEvent.Type.LanguageChange and self.target_id and self.exists():
            self.update_options()
        super().changeEvent(event)

    def flush(self) -> None:
        """Apply what the user typed but has not committed yet (before the form shows something else)."""
        if not self.target_id or not self.exists():
            return
        for binding in self.bindings:
            if binding.has_pending_input():
                binding.commit()

    def error_text(self) -> str:
        return "\n".join(text for text in (b.error_text() for b in self.bindings) if text)

    # -- reading the model, with a LookupError when gone --------------------------------------

    def reader(self, get: Callable[[Any], Any]) -> Callable[[], Any]:
        """A binding reader: ``get`` applied to the shown object."""
        return lambda: get(self.model_object())

    # -- rows ---------------------------------------------------------------------------------

    def add_section(self, title: str) -> QLabel:
        label = QLabel(title, self)
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        label.setContentsMargins(0, 8 if self.form_layout.rowCount() else 0, 0, 2)
        self.form_layout.addRow(label)
        return label

    def add_field(self, label_text: str, binding: Binding, *, wide: bool = False,
                  accessible_name: str | None = None, tip: str = "") -> Binding:
        """A labelled row: the input, and its error line under it.

        ``wide`` puts the label above a field that needs the whole width (multi-line texts, lists).
        """
        label = QLabel(label_text, self)
        label.setBuddy(binding.focus_widget())
        binding.widget.setAccessibleName(accessible_name or label_text.rstrip(":").replace("&", ""))
        if tip:
            binding.widget.setToolTip(tip)
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(binding.widget)
        column.addWidget(binding.error)
        if wide:
            self.form_layout.addRow(label)
            self.form_layout.addRow(box)
        else:
            self.form_layout.addRow(label, box)
        self.bindings.append(binding)
        return binding

    def add_note(self, text: str = "") -> QLabel:
        """A read-only line of explanation spanning the form (what an arrow joins, a computed rate)."""
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText).darker(130))
        label.setPalette(palette)
        self.form_layout.addRow(label)
        return label
