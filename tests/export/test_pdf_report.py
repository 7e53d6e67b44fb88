"""The PDF report read back with pypdf, pdffonts and pdftotext: pages, sizes, text, fonts."""

import re

import pytest
from pypdf import PdfReader

from journey_studio.export import ExportError, ExportOptions, PageSize, Scope, export_map
from journey_studio.export.report.map_pages import READABLE_SCALE, plan_tiles, tile_scale
from journey_studio.layout import Rect
from tests.export.readers import pdf_text, run_tool
from tests.factories import make_card, make_persona, make_workspace

POINTS = {PageSize.A4: (841.9, 595.3), PageSize.A3: (1190.6, 841.9), PageSize.LETTER: (792, 612),
          PageSize.SLIDE: (960, 540)}


def report(tmp_path, workspace, name="report.pdf", **options):
    path = tmp_path / name
    export_map(workspace, workspace.maps[0], path, ExportOptions(**options))
    return path, PdfReader(path)


def all_text(reader: PdfReader) -> str:
    return "\n".join(page.extract_text() for page in reader.pages)


def test_the_report_has_cover_map_persona_and_stage_table(tmp_path, chaussures):
    path, reader = report(tmp_path, chaussures)
    first = reader.pages[0].extract_text()
    assert "Acheter sa première paire de chaussures de course" in first
    assert "Contexte" in first and "Julie" in first
    text = all_text(reader)
    for expected in ("Carte", "Objectifs", "Frustrations", "Étape par étape", "Points de contact", "Irritants",
                     "Opportunités", "Preuves", "Réflexion", "Évaluation", "« Je me mets à courir ! »"):
        assert expected in text, expected
    outline = [item.title for item in reader.outline if not isinstance(item, list)]
    assert outline[0] == "Couverture" and "Étape par étape" in outline


def test_every_page_is_a4_landscape_by_default(tmp_path, shoes):
    _, reader = report(tmp_path, shoes)
    for page in reader.pages:
        assert (round(float(page.mediabox.width), 1), round(float(page.mediabox.height), 1)) == POINTS[PageSize.A4]


@pytest.mark.parametrize("size", [PageSize.A3, PageSize.LETTER, PageSize.SLIDE])
def test_page_sizes(tmp_path, shoes, size):
    _, reader = report(tmp_path, shoes, page=size)
    width, height = POINTS[size]
    page = reader.pages[0]
    assert abs(float(page.mediabox.width) - width) < 0.2 and abs(float(page.mediabox.height) - height) < 0.2


def test_fit_puts_the_map_on_one_page_its_own_size(tmp_path, shoes):
    _, reader = report(tmp_path, shoes, page=PageSize.FIT, scope=Scope.SELECTION,
                       card_ids=(shoes.maps[0].cards[0].id,))
    assert len(reader.pages) == 1
    page = reader.pages[0]
    assert float(page.mediabox.height) < 595  # a card and its padding, not a sheet of paper
    assert "Look for information online" in page.extract_text()


def test_fonts_are_the_bundled_noto_sans_embedded(tmp_path, chaussures):
    path, _ = report(tmp_path, chaussures)
    result = run_tool("pdffonts", str(path))
    assert result.returncode == 0
    rows = [line.split() for line in result.stdout.splitlines()[2:]]
    names = {row[0].split("+")[-1] for row in rows}
    assert {"NotoSans-Regular", "NotoSans-Bold", "NotoSans-Italic"} <= names
    embedded = [row[-5] for row in rows]  # the "emb" column
    assert embedded and all(flag == "yes" for flag in embedded), result.stdout


def test_pdftotext_reads_accents_and_emoji(tmp_path):
    workspace = make_workspace(
        cards=[make_card("card-1", title="Déçue à la caisse 😤", body="« trop long » — naïveté, œuvre")],
        title="Achat 👟",
    )
    path, _ = report(tmp_path, workspace)
    result = run_tool("pdftotext", str(path), "-")
    assert result.returncode == 0
    assert "Déçue à la caisse 😤" in result.stdout
    assert "« trop long » — naïveté, œuvre" in result.stdout
    assert "Achat 👟" in result.stdout


def test_qpdf_finds_the_structure_sound(tmp_path, shoes):
    path, _ = report(tmp_path, shoes)
    result = run_tool("qpdf", "--check", str(path))
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture(scope="module")
def big_report(tmp_path_factory, big_workspace_module):
    """The full report of the 1,000-card benchmark map, written once for the tests that read it."""
    path = tmp_path_factory.mktemp("big") / "big.pdf"
    workspace = big_workspace_module
    export_map(workspace, workspace.maps[0], path, ExportOptions())
    return path


