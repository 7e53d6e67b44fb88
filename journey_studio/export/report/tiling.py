"""Where the PDF cuts a map too large for one page: between cards and between lanes, never through a text.

Pure geometry over the :class:`MapLayout`, no drawing: the report draws the tiles this plans, and the
export bounds (``export/limits.py``) count them before any drawing starts.

The map is cut by whole columns and whole rows of tiles: vertical cuts fall where no card, title or
label spans (at a stage's edge when one is near), horizontal cuts likewise (at a lane's edge when one
is near). A cut is forced through something only when a single thing is larger than a page.
"""

import itertools
import math
import threading
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from ...layout import Align, CardBox, MapLayout, Rect, TextBlock
from ...layout.geometry_check import all_blocks
from ...layout.text import text_width

MIN_PRINTED_PT = 7.0
"""The smallest text a printed map page may carry, in points."""
PT_PER_PX = 0.75
SMALLEST_TEXT_PX = 11.0
"""The layout's smallest type (card footers, emotion labels)."""
READABLE_SCALE = 2 / 3
"""Smallest scale tiles are printed at: a card's body text (12 px) prints at 6 pt; fewer pages than at 7 pt."""
PREFERRED_FILL = 0.5
"""A cut at a lane's or a stage's edge is preferred to a cut between two cards while it leaves the page at
least this full."""
MIN_FILL = 0.3
"""No page is cut shorter than this share of a page (a sliver between two lanes is no page)."""
WIDE_TEXT = 300.0
"""Texts whose box is wider than this are measured, so a cut may pass beside their words."""
BLOCK_MARGIN = 2.0
"""Room kept between a cut and the thing it passes (a card's shadow, a text's last pixel)."""
STAGE_BAND = 20.0
"""Height, on the page, of the band of stage names above a tile that does not start at the map's top."""
LANE_COLUMN = 100.0
"""Width, on the page, of the column of lane titles left of a tile that does not start at the map's left."""
LABEL_GAP = 4.0
"""Room between that band or column and the tile."""
TRIM_MIN = 8.0
"""A tile's top is moved down past what earlier pages printed only when that frees at least this much."""


@dataclass(frozen=True)
class Tile:
    index: int
    row: int
    column: int
    source: Rect
    """The part of the map (layout units) this page shows."""


@dataclass(frozen=True)
class Obstacles:
    """What a cut must not pass through along one axis: merged spans, and the edges a cut prefers.

    Things longer than ``short`` (a one-line scenario as wide as the map) are kept apart: they stop a cut
    only on pages long enough to hold them (:meth:`fitting`); on shorter ones they are cut where a page ends.
    """

    spans: tuple[tuple[float, float], ...]
    preferred: tuple[float, ...]
    things: tuple[tuple[float, float], ...] = ()
    """Each thing's own span, by start: what a forced cut crosses."""
    longest: float = 0.0
    long_things: tuple[tuple[float, float], ...] = ()
    edges: tuple[float, ...] = ()
    _fitted: dict[tuple[tuple[float, float], ...], "Obstacles"] = field(default_factory=dict, compare=False)

    @classmethod
    def build(cls, spans: Iterable[tuple[float, float]], preferred: Iterable[float],
              short: float = math.inf) -> "Obstacles":
        things = sorted((s - BLOCK_MARGIN, e + BLOCK_MARGIN) for s, e in spans if e > s)
        kept = [t for t in things if t[1] - t[0] <= short]
        return cls._of(kept, tuple(preferred), tuple(t for t in things if t[1] - t[0] > short))

    @classmethod
    def _of(cls, things: list[tuple[float, float]], edges: tuple[float, ...],
            long_things: tuple[tuple[float, float], ...] = ()) -> "Obstacles":
        merged: list[list[float]] = []
        for start, end in things:
            if merged and start < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        spans_ = tuple((s, e) for s, e in merged)
        starts = [s for s, _ in spans_]

        def free(value: float) -> bool:
            i = bisect_right(starts, value) - 1
            return i < 0 or value >= spans_[i][1]

        return cls(spans_, tuple(sorted({p for p in edges if free(p)})), tuple(things),
                   max((e - s for s, e in things), default=0.0), long_things, edges)

    def fitting(self, length: float) -> "Obstacles":
        """These obstacles on a page ``length`` long: with the long things that fit on it."""
        extra = tuple(t for t in self.long_things if t[1] - t[0] <= length)
        if not extra:
            return self
        if extra not in self._fitted:
            self._fitted[extra] = Obstacles._of(sorted(self.things + extra), self.edges)
        return self._fitted[extra]

    def top_of_crossing(self, at: float) -> float:
        """The start of the first thing a cut at ``at`` passes through (``at`` itself if none)."""
        top = at
        i = bisect_left(self.things, (at, -math.inf)) - 1
        while i >= 0 and self.things[i][0] >= at - self.longest:
            start, end = self.things[i]
            if end > at:
                top = min(top, start)
            i -= 1
        return top


