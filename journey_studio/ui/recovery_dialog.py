"""At start-up, offer what a crash left: restore it, compare it with the saved file, or discard it.

:func:`offer_recovery` is the whole flow; :func:`ask_recovery` is the question, kept apart
so tests can answer it. Closing the dialog decides nothing: the copy is offered again next time.
"""

from enum import Enum

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..document import Document
from ..io import JourneyFileError
from ..model import Workspace
from ..recovery import RecoveryInfo, RecoverySlot, RecoveryStore, compare_with_saved
from .error_messages import translated


def tr(text: str) -> str:
    return QCoreApplication.translate("RecoveryDialog", text)


class RecoveryChoice(Enum):
    RESTORE = "restore"
    DISCARD = "discard"
    LATER = "later"


class RecoveryDialog(QDialog):
    """One recovered copy: what it is, its differences on demand, and the three ways out."""

    def __init__(self, info: RecoveryInfo, workspace: Workspace | None, problem: str, location: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.choice = RecoveryChoice.LATER
        self._info = info
        self._workspace = workspace
        self.setWindowTitle(tr("Recover unsaved changes"))
        name = info.original_path.name if info.original_path else (info.title or tr("Untitled"))
        when = QLocale().toString(info.saved_at.astimezone(), QLocale.FormatType.ShortFormat)
        text = tr("Journey Studio closed before “{name}” was saved. A copy of your changes from {when} "
                  "can be restored.").format(name=name, when=when)
        if info.original_path is not None:
            text += "\n" + tr("Saved file: {path}").format(path=info.original_path)
        if problem:
            text = tr("A recovery copy of “{name}” from {when} is damaged and cannot be restored: {problem}\n"
                      "It is kept in {location} until you discard it.").format(
                name=name, when=when, problem=problem, location=location)
        self.message = QLabel(text, self)
        self.message.setWordWrap(True)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.hide()
        buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(tr("&Restore"), self)
        self.compare_button = QPushButton(tr("&Compare…"), self)
        self.discard_button = QPushButton(tr("&Discard"), self)
        self.later_button = QPushButton(tr("Decide &Later"), self)
        self.restore_button.setToolTip(tr("Open the recovered copy; save it to keep it"))
        self.compare_button.setToolTip(tr("List what the copy changes compared with the saved file"))
        self.discard_button.setToolTip(tr("Delete the recovered copy; the saved file stays as it is"))
        self.later_button.setToolTip(tr("Keep the copy and ask again at the next start"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.compare_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.setEnabled(workspace is not None)
        self.compare_button.setEnabled(workspace is not None)
        self.restore_button.setDefault(workspace is not None)
        self.restore_button.clicked.connect(lambda: self._choose(RecoveryChoice.RESTORE))
        self.discard_button.clicked.connect(lambda: self._choose(RecoveryChoice.DISCARD))
        self.later_button.clicked.connect(lambda: self._choose(RecoveryChoice.LATER))
        self.compare_button.clicked.connect(self.show_comparison)
        column = QVBoxLayout(self)
        column.addWidget(self.message)
        column.addWidget(self.details)
        column.addWidget(buttons)

    def show_comparison(self) -> None:
        if self._workspace is None:
            return
        self.details.setPlainText("\n".join(compare_with_saved(self._info, self._workspace)))
        self.details.show()
        self.compare_button.setEnabled(False)

    def _choose(self, choice: RecoveryChoice) -> None:
        self.choice = choice
        if choice is RecoveryChoice.LATER:
            self.reject()
        else:
            self.accept()


def ask_recovery(parent: QWidget | None, info: RecoveryInfo, workspace: Workspace | None, problem: str,
                 location: str) -> RecoveryChoice:
    dialog = RecoveryDialog(info, workspace, problem, location, parent)
    dialog.exec()
    choice = dialog.choice
    dialog.deleteLater()
    return choice


def offer_recovery(store: RecoveryStore | None = None, parent: QWidget | None = None) -> list[Document]:
    """Ask about every copy a crash left; the documents to open, newest first, each modified.

    A restored document carries its recovery slot (``document.recovery_slot``): the window's
    autosaver adopts it, so the copy is only deleted once the document is saved or discarded.
    """
    store = store if store is not None else RecoveryStore()
    restored: list[Document] = []
    for slot in store.claim_orphans():
        info = slot.info()
        workspace, problem = _load(slot)
        choice = ask_recovery(parent, info, workspace, problem, str(slot.data_path))
        if choice is RecoveryChoice.RESTORE and workspace is not None:
            document = Document.restored(workspace, info.original_path, info.original)
            document.recovery_slot = slot
            restored.append(document)
        elif choice is RecoveryChoice.DISCARD:
            slot.discard()
        else:
            slot.release()
    return restored


def _load(slot: RecoverySlot) -> tuple[Workspace | None, str]:
    try:
        return slot.load(), ""
    except JourneyFileError as error:
        return None, translated(error.problem_text)
