"""Every template × theme (and the stress maps) looks as reviewed, and the outputs agree with each other.

The references are tests/export/references/*.png (``make references`` redraws them; docs/gallery shows them).
The comparison (``pictures.same_picture``) is proven to fail for the defects it is there to catch: a missing
evidence badge, a missing arrow, a label moved by a few pixels.
"""

import os
import shutil
import subprocess
from collections import Counter
from dataclasses import replace
from io import BytesIO

import pytest
from PIL import Image, ImageFilter

from journey_studio.export import ExportOptions, export_bytes
from journey_studio.io import read_workspace
from journey_studio.layout import Rect
from journey_studio.painter import card as card_painter
from journey_studio.painter import map_painter
from tests.export import pictures as P

CROSS_TOLERANCE = 35.0
"""Between two renderers (Qt, librsvg, poppler) glyph edges differ more than between two runs of one: blocks are
compared after a 1.5 px blur. Measured on running-shoes at 800 px: SVG vs PNG 23; without its badges 174,
without one arrow 51."""


def _reference(picture: P.Picture) -> Image.Image:
    if not picture.path.is_file():
        pytest.fail(f"{picture.path} is missing: run `make references`, review the pictures and commit them")
    return Image.open(picture.path).convert("RGB")


@pytest.mark.parametrize("picture", P.pictures(), ids=lambda p: f"{p.name}.{p.theme}")
def test_the_export_matches_its_reviewed_reference(app, picture):
    drawn, reference = P.render(picture), _reference(picture)
    assert drawn.size == reference.size, f"{picture.name} ({picture.theme}) changed size: run `make references`"
    if P.needs_system_fonts(picture.source):
        return  # drawn partly with this machine's fonts: the layout (the size) is held, the glyphs cannot be
    worst = P.worst_block(drawn, reference)
    assert worst <= P.BLOCK_TOLERANCE, (
        f"{picture.name} ({picture.theme}) differs from its reference (worst 8 × 8 block {worst:.0f} > "
        f"{P.BLOCK_TOLERANCE:g}); if the change is meant, run `make references` and review the pictures")


# -- the comparison can fail ------------------------------------------------------------------------------

SHOES = next(p for p in P.pictures() if p.name == "running-shoes" and p.theme == "light")


def _without_one_arrow(monkeypatch) -> None:
    paint, skipped = map_painter.paint_connector, []

    def skip_the_first(surface, connector, *args, **kwargs):
        if not skipped:
            skipped.append(connector.connector_id)
        if connector.connector_id != skipped[0]:
            paint(surface, connector, *args, **kwargs)

    monkeypatch.setattr(map_painter, "paint_connector", skip_the_first)


def _labels_moved(monkeypatch, dx: float) -> None:
    paint = map_painter.paint_emotion_point

    def moved(surface, point, *args, **kwargs):
        r = point.label.rect
        label = replace(point.label, rect=Rect(r.x + dx, r.y, r.width, r.height))
        paint(surface, replace(point, label=label), *args, **kwargs)

    monkeypatch.setattr(map_painter, "paint_emotion_point", moved)


def _defect(monkeypatch, defect: str) -> None:
    if defect == "no evidence badges":
        monkeypatch.setattr(card_painter, "paint_evidence_badge", lambda *args, **kwargs: None)
    elif defect == "one arrow missing":
        _without_one_arrow(monkeypatch)
    else:
        _labels_moved(monkeypatch, 6.0)


DEFECTS = ("no evidence badges", "one arrow missing", "emotion labels moved 6 px")


@pytest.mark.parametrize("defect", DEFECTS)
def test_the_reference_comparison_fails_for_each_defect(app, monkeypatch, defect):
    _defect(monkeypatch, defect)
    assert not P.same_picture(P.render(SHOES), _reference(SHOES))


# -- window, command line, SVG and PDF agree --------------------------------------------------------------


def _blurred(image: Image.Image) -> Image.Image:
    return image.filter(ImageFilter.GaussianBlur(1.5))


def _rasterised_svg(tmp_path, theme: str = "light") -> Image.Image:
    if shutil.which("rsvg-convert") is None:
        pytest.skip("rsvg-convert is not installed")
    workspace = read_workspace(SHOES.source)
    svg = tmp_path / "map.svg"
    svg.write_bytes(export_bytes(workspace, workspace.maps[0], ".svg", ExportOptions(theme=theme)))
    config = tmp_path / "fonts.conf"  # a reader with no fonts at all: the SVG carries its glyphs
    config.write_text(f"<?xml version='1.0'?><fontconfig><cachedir>{tmp_path}/fc</cachedir></fontconfig>")
    png = tmp_path / "svg.png"
    subprocess.run(["rsvg-convert", "-w", str(P.WIDTH), str(svg), "-o", str(png)], check=True, timeout=120,
                   env={**os.environ, "FONTCONFIG_FILE": str(config)})
    return Image.open(png).convert("RGB")