def cut_pieces(start: float, end: float, length: float, obstacles: Obstacles) -> list[tuple[float, float]]:
    """``start``–``end`` cut into pieces at most ``length`` long, each cut where nothing is crossed when it can be.

    A cut at a lane's or stage's edge is preferred, then between two things; when a run of things longer than
    a page leaves no such place (a lane of tall cells), the piece ends at the page's edge and the next one
    starts at the top of the first thing that edge crossed, so that it is printed whole there.
    """
    pieces: list[tuple[float, float]] = []
    # Long things (a one-line scenario) are avoided when a page holds them and a clean cut remains;
    # when none does, they are cut rather than the cards around them.
    choices = [obstacles.fitting(length), obstacles] if obstacles.long_things else [obstacles]
    here = start
    # Past the last thing there is only the margin: a page is not spent on it.
    last = min(end, obstacles.spans[-1][1]) if obstacles.spans else end
    while last - here > length + 1e-6:
        limit = here + length
        cut = next((c for c in (_clean_cut(o, here, length, limit) for o in choices) if c is not None), None)
        if cut is not None:
            pieces.append((here, cut))
            here = cut
            continue
        pieces.append((here, limit))
        here = max(here + length * MIN_FILL, min(limit, choices[-1].top_of_crossing(limit)))
    pieces.append((here, min(end, here + length)))
    return pieces


def _clean_cut(obstacles: Obstacles, here: float, length: float, limit: float) -> float | None:
    """A cut at an edge (a lane's, a stage's) leaving the page at least half full, else between two things."""
    cut = _preferred_cut(obstacles.preferred, here + length * PREFERRED_FILL, limit)
    if cut is None:
        cut = _free_cut(obstacles, [s for s, _ in obstacles.spans], here + length * MIN_FILL, limit)
    return cut


def _preferred_cut(preferred: Sequence[float], low: float, limit: float) -> float | None:
    i = bisect_right(preferred, limit) - 1
    return preferred[i] if i >= 0 and preferred[i] >= low else None


def _free_cut(obstacles: Obstacles, starts: list[float], low: float, limit: float) -> float | None:
    """The furthest point between ``low`` and ``limit`` that no obstacle covers, None if there is none."""
    i = bisect_right(starts, limit) - 1
    if i < 0 or limit >= obstacles.spans[i][1]:
        return limit
    start = obstacles.spans[i][0]  # limit falls inside this span: cut just before it
    return start if start >= low else None


class CutGuide:
    """What cuts must avoid in a region of the map: every card, text and emotion face, by stage column.

    Vertical cuts avoid everything; horizontal cuts avoid what lies in their column of tiles only,
    so a tall lane is cut between the cards of the stages a page shows.
    """

    def __init__(self, layout: MapLayout | None, region: Rect, area: Rect | None = None) -> None:
        """``area`` is a page's room for the map: a thing longer than a page is cut where the page ends
        (a one-line scenario as wide as the map), and does not stop the cuts around it."""
        rects: list[Rect] = []
        columns: list[Rect] = []
        self.things: list[Rect] = []
        """Every card, text and face of the region: what a page may start at."""
        edges_x: list[float] = []
        edges_y: list[float] = []
        if layout is not None:
            rects = [r for r in _things(layout) if r.intersects(region)]
            self.things = list(rects)
            columns = [r for r in _things(layout, annotations=False) if r.intersects(region)]
            # The grid's far edges: pages end past the last card only where the grid ends too, never through it.
            grid = layout.grid_rect
            rects.append(Rect(grid.x, grid.bottom - 1, grid.width, 1))
            columns.append(Rect(grid.right - 1, grid.y, 1, 1))
            rects = [r for r in rects if r.intersects(region)]
            columns = [r for r in columns if r.intersects(region)]
            edges_x = [c.rect.x for c in layout.stages]
            edges_y = [row.rect.y for row in layout.lanes] + [c.header_rect.y for c in layout.stages[:1]]
        # A page is at least ``area`` long in layout units (at 1:1): anything longer is kept apart.
        self._short_y = math.inf if area is None else area.height
        self.x = Obstacles.build(((r.x, r.right) for r in columns), edges_x, math.inf if area is None else area.width)
        self._edges_y = edges_y
        # Horizontal cuts look at the things in their column of tiles: things are kept by the stretch between
        # two stage edges they lie in, so a column of tiles gathers its things from a few stretches.
        self._breaks = sorted({region.x, region.right, *(x for x in edges_x if region.x < x < region.right)})
        self._cells: list[list[tuple[float, float]]] = [[] for _ in self._breaks[1:]]
        for r in rects:
            first = max(0, bisect_right(self._breaks, r.x) - 1)
            last = min(len(self._cells) - 1, max(first, bisect_left(self._breaks, r.right) - 1))
            for cell in range(first, last + 1):
                self._cells[cell].append((r.y, r.bottom))
        self._columns: dict[tuple[int, int], Obstacles] = {}
        self.grids: dict[tuple[Rect, Rect, float], tuple[int, int]] = {}
        """:func:`grid_size` of this guide's region at a page's room and a scale: the page count's search for
        the scale and the drawing ask for the same ones."""

    def y(self, left: float, right: float) -> Obstacles:
        """What a horizontal cut between ``left`` and ``right`` must avoid (what lies in the stage stretches
        they span: exactly what lies between them when they are stage edges, a little more otherwise)."""
        first = max(0, bisect_right(self._breaks, left + 1e-6) - 1)
        last = min(len(self._cells) - 1, max(first, bisect_left(self._breaks, right - 1e-6) - 1))
        key = (first, last)
        if key not in self._columns:
            spans = [span for cell in self._cells[first:last + 1] for span in cell]
            self._columns[key] = Obstacles.build(spans, self._edges_y, self._short_y)
        return self._columns[key]


