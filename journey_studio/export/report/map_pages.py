"""The map in the PDF: on one page when its text stays legible there, else tiled over pages cut between cards.

The map is drawn from the same :class:`MapLayout` as the screen; each page draws
only what lies on it, so a printer gets one sheet's worth of drawing per sheet
and a search finds a card on its page. Tiles are cut between cards and lanes
(``tiling.py``), centred on their pages, with crop marks at their corners to trim
and tape them by; when they form a grid, an overview page numbers them.
"""

import threading
from collections.abc import Callable
from dataclasses import replace

from ...layout import DEFAULT_METRICS, CardBox, LayoutMetrics, MapLayout, Rect
from ...layout.text import text_width
from ...painter.locator import paint_locator
from ...painter.map_painter import MapPainter
from ...painter.path import VectorPath, polyline, rect_path
from ...painter.surface import Stroke
from ...theme import Theme
from ..vector.pdf_surface import PdfSurface
from .flow import start_page
from .locator import badge_rects, scaled
from .styles import SMALL, SUBHEADING, PageGeometry
from .tile_labels import draw_tile_labels, shows_lane_titles, shows_stage_headers
from .tiling import (
    LABEL_GAP,
    LANE_COLUMN,
    READABLE_SCALE,
    STAGE_BAND,
    Tile,
    assign_cards,
    cut_guide,
    fits_one_page,
    forget_cut_guide,
    has_overview,
    one_page_room,
    pages_needed,
    plan_tiles,
    tile_room,
    tile_scale,
    trim_tiles,
)
from .words import word

__all__ = ["CAPTION", "FIT_MARGIN", "READABLE_SCALE", "Tile", "add_map_pages", "map_area", "map_page", "plan_tiles",
           "tile_scale"]

CAPTION = 30.0
FIT_MARGIN = 24.0


def map_area(page: PageGeometry) -> Rect:
    """Where a map page draws the map: the page's content below its caption."""
    return page.content.adjusted(0, CAPTION, 0, 0)


def map_page(page: PageGeometry, region: Rect, layout: MapLayout) -> PageGeometry:
    """The sheet the map is printed on: ``page``, or ``page`` turned to portrait when the map is taller than
    wide and needs fewer pages so, or prints larger on one (one stage's column fills portrait sheets instead
    of a strip of landscape ones). The choice is kept for the drawing that follows the page count."""
    if not (page.turnable and region.height > region.width and page.width > page.height):
        return page
    kept = getattr(_last_choice, "entry", None)
    if kept is not None and kept[0] is layout and kept[1] == region and kept[2] == page:
        return kept[3]
    turned = PageGeometry(page.height, page.width, page.margin)

    def cost(sheet: PageGeometry) -> tuple[int, float]:
        """Fewer pages first; on one page each, the larger print."""
        area = map_area(sheet)
        return pages_needed(layout, region, area), -min(area.width / region.width, area.height / region.height)

    chosen = turned if cost(turned) < cost(page) else page
    _last_choice.entry = (layout, region, page, chosen)
    return chosen


_last_choice = threading.local()


def centred(width: float, height: float, area: Rect) -> Rect:
    return Rect(area.x + (area.width - width) / 2, area.y + (area.height - height) / 2, width, height)


def add_map_pages(
    surface: PdfSurface, layout: MapLayout, theme: Theme, region: Rect, page: PageGeometry | None,
    background: str | None, language: str, bookmark: str = "", metrics: LayoutMetrics = DEFAULT_METRICS,
) -> int:
    """Draw ``region`` of the map on new pages (``page`` None: one page the map's own size); returns the count.

    ``bookmark`` names the first of them in the PDF outline.
    """
    painter = MapPainter(layout, theme, metrics)

    def show(source: Rect, target: Rect) -> None:
        with surface.view(source, target):
            painter.paint(surface, visible=source, background=background)

    if page is None:
        fitted = PageGeometry(region.width + 2 * FIT_MARGIN, region.height + 2 * FIT_MARGIN, FIT_MARGIN)
        start_page(surface, fitted, background, numbered=False)
        _bookmark(surface, bookmark)
        show(region, Rect(FIT_MARGIN, FIT_MARGIN, region.width, region.height))
        return 1
    page = map_page(page, region, layout)
    _last_choice.entry = None  # the count's choice, handed over once
    area = map_area(page)
    fit = min(area.width / region.width, area.height / region.height)
    alone = one_page_room(layout, region, area)
    if fits_one_page(layout, region, alone):
        scale = min(alone.width / region.width, alone.height / region.height, 1.0)
        start_page(surface, page, background)
        _bookmark(surface, bookmark)
        _caption(surface, page, word("map_title", language), "", theme)
        target = _tile_target(layout, region, scale, area)
        show(region, target)
        draw_tile_labels(surface, layout, region, target, theme)
        return 1
    room = tile_room(layout, region, area)
    guide = cut_guide(layout, region, room)
    scale = tile_scale(region, room, guide)
    tiles = plan_tiles(region, room, scale, guide)
    columns = max(t.column for t in tiles) + 1
    if has_overview(columns):
        _overview_page(surface, page, area, region, tiles, fit, background, theme, language,
                       lambda target: _locator(surface, painter, region, target, fit, background), layout)
        _bookmark(surface, bookmark)
    cards = assign_cards(tiles, layout.cards)
    tiles = trim_tiles(tiles, cards, guide)
    for number, tile in enumerate(tiles):
        start_page(surface, page, background)
        if number == 0 and not has_overview(columns):
            _bookmark(surface, bookmark)
        label = word("part", language, index=tile.index, count=len(tiles), row=tile.row + 1, column=tile.column + 1)
        _caption(surface, page, word("map_title", language), label, theme)
        target = _tile_target(layout, tile.source, scale, area)
        # Each card on one page, whole: the tile's own cards only (a neighbour's may reach into its edge).
        tile_painter = _with_cards(painter, tuple(cards[tile.index]))
        with surface.view(tile.source, target):
            tile_painter.paint(surface, visible=tile.source, background=background)
        _crop_marks(surface, target, theme, band=not shows_stage_headers(layout, tile.source),
                    column=not shows_lane_titles(layout, tile.source))
        draw_tile_labels(surface, layout, tile.source, target, theme)
    forget_cut_guide()
    return len(tiles) + (1 if has_overview(columns) else 0)


