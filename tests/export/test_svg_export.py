"""SVG exports read back by an XML parser, Qt's SVG renderer and librsvg (what other programs use)."""

import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image, ImageChops
from PySide6.QtSvg import QSvgRenderer

from journey_studio.export import Background, ExportOptions, PageSize, Scope, export_bytes, export_map
from journey_studio.layout import compute_layout
from tests.export.readers import run_tool
from tests.factories import make_card, make_workspace

SVG = "{http://www.w3.org/2000/svg}"
XLINK = "{http://www.w3.org/1999/xlink}"
ROOT = Path(__file__).resolve().parents[2]


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


FONT_SETUPS = ("none", "system", "other")
"""The reader's machine: no fonts at all, this machine's, or another "Noto Sans" (DejaVu Serif under its name)
beside the bundled fonts installed as system fonts."""


def rsvg(svg, png, tmp_path, fonts: str = "none") -> Image.Image:
    """``svg`` rendered by librsvg on a machine whose fonts are ``fonts`` (see :data:`FONT_SETUPS`)."""
    env = None
    if fonts != "system":
        folder = tmp_path / f"fonts-{fonts}"
        folder.mkdir(exist_ok=True)
        dirs, alias = "", ""
        if fonts == "other":
            dirs = "<dir>/usr/share/fonts</dir><dir>" + str(ROOT / "resources" / "fonts") + "</dir>"
            alias = ('<match><test name="family"><string>Noto Sans</string></test>'
                     '<edit name="family" mode="assign" binding="strong"><string>DejaVu Serif</string></edit></match>')
        config = folder / "fonts.conf"
        config.write_text(f"<?xml version='1.0'?><fontconfig>{dirs}<cachedir>{folder / 'cache'}</cachedir>"
                          f"{alias}</fontconfig>", encoding="utf-8")
        env = {**os.environ, "FONTCONFIG_FILE": str(config)}
    if shutil.which("rsvg-convert") is None:
        pytest.skip("rsvg-convert is not installed")
    result = subprocess.run(["rsvg-convert", str(svg), "-o", str(png)], capture_output=True, text=True, timeout=120,
                            env=env)
    assert result.returncode == 0, result.stderr
    return Image.open(png).convert("RGB")


def differing_share(a: Image.Image, b: Image.Image, threshold: int = 48) -> float:
    assert a.size == b.size
    red, green, blue = ImageChops.difference(a.convert("RGB"), b.convert("RGB")).split()
    largest = ImageChops.lighter(ImageChops.lighter(red, green), blue)
    return largest.point(lambda v: 255 if v > threshold else 0).histogram()[255] / (a.size[0] * a.size[1])


def test_librsvg_renders_it_like_the_screen(app, tmp_path, shoes):
    svg = tmp_path / "map.svg"
    svg.write_bytes(svg_of(shoes))
    drawn = rsvg(svg, tmp_path / "map.png", tmp_path, "none")  # no fonts at all on the reader's machine
    screen = tmp_path / "screen.png"
    export_map(shoes, shoes.maps[0], screen, ExportOptions())
    with Image.open(screen) as expected:
        # Same geometry, colours and glyphs: pixels differ only along antialiased edges of shapes and glyphs.
        assert differing_share(drawn, expected) < 0.02


def test_the_svg_looks_the_same_whatever_fonts_the_reader_has(tmp_path, chaussures):
    svg = tmp_path / "map.svg"
    svg.write_bytes(svg_of(chaussures))
    pictures = [rsvg(svg, tmp_path / f"{fonts}.png", tmp_path, fonts) for fonts in FONT_SETUPS]
    for picture in pictures[1:]:
        assert ImageChops.difference(pictures[0], picture).getbbox() is None


def test_the_font_check_fails_for_an_svg_that_only_names_its_font(tmp_path, chaussures):
    """The check above can fail: text left to the reader's fonts changes with them."""
    data = svg_of(chaussures).decode("utf-8")
    data = re.sub(r'<g fill="[^"]*"( fill-opacity="[^"]*")? transform="translate\([^)]*\) scale\([^)]*\)">'
                  r"(<use [^>]*/>)*</g>", "", data)
    data = data.replace(' fill-opacity="0"', "")
    svg = tmp_path / "named.svg"
    svg.write_text(data, encoding="utf-8")
    pictures = [rsvg(svg, tmp_path / f"named-{fonts}.png", tmp_path, fonts) for fonts in ("none", "other")]
    assert differing_share(*pictures) > 0.005


def test_text_is_kept_over_its_outlines_for_search(chaussures):
    root = ET.fromstring(svg_of(chaussures))
    outlines = [e for e in root.iter(f"{SVG}use") if (e.get(f"{XLINK}href") or "").startswith("#g")]
    assert len(outlines) > 500, "glyphs are drawn from outlines in the file"
    hidden = [e for e in root.iter(f"{SVG}text") if e.get("fill-opacity") == "0"]
    assert "Réflexion" in [e.text for e in hidden]


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


def _defined(root) -> dict[str, ET.Element]:
    return {e.get("id"): e for e in root.iter() if e.get("id")}


def test_each_outline_and_word_is_written_once_and_reused():
    """A glyph's outline and a word's glyphs are defined once in the file, however many cards repeat them."""
    words = ["Compare", "prices", "online", "reads", "reviews"]

    def svg_with(count: int) -> ET.Element:
        """``count`` cards whose lines differ (the words in turn) but whose words are the same five."""
        cards = [make_card(f"card-{i}", title=" ".join(words[i % 5:] + words[:i % 5]), body="Reviews on the phone")
                 for i in range(count)]
        return ET.fromstring(svg_of(make_workspace(cards=cards)))

    one, many = svg_with(1), svg_with(40)
    ids = [e.get("id") for e in many.iter() if e.get("id")]
    assert len(ids) == len(set(ids))
    defined = _defined(many)
    references = [e.get(f"{XLINK}href") for e in many.iter(f"{SVG}use")]
    assert all(href[1:] in defined for href in references), "every use points at a definition"
    word_groups = [i for i in ids if i.startswith("w")]
    assert word_groups and len(word_groups) == len([i for i in _defined(one) if i.startswith("w")])
    outlines = [e.get("d") for e in many.iter(f"{SVG}path") if (e.get("id") or "").startswith("g")]
    assert len(outlines) == len(set(outlines)), "no outline is written twice"
    line_uses = [e for e in many.iter(f"{SVG}use") if (e.get(f"{XLINK}href") or "").startswith("#w")]
    assert len(line_uses) >= 40 * 2, "each card's lines reuse the words"


def test_qt_and_librsvg_draw_it_alike(app, tmp_path, shoes):
    """A second, independent reader (Qt's SVG renderer) draws the nested glyph and word references as librsvg does."""
    from PySide6.QtGui import QImage, QPainter

    svg = tmp_path / "map.svg"
    svg.write_bytes(svg_of(shoes))
    drawn = rsvg(svg, tmp_path / "rsvg.png", tmp_path, "none")
    renderer = QSvgRenderer(str(svg))
    image = QImage(drawn.width, drawn.height, QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    image.save(str(tmp_path / "qt.png"))
    with Image.open(tmp_path / "qt.png") as qt:
        assert differing_share(drawn, qt.convert("RGB")) < 0.01
