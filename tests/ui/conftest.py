"""UI tests never block on a modal dialog: unsaved-changes questions are answered "discard" unless a test
says otherwise."""

import shutil

import pytest

from journey_studio.document import Document
from journey_studio.editor import MapEditor
from journey_studio.templates import load_template, new_from_template
from journey_studio.ui import dialogs
from journey_studio.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _no_modal_dialogs(monkeypatch):
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda parent, name: dialogs.SaveChoice.DISCARD)
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, message: None)
    monkeypatch.setattr(dialogs, "show_report", lambda parent, title, text, details: None)


@pytest.fixture
def document() -> Document:
    """The French running-shoes journey, for a panel tested on its own (a test module may pick another)."""
    return Document(load_template("running-shoes", "fr"))


@pytest.fixture
def editor(document) -> MapEditor:
    return MapEditor(document)


@pytest.fixture
def stack(document):
    return document.undo_stack


@pytest.fixture
def sample_window(qtbot, tmp_path, sample_path) -> MainWindow:
    """A shown main window on a copy of the running-shoes map (French), as a user opens it."""
    path = tmp_path / "chaussures.journey.json"
    shutil.copy(sample_path, path)
    window = MainWindow(Document(new_from_template("blank", "fr")))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.files.open_file(path)
    return window
