"""The slide PNGs' fast encoder never changes a pixel: each slide decoded by Pillow is the picture drawn."""

import random
from io import BytesIO

import pytest
from PIL import Image

from journey_studio.export import ExportOptions
from journey_studio.export import slides as slide_export
from journey_studio.export.slides import render_pngs, slide_png, slide_set


def drawn_pixels(image) -> bytes:
    """The RGB bytes of ``image``, rows end to end, read through Qt (not through the encoder)."""
    from PySide6.QtGui import QImage

    rows = image.convertToFormat(QImage.Format.Format_RGB888)
    bits, stride, row = bytes(rows.constBits()), rows.bytesPerLine(), rows.width() * 3
    return b"".join(bits[i * stride:i * stride + row] for i in range(rows.height()))


def changed_pixels(png: bytes, image) -> int:
    """How many bytes of the decoded ``png`` differ from ``image`` (its size too, counted as all of them)."""
    decoded = Image.open(BytesIO(png))
    decoded.load()
    expected = drawn_pixels(image)
    if decoded.size != (image.width(), image.height()) or decoded.mode != "RGB":
        return len(expected)
    got = decoded.tobytes()
    return sum(1 for a, b in zip(got, expected, strict=True) if a != b)


@pytest.fixture()
def drawn(app, shoes, monkeypatch: pytest.MonkeyPatch):
    """Every slide of the running-shoes map as the PNG set encodes it: (picture drawn, PNG bytes)."""
    pairs = []
    encode = slide_export.slide_png

    def keep(image, dpi: float) -> bytes:
        png = encode(image, dpi)
        pairs.append((image, png))
        return png

    monkeypatch.setattr(slide_export, "slide_png", keep)
    options = ExportOptions(width=960)
    pngs = render_pngs(slide_set(shoes, shoes.maps[0], options), options)
    assert [png for _, png in pairs] == pngs and pngs
    return pairs


def test_every_slide_png_decodes_to_the_pixels_drawn(drawn) -> None:
    for image, png in drawn:
        assert changed_pixels(png, image) == 0


def test_the_check_finds_one_changed_pixel_and_noise_survives(drawn) -> None:
    image, _ = drawn[0]
    altered = image.copy()
    altered.setPixel(5, 7, 0xFF123456 if altered.pixel(5, 7) != 0xFF123456 else 0xFF654321)
    assert changed_pixels(slide_png(altered, 96.0), image) > 0
    noisy = image.copy()  # a picture no deflate shrinks: every byte must still come back
    rng = random.Random(13)
    for y in range(0, noisy.height(), 3):
        for x in range(0, noisy.width(), 2):
            noisy.setPixel(x, y, 0xFF000000 | rng.getrandbits(24))
    assert changed_pixels(slide_png(noisy, 96.0), noisy) == 0


def test_the_slide_png_records_its_resolution(drawn) -> None:
    image, png = drawn[0]
    dpi = Image.open(BytesIO(png)).info["dpi"]
    assert round(dpi[0]) == 48 == round(dpi[1])  # 960 px wide: half of 1920 at 96 dpi
