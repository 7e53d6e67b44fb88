"""The map cut into 16:9 slides a room can read: a pure function of a :class:`MapLayout`.

A map is a poster; a slide is read from the back of a room. So the map is shown at the scale that
puts its smallest text at ``min_text_px`` (18 px at 1920 × 1080, 24 px for a projector), and cut
into as many slides as that takes: groups of stages left to right, and, when a group is still too
tall, groups of lanes top to bottom. Cuts fall between stages, between lanes and, inside a lane too
tall for one slide, between cards: never through a card. Every slide repeats the stage headers and
lane titles it shows, and says where it is ("Stages 1–3 of 7 · lanes 4–6 of 9").

A slide is a list of :class:`SlidePart` (a rectangle of the map, shown scaled at a place on the
slide) plus a title and a locator: the PNG set, the slide PDF, the deck and the presentation's
overview all draw the same parts.
"""

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from itertools import combinations

from ..model import JourneyMap, LaneKind, MapView, Persona, Stage, StageMetrics
from ..words import word
from .blocks import Align, TextBlock, text_block
from .geometry import Rect
from .map_layout import MapLayout, StageColumn, compute_layout
from .metrics import DEFAULT_METRICS, LayoutMetrics
from .picture import EVIDENCE_BADGE_STYLE
from .text import FontFace, TextStyle
from .views import Marks, apply_view, hide_marks

SLIDE_WIDTH, SLIDE_HEIGHT = 1920.0, 1080.0
"""Slide pixels: a 16:9 slide shown full HD; every other size scales from it."""
MIN_SLIDE_TEXT = 18.0
MIN_PROJECTOR_TEXT = 24.0
SLIDE_MARGIN = 32.0
"""Slide pixels left and right of the map: 32 lets three 280-unit stages share a slide at 18 px."""
BOTTOM_MARGIN = 24.0
TITLE_STYLE = TextStyle(FontFace.BOLD, 34, 44)
LOCATOR_STYLE = TextStyle(FontFace.REGULAR, 22, 28)
TITLE_BAND = 84.0
"""Slide pixels above the map: the title and the locator."""


@dataclass(frozen=True, slots=True)
class SlidePart:
    """``source`` (layout units) drawn scaled into ``target`` (slide pixels), clipped to it."""

    source: Rect
    target: Rect
    kind: str
    """"stages" (the repeated headers), "lanes" (the repeated titles) or "cells"."""


@dataclass(frozen=True, slots=True)
class Slide:
    number: int
    title: TextBlock
    locator: TextBlock
    parts: tuple[SlidePart, ...]
    scale: float
    """Slide pixels per layout unit."""
    stage_ids: tuple[str, ...]
    lane_ids: tuple[str, ...]
    card_ids: tuple[str, ...]
    """The cards the slide shows whole (every card of the map is on exactly one slide)."""
    layout: MapLayout | None = field(default=None, compare=False, repr=False)
    """The layout the parts are cut from, when it is the slide's stage group's own (:func:`compose_reflowed`)."""
    metrics: LayoutMetrics | None = field(default=None, compare=False, repr=False)
    """The metrics ``layout`` was computed with, when not the map's (a side-by-side stage's)."""

    @property
    def cells(self) -> SlidePart:
        return next(part for part in self.parts if part.kind == "cells")


@dataclass(frozen=True)
class SlideDeck:
    width: float
    height: float
    slides: tuple[Slide, ...]
    min_text_px: float


def smallest_map_text(layout: MapLayout, area: Rect | None = None) -> float:
    """The size (layout units) of the smallest text the map draws inside ``area`` (all of it when None)."""
    return min((size for size, _ in _texts(layout, area)), default=0.0)


def slide_text_sizes(layout: MapLayout, slide: Slide) -> list[float]:
    """Every text size on ``slide``, in slide pixels: what a test holds against the legibility floor."""
    sizes = [slide.title.style.size, slide.locator.style.size]
    layout = slide.layout or layout
    for part in slide.parts:
        k = part.target.width / part.source.width
        sizes += [size * k for size, _ in _texts(layout, part.source)]
    return sizes


