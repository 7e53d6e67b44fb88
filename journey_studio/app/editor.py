"""Start the editor: one window, on a file or on a blank map in the system's language.

Before anything else it offers what a crash left behind (restore, compare or discard each
recovery copy); a restored map opens in its own window, modified, until the user saves it.
"""

from pathlib import Path

from PySide6.QtCore import QLocale, QTimer

from ..document import Document
from ..templates import new_from_template
from ..ui.main_window import MainWindow
from ..ui.recovery_dialog import offer_recovery
from .qt_app import application


def system_language() -> str:
    return "fr" if QLocale.system().language() == QLocale.Language.French else "en"


def run_editor(path: Path | None) -> int:
    app = application()
    window = MainWindow(Document(new_from_template("blank", system_language())))
    window.show()
    windows = [window]
    # After the event loop starts, so the dialogs have a window to belong to.
    QTimer.singleShot(0, lambda: _start(window, path, windows))
    return app.exec()


def _start(window: MainWindow, path: Path | None, windows: list[MainWindow]) -> None:
    restored = offer_recovery(parent=window)
    for index, document in enumerate(restored):
        if index == 0:
            window.open_document(document)
        else:
            extra = MainWindow(document)
            extra.show()
            windows.append(extra)
    already_open = {document.path.resolve() for document in restored if document.path is not None}
    if path is not None and path.resolve() not in already_open:
        target = window
        if restored:
            target = MainWindow(Document(new_from_template("blank", system_language())))
            target.show()
            windows.append(target)
        target.open_file(path)
