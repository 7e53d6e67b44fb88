"""16:9 slides a room can read: every template cut into slides whose smallest text is measured from the layout."""

from pathlib import Path

import pytest
from PIL import Image

from journey_studio.app.cli import main
from journey_studio.export import ExportOptions
from journey_studio.export.slides import slide_pdf, slide_set
from journey_studio.io import read_workspace
from journey_studio.layout import compute_layout
from journey_studio.layout.slide_deck import SlideDeck, compose_slides, slide_text_sizes
from journey_studio.model import Card
from tests.export.conftest import TEMPLATES
from tests.factories import make_workspace

TEMPLATE_FILES = sorted(path for path in TEMPLATES.glob("*.journey.json") if not path.name.startswith("blank"))


def illegible_slides(layout, deck: SlideDeck, floor: float) -> list[str]:
    """Each slide whose smallest text (slide pixels at 1920 × 1080) is under ``floor``, with that size."""
    return [f"slide {slide.number}: {min(slide_text_sizes(layout, slide)):.1f} px"
            for slide in deck.slides if min(slide_text_sizes(layout, slide)) < floor - 1e-6]


def cut_cards(layout, deck: SlideDeck) -> list[str]:
    """Cards that are not shown whole on exactly one slide, or that a slide shows cut (each slide judged on the
    layout it is cut from: its stage group's own, or the map's)."""
    problems = []
    whole: dict[str, list[int]] = {box.card_id: [] for box in layout.cards}
    for slide in deck.slides:
        area = slide.cells.source
        for box in (slide.layout or layout).cards:
            overlap_x = min(box.rect.right, area.right) - max(box.rect.x, area.x)
            overlap_y = min(box.rect.bottom, area.bottom) - max(box.rect.y, area.y)
            if overlap_x <= 0.5 or overlap_y <= 0.5:
                continue
            inside = (area.x - 0.5 <= box.rect.x and box.rect.right <= area.right + 0.5
                      and area.y - 0.5 <= box.rect.y and box.rect.bottom <= area.bottom + 0.5)
            if not inside:
                problems.append(f"{box.card_id}: cut on slide {slide.number}")
            elif box.card_id not in slide.card_ids:
                problems.append(f"{box.card_id}: shown on slide {slide.number} but not listed")
            else:
                whole.setdefault(box.card_id, []).append(slide.number)
    problems += [f"{card_id}: whole on {numbers}" for card_id, numbers in whole.items() if len(numbers) != 1]
    return problems


@pytest.mark.parametrize("path", TEMPLATE_FILES, ids=lambda p: p.name.removesuffix(".journey.json"))
@pytest.mark.parametrize("theme, floor", [("light", 18.0), ("projector", 24.0)])
def test_every_template_slide_reads_at_the_floor_and_shows_every_card_whole_once(path: Path, theme, floor) -> None:
    workspace = read_workspace(path)
    slides = slide_set(workspace, workspace.maps[0], ExportOptions(theme=theme))
    assert slides.deck.slides
    assert (slides.deck.width, slides.deck.height) == (1920, 1080)
    assert illegible_slides(slides.layout, slides.deck, floor) == []
    assert cut_cards(slides.layout, slides.deck) == []
    for slide in slides.deck.slides:
        stages = next(part for part in slide.parts if part.kind == "stages")
        shown = slide.layout or slides.layout
        for column in shown.stages:
            if column.stage_id in slide.stage_ids:  # its header is repeated on the slide
                assert stages.source.x <= column.header_rect.x and column.header_rect.right <= stages.source.right
        titled = [part for part in slide.parts if part.kind == "lanes"]
        assert len(titled) == len(slide.lane_ids)
        for part, lane_id in zip(titled, slide.lane_ids, strict=True):  # each shown lane's title from its top
            row = next(row for row in shown.lanes if row.lane_id == lane_id)
            assert part.source.y == row.rect.y
        for part in slide.parts:  # nothing spills off the slide
            assert part.target.x >= 0 and part.target.right <= 1920 + 0.5
            assert part.target.y >= 84 and part.target.bottom <= 1080 + 0.5