def _texts(layout: MapLayout, area: Rect | None) -> Iterator[tuple[float, str]]:
    def inside(rect: Rect) -> bool:
        return area is None or rect.intersects(area)

    def blocks(*items: TextBlock) -> Iterator[tuple[float, str]]:
        for block in items:
            if not block.is_empty and inside(block.rect):
                yield block.style.size, block.lines[0]

    for box in layout.cards:
        if inside(box.rect):
            yield from blocks(box.title, box.body, box.channel_label)
            if box.online_label:
                yield box.channel_label.style.size, box.online_label
            if box.evidence is not None:
                yield EVIDENCE_BADGE_STYLE.size, "badge"
    for column in layout.stages:
        yield from blocks(column.name, column.goal)
    for row in layout.lanes:
        yield from blocks(row.title)
    for cell in layout.metric_cells:
        yield from blocks(cell.value, cell.caption)
    for curve in layout.curves:
        for point in curve.points:
            yield from blocks(point.label)
    for connector in layout.connectors:
        yield from blocks(connector.label)
    for tick in layout.emotion_ticks:
        yield from blocks(tick.label)
    for line in layout.blueprint_lines:
        yield from blocks(line.label)


def compose_slides(
    layout: MapLayout,
    title: str,
    language: str = "fr",
    min_text_px: float = MIN_SLIDE_TEXT,
    metrics: LayoutMetrics = DEFAULT_METRICS,
    size: tuple[float, float] = (SLIDE_WIDTH, SLIDE_HEIGHT),
) -> SlideDeck:
    """The map's slides, each showing its text at ``min_text_px`` or more (see the module's docstring)."""
    width, height = size
    smallest = smallest_map_text(layout) or metrics.card_title.size
    scale = min_text_px / smallest
    if not layout.stages or not layout.lanes:
        return SlideDeck(width, height, (), min_text_px)
    grid = layout.grid_rect
    title_width = layout.lanes[0].title_rect.width
    header_top = grid.y
    lanes_top = layout.lanes[0].rect.y
    header_height = lanes_top - header_top
    body_width = (width - 2 * SLIDE_MARGIN) / scale - title_width
    body_height = (height - TITLE_BAND - BOTTOM_MARGIN) / scale - header_height
    stage_groups = list(_stage_groups(layout, body_width))
    slides: list[Slide] = []
    for first, last in stage_groups:
        pieces = _clean_pieces(layout, first, last, body_height)
        for first, last, bands in pieces:
            for y0, y1 in bands:
                    slides.append(_slide(layout, len(slides) + 1, title, language, scale, (first, last), (y0, y1),
                                     title_width, header_top, header_height, width))
    slides = _renumbered([slide for slide in slides if _says_something(slide.layout or layout, slide)])
    total = len(slides)
    locator_style = TextStyle(FontFace.REGULAR, max(LOCATOR_STYLE.size, min_text_px),
                              max(LOCATOR_STYLE.line_height, round(min_text_px * 1.3)))
    numbered = [_locate(slide, layout, language, total, width, locator_style) for slide in slides]
    return SlideDeck(width, height, tuple(numbered), min_text_px)


MAX_WIDEN = 1.6
"""How much wider than on the map a stage may be drawn on its slide: wider cards wrap into fewer lines."""


