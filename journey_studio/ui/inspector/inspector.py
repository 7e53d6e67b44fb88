"""The inspector: shows every field of what is selected on the map, and edits it through the MapEditor.

The window tells it what to show (``show_card`` …) and calls :meth:`Inspector.refresh` when the
document changes; each form is built once and kept, so refreshing never steals the focus.
"""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from ...canvas.item_kind import MapItemKind
from ...editor import MapEditor
from .card_form import CardForm
from .connector_form import ConnectorForm
from .emotion_form import EmotionForm
from .form import Form
from .lane_form import LaneForm
from .map_form import MapForm
from .stage_form import StageForm


def tr(text: str) -> str:
    return QCoreApplication.translate("Inspector", text)


class _NothingPage(QWidget):
    """What the inspector says when nothing is selected, with a way to the map's own properties."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        message = QLabel(tr("Select a card, a stage, a lane, an emotion point or an arrow on the map "
                            "to see and edit its details here."), self)
        message.setWordWrap(True)
        message.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.map_button = QPushButton(tr("Map properties"), self)
        self.map_button.setToolTip(tr("Edit the title, personas, scenario and emotion scale of the map"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 24, 16, 16)
        layout.setSpacing(12)
        layout.addWidget(message)
        layout.addWidget(self.map_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)


class Inspector(QWidget):
    """A dock-able panel with one form per kind of object; shows one at a time."""

    def __init__(self, editor: MapEditor, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("inspector")
        self.editor = editor
        self._stack = QStackedWidget(self)
        self._nothing = _NothingPage(self._stack)
        self._nothing.map_button.clicked.connect(self.show_map)
        self._stack.addWidget(self._nothing)
        self.forms: dict[MapItemKind, Form] = {}
        self._scrolls: dict[str, QScrollArea] = {}
        for form_class in (CardForm, StageForm, LaneForm, EmotionForm, ConnectorForm, MapForm):
            form = form_class(editor)
            scroll = QScrollArea(self._stack)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setWidget(form)
            self._stack.addWidget(scroll)
            self.forms[form.kind] = form
            self._scrolls[form.kind] = scroll
        self._current: Form | None = None
        self._heading = QLabel(self)
        heading_font = QFont(self._heading.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.15)
        heading_font.setBold(True)
        self._heading.setFont(heading_font)
        self._heading.setContentsMargins(10, 8, 10, 0)
        self._heading.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self._changed_by = QLabel(self)
        """While live: who last changed what is shown ("last changed by")."""
        self._changed_by.setObjectName("lastChangedBy")
        self._changed_by.setContentsMargins(10, 2, 10, 0)
        self._changed_by.setTextFormat(Qt.TextFormat.PlainText)
        self._changed_by.hide()
        self.attribution: Callable[[MapItemKind, str], str] | None = None
        """Set by a live session: the name of whoever last changed an item (kind, id), "" when unknown."""
        layout.addWidget(self._heading)
        layout.addWidget(self._changed_by)
        layout.addWidget(self._stack, 1)
        self.show_nothing()

    # -- what the window calls --------------------------------------------------------------

    def show_card(self, card_id: str) -> None:
        self._show(MapItemKind.CARD, card_id)

    def show_stage(self, stage_id: str) -> None:
        self._show(MapItemKind.STAGE, stage_id)

    def show_lane(self, lane_id: str) -> None:
        self._show(MapItemKind.LANE, lane_id)

    def show_emotion_point(self, point_id: str) -> None:
        self._show(MapItemKind.EMOTION, point_id)

    def show_connector(self, connector_id: str) -> None:
        self._show(MapItemKind.CONNECTOR, connector_id)

    def show_map(self) -> None:
        journey_map = self.editor.document.current_map
        if journey_map is None:
            self.show_nothing()
        else:
            self._show(MapItemKind.MAP, journey_map.id)

    def show_selection(self, kind: MapItemKind, item_id: str = "") -> None:
        """Show what ``MapController.selectionDescribed(kind, id)`` names."""
        if kind == MapItemKind.MAP:
            self.show_map()
        elif kind in self.forms and item_id:
            self._show(kind, item_id)
        else:
            self.show_nothing()

    def show_nothing(self) -> None:
        self._leave_current()
        self._stack.setCurrentWidget(self._nothing)
        self._heading.setText(tr("Nothing selected"))
        self._show_changed_by()

    def refresh(self) -> None:
        """Re-read the model (after any change): values follow, the field being typed in keeps its text."""
        if self._current is None:
            return
        if self._current.exists():
            self._current.refresh()
            self._update_heading()
        else:
            self.show_nothing()

    def set_editor(self, editor: MapEditor) -> None:
        """Edit another document (File ▸ Open): pending input goes to the old one first."""
        self._leave_current()
        self.editor = editor
        for form in self.forms.values():
            form.set_editor(editor)
        self.show_nothing()

    def error_text(self) -> str:
        """The refusal messages shown under the fields of the current form (empty when all is well)."""
        return self._current.error_text() if self._current is not None else ""

    def current_kind(self) -> MapItemKind | str:
        """What the shown form is about, or "" when nothing is shown."""
        return self._current.kind if self._current is not None else ""

    def current_id(self) -> str:
        return self._current.target_id if self._current is not None else ""

    def current_form(self) -> Form | None:
        return self._current

    # -- internals ---------------------------------------------------------------------------

    def _show(self, kind: MapItemKind, item_id: str) -> None:
        form = self.forms[kind]
        if form is not self._current:
            self._leave_current()
        form.set_target(item_id)
        if not form.exists():
            form.target_id = ""
            self.show_nothing()
            return
        if form is not self._current:
            self._current = form
            self._stack.setCurrentWidget(self._scrolls[kind])
            self._scrolls[kind].verticalScrollBar().setValue(0)
        self._update_heading()

    def _leave_current(self) -> None:
        """Apply what was typed, then forget the target: coming back later starts clean (no stale message)."""
        if self._current is not None:
            self._current.flush()
            self._current.target_id = ""
        self._current = None

    def _update_heading(self) -> None:
        form = self._current
        if form is None:
            return
        headings = {
            MapItemKind.CARD: tr("Card"), MapItemKind.STAGE: tr("Stage"), MapItemKind.LANE: tr("Lane"),
            MapItemKind.EMOTION: tr("Emotion point"), MapItemKind.CONNECTOR: tr("Arrow"), MapItemKind.MAP: tr("Map"),
        }
        self._heading.setText(headings[form.kind])
        self._show_changed_by()

    def set_attribution(self, attribution: Callable[[MapItemKind, str], str] | None) -> None:
        """Say who last changed the shown item (a live session), or stop saying it (None)."""
        self.attribution = attribution
        self._show_changed_by()

    def _show_changed_by(self) -> None:
        form = self._current
        name = self.attribution(form.kind, form.target_id) if self.attribution and form and form.target_id else ""
        self._changed_by.setText(tr("Last changed by {name}").format(name=name) if name else "")
        self._changed_by.setVisible(bool(name))
