"""File ▸ Export… as a user drives it: choose, look at the preview, export, cancel."""

import xml.etree.ElementTree as ET

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTimer

from journey_studio.export import Background, ExportCancelled, PageSize, Scope
from journey_studio.ui.export_dialog import ExportDialog, ProgressReporter


@pytest.fixture
def dialog(app, qtbot, tmp_path, shoes):
    journey_map = shoes.maps[0]
    dialog = ExportDialog(shoes, journey_map, [journey_map.cards[0].id], None, directory=tmp_path)
    qtbot.addWidget(dialog)
    return dialog


def choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_it_opens_on_the_selection_with_a_preview(dialog, tmp_path):
    assert dialog.scope is Scope.SELECTION
    assert dialog.path_edit.text() == str(tmp_path / "Buying a first pair of running shoes.png")
    assert not dialog.preview_image.pixmap().isNull()
    assert "pixels at 192 dpi" in dialog.size_label.text()


def test_exporting_an_svg_of_one_stage(dialog, tmp_path):
    choose(dialog.format_combo, ".svg")
    choose(dialog.scope_combo, Scope.STAGE)
    choose(dialog.stage_combo, "stage-achat")
    assert dialog.path_edit.text().endswith(".svg"), "the file name follows the format"
    assert dialog.export()
    root = ET.fromstring(dialog.exported_path.read_bytes())
    assert "Purchase" in [e.text for e in root.iter("{http://www.w3.org/2000/svg}text")]


def test_a_pdf_report_on_a3(dialog, tmp_path):
    choose(dialog.format_combo, ".pdf")
    choose(dialog.scope_combo, Scope.MAP)
    choose(dialog.page_combo, PageSize.A3)
    assert dialog.export()
    page = PdfReader(dialog.exported_path).pages[0]
    assert round(float(page.mediabox.width)) == 1191


def test_choices_a_format_cannot_take_are_disabled(dialog):
    transparent = dialog.background_combo.findData(Background.TRANSPARENT)
    choose(dialog.background_combo, Background.TRANSPARENT)
    choose(dialog.format_combo, ".pdf")
    assert not dialog.background_combo.model().item(transparent).isEnabled()
    assert dialog.background_combo.currentData() != Background.TRANSPARENT
    choose(dialog.format_combo, ".pptx")
    assert not dialog.scope_combo.model().item(dialog.scope_combo.findData(Scope.STAGE)).isEnabled()
    assert dialog.scope is Scope.MAP
    assert not dialog.dpi_spin.isEnabled()


def test_without_a_selection_the_selection_cannot_be_chosen(app, qtbot, tmp_path, shoes):
    dialog = ExportDialog(shoes, shoes.maps[0], [], None, directory=tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.scope is Scope.MAP
    assert not dialog.scope_combo.model().item(dialog.scope_combo.findData(Scope.SELECTION)).isEnabled()


def test_presets_set_the_size(dialog):
    choose(dialog.scope_combo, Scope.MAP)
    choose(dialog.preset_combo, "4k")
    options = dialog.options()
    assert (options.page, options.width) == (PageSize.SLIDE, 3840)
    assert "3840 × 2160 pixels" in dialog.size_label.text()


def test_text_formats_preview_their_text(dialog):
    choose(dialog.format_combo, ".mmd")
    dialog.update_preview()
    assert dialog.preview.currentWidget() is dialog.preview_text
    assert dialog.preview_text.toPlainText().splitlines()[1] == "journey"


def test_cancelling_writes_nothing(dialog, tmp_path, monkeypatch):
    choose(dialog.format_combo, ".pdf")
    choose(dialog.scope_combo, Scope.MAP)
    created = []
    original = ProgressReporter.__init__

    def reporter_that_is_cancelled(self, parent, title):
        original(self, parent, title)
        created.append(self)
        self.cancel()

    monkeypatch.setattr(ProgressReporter, "__init__", reporter_that_is_cancelled)
    assert not dialog.export()
    assert created and not list(tmp_path.glob("*.pdf"))


def test_the_reporter_raises_once_cancelled(app, qtbot):
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    reporter = ProgressReporter(parent, "Exporting")
    reporter(0.5, "drawing")
    QTimer.singleShot(0, reporter.cancel)
    qtbot.wait(10)
    with pytest.raises(ExportCancelled):
        reporter(0.6, "drawing")
    reporter.close()


def test_an_export_error_is_shown_not_raised(dialog, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr("journey_studio.ui.export_dialog.QMessageBox.warning",
                        lambda parent, title, text: shown.append(text))
    dialog.path_edit.setText(str(tmp_path / "missing-folder" / "map.png"))
    assert not dialog.export()
    assert shown and "does not exist" in shown[0]