def compose_reflowed(
    journey_map: JourneyMap,
    personas: Sequence[Persona],
    language: str,
    title: str,
    marks: Marks,
    min_text_px: float = MIN_SLIDE_TEXT,
    metrics: LayoutMetrics = DEFAULT_METRICS,
    size: tuple[float, float] = (SLIDE_WIDTH, SLIDE_HEIGHT),
) -> tuple[MapLayout, SlideDeck]:
    """The map's slides, each stage group laid out again on its own: its stages widened to the slide's width
    (cards wrap into fewer lines) and its lanes only as tall as its own cards need (no room kept for another
    stage's fuller cell). A group too full for one slide is shown stage by stage instead when that takes fewer
    slides, each stage's cards side by side in its lanes' rows (:func:`side_by_side_layout`): a dense map
    gives a slide or two a stage, not a strip of cards a slide. A stage alone in its group (one stage
    exported, or one too wide to share) is always shown side by side unless that takes more slides. Returns the
    whole map's layout (what sets the scale) and the deck; each slide carries its own layout (and its metrics,
    when not the map's). Cuts, repeated headers and titles, locators and the legibility floor as
    :func:`compose_slides`. A map without stages, lanes or anything to show gives no
    slides: an empty frame tells a room nothing."""
    width, height = size
    full = hide_marks(compute_layout(journey_map, personas, language, metrics), marks, journey_map, language,
                      metrics)
    if not full.stages or not full.lanes:
        return full, SlideDeck(width, height, (), min_text_px)
    smallest = smallest_map_text(full) or metrics.card_title.size
    scale = min_text_px / smallest
    title_width = full.lanes[0].title_rect.width
    body_width = (width - 2 * SLIDE_MARGIN) / scale - title_width
    room = (height - TITLE_BAND - BOTTOM_MARGIN) / scale
    dense = side_by_side_metrics(smallest, metrics)
    even = _stage_groups(full, body_width)
    lone = {first for first, last in even if first == last}

    @cache
    def group(first: int, last: int) -> tuple[Slide, ...]:
        side = () if first < last else tuple(_side_by_side_stage(
            journey_map, full.stages[first].stage_id, personas, language, marks, dense, title, scale, room, width))
        if first == last and first not in lone:
            return side  # a stage taken out of its group: on its own, side by side
        stacked = tuple(_stacked_group(journey_map, full, personas, language, marks, metrics, (first, last), title,
                                       scale, body_width, room, width))
        if first < last and tight:  # the same stages in a dense stage's tighter metrics, when that takes fewer
            dense_width = (width - 2 * SLIDE_MARGIN) / scale - dense.lane_title_width
            tighter = tuple(_stacked_group(journey_map, full, personas, language, marks, dense, (first, last), title,
                                           scale, dense_width, room, width, own_metrics=True))
            stacked = tighter if len(tighter) < len(stacked) else stacked
        # A lone stage takes the slide's width side by side rather than a column of it, even at the same count.
        return side if side and len(side) <= len(stacked) else stacked

    tight = len(full.cards) <= MOST_CARDS_REGROUPED
    slides = _fewest_slides(full, body_width, even, group, every_run=tight)
    slides = _renumbered(slides)
    locator_style = TextStyle(FontFace.REGULAR, max(LOCATOR_STYLE.size, min_text_px),
                              max(LOCATOR_STYLE.line_height, round(min_text_px * 1.3)))
    located = [_locate(slide, full, language, len(slides), width, locator_style) for slide in slides]
    return full, SlideDeck(width, height, tuple(located), min_text_px)


MOST_CARDS_REGROUPED = 300
"""Cards up to which every run of stages is tried as a slide group, in the map's type and in a dense stage's
tighter type (:func:`side_by_side_metrics`, text at the floor), whichever takes fewer slides: each try is a
layout of its own, and a map of 1,000 cards in 30 stages would lay out three times as many groups (1.8 s
instead of 0.5) to find what the even groups and their single stages already give, a stage's own slides."""


def _fewest_slides(
    full: MapLayout, body_width: float, even: list[tuple[int, int]], group: Callable[[int, int], tuple[Slide, ...]],
    every_run: bool,
) -> list[Slide]:
    """The stage groupings' slides, the grouping that takes the fewest: each run of neighbouring stages a slide
    is wide enough for (with ``every_run``; else only ``even``'s groups) is tried, shown together or one stage
    on its own, and the cheapest split of the map into such runs kept. Between splits that take as many
    slides, the even one (:func:`_stage_groups`) wins: 4 stages as 2 + 2 rather than 3 + 1."""
    count = len(full.stages)
    preferred = set(even)

    def tried(first: int, last: int) -> bool:
        if first == last or (first, last) in preferred:
            return True
        return every_run and full.stages[last].rect.right - full.stages[first].rect.x <= body_width + 0.5
    # best[j]: the fewest slides for stages 0…j-1, then the most groups of the even split, then its groups.
    best: list[tuple[int, int, tuple[tuple[int, int], ...]]] = [(0, 0, ())]
    for end in range(1, count + 1):
        options = []
        for start in range(end - 1, -1, -1):
            if not tried(start, end - 1):
                continue
            slides, kept, groups = best[start]
            runs = (start, end - 1)
            options.append((slides + len(group(*runs)), kept - (runs in preferred), groups + (runs,)))
        best.append(min(options, key=lambda option: option[:2]))
    return [slide for runs in best[count][2] for slide in group(*runs)]


