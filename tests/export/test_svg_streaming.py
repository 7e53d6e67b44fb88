"""An SVG export streams: the drawing goes to an unnamed temporary file as it is made, never whole in memory,
and the file is written from it atomically: the same bytes as in memory, and a failure leaves the old file."""

import os
import xml.etree.ElementTree as ET

import pytest

from journey_studio.export import ExportCancelled, ExportFailed, ExportOptions, export_bytes, export_map
from journey_studio.export.vector import svg_glyphs, svg_surface
from journey_studio.export.vector.svg_surface import SvgSurface
from journey_studio.io import atomic
from journey_studio.painter import card as card_painter

OLD = b"<svg>the export of yesterday</svg>\n"


@pytest.fixture
def small_chunks(monkeypatch):
    """Elements go out a few at a time, so a template's drawing leaves in many pieces."""
    monkeypatch.setattr(svg_surface, "_CHUNK", 16)


@pytest.fixture
def flushes(monkeypatch, small_chunks) -> list[tuple[int, bool]]:
    """Each time drawing leaves the surface: (chunks kept in memory, whether it went to a spool)."""
    seen: list[tuple[int, bool]] = []
    flush = SvgSurface._flush

    def recording_flush(self: SvgSurface) -> None:
        flush(self)
        seen.append((len(self._body), self._spool is not None))

    monkeypatch.setattr(SvgSurface, "_flush", recording_flush)
    return seen


def test_the_streamed_file_is_the_document_made_in_memory_and_the_drawing_never_stays_in_memory(
    tmp_path, shoes, flushes
):
    expected = export_bytes(shoes, shoes.maps[0], ".svg", ExportOptions())
    flushes.clear()
    path = tmp_path / "map.svg"
    export_map(shoes, shoes.maps[0], path, ExportOptions())
    assert path.read_bytes() == expected
    ET.fromstring(path.read_bytes())  # whole and well formed
    assert len(flushes) > 20, "the drawing must leave in many pieces"
    assert all(kept == 0 and spooled for kept, spooled in flushes), "drawn into the spool, nothing kept in memory"
    assert sorted(os.listdir(tmp_path)) == ["map.svg"]


def test_persona_sheets_and_a_stage_stream_the_same_bytes_too(tmp_path, shoes, small_chunks):
    stage = shoes.maps[0].stages[1].id
    for name, options in (("personas.svg", ExportOptions(scope="personas")),
                          ("stage.svg", ExportOptions(scope="stage", stage=stage))):
        path = tmp_path / name
        export_map(shoes, shoes.maps[0], path, options)
        assert path.read_bytes() == export_bytes(shoes, shoes.maps[0], ".svg", options)


def test_an_export_failing_midway_leaves_the_old_file_and_no_temporary_file(tmp_path, shoes, flushes, monkeypatch):
    path = tmp_path / "map.svg"
    path.write_bytes(OLD)
    paint = card_painter.paint_card
    painted: list[str] = []

    def failing_paint(surface, box, *args) -> None:
        if len(painted) == 6:
            raise RuntimeError("the painter broke on a card")
        painted.append(box.card_id)
        paint(surface, box, *args)

    monkeypatch.setattr("journey_studio.painter.map_painter.paint_card", failing_paint)
    with pytest.raises(ExportFailed, match="the painter broke on a card"):
        export_map(shoes, shoes.maps[0], path, ExportOptions())
    assert flushes and all(spooled for _, spooled in flushes), "some drawing had gone to the spool"
    assert path.read_bytes() == OLD
    assert sorted(os.listdir(tmp_path)) == ["map.svg"]


def test_a_cancelled_export_leaves_the_old_file_and_no_temporary_file(tmp_path, shoes, small_chunks):
    path = tmp_path / "map.svg"
    path.write_bytes(OLD)

    def cancel_when_writing(fraction: float, stage: str) -> None:
        if stage == "writing":
            raise ExportCancelled()

    with pytest.raises(ExportCancelled):
        export_map(shoes, shoes.maps[0], path, ExportOptions(), progress=cancel_when_writing)
    assert path.read_bytes() == OLD
    assert sorted(os.listdir(tmp_path)) == ["map.svg"]


def test_a_write_failing_midway_leaves_the_old_file_and_no_temporary_file(tmp_path, shoes, monkeypatch):
    path = tmp_path / "map.svg"
    path.write_bytes(OLD)
    write_all = atomic._write_all
    writes: list[int] = []

    def disk_fills_up(fd: int, data: bytes) -> None:
        if len(writes) == 2:
            raise OSError(28, "No space left on device")
        writes.append(len(data))
        write_all(fd, data)

    monkeypatch.setattr(atomic, "_write_all", disk_fills_up)
    monkeypatch.setattr(svg_surface, "_SPOOL_READ", 4096)  # the file is written in many pieces
    with pytest.raises(ExportFailed, match="cannot write"):
        export_map(shoes, shoes.maps[0], path, ExportOptions())
    assert len(writes) == 2, "the failure came midway through the file"
    assert path.read_bytes() == OLD
    assert sorted(os.listdir(tmp_path)) == ["map.svg"]


def test_a_missing_folder_is_named_before_anything_is_drawn(tmp_path, shoes, flushes):
    with pytest.raises(ExportFailed, match="does not exist"):
        export_map(shoes, shoes.maps[0], tmp_path / "nowhere" / "map.svg", ExportOptions())
    assert not flushes
    assert os.listdir(tmp_path) == []


def test_the_writer_s_bounded_memos_give_the_same_file_when_they_overflow(shoes, monkeypatch):
    """Lines built, coordinates and word places written are kept up to a bound, then forgotten: same bytes."""
    expected = export_bytes(shoes, shoes.maps[0], ".svg", ExportOptions())
    monkeypatch.setattr(svg_surface, "_LINES_KEPT", 3)
    monkeypatch.setattr(svg_surface, "_NUMBERS_KEPT", 5)
    monkeypatch.setattr(svg_glyphs, "_NUMBERS_KEPT", 5)
    svg_glyphs._NUMBERS.clear()
    assert export_bytes(shoes, shoes.maps[0], ".svg", ExportOptions()) == expected