ANNOTATIONS = ("arrow ", "emotion point ", "emotion scale ", "legend ")
"""Small labels beside the grid's things: a vertical cut at a stage's edge may pass through one that reaches
over it (a legend entry, an emotion label); horizontal cuts avoid them like everything else."""


def _things(layout: MapLayout, annotations: bool = True) -> list[Rect]:
    """Every card, every text's inked part (a card's own texts lie in its box), every emotion face;
    ``annotations`` False leaves out the small labels of :data:`ANNOTATIONS` and the faces."""
    rects = [box.rect for box in layout.cards]
    rects += [_inked(block) for name, block in all_blocks(_without_cards(layout))
              if block.lines and not name.startswith("card ") and (annotations or not name.startswith(ANNOTATIONS))]
    if annotations:
        for curve in layout.curves:
            rects += [Rect(p.center.x - 14, p.center.y - 14, 28, 28) for p in curve.points]
        if layout.legend is not None:
            rects += [entry.marker_rect for entry in layout.legend.entries]
    return rects


def _without_cards(layout: MapLayout) -> MapLayout:
    """``layout`` with no cards: :func:`all_blocks` of it walks the other texts without naming 30,000 card
    texts (a 10,000-card map) only to skip them."""
    return replace(layout, cards=())


def _inked(block: TextBlock) -> Rect:
    """The part of a text's box its lines cover: a map title's box spans the map, its words do not."""
    rect = block.rect
    if rect.width <= WIDE_TEXT:
        return rect
    width = min(rect.width, max(text_width(line, block.style) for line in block.lines))
    spare = rect.width - width
    x = rect.x + (spare / 2 if block.align is Align.CENTER else spare if block.align is Align.RIGHT else 0.0)
    return Rect(x, rect.y, width, rect.height)


_last_guide = threading.local()


def cut_guide(layout: MapLayout, region: Rect, area: Rect) -> CutGuide:
    """The :class:`CutGuide` of ``region`` of ``layout``; the page count and the drawing of one export share it."""
    kept = getattr(_last_guide, "entry", None)
    if kept is not None and kept[0] is layout and kept[1] == region and kept[2] == area:
        return kept[3]
    guide = CutGuide(layout, region, area)
    _last_guide.entry = (layout, region, area, guide)
    return guide


def forget_cut_guide() -> None:
    """Let the last :class:`CutGuide` go once its export is drawn (a window's process lives on)."""
    _last_guide.entry = None


def plan_tiles(region: Rect, area: Rect, scale: float, guide: CutGuide | None = None) -> list[Tile]:
    """Tiles of at most ``area`` size at ``scale`` covering ``region``, column by column cut where ``guide``
    allows, numbered row by row (reading order)."""
    guide = guide or CutGuide(None, region)
    pieces = []
    for column, (left, right) in enumerate(cut_pieces(region.x, region.right, area.width / scale, guide.x)):
        for row, (top, bottom) in enumerate(cut_pieces(region.y, region.bottom, area.height / scale,
                                                       guide.y(left, right))):
            pieces.append((row, column, Rect(left, top, right - left, bottom - top)))
    pieces.sort(key=lambda piece: (piece[0], piece[1]))
    return [Tile(index, row, column, source) for index, (row, column, source) in enumerate(pieces, start=1)]


