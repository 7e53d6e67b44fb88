"""The work the PDF report does on a large map is bounded: each line of the stage table is wrapped once, and
the garbage collector does not walk the map and its layout again and again while the report is drawn.

A row is measured (to place it on a page) and then drawn, and both need its lines wrapped: a shared cache of
4,096 wrapped lines, which the 10,000-card map overflows, had every line of its table wrapped twice. These tests
count the work (calls), never the time.
"""

import contextlib
import gc
from collections import Counter

import pytest

from bench.synthetic_map import build_workspace
from journey_studio.export import ExportOptions, collector, export_bytes
from journey_studio.export.options import PageSize
from journey_studio.export.report import builder, stage_table
from journey_studio.export.report.flow import PageFlow
from journey_studio.export.report.styles import page_geometry
from journey_studio.export.vector.pdf_surface import PdfSurface
from journey_studio.model import Workspace

CARDS = 4000
"""Enough cards that the table has more lines than the old shared cache of wrapped lines held (4,096)."""


@pytest.fixture(scope="module")
def workspace() -> Workspace:
    """A map whose cards all have their own title, body and owner, so that every card line is wrapped for itself."""
    workspace = build_workspace(stages=20, cards=CARDS)
    journey_map = workspace.maps[0]
    cards = [card.model_copy(update={"title": f"Fiche {index} {card.title}", "body": f"Note {index} {card.body}",
                                      "owner": f"Équipe {index}"})
             for index, card in enumerate(journey_map.cards)]
    return workspace.model_copy(update={"maps": [journey_map.model_copy(update={"cards": cards})]})


