"""What a printed tile repeats from the map's edges: the names of the stages and the titles of the lanes it shows.

A tile below the first row does not show the stage headers, one right of the first column not the lane
titles; taped to the wall or read alone, a page must still say which stages and lanes it holds (as the
16:9 slides repeat them). They are drawn in the room ``tiling.tile_room`` leaves beside the tile, never
over the map, from the layout's stage columns and lane rows.
"""

from ...layout import MapLayout, Rect
from ...layout.text import elide, wrap_text
from ...painter.path import polyline
from ...painter.surface import Stroke
from ...theme import Theme, readable_text_on
from ..vector.pdf_surface import PdfSurface
from .styles import SMALL_BOLD
from .tiling import LABEL_GAP, LANE_COLUMN, STAGE_BAND

PADDING = 4.0


def shows_stage_headers(layout: MapLayout, source: Rect) -> bool:
    return not layout.stages or source.y <= layout.stages[0].header_rect.y + 1


def shows_lane_titles(layout: MapLayout, source: Rect) -> bool:
    return not layout.lanes or source.x <= min(row.title_rect.x for row in layout.lanes) + 1


def stage_spans(layout: MapLayout, source: Rect, target: Rect) -> list[tuple[str, str, float, float]]:
    """(name, colour, left, right) on the page of each stage whose column the tile shows."""
    k = target.width / source.width
    spans = []
    for column in layout.stages:
        left, right = max(column.rect.x, source.x), min(column.rect.right, source.right)
        if right - left > 1:
            name = " ".join(column.name.lines)
            spans.append((name, column.colour, target.x + (left - source.x) * k, target.x + (right - source.x) * k))
    return spans


def lane_spans(layout: MapLayout, source: Rect, target: Rect) -> list[tuple[str, float, float]]:
    """(title, top, bottom) on the page of each lane the tile shows at least a line's height of."""
    k = target.height / source.height
    spans = []
    for row in layout.lanes:
        top, bottom = max(row.rect.y, source.y), min(row.rect.bottom, source.bottom)
        if (bottom - top) * k >= SMALL_BOLD.line_height:
            title = " ".join(row.title.lines)
            spans.append((title, target.y + (top - source.y) * k, target.y + (bottom - source.y) * k))
    return spans


def draw_tile_labels(surface: PdfSurface, layout: MapLayout, source: Rect, target: Rect, theme: Theme) -> None:
    """The stage band above ``target`` and the lane column left of it, each when the tile lacks the map's own."""
    if not shows_stage_headers(layout, source):
        top = target.y - LABEL_GAP - STAGE_BAND
        for name, colour, left, right in stage_spans(layout, source, target):
            band = Rect(left + 1, top, right - left - 2, STAGE_BAND)
            surface.fill_rect(band, colour)
            text = elide(name, SMALL_BOLD, band.width - 2 * PADDING)
            if text:
                baseline = top + (STAGE_BAND + SMALL_BOLD.size) / 2 - 1
                surface.draw_text(band.x + PADDING, baseline, text, SMALL_BOLD, readable_text_on(colour, theme))
    if not shows_lane_titles(layout, source):
        x = target.x - LABEL_GAP - LANE_COLUMN
        rule = Stroke(theme.grid_line, 0.75)
        for title, top, bottom in lane_spans(layout, source, target):
            surface.draw_path(polyline(((x, top), (x + LANE_COLUMN, top))), stroke=rule)
            lines = int((bottom - top - PADDING) // SMALL_BOLD.line_height)
            wrapped = wrap_text(title, SMALL_BOLD, LANE_COLUMN - PADDING, max(1, lines))
            for n, line in enumerate(wrapped.lines):
                baseline = top + PADDING + SMALL_BOLD.size + n * SMALL_BOLD.line_height
                surface.draw_text(x, baseline, line, SMALL_BOLD, theme.lane_title_text)
