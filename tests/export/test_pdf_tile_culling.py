"""Each tile of a tiled PDF map visits its own things only: its own cards, and the arrows measured once per export.

The tiles of a large map are many (425 pages for 10,000 cards): what a tile does for every thing of the map, not
for its own, is multiplied by the pages. These tests count the work (calls and cards handed to each tile), never
the time (``bench/bench_scale.py`` has the figures).
"""

import io
from collections import Counter
from dataclasses import replace

import pytest
from pypdf import PdfReader

from bench.synthetic_map import build_workspace
from journey_studio.export import ExportOptions, export_bytes
from journey_studio.export.report import map_pages
from journey_studio.model import Workspace
from journey_studio.painter import map_painter


@pytest.fixture(scope="module")
def workspace() -> Workspace:
    return build_workspace(stages=30, cards=600)


def count_tile_work(workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> tuple[Counter[str], list[int], bytes]:
    """(calls of what a tile measures and draws, the cards each painted page was handed, the PDF's bytes)."""
    calls: Counter[str] = Counter()
    handed: list[int] = []
    bounds, card, paint = map_painter.connector_bounds, map_painter.paint_card, map_painter.MapPainter.paint

    def counting_bounds(connector):  # type: ignore[no-untyped-def]
        calls["arrow measured"] += 1
        return bounds(connector)

    def counting_card(*args, **named):  # type: ignore[no-untyped-def]
        calls["card drawn"] += 1
        return card(*args, **named)

    def counting_paint(self, *args, **named):  # type: ignore[no-untyped-def]
        handed.append(len(self.layout.cards))
        return paint(self, *args, **named)

    monkeypatch.setattr(map_painter, "connector_bounds", counting_bounds)
    monkeypatch.setattr(map_painter, "paint_card", counting_card)
    monkeypatch.setattr(map_painter.MapPainter, "paint", counting_paint)
    data = export_bytes(workspace, workspace.maps[0], ".pdf", ExportOptions())
    return calls, handed, data


def test_each_tile_visits_its_own_cards_and_measures_no_arrow_again(workspace, monkeypatch):
    calls, handed, data = count_tile_work(workspace, monkeypatch)
    journey_map = workspace.maps[0]
    cards, arrows = len(journey_map.cards), len(journey_map.connectors)
    pages = len(PdfReader(io.BytesIO(data)).pages)
    assert arrows > 10 and len(handed) > 10, "the map has arrows and is tiled over many pages"
    assert pages > len(handed)
    # The tiles share the map's cards out: each is handed its own, and together they hold each card once.
    assert sum(handed) == cards
    assert calls["card drawn"] == cards
    # Each arrow is measured once for the export, not once per tile.
    assert calls["arrow measured"] == arrows


def test_the_count_sees_tiles_that_measure_every_arrow_and_hold_every_card(workspace, monkeypatch):
    """The bounds can fail: tiles that measure the arrows afresh, and tiles handed the whole map's cards."""

    def measuring_afresh(painter, cards):  # type: ignore[no-untyped-def]
        return map_painter.MapPainter(replace(painter.layout, cards=cards), painter.theme, painter.metrics)

    monkeypatch.setattr(map_pages, "_with_cards", measuring_afresh)
    calls, handed, _ = count_tile_work(workspace, monkeypatch)
    assert calls["arrow measured"] > 10 * len(workspace.maps[0].connectors)

    monkeypatch.setattr(map_pages, "_with_cards", lambda painter, cards: painter)
    calls, handed, _ = count_tile_work(workspace, monkeypatch)
    assert sum(handed) > 10 * len(workspace.maps[0].cards)
