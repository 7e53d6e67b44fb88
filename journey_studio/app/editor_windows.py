"""Start the editor: one window, on a file or on a blank map in the system's language.

Before anything else it offers what a crash left behind (restore, compare or discard each
recovery copy); a restored map opens in its own window, modified, until the user saves it.
Files the system asks to open later (macOS Finder and Dock) open in a window of their own.
"""

from pathlib import Path

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication

from ..document import Document
from ..templates import new_from_template
from ..ui.main_window import MainWindow
from ..ui.recovery_dialog import offer_recovery
from .qt_app import JourneyStudioApplication, application


def system_language() -> str:
    return "fr" if QLocale.system().language() == QLocale.Language.French else "en"


class EditorWindows:
    """The editor's top-level windows, kept alive here, and where a file asked for opens."""

    def __init__(self) -> None:
        self.windows: list[MainWindow] = []

    def new_window(self, document: Document | None = None) -> MainWindow:
        window = MainWindow(document or Document(new_from_template("blank", system_language())))
        window.show()
        self.windows = [w for w in self.windows if w.isVisible()] + [window]
        return window

    def follow(self, app: QApplication) -> None:
        """Open the files the system asks for (macOS Finder and Dock) while the editor runs."""
        if isinstance(app, JourneyStudioApplication):
            app.fileOpenRequested.connect(lambda name: self.open_path(Path(name)))

    def open_path(self, path: Path) -> MainWindow:
        """Show ``path``: raise the window that has it, else open it in an untouched blank window or a new one.

        A window with work in it is never replaced, so nothing needs saving first.
        """
        visible = [w for w in self.windows if w.isVisible()]
        for window in visible:
            if window.document.path is not None and _same_file(window.document.path, path):
                window.raise_()
                window.activateWindow()
                return window
        untouched = [w for w in visible if w.document.path is None and not w.document.is_modified]
        target = untouched[0] if untouched else self.new_window()
        target.files.open_file(path)
        target.raise_()
        target.activateWindow()
        return target


def _same_file(first: Path, second: Path) -> bool:
    try:
        return first.resolve() == second.resolve()
    except OSError:
        return False


def run_editor(path: Path | None) -> int:
    app = application()
    editor = EditorWindows()
    window = editor.new_window()
    editor.follow(app)
    # After the event loop starts, so the dialogs have a window to belong to.
    QTimer.singleShot(0, lambda: _start(editor, window, path))
    return app.exec()


def _start(editor: EditorWindows, window: MainWindow, path: Path | None) -> None:
    restored = offer_recovery(parent=window)
    for index, document in enumerate(restored):
        if index == 0:
            window.open_document(document)
        else:
            editor.new_window(document)
    if path is not None:
        editor.open_path(path)
