"""The window's actions, with standard shortcuts and tooltips, grouped by menu."""

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


def tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


@dataclass
class WindowActions:
    open: QAction
    save: QAction
    save_as: QAction
    export_png: QAction
    close: QAction
    quit: QAction
    zoom_in: QAction
    zoom_out: QAction
    fit_map: QAction
    actual_size: QAction
    about: QAction


def _action(parent: QWidget, text: str, tip: str, *keys: QKeySequence | QKeySequence.StandardKey | str) -> QAction:
    action = QAction(text, parent)
    shortcuts = [key if isinstance(key, QKeySequence) else QKeySequence(key) for key in keys]
    if shortcuts:
        action.setShortcuts(shortcuts)
        tip = f"{tip} ({shortcuts[0].toString(QKeySequence.SequenceFormat.NativeText)})"
    action.setToolTip(tip)
    action.setStatusTip(tip)
    return action


def create_actions(parent: QWidget) -> WindowActions:
    key = QKeySequence.StandardKey
    return WindowActions(
        open=_action(parent, tr("&Open…"), tr("Open a journey map"), key.Open),
        save=_action(parent, tr("&Save"), tr("Save the journey map"), key.Save),
        save_as=_action(parent, tr("Save &As…"), tr("Save the journey map under a new name"), key.SaveAs),
        export_png=_action(parent, tr("Export as &PNG…"), tr("Export the map as a PNG image"), "Ctrl+E"),
        close=_action(parent, tr("&Close"), tr("Close this window"), key.Close),
        quit=_action(parent, tr("&Quit"), tr("Quit Journey Studio"), key.Quit),
        zoom_in=_action(parent, tr("Zoom &In"), tr("Zoom in"), key.ZoomIn, "Ctrl+="),
        zoom_out=_action(parent, tr("Zoom &Out"), tr("Zoom out"), key.ZoomOut),
        fit_map=_action(parent, tr("&Fit Map"), tr("Show the whole map"), "Ctrl+0"),
        actual_size=_action(parent, tr("&Actual Size"), tr("Zoom to 100 %"), "Ctrl+1"),
        about=_action(parent, tr("&About Journey Studio"), tr("About Journey Studio")),
    )
