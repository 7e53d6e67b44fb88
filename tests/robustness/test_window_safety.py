"""The window's part: it asks before overwriting a changed file, autosaves, and drops copies it no longer needs."""

import pytest

from journey_studio.document import Document
from journey_studio.io import read_workspace, workspace_to_bytes, write_workspace
from journey_studio.recovery import RecoveryStore
from journey_studio.ui import dialogs, save_conflict_dialog
from journey_studio.ui.autosave import Autosaver
from journey_studio.ui.main_window import MainWindow
from journey_studio.ui.save_conflict_dialog import ConflictChoice
from tests.factories import sample_workspace


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "map.journey.json"
    write_workspace(sample_workspace(), path)
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda parent, name: dialogs.SaveChoice.DISCARD)
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, message: errors.append(message))
    window = MainWindow(Document(sample_workspace()))
    qtbot.addWidget(window)
    assert window.files.open_file(path)
    window.errors = errors
    # A private store and a fast interval for this window's autosaver.
    window.autosaver.finish()
    window.autosaver = Autosaver(window.document, RecoveryStore(tmp_path / "recovery"), interval=0.05, parent=window)
    return window, path


def retitle(window: MainWindow, title: str) -> None:
    window.editor.set_map({"title": title})


def theirs(path, title="Changé ailleurs") -> bytes:
    workspace = read_workspace(path)
    workspace.maps[0].title = title
    write_workspace(workspace, path)
    return path.read_bytes()


@pytest.mark.parametrize("choice", list(ConflictChoice))
def test_save_asks_when_the_file_changed_on_disk(window, monkeypatch, tmp_path, choice):
    window, path = window
    asked = []
    monkeypatch.setattr(save_conflict_dialog, "ask_save_conflict", lambda parent, p: asked.append(p) or choice)
    other = tmp_path / "copie.journey.json"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda parent, suggested: other)
    retitle(window, "Le mien")
    their_bytes = theirs(path)
    saved = window.files.save()
    assert asked == [path]
    if choice is ConflictChoice.OVERWRITE:
        assert saved and read_workspace(path).maps[0].title == "Le mien"
    elif choice is ConflictChoice.SAVE_AS:
        assert saved and window.document.path == other and path.read_bytes() == their_bytes
    else:
        assert not saved and path.read_bytes() == their_bytes and window.isWindowModified()


def test_a_failed_save_says_the_map_is_still_open(window, monkeypatch):
    window, path = window
    retitle(window, "Le mien")
    path.chmod(0o444)
    try:
        assert not window.files.save()
    finally:
        path.chmod(0o644)
    assert "read-only" in window.errors[-1] and "still open" in window.errors[-1]
    assert window.isWindowModified()


def test_edits_are_copied_and_the_copy_goes_when_the_window_closes(window, qtbot):
    window, path = window
    with qtbot.waitSignal(window.autosaver.written, timeout=5000) as written:
        retitle(window, "Brouillon")
    copy = written.args[0]
    assert copy.read_bytes() == workspace_to_bytes(window.document.workspace)
    assert window.close()  # "Discard" answered
    assert not copy.exists()


def test_opening_another_map_drops_the_copy_of_the_discarded_one(window, qtbot, tmp_path):
    window, path = window
    with qtbot.waitSignal(window.autosaver.written, timeout=5000) as written:
        retitle(window, "Brouillon")
    other = tmp_path / "autre.journey.json"
    write_workspace(sample_workspace(), other)
    assert window.files.maybe_save() and window.files.open_file(other)
    assert not written.args[0].exists()
