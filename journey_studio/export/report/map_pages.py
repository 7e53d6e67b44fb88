"""The map in the PDF: on one page when it stays readable there, else tiled over pages with overlap marks.

The map is drawn from the same :class:`MapLayout` as the screen; each page draws
only what lies on it, so a printer gets one sheet's worth of drawing per sheet
and a search finds a card on its page. Tiles overlap so that sheets can be
trimmed and taped together; a dashed line on each sheet shows where its
neighbour's content begins, and an overview page numbers the sheets.
"""

import math
from collections.abc import Callable
from dataclasses import dataclass

from ...layout import MapLayout, Rect
from ...layout.text import text_width
from ...painter.map_painter import MapPainter
from ...painter.path import polyline, rect_path
from ...painter.surface import Stroke
from ...theme import Theme
from ..vector.pdf_surface import PdfSurface
from .flow import start_page
from .styles import SMALL, SUBHEADING, PageGeometry
from .words import word

READABLE_SCALE = 2 / 3
"""Smallest page scale at which a card's body text (12 px) still prints at 6 pt."""
OVERLAP = 28.0
"""Page units each tile shares with its neighbour, for trimming and taping."""
CAPTION = 30.0
FIT_MARGIN = 24.0


@dataclass(frozen=True)
class Tile:
    index: int
    row: int
    column: int
    source: Rect
    """The part of the map (layout units) this page shows."""


def tile_scale(region: Rect, area: Rect) -> float:
    """The largest scale (at most 1:1) that needs no more pages than the readable scale does.

    The map is printed on as few pages as stay readable, and as large as those pages allow.
    """
    tiles = plan_tiles(region, area, READABLE_SCALE)
    columns = len({tile.column for tile in tiles})
    rows = len({tile.row for tile in tiles})
    widest = (columns * (area.width - OVERLAP) + OVERLAP) / region.width
    tallest = (rows * (area.height - OVERLAP) + OVERLAP) / region.height
    return max(READABLE_SCALE, min(1.0, widest, tallest))


def plan_tiles(region: Rect, area: Rect, scale: float) -> list[Tile]:
    """Tiles of ``area`` size at ``scale`` covering ``region``, each overlapping the next by :data:`OVERLAP`."""
    tile_w, tile_h = area.width / scale, area.height / scale
    overlap = OVERLAP / scale
    step_w, step_h = tile_w - overlap, tile_h - overlap
    columns = max(1, math.ceil((region.width - overlap) / step_w - 1e-9))
    rows = max(1, math.ceil((region.height - overlap) / step_h - 1e-9))
    tiles = []
    for row in range(rows):
        for column in range(columns):
            x, y = region.x + column * step_w, region.y + row * step_h
            source = Rect(x, y, min(tile_w, region.right - x), min(tile_h, region.bottom - y))
            tiles.append(Tile(len(tiles) + 1, row, column, source))
    return tiles


def add_map_pages(
    surface: PdfSurface, layout: MapLayout, theme: Theme, region: Rect, page: PageGeometry | None,
    background: str | None, language: str, bookmark: str = "",
) -> int:
    """Draw ``region`` of the map on new pages (``page`` None: one page the map's own size); returns the count.

    ``bookmark`` names the first of them in the PDF outline.
    """
    painter = MapPainter(layout, theme)

    def show(source: Rect, target: Rect) -> None:
        with surface.view(source, target):
            painter.paint(surface, visible=source, background=background)

    if page is None:
        fitted = PageGeometry(region.width + 2 * FIT_MARGIN, region.height + 2 * FIT_MARGIN, FIT_MARGIN)
        start_page(surface, fitted, background, numbered=False)
        _bookmark(surface, bookmark)
        show(region, Rect(FIT_MARGIN, FIT_MARGIN, region.width, region.height))
        return 1
    area = page.content.adjusted(0, CAPTION, 0, 0)
    fit = min(area.width / region.width, area.height / region.height)
    if fit >= READABLE_SCALE:
        scale = min(fit, 1.0)
        start_page(surface, page, background)
        _bookmark(surface, bookmark)
        _caption(surface, page, word("map_title", language), "", theme)
        target = Rect(area.x + (area.width - region.width * scale) / 2, area.y, region.width * scale,
                      region.height * scale)
        show(region, target)
        return 1
    scale = tile_scale(region, area)
    tiles = plan_tiles(region, area, scale)
    _overview_page(surface, page, area, region, tiles, fit, background, theme, language, show)
    _bookmark(surface, bookmark)
    rows = max(t.row for t in tiles) + 1
    columns = max(t.column for t in tiles) + 1
    for tile in tiles:
        start_page(surface, page, background)
        label = word("part", language, index=tile.index, count=len(tiles), row=tile.row + 1, column=tile.column + 1)
        _caption(surface, page, word("map_title", language), label, theme)
        target = Rect(area.x, area.y, tile.source.width * scale, tile.source.height * scale)
        show(tile.source, target)
        _overlap_marks(surface, tile, target, rows, columns, theme)
    return len(tiles) + 1


