"""File ▸ New: a gallery of templates with thumbnails, and the "Save as template" dialog.

Thumbnails are drawn by the export renderer from a fresh offscreen scene, one per template
file, once per session (:func:`template_preview` caches them); the gallery asks for them one
at a time from the event loop, so it opens at once and fills in as they come.
The gallery lists the bundled templates and the user's own (``user_templates``).
"""

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..export.render import build_scene, render_frame
from ..export.sizing import SCREEN_DPI, Frame
from ..i18n import current_language
from ..io import JourneyFileError, parse_workspace
from ..layout import Rect
from ..model import Workspace
from ..templates import LANGUAGES, TemplateInfo, list_templates
from ..theme import load_theme
from ..translatable import TranslatableText
from ..user_templates import (
    TemplateNameError,
    check_template_name,
    save_as_template,
    template_name,
    template_path,
    user_templates,
    user_templates_folder,
)
from .error_messages import translated
from .inspector.choices import journey_type_names
from .inspector.widgets import ErrorLabel


def tr(text: str) -> str:
    return QCoreApplication.translate("TemplateGallery", text)


THUMBNAIL = QSize(240, 150)
"""Logical size of a thumbnail; drawn at twice that for sharp high-density screens."""
VIEW_WIDTH = 1100.0
"""Map units across a thumbnail: the title, the first stages and the first lanes show."""
LANGUAGE_NAMES = {"fr": "Français", "en": "English"}
"""Each language named in itself, like the language menu (not translated)."""
ROLE_KEY = Qt.ItemDataRole.UserRole
ROLE_USER = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class TemplatePreview:
    """What the gallery shows of a template: read once from its file."""

    title: str
    scenario: str
    stages: tuple[str, ...]
    journey_type: str
    cards: int
    image: QImage


_previews: dict[tuple[str, int], TemplatePreview] = {}
"""Per session: (file, size in bytes) → preview. A re-saved user template gets a new one."""


def template_preview(info: TemplateInfo) -> TemplatePreview:
    """The template's title, scenario, stages and thumbnail (rendered the first time only)."""
    data = info.path_or_traversable.read_bytes()
    key = (str(info.path_or_traversable), len(data))
    if key not in _previews:
        try:
            workspace = parse_workspace(data, str(info.path_or_traversable))
        except JourneyFileError:
            workspace = None
        _previews[key] = _preview_of(workspace, info)
    return _previews[key]


def _preview_of(workspace: Workspace | None, info: TemplateInfo) -> TemplatePreview:
    journey_map = workspace.maps[0] if workspace is not None and workspace.maps else None
    if workspace is None or journey_map is None:
        return TemplatePreview(info.title, "", (), "", 0, _blank_thumbnail())
    return TemplatePreview(
        title=info.title,
        scenario=journey_map.scenario,
        stages=tuple(stage.name for stage in journey_map.stages),
        journey_type=journey_type_names().get(journey_map.journey_type, ""),
        cards=len(journey_map.cards),
        image=render_thumbnail(workspace),
    )


def render_thumbnail(workspace: Workspace, size: QSize = THUMBNAIL, ratio: float = 2.0) -> QImage:
    """The top left of the first map, ``size`` logical pixels at ``ratio`` device pixels each."""
    scene = build_scene(workspace, workspace.maps[0], load_theme("light"))
    layout = scene.map_layout
    assert layout is not None
    width = min(layout.bounds.width, VIEW_WIDTH)
    view = Rect(0, 0, width, width * size.height() / size.width())
    pixels = round(size.width() * ratio)
    image = render_frame(scene, Frame(view, pixels, round(size.height() * ratio), SCREEN_DPI * pixels / width))
    image.setDevicePixelRatio(ratio)
    return image


def _blank_thumbnail() -> QImage:
    image = QImage(THUMBNAIL, QImage.Format.Format_RGB32)
    image.fill(QColor("#F6F7F9"))
    return image


