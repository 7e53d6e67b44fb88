"""A PNG is drawn band by band into a band-sized image and written as it comes: bounded memory, the same pixels."""

import io
import os
import struct
from pathlib import Path

import pytest
from PIL import Image, ImageChops
from PySide6.QtGui import QColor, QImage

from journey_studio.export import ExportFailed, ExportOptions, Scope, export_map, png_writer
from journey_studio.export import render as render_module
from journey_studio.export.options import Background
from journey_studio.export.png import map_image
from journey_studio.export.png_writer import MAX_PENDING, PngStream, encode_png
from journey_studio.export.sizing import frame_for
from journey_studio.layout import Rect

BAND_BYTES = 1_200_000
"""A band of 300,000 pixels: many bands on a small map, with card edges across them."""


def test_banded_png_has_the_pixels_of_the_whole_image_and_never_holds_more_than_a_band(
    app, tmp_path, shoes, monkeypatch
):
    monkeypatch.setattr(render_module, "STREAMED_BAND_BYTES", BAND_BYTES)
    heights: list[int] = []
    real_qimage = render_module.QImage

    class RecordingQImage(real_qimage):  # type: ignore[misc, valid-type]
        def __init__(self, *args) -> None:
            super().__init__(*args)
            heights.append(self.height())

    path = tmp_path / "map.png"
    monkeypatch.setattr(render_module, "QImage", RecordingQImage)
    export_map(shoes, shoes.maps[0], path, ExportOptions(dpi=96))
    monkeypatch.setattr(render_module, "QImage", real_qimage)
    banded = Image.open(path).convert("RGB")

    whole, frame = map_image(shoes, shoes.maps[0], ExportOptions(dpi=96))
    reference = Image.open(io.BytesIO(encode_png(whole, frame.dpi))).convert("RGB")
    assert banded.size == reference.size
    rows = BAND_BYTES // (4 * frame.width)
    assert frame.height > 3 * rows, "the map must span several bands"
    assert heights and max(heights) <= rows  # never an image of the whole picture
    # Antialiased edges at band seams may round differently by one level; nothing more.
    difference = ImageChops.difference(banded, reference)
    assert max(high for _, high in difference.getextrema()) <= 8
    assert isinstance(whole, QImage)


def test_the_streamed_png_is_the_one_piece_png_pixel_for_pixel(app, tmp_path, shoes, monkeypatch):
    """Many small bands and one band give the very same file pixels (decoded by Pillow), opaque and transparent."""
    for background in (Background.THEME, Background.TRANSPARENT):
        one_piece, streamed = tmp_path / f"one-{background.value}.png", tmp_path / f"bands-{background.value}.png"
        monkeypatch.setattr(render_module, "STREAMED_BAND_BYTES", 10**9)
        export_map(shoes, shoes.maps[0], one_piece, ExportOptions(dpi=150, background=background))
        monkeypatch.setattr(render_module, "STREAMED_BAND_BYTES", BAND_BYTES)
        export_map(shoes, shoes.maps[0], streamed, ExportOptions(dpi=150, background=background))
        with Image.open(one_piece) as a, Image.open(streamed) as b:
            assert a.mode == b.mode and a.size == b.size
            assert b.size[1] > 10 * BAND_BYTES // (4 * b.size[0]), "the streamed file must take many bands"
            a.load(), b.load()
            assert ImageChops.difference(a, b).getbbox() is None
        assert _idat_count(streamed) > 5 >= _idat_count(one_piece)  # written as the bands came


