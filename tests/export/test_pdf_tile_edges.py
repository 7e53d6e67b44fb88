"""A printed tile says what it shows, a tall map is printed on portrait pages, and no page opens on a strip
the page above already printed (issue 13, PDF).

The PDF is read back with pypdf: a tile page that prints a card must name the card's stage and lane, whether
or not the tile shows the map's own stage headers and lane titles. Each check is fed a deliberate violation.
"""

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from journey_studio.export import ExportOptions, export_bytes
from journey_studio.export.options import PageSize, Scope
from journey_studio.export.report import map_pages
from journey_studio.export.report.styles import page_geometry
from journey_studio.export.report.tiling import BLOCK_MARGIN, TRIM_MIN, CutGuide, Tile, assign_cards, trim_tiles
from journey_studio.io import read_workspace
from journey_studio.layout import CardBox, MapLayout, Rect, compute_layout
from journey_studio.model import LaneKind, Workspace
from tests.factories import make_card, make_lane, make_stage, make_workspace

TEMPLATES = Path(__file__).resolve().parents[2] / "resources" / "templates"
STAGE_NAMES = ("Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Juliett",
               "Kilo", "Lima")
LANE_TITLES = ("Doing", "Touching", "Thinking", "Feeling", "Backstage", "Systems", "Partners")


def in_english(workspace: Workspace) -> Workspace:
    return workspace.model_copy(update={"metadata": workspace.metadata.model_copy(update={"language": "en"})})


def grid_workspace() -> Workspace:
    """Twelve stages and seven lanes of cards: tiles in rows and columns."""
    stages = [make_stage(f"s{i}", name=f"Stage {name}") for i, name in enumerate(STAGE_NAMES)]
    lanes = [make_lane(f"l{j}", kind=LaneKind.ACTIONS, title=f"Lane {title}") for j, title in enumerate(LANE_TITLES)]
    cards = [make_card(f"c{i}-{j}", stage_id=f"s{i}", lane_id=f"l{j}", title=f"Card {i}x{j}", body="Word " * 30)
             for i in range(len(STAGE_NAMES)) for j in range(len(LANE_TITLES))]
    return in_english(make_workspace(stages=stages, lanes=lanes, cards=cards))


def tile_pages(data: bytes) -> list[str]:
    texts = [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]
    return [text for text in texts if "map, part" in text or "du parcours, partie" in text]


def unnamed(pages: list[str], workspace: Workspace) -> list[str]:
    """Each tile page's cards whose stage or lane the page does not name."""
    journey = workspace.maps[0]
    stage_names = {stage.id: stage.name for stage in journey.stages}
    lane_titles = {lane.id: lane.title for lane in journey.lanes}
    problems = []
    for number, text in enumerate(pages, start=1):
        flat = " ".join(text.split())
        for card in journey.cards:
            if card.title not in flat:
                continue
            for name in (stage_names[card.stage_id], lane_titles[card.lane_id]):
                if name not in flat:
                    problems.append(f"tile {number} prints {card.title!r} but does not name {name!r}")
    return problems


@pytest.fixture(scope="module")
def grid() -> Workspace:
    return grid_workspace()


def test_every_tile_page_names_the_stages_and_lanes_it_shows(grid):
    pages = tile_pages(export_bytes(grid, grid.maps[0], ".pdf", ExportOptions()))
    assert any("row 2" in page for page in pages) and any("column 2" in page for page in pages)
    assert sum(title in " ".join(page.split()) for page in pages for title in ("Card 11x6",)) == 1
    assert unnamed(pages, grid) == []


def test_the_naming_check_sees_tiles_without_their_labels(grid, monkeypatch):
    monkeypatch.setattr(map_pages, "draw_tile_labels", lambda *args: None)
    pages = tile_pages(export_bytes(grid, grid.maps[0], ".pdf", ExportOptions()))
    problems = unnamed(pages, grid)
    assert any("'Stage" in p for p in problems) and any("'Lane" in p for p in problems)


# -- a tall map on portrait pages --------------------------------------------------------------------------


def page_shapes(data: bytes) -> list[tuple[str, bool]]:
    """(text, portrait) of each page."""
    reader = PdfReader(io.BytesIO(data))
    return [(page.extract_text(), float(page.mediabox.height) > float(page.mediabox.width)) for page in reader.pages]


def stage_export(workspace: Workspace) -> bytes:
    return export_bytes(workspace, workspace.maps[0], ".pdf", ExportOptions(scope=Scope.STAGE, stage="s3"))