def test_the_checks_fail_on_a_too_dense_composition_and_on_a_card_cut_in_two(shoes) -> None:
    layout = compute_layout(shoes.maps[0], shoes.personas, "en")
    dense = compose_slides(layout, "Too dense", "en", min_text_px=10)
    assert illegible_slides(layout, dense, 18.0)
    assert len(dense.slides) < len(compose_slides(layout, "Readable", "en").slides)
    slide = dense.slides[0]
    cells = slide.cells
    half = type(cells)(type(cells.source)(cells.source.x, cells.source.y, cells.source.width,
                                          cells.source.height / 3), cells.target, "cells")
    broken = SlideDeck(dense.width, dense.height,
                       (type(slide)(**{**{f: getattr(slide, f) for f in slide.__slots__}, "parts": (half,)}),),
                       dense.min_text_px)
    assert cut_cards(layout, broken)


def test_a_lane_taller_than_a_slide_is_cut_between_its_cards_and_the_locator_says_where() -> None:
    cards = [Card(id=f"c{i}", stage_id="stage-1", lane_id="lane-1", order=i, title=f"Step {i}",
                  body="A body long enough to take two lines on the card, or three.") for i in range(14)]
    workspace = make_workspace(cards=cards)
    journey_map = workspace.maps[0]
    layout = compute_layout(journey_map, workspace.personas, "en")
    deck = compose_slides(layout, journey_map.title, "en")
    lane_one = [slide for slide in deck.slides if slide.lane_ids and slide.lane_ids[0] == "lane-1"]
    assert len(lane_one) > 1
    assert cut_cards(layout, deck) == []
    assert illegible_slides(layout, deck, 18.0) == []
    assert "lane 1 of 2" in lane_one[1].locator.full_text
    assert lane_one[0].locator.full_text.endswith(f"slide 1/{len(deck.slides)}")