def grid_size(region: Rect, area: Rect, scale: float, guide: CutGuide) -> tuple[int, int]:
    """Columns of tiles and tiles in all, without listing the tiles of a hostile map."""
    key = (region, area, scale)
    known = guide.grids.get(key)
    if known is not None:
        return known
    columns = cut_pieces(region.x, region.right, area.width / scale, guide.x)
    if len(columns) > 2_000:
        size = len(columns), len(columns) * 2  # refused anyway
    else:
        size = len(columns), sum(len(cut_pieces(region.y, region.bottom, area.height / scale, guide.y(left, right)))
                                 for left, right in columns)
    guide.grids[key] = size
    return size


def tile_room(layout: MapLayout, region: Rect, area: Rect) -> Rect:
    """Where tiles are drawn in ``area``: room is left above them for the stage names and left of them for
    the lane titles when some tile will not show the map's own (it starts below the headers, right of the titles).

    Tiles are at least :data:`READABLE_SCALE`: a region that fits the area's height (width) at that scale is
    one row (column) of tiles, which shows the headers (titles) when the region starts with them.
    """
    titles_x = min((row.title_rect.x for row in layout.lanes), default=region.x)
    headers_y = min((column.header_rect.y for column in layout.stages), default=region.y)
    left = region.x > titles_x + 1 or region.width * READABLE_SCALE > area.width
    top = region.y > headers_y + 1 or region.height * READABLE_SCALE > area.height
    return area.adjusted(LANE_COLUMN + LABEL_GAP if left else 0.0, STAGE_BAND + LABEL_GAP if top else 0.0, 0, 0)


def one_page_room(layout: MapLayout, region: Rect, area: Rect) -> Rect:
    """Where a region printed on one page is drawn: beside the lane titles (stage names) it repeats when it
    does not hold the map's own (one stage's column has no lane titles)."""
    titles_x = min((row.title_rect.x for row in layout.lanes), default=region.x)
    headers_y = min((column.header_rect.y for column in layout.stages), default=region.y)
    left = LANE_COLUMN + LABEL_GAP if region.x > titles_x + 1 else 0.0
    top = STAGE_BAND + LABEL_GAP if region.y > headers_y + 1 else 0.0
    return area.adjusted(left, top, 0, 0)


def trim_tiles(tiles: list[Tile], cards: dict[int, list[CardBox]], guide: CutGuide) -> list[Tile]:
    """``tiles`` with each page below another starting at the first thing not yet printed: a page after a
    forced cut (a lane of tall cells) would otherwise open on a strip whose cards the page above printed."""
    card_tile = {id(box): index for index, boxes in cards.items() for box in boxes}
    card_of = {(box.rect.x, box.rect.y, box.rect.width, box.rect.height): id(box)
               for boxes in cards.values() for box in boxes}
    columns: dict[int, list[Tile]] = {}
    for tile in tiles:
        columns.setdefault(tile.column, []).append(tile)
    trimmed = {tile.index: tile for tile in tiles}
    for column in columns.values():
        column.sort(key=lambda t: t.row)
        left, right = column[0].source.x, column[0].source.right
        # What lies in this column of tiles, by top: a page's first new thing is found without a pass over all.
        things = sorted((r for r in guide.things if r.right > left and r.x < right), key=lambda r: r.y)
        tops = [r.y for r in things]
        reach = max((r.height for r in things), default=0.0)
        for above, tile in itertools.pairwise(column):
            done = {t.index for t in column if t.row < tile.row}
            s = tile.source
            first = math.inf
            for r in things[bisect_left(tops, s.y - reach):]:
                if r.y >= min(first, s.bottom):
                    break
                if r.bottom <= s.y:
                    continue
                card = card_of.get((r.x, r.y, r.width, r.height))
                shown = card_tile.get(card) in done if card is not None else r.bottom <= above.source.bottom + 0.5
                if not shown:
                    first = min(first, max(r.y, s.y))
            top = max(s.y, first - 2 * BLOCK_MARGIN)  # nothing new on it (math.inf): left as planned
            if TRIM_MIN <= top - s.y < s.height:
                trimmed[tile.index] = Tile(tile.index, tile.row, tile.column, Rect(s.x, top, s.width, s.bottom - top))
    return [trimmed[tile.index] for tile in tiles]


