"""The fields of an arrow between two cards."""

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from ...canvas.item_kind import MapItemKind
from ...editor import MapEditor
from ...model import Connector
from .choices import connector_kind_names
from .fields import ComboBinding, LineBinding
from .form import Form, current_map
from .widgets import Combo


def tr(text: str) -> str:
    return QCoreApplication.translate("Inspector", text)


class ConnectorForm(Form):
    kind = MapItemKind.CONNECTOR

    def __init__(self, editor: MapEditor, parent: QWidget | None = None):
        super().__init__(editor, parent)
        self.ends = self.add_note()
        self.kind_combo = Combo(self)
        self.kind_combo.follow_options(lambda: [(kind, name, None) for kind, name in connector_kind_names().items()])
        self.connector_kind = self.add_field(tr("Kind"), ComboBinding(
            self.kind_combo, self.reader(lambda c: c.kind), self._set("kind")),
            accessible_name=tr("Arrow kind"), tip=tr("Whether the customer goes on, goes back or skips ahead"))
        # MapEditor.set_connector takes no merge key: the label applies when typing ends, as one entry.
        self.label = self.add_field(tr("Label"), LineBinding(
            QLineEdit(self), self.reader(lambda c: c.label), self._set("label"), live=False),
            accessible_name=tr("Arrow label"))

    def model_object(self) -> Connector:
        connector = next((c for c in current_map(self.editor).connectors if c.id == self.target_id), None)
        if connector is None:
            raise LookupError(self.target_id)
        return connector

    def _set(self, field: str):
        def write(value: Any, _merge_key: str | None) -> None:
            self.editor.set_connector(self.target_id, {field: value})
        return write

    def update_options(self) -> None:
        try:
            connector = self.model_object()
            journey_map = current_map(self.editor)
        except LookupError:
            return

        def title(card_id: str) -> str:
            card = journey_map.card(card_id)
            return card.title if card is not None else tr("(missing card)")

        self.ends.setText(tr("From “{source}” to “{target}”").format(
            source=title(connector.from_card), target=title(connector.to_card)))
