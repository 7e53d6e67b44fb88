"""Bold and italic text in a script the bundled Latin faces lack (Chinese, Japanese, Arabic) looks bold and
italic in the PDF: its fallback font has no bold or italic, so its glyphs are thickened and slanted.

Read back the real way: pages rendered by poppler (pdftoppm) and measured, and the content stream's text
matrix read by pypdf. Each check is fed a deliberate violation.
"""

import io
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from journey_studio.export.vector import pdf_surface
from journey_studio.export.vector.pdf_surface import PdfSurface
from journey_studio.layout.text import FontFace, TextStyle
from tests.export.readers import run_tool

TEXTS = ("顧客の声を聞く", "用户旅程地图", "رحلة العميل")


def pdf_of(text: str, face: FontFace) -> bytes:
    surface = PdfSurface("test")
    surface.begin_page(600, 120)
    surface.draw_text(20, 70, text, TextStyle(face, 40, 50), "#000000")
    return surface.finish()


def ink(data: bytes, tmp_path: Path, name: str) -> Image.Image:
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(data)
    run_tool("pdftoppm", "-r", "96", "-png", "-gray", str(path), str(tmp_path / name))
    return Image.open(next(tmp_path.glob(f"{name}-*.png"))).convert("L").point(lambda v: 255 if v < 128 else 0)


def inked_pixels(image: Image.Image) -> int:
    return image.histogram()[255]


def lean(image: Image.Image) -> float:
    """How far right the ink's top half sits from its bottom half (pixels): > 0 for slanted glyphs."""
    box = image.getbbox()
    assert box is not None
    middle = (box[1] + box[3]) // 2
    top, bottom = image.crop((0, box[1], image.width, middle)), image.crop((0, middle, image.width, box[3]))

    def centre(part: Image.Image) -> float:
        columns = [part.crop((x, 0, x + 1, part.height)).histogram()[255] for x in range(part.width)]
        return sum(x * c for x, c in enumerate(columns)) / max(1, sum(columns))

    return centre(top) - centre(bottom)


@pytest.mark.parametrize("text", TEXTS)
def test_bold_fallback_text_is_thicker_than_regular(text, tmp_path):
    regular = inked_pixels(ink(pdf_of(text, FontFace.REGULAR), tmp_path, "regular"))
    bold = inked_pixels(ink(pdf_of(text, FontFace.BOLD), tmp_path, "bold"))
    assert bold > regular * 1.12, (regular, bold)


def test_the_bold_check_sees_fallback_glyphs_left_regular(tmp_path, monkeypatch):
    monkeypatch.setattr(pdf_surface, "SYNTHETIC_BOLD_MODE", "0 Tr")
    regular = inked_pixels(ink(pdf_of(TEXTS[0], FontFace.REGULAR), tmp_path, "regular"))
    bold = inked_pixels(ink(pdf_of(TEXTS[0], FontFace.BOLD), tmp_path, "bold"))
    assert not bold > regular * 1.12


@pytest.mark.parametrize("text", TEXTS[:2])
def test_italic_fallback_text_leans(text, tmp_path):
    upright = lean(ink(pdf_of(text, FontFace.REGULAR), tmp_path, "upright"))
    italic = lean(ink(pdf_of(text, FontFace.ITALIC), tmp_path, "italic"))
    assert italic - upright > 2, (upright, italic)


def test_the_lean_check_sees_upright_glyphs(tmp_path, monkeypatch):
    monkeypatch.setattr(pdf_surface, "SYNTHETIC_SLANT", 0.0)
    upright = lean(ink(pdf_of(TEXTS[0], FontFace.REGULAR), tmp_path, "upright"))
    italic = lean(ink(pdf_of(TEXTS[0], FontFace.ITALIC), tmp_path, "italic"))
    assert not italic - upright > 2


def test_mixed_text_keeps_its_words_in_order_and_its_latin_untouched():
    data = pdf_of("Étape 顧客 done", FontFace.BOLD)
    text = " ".join(PdfReader(io.BytesIO(data)).pages[0].extract_text().split())
    assert text.replace(" ", "") == "Étape顧客done"
    stream = PdfReader(io.BytesIO(data)).pages[0].get_contents().get_data().decode("latin-1")
    assert stream.count("2 Tr") == 1, "only the fallback run is stroked"