def _stacked_group(
    journey_map: JourneyMap, full: MapLayout, personas: Sequence[Persona], language: str, marks: Marks,
    metrics: LayoutMetrics, stages: tuple[int, int], title: str, scale: float, body_width: float, room: float,
    width: float, own_metrics: bool = False,
) -> list[Slide]:
    """Stages ``first``…``last`` widened to fill the slide, their cards stacked in each cell as on the map
    (``own_metrics``: in metrics other than the map's, which the slides then carry)."""
    first, last = stages
    group_width = full.stages[last].rect.right - full.stages[first].rect.x
    widen = max(1.0, min(MAX_WIDEN, body_width / group_width))
    ids = [column.stage_id for column in full.stages[first:last + 1]]
    group = apply_view(journey_map, MapView(name="slides", stage_ids=ids)).journey_map
    group = group.model_copy(update={
        "stages": [stage.model_copy(update={"width": min(2000.0, stage.width * widen)}) for stage in group.stages],
        # As tall as the group's cards need: a map's lane keeps room for its fullest cell in any stage.
        "lanes": [lane.model_copy(update={"height": 40.0}) for lane in group.lanes],
    })
    layout = hide_marks(compute_layout(group, personas, language, metrics), marks, group, language, metrics)
    return _cut(layout, title, language, scale, room, width, metrics if own_metrics else None)


def _cut(
    layout: MapLayout, title: str, language: str, scale: float, room: float, width: float,
    metrics: LayoutMetrics | None = None,
) -> list[Slide]:
    """``layout`` (one stage group's) cut into the slides it needs, the empty ones left out."""
    header_top = layout.grid_rect.y
    header_height = layout.lanes[0].rect.y - header_top
    title_width = layout.lanes[0].title_rect.width
    slides = []
    for a, b, bands in _clean_pieces(layout, 0, len(layout.stages) - 1, room - header_height):
        for band in bands:
            slide = _slide(layout, 0, title, language, scale, (a, b), band, title_width, header_top, header_height,
                           width)
            slides.append(replace(slide, layout=layout, metrics=metrics))
    return [slide for slide in slides if _says_something(layout, slide)]


MIN_CARD_COLUMN = 170.0
"""Layout units of the narrowest card column on a side-by-side slide: five fit beside the lane titles, and at
18 px a card's line still holds four or five words."""


@lru_cache(maxsize=16)
def side_by_side_metrics(floor: float, base: LayoutMetrics = DEFAULT_METRICS) -> LayoutMetrics:
    """Metrics for a dense stage's slide: every text at ``floor`` (the map's smallest text, which sets the
    slide's scale) or a little above, tight padding and two lines of a card's text (the speaker notes hold all
    of it). On the map a card's text is 12–14 px against an 11 px footer; here its body is as small as the
    smallest text, so more cards share a slide at the same legibility floor."""
    bold, regular = FontFace.BOLD, FontFace.REGULAR

    def style(face: FontFace, k: float) -> TextStyle:
        return TextStyle(face, round(floor * k, 2), round(floor * k * 1.28, 2))

    return replace(
        base,
        card_title=style(bold, 1.15), card_body=style(regular, 1.0), card_footer=style(regular, 1.0),
        card_title_lines=3, card_body_lines=2,
        card_padding=7.0, card_gap=6.0, column_padding=6.0, cell_padding=6.0,
        card_footer_height=max(16.0, floor * 1.4),
        lane_title=style(bold, 1.15), lane_title_width=140.0,
        stage_name=style(bold, 1.3), stage_goal=style(regular, 1.0), stage_name_lines=1,
        stage_header_height=round(12 + floor * 1.3 * 1.28 + 2 + floor * 1.28 + 8, 1), stage_header_gap=4.0,
        metric=style(bold, 1.2), metric_caption=style(regular, 1.0), metrics_lane_min_height=56.0,
        point_label=style(regular, 1.0), scale_label=style(regular, 1.0),
        connector_label=TextStyle(FontFace.ITALIC, floor, round(floor * 1.28, 2)),
        blueprint_label=style(bold, 1.0), emotion_lane_min_height=130.0,
    )


