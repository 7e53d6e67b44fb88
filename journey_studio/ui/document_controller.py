"""A window's files: open, save, import, export, copy as image, and the recent files menu.

The window wires the map, the panels and the menus; this controller does what touches files, and
hands the window a new document to show (``window.open_document``) when one is opened or imported.
"""

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QApplication, QMenu

from ..document import Document
from ..export import ExportError, ExportOptions, export_map
from ..export.clipboard import copy_map_image
from ..interchange import ImportFailed, import_file
from ..io import FILE_SUFFIX, JourneyFileError
from ..templates import new_from_template
from ..translatable import TranslatableText
from . import dialogs, recent_files, save_conflict_dialog
from .error_messages import export_problem, file_error_message
from .export_dialog import ExportDialog

if TYPE_CHECKING:
    from .main_window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)  # the window's words, translated as before


class DocumentController(QObject):
    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self._window = window

    @property
    def window(self) -> "MainWindow":
        return self._window

    @property
    def _document(self) -> Document:
        return self._window.document

    def _status(self, text: str, milliseconds: int) -> None:
        self._window.statusBar().showMessage(text, milliseconds)

    def folder(self) -> Path:
        """Where file dialogs start: the map's folder, else the home folder."""
        return self._document.path.parent if self._document.path else Path.home()

    # -- open and save ---------------------------------------------------------------------

    def maybe_save(self) -> bool:
        """True when it is fine to drop the current document (saved, discarded, or unchanged)."""
        if not self._document.is_modified:
            return True
        choice = dialogs.ask_save_changes(self._window, self._document.display_name or tr("Untitled"))
        if choice is dialogs.SaveChoice.SAVE:
            return self.save()
        return choice is dialogs.SaveChoice.DISCARD

    def open_dialog(self) -> bool:
        if not self.maybe_save():
            return False
        folder = str(self._document.path.parent) if self._document.path else ""
        path = dialogs.ask_open_path(self._window, folder)
        return self.open_file(path) if path else False

    def open_file(self, path: Path) -> bool:
        """Open ``path`` in the window; on failure say why and keep the current document."""
        try:
            document = Document.open(path)
        except JourneyFileError as error:
            dialogs.show_error(self._window, tr("Cannot open the map"), file_error_message(error))
            if not path.exists():
                recent_files.forget(path.resolve())
            return False
        self._window.open_document(document)
        recent_files.remember(path)
        return True

    def new_from_template(self, name: str, language: str) -> bool:
        if not self.maybe_save():
            return False
        self._window.open_document(Document(new_from_template(name, language)))
        return True

    def save(self) -> bool:
        if self._document.path is None:
            return self.save_as()
        return self._save_to(self._document.path)

    def save_as(self) -> bool:
        suggested = self._document.path or Path.home() / f"{self._document.display_name or 'map'}{FILE_SUFFIX}"
        path = dialogs.ask_save_path(self._window, str(suggested))
        return self._save_to(path) if path else False

    def _save_to(self, path: Path) -> bool:
        """Save, asking first if another program changed the file; on failure the map stays open and modified."""
        try:
            outcome = save_conflict_dialog.save_checked(self._window, self._document, path)
        except JourneyFileError as error:
            dialogs.show_error(self._window, tr("Cannot save the map"), tr(
                "{problem}\n\nThe map is still open with all your changes: try again, or use Save As to "
                "save it somewhere else.").format(problem=file_error_message(error)))
            return False
        if outcome is save_conflict_dialog.SaveOutcome.SAVE_AS:
            return self.save_as()
        if outcome is save_conflict_dialog.SaveOutcome.CANCELLED:
            return False
        recent_files.remember(path)
        saved = self._document.last_save
        if saved is not None and saved.backup_problem:
            self._status(tr("Saved {path}, but no backup of the previous version could be kept: "
                            "{problem}").format(path=path, problem=saved.backup_problem), 15000)
        else:
            self._status(tr("Saved {path}").format(path=path), 4000)
        return True

    def fill_recent_menu(self, menu: QMenu) -> None:
        """File ▸ Open Recent, filled when it is about to show."""
        menu.clear()
        paths = recent_files.recent_files()
        if not paths:
            menu.addAction(tr("No recent files")).setEnabled(False)
        for path in paths:
            action = menu.addAction(path.name)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.maybe_save() and self.open_file(p))

    # -- import and export -----------------------------------------------------------------

    def import_dialog(self) -> bool:
        """File ▸ Import: a Mermaid journey or a CSV of cards becomes a new, unsaved workspace."""
        if not self.maybe_save():
            return False
        path = dialogs.ask_import_path(self._window, str(self.folder()))
        return self.import_path(path) if path else False

    def import_path(self, path: Path) -> bool:
        language = self._document.workspace.metadata.language
        try:
            result = import_file(path, language)
        except ImportFailed as error:
            dialogs.show_error(self._window, tr("Cannot import"), str(error))
            return False
        self._window.open_document(Document.unsaved(result.workspace))
        cards = sum(len(journey_map.cards) for journey_map in result.workspace.maps)
        self._status(
            str(TranslatableText("MainWindow", "Imported %n card(s) from {name}", cards, {"name": path.name})), 8000)
        if result.problems or result.notices:
            details = "\n".join([*result.problems, *result.notices])
            dialogs.show_report(self._window, tr("Imported with remarks"), str(TranslatableText(
                "MainWindow", "{name}: %n card(s) imported; {left} lines or rows left out and {changed} things "
                "changed on the way.", cards, {"name": path.name, "left": len(result.problems),
                                               "changed": len(result.notices)})), details)
        return True

    def export_dialog(self) -> bool:
        """File ▸ Export (Ctrl+E): every format with a live preview; True when a file was written."""
        current = self._document.current_map
        if current is None:
            return False
        dialog = ExportDialog(self._document.workspace, current, self._window.scene.selected_card_ids(),
                              self._window, directory=self.folder())
        exported = dialog.exec() == ExportDialog.DialogCode.Accepted and dialog.exported_path is not None
        if exported:
            self._status(tr("Exported {path}").format(path=dialog.exported_path), 6000)
        dialog.deleteLater()
        return exported

    def copy_as_image(self) -> bool:
        """Ctrl+Shift+C: the selected cards, or else the whole map, as PNG and SVG on the clipboard."""
        current = self._document.current_map
        if current is None:
            return False
        selected = self._window.scene.selected_card_ids()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            copy_map_image(self._document.workspace, current, selected)
        except ExportError as error:
            dialogs.show_error(self._window, tr("Cannot copy the map"), export_problem(error))
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self._status(
            str(TranslatableText("MainWindow", "Copied %n card(s) as an image", len(selected))) if selected
            else tr("Copied the map as an image"), 4000)
        return True

    def export_png(self, path: Path, dpi: float = 192.0) -> bool:
        """Write the current map as a PNG without asking anything (scripts, tests)."""
        current = self._document.current_map
        if current is None:
            return False
        try:
            export_map(self._document.workspace, current, path, ExportOptions(dpi=dpi))
        except ExportError as error:
            dialogs.show_error(self._window, tr("Cannot export the map"), export_problem(error))
            return False
        self._status(tr("Exported {path}").format(path=path), 4000)
        return True
