"""The deck's whole-map slide of a map too wide to read on one slide: a locator (cards as their shapes and
colours), never the screen's far-zoom drawing with grey bars standing for the text (issue 12: a file never
holds the low-detail drawing)."""

import io

import pytest
from PIL import Image
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

from bench.synthetic_map import build_workspace
from journey_studio.export import ExportOptions, export_bytes
from journey_studio.export.render import build_picture
from journey_studio.theme import load_theme


def overview_picture(workspace) -> Image.Image:
    deck = Presentation(io.BytesIO(export_bytes(workspace, workspace.maps[0], ".pptx", ExportOptions())))
    pictures = [shape for shape in deck.slides[1].shapes if shape.shape_type == MSO_SHAPE_TYPE.PICTURE]
    assert len(pictures) == 1, "the whole-map slide holds one picture"
    return Image.open(io.BytesIO(pictures[0].image.blob)).convert("RGB")


def bar_pixels(image: Image.Image, workspace) -> float:
    """The share of the cards' inner pixels (inside the accent and the border) in the border's grey: the colour
    the far-zoom drawing paints its text bars with; a card shape without text has none there."""
    theme = load_theme("light")
    layout = build_picture(workspace, workspace.maps[0], theme).map_layout
    bounds = layout.bounds
    k = image.width / bounds.width
    grey = tuple(int(theme.card_border[i:i + 2], 16) for i in (1, 3, 5))
    pixels = image.load()
    inside = barred = 0
    for box in layout.cards:
        rect = box.rect
        x0, x1 = int((rect.x - bounds.x) * k) + 4, int((rect.right - bounds.x) * k) - 3
        y0, y1 = int((rect.y - bounds.y) * k) + 3, int((rect.bottom - bounds.y) * k) - 3
        for y in range(y0, y1):
            for x in range(x0, x1):
                inside += 1
                barred += max(abs(a - b) for a, b in zip(pixels[x, y], grey, strict=True)) <= 24
    assert inside > 10_000, "the cards are measured on the picture"
    return barred / inside


@pytest.fixture(scope="module")
def wide_map():
    return build_workspace(stages=30, cards=240)


def test_the_whole_map_slide_of_a_wide_map_draws_cards_without_grey_text_bars(wide_map, app) -> None:
    assert bar_pixels(overview_picture(wide_map), wide_map) < 0.01


def test_the_check_sees_the_far_zoom_bars(wide_map, app, monkeypatch) -> None:
    """The same slide drawn as the screen draws far out (what the deck did) fails the check above."""
    from journey_studio.export import pptx_deck, render

    def far_zoom(picture, frame, background, locator=False):
        return render.render_frame(picture, frame, background, preview=True)

    monkeypatch.setattr(pptx_deck, "render_frame", far_zoom)
    assert bar_pixels(overview_picture(wide_map), wide_map) > 0.05
