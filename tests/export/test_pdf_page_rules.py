"""The PDF report's page rules (issue 13), read back from the PDF with real readers and from the layout.

- a small map fits one landscape page when its text stays at least 7 pt (no overview, no tiles);
- a map that must tile is cut between cards and lanes, never through a card or a title, each card on one page;
- tiles are centred on their pages; the overview's tile numbers never cover the map's title;
- a stage-table row never sits alone on a page when it can have company; a section starts on the page the
  previous one ends on when its heading and first block fit there.

Each check is also fed a deliberate violation, to prove that it can fail.
"""

import io
import re
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from journey_studio.export import ExportOptions, export_bytes
from journey_studio.export.options import PageSize
from journey_studio.export.report import map_pages, stage_table
from journey_studio.export.report.map_pages import map_area, overview_badges, overview_target
from journey_studio.export.report.styles import PageGeometry, page_geometry
from journey_studio.export.report.tiling import (
    ANNOTATIONS,
    MIN_PRINTED_PT,
    CutGuide,
    Tile,
    assign_cards,
    fits_one_page,
    plan_tiles,
    smallest_text_px,
    tile_scale,
)
from journey_studio.io import read_workspace
from journey_studio.layout import MapLayout, Rect, compute_layout
from journey_studio.layout.geometry_check import all_blocks
from journey_studio.layout.text import text_width
from journey_studio.model import LaneKind, Workspace
from tests.export.readers import run_tool
from tests.factories import make_card, make_lane, make_stage, make_workspace

TEMPLATES = Path(__file__).resolve().parents[2] / "resources" / "templates"
AREA = map_area(page_geometry(PageSize.A4))
SLACK = 2.5