def test_a_picture_past_the_old_bound_is_drawn_with_the_memory_of_one_band(app, tmp_path, shoes, monkeypatch):
    """However large the picture, the images made are a band's and at most MAX_PENDING bands wait to be compressed.

    The 10,000-card map at 96 dpi (384 Mpx, refused before at 100 Mpx) is accepted; the drawing itself is bounded on
    a small map with a small band, counting every image the renderer makes and the writer converts.
    """
    frame_for(Rect(0, 0, 28248, 13587), ExportOptions(dpi=96))  # the 10,000-card map: accepted now
    monkeypatch.setattr(render_module, "STREAMED_BAND_BYTES", BAND_BYTES)
    made: list[int] = []
    real_qimage = render_module.QImage

    class RecordingQImage(real_qimage):  # type: ignore[misc, valid-type]
        def __init__(self, *args) -> None:
            super().__init__(*args)
            made.append(self.sizeInBytes())

    converted: list[int] = []
    waiting: list[int] = []
    compress_rows = PngStream._compress_rows

    def recording_compress_rows(stream, rows):  # an opaque picture's rows, written by Qt into the writer's buffer
        converted.append(len(rows))
        waiting.append(len(stream._pending))
        return compress_rows(stream, rows)

    monkeypatch.setattr(render_module, "QImage", RecordingQImage)
    monkeypatch.setattr(PngStream, "_compress_rows", recording_compress_rows)
    export_map(shoes, shoes.maps[0], tmp_path / "map.png", ExportOptions(dpi=300))
    with Image.open(tmp_path / "map.png") as picture:
        width, height = picture.size
    assert width * height * 4 > 20 * BAND_BYTES
    assert len(converted) > 20, "drawn in many bands"
    assert made == [max(made)] and max(made) <= BAND_BYTES  # one band image, reused
    assert max(converted) <= BAND_BYTES  # a band's raw rows (a filter byte and 3 bytes a pixel) are smaller still
    assert max(waiting) <= MAX_PENDING


def test_the_file_is_written_while_the_rows_come(app):
    """Each band goes to the sink as IDAT chunks before the next is given: the file is never held whole."""
    sink = io.BytesIO()
    stream = PngStream(1024, 600, alpha=False, dpi=96, sink=sink)
    noise = [os.urandom(1024 * 200 * 4) for _ in range(3)]  # incompressible: each band's bytes show at once
    sizes = []
    for index, top in enumerate((0, 200, 400)):
        band = QImage(noise[index], 1024, 200, 1024 * 4, QImage.Format.Format_RGB32)
        stream.add(band, top, 200, image_top=top)
        sizes.append(len(sink.getvalue()))
    assert stream.finish() == b""
    assert sizes[0] < sizes[1] < sizes[2] < len(sink.getvalue())  # each band written when the next came
    assert sizes[1] > 1024 * 100 * 3  # most of the first band's rows are in the file
    with Image.open(io.BytesIO(sink.getvalue())) as picture:
        for index, y in enumerate((50, 250, 450)):
            blue, green, red = noise[index][(y - 200 * index) * 4096 + 8:(y - 200 * index) * 4096 + 11]
            assert picture.getpixel((2, y)) == (red, green, blue)


def test_a_failed_export_leaves_the_old_file_as_it_was(app, tmp_path, shoes, monkeypatch):
    path = tmp_path / "map.png"
    export_map(shoes, shoes.maps[0], path, ExportOptions(dpi=96))
    before = path.read_bytes()
    monkeypatch.setattr(render_module, "STREAMED_BAND_BYTES", BAND_BYTES)
    paint, bands = render_module.MapPainter.paint, []

    def fails_at_the_third_band(self, *args, **kwargs):
        bands.append(1)
        if len(bands) == 3:
            raise RuntimeError("the drawing broke")
        return paint(self, *args, **kwargs)

    monkeypatch.setattr(render_module.MapPainter, "paint", fails_at_the_third_band)
    with pytest.raises(ExportFailed, match="the drawing broke"):
        export_map(shoes, shoes.maps[0], path, ExportOptions(dpi=200))
    assert len(bands) == 3, "it failed mid-way, bands already written"
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.png"]  # no half-written file left beside it
    assert not [t for t in __import__("threading").enumerate() if t.name.startswith("png")]  # compressor stopped


