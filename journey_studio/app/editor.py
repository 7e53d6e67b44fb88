"""Start the editor: one window, on a file or on a blank map in the system's language."""

from pathlib import Path

from PySide6.QtCore import QLocale, QTimer

from ..document import Document
from ..templates import new_from_template
from ..ui.main_window import MainWindow
from .qt_app import application


def system_language() -> str:
    return "fr" if QLocale.system().language() == QLocale.Language.French else "en"


def run_editor(path: Path | None) -> int:
    app = application()
    window = MainWindow(Document(new_from_template("blank", system_language())))
    window.show()
    if path is not None:
        # After the event loop starts, so an error dialog has a window to belong to.
        QTimer.singleShot(0, lambda: window.open_file(path))
    return app.exec()
