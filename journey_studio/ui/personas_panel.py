"""The personas of the workspace: a list to add and delete them, and a form to edit every field.

Deleting asks nothing: undo brings the persona back (with its curves and its place on maps).
Avatar images are checked, shrunk to 256 px and embedded; the file itself is never referenced.
"""

import base64
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..editor import InvalidEdit, MapEditor
from ..model import Avatar, Persona
from .inspector.choices import channel_names, icon
from .inspector.fields import CheckBinding, CheckListBinding, LineBinding, NumberBinding, PlainTextBinding
from .inspector.form import Form, range_problem
from .inspector.widgets import CheckList, ErrorLabel, NumberBox, plain_text_edit


def tr(text: str) -> str:
    return QCoreApplication.translate("PersonasPanel", text)


MAX_IMAGE_BYTES = 2 * 1024 * 1024
MAX_IMAGE_SIDE = 4096
AVATAR_SIDE = 256
"""Avatars are stored at most this many pixels a side: sharp on screen and in exports, small in the file."""
MAX_EMOJI = 16
"""``Avatar.emoji`` holds at most this many characters (one emoji can be several)."""


class AvatarImageError(ValueError):
    """The chosen file cannot be an avatar; ``str()`` tells the user why."""


def load_avatar_image(path: Path) -> tuple[str, str]:
    """The image at ``path`` as (base64, MIME type), checked and scaled to fit 256 px.

    Refuses files over 2 MB, images over 4096 px a side, and anything that does not decode
    as PNG or JPEG, whatever its name says.
    """
    name = path.name
    try:
        size = path.stat().st_size
    except OSError as error:
        raise AvatarImageError(
            tr("“{name}” cannot be opened: {reason}").format(name=name, reason=error.strerror)
        ) from None
    if size > MAX_IMAGE_BYTES:
        raise AvatarImageError(tr("“{name}” is {size:.1f} MB; choose an image of at most 2 MB.").format(
            name=name, size=size / 1024 / 1024))
    reader = QImageReader(str(path))
    reader.setDecideFormatFromContent(True)
    kind = bytes(reader.format().data()).decode("ascii", "replace").lower()
    if kind not in ("png", "jpeg", "jpg"):
        raise AvatarImageError(tr("“{name}” is not a PNG or JPEG image.").format(name=name))
    dimensions = reader.size()
    if dimensions.width() > MAX_IMAGE_SIDE or dimensions.height() > MAX_IMAGE_SIDE:
        raise AvatarImageError(tr("“{name}” is {width} × {height} pixels; choose one of at most 4096 × 4096.")
                               .format(name=name, width=dimensions.width(), height=dimensions.height()))
    reader.setAutoTransform(True)
    image = reader.read()
    if image.isNull():
        raise AvatarImageError(tr("“{name}” could not be read as an image ({reason}).").format(
            name=name, reason=reader.errorString()))
    if max(image.width(), image.height()) > AVATAR_SIDE:
        image = image.scaled(AVATAR_SIDE, AVATAR_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    png = kind == "png"
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG" if png else "JPEG", -1 if png else 88)
    buffer.close()
    return base64.b64encode(bytes(data.data())).decode("ascii"), "image/png" if png else "image/jpeg"


def ask_image_path(parent: QWidget) -> Path | None:
    """The image file the user picks, or None. Tests replace this."""
    name, _ = QFileDialog.getOpenFileName(parent, tr("Choose an avatar image"), "",
                                          tr("Images (*.png *.jpg *.jpeg);;All files (*)"))
    return Path(name) if name else None


def avatar_pixmap(avatar: Avatar, side: int) -> QPixmap | None:
    """The avatar's image at ``side`` px, or None when it has none (or it does not decode)."""
    if not avatar.image_base64:
        return None
    image = QImage()
    try:
        raw = base64.b64decode(avatar.image_base64, validate=True)
    except ValueError:
        return None
    if not image.loadFromData(raw):
        return None
    return QPixmap.fromImage(image.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                                          Qt.TransformationMode.SmoothTransformation))


def persona_text(persona: Persona) -> str:
    name = persona.name or tr("(no name)")
    return f"{persona.avatar.emoji} {name}" if persona.avatar.emoji and not persona.avatar.image_base64 else name


