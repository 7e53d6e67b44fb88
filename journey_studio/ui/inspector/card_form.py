"""Every field of a card, and of the evidence behind it."""

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from ...canvas.item_kind import MapItemKind
from ...editor import MapEditor
from ...model import Card
from ...model.enums import OFFLINE_CHANNELS
from .choices import channel_names, evidence_names, icon
from .fields import (
    CheckBinding,
    ColourBinding,
    ComboBinding,
    DateBinding,
    LineBinding,
    NumberBinding,
    PlainTextBinding,
    comma_list,
    join_commas,
)
from .form import Form, current_map, scale_problem
from .widgets import ColourPicker, Combo, NumberBox, VerifiedDateEdit, plain_text_edit


def tr(text: str) -> str:
    return QCoreApplication.translate("Inspector", text)


class CardForm(Form):
    kind = MapItemKind.CARD

    def __init__(self, editor: MapEditor, parent: QWidget | None = None):
        super().__init__(editor, parent)
        self.title = self.add_field(tr("Title"), LineBinding(
            QLineEdit(self), self.reader(lambda c: c.title), self._set("title")))
        self.body = self.add_field(tr("Text"), PlainTextBinding(
            plain_text_edit(self, 4), self.reader(lambda c: c.body), self._set("body")), wide=True)

        self.channel_combo = Combo(self)
        self.channel = self.add_field(tr("Channel"), ComboBinding(
            self.channel_combo, self.reader(lambda c: c.channel), self._set("channel")))
        self.online_combo = Combo(self)
        self.online = self.add_field(tr("Online"), ComboBinding(
            self.online_combo, self.reader(lambda c: c.online), self._set("online")),
            accessible_name=tr("Online or offline"),
            tip=tr("Whether this step happens online; by default the channel decides"))
        self.owner = self.add_field(tr("Owner"), LineBinding(
            QLineEdit(self), self.reader(lambda c: c.owner), self._set("owner")),
            tip=tr("The team responsible for this step"))
        self.emotion_box = NumberBox(self, step=1, decimals=2)
        self.emotion = self.add_field(tr("Emotion"), NumberBinding(
            self.emotion_box, self.reader(lambda c: c.emotion), self._set("emotion"),
            check=lambda v: scale_problem(current_map(self.editor), v, tr(
                "The emotion must be between {minimum} and {maximum}, the scale of this map.")),
            optional=True),
            tip=tr("How the customer feels at this step; leave empty when unknown"))
        self.tags = self.add_field(tr("Tags"), LineBinding(
            QLineEdit(self), self.reader(lambda c: c.tags), self._set("tags"),
            parse=comma_list, format=join_commas), tip=tr("Separate tags with commas"))
        self.colour_picker = ColourPicker(self, reset_text=tr("Reset"),
                                          reset_tip=tr("Use the stage colour again"),
                                          dialog_title=tr("Card colour"))
        self.colour = self.add_field(tr("Colour"), ColourBinding(
            self.colour_picker, self.reader(lambda c: c.colour), self._set("colour"),
            inherited=self.reader(lambda c: self._stage_colour(c))))
        self.critical_box = QCheckBox(tr("Moment of truth"), self)
        self.critical_box.setToolTip(tr("This step decides whether the customer goes on"))
        self.critical = self.add_field("", CheckBinding(
            self.critical_box, self.reader(lambda c: c.critical), self._set("critical")),
            accessible_name=tr("Moment of truth"))

        self.add_section(tr("Evidence"))
        self.source_combo = Combo(self)
        self.source = self.add_field(tr("Source"), ComboBinding(
            self.source_combo, self.reader(lambda c: c.evidence.source), self._set_evidence("source")),
            accessible_name=tr("Evidence source"), tip=tr("Where what this card says comes from"))
        self.reference = self.add_field(tr("Reference"), LineBinding(
            QLineEdit(self), self.reader(lambda c: c.evidence.reference), self._set_evidence("reference"),
            live=False), accessible_name=tr("Evidence reference"),
            tip=tr("A study, dashboard or ticket query a colleague can find again"))
        self.verified_edit = VerifiedDateEdit(self)
        self.verified = self.add_field(tr("Verified"), DateBinding(
            self.verified_edit, self.reader(lambda c: c.evidence.last_verified),
            self._set_evidence("last_verified")), accessible_name=tr("Last verified"))

        self.channel_combo.follow_options(lambda: (
            [(None, tr("None"), None)]
            + [(channel, name, icon("channels", channel.value)) for channel, name in channel_names().items()]))
        self.online_combo.follow_options(lambda: [(None, tr("As the channel implies"), None),
                                                  (True, tr("Online"), None), (False, tr("Offline"), None)])
        self.source_combo.follow_options(lambda: [(source, name, None) for source, name in evidence_names().items()])

    def model_object(self) -> Card:
        card = current_map(self.editor).card(self.target_id)
        if card is None:
            raise LookupError(self.target_id)
        return card

    def _stage_colour(self, card: Card) -> str:
        stage = current_map(self.editor).stage(card.stage_id)
        return stage.colour if stage is not None else "#4C78A8"

    def _set(self, field: str):
        def write(value: Any, merge_key: str | None) -> None:
            self.editor.set_card(self.target_id, {field: value}, merge_key)
        return write

    def _set_evidence(self, field: str):
        def write(value: Any, _merge_key: str | None) -> None:
            self.editor.set_card_evidence(self.target_id, {field: value})
        return write

    def update_options(self) -> None:
        """Say what "as the channel implies" means for this card's channel, and bound the emotion arrows."""
        try:
            card = self.model_object()
            journey_map = current_map(self.editor)
        except LookupError:
            return
        if card.channel is None:
            implied = tr("As the channel implies")
        elif card.channel in OFFLINE_CHANNELS:
            implied = tr("As the channel implies (offline)")
        else:
            implied = tr("As the channel implies (online)")
        self.online_combo.set_item_text(None, implied)
        scale = journey_map.emotion_scale
        self.emotion_box.set_range(scale.minimum, scale.maximum)
        self.emotion_box.lineEdit().setPlaceholderText(
            tr("{minimum} to {maximum}").format(minimum=scale.minimum, maximum=scale.maximum))
