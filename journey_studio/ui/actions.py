"""The window's actions, with standard shortcuts and tooltips, grouped by menu."""

from dataclasses import dataclass
from importlib.resources import files

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QWidget


def tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


@dataclass
class WindowActions:
    new_gallery: QAction
    open: QAction
    save_template: QAction
    save: QAction
    save_as: QAction
    import_file: QAction
    export: QAction
    copy_image: QAction
    close: QAction
    quit: QAction
    cut: QAction
    copy: QAction
    paste: QAction
    duplicate: QAction
    delete: QAction
    select_all: QAction
    rename: QAction
    add_card: QAction
    add_stage: QAction
    add_lane: QAction
    connect_mode: QAction
    add_emotion_point: QAction
    find: QAction
    business_context: QAction
    new_map: QAction
    delete_map: QAction
    zoom_in: QAction
    zoom_out: QAction
    fit_map: QAction
    actual_size: QAction
    zoom_selection: QAction
    shortcuts: QAction
    getting_started: QAction
    about: QAction


def _action(parent: QWidget, text: str, tip: str, *keys: QKeySequence | QKeySequence.StandardKey | str) -> QAction:
    action = QAction(text, parent)
    shortcuts = [key if isinstance(key, QKeySequence) else QKeySequence(key) for key in keys]
    if shortcuts:
        action.setShortcuts(shortcuts)
        tip = f"{tip} ({shortcuts[0].toString(QKeySequence.SequenceFormat.NativeText)})"
    action.setToolTip(tip)
    action.setStatusTip(tip)
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    return action


def action_icon(name: str) -> QIcon:
    """One of the toolbar's line icons (``icons/actions/NAME.svg``), drawn by Qt's SVG renderer at any size."""
    return QIcon(str(files("journey_studio.icons") / "actions" / f"{name}.svg"))


TOOLBAR_ICONS = {
    "open": "open", "save": "save", "export": "export", "add_card": "add-card", "add_stage": "add-stage",
    "add_lane": "add-lane", "connect_mode": "connect", "zoom_in": "zoom-in", "zoom_out": "zoom-out",
    "fit_map": "fit",
}
"""The actions that show on the toolbar, and their icon files."""


def create_actions(parent: QWidget) -> WindowActions:
    key = QKeySequence.StandardKey
    actions = WindowActions(
        new_gallery=_action(parent, tr("&New…"), tr("A new map from a template"), key.New),
        open=_action(parent, tr("&Open…"), tr("Open a journey map"), key.Open),
        save_template=_action(parent, tr("Save as &Template…"), tr("Reuse this workspace as a template for new maps")),
        save=_action(parent, tr("&Save"), tr("Save the journey map"), key.Save),
        save_as=_action(parent, tr("Save &As…"), tr("Save the journey map under a new name"), key.SaveAs),
        import_file=_action(parent, tr("&Import…"), tr("A new map from a Mermaid journey or a CSV table of cards")),
        export=_action(
            parent, tr("&Export…"), tr("Export the map as PNG, SVG, PDF report, PowerPoint, Mermaid or CSV"), "Ctrl+E"
        ),
        copy_image=_action(
            parent,
            tr("Copy as &Image"),
            tr("Copy the map, or the selected cards, as a picture for slides"),
            "Ctrl+Shift+C",
        ),
        close=_action(parent, tr("&Close"), tr("Close this window"), key.Close),
        quit=_action(parent, tr("&Quit"), tr("Quit Journey Studio"), key.Quit),
        cut=_action(parent, tr("Cu&t"), tr("Cut the selected cards"), key.Cut),
        copy=_action(parent, tr("&Copy"), tr("Copy the selected cards"), key.Copy),
        paste=_action(parent, tr("&Paste"), tr("Paste cards into the current cell"), key.Paste),
        duplicate=_action(parent, tr("D&uplicate"), tr("Duplicate the selected cards"), "Ctrl+D"),
        delete=_action(parent, tr("&Delete"), tr("Delete the selection"), key.Delete, "Backspace"),
        select_all=_action(parent, tr("Select &All"), tr("Select every card"), key.SelectAll),
        rename=_action(parent, tr("&Rename"), tr("Edit the selected card's title in place"), "F2"),
        add_card=_action(parent, tr("Add &Card"), tr("Add a card in the current cell"), "Ins", "Ctrl+Return"),
        add_stage=_action(parent, tr("Add &Stage"), tr("Add a stage at the end of the journey"), "Ctrl+Alt+S"),
        add_lane=_action(parent, tr("Add &Lane"), tr("Add a lane at the bottom of the map"), "Ctrl+Alt+R"),
        connect_mode=_action(
            parent,
            tr("Co&nnect Cards"),
            tr("Drag from one card to another to draw an arrow (or Alt+drag); Esc leaves"),
            "Ctrl+K",
        ),
        add_emotion_point=_action(
            parent,
            tr("Add &Emotion Point"),
            tr("Add a point to the emotion curve in the current stage (or double-click the emotion lane)"),
        ),
        find=_action(parent, tr("&Find…"), tr("Find cards"), key.Find),
        business_context=_action(
            parent, tr("&Business Context…"), tr("Company goals, market and customer expectations")
        ),
        new_map=_action(
            parent, tr("New &Map in This Workspace"), tr("Add a journey map (same stages and lanes, no cards)")
        ),
        delete_map=_action(parent, tr("Delete This Map"), tr("Delete the map shown (undo brings it back)")),
        zoom_in=_action(parent, tr("Zoom &In"), tr("Zoom in"), key.ZoomIn, "Ctrl+="),
        zoom_out=_action(parent, tr("Zoom &Out"), tr("Zoom out"), key.ZoomOut),
        fit_map=_action(parent, tr("&Fit Map"), tr("Show the whole map"), "Ctrl+0"),
        actual_size=_action(parent, tr("&Actual Size"), tr("Zoom to 100 %"), "Ctrl+1"),
        zoom_selection=_action(parent, tr("Zoom to &Selection"), tr("Zoom to the selected cards"), "Ctrl+2"),
        shortcuts=_action(
            parent, tr("&Keyboard Shortcuts"), tr("Every key of the editor and of presentations"), "Ctrl+/"
        ),
        getting_started=_action(parent, tr("&Getting Started"), tr("How to build a journey map, step by step")),
        about=_action(parent, tr("&About Journey Studio"), tr("About Journey Studio")),
    )
    for field, icon in TOOLBAR_ICONS.items():
        getattr(actions, field).setIcon(action_icon(icon))
    return actions
