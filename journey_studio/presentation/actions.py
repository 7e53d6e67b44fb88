"""The editor's way into presentation mode: F5 from the beginning, Shift+F5 from the current stage."""

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


def tr(text: str) -> str:
    return QCoreApplication.translate("Presentation", text)


@dataclass
class PresentationActions:
    from_beginning: QAction
    from_current_stage: QAction


def presentation_actions(parent: QWidget) -> PresentationActions:
    """Two window-wide actions; connect their ``triggered`` to open a PresentationWindow."""
    start = QAction(tr("Start &Presentation"), parent)
    start.setShortcut(QKeySequence(Qt.Key.Key_F5))
    start.setToolTip(tr("Present the map full screen from the beginning (F5)"))
    here = QAction(tr("Present from Current &Stage"), parent)
    here.setShortcut(QKeySequence(Qt.KeyboardModifier.ShiftModifier | Qt.Key.Key_F5))
    here.setToolTip(tr("Present the map full screen from the stage in view or selected (Shift+F5)"))
    for action in (start, here):
        action.setStatusTip(action.toolTip())
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    return PresentationActions(start, here)
