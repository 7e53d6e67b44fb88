"""A French user reads why a file would not open, or an export failed, in French, naming the file and the problem.

Files and exports are Qt-free and keep their words as ``ErrorText``; the window translates them when it shows
them (``journey_studio/ui/error_messages.py``). Driven as a user does: Ctrl+O with the file dialog answering,
Ctrl+E and the Export button; the real message box is read, then closed.
"""

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from journey_studio.document import Document
from journey_studio.io import FILE_SUFFIX
from journey_studio.model import SCHEMA_VERSION
from journey_studio.templates import new_from_template
from journey_studio.ui import dialogs
from journey_studio.ui.export_dialog import ExportDialog
from journey_studio.ui.main_window import MainWindow
from tests.ui.driving import checked, click, replace_text, when_modal

NBSP = "\u00a0"
REAL_SHOW_ERROR = dialogs.show_error
"""Taken before the UI tests' fixture silences message boxes: these tests read the real one."""


@pytest.fixture
def french_window(qtbot, english, monkeypatch):
    monkeypatch.setattr(dialogs, "show_error", REAL_SHOW_ERROR)
    window = MainWindow(Document(new_from_template("running-shoes", "fr")))
    window.resize(1200, 800)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    pick_language(window, "Français")
    assert window.menuBar().actions()[0].text() == "&Fichier"
    return window


def pick_language(window, name: str) -> None:
    """View ▸ Language ▸ ``name``, as a user picks it."""
    view_menu = window.menuBar().actions()[3].menu()
    language = next(a.menu() for a in view_menu.actions()
                    if a.menu() is not None and a.menu().objectName() == "languageMenu")
    next(action for action in language.actions() if action.text() == name).trigger()


def message_of(box: QMessageBox) -> str:
    text = box.text()
    box.close()
    return text


def open_by_keys(qtbot, window, monkeypatch, path) -> str:
    """Ctrl+O, the file dialog answers ``path``; the text of the message box that comes up."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))
    shown = when_modal(message_of, QMessageBox)
    qtbot.keyClick(window.view, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    return checked(shown)


BROKEN = {
    "not JSON": ('{"schema_version": 1, "maps": [', "n'est pas du JSON valide" + NBSP + ": ", "is not valid JSON"),
    "from a newer version": (json.dumps({"schema_version": SCHEMA_VERSION + 7, "maps": []}),
                             "a été écrit par une version plus récente de Journey Studio", "written by a newer"),
    "not a map": ("[1, 2, 3]", "est du JSON, mais pas un parcours", "is JSON, but not a journey map"),
}


@pytest.mark.parametrize("kind", BROKEN)
def test_a_broken_file_is_explained_in_french(qtbot, french_window, monkeypatch, tmp_path, kind):
    content, french, english = BROKEN[kind]
    path = tmp_path / f"cassé{FILE_SUFFIX}"
    path.write_text(content, encoding="utf-8")
    title_before = french_window.windowTitle()
    text = open_by_keys(qtbot, french_window, monkeypatch, path)
    assert text.startswith(f"{path}{NBSP}: "), text  # the file first, with French typography
    assert french in text
    assert english not in text
    assert french_window.windowTitle() == title_before  # the map that was open stays open


def test_a_missing_file_says_so_in_french_with_the_systems_own_words(qtbot, french_window, monkeypatch, tmp_path):
    path = tmp_path / f"absent{FILE_SUFFIX}"
    text = open_by_keys(qtbot, french_window, monkeypatch, path)
    assert text.startswith(f"{path}{NBSP}: "), text


def test_the_same_file_in_english_reads_english(qtbot, french_window, monkeypatch, tmp_path):
    """The translation follows the interface: switched back to English, the same file is explained in English."""
    pick_language(french_window, "English")
    path = tmp_path / f"broken{FILE_SUFFIX}"
    path.write_text("[1, 2, 3]", encoding="utf-8")
    text = open_by_keys(qtbot, french_window, monkeypatch, path)
    assert text == f"{path}: is JSON, but not a journey map (expected an object at the top)"


def test_a_failed_export_is_explained_in_french(qtbot, french_window, tmp_path):
    """Export into a "folder" that is a file: the dialog says, in French, that the file could not be written."""
    not_a_folder = tmp_path / "pas-un-dossier"
    not_a_folder.write_text("a file, not a folder", encoding="utf-8")
    target = not_a_folder / "parcours.png"
    messages: list[str] = []

    def in_the_dialog(dialog: ExportDialog) -> None:
        replace_text(qtbot, dialog.path_edit, str(target), finish=None)
        warning = when_modal(lambda box: messages.append(message_of(box)), QMessageBox)
        click(qtbot, dialog.export_button)
        checked(warning)
        dialog.reject()

    shown = when_modal(in_the_dialog, ExportDialog)
    qtbot.keyClick(french_window.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    checked(shown)
    assert len(messages) == 1
    text = messages[0]
    assert f"impossible d'écrire {target}{NBSP}: " in text, text
    assert "could not be made" not in text and "cannot write" not in text
    assert not target.exists()


def test_exporting_over_a_map_is_refused_in_french(qtbot, french_window, tmp_path, sample_path):
    """A PNG name that holds a journey map (a map saved under the wrong name): never replaced, and said in French."""
    target = tmp_path / "parcours.png"
    target.write_bytes(sample_path.read_bytes())
    messages: list[str] = []

    def in_the_dialog(dialog: ExportDialog) -> None:
        replace_text(qtbot, dialog.path_edit, str(target), finish=None)
        warning = when_modal(lambda box: messages.append(message_of(box)), QMessageBox)
        click(qtbot, dialog.export_button)
        checked(warning)
        dialog.reject()

    shown = when_modal(in_the_dialog, ExportDialog)
    qtbot.keyClick(french_window.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    checked(shown)
    assert f"{target}{NBSP}: est un fichier de parcours" in messages[0], messages[0]
    assert "is a journey map file" not in messages[0]
    assert target.read_bytes() == sample_path.read_bytes()  # the map is still there, untouched
