"""The pieces the SVG and PDF renderers share: colours, paths, icons, faces, fonts."""

import math
import xml.etree.ElementTree as ET

import pytest

from journey_studio.export.vector.pdf_fonts import font_runs, missing_characters
from journey_studio.export.vector.svg_surface import SvgSurface, xml_attribute, xml_text
from journey_studio.layout import Point, Rect
from journey_studio.layout.text import FontFace, TextStyle
from journey_studio.painter.colour import colour, mood_colour, translucent
from journey_studio.painter.icons import load_icon, parse_path_data
from journey_studio.painter.path import Cubic, point_list
from journey_studio.theme import load_theme


def test_theme_colours_with_and_without_alpha():
    assert colour("#1F000000").alpha == pytest.approx(0x1F / 255)
    assert colour("#0969DA").hex == "#0969da" and colour("#0969DA").alpha == 1
    assert translucent("#4C78A8", 14 / 255) == "#0e4c78a8"
    with pytest.raises(ValueError):
        colour("blue")


def test_faces_go_from_red_to_green():
    theme = load_theme("light")
    assert mood_colour(-1, theme) == colour(theme.face_negative)
    assert mood_colour(0, theme) == colour(theme.face_neutral)
    assert mood_colour(1, theme) == colour(theme.face_positive)


def test_relative_path_commands_and_arcs():
    path = parse_path_data("M2 3h4v2l-1 1z m10 0 a2 2 0 0 1 4 0 A2 2 0 0 1 14 3")
    points = point_list(path)
    assert points[:4] == [Point(2, 3), Point(6, 3), Point(6, 5), Point(5, 6)]
    assert points[4] == Point(12, 3), "z returns to the start; m is relative to it"
    assert isinstance(path.steps[-1], Cubic)
    end = points[-1]
    assert math.isclose(end.x, 14) and math.isclose(end.y, 3)
    # The first half-circle's top is 2 above its centre (14, 3).
    arc = [p for p in points[5:] if p.y < 3]
    assert arc and min(p.y for p in arc) == pytest.approx(1.0, abs=1e-6)


def test_smooth_curves_reflect_the_previous_control_point():
    path = parse_path_data("M0 0 C0 10 10 10 10 0 S20 -10 20 0")
    second = path.steps[-1]
    assert isinstance(second, Cubic) and (second.x1, second.y1) == (10, -10)


def test_every_bundled_icon_reads():
    from importlib.resources import files

    for folder in ("channels", "stages"):
        for entry in (files("journey_studio.icons") / folder).iterdir():
            if entry.name.endswith(".svg"):
                icon = load_icon(folder, entry.name[:-4])
                assert icon is not None and icon.shapes, entry.name
    assert load_icon("channels", "../app/journey-studio") is None
    assert load_icon("channels", "nope") is None


def test_svg_text_is_escaped_and_cleaned():
    assert xml_text("a < b & c\x00") == "a &lt; b &amp; c"
    assert xml_attribute('say "hi"') == "'say \"hi\"'"
    surface = SvgSurface()
    surface.draw_text(0, 10, "</text><x/>", TextStyle(FontFace.REGULAR, 12, 16), "#000000")
    with surface.group("card", 'id" onload="x'):
        surface.fill_rect(Rect(0, 0, 1, 1), "#80FF0000")
    root = ET.fromstring(surface.document(Rect(0, 0, 10, 10), 10, 10, "<t>", None))
    group = next(g for g in root.iter("{http://www.w3.org/2000/svg}g") if g.get("class") == "card")
    assert group.get("data-id") == 'id" onload="x' and group.get("onload") is None
    assert root.find("{http://www.w3.org/2000/svg}text").text == "</text><x/>"


def test_pdf_text_is_split_among_the_fonts_that_have_the_glyphs():
    runs = font_runs("Café → 😊 中", FontFace.REGULAR)
    fonts = [run.font for run in runs]
    assert fonts[0] == "NotoSans" and "JourneyStudioSymbols" in fonts and "NotoEmoji" in fonts
    assert "JourneyStudioCJK" in fonts
    assert "".join(run.text for run in runs) == "Café → 😊 中"
    assert missing_characters("Hebrew: עברית") == list("עברית")  # Arabic has a bundled font; Hebrew none
    assert missing_characters("Arabic: عربى") == []
