"""Menus, toolbars and docks from plain lists, so the window says what goes where, not how."""

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QMenuBar, QToolBar, QWidget

Entry = QAction | QMenu | QWidget | None
"""An action, a submenu, a widget (toolbars only), or None for a separator."""


def _fill(target: QMenu | QToolBar, entries: Sequence[Entry]) -> None:
    for entry in entries:
        if entry is None:
            target.addSeparator()
        elif isinstance(entry, QAction):
            target.addAction(entry)
        elif isinstance(entry, QMenu):
            assert isinstance(target, QMenu)
            target.addMenu(entry)
        else:
            assert isinstance(target, QToolBar)
            target.addWidget(entry)


def build_menus(bar: QMenuBar, menus: Sequence[tuple[str, Sequence[Entry]]]) -> list[QMenu]:
    built = []
    for title, entries in menus:
        menu = bar.addMenu(title)
        _fill(menu, entries)
        built.append(menu)
    return built


def build_toolbar(window: QMainWindow, title: str, name: str, entries: Sequence[Entry]) -> QToolBar:
    toolbar = QToolBar(title, window)
    toolbar.setObjectName(name)  # saveState/restoreState need a name
    _fill(toolbar, entries)
    return toolbar


def add_dock(window: QMainWindow, title: str, name: str, widget: QWidget, panels_menu: QMenu) -> QDockWidget:
    """A dock on the right, listed in View ▸ Panels so a closed panel can come back."""
    dock = QDockWidget(title, window)
    dock.setObjectName(name)
    dock.setWidget(widget)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    panels_menu.addAction(dock.toggleViewAction())
    return dock