def _bookmark(surface: PdfSurface, title: str) -> None:
    if title:
        surface.bookmark(title)


def _caption(surface: PdfSurface, page: PageGeometry, title: str, detail: str, theme: Theme) -> None:
    c = page.content
    baseline = c.y + SUBHEADING.size
    surface.draw_text(c.x, baseline, title, SUBHEADING, theme.header_text)
    if detail:
        surface.draw_text(c.right - text_width(detail, SMALL), baseline, detail, SMALL, theme.muted_text)


def _overview_page(
    surface: PdfSurface, page: PageGeometry, area: Rect, region: Rect, tiles: list[Tile], scale: float,
    background: str | None, theme: Theme, language: str, show: Callable[[Rect, Rect], None],
) -> None:
    """The whole map, small, with each tile's outline and page number over it."""
    start_page(surface, page, background)
    _caption(surface, page, word("map_title", language), word("overview", language, count=len(tiles)), theme)
    target = Rect(area.x + (area.width - region.width * scale) / 2, area.y, region.width * scale,
                  region.height * scale)
    show(region, target)
    number = SUBHEADING
    for tile in tiles:
        box = Rect(target.x + (tile.source.x - region.x) * scale, target.y + (tile.source.y - region.y) * scale,
                   tile.source.width * scale, tile.source.height * scale)
        surface.draw_path(rect_path(box), stroke=Stroke(theme.selection, 1.0, dash=(4, 3)))
        label = str(tile.index)
        badge = Rect(box.x + 4, box.y + 4, text_width(label, number) + 10, number.line_height + 2)
        surface.fill_rect(badge, theme.selection)
        surface.draw_text(badge.x + 5, badge.y + number.size + 1, label, number, "#FFFFFF")


def _overlap_marks(surface: PdfSurface, tile: Tile, target: Rect, rows: int, columns: int, theme: Theme) -> None:
    """Dashed lines where the neighbours' content starts, and ticks in the margin to align them by."""
    stroke = Stroke(theme.muted_text, 0.75, dash=(3, 3))
    tick = Stroke(theme.header_text, 0.75)
    x0, y0, x1, y1 = target.x, target.y, target.right, target.bottom
    if tile.column + 1 < columns:  # the right neighbour starts OVERLAP before this tile's right edge
        x = x1 - OVERLAP
        surface.draw_path(polyline(((x, y0), (x, y1))), stroke=stroke)
        surface.draw_path(polyline(((x, y0 - 10), (x, y0 - 2))), stroke=tick)
        surface.draw_path(polyline(((x, y1 + 2), (x, y1 + 10))), stroke=tick)
    if tile.row + 1 < rows:
        y = y1 - OVERLAP
        surface.draw_path(polyline(((x0, y), (x1, y))), stroke=stroke)
        surface.draw_path(polyline(((x0 - 10, y), (x0 - 2, y))), stroke=tick)
        surface.draw_path(polyline(((x1 + 2, y), (x1 + 10, y))), stroke=tick)
    for x, y, dx, dy in ((x0, y0, -1, -1), (x1, y0, 1, -1), (x0, y1, -1, 1), (x1, y1, 1, 1)):
        corner = polyline(((x + dx * 2, y), (x + dx * 12, y)))
        corner.extend(polyline(((x, y + dy * 2), (x, y + dy * 12))))
        surface.draw_path(corner, stroke=tick)