@pytest.fixture(scope="module")
def big_workspace_module():
    from bench.synthetic_map import build_workspace

    return build_workspace(stages=30, cards=1000)


def parts(text: str) -> int:
    """How many pages the map was tiled over; every part must be there, each once."""
    found = set(re.findall(r"Carte du parcours, partie (\d+) sur (\d+)", text))
    counts = {int(total) for _, total in found}
    assert len(counts) <= 1
    count = counts.pop() if counts else 0
    assert {int(index) for index, _ in found} == set(range(1, count + 1))
    return count


def test_a_large_map_is_tiled_with_an_overview(tmp_path, big_report, big_workspace_module):
    whole = pdf_text(big_report)
    stage, _ = report(tmp_path, big_workspace_module, scope=Scope.STAGE, stage="Étape 1")
    assert parts(whole) > parts(pdf_text(stage)) > 1, "30 stages need more pages than one"
    assert "la carte du parcours est imprimée sur" in whole


def test_each_tile_holds_only_what_lies_on_it(big_report):
    tiles = [page for page in pdf_text(big_report).split("\f") if "Carte du parcours, partie" in page]
    columns = max(int(c) for c in re.findall(r"\(ligne 1, colonne (\d+)\)", "".join(tiles)))
    top_left = next(page for page in tiles if "(ligne 1, colonne 1)" in page)
    top_right = next(page for page in tiles if f"(ligne 1, colonne {columns})" in page)
    assert "Étape 2\n" in top_left and "Étape 30" not in top_left
    assert "Étape 30" in top_right and "Étape 2\n" not in top_right


def test_tiles_cover_the_map_edge_to_edge():
    """Tiles are cut between cards (tests/export/test_pdf_tiling_rules.py), so they adjoin: no overlap to tape."""
    region, area = Rect(0, 0, 5000, 3000), Rect(0, 0, 1000, 600)
    scale = tile_scale(region, area)
    tiles = plan_tiles(region, area, scale)
    assert scale >= READABLE_SCALE
    right = max(t.source.right for t in tiles)
    bottom = max(t.source.bottom for t in tiles)
    assert (right, bottom) == (5000, 3000)
    assert sum(t.source.width * t.source.height for t in tiles) == pytest.approx(5000 * 3000)
    first, second = tiles[0], tiles[1]
    assert second.source.x == first.source.right, "neighbours adjoin"


def test_a_map_is_printed_as_large_as_its_fewest_readable_pages_allow():
    region, area = Rect(0, 0, 900, 3000), Rect(0, 0, 1000, 600)
    fewest = len(plan_tiles(region, area, READABLE_SCALE))
    scale = tile_scale(region, area)
    assert scale > READABLE_SCALE
    assert len(plan_tiles(region, area, scale)) == fewest
    assert len(plan_tiles(region, area, scale * 1.02)) > fewest, "any larger would need another page"


def test_the_stage_table_lists_every_touchpoint_even_across_pages(big_report, big_workspace_module):
    table = pdf_text(big_report).split("Étape par étape", 1)[1]
    text = " ".join(table.split())
    journey_map = big_workspace_module.maps[0]
    touchpoints = {lane.id for lane in journey_map.lanes if lane.kind.value == "touchpoints"}
    titles = [c.title for c in journey_map.cards if c.lane_id in touchpoints]
    missing = [title for title in titles if " ".join(title.split()) not in text]
    assert not missing, missing[:5]


def test_persona_scope_is_one_sheet_per_persona(tmp_path):
    workspace = make_workspace(personas=[make_persona("persona-1", name="Léa"), make_persona("persona-2", name="Zoé")],
                               persona_ids=["persona-1", "persona-2"])
    _, reader = report(tmp_path, workspace, scope=Scope.PERSONAS)
    assert len(reader.pages) == 2
    assert "Léa" in reader.pages[0].extract_text() and "Zoé" in reader.pages[1].extract_text()


def test_persona_scope_without_personas_says_so(tmp_path):
    workspace = make_workspace(personas=[], persona_ids=[])
    with pytest.raises(ExportError, match="has no personas"):
        report(tmp_path, workspace, scope=Scope.PERSONAS)


def test_long_persona_lists_end_with_a_count_not_off_the_page(tmp_path):
    goals = [f"Objectif numéro {i} assez long pour occuper une ligne entière de la boîte" for i in range(40)]
    workspace = make_workspace(personas=[make_persona(goals=goals)])
    _, reader = report(tmp_path, workspace, scope=Scope.PERSONAS)
    text = reader.pages[0].extract_text()
    assert "Objectif numéro 0 " in text
    shown = len(re.findall(r"Objectif numéro \d+", text))
    assert 3 < shown < 40
    assert f"+ {40 - shown} de plus" in text
