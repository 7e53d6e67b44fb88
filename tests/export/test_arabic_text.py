"""Arabic drawn with the bundled Noto Sans Arabic, shaped (joined forms, right to left) and measured as drawn,
in every output: the layout's measure, Qt's screen and PNG, the SVG's outlines and the PDF's glyphs."""

import json
import os
import subprocess
import unicodedata
import xml.etree.ElementTree as ET
from io import BytesIO
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from PIL import Image, ImageChops, ImageStat
from pypdf import PdfReader
from PySide6.QtGui import QFontMetricsF, QTextLayout

from journey_studio.export import ExportOptions, export_bytes
from journey_studio.export.vector.pdf_fonts import font_runs
from journey_studio.export.vector.svg_glyphs import glyph_run
from journey_studio.io import read_workspace
from journey_studio.layout import DEFAULT_METRICS, compute_layout
from journey_studio.layout.text import FontFace, TextStyle, text_width
from tests.export import pictures as P
from tests.factories import make_card, make_workspace

ROOT = Path(__file__).resolve().parents[2]
STRESS = ROOT / "tests" / "fixtures" / "stress" / "arabic.journey.json"
SVG = "{http://www.w3.org/2000/svg}"
XLINK = "{http://www.w3.org/1999/xlink}"
COMPARES = "يقارن الأسعار"
""""Compares prices": every letter of it joins a neighbour."""
BEH, TEH = "\u0628", "\u062a"
BEH_INITIAL, TEH_FINAL = "\ufe91", "\ufe96"
STYLES = [TextStyle(face, 14, 18) for face in FontFace]


def _isolated_sum(text: str, style: TextStyle) -> float:
    """What the layout measured before shaping: each letter's own (isolated) advance, added up."""
    return sum(text_width(ch, style) for ch in text)


@pytest.mark.parametrize("style", STYLES, ids=lambda s: s.face.name)
def test_the_layout_measures_arabic_as_qt_draws_it(app, style):
    from journey_studio.canvas.qt_fonts import qfont

    metrics = QFontMetricsF(qfont(style))
    titles = [card["title"] for card in json.loads(STRESS.read_text(encoding="utf-8"))["maps"][0]["cards"]]
    for text in [COMPARES, "مرحبا بالعالم", "سامي يقارن الأسعار 2024", *titles]:
        drawn, measured = metrics.horizontalAdvance(text), text_width(text, style)
        assert drawn <= measured + 0.05, f"{text!r} is drawn wider ({drawn:.2f}) than measured ({measured:.2f})"
        assert measured - drawn < 0.01 * drawn, f"{text!r}: measured {measured:.2f}, drawn {drawn:.2f}"
    # The same check fails for the letter-by-letter sum the layout used before: joined forms are narrower.
    unshaped = _isolated_sum(COMPARES, style)
    assert unshaped - metrics.horizontalAdvance(COMPARES) > 0.03 * unshaped


def test_qt_draws_arabic_with_the_bundled_font_and_joins_it(app):
    from journey_studio.canvas.qt_fonts import qfont

    def glyphs(text: str) -> tuple[list[str], list[int]]:
        layout = QTextLayout(text, qfont(STYLES[0]))
        layout.beginLayout()
        layout.createLine()
        layout.endLayout()
        runs = layout.glyphRuns()
        return [run.rawFont().familyName() for run in runs], [i for run in runs for i in run.glyphIndexes()]

    families, indexes = glyphs(COMPARES)
    assert "Noto Sans Arabic" in families and 0 not in indexes
    _, joined = glyphs(BEH + BEH)
    _, isolated = glyphs(BEH)
    assert isolated[0] not in joined, "two behs join: initial and final forms, not the isolated one twice"


def test_svg_draws_arabic_as_shaped_outlines_right_to_left():
    run = glyph_run(BEH + TEH, STYLES[0])
    font = run.glyphs[0].font
    assert [g.glyph for g in run.glyphs] == [font.cmap[ord(TEH_FINAL)], font.cmap[ord(BEH_INITIAL)]], (
        "drawn left to right: the last letter (teh, final form) first, then the first (beh, initial form)")
    isolated = [g.glyph for g in glyph_run(BEH, STYLES[0]).glyphs]
    assert isolated == [font.cmap[ord(BEH)]] and isolated[0] not in [g.glyph for g in run.glyphs]
    # A map with an Arabic card: outlines from the Arabic font, none of them .notdef, no text left to the reader.
    workspace = make_workspace(cards=[make_card("card-1", title=COMPARES, body="بين ثلاثة مواقع.")])
    root = ET.fromstring(export_bytes(workspace, workspace.maps[0], ".svg", ExportOptions()))
    arabic = {e.get("id") for e in root.iter(f"{SVG}path") if (e.get("id") or "").startswith("ga-")}
    assert len(arabic) >= 8 and "ga-0" not in arabic
    assert all(e.get("fill-opacity") == "0" for e in root.iter(f"{SVG}text")), "no line is left to the reader's fonts"
    assert COMPARES in [e.text for e in root.iter(f"{SVG}text")], "the text stays searchable, in logical order"
    # The title is bold: Qt emboldens the regular-only Arabic outlines, so the SVG strokes them in the line's colour;
    # the body is regular and is not stroked.
    strokes_of = {e.get("id"): any(u.get("stroke-width") for u in e.iter(f"{SVG}use")) for e in root.iter(f"{SVG}g")
                  if (e.get("id") or "").startswith("w")}
    lines = [g for g in root.iter(f"{SVG}g") if g.get("transform", "").startswith("translate")]
    title_line = next(g for g in lines if g.get("stroke"))
    assert title_line.get("stroke") == title_line.get("fill") and title_line.get("stroke-width") == "0"
    assert all(strokes_of.get(u.get(f"{XLINK}href")[1:], False) for u in title_line.iter(f"{SVG}use"))
    assert sum(1 for g in lines if not g.get("stroke")) >= 1, "the regular body line is not emboldened"


