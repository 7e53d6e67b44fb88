"""A dense map as slides a strategist can present: the 1,000-card map in at most 60 legible slides, each stage's
cards side by side in its lanes' rows; a blank map gives no map slides; a lone stage says "Stage 1 of 1"."""

from pathlib import Path

import pytest
from pypdf import PdfReader

from bench.synthetic_map import build_workspace
from journey_studio.export import ExportOptions
from journey_studio.export.slides import slide_pdf, slide_pngs, slide_set
from journey_studio.layout.slide_deck import SlideDeck, locator_text, slide_text_sizes
from journey_studio.model import Card
from tests.export.conftest import TEMPLATES
from tests.export.test_slide_composition import cut_cards, illegible_slides
from tests.factories import make_card, make_stage, make_workspace

MOST_SLIDES_FOR_1000_CARDS = 60


@pytest.fixture(scope="module")
def thousand():
    workspace = build_workspace(stages=30, cards=1000)
    return workspace, slide_set(workspace, workspace.maps[0], ExportOptions())


def too_many_slides(deck: SlideDeck, most: int) -> list[str]:
    return [f"{len(deck.slides)} slides, at most {most}"] if len(deck.slides) > most else []


def rows_of_cards(slide, layout) -> int:
    """The most cards that share one row of one lane on ``slide`` (1 when a lane's cards are stacked)."""
    shown = [box for box in layout.cards if box.card_id in slide.card_ids]
    rows: dict[tuple[str, float], int] = {}
    for box in shown:
        key = (box.lane_id, round(box.rect.y))
        rows[key] = rows.get(key, 0) + 1
    return max(rows.values(), default=0)


def test_the_1000_card_map_makes_at_most_60_legible_slides_with_every_card_whole_once(thousand) -> None:
    workspace, slides = thousand
    deck = slides.deck
    assert too_many_slides(deck, MOST_SLIDES_FOR_1000_CARDS) == []
    assert illegible_slides(slides.layout, deck, 18.0) == []
    assert cut_cards(slides.layout, deck) == []
    assert sum(len(slide.card_ids) for slide in deck.slides) == 1000
    for slide in deck.slides:  # a stage's cards side by side, under the stage's own header
        layout = slide.layout or slides.layout
        assert len(slide.stage_ids) == 1
        assert rows_of_cards(slide, layout) >= 4, slide.locator.full_text
        stages = next(part for part in slide.parts if part.kind == "stages")
        assert stages.target.width > 1500, "one stage across the slide"
        for part in slide.parts:
            assert part.target.x >= 0 and part.target.right <= 1920.5
            assert part.target.y >= 84 and part.target.bottom <= 1080.5
    first = deck.slides[0].locator.full_text
    assert first.startswith("Étape 1 sur 30 · couloirs 1–") and first.endswith(f"diapositive 1/{len(deck.slides)}")


def test_the_checks_fail_on_too_many_slides_and_on_stacked_cards(thousand) -> None:
    _, slides = thousand
    deck = slides.deck
    assert too_many_slides(deck, len(deck.slides) - 1)
    from journey_studio.layout import compute_layout

    workspace = make_workspace(cards=[make_card(f"c{i}", order=i) for i in range(4)])
    stacked = compute_layout(workspace.maps[0], workspace.personas, "en")
    deck_of_one = slide_set(workspace, workspace.maps[0], ExportOptions()).deck
    assert rows_of_cards(deck_of_one.slides[0], stacked) == 1


def test_the_projector_floor_holds_on_a_dense_map(thousand) -> None:
    workspace, _ = thousand
    slides = slide_set(workspace, workspace.maps[0], ExportOptions(theme="projector"))
    assert illegible_slides(slides.layout, slides.deck, 24.0) == []
    assert cut_cards(slides.layout, slides.deck) == []
    assert min(min(slide_text_sizes(slides.layout, slide)) for slide in slides.deck.slides) >= 24.0