def _tile_target(layout: MapLayout, source: Rect, scale: float, area: Rect) -> Rect:
    """Where a tile is drawn: centred on the page together with the stage band and lane column it repeats."""
    left = 0.0 if shows_lane_titles(layout, source) else LANE_COLUMN + LABEL_GAP
    top = 0.0 if shows_stage_headers(layout, source) else STAGE_BAND + LABEL_GAP
    block = centred(source.width * scale + left, source.height * scale + top, area)
    return Rect(block.x + left, block.y + top, source.width * scale, source.height * scale)


def _with_cards(painter: MapPainter, cards: tuple[CardBox, ...]) -> MapPainter:
    """``painter`` drawing only ``cards``. Its curves are the same objects: what it measured of them once
    (functools.cached_property keeps it in the instance's dictionary) is shared, not measured again per page."""
    tile = MapPainter(replace(painter.layout, cards=cards), painter.theme, painter.metrics)
    for name in ("stage_colours", "_connector_extents", "_point_extents", "_segment_hulls"):
        tile.__dict__[name] = getattr(painter, name)
    return tile


def _locator(surface: PdfSurface, painter: MapPainter, region: Rect, target: Rect, scale: float,
             background: str | None) -> None:
    with surface.view(region, target):
        paint_locator(surface, painter, scale, background)


def _bookmark(surface: PdfSurface, title: str) -> None:
    if title:
        surface.bookmark(title)


def _caption(surface: PdfSurface, page: PageGeometry, title: str, detail: str, theme: Theme) -> None:
    c = page.content
    baseline = c.y + SUBHEADING.size
    surface.draw_text(c.x, baseline, title, SUBHEADING, theme.header_text)
    if detail:
        surface.draw_text(c.right - text_width(detail, SMALL), baseline, detail, SMALL, theme.muted_text)


def overview_target(area: Rect, region: Rect, scale: float) -> Rect:
    return centred(region.width * scale, region.height * scale, area)


def overview_badges(tiles: list[Tile], region: Rect, target: Rect, layout: MapLayout) -> list[tuple[str, Rect]]:
    """Each tile's number and where it sits on the overview page (never over the map's title)."""
    number = SUBHEADING
    outlines = [(str(tile.index), scaled(tile.source, region, target)) for tile in tiles]
    title = scaled(layout.header.title.rect, region, target)
    widths = {label: text_width(label, number) for label, _ in outlines}
    return badge_rects(outlines, title, number.line_height + 2, widths)


def _overview_page(
    surface: PdfSurface, page: PageGeometry, area: Rect, region: Rect, tiles: list[Tile], scale: float,
    background: str | None, theme: Theme, language: str, draw: Callable[[Rect], None], layout: MapLayout,
) -> None:
    """The whole map, small, with each tile's outline and page number over it."""
    start_page(surface, page, background)
    _caption(surface, page, word("map_title", language), word("overview", language, count=len(tiles)), theme)
    target = overview_target(area, region, scale)
    draw(target)
    frame = Stroke(theme.selection, 1.0, dash=(4, 3))
    for tile in tiles:
        surface.draw_path(rect_path(scaled(tile.source, region, target)), stroke=frame)
    number = SUBHEADING
    for label, badge in overview_badges(tiles, region, target, layout):
        surface.fill_rect(badge, theme.selection)
        surface.draw_text(badge.x + 5, badge.y + number.size + 1, label, number, "#FFFFFF")


def _crop_marks(surface: PdfSurface, target: Rect, theme: Theme, band: bool = False, column: bool = False) -> None:
    """Ticks in the margin at the tile's corners, to trim the sheets by and tape them edge to edge; none runs
    into the stage band above (``band``) or the lane column beside (``column``) the tile repeats."""
    tick = Stroke(theme.header_text, 0.75)
    x0, y0, x1, y1 = target.x, target.y, target.right, target.bottom
    for x, y, dx, dy in ((x0, y0, -1, -1), (x1, y0, 1, -1), (x0, y1, -1, 1), (x1, y1, 1, 1)):
        corner = VectorPath()
        if not (column and dx < 0):
            corner.extend(polyline(((x + dx * 2, y), (x + dx * 12, y))))
        if not (band and dy < 0):
            corner.extend(polyline(((x, y + dy * 2), (x, y + dy * 12))))
        if corner:
            surface.draw_path(corner, stroke=tick)
