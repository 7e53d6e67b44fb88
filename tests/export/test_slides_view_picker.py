"""The export dialog's View picker: a named view chosen there reaches the file, and the preview shows it."""

import xml.etree.ElementTree as ET

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from journey_studio.model import MapView
from journey_studio.ui.export_dialog import ExportDialog

SVG = "{http://www.w3.org/2000/svg}"


def test_client_deck_chosen_in_the_dialog_leaves_the_question_marks_out_of_the_svg(app, qtbot, tmp_path, shoes):
    workspace = shoes.model_copy(deep=True)
    journey_map = workspace.maps[0]
    journey_map.views = [MapView(name="First stage", stage_ids=[journey_map.stages[0].id])]
    dialog = ExportDialog(workspace, journey_map, (), None, directory=tmp_path)
    qtbot.addWidget(dialog)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(".svg"))
    names = [dialog.view_combo.itemText(i) for i in range(dialog.view_combo.count())]
    assert names[1:] == ["First stage", "Client deck"], "the map's own views, then the built-in one"

    def export_with_view(row: int) -> list[str]:
        dialog.view_combo.setFocus()
        dialog.view_combo.setCurrentIndex(0)
        for _ in range(row):
            QTest.keyClick(dialog.view_combo, Qt.Key.Key_Down)
        dialog.path_edit.setText(str(tmp_path / f"view-{row}.svg"))
        assert dialog.export()
        root = ET.fromstring(dialog.exported_path.read_bytes())
        return [element.text or "" for element in root.iter(f"{SVG}text")]

    everything = export_with_view(0)
    assert "?" in everything
    first_stage = export_with_view(1)
    assert journey_map.stages[0].name in first_stage and journey_map.stages[1].name not in first_stage
    client = export_with_view(2)
    assert "?" not in client
    assert not dialog.preview_image.pixmap().isNull()
