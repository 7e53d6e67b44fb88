"""File ▸ Export…: every format in one dialog, with a live preview of what will be written.

The dialog only gathers :class:`ExportOptions` and a path; the exports themselves
live in :mod:`journey_studio.export`. A long export shows its progress and can be
cancelled; nothing is written then.
"""

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSettings, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..canvas.scene import MapScene
from ..export import (
    FORMAT_CONTEXT,
    FORMATS,
    Background,
    ExportCancelled,
    ExportError,
    ExportOptions,
    Format,
    PageSize,
    Scope,
    export_map,
)
from ..export.render import build_scene, render_frame
from ..export.report.persona_sheet import map_personas
from ..export.scope import content_rect
from ..export.sizing import MAX_DPI, MIN_DPI, frame_for
from ..export.view_options import viewed_export
from ..layout import MapLayout, compute_layout
from ..layout.views import view_names
from ..model import JourneyMap, Workspace
from ..theme import load_theme, theme_names
from ..translatable import TranslatableText
from .error_messages import export_problem
from .theme_menu import theme_label


def tr(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


def format_label(fmt: Format) -> str:
    """The format's name ("PNG image") in the interface's language."""
    return QCoreApplication.translate(FORMAT_CONTEXT, fmt.label)  # dynamic translation


PRESET_KEY = "export/sizePreset"
"""QSettings key: the size preset of the last export, offered again next time."""
DEFAULT_DPI = 192.0
PREVIEW_WIDTH, PREVIEW_HEIGHT = 520, 400
TEXT_PREVIEW_LINES = 200
SIZE_PRESETS: tuple[tuple[str, PageSize | None, int | None, float | None], ...] = (
    ("map", None, None, None),
    ("slide", PageSize.SLIDE, 1920, None),
    ("4k", PageSize.SLIDE, 3840, None),
    ("a4", PageSize.A4, None, 150.0),
    ("a3", PageSize.A3, None, 150.0),
)
"""Preset key, page shape, pixel width, DPI (None: leave the user's value)."""


def _preset_label(key: str) -> str:
    return {
        "map": tr("As large as the map"), "slide": tr("Slide, 1920 × 1080"), "4k": tr("4K, 3840 × 2160"),
        "a4": tr("A4 landscape"), "a3": tr("A3 landscape"),
    }[key]


class ProgressReporter:
    """A cancellable progress window, as the ``progress`` callback of an export."""

    def __init__(self, parent: QWidget, title: str):
        self.dialog = QProgressDialog(title, tr("Cancel"), 0, 1000, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)

    def __call__(self, fraction: float, message: str) -> None:
        self.dialog.setValue(round(max(0.0, min(1.0, fraction)) * 1000))
        QCoreApplication.processEvents()
        if self.dialog.wasCanceled():
            raise ExportCancelled()

    def cancel(self) -> None:
        self.dialog.cancel()

    def close(self) -> None:
        self.dialog.close()
        self.dialog.deleteLater()


class ExportDialog(QDialog):
    """Format, what to export, size, background and theme; the preview follows every choice."""

    def __init__(
        self, workspace: Workspace, journey_map: JourneyMap, selected_card_ids=(), parent: QWidget | None = None,
        *, directory: Path | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(tr("Export"))
        self.workspace, self.journey_map = workspace, journey_map
        self.selected = tuple(card_id for card_id in selected_card_ids if journey_map.card(card_id) is not None)
        self.exported_path: Path | None = None
        self._layout: MapLayout = compute_layout(journey_map, workspace.personas, workspace.metadata.language)
        self._scenes: dict[str, MapScene] = {}
        self._directory = directory or Path.home()
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(200)
        self._preview_timer.timeout.connect(self.update_preview)

        form = QFormLayout()
        self.format_combo = self._combo(
            form, tr("&Format"), [(format_label(fmt), suffix) for suffix, fmt in FORMATS.items()]
        )
        self.scope_combo = self._combo(form, tr("&What"), [
            (tr("The whole map"), Scope.MAP), (tr("One stage"), Scope.STAGE),
            (str(TranslatableText("ExportDialog", "The selection (%n card(s))", len(self.selected))), Scope.SELECTION),
            (tr("The persona sheets"), Scope.PERSONAS),
        ])
        self.stage_combo = self._combo(form, tr("&Stage"), [(s.name or s.id, s.id) for s in journey_map.stages])
        self.preset_combo = self._combo(form, tr("Si&ze"), [(_preset_label(k), k) for k, *_ in SIZE_PRESETS])
        self.dpi_spin = QDoubleSpinBox(self)
        self.dpi_spin.setRange(MIN_DPI, MAX_DPI)
        self.dpi_spin.setDecimals(0)
        self.dpi_spin.setValue(DEFAULT_DPI)
        self._chosen_dpi = DEFAULT_DPI
        """The resolution the user asked for; the field shows the resulting one while a pixel width rules."""
        self.dpi_spin.setSuffix(tr(" dpi"))
        self.width_spin = QSpinBox(self)
        self.width_spin.setRange(0, 20000)
        self.width_spin.setSpecialValueText(tr("from the resolution"))
        self.width_spin.setSuffix(tr(" px wide"))
        resolution = QHBoxLayout()
        resolution.addWidget(self.dpi_spin)
        resolution.addWidget(self.width_spin)
        self.dpi_spin.setAccessibleName(tr("Resolution"))
        self.width_spin.setAccessibleName(tr("Width in pixels"))
        self.dpi_spin.setToolTip(tr("Dots per inch: 96 is the screen's size, 192 twice as sharp"))
        self.width_spin.setToolTip(tr("An exact width in pixels; overrides the resolution"))
        resolution_label = QLabel(tr("&Resolution"), self)
        resolution_label.setBuddy(self.dpi_spin)
        form.addRow(resolution_label, resolution)
        self.page_combo = self._combo(form, tr("&Page"), [
            (tr("A4 landscape"), PageSize.A4), (tr("A3 landscape"), PageSize.A3),
            (tr("Letter landscape"), PageSize.LETTER), (tr("16:9 slide"), PageSize.SLIDE),
            (tr("Fit to the map"), PageSize.FIT),
        ])
        self.background_combo = self._combo(form, tr("&Background"), [
            (tr("Theme colour"), Background.THEME), (tr("White"), Background.WHITE),
            (tr("Transparent"), Background.TRANSPARENT),
        ])
        self.theme_combo = self._combo(form, tr("&Theme"), [(theme_label(name), name) for name in theme_names()])
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(ExportOptions().theme)))
        # A named view (layout.views): its stages, lanes, theme and marks; "Client deck" hides the "?" badges.
        self.view_combo = self._combo(form, tr("&View"), [(tr("Everything"), None)]
                                      + [(name, name) for name in view_names(journey_map)])
        self.path_edit = QLineEdit(self)
        self.path_edit.setAccessibleName(tr("File"))
        self.path_edit.setMinimumWidth(self.path_edit.fontMetrics().horizontalAdvance("M" * 22))  # a name, not a tail
        browse = QPushButton(tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(browse)
        file_label = QLabel(tr("F&ile"), self)
        file_label.setBuddy(self.path_edit)  # a mnemonic needs a buddy, or the & shows
        form.addRow(file_label, file_row)

        self.preview_image = QLabel(self)
        self.preview_image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_image.setMinimumSize(PREVIEW_WIDTH, PREVIEW_HEIGHT)
        self.preview_image.setAccessibleName(tr("Preview"))
        self.preview_text = QPlainTextEdit(self)
        self.preview_text.setReadOnly(True)
        self.preview_text.setAccessibleName(tr("Preview"))
        self.preview = QStackedWidget(self)
        self.preview.addWidget(self.preview_image)
        self.preview.addWidget(self.preview_text)
        self.size_label = QLabel(self)
        self.size_label.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = self.buttons.addButton(tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._export_and_close)
        self.buttons.rejected.connect(self.reject)

        columns = QHBoxLayout()
        settings = QVBoxLayout()
        settings.addLayout(form)
        settings.addWidget(self.size_label)
        settings.addStretch(1)
        columns.addLayout(settings)
        columns.addWidget(self.preview, 1)
        outer = QVBoxLayout(self)
        outer.addLayout(columns, 1)
        outer.addWidget(self.buttons)

        self.path_edit.setText(str(self._directory / f"{_file_stem(journey_map.title)}.png"))
        if self.selected:
            self.scope_combo.setCurrentIndex(self.scope_combo.findData(Scope.SELECTION))
        remembered = self.preset_combo.findData(QSettings().value(PRESET_KEY, "map"))
        if remembered > 0:
            self.preset_combo.setCurrentIndex(remembered)
            self._apply_preset()
        for signal in (self.format_combo.currentIndexChanged, self.scope_combo.currentIndexChanged,
                       self.stage_combo.currentIndexChanged, self.page_combo.currentIndexChanged,
                       self.background_combo.currentIndexChanged, self.theme_combo.currentIndexChanged,
                       self.view_combo.currentIndexChanged, self.dpi_spin.valueChanged, self.width_spin.valueChanged):
            signal.connect(self._changed)
        self.preset_combo.currentIndexChanged.connect(self._apply_preset)
        self.dpi_spin.valueChanged.connect(self._dpi_chosen)
        self._changed()
        self.update_preview()

    # -- what the user chose --------------------------------------------------------------------

    @property
    def suffix(self) -> str:
        return self.format_combo.currentData()

    @property
    def scope(self) -> Scope:
        return Scope(self.scope_combo.currentData())

    def options(self) -> ExportOptions:
        """The choices as export options (only those the chosen format understands)."""
        fmt = FORMATS[self.suffix]
        page = None
        if self.suffix == ".pdf":
            page = self.page_combo.currentData()
        elif fmt.sized:
            page = SIZE_PRESETS[self.preset_combo.currentIndex()][1]
        scope = self.scope if self.scope in fmt.scopes else Scope.MAP
        return ExportOptions(
            dpi=self._chosen_dpi, width=self.width_spin.value() or None, theme=self.theme_combo.currentData(),
            background=self.background_combo.currentData(), page=page, scope=scope,
            stage=self.stage_combo.currentData(), card_ids=self.selected, view=self.view_combo.currentData(),
        )

    def output_path(self) -> Path:
        return Path(self.path_edit.text().strip()).expanduser()

    # -- reacting to choices ----------------------------------------------------------------------

    def _combo(self, form: QFormLayout, label: str, items: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox(self)
        for text, data in items:
            combo.addItem(text, data)
        combo.setAccessibleName(label.replace("&", ""))
        form.addRow(label, combo)
        return combo

    def _apply_preset(self) -> None:
        _, _, width, dpi = SIZE_PRESETS[self.preset_combo.currentIndex()]
        self.width_spin.setValue(width or 0)
        if dpi is not None:
            self._chosen_dpi = dpi
            self.dpi_spin.setValue(dpi)
        self._changed()

    def _dpi_chosen(self, value: float) -> None:
        if self.dpi_spin.isEnabled():
            self._chosen_dpi = value

    def _changed(self) -> None:
        fmt = FORMATS[self.suffix]
        model = self.scope_combo.model()
        personas = bool(map_personas(self.workspace, self.journey_map))
        for row in range(self.scope_combo.count()):
            scope = Scope(self.scope_combo.itemData(row))
            allowed = scope in fmt.scopes and (scope is not Scope.SELECTION or bool(self.selected)) and (
                scope is not Scope.PERSONAS or personas) and (scope is not Scope.STAGE or bool(self.journey_map.stages))
            model.item(row).setEnabled(allowed)
        if not model.item(self.scope_combo.currentIndex()).isEnabled():
            self.scope_combo.setCurrentIndex(0)
        transparent = self.background_combo.findData(Background.TRANSPARENT)
        self.background_combo.model().item(transparent).setEnabled(fmt.transparent)
        if not fmt.transparent and self.background_combo.currentIndex() == transparent:
            self.background_combo.setCurrentIndex(0)
        self.stage_combo.setEnabled(self.scope is Scope.STAGE)
        for widget in (self.preset_combo, self.dpi_spin, self.width_spin):
            widget.setEnabled(fmt.sized)
        self.page_combo.setEnabled(self.suffix == ".pdf")
        self.background_combo.setEnabled(self.suffix in (".png", ".svg", ".pdf", ".pptx"))
        self.theme_combo.setEnabled(self.suffix in (".png", ".svg", ".pdf", ".pptx"))
        self.view_combo.setEnabled(self.suffix in (".png", ".svg", ".pdf", ".pptx"))
        path = self.path_edit.text().strip()
        if path:
            self.path_edit.setText(str(Path(path).with_suffix(self.suffix)))
        self._show_size()
        self._preview_timer.start()

    def _show_size(self) -> None:
        """The picture's size in pixels, at once (the preview follows a moment later)."""
        options = self.options()
        text = ""
        shown_dpi = self._chosen_dpi
        if FORMATS[self.suffix].sized and options.scope is not Scope.PERSONAS:
            try:
                frame = frame_for(content_rect(self._layout, self.journey_map, options), options)
                text = tr("{width} × {height} pixels at {dpi:.0f} dpi").format(width=frame.width, height=frame.height,
                                                                                 dpi=frame.dpi)
                if options.width:
                    shown_dpi = round(frame.dpi)  # the width decides: the field says what it comes to
            except ExportError as error:
                text = str(error)
        self.size_label.setText(text)
        # With a pixel width the resolution follows from it: shown, not editable, so the two never disagree.
        self.dpi_spin.blockSignals(True)
        self.dpi_spin.setEnabled(FORMATS[self.suffix].sized and not options.width)
        self.dpi_spin.setValue(shown_dpi)
        self.dpi_spin.blockSignals(False)

    def _browse(self) -> None:
        fmt = FORMATS[self.suffix]
        name, _ = QFileDialog.getSaveFileName(self, tr("Export as {format}").format(format=format_label(fmt)),
                                              str(self.output_path()), f"{format_label(fmt)} (*{self.suffix})")
        if name:
            path = Path(name)
            self.path_edit.setText(str(path if path.suffix.lower() == self.suffix else path.with_suffix(self.suffix)))

    # -- preview ----------------------------------------------------------------------------------

    def update_preview(self) -> None:
        """Show what the export will look like (or, for text formats, its first lines)."""
        options = self.options()
        try:
            if self.suffix in (".mmd", ".csv"):
                from ..export import export_bytes

                text = export_bytes(self.workspace, self.journey_map, self.suffix, options).decode("utf-8-sig")
                self.preview_text.setPlainText("\n".join(text.splitlines()[:TEXT_PREVIEW_LINES]))
                self.preview.setCurrentWidget(self.preview_text)
                return
            image = self._preview(options)
        except ExportError as error:
            self.preview_image.setPixmap(QPixmap())
            self.preview_image.setText(str(error))
            self.preview.setCurrentWidget(self.preview_image)
            return
        self.preview_image.setText("")
        self.preview_image.setPixmap(QPixmap.fromImage(image))
        self.preview.setCurrentWidget(self.preview_image)

    def _preview(self, options: ExportOptions) -> QImage:
        if options.scope is Scope.PERSONAS:
            from ..export.svg import svg_bytes

            renderer = QSvgRenderer(svg_bytes(self.workspace, self.journey_map, options))
            box = renderer.viewBoxF()
            image = _blank(PREVIEW_WIDTH, max(1, round(PREVIEW_WIDTH * box.height() / box.width())))
            painter = QPainter(image)
            renderer.render(painter, QRectF(image.rect()))
            painter.end()
            return _fitted(image)
        sized = FORMATS[self.suffix].sized
        shown = replace(options, width=PREVIEW_WIDTH, page=options.page if sized else None)
        if options.view is None:
            journey_map, layout, scene = self.journey_map, self._layout, self._scene(options.theme)
        else:  # the view's map, theme and marks, as the export will draw them
            journey_map, shown = viewed_export(self.journey_map, shown)
            scene = build_scene(self.workspace, journey_map, load_theme(shown.theme), marks=shown.marks)
            layout = scene.map_layout
        frame = frame_for(content_rect(layout, journey_map, shown), shown)
        image = render_frame(scene, frame, options.background, preview=True)
        if options.background is Background.TRANSPARENT:
            image = _on_checkerboard(image)
        return _fitted(image)

    def _scene(self, theme: str) -> MapScene:
        if theme not in self._scenes:
            self._scenes[theme] = build_scene(self.workspace, self.journey_map, load_theme(theme))
        return self._scenes[theme]

    # -- exporting --------------------------------------------------------------------------------

    def export(self) -> bool:
        """Write the file with a progress window; False (and a message) when it failed or was cancelled."""
        path = self.output_path()
        if not path.name:
            QMessageBox.warning(self, tr("Export"), tr("Choose a file to export to."))
            return False
        if path.suffix.lower() != self.suffix:
            path = path.with_suffix(self.suffix)
        reporter = ProgressReporter(self, tr("Exporting {name}…").format(name=path.name))
        try:
            export_map(self.workspace, self.journey_map, path, self.options(), progress=reporter)
        except ExportCancelled:
            return False
        except Exception as error:  # whatever went wrong, the user gets a message, never a crash
            reporter.close()
            problem = export_problem(error) if isinstance(error, ExportError) else (
                str(error) if isinstance(error, OSError) else f"{type(error).__name__}: {error}")
            QMessageBox.warning(self, tr("Cannot export"), tr(
                "“{map}” could not be exported as {format} to {path}.\n\n{problem}").format(
                    map=self.journey_map.title, format=format_label(FORMATS[self.suffix]), path=path, problem=problem))
            return False
        finally:
            reporter.close()
        self.exported_path = path
        QSettings().setValue(PRESET_KEY, self.preset_combo.currentData())
        return True

    def _export_and_close(self) -> None:
        if self.export():
            self.accept()


def _file_stem(title: str) -> str:
    """A file name from a map title: no path separators or characters file systems refuse."""
    stem = "".join("-" if ch in '/\\:*?"<>|' or ord(ch) < 32 else ch for ch in title).strip(" .")
    return stem[:120] or "journey-map"


def _blank(width: int, height: int) -> QImage:
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(0, 0, 0, 0))
    return image


def _fitted(image: QImage) -> QImage:
    """Scaled down to fit the preview box, keeping its shape."""
    if image.width() <= PREVIEW_WIDTH and image.height() <= PREVIEW_HEIGHT:
        return image
    return image.scaled(PREVIEW_WIDTH, PREVIEW_HEIGHT, Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation)


def _on_checkerboard(image: QImage) -> QImage:
    """A transparent picture over grey squares, the usual way to show "nothing behind"."""
    board = QImage(image.size(), QImage.Format.Format_RGB32)
    board.fill(QColor("#FFFFFF"))
    painter = QPainter(board)
    square = 8
    for y in range(0, board.height(), square):
        for x in range((y // square) % 2 * square, board.width(), 2 * square):
            painter.fillRect(x, y, square, square, QColor("#E0E0E0"))
    painter.drawImage(0, 0, image)
    painter.end()
    return board


__all__ = ["ExportDialog", "ProgressReporter"]
