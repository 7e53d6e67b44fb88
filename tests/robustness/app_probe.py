"""Run the real ``python -m journey_studio FILE`` with a probe, for the crash tests.

    python tests/robustness/app_probe.py edit FILE      # open FILE, edit it every 50 ms, report
    python tests/robustness/app_probe.py restart [FILE] # start, answer "Restore", report what opened

The probe only watches and types: it prints ``FOLDER``, ``EDIT n t`` and ``AUTOSAVED t`` lines
(t: time.monotonic, comparable with the test's clock).
"""

import os
import runpy
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def say(*parts: object) -> None:
    print(*parts, flush=True)


def probe_edits() -> None:
    from PySide6.QtCore import QTimer

    from journey_studio.recovery import RecoveryStore
    from journey_studio.ui.document_controller import DocumentController

    original_open = DocumentController.open_file

    def open_and_edit(files: DocumentController, path: Path) -> bool:
        opened = original_open(files, path)
        window = files.window
        say("OPENED", opened)
        autosaver = window.autosaver
        say("FOLDER", RecoveryStore().folder)
        autosaver.written.connect(lambda _path: say("AUTOSAVED", time.monotonic()))
        count = [0]

        def edit() -> None:
            count[0] += 1
            window.editor.set_map({"title": f"Édition {count[0]}"})
            say("EDIT", count[0], time.monotonic())

        timer = QTimer(window)
        timer.timeout.connect(edit)
        timer.start(50)
        window._probe_timer = timer
        return opened

    DocumentController.open_file = open_and_edit


def probe_restart() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from journey_studio.ui import recovery_dialog
    from journey_studio.ui.main_window import MainWindow

    def restore(parent, info, workspace, problem, location):
        say("OFFERED", workspace.maps[0].title if workspace else problem)
        return recovery_dialog.RecoveryChoice.RESTORE

    recovery_dialog.ask_recovery = restore
    original_init = MainWindow.__init__

    def init(window, *args, **kwargs):
        original_init(window, *args, **kwargs)
        QTimer.singleShot(4000, report)

    def report() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow):
                document = widget.document
                say("WINDOW", document.path, document.is_modified,
                    document.current_map.title if document.current_map else "")
        os._exit(0)

    MainWindow.__init__ = init


if __name__ == "__main__":
    mode, args = sys.argv[1], sys.argv[2:]
    {"edit": probe_edits, "restart": probe_restart}[mode]()
    sys.argv = ["journey_studio", *args]
    runpy.run_module("journey_studio", run_name="__main__", alter_sys=True)
