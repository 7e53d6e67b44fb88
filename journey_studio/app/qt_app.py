"""QApplication set-up shared by the editor and the headless commands."""

import atexit
import os
import sys
from importlib.resources import as_file, files

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from .. import version
from ..canvas.qt_fonts import register_fonts
from ..i18n import install_translators
from .settings_guard import guard_settings

ORGANIZATION = "Journey Studio"
APPLICATION = "Journey Studio"


class JourneyStudioApplication(QApplication):
    """The application object. macOS opens files from Finder and the Dock by sending it a
    QFileOpenEvent, not a command-line argument; it passes them on as :attr:`fileOpenRequested`."""

    fileOpenRequested = Signal(str)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen:
            name = event.file()  # a QFileOpenEvent
            if name:
                self.fileOpenRequested.emit(name)
                return True
        return super().event(event)


def application(headless: bool = False) -> QApplication:
    """The process's QApplication; headless ones render offscreen, with no window system."""
    existing = QCoreApplication.instance()
    if existing is not None:
        assert isinstance(existing, QApplication)
        return existing
    if headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(version())
    guard_settings(ORGANIZATION, APPLICATION)  # before anything reads a setting
    app = JourneyStudioApplication(sys.argv[:1])
    # Lets Wayland desktops match windows to packaging/linux's .desktop file and its icon.
    QGuiApplication.setDesktopFileName("org.journeystudio.JourneyStudio")
    register_fonts()
    install_translators(app)
    icon = app_icon()
    if icon is not None:
        app.setWindowIcon(icon)
    atexit.register(release_clipboard)
    return app


def release_clipboard() -> None:
    """Drop what this process put on the clipboard while Python still runs.

    Under the offscreen and minimal platforms Qt keeps the clipboard's data in a C++
    global that is destroyed after Python has shut down; deleting a QMimeData made in
    Python at that point crashes the process on its way out (PySide6 6.11: exit 139 after
    a run that did everything right). Real window systems keep the clipboard in the
    application object, which goes while Python lives, so their clipboard is left alone.
    """
    if QCoreApplication.instance() is not None and QGuiApplication.platformName() in ("offscreen", "minimal"):
        QGuiApplication.clipboard().clear()


def app_icon() -> QIcon | None:
    resource = files("journey_studio.icons") / "app" / "journey-studio.svg"
    if not resource.is_file():
        return None
    with as_file(resource) as path:
        return QIcon(str(path))
