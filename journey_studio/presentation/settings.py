"""Where and how to present: the chosen screen (the second one by default) and animated transitions."""

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QScreen
from PySide6.QtWidgets import QMenu, QWidget

SCREEN_KEY = "presentation/screen"
ANIMATE_KEY = "presentation/animate"


def tr(text: str) -> str:
    return QCoreApplication.translate("Presentation", text)


def saved_screen_name() -> str:
    """The screen the user picked, by name; empty means "the second screen when there is one"."""
    value = QSettings().value(SCREEN_KEY, "")
    return value if isinstance(value, str) else ""


def set_screen_name(name: str) -> None:
    QSettings().setValue(SCREEN_KEY, name)


def animations_enabled() -> bool:
    value = QSettings().value(ANIMATE_KEY, True)
    return value not in (False, "false", "0", 0)


def set_animations_enabled(enabled: bool) -> None:
    QSettings().setValue(ANIMATE_KEY, bool(enabled))


def choose_screen_name(names: Sequence[str], primary: str, editor: str | None, saved: str) -> str:
    """The screen to present on: the saved one if connected, else another than the editor's, else the primary.

    Plain names, so the rule is testable without several monitors: the projector is usually the
    screen the editor is not on.
    """
    if saved and saved in names:
        return saved
    others = [name for name in names if name != (editor or primary)]
    return others[0] if others else primary


def presentation_screen(editor: QWidget | None = None) -> QScreen:
    """The QScreen :func:`choose_screen_name` picks among the connected ones."""
    screens = QGuiApplication.screens()
    primary = QGuiApplication.primaryScreen()
    editor_screen = editor.screen() if editor is not None else None
    name = choose_screen_name([s.name() for s in screens], primary.name(),
                              editor_screen.name() if editor_screen else None, saved_screen_name())
    return next((s for s in screens if s.name() == name), primary)


def screen_menu(parent: QWidget) -> QMenu:
    """View ▸ Presentation Screen: automatic (the second screen), or one named screen."""
    menu = QMenu(tr("Presentation &Screen"), parent)
    menu.setObjectName("presentationScreenMenu")
    group = QActionGroup(menu)

    def fill() -> None:
        menu.clear()
        saved = saved_screen_name()
        choices = [("", tr("Automatic (the second screen when there is one)"))]
        choices += [
            (s.name(), f"{s.name()} — {s.size().width()} × {s.size().height()}") for s in QGuiApplication.screens()
        ]
        for name, label in choices:
            action = menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(name == saved)
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, n=name: set_screen_name(n))

    menu.aboutToShow.connect(fill)
    fill()
    return menu


def animations_action(parent: QWidget) -> QAction:
    """A checkable "Animated Transitions" action bound to the setting."""
    action = QAction(tr("&Animated Transitions"), parent)
    action.setCheckable(True)
    action.setChecked(animations_enabled())
    action.setToolTip(tr("Glide between the steps of a presentation; off, each step appears at once"))
    action.toggled.connect(set_animations_enabled)
    return action
