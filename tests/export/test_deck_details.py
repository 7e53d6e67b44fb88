"""The PowerPoint deck reopened with python-pptx, looking at what the PNG shows: every card's title as the text of
one shape (on a dense map too), stage icons, the emotion lane's faces, labels and scale, and the evidence badges
following the view, all native shapes."""

import io

import pytest
from pptx import Presentation
from pptx.enum.dml import MSO_FILL
from pptx.enum.shapes import MSO_SHAPE_TYPE

from bench.synthetic_map import build_workspace
from journey_studio.export import ExportOptions, export_bytes
from journey_studio.export.slides import slide_set
from journey_studio.model import EvidenceSource


def presentation(workspace, **options):
    return Presentation(io.BytesIO(export_bytes(workspace, workspace.maps[0], ".pptx", ExportOptions(**options))))


def every_shape(shapes):
    for shape in shapes:
        yield shape
        if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
            yield from every_shape(shape.shapes)


def texts(slide) -> list[str]:
    return [" ".join(shape.text_frame.text.replace("\v", " ").split())
            for shape in every_shape(slide.shapes) if shape.has_text_frame]


def missing_titles(deck, workspace, **options) -> list[str]:
    """Cards whose title is not the whole text of a shape on the slide the composition puts them on."""
    journey_map = workspace.maps[0]
    composed = slide_set(workspace, journey_map, ExportOptions(**options)).deck.slides
    titles = {card.id: " ".join(card.title.split()) for card in journey_map.cards}
    missing = []
    slides = list(deck.slides)[2:]
    if len(slides) != len(composed):
        return [f"{len(slides)} map slides, {len(composed)} composed"]
    for slide, plan in zip(slides, composed, strict=True):
        shown = set(texts(slide))
        missing += [f"{titles[card_id]!r} on slide {plan.number}" for card_id in plan.card_ids
                    if titles[card_id] not in shown]
    return missing


@pytest.fixture(scope="module")
def dense():
    workspace = build_workspace(stages=4, cards=160)
    return workspace, presentation(workspace)


def test_every_card_title_of_a_dense_map_is_the_text_of_a_shape_at_9_pt_or_more(dense, app) -> None:
    workspace, deck = dense
    assert missing_titles(deck, workspace) == []
    sizes = [run.font.size.pt for slide in list(deck.slides)[2:] for shape in every_shape(slide.shapes)
             if shape.has_text_frame for paragraph in shape.text_frame.paragraphs for run in paragraph.runs]
    assert sizes and min(sizes) >= 9.0, "9 pt on a 13.33 in slide is 18 px at 1920 × 1080"
    cards = [shape for slide in deck.slides for shape in slide.shapes if shape.name.startswith("card ")]
    assert len(cards) == 160, "each card one group a presenter moves"
    assert not [shape for slide in list(deck.slides)[2:] for shape in every_shape(slide.shapes)
                if shape.shape_type == MSO_SHAPE_TYPE.PICTURE], "shapes, not pictures"


def test_the_title_check_fails_when_a_title_is_gone(dense, app) -> None:
    workspace, _ = dense
    deck = presentation(workspace)
    slide = list(deck.slides)[2]
    card = next(shape for shape in slide.shapes if shape.name.startswith("card "))
    title = next(shape for shape in every_shape(card.shapes) if shape.has_text_frame and shape.text_frame.text)
    title.text_frame.text = "Something else"
    assert len(missing_titles(deck, workspace)) == 1


def test_stage_icons_and_the_emotion_lane_are_drawn_as_shapes(shoes, app) -> None:
    deck = presentation(shoes)
    journey_map = shoes.maps[0]
    composed = slide_set(shoes, journey_map, ExportOptions()).deck.slides
    icons = {stage.id: stage.icon for stage in journey_map.stages}
    faces = labels = 0
    for slide, plan in zip(list(deck.slides)[2:], composed, strict=True):
        stages = [shape for shape in slide.shapes if shape.name.startswith("stage ")]
        assert len(stages) == len(plan.stage_ids)
        for group in stages:  # its tab, its icon (a freeform of the icon's lines), its name and goal
            stage_id = group.name.removeprefix("stage ")
            names = [shape.name for shape in every_shape(group.shapes)]
            assert f"icon {icons[stage_id]}" in " ".join(names), names
        shown = set(texts(slide))
        layout = plan.layout
        for curve in slide.shapes:
            if curve.name.startswith("emotion-curve"):
                ovals = [shape for shape in every_shape(curve.shapes)  # filled: not a critical point's ring
                         if 'prst="ellipse"' in shape._element.xml and shape.width > 20 * 6350
                         and shape.fill.type == MSO_FILL.SOLID]
                faces += len(ovals)
        for point in (p for curve in layout.curves for p in curve.points):
            if not point.label.is_empty and plan.lane_ids and _shows_emotions(plan, layout):
                labels += " ".join(point.label.lines) in shown
        if _shows_emotions(plan, layout):
            assert {"+2", "0"} <= shown, "the emotion scale's labels"
    points = len(journey_map.emotion_points)
    assert faces == points, f"{faces} faces for {points} points"
    assert labels == sum(1 for p in journey_map.emotion_points if p.label.strip())


def _shows_emotions(plan, layout) -> bool:
    return any(row.kind.value == "emotions" and row.lane_id in plan.lane_ids for row in layout.lanes)


def test_evidence_badges_follow_the_view(shoes, app) -> None:
    journey_map = shoes.maps[0]
    sources = [card.evidence.source for card in journey_map.cards]
    assumed = sources.count(EvidenceSource.ASSUMPTION)
    backed = len(sources) - assumed
    assert assumed and backed

    def badges(deck) -> tuple[int, int]:
        """("?" badges, lettered badges): each a circle and its letter, in a card's group."""
        letters = [text for slide in list(deck.slides)[2:] for text in texts(slide) if len(text) == 1]
        return letters.count("?"), sum(1 for text in letters if text.isalpha())

    assert badges(presentation(shoes)) == (assumed, backed)
    assert badges(presentation(shoes, view="Client deck")) == (0, backed), "the client deck drops only the ?"


def test_a_french_deck_s_text_is_tagged_french_for_the_spelling_checker(chaussures, shoes, app) -> None:
    def languages(workspace) -> set[str]:
        deck = presentation(workspace)
        return {run.get("lang") for slide in list(deck.slides)[2:]
                for run in slide.shapes._spTree.iter("{http://schemas.openxmlformats.org/drawingml/2006/main}rPr")}

    assert languages(chaussures) == {"fr-FR"}
    assert languages(shoes) == {"en-GB"}