def test_without_isal_the_png_is_deflated_by_zlib(app, monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_isal(name, *args, **kwargs):
        if name == "isal":
            raise ImportError("no isal")
        return real_import(name, *args, **kwargs)

    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#123456"))
    monkeypatch.setattr(builtins, "__import__", no_isal)
    assert isinstance(png_writer._compressor(), type(__import__("zlib").compressobj()))
    data = encode_png(image, 96)
    with Image.open(io.BytesIO(data)) as picture:
        assert picture.size == (40, 30) and picture.getpixel((3, 3)) == (0x12, 0x34, 0x56)


def _idat_count(path) -> int:
    data, offset, count = path.read_bytes(), 8, 0
    while offset < len(data):
        length, kind = struct.unpack(">I4s", data[offset:offset + 8])
        count += kind == b"IDAT"
        offset += 12 + length
    return count


def test_the_png_command_lays_the_map_out_once_and_still_warns(app, tmp_path, monkeypatch, capsys):
    """The legibility warning after the export reuses the finding of the picture just drawn (no second layout)."""
    from journey_studio.app import cli
    from journey_studio.export import png as png_module

    source = tmp_path / "shoes.journey.json"
    source.write_bytes((Path(__file__).resolve().parents[2] / "resources" / "templates"
                        / "running-shoes.en.journey.json").read_bytes())
    layouts = []
    compute = render_module.compute_layout

    def counting(*args, **kwargs):
        layouts.append(1)
        return compute(*args, **kwargs)

    monkeypatch.setattr(render_module, "compute_layout", counting)
    assert cli.main(["export", str(source), "-o", str(tmp_path / "tiny.png"), "--width", "300"]) == 0
    assert len(layouts) == 1
    warned = capsys.readouterr().err
    assert "too small to read; export at least" in warned
    # The same warning as a fresh look at the map gives (nothing handed over: it lays the map out again).
    from journey_studio.io import read_workspace

    workspace = read_workspace(source)
    fresh = png_module.png_legibility_warning(workspace, workspace.maps[0], ExportOptions(width=300))
    assert len(layouts) == 2 and fresh is not None and fresh in warned


def test_a_png_file_is_written_from_a_spool_not_from_memory(app, tmp_path, shoes, monkeypatch):
    """export_map streams the PNG through a temporary file: the same bytes as export_bytes, never a whole copy."""
    from journey_studio.export import export_bytes

    monkeypatch.setattr(render_module, "STREAMED_BAND_BYTES", BAND_BYTES)
    kept_in_memory: list[bool] = []
    start = PngStream.__init__

    def recording(stream, *args, **kwargs):
        start(stream, *args, **kwargs)
        kept_in_memory.append(stream._memory is not None)

    monkeypatch.setattr(PngStream, "__init__", recording)
    for options in (ExportOptions(dpi=150), ExportOptions(dpi=150, scope=Scope.PERSONAS)):
        path = tmp_path / "map.png"
        export_map(shoes, shoes.maps[0], path, options)
        assert kept_in_memory.pop() is False
        assert path.read_bytes() == export_bytes(shoes, shoes.maps[0], ".png", options)
        assert kept_in_memory.pop() is True
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.png"]


# -- two drawing processes ---------------------------------------------------------------------------------------

_FORKED_EXPORT = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from journey_studio.export import render
from journey_studio.app.cli import main
render.STREAMED_BAND_BYTES = 1_200_000
parent, forks = os.getpid(), []
fork = os.fork
os.fork = lambda: forks.append(1) or fork()
if sys.argv[3] == "child-fails":
    paint = render.MapPainter.paint
    def paint_but_not_in_the_child(self, *args, **kwargs):
        if os.getpid() != parent:
            raise RuntimeError("the child broke")
        return paint(self, *args, **kwargs)
    render.MapPainter.paint = paint_but_not_in_the_child
code = main(["export", sys.argv[1], "-o", sys.argv[2], "--dpi", "150"])
print("FORKS", len(forks), "CODE", code, flush=True)
"""


def _run_forked(tmp_path, output, mode: str):
    import subprocess
    import sys

    source = tmp_path / "shoes.journey.json"
    source.write_bytes((Path(__file__).resolve().parents[2] / "resources" / "templates"
                        / "running-shoes.en.journey.json").read_bytes())
    script = tmp_path / "forked_export.py"
    script.write_text(_FORKED_EXPORT, encoding="utf-8")
    root = Path(__file__).resolve().parents[2]
    return subprocess.run([sys.executable, str(script), str(source), str(output), mode], capture_output=True,
                          text=True, timeout=300, cwd=root, env={**os.environ, "PYTHONPATH": str(root)})


def test_a_picture_drawn_by_two_processes_is_the_picture_drawn_by_one(app, tmp_path, shoes, monkeypatch):
    """The command line forks a second drawing process for a picture of several bands: the same pixels, a valid
    zlib stream (its checksum combined from both halves: zlib checks it), and one file."""
    import zlib

    from journey_studio.export import export_bytes
    from journey_studio.export import png as png_module

    forked = tmp_path / "forked.png"
    result = _run_forked(tmp_path, forked, "both-draw")
    assert result.returncode == 0, result.stderr
    assert "FORKS 1 CODE 0" in result.stdout
    monkeypatch.setattr(render_module, "STREAMED_BAND_BYTES", BAND_BYTES)
    monkeypatch.setattr(png_module, "_may_fork", lambda: False)
    alone = export_bytes(shoes, shoes.maps[0], ".png", ExportOptions(dpi=150))
    with Image.open(forked) as a, Image.open(io.BytesIO(alone)) as b:
        assert a.size == b.size and a.mode == b.mode
        a.load(), b.load()
        assert ImageChops.difference(a, b).getbbox() is None
    data, offset, stream = forked.read_bytes(), 8, b""
    while offset < len(data):
        length, kind = struct.unpack(">I4s", data[offset:offset + 8])
        stream += data[offset + 8:offset + 8 + length] if kind == b"IDAT" else b""
        offset += 12 + length
    assert len(zlib.decompress(stream)) == b.size[1] * (b.size[0] * 3 + 1)


def test_a_failing_second_process_fails_the_export_and_leaves_the_old_file(tmp_path):
    output = tmp_path / "map.png"
    output.write_bytes(b"the old picture")
    result = _run_forked(tmp_path, output, "child-fails")
    assert "FORKS 1 CODE 2" in result.stdout or "FORKS 1 CODE 1" in result.stdout, result.stdout + result.stderr
    assert "the second drawing process failed: RuntimeError: the child broke" in result.stderr
    assert output.read_bytes() == b"the old picture"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["forked_export.py", "map.png", "shoes.journey.json"]


def test_checksums_of_two_parts_combine_as_zlib_computes_the_whole():
    import zlib

    from journey_studio.export.png_writer import adler32_combine

    data = os.urandom(200_000) + b"\xff" * 150_000
    for cut in (0, 1, 65_520, 65_521, 65_522, 123_457, len(data)):
        head, tail = data[:cut], data[cut:]
        assert adler32_combine(zlib.adler32(head), zlib.adler32(tail), len(tail)) == zlib.adler32(data)


def _noisy_opaque_image(width: int, height: int) -> QImage:
    """An opaque picture whose every pixel differs from its neighbours: a byte out of place shows."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    for y in range(height):
        for x in range(width):
            image.setPixel(x, y, QColor((x * 7 + y * 13) % 256, (x * 31 + y) % 256, (x + y * 57) % 256).rgb())
    return image


@pytest.mark.parametrize("band_rows", [7, 300])  # bands of a picture; a whole picture cut in chunks of rows
def test_opaque_rows_written_by_qt_into_the_buffer_decode_to_the_pixels_drawn(app, band_rows, monkeypatch):
    """An opaque picture's rows are painted by Qt beside their filter bytes: the file decodes to what was drawn,
    whether it comes in bands (each image's row 0 the picture's row ``top``), a partial last band included, or
    whole (cut in chunks of rows, as a picture past MAX_PIECE_PIXELS is), and zlib accepts the stream."""
    width, height = 37, 300
    monkeypatch.setattr(png_writer, "MAX_PIECE_PIXELS", width * 100)
    monkeypatch.setattr(png_writer, "ROWS_PER_CHUNK", 64)
    picture = _noisy_opaque_image(width, height)
    stream = PngStream(width, height, alpha=False, dpi=96)
    if band_rows >= height:
        stream.add(picture, 0, height)
    else:
        for top in range(0, height, band_rows):
            band = QImage(width, band_rows, QImage.Format.Format_RGB32)
            band.fill(QColor("#123456"))  # rows past the picture's end must not be written
            rows = min(band_rows, height - top)
            band_part = picture.copy(0, top, width, rows)
            for y in range(rows):
                for x in range(width):
                    band.setPixel(x, y, band_part.pixel(x, y))
            stream.add(band, top, rows, image_top=top)
    data = stream.finish()
    decoded = Image.open(io.BytesIO(data))
    assert decoded.mode == "RGB" and decoded.size == (width, height)
    expected = picture.convertToFormat(QImage.Format.Format_RGB888)
    reference = Image.frombytes("RGB", (width, height), bytes(expected.constBits()), "raw", "RGB",
                                expected.bytesPerLine())
    assert ImageChops.difference(decoded.convert("RGB"), reference).getbbox() is None
    idat = b"".join(_chunks(data, b"IDAT"))
    import zlib

    assert len(zlib.decompress(idat)) == (width * 3 + 1) * height


def _chunks(data: bytes, kind: bytes) -> list[bytes]:
    found, at = [], 8
    while at < len(data):
        (length,) = struct.unpack(">I", data[at:at + 4])
        if data[at + 4:at + 8] == kind:
            found.append(data[at + 8:at + 8 + length])
        at += 12 + length
    return found
