"""The PowerPoint deck reopened with python-pptx: 16:9, a title slide, the map, one slide per stage."""

import io
from itertools import pairwise

from PIL import Image
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pptx.util import Inches

from journey_studio.export import ExportOptions, export_map
from journey_studio.export.pptx_deck import stage_pieces
from journey_studio.layout import compute_layout


def deck(tmp_path, workspace, **options):
    path = tmp_path / "deck.pptx"
    export_map(workspace, workspace.maps[0], path, ExportOptions(**options))
    return Presentation(str(path))


def shape_texts(slide) -> list[str]:
    return [shape.text_frame.text for shape in slide.shapes if shape.has_text_frame]


def pictures(slide):
    return [shape for shape in slide.shapes if shape.shape_type == MSO_SHAPE_TYPE.PICTURE]


def test_title_map_and_one_slide_per_stage(app, tmp_path, chaussures):
    presentation = deck(tmp_path, chaussures)
    journey_map = chaussures.maps[0]
    assert (presentation.slide_width, presentation.slide_height) == (Inches(40 / 3), Inches(7.5))
    slides = list(presentation.slides)
    assert len(slides) == 2 + len(journey_map.stages)
    assert journey_map.title in shape_texts(slides[0])
    assert any("Julie" in text for text in shape_texts(slides[0]))
    assert len(pictures(slides[1])) == 1
    for slide, stage in zip(slides[2:], journey_map.stages, strict=True):
        assert stage.name in shape_texts(slide)
        assert len(pictures(slide)) == 1, "the stage's part of the map, its pieces in one picture"
        notes = slide.notes_slide.notes_text_frame.text
        assert all(card.title in notes for card in journey_map.cards if card.stage_id == stage.id)
    assert presentation.core_properties.title == journey_map.title


def test_pictures_stay_inside_the_slide_and_are_real_pngs(app, tmp_path, shoes):
    presentation = deck(tmp_path, shoes)
    for slide in presentation.slides:
        for picture in pictures(slide):
            assert picture.left >= 0 and picture.top >= 0
            assert picture.left + picture.width <= presentation.slide_width
            assert picture.top + picture.height <= presentation.slide_height
            with Image.open(io.BytesIO(picture.image.blob)) as image:
                assert image.format == "PNG" and image.size[0] >= 16


def test_the_pieces_of_a_stage_sit_side_by_side_with_clear_gaps(app, tmp_path, shoes):
    """The stage picture holds each piece at full height from the top, and see-through gaps between."""
    presentation = deck(tmp_path, shoes)
    layout = compute_layout(shoes.maps[0], shoes.personas, "en")
    count = len(stage_pieces(layout, layout.stages[0], 16 / 9))
    with Image.open(io.BytesIO(pictures(presentation.slides[2])[0].image.blob)) as image:
        alpha = image.convert("RGBA").getchannel("A")
        opaque_columns = [x for x in range(image.width) if alpha.getpixel((x, 0)) == 255]
    runs = 1 + sum(1 for a, b in pairwise(opaque_columns) if b != a + 1)
    assert count > 1 and runs == count, "each piece starts at the top, separated by transparent gaps"


def test_a_tall_stage_is_cut_between_lanes_into_pieces(shoes):
    layout = compute_layout(shoes.maps[0], shoes.personas, "en")
    column = layout.stages[0]
    pieces = stage_pieces(layout, column, 16 / 9)
    assert len(pieces) > 1
    assert pieces[0].y == column.rect.y and pieces[-1].bottom == column.rect.bottom
    lane_edges = {row.rect.bottom for row in layout.lanes}
    for upper, lower in pairwise(pieces):
        assert upper.bottom == lower.y and upper.bottom in lane_edges, "cut where one lane ends"