def side_by_side_layout(
    journey_map: JourneyMap, stage_id: str, personas: Sequence[Persona], language: str, marks: Marks,
    metrics: LayoutMetrics, body_width: float,
) -> MapLayout:
    """One stage laid out for a slide ``body_width`` units wide: each lane's cards side by side, in as many
    columns as its fullest cell needs (at most as fit, :data:`MIN_CARD_COLUMN` each), reading left to right
    then down. Laid out as a map of one stage per column, then those columns joined back into the stage."""
    stage = next(stage for stage in journey_map.stages if stage.id == stage_id)
    one = apply_view(journey_map, MapView(name="stage", stage_ids=[stage_id])).journey_map
    visible = {lane.id for lane in one.lanes if lane.visible}
    counts: dict[str, int] = {}
    for card in one.cards:
        if card.lane_id in visible:
            counts[card.lane_id] = counts.get(card.lane_id, 0) + 1
    fit = max(1, int(body_width // MIN_CARD_COLUMN))
    columns = max(1, min(fit, max(counts.values(), default=1)))
    column_width = min(2000.0, body_width / columns)
    column_ids = [stage_id if index == 0 else f"{stage_id}#{index}" for index in range(columns)]
    parts = [stage.model_copy(update={
        "id": column_id, "width": column_width,
        **({} if index == 0 else {"name": "", "customer_goal": "", "icon": "", "metrics": StageMetrics()}),
    }) for index, column_id in enumerate(column_ids)]
    seen: dict[str, int] = {}
    cards = []
    for card in sorted(one.cards, key=lambda card: card.order):  # stable: a cell's order, then the file's
        rank = seen.get(card.lane_id, 0)
        seen[card.lane_id] = rank + 1
        cards.append(card.model_copy(update={"stage_id": column_ids[rank % columns], "order": rank // columns}))
    free = [point for point in one.emotion_points if point.card_id is None]
    placed = {point.id: column_ids[min(columns - 1, int((index + 0.5) * columns / len(free)))]
              for index, point in enumerate(free)}
    points = [point.model_copy(update={"stage_id": placed[point.id]}) if point.id in placed
              else point.model_copy(update={"stage_id": next(c.stage_id for c in cards if c.id == point.card_id)})
              for point in one.emotion_points]
    lanes = [lane.model_copy(update={"height": 40.0}) for lane in one.lanes]  # as tall as their cards, no more
    spread = one.model_copy(update={"stages": parts, "lanes": lanes, "cards": cards, "emotion_points": points})
    layout = hide_marks(compute_layout(spread, personas, language, metrics), marks, spread, language, metrics)
    return _joined(layout, stage, metrics)


def _joined(layout: MapLayout, stage: Stage, m: LayoutMetrics) -> MapLayout:
    """``layout``'s columns made one again: the stage's header across all of them, every id the stage's."""
    first, last = layout.stages[0], layout.stages[-1]
    x, y, width = first.rect.x, first.rect.y, last.rect.right - first.rect.x
    has_icon = bool(stage.icon)
    text_x = x + 12 + (24 + 8 if has_icon else 0)
    text_width = width - (text_x - x) - 12
    name = text_block(stage.name, m.stage_name, text_x, y + 12, text_width, m.stage_name_lines)
    goal = text_block(stage.customer_goal, m.stage_goal, text_x, name.rect.bottom + 2, text_width, 1)
    column = StageColumn(stage.id, first.index, Rect(x, y, width, first.rect.height),
                         Rect(x, y, width, first.header_rect.height), name, goal, stage.icon, first.icon_rect,
                         stage.colour)
    cards = tuple(replace(box, stage_id=stage.id) for box in layout.cards)
    curves = tuple(replace(curve, points=tuple(replace(point, stage_id=stage.id) for point in curve.points))
                   for curve in layout.curves)
    shift = x + width / 2 - first.rect.center.x  # the stage's funnel figures, centred under all its columns
    cells = tuple(replace(cell, stage_id=stage.id, rect=replace(cell.rect, x=cell.rect.x + shift),
                          value=replace(cell.value, rect=replace(cell.value.rect, x=cell.value.rect.x + shift)),
                          caption=replace(cell.caption, rect=replace(cell.caption.rect, x=cell.caption.rect.x + shift)))
                  for cell in layout.metric_cells)
    return replace(layout, stages=(column,), cards=cards, curves=curves, metric_cells=cells,
                   card_index={box.card_id: box for box in cards})


def _side_by_side_stage(
    journey_map: JourneyMap, stage_id: str, personas: Sequence[Persona], language: str, marks: Marks,
    metrics: LayoutMetrics, title: str, scale: float, room: float, width: float,
) -> list[Slide]:
    body_width = (width - 2 * SLIDE_MARGIN) / scale - metrics.lane_title_width
    layout = side_by_side_layout(journey_map, stage_id, personas, language, marks, metrics, body_width)
    return _cut(layout, title, language, scale, room, width, metrics)


def _says_something(layout: MapLayout, slide: Slide) -> bool:
    """Whether a slide shows a card, the emotion curve or funnel figures (not only empty cells of its lanes)."""
    if slide.card_ids:
        return True
    kinds = {row.kind for row in layout.lanes if row.lane_id in slide.lane_ids}
    has_figures = any(cell.stage_id in slide.stage_ids for cell in layout.metric_cells)
    return LaneKind.EMOTIONS in kinds and bool(layout.curves) or LaneKind.METRICS in kinds and has_figures


def _renumbered(slides: list[Slide]) -> list[Slide]:
    return [replace(slide, number=number) for number, slide in enumerate(slides, start=1)]


def _stage_groups(layout: MapLayout, body_width: float) -> list[tuple[int, int]]:
    """Runs of neighbouring stages a slide holds, as even as they can be: 4 stages of which 3 fit make 2 + 2,
    not 3 + 1 (the lone stage would take as many slides as the three, each two-thirds empty)."""
    greedy = list(_greedy_groups(layout, body_width))
    count, total = len(greedy), len(layout.stages)
    even, start = [], 0
    for index in range(count):
        size = total // count + (1 if index < total % count else 0)
        even.append((start, start + size - 1))
        start += size
    fits = all(layout.stages[last].rect.right - layout.stages[first].rect.x <= body_width + 0.5
               for first, last in even if last > first)
    return even if fits else greedy


def _greedy_groups(layout: MapLayout, body_width: float) -> Iterator[tuple[int, int]]:
    """Runs of neighbouring stages as wide as a slide holds (a stage wider than that stands alone)."""
    first = 0
    while first < len(layout.stages):
        last = first
        while (last + 1 < len(layout.stages)
               and layout.stages[last + 1].rect.right - layout.stages[first].rect.x <= body_width + 0.5):
            last += 1
        yield first, last
        first = last + 1


def _clean_pieces(
    layout: MapLayout, first: int, last: int, body_height: float,
) -> list[tuple[int, int, list[tuple[float, float]]]]:
    """The stage group ``first``…``last`` with its bands; when its columns' cards stagger so that no cut runs
    clean across all of them, the group is split into smaller runs of stages (one stage always cuts clean)."""
    for size in range(last - first + 1, 0, -1):
        pieces = []
        clean = True
        for start in range(first, last + 1, size):
            end = min(start + size - 1, last)
            bands, ok = _bands(layout, layout.stages[start].rect.x, layout.stages[end].rect.right, body_height)
            pieces.append((start, end, bands))
            clean = clean and ok
        if clean or size == 1:
            return pieces
    return []


def _bands(layout: MapLayout, x0: float, x1: float, body_height: float) -> tuple[list[tuple[float, float]], bool]:
    """Vertical stretches of the lanes that fit a slide (cut between lanes, or between cards inside a lane),
    and whether every cut was clean: no card cut, no slide left with under 40 % of its height."""
    top, bottom = layout.lanes[0].rect.y, layout.lanes[-1].rect.bottom
    lane_cuts = [row.rect.bottom for row in layout.lanes]
    cards = [box.rect for box in layout.cards if box.rect.x < x1 and box.rect.right > x0]
    bands: list[tuple[float, float]] = []
    clean = True
    start = top
    while bottom - start > 0.5:
        reach = start + body_height
        if reach >= bottom - 0.5:
            bands.append((start, bottom))
            break
        fitting = [y for y in lane_cuts if start + 0.5 < y <= reach]
        if fitting:
            end = fitting[-1]
        else:  # one lane taller than a slide: cut in the lowest gap between cards
            end = _card_gap(cards, start, reach)
            crossed = any(rect.y < end < rect.bottom for rect in cards)
            clean = clean and not crossed and end - start >= 0.4 * body_height
        bands.append((start, end))
        start = end
    return _evened(layout, bands, body_height), clean


def _evened(layout: MapLayout, bands: list[tuple[float, float]], body_height: float) -> list[tuple[float, float]]:
    """``bands`` (filled top-down) with each run of them cut between lanes shared out evenly (:func:`_balanced`);
    a cut between the cards of a lane taller than a slide stays where it is."""
    edges = [y for row in layout.lanes for y in (row.rect.y, row.rect.bottom)]

    def between_lanes(band: tuple[float, float]) -> bool:
        return all(any(abs(y - edge) < 0.5 for edge in edges) for y in band)

    evened: list[tuple[float, float]] = []
    run: list[tuple[float, float]] = []  # neighbouring bands cut between lanes (bands follow one another)
    for band in [*bands, (float("nan"), float("nan"))]:  # a last band that is no band ends the last run
        if between_lanes(band):
            run.append(band)
            continue
        evened += (_balanced(layout, run[0][0], run[-1][1], len(run), body_height) or run) if len(run) > 1 else run
        run = []
        if band[0] == band[0]:  # not the last, made-up band (nan is not itself)
            evened.append(band)
    return evened


MOST_LANES_BALANCED = 14
"""Lanes up to which every way of cutting them into a group's slides is tried (at most 1,716 ways)."""


def _balanced(
    layout: MapLayout, top: float, bottom: float, count: int, body_height: float,
) -> list[tuple[float, float]] | None:
    """The lanes from ``top`` to ``bottom`` cut between lanes into ``count`` slides as even as they can be: of
    the cuts where every slide fits, the one whose slides' heights, tallest first, are least (so no lane is left
    alone on a slide when it could share the one before, and no neighbouring slides could trade a lane to be
    more even). None when no such cut exists or there are too many lanes to try them all."""
    rows = [row for row in layout.lanes if row.rect.y >= top - 0.5 and row.rect.bottom <= bottom + 0.5]
    if len(rows) > MOST_LANES_BALANCED or len(rows) < count:
        return None
    best: tuple[tuple[float, ...], list[tuple[float, float]]] | None = None
    for cuts in combinations(range(1, len(rows)), count - 1):
        edges = (0, *cuts, len(rows))
        bands = [(rows[a].rect.y, rows[b - 1].rect.bottom) for a, b in zip(edges, edges[1:], strict=False)]
        heights = tuple(sorted((y1 - y0 for y0, y1 in bands), reverse=True))
        if heights[0] <= body_height + 0.5 and (best is None or heights < best[0]):
            best = heights, bands
    return None if best is None else best[1]


def _card_gap(cards: Sequence[Rect], start: float, reach: float) -> float:
    """The lowest slide edge in (start, reach] that no card crosses; ``reach`` itself when no gap is there
    (a single card taller than a slide, which no card is at the layout's line limits)."""
    candidates = {reach} | {rect.y - 2 for rect in cards} | {rect.bottom + 2 for rect in cards}
    for y in sorted((y for y in candidates if start + 0.5 < y <= reach), reverse=True):
        if not any(rect.y < y < rect.bottom for rect in cards):
            return y
    return reach


def _slide(
    layout: MapLayout, number: int, title: str, language: str, scale: float, stages: tuple[int, int],
    band: tuple[float, float], title_width: float, header_top: float, header_height: float, width: float,
) -> Slide:
    first, last = stages
    x0, x1 = layout.stages[first].rect.x, layout.stages[last].rect.right
    y0, y1 = band
    title_x = layout.lanes[0].title_rect.x
    shown_width = (title_width + x1 - x0) * scale
    left = max(SLIDE_MARGIN, (width - shown_width) / 2)
    top = TITLE_BAND
    cells_left, cells_top = left + title_width * scale, top + header_height * scale

    def part(source: Rect, x: float, y: float, kind: str) -> SlidePart:
        return SlidePart(source, Rect(x, y, source.width * scale, source.height * scale), kind)

    # One title part per lane: a lane continued from the slide before shows its title again at the top.
    titles = tuple(
        part(Rect(title_x, row.rect.y, title_width, min(row.rect.bottom, y1) - max(row.rect.y, y0)),
             left, cells_top + (max(row.rect.y, y0) - y0) * scale, "lanes")
        for row in layout.lanes if row.rect.bottom > y0 + 0.5 and row.rect.y < y1 - 0.5
    )
    parts = (
        part(Rect(x0, header_top, x1 - x0, header_height), cells_left, top, "stages"),
        *titles,
        part(Rect(x0, y0, x1 - x0, y1 - y0), cells_left, cells_top, "cells"),
    )
    stage_ids = tuple(column.stage_id for column in layout.stages[first:last + 1])
    lane_ids = tuple(row.lane_id for row in layout.lanes if row.rect.bottom > y0 + 0.5 and row.rect.y < y1 - 0.5)
    card_ids = tuple(box.card_id for box in layout.cards
                     if x0 <= box.rect.x < x1 and y0 - 0.5 <= box.rect.y and box.rect.y < y1)
    heading = slide_heading(title, width)
    empty = text_block("", LOCATOR_STYLE, 0, 0, 1, 1)
    return Slide(number, heading, empty, parts, scale, stage_ids, lane_ids, card_ids)


def slide_heading(title: str, width: float = SLIDE_WIDTH) -> TextBlock:
    """The title every slide carries (and the one page the slide PDF of a map with nothing to show holds)."""
    return text_block(title, TITLE_STYLE, SLIDE_MARGIN, 20, width * 0.62, 1)


def locator_text(language: str, stages: tuple[int, int, int], lanes: tuple[int, int, int] | None,
                 slide: tuple[int, int]) -> str:
    """"Stages 1–3 of 7 · lanes 4–6 of 9 · slide 2/6" (numbers from 1)."""
    a, b, n = stages
    parts = [word("locator_stage" if a == b else "locator_stages", language, a=a, b=b, n=n)]
    if lanes is not None:
        a, b, n = lanes
        parts.append(word("locator_lane" if a == b else "locator_lanes", language, a=a, b=b, n=n))
    parts.append(word("locator_slide", language, i=slide[0], t=slide[1]))
    return " · ".join(parts)


def _locate(
    slide: Slide, layout: MapLayout, language: str, total: int, width: float, style: TextStyle,
) -> Slide:
    stage_index = {column.stage_id: column.index for column in layout.stages}
    lane_index = {row.lane_id: i for i, row in enumerate(layout.lanes)}
    first, last = stage_index[slide.stage_ids[0]] + 1, stage_index[slide.stage_ids[-1]] + 1
    lanes = None
    if slide.lane_ids and len(slide.lane_ids) < len(layout.lanes):
        lanes = (lane_index[slide.lane_ids[0]] + 1, lane_index[slide.lane_ids[-1]] + 1, len(layout.lanes))
    text = locator_text(language, (first, last, len(layout.stages)), lanes, (slide.number, total))
    box_width = width * 0.36 - SLIDE_MARGIN
    locator = text_block(text, style, width - SLIDE_MARGIN - box_width, 28, box_width, 2,
                         Align.RIGHT)
    return replace(slide, locator=locator)


def summary_metrics(metrics: LayoutMetrics = DEFAULT_METRICS) -> LayoutMetrics:
    """Map metrics for the one-slide summary: titles only, in type a room reads once the map fits one slide."""
    from dataclasses import replace

    bold, regular = FontFace.BOLD, FontFace.REGULAR
    return replace(
        metrics,
        card_title=TextStyle(bold, 26, 32), card_title_lines=3, card_body_lines=0,
        stage_name=TextStyle(bold, 24, 30), stage_goal=TextStyle(regular, 22, 28), stage_header_height=110.0,
        lane_title=TextStyle(bold, 24, 30), point_label=TextStyle(regular, 22, 28),
        scale_label=TextStyle(regular, 22, 28), connector_label=TextStyle(FontFace.ITALIC, 22, 28),
        metric=TextStyle(bold, 24, 30), metric_caption=TextStyle(regular, 22, 28),
        blueprint_label=TextStyle(bold, 22, 28), card_footer=TextStyle(regular, 22, 28), card_footer_height=0.0,
        lane_title_width=240.0,
    )


def compose_summary(
    layout: MapLayout, title: str, language: str = "fr", size: tuple[float, float] = (SLIDE_WIDTH, SLIDE_HEIGHT),
) -> SlideDeck:
    """The whole grid of a summary layout (see :func:`summary_metrics`) fitted on one slide, centred."""
    width, height = size
    if not layout.stages or not layout.lanes:
        return SlideDeck(width, height, (), MIN_SLIDE_TEXT)
    grid = layout.grid_rect
    source = Rect(grid.x, grid.y, grid.width, grid.height)
    # A small map is enlarged to fill the slide (at most 1.5×: past that, cards look like posters).
    scale = min(1.5, (width - 2 * SLIDE_MARGIN) / source.width, (height - TITLE_BAND - BOTTOM_MARGIN) / source.height)
    spare = height - TITLE_BAND - BOTTOM_MARGIN - source.height * scale  # centred in the room under the title
    target = Rect((width - source.width * scale) / 2, TITLE_BAND + max(0.0, spare) / 2, source.width * scale,
                  source.height * scale)
    heading = text_block(title, TITLE_STYLE, SLIDE_MARGIN, 20, width * 0.62, 1)
    text = locator_text(language, (1, len(layout.stages), len(layout.stages)), None, (1, 1)).rsplit(" · ", 1)[0]
    box_width = width * 0.36 - SLIDE_MARGIN
    locator = text_block(text, LOCATOR_STYLE, width - SLIDE_MARGIN - box_width, 28, box_width, 2, Align.RIGHT)
    slide = Slide(1, heading, locator, (SlidePart(source, target, "cells"),), scale,
                  tuple(c.stage_id for c in layout.stages), tuple(r.lane_id for r in layout.lanes),
                  tuple(box.card_id for box in layout.cards))
    return SlideDeck(width, height, (slide,), MIN_SLIDE_TEXT)