def _rasterised_pdf(tmp_path) -> Image.Image:
    """The PDF of the map on a page its own size, drawn by poppler at the PNG's scale, margins cut."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm is not installed")
    from journey_studio.export import PageSize
    from journey_studio.export.report.map_pages import FIT_MARGIN
    from journey_studio.export.vector.pdf_surface import PT_PER_PX
    from journey_studio.layout import compute_layout

    workspace = read_workspace(SHOES.source)
    journey_map = workspace.maps[0]
    layout = compute_layout(journey_map, workspace.personas, workspace.metadata.language)
    scale = P.WIDTH / layout.bounds.width
    pdf = tmp_path / "map.pdf"
    pdf.write_bytes(export_bytes(workspace, journey_map, ".pdf", ExportOptions(page=PageSize.FIT)))
    dpi = 72 * scale / PT_PER_PX
    subprocess.run(["pdftoppm", "-png", "-r", f"{dpi:.4f}", "-f", "2", "-l", "2", "-singlefile", str(pdf),
                    str(tmp_path / "pdf")], check=True, timeout=120)
    page = Image.open(tmp_path / "pdf.png").convert("RGB")
    margin = FIT_MARGIN * scale
    return page.crop((round(margin), round(margin), round(margin) + P.WIDTH,
                      round(margin) + round(layout.bounds.height * scale)))


def test_svg_drawn_by_librsvg_matches_the_png(app, tmp_path):
    svg, png = _rasterised_svg(tmp_path), P.render(SHOES)
    assert svg.size == png.size
    assert P.worst_block(_blurred(svg), _blurred(png)) <= CROSS_TOLERANCE


@pytest.mark.parametrize("defect", DEFECTS[:2])
def test_the_svg_comparison_fails_for_a_missing_badge_or_arrow(app, tmp_path, monkeypatch, defect):
    _defect(monkeypatch, defect)
    svg = _rasterised_svg(tmp_path)
    monkeypatch.undo()
    assert P.worst_block(_blurred(svg), _blurred(P.render(SHOES))) > CROSS_TOLERANCE


def test_pdf_drawn_by_poppler_matches_the_png(app, tmp_path):
    pdf, png = _rasterised_pdf(tmp_path), P.render(SHOES)
    assert abs(pdf.size[1] - png.size[1]) <= 1
    height = min(pdf.size[1], png.size[1])
    pdf, png = pdf.crop((0, 0, P.WIDTH, height)), png.crop((0, 0, P.WIDTH, height))
    assert P.worst_block(_blurred(pdf), _blurred(png)) <= CROSS_TOLERANCE


@pytest.mark.parametrize("defect", DEFECTS[:2])
def test_the_pdf_comparison_fails_for_a_missing_badge_or_arrow(app, tmp_path, monkeypatch, defect):
    _defect(monkeypatch, defect)
    pdf = _rasterised_pdf(tmp_path)
    monkeypatch.undo()
    png = P.render(SHOES)
    height = min(pdf.size[1], png.size[1])
    pdf, png = pdf.crop((0, 0, P.WIDTH, height)), png.crop((0, 0, P.WIDTH, height))
    assert P.worst_block(_blurred(pdf), _blurred(png)) > CROSS_TOLERANCE


def test_pdf_and_svg_hold_the_same_text(app, tmp_path):
    import xml.etree.ElementTree as ET

    from pypdf import PdfReader

    from journey_studio.export import PageSize
    from journey_studio.layout.text import unshaped

    workspace = read_workspace(SHOES.source)
    journey_map = workspace.maps[0]
    svg = export_bytes(workspace, journey_map, ".svg", ExportOptions())
    # The PDF writes an emoji sequence as its first emoji (layout.text.unshaped): compare what it means to write.
    lines = [unshaped(element.text or "") for element in ET.fromstring(svg).iter("{http://www.w3.org/2000/svg}text")]
    pdf = export_bytes(workspace, journey_map, ".pdf", ExportOptions(page=PageSize.FIT))
    pdf_text = "".join(PdfReader(BytesIO(pdf)).pages[1].extract_text().split())
    for line in lines:
        assert "".join(line.split()) in pdf_text, f"{line!r} is in the SVG but not in the PDF"
    assert Counter(pdf_text) == Counter("".join("".join(lines).split())), "the same characters, no more"