def test_cli_writes_one_numbered_1920_png_a_slide_and_a_slide_pdf(tmp_path: Path, app) -> None:
    source = TEMPLATES / "purchase.en.journey.json"
    out = tmp_path / "deck"
    out.mkdir()
    assert main(["export", str(source), "-o", f"{out}/", "--format", "png", "--slides"]) == 0
    pictures = sorted(out.iterdir())
    workspace = read_workspace(source)
    expected = len(slide_set(workspace, workspace.maps[0], ExportOptions()).deck.slides)
    assert [p.name for p in pictures] == [f"purchase.en-{i:02d}.png" for i in range(1, expected + 1)]
    for picture in pictures:
        with Image.open(picture) as image:
            assert image.size == (1920, 1080)
            assert len(image.convert("L").getcolors(1 << 16) or ()) > 2  # drawn, not blank
    pdf = tmp_path / "slides.pdf"
    assert main(["export", str(source), "-o", str(pdf), "--slides", "--view", "Client deck"]) == 0
    from pypdf import PdfReader

    reader = PdfReader(pdf)
    client = slide_set(workspace, workspace.maps[0], ExportOptions(view="Client deck")).deck
    assert len(reader.pages) == len(client.slides)
    full = slide_set(workspace, workspace.maps[0], ExportOptions()).deck
    assert client.slides[0].scale < full.slides[0].scale  # without the 10 px "?" badges, 11 px text sets the scale
    assert {(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in reader.pages} == {(960, 540)}
    text = "".join(page.extract_text() for page in reader.pages)
    for card in workspace.maps[0].cards:
        assert card.title.split()[0] in text


def test_a_map_with_no_stages_makes_an_empty_slide_pdf_not_a_crash() -> None:
    workspace = make_workspace(stages=[], cards=[])
    data, count = slide_pdf(workspace, workspace.maps[0], ExportOptions())
    assert count == 0 and data.startswith(b"%PDF")


@pytest.mark.parametrize("path", [p for p in TEMPLATE_FILES if p.name.endswith(".en.journey.json")],
                         ids=lambda p: p.name.removesuffix(".journey.json"))
def test_the_one_slide_summary_fits_the_whole_map_legibly(path: Path) -> None:
    from journey_studio.export.slides import summary_set

    workspace = read_workspace(path)
    journey_map = workspace.maps[0]
    summary = summary_set(workspace, journey_map, ExportOptions())
    (slide,) = summary.deck.slides
    assert illegible_slides(summary.layout, summary.deck, 18.0) == []
    assert set(slide.stage_ids) == {stage.id for stage in journey_map.stages}
    part = slide.cells
    assert part.target.right <= 1920 and part.target.bottom <= 1080
    assert all(box.body.is_empty for box in summary.layout.cards), "titles only"
    kinds = {row.kind.value for row in summary.layout.lanes}
    assert len(summary.layout.lanes) <= 3 and ("emotions" in kinds or not any(
        lane.kind.value == "emotions" for lane in journey_map.lanes))


def test_the_summary_takes_the_lanes_asked_for_and_refuses_what_cannot_fit(shoes, tmp_path: Path, app) -> None:
    from journey_studio.export import ExportError
    from journey_studio.export.slides import summary_set
    from tests.factories import make_stage

    journey_map = shoes.maps[0]
    pains = next(lane for lane in journey_map.lanes if lane.kind.value == "pain_points")
    summary = summary_set(shoes, journey_map, ExportOptions(), [pains.title.upper()])
    assert pains.id in {row.lane_id for row in summary.layout.lanes}
    with pytest.raises(ExportError, match="no lane 'Nowhere'"):
        summary_set(shoes, journey_map, ExportOptions(), ["Nowhere"])
    crowded = make_workspace(stages=[make_stage(f"s{i}") for i in range(30)],
                             cards=[Card(id="c1", stage_id="s0", lane_id="lane-1", title="Only card")])
    with pytest.raises(ExportError, match="too many stages"):
        summary_set(crowded, crowded.maps[0], ExportOptions())
    out = tmp_path / "summary.png"
    assert main(["export", str(TEMPLATES / "purchase.en.journey.json"), "-o", str(out), "--summary"]) == 0
    with Image.open(out) as image:
        assert image.size == (1920, 1080)


def test_a_map_that_would_make_too_many_slides_is_refused_before_drawing(monkeypatch, shoes) -> None:
    from journey_studio.export import ExportError
    from journey_studio.export import slides as slides_module

    count = len(slide_set(shoes, shoes.maps[0], ExportOptions()).deck.slides)
    monkeypatch.setattr(slides_module, "MAX_SLIDES", count - 1)
    with pytest.raises(ExportError, match=f"would make {count} slides"):
        slides_module.slide_pngs(shoes, shoes.maps[0], ExportOptions())


def test_one_stage_as_slides_from_the_command_line(tmp_path: Path, app) -> None:
    source = TEMPLATES / "running-shoes.en.journey.json"
    workspace = read_workspace(source)
    stage = workspace.maps[0].stages[1]
    plan = slide_set(workspace, workspace.maps[0], ExportOptions(scope="stage", stage=stage.name)).deck
    assert plan.slides and all(slide.stage_ids == (stage.id,) for slide in plan.slides)
    assert "Stage 1 of 1" in plan.slides[0].locator.full_text
    out = tmp_path / "stage"
    out.mkdir()
    assert main(["export", str(source), "-o", f"{out}/", "--format", "png", "--slides", "--stage", stage.name]) == 0
    assert len(list(out.iterdir())) == len(plan.slides)


def test_every_report_page_after_the_cover_is_numbered(shoes, tmp_path: Path) -> None:
    from pypdf import PdfReader

    from journey_studio.export import export_map

    path = tmp_path / "report.pdf"
    export_map(shoes, shoes.maps[0], path, ExportOptions())
    pages = PdfReader(path).pages
    assert len(pages) > 3
    assert "– 1 –" not in pages[0].extract_text()
    for number, page in enumerate(pages[1:], start=2):
        lines = [line.strip() for line in page.extract_text().splitlines()]
        assert f"– {number} –" in lines, number