class PersonaForm(Form):
    """Every field of one persona, plus whether the current map shows it."""

    kind = "persona"

    def __init__(self, editor: MapEditor, parent: QWidget | None = None):
        super().__init__(editor, parent)
        self.name = self.add_field(tr("Name"), LineBinding(
            QLineEdit(self), self.reader(lambda p: p.name), self._set("name")), accessible_name=tr("Persona name"))
        self._build_avatar_row()
        self.on_map_box = QCheckBox(tr("Shown on this map"), self)
        self.on_map_box.setToolTip(tr("Show this persona, and its emotion curve, on the current map"))
        self.on_map = self.add_field("", CheckBinding(self.on_map_box, self._read_on_map, self._write_on_map),
                                     accessible_name=tr("Shown on this map"))
        self.age = self.add_field(tr("Age"), NumberBinding(
            NumberBox(self, minimum=0, maximum=150), self.reader(lambda p: p.age), self._set("age"),
            check=lambda v: range_problem(v, 0, 150, tr("The age must be between {minimum} and {maximum}.")),
            optional=True, integer=True))
        self.role = self.add_field(tr("Role"), LineBinding(
            QLineEdit(self), self.reader(lambda p: p.role), self._set("role")),
            tip=tr("Occupation or situation, in a few words"))
        self.quote = self.add_field(tr("Quote"), PlainTextBinding(
            plain_text_edit(self, 2), self.reader(lambda p: p.quote), self._set("quote")), wide=True,
            tip=tr("Something this persona would say, in their own words"))
        self.lists = {}
        for field, label in (("goals", tr("Goals")), ("motivations", tr("Motivations")),
                             ("frustrations", tr("Frustrations")), ("behaviours", tr("Behaviours")),
                             ("data_sources", tr("Data sources"))):
            self.lists[field] = self.add_field(label, PlainTextBinding(
                plain_text_edit(self, 4), self.reader(lambda p, f=field: getattr(p, f)), self._set(field),
                lines=True), wide=True, tip=tr("One per line"))
        self.channels_list = CheckList(self, visible_rows=len(channel_names()))
        self.channels_list.follow_options(
            lambda: [(c, name, icon("channels", c.value)) for c, name in channel_names().items()])
        self.channels = self.add_field(tr("Preferred channels"), CheckListBinding(
            self.channels_list, self.reader(lambda p: list(p.preferred_channels)), self._set_channels), wide=True)

    def _build_avatar_row(self) -> None:
        """Emoji, or an image: a preview, the emoji field, "Choose image…" and "Remove image"."""
        self.preview = QLabel(self)
        self.preview.setFixedSize(40, 40)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.emoji_edit = QLineEdit(self)
        self.emoji_edit.setPlaceholderText("🙂")
        self.emoji_edit.setToolTip(tr("An emoji stands for the persona when there is no image"))
        self.emoji_edit.setFixedWidth(self.emoji_edit.fontMetrics().horizontalAdvance("MMMMMM") + 12)
        self.choose_button = QPushButton(tr("Choose image…"), self)
        self.choose_button.setToolTip(tr("Use a PNG or JPEG picture (at most 2 MB) as the avatar"))
        self.choose_button.clicked.connect(self.choose_image)
        self.remove_button = QToolButton(self)
        self.remove_button.setText("✕")
        self.remove_button.setToolTip(tr("Remove the avatar image"))
        self.remove_button.setAccessibleName(tr("Remove the avatar image"))
        self.remove_button.clicked.connect(self.remove_image)
        self.emoji = LineBinding(self.emoji_edit, self.reader(lambda p: p.avatar.emoji), self._write_emoji,
                                 check=self._emoji_problem)
        # The preview beside two short lines (emoji; image buttons): one line of all four is wider than the
        # panel's default width, and the panel never scrolls sideways.
        row = QWidget(self)
        layout = QGridLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setVerticalSpacing(4)
        layout.addWidget(self.preview, 0, 0, 2, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.emoji_edit, 0, 1, Qt.AlignmentFlag.AlignLeft)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons, 1, 1)
        layout.setColumnStretch(1, 1)
        self.image_error = ErrorLabel(self)
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(row)
        column.addWidget(self.emoji.error)
        column.addWidget(self.image_error)
        label = QLabel(tr("Avatar"), self)
        label.setBuddy(self.emoji_edit)
        self.emoji_edit.setAccessibleName(tr("Avatar emoji"))
        self.form_layout.addRow(label, box)
        self.bindings.append(self.emoji)

    # -- the model -----------------------------------------------------------------------------

    def model_object(self) -> Persona:
        persona = self.editor.workspace.persona(self.target_id)
        if persona is None:
            raise LookupError(self.target_id)
        return persona

    def _set(self, field: str):
        def write(value: Any, merge_key: str | None) -> None:
            self.editor.set_persona(self.target_id, {field: value}, merge_key)
        return write

    def _set_channels(self, checked: list, merge_key: str | None) -> None:
        """Keep the persona's own order (it may rank them); newly checked channels go last."""
        kept = [c for c in self.model_object().preferred_channels if c in checked]
        self.editor.set_persona(self.target_id, {"preferred_channels": kept + [c for c in checked if c not in kept]},
                                merge_key)

    def _emoji_problem(self, text: str) -> str | None:
        if len(text) > MAX_EMOJI:
            return tr("An avatar is one emoji or a few characters ({count} at most).").format(count=MAX_EMOJI)
        return None

    def _write_emoji(self, emoji: str, merge_key: str | None) -> None:
        """Typing an emoji replaces the image: a persona shows one or the other."""
        avatar = self.model_object().avatar
        if emoji == avatar.emoji:
            return
        self.editor.set_persona(self.target_id, {"avatar": Avatar(emoji=emoji)}, merge_key)

    def _read_on_map(self) -> bool:
        journey_map = self.editor.document.current_map
        self.model_object()  # LookupError when the persona is gone
        return journey_map is not None and self.target_id in journey_map.persona_ids

    def _write_on_map(self, shown: bool, _merge_key: str | None) -> None:
        ids = [p for p in self.editor.map.persona_ids if p != self.target_id]
        self.editor.set_map({"persona_ids": ids + [self.target_id] if shown else ids})

    # -- the image -----------------------------------------------------------------------------

    def choose_image(self) -> None:
        """Ask for a file, check it, and make it the avatar (one undo entry); say why when it cannot be."""
        path = ask_image_path(self)
        if path is None:
            return
        try:
            data, mime = load_avatar_image(path)
            self.editor.set_persona(self.target_id, {"avatar": Avatar(image_base64=data, image_mime=mime)})
        except (AvatarImageError, InvalidEdit) as error:
            self.image_error.show_message(str(error))
            return
        self.image_error.show_message("")

    def remove_image(self) -> None:
        avatar = self.model_object().avatar
        if avatar.image_base64:
            self.editor.set_persona(self.target_id, {"avatar": Avatar(emoji=avatar.emoji)})
        self.image_error.show_message("")

    def refresh(self) -> None:
        super().refresh()
        self._show_avatar()

    def set_target(self, target_id: str) -> None:
        if target_id != self.target_id:
            self.image_error.show_message("")
        super().set_target(target_id)
        self._show_avatar()

    def update_options(self) -> None:
        self.on_map_box.setEnabled(self.editor.document.current_map is not None)

    def _show_avatar(self) -> None:
        try:
            avatar = self.model_object().avatar
        except LookupError:
            return
        pixmap = avatar_pixmap(avatar, self.preview.width() - 4)
        if pixmap is not None:
            self.preview.setPixmap(pixmap)
        else:
            self.preview.clear()
            self.preview.setText(avatar.emoji)
        self.remove_button.setEnabled(bool(avatar.image_base64))
        self.emoji_edit.setEnabled(True)

    def error_text(self) -> str:
        image = self.image_error.text() if not self.image_error.isHidden() else ""
        return "\n".join(text for text in (super().error_text(), image) if text)