def _title_box(workspace, scale: float) -> tuple[int, int, int, int]:
    layout = compute_layout(workspace.maps[0], workspace.personas, "en")
    rect = layout.cards[0].title.rect
    return (int(rect.x * scale), int(rect.y * scale), int(rect.right * scale) + 1, int(rect.bottom * scale) + 1)


def _ink(image: Image.Image) -> float:
    """Share of the picture that is not its most common colour (the card's background)."""
    histogram = image.convert("L").histogram()
    background = max(range(256), key=histogram.__getitem__)
    return sum(n for value, n in enumerate(histogram) if abs(value - background) > 48) / (image.width * image.height)


def test_png_svg_and_screen_draw_the_same_arabic_title(app, tmp_path):
    """The PNG (Qt) and the SVG (its outlines, read by librsvg with no fonts at all) show the same glyphs where
    the title is; a title of characters no font has (boxes) looks different there."""
    workspace = make_workspace(cards=[make_card("card-1", title=COMPARES)])
    boxes = make_workspace(cards=[make_card("card-1", title="\ue000" * 6 + " " + "\ue000" * 6)])
    options = ExportOptions(width=1600)
    png = Image.open(BytesIO(export_bytes(workspace, workspace.maps[0], ".png", options))).convert("RGB")
    tofu = Image.open(BytesIO(export_bytes(boxes, boxes.maps[0], ".png", options))).convert("RGB")
    svg = tmp_path / "map.svg"
    svg.write_bytes(export_bytes(workspace, workspace.maps[0], ".svg", options))
    config = tmp_path / "fonts.conf"
    config.write_text(f"<?xml version='1.0'?><fontconfig><cachedir>{tmp_path}/fc</cachedir></fontconfig>")
    subprocess.run(["rsvg-convert", str(svg), "-o", str(tmp_path / "svg.png")], check=True, timeout=120,
                   env={**os.environ, "FONTCONFIG_FILE": str(config)})
    drawn = Image.open(tmp_path / "svg.png").convert("RGB")
    assert drawn.size == png.size
    box = _title_box(workspace, png.width / compute_layout(workspace.maps[0], workspace.personas, "en").bounds.width)
    title, svg_title, tofu_title = png.crop(box), drawn.crop(box), tofu.crop(box)
    assert _ink(title) > 0.04, "the title is drawn"

    def difference(a: Image.Image, b: Image.Image) -> float:
        return max(ImageStat.Stat(ImageChops.difference(a, b).convert("L")).mean)

    assert difference(title, svg_title) < 5, "the SVG draws the glyphs Qt draws (3.8 measured; boxes 24)"
    assert difference(title, tofu_title) > 3 * difference(title, svg_title), "boxes would be told apart"


def test_pdf_embeds_the_arabic_font_and_shows_joined_forms(tmp_path):
    runs = font_runs(BEH + TEH, FontFace.BOLD)
    assert [(run.font, run.text) for run in runs] == [("NotoSansArabic", TEH_FINAL + BEH_INITIAL)]
    workspace = make_workspace(cards=[make_card("card-1", title=COMPARES)])
    reader = PdfReader(BytesIO(export_bytes(workspace, workspace.maps[0], ".pdf", ExportOptions())))
    fonts = {str(font["/BaseFont"]) for page in reader.pages
             for font in (page["/Resources"].get("/Font") or {}).values()}
    assert any("NotoSansArabic" in name for name in fonts)
    text = unicodedata.normalize("NFKC", "".join(page.extract_text() for page in reader.pages))
    words = COMPARES.split()
    assert all(word in text or word[::-1] in text for word in words), "copied text gives the letters back"


