"""The DrawingML surface the deck is drawn on, read back with lxml: a clip cuts shapes as a picture's clip would
(PowerPoint has no clipping), the painter's ellipses and rounded rectangles become presets, a text block one box."""

from lxml import etree

from journey_studio.export.pptx_surface import EMU_PER_PX, PptxSurface
from journey_studio.layout import Rect
from journey_studio.layout.blocks import text_block
from journey_studio.layout.text import FontFace, TextStyle
from journey_studio.painter.path import VectorPath, ellipse, rounded_rect
from journey_studio.painter.surface import Stroke, draw_text_block

A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"


def shapes(surface: PptxSurface) -> list[etree._Element]:
    return list(etree.fromstring(surface.xml().encode()))


def extent(shape: etree._Element) -> tuple[float, float, float, float]:
    """The shape's box in slide pixels."""
    off, ext = shape.find(f".//{A}off"), shape.find(f".//{A}ext")
    x, y = int(off.get("x")) / EMU_PER_PX, int(off.get("y")) / EMU_PER_PX
    return x, y, x + int(ext.get("cx")) / EMU_PER_PX, y + int(ext.get("cy")) / EMU_PER_PX


def outside(surface: PptxSurface, clip: Rect) -> list[str]:
    """Shapes reaching out of ``clip`` (by more than half a pixel)."""
    return [f"{shape.find(f'.//{P}cNvPr').get('name')} at {extent(shape)}" for shape in shapes(surface)
            if extent(shape)[0] < clip.x - 0.5 or extent(shape)[1] < clip.y - 0.5
            or extent(shape)[2] > clip.right + 0.5 or extent(shape)[3] > clip.bottom + 0.5]


def triangle() -> VectorPath:
    return VectorPath().move_to(0, 0).line_to(400, 0).line_to(0, 300).close()


def test_a_clip_cuts_areas_and_lines_and_leaves_out_what_is_outside() -> None:
    clip = Rect(100, 50, 200, 100)
    surface = PptxSurface()
    with surface.clipped(clip):
        surface.draw_path(triangle(), fill="#FF0000")  # cut along the clip's edges
        surface.draw_path(VectorPath().move_to(0, 100).line_to(500, 100), stroke=Stroke("#000000", 2))
        surface.draw_path(rounded_rect(Rect(500, 500, 40, 40), 8), fill="#00FF00")  # all outside: nothing
        surface.fill_rect(Rect(0, 0, 1000, 1000), "#0000FF")
    assert len(shapes(surface)) == 3
    assert outside(surface, clip) == []


def test_the_clip_check_fails_without_a_clip() -> None:
    surface = PptxSurface()
    surface.draw_path(triangle(), fill="#FF0000")
    assert outside(surface, Rect(100, 50, 200, 100))


def test_ellipses_and_rounded_rectangles_become_presets_scaled_by_the_part() -> None:
    surface = PptxSurface()
    with surface.placed(Rect(0, 0, 100, 50), Rect(200, 100, 200, 100)):  # twice as large, moved
        surface.draw_path(ellipse(50, 25, 10, 10), fill="#FFCC00", stroke=Stroke("#333333", 1))
        surface.draw_path(rounded_rect(Rect(10, 10, 40, 20), 5), fill="#FFFFFF")
    oval, card = shapes(surface)
    assert oval.find(f".//{A}prstGeom").get("prst") == "ellipse"
    assert extent(oval) == (280, 130, 320, 170)
    assert card.find(f".//{A}prstGeom").get("prst") == "roundRect"
    assert card.find(f".//{A}gd").get("fmla") == "val 25000", "radius 5 on a 20-high box"
    assert oval.find(f".//{A}ln").get("w") == str(2 * EMU_PER_PX), "a 1-unit line drawn twice as large"


def test_a_wrapped_block_is_one_text_box_with_its_lines() -> None:
    style = TextStyle(FontFace.BOLD, 14, 19)
    block = text_block("A title long enough to wrap onto a second line", style, 10, 10, 150, 3)
    assert len(block.lines) > 1
    surface = PptxSurface([block])
    draw_text_block(surface, block, "#111111")
    (box,) = shapes(surface)
    runs = [t.text for t in box.iter(f"{A}t")]
    assert runs == list(block.lines)
    assert len(box.findall(f".//{A}br")) == len(block.lines) - 1
    assert {r.get("sz") for r in box.iter(f"{A}rPr")} == {"700"}, "14 px is 7 pt"
    assert {r.get("b") for r in box.iter(f"{A}rPr")} == {"1"}