class PersonasPanel(QWidget):
    """A dock-able panel: the workspace's personas, Add / Delete, and the selected one's form."""

    def __init__(self, editor: MapEditor, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("personas-panel")
        self.editor = editor
        self.list = QListWidget(self)
        self.list.setAccessibleName(tr("Personas"))
        self.list.setIconSize(QSize(24, 24))
        self.list.setMaximumHeight(self.list.fontMetrics().height() * 6)
        self.list.currentRowChanged.connect(self._row_changed)
        self.add_button = QPushButton(tr("Add"), self)
        self.add_button.setToolTip(tr("Add a persona to the workspace and show it on this map"))
        self.add_button.clicked.connect(self.add_persona)
        self.delete_button = QPushButton(tr("Delete"), self)
        self.delete_button.setToolTip(tr("Delete the selected persona and its emotion curves (undo brings it back)"))
        self.delete_button.clicked.connect(self.delete_persona)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        self.form = PersonaForm(editor)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.form)
        self.empty_label = QLabel(tr("No personas yet. A persona is a semi-fictional customer built from "
                                     "research; add one to give the map a face."), self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.empty_label, 1)
        self._ids: list[str] = []
        self.refresh()

    # -- what the window calls ---------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the model (after any change): the list follows, the field being typed in keeps its text."""
        personas = self.editor.workspace.personas
        self._fill_list(personas)
        selected = self.selected_id()
        if selected is None and personas:
            self.list.setCurrentRow(0)
        elif selected is not None:
            self.form.refresh()
        has_any = bool(personas)
        self.scroll.setVisible(has_any)
        self.empty_label.setVisible(not has_any)
        self.delete_button.setEnabled(has_any and self.selected_id() is not None)

    def set_editor(self, editor: MapEditor) -> None:
        """Edit another document: what was typed goes to the old one first."""
        self.form.set_editor(editor)
        self.editor = editor
        self._ids = []
        self.list.clear()
        self.refresh()

    def selected_id(self) -> str | None:
        row = self.list.currentRow()
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def select(self, persona_id: str) -> None:
        if persona_id in self._ids:
            self.list.setCurrentRow(self._ids.index(persona_id))

    def error_text(self) -> str:
        return self.form.error_text()

    # -- buttons -----------------------------------------------------------------------------

    def add_persona(self) -> None:
        """A new persona, selected, with its name ready to type over."""
        persona_id = self.editor.add_persona(tr("New persona"), attach=self.editor.document.current_map is not None)
        self.refresh()
        self.select(persona_id)
        self.form.name.widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self.form.name.widget.selectAll()

    def delete_persona(self) -> None:
        persona_id = self.selected_id()
        if persona_id is None:
            return
        row = self.list.currentRow()
        self.form.flush()
        self.editor.remove_persona(persona_id)
        self.refresh()
        if self._ids:
            self.list.setCurrentRow(min(row, len(self._ids) - 1))

    # -- internals ---------------------------------------------------------------------------

    def _fill_list(self, personas: list[Persona]) -> None:
        """Rebuild only what changed, so the selection (and the form's focus) stays put."""
        ids = [p.id for p in personas]
        selected = self.selected_id()
        if ids != self._ids:
            previous_row = self.list.currentRow()
            self.list.blockSignals(True)
            self.list.clear()
            for _ in personas:
                QListWidgetItem(self.list)
            self._ids = ids
            # When the selected one is gone (deleted, undone), its neighbour takes its place.
            neighbour = min(max(previous_row, 0), len(ids) - 1) if ids else -1
            row = ids.index(selected) if selected in ids else neighbour
            self.list.setCurrentRow(row)
            self.list.blockSignals(False)
            self._row_changed(row)
        for row, persona in enumerate(personas):
            item = self.list.item(row)
            text = persona_text(persona)
            if item.text() != text:
                item.setText(text)
            key = persona.avatar.image_base64[:64] + str(len(persona.avatar.image_base64))
            if item.data(Qt.ItemDataRole.UserRole) != key:
                pixmap = avatar_pixmap(persona.avatar, 48)
                item.setIcon(QIcon(pixmap) if pixmap is not None else QIcon())
                item.setData(Qt.ItemDataRole.UserRole, key)

    def _row_changed(self, row: int) -> None:
        if 0 <= row < len(self._ids):
            self.form.set_target(self._ids[row])
            self.delete_button.setEnabled(True)
        else:
            self.form.flush()
            self.form.target_id = ""
            self.delete_button.setEnabled(False)