def test_one_stage_is_printed_on_portrait_pages_with_its_lane_titles(grid):
    shapes = page_shapes(stage_export(grid))
    map_shapes = [portrait for text, portrait in shapes if "Journey map" in text and "Stage by stage" not in text]
    assert map_shapes and all(map_shapes), "a stage's tall column goes on portrait pages"
    assert not any(portrait for text, portrait in shapes if "Stage by stage" in text), "the table stays landscape"
    for text, _ in shapes:
        if "Journey map" in text and "Card 3x" in text:
            flat = " ".join(text.split())
            assert "Stage Delta" in flat and all(f"Lane {title}" in flat for title in LANE_TITLES[:1])


def test_the_orientation_check_sees_a_stage_on_landscape_pages(grid, monkeypatch):
    monkeypatch.setattr(map_pages, "map_page", lambda page, region, layout: page)
    shapes = page_shapes(stage_export(grid))
    assert not all(portrait for text, portrait in shapes if "Journey map" in text and "Stage by stage" not in text)


def test_a_tall_map_is_turned_only_when_that_takes_fewer_pages():
    """Three stages of a template, taller than wide: landscape tiles it on fewer pages than portrait would."""
    workspace = read_workspace(TEMPLATES / "running-shoes.en.journey.json")
    layout = compute_layout(workspace.maps[0], workspace.personas, "en")
    page = page_geometry(PageSize.A4)
    assert layout.bounds.height > layout.bounds.width
    assert map_pages.map_page(page, layout.bounds, layout) == page


def test_a_wide_map_stays_on_landscape_pages(grid):
    shapes = page_shapes(export_bytes(grid, grid.maps[0], ".pdf", ExportOptions()))
    assert not any(portrait for _, portrait in shapes)


# -- no page opens on what the page above printed -----------------------------------------------------------


def tall_lane() -> MapLayout:
    """One lane: tall cards in the first stage, short ones in the second."""
    stages = [make_stage("s0", name="Stage Tall"), make_stage("s1", name="Stage Short")]
    cards = [make_card(f"t{k}", stage_id="s0", lane_id="l0", title=f"Tall {k}", body="Word " * 45) for k in range(8)]
    cards += [make_card(f"s{k}", stage_id="s1", lane_id="l0", title=f"Short {k}") for k in range(20)]
    workspace = in_english(make_workspace(stages=stages, lanes=[make_lane("l0", title="Doing")], cards=cards))
    return compute_layout(workspace.maps[0], workspace.personas, "en")


def forced_cut(layout: MapLayout) -> tuple[float, float]:
    """A cut through a tall card (the next page starts at its top) with a short card wholly between the two."""
    tall = [box for box in layout.cards if box.stage_id == "s0"]
    short = [box for box in layout.cards if box.stage_id == "s1"]
    for box in tall:
        cut = box.rect.y + box.rect.height * 0.8
        if any(s.rect.y > box.rect.y + 20 and s.rect.bottom < cut for s in short) and not any(
                s.rect.y < cut < s.rect.bottom for s in short):
            return cut, box.rect.y
    raise AssertionError("no forced cut with a short card printed above it")


def blank_strips(tiles: list[Tile], cards: dict[int, list[CardBox]]) -> list[str]:
    """Each page below another whose first card starts well below its top, with nothing of its own above."""
    problems = []
    for tile in tiles:
        if tile.row == 0 or not cards[tile.index]:
            continue
        first = min(box.rect.y for box in cards[tile.index])
        if first - tile.source.y > TRIM_MIN + 2 * BLOCK_MARGIN:
            problems.append(f"tile {tile.index} opens on {first - tile.source.y:.0f} units already printed")
    return problems


def two_tiles(layout: MapLayout) -> list[Tile]:
    """A page cut through a tall card, and the next page starting a little below that card's top (a page is
    never shorter than a share of a page): the cut card and the short ones beside it are the first page's."""
    cut, card_top = forced_cut(layout)
    top = card_top + (cut - card_top) / 4
    b = layout.bounds
    return [Tile(1, 0, 0, Rect(b.x, b.y, b.width, cut - b.y)), Tile(2, 1, 0, Rect(b.x, top, b.width, b.bottom - top))]


def test_a_page_after_a_forced_cut_starts_at_its_first_card_not_yet_printed():
    layout = tall_lane()
    tiles = two_tiles(layout)
    cards = assign_cards(tiles, layout.cards)
    trimmed = trim_tiles(tiles, cards, CutGuide(layout, layout.bounds))
    assert blank_strips(trimmed, cards) == []
    assert trimmed[1].source.bottom == tiles[1].source.bottom and trimmed[0] == tiles[0]


def test_the_strip_check_sees_a_page_opening_on_printed_cards():
    layout = tall_lane()
    tiles = two_tiles(layout)
    assert blank_strips(tiles, assign_cards(tiles, layout.cards)) != []
