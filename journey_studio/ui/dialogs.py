"""Small modal questions the window asks. Kept apart so tests can answer them."""

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..io import FILE_SUFFIX


def tr(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)


class SaveChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_save_changes(parent: QWidget, name: str) -> SaveChoice:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Unsaved changes"))
    box.setText(tr("Save the changes to “{name}” before closing?").format(name=name))
    box.setInformativeText(tr("Your changes will be lost if you don't save them."))
    box.setStandardButtons(
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return SaveChoice.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return SaveChoice.DISCARD
    return SaveChoice.CANCEL


def show_error(parent: QWidget, title: str, message: str) -> None:
    QMessageBox.critical(parent, title, message)


def journey_filter() -> str:
    return tr("Journey maps (*{suffix});;All files (*)").format(suffix=FILE_SUFFIX)


def ask_open_path(parent: QWidget, folder: str = "") -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, tr("Open journey map"), folder, journey_filter())
    return Path(name) if name else None


def ask_save_path(parent: QWidget, suggested: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, tr("Save journey map"), suggested, journey_filter())
    if not name:
        return None
    path = Path(name)
    if not path.name.endswith(FILE_SUFFIX):
        path = path.with_name(path.name.removesuffix(".json") + FILE_SUFFIX)
    return path


def ask_import_path(parent: QWidget, folder: str = "") -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, tr("Import a journey"), folder,
        tr("Mermaid journeys and CSV tables (*.mmd *.mermaid *.csv);;All files (*)"))
    return Path(name) if name else None


def show_report(parent: QWidget, title: str, text: str, details: str) -> None:
    """A message whose long part (every row an import left out, say) sits under "Show Details"."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setDetailedText(details)
    box.exec()
