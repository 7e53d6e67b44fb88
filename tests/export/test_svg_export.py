"""SVG exports read back by an XML parser, Qt's SVG renderer and librsvg (what other programs use)."""

import xml.etree.ElementTree as ET

import pytest
from PIL import Image, ImageChops
from PySide6.QtSvg import QSvgRenderer

from journey_studio.export import Background, ExportOptions, PageSize, Scope, export_bytes, export_map
from journey_studio.layout import compute_layout
from tests.export.readers import run_tool
from tests.factories import make_card, make_workspace

SVG = "{http://www.w3.org/2000/svg}"


def svg_of(workspace, **options) -> bytes:
    return export_bytes(workspace, workspace.maps[0], ".svg", ExportOptions(**options))


def texts(data: bytes) -> list[str]:
    return [element.text or "" for element in ET.fromstring(data).iter(f"{SVG}text")]


def test_text_stays_text_and_the_picture_has_the_map_size(shoes):
    data = svg_of(shoes)
    root = ET.fromstring(data)
    bounds = compute_layout(shoes.maps[0], shoes.personas, "en").bounds
    assert root.get("viewBox") == f"0 0 {bounds.width:g} {bounds.height:g}"
    lines = texts(data)
    assert "Look for information online" in lines
    assert "Reflection" in lines and "online" in lines
    assert not list(root.iter(f"{SVG}image")), "vectors only: icons are paths, not pictures"
    assert len(list(root.iter(f"{SVG}path"))) > 100


def test_accents_are_kept(chaussures):
    assert "Réflexion" in texts(svg_of(chaussures))


def test_qt_reads_it(shoes):
    renderer = QSvgRenderer(svg_of(shoes))
    assert renderer.isValid()
    assert renderer.viewBoxF().width() > 1000


def test_librsvg_renders_it_like_the_screen(app, tmp_path, shoes):
    svg = tmp_path / "map.svg"
    png = tmp_path / "map.png"
    svg.write_bytes(svg_of(shoes))
    result = run_tool("rsvg-convert", str(svg), "-o", str(png))
    assert result.returncode == 0, result.stderr
    screen = tmp_path / "screen.png"
    export_map(shoes, shoes.maps[0], screen, ExportOptions())
    with Image.open(png) as drawn, Image.open(screen) as expected:
        assert drawn.size == expected.size
        red, green, blue = ImageChops.difference(drawn.convert("RGB"), expected.convert("RGB")).split()
        largest = ImageChops.lighter(ImageChops.lighter(red, green), blue)
        # Same geometry and colours: pixels differ only along antialiased edges and glyph outlines.
        differing = largest.point(lambda v: 255 if v > 48 else 0).histogram()[255]
        assert differing / (drawn.size[0] * drawn.size[1]) < 0.03


def test_a_card_cannot_inject_markup(tmp_path):
    hostile = '</text><script>alert("x")</script><text>& "quotes" \x01\x1f'
    workspace = make_workspace(cards=[make_card("card-1", title=hostile, body="<b>bold?</b> ]]> <!-- -->",
                                                owner="a&b <c>")])
    data = svg_of(workspace)
    root = ET.fromstring(data)  # well-formed despite the card
    assert not [e for e in root.iter() if e.tag.endswith("script")]
    lines = texts(data)
    assert any("</text><script>" in line for line in lines), "the title is shown as text, not parsed"
    assert not any("\x01" in line for line in lines), "characters XML cannot hold are dropped"
    assert any("<b>bold?</b>" in line for line in lines)


def test_stage_scope_shows_only_that_column(shoes):
    column = compute_layout(shoes.maps[0], shoes.personas, "en").stages[2]
    root = ET.fromstring(svg_of(shoes, scope=Scope.STAGE, stage="stage-achat"))
    x, _, width, _ = (float(v) for v in root.get("viewBox").split())
    assert (x, width) == (column.rect.x, column.rect.width)
    assert "Buy the chosen model" in texts(ET.tostring(root))


def test_slide_page_letterboxes_and_clips_a_stage(shoes):
    root = ET.fromstring(svg_of(shoes, scope=Scope.STAGE, stage="Purchase", page=PageSize.SLIDE, width=1920))
    assert (root.get("width"), root.get("height")) == ("1920", "1080")
    assert list(root.iter(f"{SVG}clipPath")), "the neighbouring stages are clipped away"


def test_transparent_and_white_backgrounds(shoes):
    clear = ET.fromstring(svg_of(shoes, background=Background.TRANSPARENT))
    white = ET.fromstring(svg_of(shoes, background=Background.WHITE))
    first = [e for e in white if e.tag == f"{SVG}rect"][0]
    assert first.get("fill") == "#ffffff"
    assert not [e for e in clear if e.tag == f"{SVG}rect" and e.get("width") == first.get("width")]


def test_persona_sheets(shoes):
    data = svg_of(shoes, scope=Scope.PERSONAS)
    assert "Julie" in texts(data)
    assert "Goals" in texts(data)


@pytest.mark.parametrize("scope", [Scope.MAP, Scope.PERSONAS])
def test_librsvg_accepts_every_scope(tmp_path, shoes, scope):
    svg = tmp_path / "out.svg"
    svg.write_bytes(svg_of(shoes, scope=scope))
    result = run_tool("rsvg-convert", str(svg), "-o", str(tmp_path / "out.png"))
    assert result.returncode == 0 and not result.stderr.strip(), result.stderr
