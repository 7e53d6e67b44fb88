"""Where a file the system asks for opens: the window that has it, an untouched one, or a new one.

macOS sends files opened from Finder or the Dock as a QFileOpenEvent to the application;
the last test sends real events to a real application in a fresh process.
"""

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from journey_studio.app.editor_windows import EditorWindows

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def two_maps(tmp_path, sample_path) -> tuple[Path, Path]:
    first, second = tmp_path / "chaussures.journey.json", tmp_path / "copie.journey.json"
    shutil.copy(sample_path, first)
    shutil.copy(sample_path, second)
    return first, second


@pytest.fixture
def editor(qtbot):
    windows = EditorWindows()
    yield windows
    for window in windows.windows:
        window.document.undo_stack.setClean()  # no "save changes?" prompt on the way out
        window.close()


def test_a_file_opens_in_the_untouched_start_window(editor, two_maps):
    start = editor.new_window()
    assert editor.open_path(two_maps[0]) is start
    assert start.document.path == two_maps[0]
    assert start.document.current_map.title


def test_a_window_with_work_in_it_is_never_replaced(editor, two_maps):
    start = editor.new_window()
    start.editor.set_map({"title": "Brouillon de l'atelier"})
    opened = editor.open_path(two_maps[0])
    assert opened is not start and opened.isVisible()
    assert start.document.current_map.title == "Brouillon de l'atelier" and start.document.is_modified
    assert opened.document.path == two_maps[0]


def test_a_file_already_open_is_brought_forward_not_opened_twice(editor, two_maps):
    start = editor.new_window()
    editor.open_path(two_maps[0])
    other = editor.open_path(two_maps[1])
    assert other is not start
    assert editor.open_path(two_maps[0]) is start
    assert len([w for w in editor.windows if w.isVisible()]) == 2


def test_finder_open_events_reach_the_editor(tmp_path, two_maps):
    script = textwrap.dedent("""
        import sys
        from pathlib import Path
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtGui import QFileOpenEvent
        from journey_studio.app.editor_windows import EditorWindows
        from journey_studio.app.qt_app import application

        app = application()
        editor = EditorWindows()
        start = editor.new_window()
        editor.follow(app)
        QCoreApplication.sendEvent(app, QFileOpenEvent(sys.argv[1]))
        print("start", start.document.path.name)
        start.editor.set_map({"title": "Brouillon"})
        QCoreApplication.sendEvent(app, QFileOpenEvent(sys.argv[2]))
        shown = [w for w in editor.windows if w.isVisible()]
        print("windows", len(shown), shown[-1].document.path.name)
        start.document.undo_stack.setClean()
    """)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "PYTHONPATH": str(ROOT),
    }
    result = subprocess.run([sys.executable, "-c", script, *map(str, two_maps)], capture_output=True, text=True,
                            env=env, timeout=120, cwd=tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split("\n")[:2] == ["start chaussures.journey.json", "windows 2 copie.journey.json"]