def test_the_arabic_stress_map_fits_its_boxes(app):
    """Each line of every card title, as Qt draws it, fits the box the layout gave it."""
    from journey_studio.canvas.qt_fonts import qfont

    stress = read_workspace(STRESS)
    long_title = "يرى إعلانا على وسائل التواصل ثم يقارن الأسعار في ثلاثة مواقع قبل أن يدفع في المتجر"  # wraps
    made = make_workspace(cards=[make_card("card-1", title=long_title, body=long_title)])
    cards = [card for workspace in (stress, made)
             for card in compute_layout(workspace.maps[0], workspace.personas, "ar").cards]
    assert len(cards) == 4 and len(cards[-1].title.lines) > 1
    for card in cards:
        for block in (card.title, card.body):
            metrics = QFontMetricsF(qfont(block.style))
            for line in block.lines:
                assert metrics.horizontalAdvance(line) <= block.rect.width + 0.5, (line, block.rect.width)
    assert DEFAULT_METRICS.card_title.face is FontFace.BOLD


@pytest.mark.parametrize(
    "text", ["عربي (English) ١٢٣ 456", "\u064b", "\u06dd١", "ﻻ", "مرحبا، كيف؟", "\u202eمرحبا\u202c"])
def test_arabic_digits_marks_and_presentation_forms_are_measured_and_drawn(text):
    """Arabic-block characters that read left to right or are neutral (digits, a lone mark) once sent the
    measure into endless recursion; every output must take them."""
    style = STYLES[1]
    assert text_width(text, style) > 0 or text == "\u064b"
    assert glyph_run(text, style).complete
    assert font_runs(text, style.face)


ALPHABET = "بتثجحخسشلامنهوي" + "ًٌٍَُِّْ" + "٠١٢٣" + "، ؟" + "ab 12.,()«»-" + "\u200c\u202e\u202c" + "😀中"
"""Arabic letters, marks and digits, Latin, brackets, a non-joiner and bidi controls. Not the joiner U+200D:
after a letter that is not an emoji, the layout measures what follows it as joined (zero) while every output
draws it (``layout.text.unshaped``), a disagreement of the emoji rules, not of Arabic."""


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=ALPHABET, max_size=40))
@example(text="\u064f\u06521\u061f")  # marks with no letter, then a digit: a word of marks drawn back
@example(text="\u064c\u064c\u0651\u061f")
@example(text="\u0627\u064c\u0651")  # alef, tanwin and shadda: the marks hang 0.113 em left of the alef
def test_any_mix_of_arabic_and_other_text_is_measured_drawn_and_shown(text):
    """Whatever mixes Arabic letters, marks, digits, Latin, brackets, joiners and controls: every output takes it,
    and the SVG's glyphs take exactly the room the layout measured (up to the last glyph's own advance)."""
    style = STYLES[1]
    width = text_width(text, style)
    run = glyph_run(text, style)
    assert width >= 0 and run.complete
    font_runs(text, style.face)
    for start, word in run.words:
        # A mark may sit a little left of its letter's origin; a word of marks alone (no letter to carry them, as
        # in "ُْ1؟") has a negative advance: it starts past the line's end by that much and is drawn back over it.
        # Marks may also hang past a narrow letter (an alef with tanwin and shadda: 0.113 em): up to a fifth of an em.
        back = max(0.0, -word.advance)
        assert -0.2 * style.size <= start * style.size / 1000 <= width + 0.5 + back * style.size / 1000
        assert (start + word.advance) * style.size / 1000 <= width + 0.5


def test_qt_and_librsvg_draw_emboldened_arabic_alike(app, tmp_path):
    """White bold Arabic stage names: both readers widen the glyphs in the line's colour (Qt's SVG reader once
    stroked them black, taking ``currentColor`` where the glyphs were defined: worst block 52, now 3 to 11)."""
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    workspace = read_workspace(STRESS)
    svg = tmp_path / "map.svg"
    svg.write_bytes(export_bytes(workspace, workspace.maps[0], ".svg", ExportOptions(width=1600)))
    config = tmp_path / "fonts.conf"
    config.write_text(f"<?xml version='1.0'?><fontconfig><cachedir>{tmp_path}/fc</cachedir></fontconfig>")
    subprocess.run(["rsvg-convert", str(svg), "-o", str(tmp_path / "rsvg.png")], check=True, timeout=120,
                   env={**os.environ, "FONTCONFIG_FILE": str(config)})
    drawn = Image.open(tmp_path / "rsvg.png").convert("RGB")
    image = QImage(drawn.width, drawn.height, QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    image.save(str(tmp_path / "qt.png"))
    qt = Image.open(tmp_path / "qt.png").convert("RGB")
    layout = compute_layout(workspace.maps[0], workspace.personas, workspace.metadata.language)
    scale = drawn.width / layout.bounds.width
    for stage in layout.stages:
        r = stage.header_rect
        box = (int(r.x * scale), int(r.y * scale), int(r.right * scale), int(r.bottom * scale))
        worst = P.worst_block(drawn.crop(box), qt.crop(box))
        assert worst <= P.BLOCK_TOLERANCE, f"stage header {stage.stage_id}: worst 8 × 8 block {worst:.0f}"
