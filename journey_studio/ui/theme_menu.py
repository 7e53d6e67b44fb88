"""View ▸ Canvas Theme: light, dark or the projector's high contrast, remembered between sessions.

The theme only changes how the canvas draws the map; exports choose their own theme.
"""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from ..theme import theme_names

SETTING_CANVAS_THEME = "view/canvasTheme"
DEFAULT_THEME = "light"


def tr(text: str) -> str:
    return QCoreApplication.translate("Themes", text)


def theme_label(name: str) -> str:
    """The name a user reads for a theme file (``projector`` → "Projector (high contrast)")."""
    labels = {"light": tr("Light"), "dark": tr("Dark"), "projector": tr("Projector (high contrast)")}
    return labels.get(name, name.replace("-", " ").title())


def canvas_theme_name() -> str:
    """The theme the canvas was last shown in (light when unset or no longer shipped)."""
    name = QSettings().value(SETTING_CANVAS_THEME, DEFAULT_THEME)
    return name if isinstance(name, str) and name in theme_names() else DEFAULT_THEME


def theme_menu(parent: QWidget, apply: Callable[[str], None]) -> QMenu:
    """One checkable entry per theme; choosing one saves it and calls ``apply(name)``."""
    menu = QMenu(tr("Canvas &Theme"), parent)
    menu.setObjectName("canvasThemeMenu")
    menu.setToolTip(tr("Colours of the map on screen; exports choose their own"))
    group = QActionGroup(menu)
    current = canvas_theme_name()
    for name in theme_names():
        action = menu.addAction(theme_label(name))
        action.setObjectName(f"theme-{name}")
        action.setCheckable(True)
        action.setChecked(name == current)
        group.addAction(action)

        def choose(_checked: bool = False, chosen: str = name) -> None:
            QSettings().setValue(SETTING_CANVAS_THEME, chosen)
            apply(chosen)

        action.triggered.connect(choose)
    return menu