def assign_cards(tiles: list[Tile], boxes: Sequence[CardBox]) -> dict[int, list[CardBox]]:
    """Tile number → the cards it prints: each card once, whole, on the first tile of its column holding it all
    (on the tile where its top is, cut, only when it is taller than a page)."""
    by_column: dict[int, list[Tile]] = {}
    for tile in sorted(tiles, key=lambda t: (t.column, t.row)):
        by_column.setdefault(tile.column, []).append(tile)
    ranges = [(column[0].source.x, column[0].source.right, column) for column in by_column.values()]
    # Columns of tiles lie side by side, left to right: a card's candidates are the few around its x, found by
    # bisection (one more each side for rounding), then tested as before, in the same order.
    lefts = [left for left, _, _ in ranges]
    rights = [right for _, right, _ in ranges]
    shown: dict[int, list[CardBox]] = {tile.index: [] for tile in tiles}
    slack = BLOCK_MARGIN + 0.01
    for box in boxes:
        r = box.rect
        near = ranges[max(0, bisect_left(rights, r.right - slack) - 1):bisect_right(lefts, r.x + slack) + 1]
        columns = ([c for left, right, c in near if left - slack <= r.x and r.right <= right + slack]
                   or [c for left, right, c in ranges if left <= r.center.x < right] or [ranges[-1][2]])
        chosen = next((t for c in columns for t in c
                       if t.source.y - slack <= r.y and r.bottom <= t.source.bottom + slack), None)
        if chosen is None:
            chosen = next((t for t in columns[0] if t.source.y <= r.y < t.source.bottom), columns[0][-1])
        shown[chosen.index].append(box)
    return shown


def tile_scale(region: Rect, area: Rect, guide: CutGuide | None = None) -> float:
    """The largest scale (at most 1:1) that needs no more pages than the readable scale does.

    The map is printed on as few pages as stay readable, and as large as those pages allow.
    """
    guide = guide or CutGuide(None, region)
    fewest = grid_size(region, area, READABLE_SCALE, guide)

    def fits(scale: float) -> bool:
        columns, total = grid_size(region, area, scale, guide)
        return columns <= fewest[0] and total <= fewest[1]

    low, high = READABLE_SCALE, 1.0
    if fits(high):
        return high
    for _ in range(12):  # a few thousandths of the scale
        middle = (low + high) / 2
        low, high = (middle, high) if fits(middle) else (low, middle)
    return low


def smallest_text_px(layout: MapLayout) -> float:
    sizes = [block.style.size for box in layout.cards for block in (box.title, box.body, box.channel_label)
             if block.lines]  # what all_blocks gives of each card, without its names
    sizes += [block.style.size for _, block in all_blocks(_without_cards(layout)) if block.lines]
    return min(sizes) if sizes else SMALLEST_TEXT_PX


def one_page_scale(layout: MapLayout) -> float:
    """The smallest scale at which the map's smallest text prints at :data:`MIN_PRINTED_PT`."""
    return min(1.0, MIN_PRINTED_PT / (PT_PER_PX * smallest_text_px(layout)))


def fits_one_page(layout: MapLayout, region: Rect, area: Rect) -> bool:
    """Whether ``region`` fits ``area`` with its text at least :data:`MIN_PRINTED_PT` high."""
    return min(area.width / region.width, area.height / region.height) >= one_page_scale(layout) - 1e-9


def pages_needed(layout: MapLayout, region: Rect, area: Rect) -> int:
    """How many pages the map takes: 1 when it fits, else its tiles (and an overview when they form a grid)."""
    if fits_one_page(layout, region, one_page_room(layout, region, area)):
        return 1
    fewest = math.ceil(region.width / area.width - 1e-9) * math.ceil(region.height / area.height - 1e-9)
    if fewest > 2_000:  # even at 1:1: refused anyway, and planning each page is the very work the bounds avoid
        return fewest
    room = tile_room(layout, region, area)
    guide = cut_guide(layout, region, room)
    columns, total = grid_size(region, room, READABLE_SCALE, guide)
    if total > 2_000:
        return total  # refused anyway: finding the exact scale is the very work the bounds avoid
    columns, total = grid_size(region, room, tile_scale(region, room, guide), guide)
    return total + (1 if has_overview(columns) else 0)


def has_overview(columns: int) -> bool:
    """A grid of tiles gets an overview page to find and tape them by; a single column reads top to bottom."""
    return columns > 1
