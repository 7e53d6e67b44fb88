"""A PNG is drawn band by band into a band-sized image: the same pixels as one whole image, bounded memory."""

import io

from PIL import Image, ImageChops
from PySide6.QtGui import QImage

from journey_studio.export import ExportOptions, export_map
from journey_studio.export import render as render_module
from journey_studio.export.png import map_image
from journey_studio.export.png_writer import encode_png


def test_banded_png_has_the_pixels_of_the_whole_image_and_never_holds_more_than_a_band(
    app, tmp_path, shoes, monkeypatch
):
    monkeypatch.setattr(render_module, "BAND_PIXELS", 300_000)  # many bands, with card edges across them
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
    assert frame.height > 3 * (300_000 // frame.width), "the map must span several bands"
    assert heights and max(heights) <= 300_000 // frame.width  # never an image of the whole picture
    # Antialiased edges at band seams may round differently by one level; nothing more.
    difference = ImageChops.difference(banded, reference)
    assert max(high for _, high in difference.getextrema()) <= 8
    assert isinstance(whole, QImage)
