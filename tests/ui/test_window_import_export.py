"""File ▸ Import, File ▸ Export (Ctrl+E) and Copy as Image (Ctrl+Shift+C) from the main window."""

import io
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from journey_studio.export import Scope
from journey_studio.io import read_workspace
from journey_studio.ui import dialogs
from journey_studio.ui.export_dialog import ExportDialog
from tests.ui.driving import checked, click, when_modal

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def window(sample_window):
    return sample_window


def answer_export_dialog(monkeypatch, tmp_path: Path, suffix: str, seen: list) -> None:
    """Stand in for the user: pick the format, keep the rest, press Export."""

    def run(dialog: ExportDialog) -> int:
        seen.append(dialog)
        dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(suffix))
        dialog.path_edit.setText(str(tmp_path / f"export{suffix}"))
        dialog._export_and_close()
        return dialog.result()

    monkeypatch.setattr(ExportDialog, "exec", run)


def test_ctrl_e_opens_the_export_dialog_on_the_selection(window, qtbot, monkeypatch, tmp_path):
    seen: list[ExportDialog] = []
    answer_export_dialog(monkeypatch, tmp_path, ".svg", seen)
    card = window.document.current_map.cards[0]
    window.scene.select_cards([card.id])
    qtbot.keyClick(window.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    [dialog] = seen
    assert dialog.scope is Scope.SELECTION and dialog.selected == (card.id,)
    out = tmp_path / "export.svg"
    assert QSvgRenderer(str(out)).isValid()
    texts = [e.text for e in ET.fromstring(out.read_bytes()).iter(f"{SVG}text") if e.text]
    assert any(card.title.split()[0] in text for text in texts)
    assert str(out) in window.statusBar().currentMessage()


def test_export_dialog_writes_a_pdf_report_of_the_map(window, monkeypatch, tmp_path):
    from pypdf import PdfReader

    answer_export_dialog(monkeypatch, tmp_path, ".pdf", [])
    window.scene.clearSelection()
    assert window.files.export_dialog()
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "export.pdf").pages)
    assert window.document.current_map.title in text.replace("\n", " ")


def test_a_cancelled_export_writes_nothing(window, qtbot, tmp_path):
    """The real dialog, a file name typed, then Cancel: nothing written; the same steps with Export write it."""
    out = tmp_path / "annulé.png"

    def type_the_name_then(button: Callable[[ExportDialog], QPushButton]) -> Callable[[ExportDialog], None]:
        def act(dialog: ExportDialog) -> None:
            dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(".png"))
            dialog.path_edit.setText(str(out))
            click(qtbot, button(dialog))

        return act

    window.scene.clearSelection()
    cancel = QDialogButtonBox.StandardButton.Cancel
    outcome = when_modal(type_the_name_then(lambda d: d.buttons.button(cancel)), ExportDialog)
    assert not window.files.export_dialog()
    checked(outcome)
    assert not out.exists() and list(tmp_path.iterdir()) == [tmp_path / "chaussures.journey.json"]
    # The control: had the user pressed Export, the file would be there (so the check above can fail).
    outcome = when_modal(type_the_name_then(lambda d: d.export_button), ExportDialog)
    assert window.files.export_dialog()
    checked(outcome)
    with Image.open(out) as image:
        assert image.format == "PNG" and image.width > 0


def clipboard_png() -> Image.Image:
    data = QGuiApplication.clipboard().mimeData().data("image/png").data()
    assert data, "no PNG on the clipboard"
    return Image.open(io.BytesIO(data))


def test_copy_as_image_puts_the_map_or_the_selection_on_the_clipboard(window, qtbot):
    window.scene.clearSelection()
    assert window.window_actions.copy_image.text() == "Copy Map as &Image"
    qtbot.keyClick(window.view, Qt.Key.Key_C,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    whole = clipboard_png()
    mime = QGuiApplication.clipboard().mimeData()
    assert QSvgRenderer(mime.data("image/svg+xml").data()).isValid()
    card = window.document.current_map.cards[0]
    window.scene.select_cards([card.id])
    assert window.files.copy_as_image()
    part = clipboard_png()
    assert part.width * part.height < whole.width * whole.height / 4
    assert whole.info.get("dpi") and whole.mode == "RGB", "opaque, with its resolution"
    assert window.window_actions.copy_image.text() == "Copy Selection as &Image"


def test_importing_a_mermaid_journey_opens_it_as_an_unsaved_map(window, tmp_path, monkeypatch):
    reports = []
    monkeypatch.setattr(dialogs, "show_report", lambda parent, title, text, details: reports.append(details))
    source = tmp_path / "parcours.mmd"
    source.write_text(
        "journey\n  title Achat de chaussures\n  section Réflexion\n    Lire des avis: 4: Camille\n"
        "  section Achat\n    Payer en caisse: 9: Camille, Vendeur\n", encoding="utf-8")
    monkeypatch.setattr(dialogs, "ask_import_path", lambda parent, folder: source)
    assert window.files.import_dialog()
    journey_map = window.document.current_map
    assert [s.name for s in journey_map.stages] == ["Réflexion", "Achat"]
    assert {c.title for c in journey_map.cards} == {"Lire des avis", "Payer en caisse"}
    assert window.document.path is None and window.isWindowModified()
    assert reports and "5" in reports[0] and "9" in reports[0], "the clamped score is reported"
    assert len(window.scene.card_items()) == 2


def test_a_csv_with_missing_columns_is_explained_and_the_open_map_stays(window, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, message: shown.append(message))
    before = window.document
    source = tmp_path / "cartes.csv"
    source.write_text("nom;prénom\nA;B\n", encoding="utf-8")
    assert not window.files.import_path(source)
    assert shown and "cartes.csv" in shown[0]
    assert window.document is before


def test_imported_csv_saves_as_a_journey_file(window, tmp_path, monkeypatch):
    source = tmp_path / "cartes.csv"
    source.write_text("map,stage,lane,title\nParcours,Découverte,Actions,Voit une pub 📺\n", encoding="utf-8")
    assert window.files.import_path(source)
    target = tmp_path / "importé.journey.json"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda parent, suggested: target)
    assert window.files.save()
    assert [c.title for c in read_workspace(target).maps[0].cards] == ["Voit une pub 📺"]