class TemplateGallery(QDialog):
    """Pick a template for a new map: ``exec()``, then :meth:`chosen` says which, or None."""

    def __init__(self, parent: QWidget | None = None, language: str | None = None,
                 user_folder: Path | None = None):
        super().__init__(parent)
        self.setObjectName("template-gallery")
        self.setWindowTitle(tr("New from Template"))
        self._user_folder = user_folder
        self._outcome: int | None = None
        self._pending: list[QListWidgetItem] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._render_next)

        self.language_box = QComboBox(self)
        self.language_box.setAccessibleName(tr("Template language"))
        self.language_box.setToolTip(tr("The language the new map is written in"))
        for code in LANGUAGES:
            self.language_box.addItem(LANGUAGE_NAMES.get(code, code), code)
        wanted = (language or current_language()).split("-")[0]
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(wanted)))
        language_label = QLabel(tr("&Language:"), self)
        language_label.setBuddy(self.language_box)
        top = QHBoxLayout()
        top.addWidget(language_label)
        top.addWidget(self.language_box)
        top.addStretch(1)

        self.list = QListWidget(self)
        self.list.setAccessibleName(tr("Templates"))
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(THUMBNAIL)
        self.list.setGridSize(QSize(THUMBNAIL.width() + 24, THUMBNAIL.height() + 56))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(True)
        self.list.setSpacing(4)
        self.list.setMinimumWidth(3 * (THUMBNAIL.width() + 24) + 32)
        self.list.currentItemChanged.connect(self._show_details)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())

        self.title_label = QLabel(self)
        self.title_label.setObjectName("template-title")
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title_label.setFont(font)
        self.title_label.setWordWrap(True)
        self.facts_label = QLabel(self)
        self.facts_label.setWordWrap(True)
        self.description_label = QLabel(self)
        self.description_label.setWordWrap(True)
        self.description_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.description_label.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        details = QVBoxLayout()
        details.setSpacing(4)
        details.addWidget(self.title_label)
        details.addWidget(self.facts_label)
        details.addWidget(self.description_label)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.create_button = self.buttons.addButton(tr("&Create"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addLayout(details)
        layout.addWidget(self.buttons)
        self.resize(860, 680)

        self.language_box.currentIndexChanged.connect(lambda _index: self.refresh())
        self.refresh()

    # -- what the window calls ---------------------------------------------------------------

    def language(self) -> str:
        return str(self.language_box.currentData())

    def set_language(self, language: str) -> None:
        index = self.language_box.findData(language)
        if index >= 0:
            self.language_box.setCurrentIndex(index)

    def chosen(self) -> tuple[str, str] | None:
        """(template name, language of its file) of the selected template, or None.

        A user template may exist in one language only: the language is the file's, not the
        filter's. Open it with ``user_templates.new_from_any_template(name, language)``.
        """
        item = self.list.currentItem()
        if item is None or self._outcome == QDialog.DialogCode.Rejected:
            return None
        name, language = item.data(ROLE_KEY)
        return name, language

    def done(self, result: int) -> None:
        self._outcome = result
        self._timer.stop()
        super().done(result)

    def is_user_template(self) -> bool:
        item = self.list.currentItem()
        return bool(item is not None and item.data(ROLE_USER))

    def select(self, name: str) -> bool:
        for row in range(self.list.count()):
            if self.list.item(row).data(ROLE_KEY)[0] == name:
                self.list.setCurrentRow(row)
                return True
        return False

    def thumbnails_pending(self) -> int:
        return len(self._pending)

    def refresh(self) -> None:
        """List the templates in the chosen language: bundled ones first, then the user's."""
        previous = self.list.currentItem().data(ROLE_KEY)[0] if self.list.currentItem() else None
        language = self.language()
        entries = [(info, False) for info in list_templates(language)]
        entries += [(info, True) for info in user_templates(language, folder=self._user_folder)]
        self.list.clear()
        self._pending = []
        placeholder = QPixmap(THUMBNAIL)
        placeholder.fill(QColor("#E8ECF0"))
        for info, mine in entries:
            text = tr("{title} (yours)").format(title=info.title) if mine else info.title
            item = QListWidgetItem(QIcon(placeholder), text, self.list)
            item.setData(ROLE_KEY, (info.name, info.language))
            item.setData(ROLE_USER, mine)
            item.setData(Qt.ItemDataRole.UserRole + 2, info)
            item.setToolTip(tr("Your template, saved in {folder}").format(folder=user_templates_folder())
                            if mine else info.title)
            item.setSizeHint(self.list.gridSize())
            self._pending.append(item)
        if not (previous and self.select(previous)) and self.list.count():
            self.list.setCurrentRow(0)
        self.create_button.setEnabled(self.list.count() > 0)
        self._timer.start()

    # -- internals ---------------------------------------------------------------------------

    def _render_next(self) -> None:
        """Draw one thumbnail, then yield to the event loop before the next."""
        if not self._pending:
            return
        item = self._pending.pop(0)
        preview = template_preview(item.data(Qt.ItemDataRole.UserRole + 2))
        item.setIcon(QIcon(QPixmap.fromImage(preview.image)))
        if item is self.list.currentItem():
            self._show_details(item)
        if self._pending:
            self._timer.start()

    def _show_details(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        self.create_button.setEnabled(item is not None)
        if item is None:
            self.title_label.clear()
            self.facts_label.clear()
            self.description_label.clear()
            return
        preview = template_preview(item.data(Qt.ItemDataRole.UserRole + 2))
        self.title_label.setText(preview.title)
        facts = [preview.journey_type] if preview.journey_type else []
        if preview.stages:
            facts.append(tr("Stages: {stages}").format(stages=" → ".join(preview.stages)))
        facts.append(str(TranslatableText("TemplateGallery", "%n card(s)", preview.cards)))
        self.facts_label.setText("  ·  ".join(facts))
        empty = tr("An empty map to fill in with your own stages and cards.")
        self.description_label.setText(preview.scenario or empty)


class SaveTemplateDialog(QDialog):
    """Name a user template and pick its language; OK writes it (and says why when it cannot)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None, folder: Path | None = None):
        super().__init__(parent)
        self.setObjectName("save-template-dialog")
        self.setWindowTitle(tr("Save as Template"))
        self._workspace = workspace
        self._folder = folder
        self.saved_path: Path | None = None
        title = workspace.metadata.title or (workspace.maps[0].title if workspace.maps else "")
        self.name_edit = QLineEdit(template_name(title), self)
        self.name_edit.setAccessibleName(tr("Template name"))
        self.name_edit.setToolTip(tr("Lower-case letters, digits and hyphens, such as “my-journey”"))
        self.language_box = QComboBox(self)
        self.language_box.setAccessibleName(tr("Template language"))
        for code in LANGUAGES:
            self.language_box.addItem(LANGUAGE_NAMES.get(code, code), code)
        language = workspace.metadata.language.split("-")[0]
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(language)))
        self.error_label = ErrorLabel(self)
        self.error_label.setObjectName("save-template-error")
        explanation = QLabel(tr("The template appears under File ▸ New from Template. "
                                "It is saved in your own templates folder."), self)
        explanation.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("&Name:"), self.name_edit)
        form.addRow(tr("&Language:"), self.language_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def accept(self) -> None:
        name, language = self.name_edit.text().strip(), str(self.language_box.currentData())
        try:
            check_template_name(name, language)
            self.saved_path = save_as_template(self._workspace, name, language, self._folder)
        except TemplateNameError as error:
            self._show_error(self._reason_text(error, name))
            return
        except JourneyFileError as error:
            reason = translated(error.problem_text)
            self._show_error(tr("The template could not be saved: {reason}").format(reason=reason))
            return
        super().accept()

    def will_replace(self) -> bool:
        name, language = self.name_edit.text().strip(), str(self.language_box.currentData())
        return template_path(name, language, self._folder).exists()

    def error_text(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def _show_error(self, text: str) -> None:
        self.error_label.show_message(text)

    @staticmethod
    def _reason_text(error: TemplateNameError, name: str) -> str:
        if error.reason == "bundled":
            return tr("“{name}” is the name of a template that comes with Journey Studio; choose another.").format(
                name=name)
        if error.reason == "language":
            return tr("Choose the template's language.")
        return tr("Use lower-case letters, digits and hyphens for the name, such as “my-journey”.")


def ask_save_as_template(workspace: Workspace, parent: QWidget | None = None) -> Path | None:
    """Ask for a name and language and save the user template; the file written, or None."""
    dialog = SaveTemplateDialog(workspace, parent)
    return dialog.saved_path if dialog.exec() == QDialog.DialogCode.Accepted else None