def pages_text(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def layout_of(workspace: Workspace) -> MapLayout:
    return compute_layout(workspace.maps[0], workspace.personas, workspace.metadata.language)


@pytest.fixture(scope="module")
def onboarding() -> Workspace:
    return read_workspace(TEMPLATES / "onboarding.en.journey.json")


@pytest.fixture(scope="module")
def onboarding_pdf(onboarding) -> bytes:
    return export_bytes(onboarding, onboarding.maps[0], ".pdf", ExportOptions())


# -- one page when legible ------------------------------------------------------------------------------


def map_page_problems(texts: list[str], caption: str, part: str) -> list[str]:
    """Why the map is not printed on exactly one page without an overview or tiles."""
    problems = []
    map_pages_ = [text for text in texts if caption in text]
    if len(map_pages_) != 1:
        problems.append(f"the map takes {len(map_pages_)} pages")
    if any(part in text for text in texts):
        problems.append("the map is tiled")
    return problems


def small_workspace() -> Workspace:
    cards = [make_card(f"c{k}", stage_id=("stage-1", "stage-2")[k % 2], title=f"Carte {k}", body="Un mot ou deux")
             for k in range(4)]
    return make_workspace(cards=cards)


def test_a_small_map_fits_one_page_with_its_text_at_least_7_pt():
    workspace = small_workspace()
    layout = layout_of(workspace)
    region = layout.bounds
    scale = min(1.0, AREA.width / region.width, AREA.height / region.height)
    assert fits_one_page(layout, region, AREA)
    assert scale * smallest_text_px(layout) * 0.75 >= MIN_PRINTED_PT - 1e-9
    texts = pages_text(export_bytes(workspace, workspace.maps[0], ".pdf", ExportOptions()))
    assert map_page_problems(texts, "Carte du parcours", "partie") == []
    assert not any("Vue d'ensemble" in text for text in texts)


def test_the_one_page_check_sees_a_tiled_map(onboarding, onboarding_pdf):
    """The 4-stage template does not fit one page at 7 pt (its text would print at 2.7 pt): it is tiled."""
    layout = layout_of(onboarding)
    assert not fits_one_page(layout, layout.bounds, AREA)
    assert map_page_problems(pages_text(onboarding_pdf), "Journey map", "Journey map, part") != []


# -- cuts between cards and lanes ------------------------------------------------------------------------


def inked(rect: Rect, lines: tuple[str, ...], style, align) -> Rect:
    width = min(rect.width, max(text_width(line, style) for line in lines))
    spare = rect.width - width
    x = rect.x + {"center": spare / 2, "right": spare}.get(align.value, 0.0)
    return Rect(x, rect.y, width, rect.height)


def cut_problems(layout: MapLayout, tiles: list[Tile], cards: dict[int, list], page: Rect) -> list[str]:
    """Cards not whole on their page, cards on no page or on two, and texts a page edge passes through (but
    those larger than a page: ``page`` is a page's size in layout units)."""
    problems = []
    placed = [box.card_id for shown in cards.values() for box in shown]
    if sorted(placed) != sorted(box.card_id for box in layout.cards):
        problems.append("a card is on no page, or on two")
    for tile in tiles:
        s = tile.source.adjusted(-SLACK, -SLACK, SLACK, SLACK)
        problems += [f"card {box.card_id} cut by page {tile.index}" for box in cards[tile.index]
                     if not s.contains(box.rect)]
        for name, block in all_blocks(layout):
            if not block.lines or name.startswith("card "):
                continue
            ink = inked(block.rect, block.lines, block.style, block.align)
            if ink.width > page.width or ink.height > page.height:
                continue
            if not ink.adjusted(SLACK, SLACK, -SLACK, -SLACK).intersects(tile.source) or s.contains(ink):
                continue
            across = ink.y >= s.y and ink.bottom <= s.bottom  # only a vertical edge passes through it
            if across and name.startswith(ANNOTATIONS):
                continue  # a legend entry or an emotion label reaching over a stage's edge: allowed
            problems.append(f"{name} cut by page {tile.index}")
    return problems


@pytest.mark.parametrize("name", ["onboarding.en", "service-blueprint.fr", "running-shoes.fr"])
def test_tiles_are_cut_between_cards_and_lanes_never_through_a_title(name):
    workspace = read_workspace(TEMPLATES / f"{name}.journey.json")
    layout = layout_of(workspace)
    region = layout.bounds
    guide = CutGuide(layout, region, AREA)
    scale = tile_scale(region, AREA, guide)
    tiles = plan_tiles(region, AREA, scale, guide)
    assert len(tiles) > 1
    # A text longer than a page at 1:1 (a one-line scenario as wide as the map) yields to the cards around it.
    assert cut_problems(layout, tiles, assign_cards(tiles, layout.cards), AREA) == []


def test_the_cut_check_sees_tiles_cut_anywhere(onboarding):
    layout = layout_of(onboarding)
    tiles = plan_tiles(layout.bounds, AREA, 2 / 3)  # no guide: cut every page height, wherever that falls
    page = Rect(0, 0, AREA.width * 1.5, AREA.height * 1.5)
    problems = cut_problems(layout, tiles, assign_cards(tiles, layout.cards), page)
    assert any("cut by page" in problem for problem in problems)


def card_title_pages(texts: list[str], layout: MapLayout, part: str) -> dict[str, int]:
    """Each card's first title line → on how many tile pages it is printed."""
    tiles = [" ".join(text.split()) for text in texts if part in text]
    return {box.title.lines[0]: sum(box.title.lines[0] in page for page in tiles) for box in layout.cards}


def test_each_card_is_printed_whole_on_one_tile(onboarding, onboarding_pdf):
    counts = card_title_pages(pages_text(onboarding_pdf), layout_of(onboarding), "Journey map, part")
    assert counts and set(counts.values()) == {1}, counts


def test_the_once_check_sees_a_card_printed_on_two_pages(onboarding, monkeypatch):
    """Cut through cards, each page drawing every card it touches: the cut cards show on two pages."""
    monkeypatch.setattr(map_pages, "cut_guide", lambda layout, region, area: CutGuide(None, region))
    monkeypatch.setattr(map_pages, "assign_cards", lambda tiles, boxes: {
        t.index: [b for b in boxes if b.rect.intersects(t.source)] for t in tiles})
    most = []
    # A cut shows a card twice to this check when it passes through the card's title: one of these scales does.
    for scale in (2 / 3, 0.7, 0.75, 0.8):
        monkeypatch.setattr(map_pages, "tile_scale", lambda region, area, guide, scale=scale: scale)
        data = export_bytes(onboarding, onboarding.maps[0], ".pdf", ExportOptions())
        most.append(max(card_title_pages(pages_text(data), layout_of(onboarding), "Journey map, part").values()))
    assert max(most) >= 2, most


# -- centred tiles, overview numbers ---------------------------------------------------------------------


def margins(png: Path, area: Rect, dpi: int) -> tuple[float, float, float, float]:
    """Left, right, top and bottom room (pixels) between the map area's edges and what is drawn in it."""
    image = Image.open(png).convert("L")
    k = dpi / 96
    box = (round(area.x * k) + 1, round(area.y * k) + 1, round(area.right * k) - 1, round(area.bottom * k) - 1)
    crop = image.crop(box)
    paper = crop.getpixel((0, 0))
    ink = crop.point(lambda value: 255 if abs(value - paper) > 12 else 0).getbbox()
    assert ink is not None
    left, top, right, bottom = ink
    return left, crop.width - right, top, crop.height - bottom


def tile_page_margins(data: bytes, tmp_path: Path, page: int) -> tuple[float, float, float, float]:
    """The room around a tile page's drawing (tile, crop marks, repeated stage band and lane column), in pixels
    at 48 dpi; the map area is read off the page's own size (a tall map is printed on portrait pages)."""
    pdf = tmp_path / "map.pdf"
    pdf.write_bytes(data)
    box = PdfReader(io.BytesIO(data)).pages[page - 1].mediabox
    sheet = PageGeometry(float(box.width) * 96 / 72, float(box.height) * 96 / 72)
    run_tool("pdftoppm", "-r", "48", "-png", "-f", str(page), "-l", str(page), str(pdf), str(tmp_path / "p"))
    png = next(tmp_path.glob("p-*.png"))
    return margins(png, map_area(sheet).adjusted(-14, -14, 14, 14), 48)  # crop marks reach 12 units outside


TICK_PX = 12 * 48 / 96
"""A crop mark's reach beyond the tile at 48 dpi: on a side that repeats the stage band or the lane column, the
label reaches further and the composition (labels and tile) is what is centred."""


def centred_problems(left: float, right: float, top: float, bottom: float, row: int = 1, column: int = 1) -> list[str]:
    problems = []
    if column > 1:
        right += TICK_PX
    if row > 1:
        bottom += TICK_PX
    if abs(left - right) > 2:
        problems.append(f"not centred across: {left} px left, {right} px right")
    if abs(top - bottom) > 2:
        problems.append(f"not centred down: {top} px above, {bottom} px below")
    return problems


def last_tile_page(texts: list[str]) -> tuple[int, int, int]:
    """The last tile page's number, and its tile's row and column (from its caption)."""
    page = max(i for i, text in enumerate(texts, start=1) if "Journey map, part" in text)
    found = re.search(r"row (\d+), column (\d+)", texts[page - 1])
    assert found is not None
    return page, int(found.group(1)), int(found.group(2))


def test_tiles_are_centred_on_their_pages(onboarding_pdf, tmp_path):
    page, row, column = last_tile_page(pages_text(onboarding_pdf))
    left, right, top, bottom = tile_page_margins(onboarding_pdf, tmp_path, page)
    assert top + bottom > 20, "the last tile is shorter than its page: its place down the page means something"
    assert centred_problems(left, right, top, bottom, row, column) == []


def test_the_centring_check_sees_a_tile_in_a_corner(onboarding, tmp_path, monkeypatch):
    monkeypatch.setattr(map_pages, "centred", lambda width, height, area: Rect(area.x, area.y, width, height))
    data = export_bytes(onboarding, onboarding.maps[0], ".pdf", ExportOptions())
    page, row, column = last_tile_page(pages_text(data))
    assert centred_problems(*tile_page_margins(data, tmp_path, page), row, column) != []


def wide_workspace() -> Workspace:
    """Twelve stages: tiles in a grid, so an overview page numbers them."""
    stages = [make_stage(f"s{i}", name=f"Étape {i + 1}") for i in range(12)]
    lanes = [make_lane(f"l{j}", kind=LaneKind.ACTIONS, title=f"Couloir {j}") for j in range(3)]
    cards = [make_card(f"c{i}-{j}", stage_id=f"s{i}", lane_id=f"l{j}", title=f"Fiche {i}.{j}", body="Texte " * 12)
             for i in range(12) for j in range(3)]
    return make_workspace(stages=stages, lanes=lanes, cards=cards, title="Un titre de parcours assez long")


def badges_over(badges: list[tuple[str, Rect]], title: Rect) -> list[str]:
    return [label for label, badge in badges if badge.intersects(title)]


def overview_title_and_badges(workspace: Workspace) -> tuple[Rect, list[tuple[str, Rect]], list[Tile]]:
    layout = layout_of(workspace)
    region = layout.bounds
    guide = CutGuide(layout, region, AREA)
    tiles = plan_tiles(region, AREA, tile_scale(region, AREA, guide), guide)
    fit = min(AREA.width / region.width, AREA.height / region.height)
    target = overview_target(AREA, region, fit)
    k = target.width / region.width
    t = layout.header.title
    ink = inked(t.rect, t.lines, t.style, t.align)
    title = Rect(target.x + (ink.x - region.x) * k, target.y + (ink.y - region.y) * k, ink.width * k, ink.height * k)
    return title, overview_badges(tiles, region, target, layout), tiles


def test_the_overview_numbers_never_cover_the_maps_title():
    workspace = wide_workspace()
    title, badges, tiles = overview_title_and_badges(workspace)
    assert len({tile.column for tile in tiles}) > 1 and len(badges) == len(tiles)
    assert badges_over(badges, title) == []
    texts = pages_text(export_bytes(workspace, workspace.maps[0], ".pdf", ExportOptions()))
    assert any("Vue d'ensemble" in text for text in texts), "a grid of tiles has its overview page"


def test_the_title_check_sees_numbers_in_the_tiles_corners():
    """Numbers in each tile's top-left corner (as they were) sit on the title, which starts there."""
    title, badges, _ = overview_title_and_badges(wide_workspace())
    cornered = [(label, Rect(title.x - 2, title.y - 2, badge.width, badge.height)) if label == "1" else (label, badge)
                for label, badge in badges]
    assert badges_over(cornered, title) == ["1"]


# -- the stage table and sections ------------------------------------------------------------------------


def table_workspace(stages: int) -> Workspace:
    """Stages whose rows are about a third of a page each."""
    stage_list = [make_stage(f"s{i}", name=f"Stage {i:02d}") for i in range(stages)]
    lanes = [make_lane("t", kind=LaneKind.TOUCHPOINTS, title="Touchpoints")]
    cards = [make_card(f"c{i}-{k}", stage_id=f"s{i}", lane_id="t", title=f"Card {i}.{k}", body="word " * 40)
             for i in range(stages) for k in range(2)]
    return make_workspace(stages=stage_list, lanes=lanes, cards=cards)


def rows_by_table_page(texts: list[str]) -> list[int]:
    """How many stage rows each page of the stage table holds."""
    start = next(i for i, text in enumerate(texts) if "Étape par étape" in text)
    return [len(set(re.findall(r"Stage \d\d", text))) for text in texts[start:]]


def lone_rows(counts: list[int]) -> list[int]:
    """Pages of the table holding a single row although the table has more."""
    return [page for page, count in enumerate(counts) if count == 1 and sum(counts) > 1]


@pytest.mark.parametrize("stages", [4, 8])
def test_a_stage_table_row_never_sits_alone_on_a_page(stages):
    workspace = table_workspace(stages)
    counts = rows_by_table_page(pages_text(export_bytes(workspace, workspace.maps[0], ".pdf", ExportOptions())))
    assert sum(counts) == stages
    assert lone_rows(counts) == []


def test_the_lone_row_check_sees_the_last_row_alone(monkeypatch):
    monkeypatch.setattr(stage_table, "_keep_with_last", lambda *args: False)
    workspace = table_workspace(4)
    counts = rows_by_table_page(pages_text(export_bytes(workspace, workspace.maps[0], ".pdf", ExportOptions())))
    assert lone_rows(counts) != []


def page_fill(data: bytes, tmp_path: Path) -> list[tuple[float, float, str]]:
    """Each page's highest and lowest word (as shares of the page's height, the folio left out) and its text."""
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(data)
    result = run_tool("pdftotext", "-bbox", str(pdf), "-")
    assert result.returncode == 0, result.stderr
    pages = []
    for height, body in re.findall(r"<page width=\"[\d.]+\" height=\"([\d.]+)\">(.*?)</page>", result.stdout, re.S):
        words = re.findall(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>', body)
        text = [(float(top), float(bottom), word) for top, bottom, word in words if word != "–" and not word.isdigit()]
        pages.append((min((t for t, _, _ in text), default=0.0) / float(height),
                      max((b for _, b, _ in text), default=0.0) / float(height), " ".join(w for _, _, w in text)))
    return pages


def section_start_problems(pages: list[tuple[float, float, str]], headings: tuple[str, ...]) -> list[str]:
    """A section that starts a fresh page though all of that page would have fitted below the page before."""
    page = page_geometry(PageSize.A4)
    content_bottom = (page.height - page.margin) / page.height
    problems = []
    for (_, end_before, _), (top, bottom, text) in zip(pages, pages[1:], strict=False):
        for heading in headings:
            if text.startswith(heading) and end_before + (bottom - top) + 0.03 < content_bottom:
                problems.append(f"“{heading}” starts a page, though it fits below the page before "
                                f"(filled to {end_before:.0%})")
    return problems


def test_a_section_starts_on_the_page_before_when_it_fits(onboarding, tmp_path):
    """The onboarding template's one comment follows the stage table on its last page."""
    pages = page_fill(export_bytes(onboarding, onboarding.maps[0], ".pdf", ExportOptions()), tmp_path)
    assert any("Comments" in text for _, _, text in pages)
    assert section_start_problems(pages, ("Comments",)) == []


def test_the_section_check_sees_a_section_alone_on_its_page(onboarding, tmp_path, monkeypatch):
    from journey_studio.export.report.flow import PageFlow

    def always_a_new_page(flow: PageFlow, height: float, gap: float = 24.0) -> None:
        flow._heading = None  # as each section did: a flow of its own, starting on a page of its own
        flow.new_page()

    monkeypatch.setattr(PageFlow, "start_section", always_a_new_page)
    pages = page_fill(export_bytes(onboarding, onboarding.maps[0], ".pdf", ExportOptions()), tmp_path)
    assert section_start_problems(pages, ("Comments",)) != []


def test_poppler_reads_the_report(onboarding_pdf, tmp_path):
    """The page images above come from a real renderer: make sure it accepts the file whole."""
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(onboarding_pdf)
    info = run_tool("pdfinfo", str(pdf))
    assert info.returncode == 0 and re.search(r"Pages:\s+\d+", info.stdout)
    assert subprocess.run(["pdftoppm", "-r", "10", "-png", str(pdf), str(tmp_path / "all")],
                          capture_output=True, timeout=120).returncode == 0