def wraps_while_drawing_the_table(workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> Counter[tuple]:
    """(text, style, width) → how many times the stage table wrapped it."""
    wrapped: Counter[tuple] = Counter()
    wrap = stage_table.text_block

    def counting(text, style, x, y, width, *rest, **named):  # type: ignore[no-untyped-def]
        wrapped[text, style, width] += 1
        return wrap(text, style, x, y, width, *rest, **named)

    monkeypatch.setattr(stage_table, "text_block", counting)
    journey_map = workspace.maps[0]
    theme = ExportOptions().load_theme()
    surface = PdfSurface()
    flow = PageFlow(surface, page_geometry(PageSize.A4), None)
    flow.repeat(stage_table.table_heading(theme, "fr"))
    stage_table.draw_stage_table(flow, journey_map, list(journey_map.stages), theme, "fr")
    assert surface.finish().startswith(b"%PDF")
    return wrapped


def test_each_line_of_the_stage_table_is_wrapped_once(workspace, monkeypatch):
    wrapped = wraps_while_drawing_the_table(workspace, monkeypatch)
    journey_map = workspace.maps[0]
    listed = {lane.id for lane in journey_map.lanes if lane.kind in stage_table.LANES.values()}
    expected = {text for card in journey_map.cards if card.lane_id in listed for text in (card.title, card.body)}
    card_lines = {key: count for key, count in wrapped.items() if key[0].startswith(("Fiche ", "Note "))}
    assert {text for text, _, _ in card_lines} == expected  # each listed card's title and body, and only those
    assert len(expected) > 1000
    assert max(card_lines.values()) == 1


def test_the_count_sees_a_row_wrapped_again(workspace, monkeypatch):
    """The check can fail: entries that forget their wrapped lines after measuring are wrapped twice."""
    kept = stage_table.Entry.blocks

    def forgetful(entry: stage_table.Entry, width: float) -> tuple:
        entry.__dict__["_wrapped"].clear()
        return kept(entry, width)

    monkeypatch.setattr(stage_table.Entry, "blocks", forgetful)
    wrapped = wraps_while_drawing_the_table(workspace, monkeypatch)
    assert max(count for (text, _, _), count in wrapped.items() if text.startswith("Fiche ")) > 1


def collector_while_drawing(monkeypatch: pytest.MonkeyPatch, workspace: Workspace) -> list[tuple[int, int]]:
    """(objects frozen, allocations between young collections) when the report's insights were drawn."""
    seen: list[tuple[int, int]] = []
    draw = builder.draw_insights

    def drawing(*args, **named):  # type: ignore[no-untyped-def]
        seen.append((gc.get_freeze_count(), gc.get_threshold()[0]))
        return draw(*args, **named)

    monkeypatch.setattr(builder, "draw_insights", drawing)
    assert export_bytes(workspace, workspace.maps[0], ".pdf", ExportOptions()).startswith(b"%PDF")
    return seen


@pytest.fixture
def collector_as_found():
    """Each test starts with nothing frozen (a scene test may have frozen its map) and leaves it so."""
    gc.unfreeze()
    thresholds = gc.get_threshold()
    yield thresholds
    gc.unfreeze()
    gc.set_threshold(*thresholds)


def test_the_map_and_layout_are_left_out_of_collections_while_drawing_and_let_go_after(
        collector_as_found, monkeypatch, chaussures):
    # The map (cards, stages…) and its layout are frozen while the report is drawn, then unfrozen; the young
    # generation is collected less often meanwhile, as often as before afterwards.
    [(frozen, young)] = collector_while_drawing(monkeypatch, chaussures)
    assert frozen > 1000 and young == max(collector.YOUNG_THRESHOLD, collector_as_found[0])
    assert gc.get_freeze_count() == 0
    assert gc.get_threshold() == collector_as_found


def test_the_freeze_check_sees_a_report_drawn_without_it(collector_as_found, monkeypatch, chaussures):
    monkeypatch.setattr(builder, "long_lived_frozen", contextlib.nullcontext)
    assert collector_while_drawing(monkeypatch, chaussures) == [(0, collector_as_found[0])]


def test_what_a_window_froze_stays_frozen_after_an_export_and_the_layout_joins_it(
        collector_as_found, monkeypatch, chaussures):
    gc.freeze()  # as a scene showing a large map does, or a command once started
    before = gc.get_freeze_count()
    [(frozen, _)] = collector_while_drawing(monkeypatch, chaussures)
    assert frozen > before  # the layout computed since is frozen too while the report is drawn
    assert gc.get_freeze_count() >= before * 0.9  # some frozen objects may have been freed, none unfrozen
    assert gc.get_threshold() == collector_as_found


def young_collections_while_exporting(workspace: Workspace) -> int:
    """How many collections ran while the map's PDF report was laid out and drawn, in a process that collects the
    youngest generation every 10,000 allocations (a command's: 100,000; CPython's: 700)."""
    runs: list[int] = []

    def counting(phase: str, info: dict) -> None:  # type: ignore[type-arg]
        if phase == "stop" and collector._collector.depth:  # while the report's layout is made and drawn
            runs.append(info["generation"])

    gc.set_threshold(10_000, *gc.get_threshold()[1:])
    gc.collect()  # the test's own garbage is not counted against the export
    gc.callbacks.append(counting)
    try:
        assert export_bytes(workspace, workspace.maps[0], ".pdf", ExportOptions()).startswith(b"%PDF")
    finally:
        gc.callbacks.remove(counting)
    return len(runs)


def test_a_large_report_is_drawn_without_collecting_what_it_keeps(collector_as_found, workspace):
    """The report keeps most of what it makes (the layout's cards, each page's operators) to the end: collecting
    the youngest generation of a 4,000-card report every 100,000 allocations walked them and freed nothing."""
    assert young_collections_while_exporting(workspace) == 0


def test_the_collection_count_sees_a_report_collected_often(collector_as_found, workspace,
                                                                          monkeypatch):
    """The count can fail: the report's threshold before (10,000)."""
    monkeypatch.setattr(collector, "YOUNG_THRESHOLD", 10_000)
    assert young_collections_while_exporting(workspace) >= 5
