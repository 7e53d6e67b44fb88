"""Help ▸ Keyboard Shortcuts: every key of the window, read from its menus, plus the gestures on the map
and the keys of a presentation, so the list can never drift from what the keys really do."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMenuBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)


def tr(text: str) -> str:
    return QCoreApplication.translate("ShortcutsDialog", text)


def _map_keys() -> list[tuple[str, str]]:
    return [
        (tr("Add a card in an empty cell"), tr("Double-click")),
        (tr("Keep or cancel the text being typed"), tr("Enter, Esc")),
        (tr("Move the selected cards to the next cell"), tr("Arrow keys")),
        (tr("Put a dragged card back"), tr("Esc during the drag")),
        (tr("Draw an arrow between two cards"), tr("Alt+drag")),
        (tr("Leave connect mode"), tr("Esc")),
        (tr("Add an emotion point"), tr("Double-click the emotion lane")),
        (tr("Pan"), tr("Middle-button drag, Space+drag, wheel")),
        (tr("Zoom"), tr("Ctrl+wheel")),
    ]


def _presentation_keys() -> list[tuple[str, str]]:
    return [
        (tr("Next"), tr("Right, Down, Space, Page Down, N")),
        (tr("Previous"), tr("Left, Up, Page Up, P, Backspace")),
        (tr("First, last"), tr("Home, End")),
        (tr("Go to a stage"), tr("Its number, then Enter")),
        (tr("Black or white screen"), tr("B or ., W or ,")),
        (tr("Laser pointer"), "L"),
        (tr("Choose a view"), "V"),
        (tr("Show the keys"), "F1"),
        (tr("Leave"), tr("Esc")),
    ]


def menu_shortcuts(menu: QMenu) -> list[tuple[str, str]]:
    """(what, keys) for every action of ``menu`` and its submenus that has a shortcut, in menu order."""
    rows: list[tuple[str, str]] = []
    for action in menu.actions():
        if action.menu() is not None:
            rows += menu_shortcuts(action.menu())
        elif not action.isSeparator() and (keys := _typable(action)):
            rows.append((_plain(action), ", ".join(keys)))
    return rows


def _typable(action: QAction) -> list[str]:
    """The action's keys a keyboard has: Ctrl+Z, F2, Del; not the F14 or "Undo" keys Qt also binds on X11."""
    return [key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts()
            if key.count() and (key[0].keyboardModifiers() != Qt.KeyboardModifier.NoModifier
                                or key[0].key() in _PLAIN_KEYS)]


_PLAIN_KEYS = {getattr(Qt.Key, f"Key_F{n}") for n in range(1, 13)} | {
    Qt.Key.Key_Delete, Qt.Key.Key_Insert, Qt.Key.Key_Backspace, Qt.Key.Key_Escape}


def _plain(action: QAction) -> str:
    """The action's name; Undo and Redo say "Undo", not what they would undo now (their fixed icon text)."""
    text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").replace("…", "").strip()
    short = action.iconText().replace("…", "").strip()
    named_command = len(text) > len(short) and text.startswith(short) and not text[len(short)].isalnum()
    return short if short and named_command else text


class ShortcutsDialog(QDialog):
    def __init__(self, menu_bar: QMenuBar, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Keyboard Shortcuts"))
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([tr("Action"), tr("Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        sections = [(menu.title().replace("&", ""), menu_shortcuts(menu))
                    for menu in (a.menu() for a in menu_bar.actions()) if menu is not None]
        sections += [(tr("On the map"), _map_keys()), (tr("Presenting"), _presentation_keys())]
        for title, rows in sections:
            if not rows:
                continue
            section = QTreeWidgetItem(self.tree, [title])
            font = section.font(0)
            font.setBold(True)
            section.setFont(0, font)
            section.setFirstColumnSpanned(True)
            for what, keys in rows:
                QTreeWidgetItem(section, [what, keys])
        self.tree.expandAll()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(640, 680)

    def rows(self) -> list[tuple[str, str]]:
        """What the dialog lists, as (what, keys), section titles left out."""
        return [(section.child(i).text(0), section.child(i).text(1))
                for section in (self.tree.topLevelItem(n) for n in range(self.tree.topLevelItemCount()))
                for i in range(section.childCount())]

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.reject()
            return
        super().keyPressEvent(event)