def test_tighter_type_only_where_it_saves_slides(shoes, monkeypatch) -> None:
    """A stage group drawn in a dense stage's tighter type (text at the 18 px floor) only when that takes fewer
    slides: the running-shoes map in 4 slides instead of 6; a slide in the map's own type keeps its bodies over
    20 px."""
    from journey_studio.layout import slide_deck

    slides = slide_set(shoes, shoes.maps[0], ExportOptions())
    tighter = 0
    for slide in slides.deck.slides:
        bodies = [box.body.style.size * slide.scale for box in (slide.layout or slides.layout).cards
                  if box.card_id in slide.card_ids and not box.body.is_empty]
        assert bodies and min(bodies) >= 18.0
        if slide.metrics is None:
            assert min(bodies) > 20, "the map's own type"
        else:
            tighter += 1
    monkeypatch.setattr(slide_deck, "MOST_CARDS_REGROUPED", 0)  # no regrouping, no tighter type
    roomy = slide_set(shoes, shoes.maps[0], ExportOptions()).deck.slides
    assert tighter and len(slides.deck.slides) < len(roomy)


@pytest.mark.parametrize("kind", ["no stages", "no cards", "blank template"])
def test_a_map_with_nothing_to_show_gives_no_map_slides_and_a_title_page(kind: str, tmp_path: Path, app) -> None:
    from journey_studio.io import read_workspace

    if kind == "no stages":
        workspace = make_workspace(stages=[], cards=[])
    elif kind == "no cards":
        workspace = make_workspace(cards=[])
    else:
        workspace = read_workspace(TEMPLATES / "blank.en.journey.json")
    journey_map = workspace.maps[0]
    assert slide_set(workspace, journey_map, ExportOptions()).deck.slides == ()
    assert slide_pngs(workspace, journey_map, ExportOptions()) == []
    data, count = slide_pdf(workspace, journey_map, ExportOptions())
    assert count == 0
    (page,) = PdfReader(__import__("io").BytesIO(data)).pages
    assert journey_map.title in page.extract_text(), "the one page says which map it is"


def test_a_lone_stage_says_stage_1_of_1(app) -> None:
    workspace = make_workspace(stages=[make_stage("stage-1", name="Only")], cards=[make_card("c1", title="One")])
    (slide,) = slide_set(workspace, workspace.maps[0], ExportOptions()).deck.slides
    assert slide.locator.full_text == "Étape 1 sur 1 · diapositive 1/1"
    english = workspace.model_copy(update={"metadata": workspace.metadata.model_copy(update={"language": "en"})})
    (slide,) = slide_set(english, english.maps[0], ExportOptions()).deck.slides
    assert slide.locator.full_text == "Stage 1 of 1 · slide 1/1"
    assert "–" not in slide.locator.full_text, "no range of one"
    assert "–" in locator_text("en", (1, 2, 2), None, (1, 1)), "the check sees a range"


def test_a_full_stage_shown_on_its_own_names_it_and_its_lanes(thousand) -> None:
    _, slides = thousand
    third = [slide for slide in slides.deck.slides if slide.stage_ids == ("s2",)]
    assert len(third) >= 2
    assert all(slide.locator.full_text.startswith("Étape 3 sur 30 · couloirs ") for slide in third)


def test_a_dense_cell_wraps_into_rows_under_its_lane_title(app) -> None:
    cards = [Card(id=f"c{i}", stage_id="stage-1", lane_id="lane-1", order=i, title=f"Step {i}",
                  body="A body long enough to take two lines on the card, or three.") for i in range(14)]
    workspace = make_workspace(cards=cards)
    slides = slide_set(workspace, workspace.maps[0], ExportOptions())
    assert cut_cards(slides.layout, slides.deck) == []
    assert illegible_slides(slides.layout, slides.deck, 18.0) == []
    assert len(slides.deck.slides) == 1, "14 cards of one cell fit one slide side by side"
    (slide,) = slides.deck.slides
    assert rows_of_cards(slide, slide.layout) >= 4


def test_one_stage_exported_shows_its_cards_side_by_side_and_its_figures_once(shoes, app) -> None:
    stage = shoes.maps[0].stages[1]
    slides = slide_set(shoes, shoes.maps[0], ExportOptions(scope="stage", stage=stage.name))
    assert cut_cards(slides.layout, slides.deck) == []
    assert illegible_slides(slides.layout, slides.deck, 18.0) == []
    assert max(rows_of_cards(slide, slide.layout) for slide in slides.deck.slides) >= 2
    figures = [cell for slide in slides.deck.slides for cell in slide.layout.metric_cells
               if cell.rect.intersects(slide.cells.source)]
    assert len(figures) == 1, "the stage's funnel figures once, not once a column"
    (cell,) = figures
    column = slides.deck.slides[0].layout.stages[0]
    assert abs(cell.value.rect.center.x - column.rect.center.x) < 1, "centred under the stage"
