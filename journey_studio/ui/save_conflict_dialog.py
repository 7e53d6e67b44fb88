"""Save when the file changed on disk: ask before overwriting what another program wrote.

Kept apart from the window so tests can answer the question (monkeypatch
:func:`ask_save_conflict`) and drive :func:`save_checked` without a main window.
"""

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..document import Document
from ..io import FileChangedOnDisk


def tr(text: str) -> str:
    return QCoreApplication.translate("SaveConflict", text)


class ConflictChoice(Enum):
    OVERWRITE = "overwrite"
    SAVE_AS = "save_as"
    CANCEL = "cancel"


class SaveOutcome(Enum):
    SAVED = "saved"
    SAVE_AS = "save_as"
    """The user chose to save under another name: the caller runs its Save As."""
    CANCELLED = "cancelled"


def ask_save_conflict(parent: QWidget | None, path: Path) -> ConflictChoice:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("The file changed on disk"))
    box.setText(tr("“{name}” was changed by another program since you opened or last saved it.")
                .format(name=path.name))
    box.setInformativeText(tr(
        "Overwrite replaces those changes with yours (the replaced version is kept as a backup in "
        "the .journey-backups folder). Save As keeps both."))
    overwrite = box.addButton(tr("Overwrite"), QMessageBox.ButtonRole.DestructiveRole)
    save_as = box.addButton(tr("Save As…"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save_as)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is overwrite:
        return ConflictChoice.OVERWRITE
    if clicked is save_as:
        return ConflictChoice.SAVE_AS
    return ConflictChoice.CANCEL


def save_checked(parent: QWidget | None, document: Document, path: Path) -> SaveOutcome:
    """Save ``document`` to ``path``, asking first when the file changed on disk.

    Raises the JourneyFileError of a save that failed (the document stays modified).
    """
    try:
        document.save(path)
        return SaveOutcome.SAVED
    except FileChangedOnDisk:
        choice = ask_save_conflict(parent, path)
    if choice is ConflictChoice.OVERWRITE:
        document.save(path, overwrite=True)
        return SaveOutcome.SAVED
    if choice is ConflictChoice.SAVE_AS:
        return SaveOutcome.SAVE_AS
    return SaveOutcome.CANCELLED
