"""The PowerPoint deck reopened with python-pptx: 16:9, a title slide, the map, then the map's slides as
native shapes with real text (a presenter edits a word on the slide), notes with figures and insights."""

import io

from PIL import Image
from pptx import Presentation
from pptx.enum.dml import MSO_FILL
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pptx.util import Inches

from journey_studio.export import ExportOptions, export_map
from journey_studio.export.pptx_deck import FONT
from journey_studio.export.slides import slide_set
from journey_studio.model import EvidenceSource


def deck(tmp_path, workspace, **options):
    path = tmp_path / "deck.pptx"
    export_map(workspace, workspace.maps[0], path, ExportOptions(**options))
    return Presentation(str(path))


def every_shape(shapes):
    """The shapes of a slide, those inside groups (a card, a stage, a curve) included."""
    for shape in shapes:
        yield shape
        if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
            yield from every_shape(shape.shapes)


def shape_texts(slide) -> list[str]:
    return [shape.text_frame.text for shape in every_shape(slide.shapes) if shape.has_text_frame]


def pictures(slide):
    return [shape for shape in every_shape(slide.shapes) if shape.shape_type == MSO_SHAPE_TYPE.PICTURE]


def one_line(text: str) -> str:
    """A shape's text with the layout's soft line breaks as spaces."""
    return " ".join(text.replace("\v", " ").replace("\n", " ").split())


def test_title_overview_then_the_composed_slides_with_every_card_title_as_shape_text(app, tmp_path, chaussures):
    presentation = deck(tmp_path, chaussures)
    journey_map = chaussures.maps[0]
    assert (presentation.slide_width, presentation.slide_height) == (Inches(40 / 3), Inches(7.5))
    slides = list(presentation.slides)
    composed = slide_set(chaussures, journey_map, ExportOptions()).deck.slides
    assert len(slides) == 2 + len(composed)
    assert journey_map.title in shape_texts(slides[0])
    assert any("Julie" in text for text in shape_texts(slides[0]))
    assert len(pictures(slides[1])) == 1
    for slide, plan in zip(slides[2:], composed, strict=True):
        assert pictures(slide) == [], "the map's slides are shapes, not pictures"
        texts = [one_line(text) for text in shape_texts(slide)]
        for stage in journey_map.stages:
            if stage.id in plan.stage_ids:
                assert any(stage.name in text for text in texts), "the stage header repeats on its slide"
        for card in journey_map.cards:
            if card.id in plan.card_ids:
                assert one_line(card.title) in texts, f"{card.title!r} is the text of a shape"
                notes = slide.notes_slide.notes_text_frame.text
                assert card.title in notes
    shown = {card_id for plan in composed for card_id in plan.card_ids}
    assert shown == {card.id for card in journey_map.cards}
    assert presentation.core_properties.title == journey_map.title


def test_fonts_sizes_curve_and_notes(app, tmp_path, shoes):
    presentation = deck(tmp_path, shoes)
    slides = list(presentation.slides)[2:]
    fonts, sizes = set(), []
    for slide in slides:
        for shape in every_shape(slide.shapes):
            if shape.has_text_frame:
                for paragraph in shape.text_frame.paragraphs:
                    for run in paragraph.runs:
                        fonts.add(run.font.name)
                        sizes.append(run.font.size.pt)
    assert fonts == {FONT}
    assert min(sizes) >= 9.0, "9 pt on a 13.33 in slide is 18 px at 1920 × 1080"
    curves = [shape for slide in slides for shape in slide.shapes if shape.name.startswith("emotion-curve")]
    assert curves and all(shape.shape_type == MSO_SHAPE_TYPE.GROUP for shape in curves)
    assert all(any(part.shape_type == MSO_SHAPE_TYPE.FREEFORM for part in curve.shapes) for curve in curves), \
        "the curve is a freeform"
    notes = "\n".join(slide.notes_slide.notes_text_frame.text for slide in slides)
    assert "→" in notes or "%" in notes, "the stage's funnel figures"
    assert "•" in notes, "the insights on the slide's stages"


def test_the_client_deck_drops_the_assumption_mark_from_the_cards(app, tmp_path, shoes):
    journey_map = shoes.maps[0]
    assert any(card.evidence.source is EvidenceSource.ASSUMPTION for card in journey_map.cards)

    def marks(presentation) -> int:
        """The "?" badges: a dashed circle with a "?" text box, inside a card's group."""
        return sum(text == "?" for slide in list(presentation.slides)[2:] for text in shape_texts(slide))

    assert marks(deck(tmp_path, shoes)) > 0
    assert marks(deck(tmp_path, shoes, view="Client deck")) == 0


def test_everything_stays_inside_the_slide_and_the_overview_is_a_real_png(app, tmp_path, shoes):
    presentation = deck(tmp_path, shoes)
    for slide in presentation.slides:
        for shape in slide.shapes:
            assert shape.left >= 0 and shape.top >= 0
            assert shape.left + shape.width <= presentation.slide_width + Inches(0.06)
            assert shape.top + shape.height <= presentation.slide_height
        for picture in pictures(slide):
            with Image.open(io.BytesIO(picture.image.blob)) as image:
                assert image.format == "PNG" and image.size[0] >= 16


def test_arrows_end_in_a_head_and_a_blueprint_keeps_its_lines(app, tmp_path, shoes):
    from journey_studio.io import read_workspace
    from tests.export.conftest import TEMPLATES

    slides = list(deck(tmp_path, shoes).slides)[2:]
    arrows = [shape for slide in slides for shape in slide.shapes if shape.name.startswith("connector ")]
    assert arrows and all(shape.shape_type == MSO_SHAPE_TYPE.GROUP for shape in arrows)
    for arrow in arrows:  # its line, open, and its head, filled
        line, head = [part for part in arrow.shapes if part.shape_type == MSO_SHAPE_TYPE.FREEFORM][:2]
        assert '<a:path w="' in line._element.xml and 'fill="none"' in line._element.xml, "an open path"
        assert 'fill="none"' not in head._element.xml
        assert head.fill.type == MSO_FILL.SOLID
    blueprint = read_workspace(TEMPLATES / "service-blueprint.en.journey.json")
    slides = list(deck(tmp_path, blueprint).slides)[2:]
    dashed = [shape for slide in slides for shape in every_shape(slide.shapes)
              if shape.shape_type == MSO_SHAPE_TYPE.FREEFORM and 'prstDash val="dash"' in shape._element.xml]
    assert dashed, "the blueprint's dashed lines"
    texts = " ".join(text for slide in slides for text in shape_texts(slide))
    assert "Line of visibility" in texts or "line of visibility" in texts.lower()
