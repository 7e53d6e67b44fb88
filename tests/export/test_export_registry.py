"""Choosing an export by extension, what each format accepts, and that failures leave no file behind."""

import os

import pytest

from journey_studio.export import (
    FORMATS,
    Background,
    ExportError,
    ExportOptions,
    Scope,
    export_bytes,
    export_map,
    format_for,
)
from journey_studio.export.options import PageSize


def test_every_promised_format_is_there():
    assert set(FORMATS) == {".png", ".svg", ".pdf", ".pptx", ".mmd", ".csv"}
    assert format_for("MAP.PDF").suffix == ".pdf"


@pytest.mark.parametrize("name", ["map.docx", "map", "map.journey.json"])
def test_unknown_extensions_name_the_file_and_the_choices(name):
    with pytest.raises(ExportError, match=rf"{name}: unsupported format .*\(supported: \.csv, \.mmd"):
        format_for(name)


@pytest.mark.parametrize("suffix", [".pptx", ".mmd", ".csv"])
def test_whole_map_formats_refuse_a_part(shoes, suffix):
    with pytest.raises(ExportError, match="exports the whole map only, not the stage"):
        export_bytes(shoes, shoes.maps[0], suffix, ExportOptions(scope=Scope.STAGE, stage="Reflection"))


@pytest.mark.parametrize("suffix", [".pdf", ".pptx"])
def test_only_png_and_svg_are_transparent(shoes, suffix):
    with pytest.raises(ExportError, match="transparent background is for PNG and SVG only"):
        export_bytes(shoes, shoes.maps[0], suffix, ExportOptions(background=Background.TRANSPARENT))


def test_options_accept_the_plain_words_a_command_line_or_qt_gives():
    options = ExportOptions(background="white", scope="stage", page="a3", card_ids=["a"])
    assert options.background is Background.WHITE and options.scope is Scope.STAGE
    assert options.page is PageSize.A3 and options.card_ids == ("a",)
    with pytest.raises(ValueError):
        ExportOptions(scope="everything")


def test_a_failed_export_keeps_the_previous_file(app, tmp_path, shoes):
    path = tmp_path / "map.png"
    path.write_bytes(b"previous")
    with pytest.raises(ExportError):
        export_map(shoes, shoes.maps[0], path, ExportOptions(dpi=5000))
    assert path.read_bytes() == b"previous"
    assert os.listdir(tmp_path) == ["map.png"], "no temporary file left behind"


def test_an_unwritable_folder_is_an_export_error(tmp_path, shoes):
    with pytest.raises(ExportError, match="does not exist"):
        export_map(shoes, shoes.maps[0], tmp_path / "nowhere" / "map.svg", ExportOptions())


def test_progress_is_reported_and_cancelling_stops_the_export(app, tmp_path, shoes):
    from journey_studio.export import ExportCancelled

    seen = []

    def progress(fraction, message):
        seen.append(fraction)
        if len(seen) == 3:
            raise ExportCancelled()

    path = tmp_path / "map.pdf"
    with pytest.raises(ExportCancelled):
        export_map(shoes, shoes.maps[0], path, ExportOptions(), progress)
    assert not path.exists()
    assert seen == sorted(seen)
