"""PNG exports opened with Pillow: size, DPI, alpha, and the part of the map asked for."""

import pytest
from PIL import Image, ImageChops

from journey_studio.export import Background, ExportError, ExportOptions, PageSize, Scope, export_map
from journey_studio.layout import compute_layout


def exported(tmp_path, workspace, **options) -> Image.Image:
    path = tmp_path / "out.png"
    export_map(workspace, workspace.maps[0], path, ExportOptions(**options))
    image = Image.open(path)
    image.load()
    return image


def layout_of(workspace):
    return compute_layout(workspace.maps[0], workspace.personas, workspace.metadata.language)


def test_whole_map_at_twice_the_screen_resolution(app, tmp_path, shoes):
    bounds = layout_of(shoes).bounds
    image = exported(tmp_path, shoes, dpi=192)
    assert image.size == (round(bounds.width * 2), round(bounds.height * 2))
    assert round(image.info["dpi"][0]) == 192
    assert image.mode == "RGB"
    assert len(image.getcolors(maxcolors=1_000_000)) > 500, "a real drawing has many colours"


def test_4k_width_is_exact_and_keeps_the_shape(app, tmp_path, shoes):
    bounds = layout_of(shoes).bounds
    image = exported(tmp_path, shoes, width=3840)
    assert image.size[0] == 3840
    assert abs(image.size[1] - 3840 * bounds.height / bounds.width) <= 1


def test_slide_preset_is_exactly_1920_by_1080_with_the_map_centred(app, tmp_path, shoes):
    image = exported(tmp_path, shoes, page=PageSize.SLIDE, width=1920)
    assert image.size == (1920, 1080)
    assert round(image.info["dpi"][0]) == 144
    # A tall map is centred: the left and right margins are the theme's background.
    background = (0xF6, 0xF7, 0xF9)
    assert image.getpixel((5, 540)) == background and image.getpixel((1914, 540)) == background


def test_one_stage_is_its_column_with_its_header(app, tmp_path, shoes):
    column = layout_of(shoes).stages[1]
    image = exported(tmp_path, shoes, scope=Scope.STAGE, stage="Evaluation")
    assert image.size[0] == round(column.rect.width)
    assert abs(image.size[1] - (column.rect.height + 16)) <= 1
    # The stage header's colour fills the top of the picture.
    assert image.getpixel((image.size[0] // 2, 14)) == tuple(int(column.colour[i : i + 2], 16) for i in (1, 3, 5))


def test_the_selection_is_the_padded_box_around_its_cards(app, tmp_path, shoes):
    journey_map = shoes.maps[0]
    chosen = (journey_map.cards[0].id, journey_map.cards[1].id)
    boxes = [layout_of(shoes).card(card_id).rect for card_id in chosen]
    image = exported(tmp_path, shoes, scope=Scope.SELECTION, card_ids=chosen)
    height = max(b.bottom for b in boxes) - min(b.y for b in boxes) + 32
    assert image.size == (round(boxes[0].width + 32), round(height))


def test_transparent_background_has_clear_corners(app, tmp_path, shoes):
    image = exported(tmp_path, shoes, background=Background.TRANSPARENT)
    assert image.mode == "RGBA"
    assert image.getpixel((2, 2))[3] == 0
    assert image.getpixel((image.size[0] // 2, image.size[1] // 2))[3] == 255


def test_white_background(app, tmp_path, shoes):
    themed = exported(tmp_path, shoes)
    white = exported(tmp_path, shoes, background=Background.WHITE)
    assert themed.getpixel((2, 2)) == (0xF6, 0xF7, 0xF9)
    assert white.getpixel((2, 2)) == (255, 255, 255)


def test_dark_theme(app, tmp_path, shoes):
    image = exported(tmp_path, shoes, theme="dark")
    assert sum(image.getpixel((2, 2))) < 3 * 60


def test_persona_sheets(app, tmp_path, shoes):
    image = exported(tmp_path, shoes, scope=Scope.PERSONAS, dpi=96)
    assert image.size == (1123, 794)  # one A4 landscape sheet at 96 dpi
    assert len(image.getcolors(maxcolors=1_000_000)) > 50


@pytest.mark.parametrize(
    "options, message",
    [
        (dict(scope=Scope.STAGE, stage="Nowhere"), "no stage 'Nowhere'"),
        (dict(scope=Scope.SELECTION), "nothing is selected"),
        (dict(scope=Scope.SELECTION, card_ids=("card-ghost",)), "no card 'card-ghost'"),
        (dict(dpi=5000), "out of range"),
        (dict(width=4), "too small"),
        (dict(theme="neon"), "unknown theme 'neon'"),
    ],
)
def test_impossible_requests_say_why_and_write_nothing(app, tmp_path, shoes, options, message):
    path = tmp_path / "out.png"
    with pytest.raises(ExportError, match=message):
        export_map(shoes, shoes.maps[0], path, ExportOptions(**options))
    assert not list(tmp_path.iterdir())


def test_an_image_too_large_for_memory_is_refused_before_drawing(app, tmp_path, big_workspace):
    path = tmp_path / "huge.png"
    with pytest.raises(ExportError, match=r"the image would be \d+ × \d+ pixels; make it smaller"):
        export_map(big_workspace, big_workspace.maps[0], path, ExportOptions(dpi=1200))
    assert not path.exists()


def test_a_picture_drawn_band_by_band_is_the_picture_drawn_at_once(app, tmp_path, shoes, monkeypatch):
    """Small bands (compressed while the next is drawn) give the same pixels as one band: no seams."""
    from journey_studio.export import render

    whole = tmp_path / "whole.png"
    export_map(shoes, shoes.maps[0], whole, ExportOptions(dpi=96, background=Background.TRANSPARENT))
    monkeypatch.setattr(render, "STREAMED_BAND_BYTES", 4 * 50_000)
    banded = tmp_path / "banded.png"
    export_map(shoes, shoes.maps[0], banded, ExportOptions(dpi=96, background=Background.TRANSPARENT))
    with Image.open(whole) as a, Image.open(banded) as b:
        assert a.mode == b.mode == "RGBA" and a.size == b.size
        difference = ImageChops.difference(a, b).getbbox()
    assert difference is None, f"the bands differ in {difference}"


def test_rows_must_reach_the_encoder_in_order(app):
    from PySide6.QtGui import QImage

    from journey_studio.export.png_writer import PngStream

    image = QImage(10, 20, QImage.Format.Format_RGB32)
    stream = PngStream(10, 20, alpha=False, dpi=96)
    stream.add(image, 0, 10)
    with pytest.raises(ValueError, match="expected row 10"):
        stream.add(image, 15, 5)
    with pytest.raises(ValueError, match="10 were given"):
        stream.finish()
    stream.abandon()
