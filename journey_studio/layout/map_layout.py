"""Where everything on a journey map sits, computed once from the model.

The canvas, the PNG/SVG export and the PDF all draw from a :class:`MapLayout`,
so an export looks like the screen. Pure functions and frozen values: no Qt.
"""

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from itertools import chain, repeat
from operator import attrgetter, itemgetter
from threading import get_ident
from typing import TYPE_CHECKING, Any

from ..model import Card, Channel, EmotionScale, EvidenceSource, JourneyMap, LaneKind, Persona, emotion
from ..words import label_value
from . import cell_index, cell_memo, collector, labels
from .blocks import Align, TextBlock, block_at, text_block, unplaced_block
from .blueprint import BlueprintLine, blueprint_lines, lines_below
from .cell_memo import SizedCard
from .connectors import ConnectorPath, arc_gutter_lanes, gutter_height, route_connectors
from .curves import EmotionCurve, layout_emotion_curves, score_to_y
from .emotion_scale import EmotionTick, layout_ticks, scale_width
from .geometry import CubicSegment, Point, Rect
from .legend import Legend, layout_legend, legend_items
from .metrics import DEFAULT_METRICS, LayoutMetrics
from .picture import CARD_FACE_SPACE
from .text import text_width as measure

_ORDER = attrgetter("order")
_CELL = attrgetter("stage_id", "lane_id")
_TEXTS = attrgetter("title", "body", "critical")
_EMOTION = attrgetter("emotion")
_HEIGHT = itemgetter(2)
_CORNER = attrgetter("corner")
_BOXES = attrgetter("boxes")
_CARD_ID = attrgetter("card_id")


@dataclass(frozen=True, slots=True)
class HeaderLayout:
    rect: Rect
    title: TextBlock
    subtitle: TextBlock
    scenario: TextBlock


@dataclass(frozen=True, slots=True)
class StageColumn:
    stage_id: str
    index: int
    rect: Rect
    """The whole column, from the stage header to the bottom of the last lane."""
    header_rect: Rect
    name: TextBlock
    goal: TextBlock
    icon: str
    icon_rect: Rect | None
    colour: str


@dataclass(frozen=True, slots=True)
class LaneRow:
    lane_id: str
    index: int
    kind: LaneKind
    rect: Rect
    """The whole row, from the lane title column to the last stage's right edge."""
    title_rect: Rect
    title: TextBlock


@dataclass(frozen=True, slots=True)
class CardBox:
    card_id: str
    stage_id: str
    lane_id: str
    rect: Rect
    title: TextBlock
    body: TextBlock
    footer_rect: Rect
    channel: Channel | None
    channel_label: TextBlock
    online: bool | None
    online_label: str
    critical: bool
    colour: str | None
    evidence: EvidenceSource | None
    """Where the card's claim comes from; None when a view hides its badge (``layout.views``)."""
    mood: float | None = None
    """The card's own emotion on the map's scale as −1 … +1 (a small face in its footer); None if it has none."""
    face: object = field(default_factory=object, init=False, compare=False, repr=False)
    """What the card shows relative to its cell's top (a ``CardFace`` from ``_at``): two boxes with the same face
    differ only by where their cell sits, so the canvas moves a card whose lane moved without comparing its
    picture. Not a value of the box: one made otherwise (``dataclasses.replace`` included) has a face of its own."""
    face_y: float = field(default=0.0, init=False, compare=False, repr=False)
    """The top of the face's cell."""

    if not TYPE_CHECKING:  # mypy would take any attribute of a box: it reads the fields above

        def __getattr__(self, name: str) -> object:
            """A box made by ``_at`` holds its id, cell, rect and face (what a drag or a hint scans every card for);
            its other fields are made from the face the first time one is read (a lane growing at the top of a large
            map moves thousands of boxes that the screen never draws again: they are repainted from their cached
            pictures)."""
            if name not in _LAZY_FIELDS:
                raise AttributeError(name)
            _fill(self)
            return object.__getattribute__(self, name)

    @property
    def elided(self) -> bool:
        return self.title.elided or self.body.elided

    @property
    def tooltip(self) -> str:
        parts = [self.title.full_text]
        if self.body.full_text.strip():
            parts.append(self.body.full_text)
        return "\n\n".join(parts)


@dataclass(frozen=True, slots=True)
class MetricCell:
    stage_id: str
    rect: Rect
    value: TextBlock
    caption: TextBlock


@dataclass(frozen=True)
class MapLayout:
    bounds: Rect
    header: HeaderLayout
    grid_rect: Rect
    """Stage headers plus lanes: the area the swimlanes occupy."""
    stages: tuple[StageColumn, ...]
    lanes: tuple[LaneRow, ...]
    cards: tuple[CardBox, ...]
    curves: tuple[EmotionCurve, ...]
    emotion_lane: Rect | None
    zero_y: float | None
    metric_cells: tuple[MetricCell, ...]
    connectors: tuple[ConnectorPath, ...]
    emotion_range: tuple[float, float] = (-2.0, 2.0)
    """The map's emotion scale (minimum, maximum), for turning a drag into a score."""
    emotion_ticks: tuple[EmotionTick, ...] = ()
    """The scale beside the emotion lane."""
    blueprint_lines: tuple[BlueprintLine, ...] = ()
    legend: Legend | None = None
    """What the map's marks mean, under the grid."""
    card_index: dict[str, CardBox] = field(default_factory=dict, repr=False)

    def stage_at(self, x: float) -> StageColumn | None:
        return next((s for s in self.stages if s.rect.x <= x < s.rect.right), None)

    def lane_at(self, y: float) -> LaneRow | None:
        return next((lane for lane in self.lanes if lane.rect.y <= y < lane.rect.bottom), None)

    def card(self, card_id: str) -> CardBox | None:
        return self.card_index.get(card_id)

    def cell_rect(self, stage_id: str, lane_id: str) -> Rect | None:
        column = next((s for s in self.stages if s.stage_id == stage_id), None)
        row = next((lane for lane in self.lanes if lane.lane_id == lane_id), None)
        if column is None or row is None:
            return None
        return Rect(column.rect.x, row.rect.y, column.rect.width, row.rect.height)


CardFace = tuple[Any, ...]
"""One card placed in its cell, every y relative to the cell's top: the arguments of ``_at`` but the cell's y."""


@dataclass(slots=True, eq=False)
class _CellPiece:
    """What one cell's last layout made: its sized cards and the height it needs, then its cards' faces (placed
    relative to the cell's top), its boxes and corner. A cell whose lane only moved keeps its faces."""

    sized: tuple[SizedCard, ...]
    need: float
    faces: tuple[CardFace, ...] | None = None
    boxes: tuple["CardBox", ...] | None = None
    corner: tuple[float, float] = (0.0, 0.0)


class _EndpointCells:
    """Card id → its (stage, lane), read from a map's grouping: the arrows ask for their few cards only."""

    __slots__ = ("_grouping",)

    def __init__(self, grouping: cell_index.MapCells):
        self._grouping = grouping

    def get(self, card_id: str) -> tuple[str, str] | None:
        return self._grouping.cell_of(card_id)


def compute_layout(
    journey_map: JourneyMap,
    personas: Sequence[Persona] = (),
    language: str = "fr",
    metrics: LayoutMetrics = DEFAULT_METRICS,
) -> MapLayout:
    """The geometry of ``journey_map``; ``personas`` are the workspace's (for names and curves)."""
    with collector.paused():  # a large layout makes many objects and no cycle: no collection walks them meanwhile
        return _compute_layout(journey_map, personas, language, metrics)


def _compute_layout(
    journey_map: JourneyMap, personas: Sequence[Persona], language: str, metrics: LayoutMetrics
) -> MapLayout:
    m = metrics
    x0 = m.margin
    grid_x = x0 + m.lane_title_width
    grid_width = sum(stage.width for stage in journey_map.stages)
    content_width = max(m.lane_title_width + grid_width, 640.0)

    header = _layout_header(journey_map, personas, language, x0, m.margin, content_width, m)
    stage_y = header.rect.bottom + m.header_gap
    lanes_y = stage_y + m.stage_header_height + m.stage_header_gap

    # Card content first: it decides each lane's height.
    visible_lanes = [lane for lane in journey_map.lanes if lane.visible]
    stage_x: dict[str, float] = {}
    x = grid_x
    for stage in journey_map.stages:
        stage_x[stage.id] = x
        x += stage.width
    stage_width = {stage.id: stage.width for stage in journey_map.stages}

    # Each cell's cards by (order, position in the file), kept from this map's last layout: an edit regroups
    # only the cells whose cards' values changed (``cell_index``), and when the columns, the arrows' bands and
    # the scale stayed, only those cells are typeset and placed again: the others keep what they had.
    token = cell_memo.metrics_token(m)
    # Kept per thread too: a layout computed on another thread never shares a grouping being updated here.
    grouping = cell_index.group((journey_map.id, token, language, get_ident()), journey_map.cards)
    gutters = arc_gutter_lanes(journey_map, _EndpointCells(grouping))
    scale = journey_map.emotion_scale
    frame = (
        tuple(stage_x.items()), tuple(stage_width.values()), tuple((k, tuple(v)) for k, v in gutters.items()),
        (scale.minimum, scale.maximum),
    )
    redo = grouping.dirty if grouping.frame == frame else None
    grouping.frame = frame
    lane_needs = _size_cells(grouping, redo, stage_width, gutters, token, m)

    lanes: list[LaneRow] = []
    curve_top: dict[str, float] = {}
    blueprint_rows = lines_below([lane.kind for lane in visible_lanes])
    y = lanes_y
    for index, lane in enumerate(visible_lanes):
        needs = lane_needs.get(lane.id, 0.0)
        height = max(lane.height, needs)
        # Cards in the emotion or metrics lane keep the top; the curve or the figures get the rest.
        if lane.kind is LaneKind.EMOTIONS:
            height = max(height, needs + m.emotion_lane_min_height)
            curve_top[lane.id] = needs
        if lane.kind is LaneKind.METRICS:
            height = max(height, needs + m.metrics_lane_min_height)
        title_width = m.lane_title_width - 24
        if lane.kind is LaneKind.EMOTIONS:  # the scale's tick labels take the cell's right edge
            title_width -= scale_width(journey_map.emotion_scale.minimum, journey_map.emotion_scale.maximum, m)
        title = text_block(lane.title, m.lane_title, x0 + 12, y + 12, title_width, 3)
        # A short lane grows to hold its title (and the name of a blueprint line drawn under it).
        line_name = m.blueprint_label.line_height + 4 if index in blueprint_rows else 0.0
        height = max(height, 12 + title.rect.height + 8 + line_name)
        rect = Rect(x0, y, m.lane_title_width + grid_width, height)
        title_rect = Rect(x0, y, m.lane_title_width, height)
        lanes.append(LaneRow(lane.id, index, lane.kind, rect, title_rect, title))
        y += height
    grid_bottom = y
    lane_rect = {row.lane_id: row.rect for row in lanes}

    # A stage's header is typeset once for its texts and place: an edit in a cell keeps every header.
    stages = [
        cell_memo.header(
            ("stage", stage.id, index, stage.name, stage.customer_goal, stage.icon, stage.colour, stage.width,
             stage_x[stage.id], stage_y, grid_bottom, token),
            partial(_stage_column, stage.id, index, stage.name, stage.customer_goal, stage.icon, stage.colour,
                    stage.width, stage_x[stage.id], stage_y, grid_bottom, m),
        )
        for index, stage in enumerate(journey_map.stages)
    ]

    cards = _place_cells(grouping, redo, stage_x, stage_width, lane_rect, gutters, language, token, m, scale)
    card_index = dict(zip(map(_CARD_ID, cards), cards, strict=True))

    emotion_row = next((row for row in lanes if row.kind is LaneKind.EMOTIONS), None)
    emotion_rect = None
    if emotion_row is not None:
        top = curve_top.get(emotion_row.lane_id, 0.0)
        emotion_rect = Rect(grid_x, emotion_row.rect.y + top, grid_width, emotion_row.rect.height - top)
    points = journey_map.emotion_points
    # The curves are laid out in their lane as if it were at the top of the page, then set at the lane's height:
    # a lane growing above the emotion lane moves the curves without placing their labels again.
    lane_top = 0.0 if emotion_rect is None else emotion_rect.y
    curve_area = None if emotion_rect is None else Rect(emotion_rect.x, 0.0, emotion_rect.width, emotion_rect.height)
    curves_key = (
        "curves", (scale.minimum, scale.maximum), curve_area, token,
        tuple((p.id, p.stage_id, p.card_id, p.score, p.label, p.persona_id, p.evidence.source) for p in points),
        tuple((column.stage_id, column.index, column.rect.x, column.rect.width) for column in stages),
        tuple((p.card_id, card_index[p.card_id].rect.center.x if p.card_id in card_index else None)
              for p in points if p.card_id is not None),
        tuple((persona.id, persona.name) for persona in personas),
    )
    curves_in_lane, zero_in_lane = cell_memo.curves(
        curves_key, lambda: layout_emotion_curves(journey_map, curve_area, stages, card_index, personas, m)
    )
    curves, zero_y = cell_memo.curves(
        ("curves at", curves_key, lane_top),
        lambda: (_curves_at(curves_in_lane, lane_top), None if zero_in_lane is None else lane_top + zero_in_lane),
    )
    metric_cells = _layout_metrics(journey_map, lanes, stages, language, m)
    lane_row_index = {row.lane_id: row.index for row in lanes}
    arc_top = {
        connector_id: (lane_rect[lane_id].y + m.connector_label.line_height + 3 + level * m.connector_level_step,
                       lane_row_index[lane_id])
        for lane_id, connector_ids in gutters.items()
        if lane_id in lane_rect
        for level, connector_id in enumerate(connector_ids)
    }
    # The arrows are routed again only when they, their cards' boxes, their bands or the columns changed.
    ends = [card_index.get(end) for c in journey_map.connectors for end in (c.from_card, c.to_card)]
    arrows_key = (
        tuple((c.id, c.kind, c.label, c.from_card, c.to_card) for c in journey_map.connectors), ends,
        arc_top, [(column.stage_id, column.rect) for column in stages], token,
    )
    if grouping.arrows is not None and grouping.arrows[0] == arrows_key:
        connectors = grouping.arrows[1]
    else:
        connectors = route_connectors(journey_map, card_index, arc_top, m, stages)
        grouping.arrows = (arrows_key, connectors)
    ticks: tuple[EmotionTick, ...] = ()
    if emotion_row is not None and emotion_rect is not None and stages:
        lo, hi = float(journey_map.emotion_scale.minimum), float(journey_map.emotion_scale.maximum)
        ticks = layout_ticks(lo, hi, emotion_row.title_rect, lambda v: score_to_y(v, emotion_rect, lo, hi, m), m)
    lines = blueprint_lines(lanes, language, m)
    items = legend_items(journey_map, [c.persona_name for c in curves], grouping.marked(journey_map.cards))
    legend = cell_memo.header(
        ("legend", tuple(items), x0, grid_bottom + m.legend_gap, content_width, language, token),
        partial(layout_legend, items, x0, grid_bottom + m.legend_gap, content_width, language, m),
    )

    bottom = (legend.rect.bottom if legend is not None else grid_bottom) + m.margin
    right = x0 + content_width + m.margin
    grid_rect = Rect(x0, stage_y, m.lane_title_width + grid_width, grid_bottom - stage_y)
    return MapLayout(
        bounds=Rect(0, 0, right, bottom),
        header=header,
        grid_rect=grid_rect,
        stages=tuple(stages),
        lanes=tuple(lanes),
        cards=tuple(cards),
        curves=curves,
        emotion_lane=emotion_rect,
        zero_y=zero_y,
        metric_cells=metric_cells,
        connectors=connectors,
        emotion_range=(float(journey_map.emotion_scale.minimum), float(journey_map.emotion_scale.maximum)),
        emotion_ticks=ticks,
        blueprint_lines=lines,
        legend=legend,
        card_index=card_index,
    )


def _size_cells(
    grouping: cell_index.MapCells, redo: set[tuple[str, str]] | None, stage_width: dict[str, float],
    gutters: dict[str, list[str]], token: int, m: LayoutMetrics,
) -> dict[str, float]:
    """Each lane's height for its cards: the cells in ``redo`` (all when None) typeset again, the others kept."""
    pieces: dict[tuple[str, str], _CellPiece] = grouping.pieces  # type: ignore[assignment]
    by_cell = grouping.cards
    if redo is None:
        pieces.clear()
    cells = by_cell.keys() if redo is None else redo
    for cell in cells:
        stage_id, lane_id = cell
        cell_cards = by_cell.get(cell)
        if cell_cards is None or stage_id not in stage_width:
            pieces.pop(cell, None)
            continue
        # Each cell is typeset once for its texts and width: an edit elsewhere reuses it.
        inner_width = stage_width[stage_id] - 2 * m.column_padding - 2 * m.card_padding
        texts = tuple(map(_TEXTS, cell_cards))
        sized = cell_memo.sized_cell(("size", texts, inner_width, token), partial(_size_cards, texts, inner_width, m))
        total = m.cell_padding + gutter_height(len(gutters.get(lane_id, ())), m)
        total += sum(map(_HEIGHT, sized)) + m.card_gap * len(sized)
        pieces[cell] = _CellPiece(sized, total - m.card_gap + m.cell_padding)
    lane_cells = grouping.lane_cells
    if redo is None:
        lane_cells.clear()
        for cell in pieces:
            lane_cells.setdefault(cell[1], set()).add(cell)
        lanes = set(lane_cells)
        grouping.lane_needs.clear()
    else:
        for cell in redo:
            if cell in pieces:
                lane_cells.setdefault(cell[1], set()).add(cell)
            elif cell[1] in lane_cells:
                lane_cells[cell[1]].discard(cell)
        lanes = {cell[1] for cell in redo}
    needs = grouping.lane_needs
    for lane_id in lanes:
        lane = lane_cells.get(lane_id)
        if lane:
            needs[lane_id] = max(pieces[cell].need for cell in lane)
        else:
            needs.pop(lane_id, None)
            lane_cells.pop(lane_id, None)
    return dict(needs)


def _place_cells(
    grouping: cell_index.MapCells, redo: set[tuple[str, str]] | None, stage_x: dict[str, float],
    stage_width: dict[str, float], lane_rect: dict[str, Rect], gutters: dict[str, list[str]], language: str,
    token: int, m: LayoutMetrics, scale: EmotionScale,
) -> list["CardBox"]:
    """Every card's box, ordered by (x, y): the cells in ``redo`` (all when None) placed again, those of a lane
    that moved only set at their new height (their faces kept), the others kept as they were."""
    pieces: dict[tuple[str, str], _CellPiece] = grouping.pieces  # type: ignore[assignment]
    lane_y = {lane_id: rect.y for lane_id, rect in lane_rect.items()}
    if redo is None:
        cells: Iterable[tuple[str, str]] = pieces
    else:
        moved = {lane_id for lane_id in lane_y.keys() | grouping.lane_y.keys()
                 if lane_y.get(lane_id) != grouping.lane_y.get(lane_id)}
        cells = {cell for cell in redo if cell in pieces}
        cells.update(*(grouping.lane_cells.get(lane_id, ()) for lane_id in moved))
    grouping.lane_y = lane_y
    by_cell = grouping.cards
    for cell in cells:
        stage_id, lane_id = cell
        piece = pieces[cell]
        if lane_id not in lane_rect:
            piece.boxes = None  # a hidden lane
            continue
        cx = stage_x[stage_id] + m.column_padding
        cy = lane_rect[lane_id].y + m.cell_padding + gutter_height(len(gutters.get(lane_id, ())), m)
        faces = piece.faces
        if faces is None:  # the cell's cards changed (or a first layout): place them in the cell
            cell_cards = by_cell[cell]
            width = stage_width[stage_id] - 2 * m.column_padding
            emotions = tuple(map(_EMOTION, cell_cards))
            moods = emotions if emotions.count(None) == len(emotions) else tuple(
                None if score is None else emotion.mood(scale, score) for score in emotions
            )
            faces = piece.faces = cell_memo.placed(
                ("faces", grouping.values[cell], moods, cx, width, language, token),
                partial(_card_faces, cell_cards, piece.sized, moods, cx, width, language, m),
            )
        # A fresh layout and a moved lane set the same faces at the cell's y with the same arithmetic (``_at``):
        # the boxes are equal to the last bit.
        piece.boxes = tuple(map(_at, faces, repeat(cy)))
        piece.corner = (cx, cy)
    # Cells of one column never overlap and a cell's cards run downwards: sorting the cells by their
    # corner orders the cards as sorting every card by (x, y) would.
    shown = sorted((piece for piece in pieces.values() if piece.boxes is not None), key=_CORNER)
    return list(chain.from_iterable(map(_BOXES, shown)))


def first_columns(journey_map: JourneyMap, width: float, metrics: LayoutMetrics = DEFAULT_METRICS) -> JourneyMap | None:
    """``journey_map`` cut to its first stages, up to ``width`` from the map's left edge, with their cards, points
    and the arrows between them: what a window opening on a large map draws first. None when every stage fits."""
    x = metrics.margin + metrics.lane_title_width
    kept = []
    for stage in journey_map.stages:
        if x > width:
            break
        kept.append(stage)
        x += stage.width
    if len(kept) == len(journey_map.stages):
        return None
    stage_ids = {stage.id for stage in kept}
    cards = [card for card in journey_map.cards if card.stage_id in stage_ids]
    card_ids = {card.id for card in cards}
    return journey_map.model_copy(update={
        "stages": kept, "cards": cards,
        "emotion_points": [p for p in journey_map.emotion_points if p.stage_id in stage_ids],
        "connectors": [c for c in journey_map.connectors if c.from_card in card_ids and c.to_card in card_ids],
    })


def typeset_in_steps(
    journey_map: JourneyMap, metrics: LayoutMetrics = DEFAULT_METRICS, cells_per_step: int = 20,
) -> Iterator[None]:
    """Typeset the map's cells a few at a time, yielding between them: the memo keeps them, so a window can spread a
    large map's typesetting over idle moments and :func:`compute_layout` then finds every cell done."""
    m = metrics
    token = cell_memo.metrics_token(m)
    width = {stage.id: stage.width for stage in journey_map.stages}
    by_cell: dict[tuple[str, str], list[Card]] = {}
    for card in sorted(journey_map.cards, key=_ORDER):  # stable: (order, position), as compute_layout groups
        by_cell.setdefault((card.stage_id, card.lane_id), []).append(card)
    for count, ((stage_id, _lane_id), cards) in enumerate(by_cell.items(), 1):
        if stage_id not in width:
            continue
        inner_width = width[stage_id] - 2 * m.column_padding - 2 * m.card_padding
        texts = tuple(map(_TEXTS, cards))
        cell_memo.sized_cell(("size", texts, inner_width, token), partial(_size_cards, texts, inner_width, m))
        if count % cells_per_step == 0:
            yield


def _stage_column(
    stage_id: str, index: int, stage_name: str, customer_goal: str, icon: str, colour: str, stage_width: float,
    sx: float, stage_y: float, grid_bottom: float, m: LayoutMetrics,
) -> StageColumn:
    header_rect = Rect(sx, stage_y, stage_width, m.stage_header_height)
    icon_size = 24.0
    has_icon = bool(icon)
    text_x = sx + 12 + (icon_size + 8 if has_icon else 0)
    text_width = stage_width - (text_x - sx) - 12
    name = text_block(stage_name, m.stage_name, text_x, stage_y + 12, text_width, m.stage_name_lines)
    # The goal takes the lines the name leaves in the header.
    goal_lines = int((m.stage_header_height - 12 - 2 - name.rect.height - 2) // m.stage_goal.line_height)
    goal = text_block(customer_goal, m.stage_goal, text_x, name.rect.bottom + 2, text_width,
                      max(min(goal_lines, 2), 0))
    icon_y = stage_y + 12 + (m.stage_name.line_height - icon_size) / 2
    icon_rect = Rect(sx + 12, icon_y, icon_size, icon_size) if has_icon else None
    column = Rect(sx, stage_y, stage_width, grid_bottom - stage_y)
    return StageColumn(stage_id, index, column, header_rect, name, goal, icon, icon_rect, colour)


def _size_cards(
    texts: tuple[tuple[str, str, bool], ...], inner_width: float, m: LayoutMetrics
) -> tuple[SizedCard, ...]:
    """Each card's wrapped title and body and its height, for a cell ``inner_width`` wide."""
    sized = []
    for title_text, body_text, critical in texts:
        # A critical card's corner flag takes the end of the first title line.
        title_width = inner_width - (m.critical_flag_width if critical else 0.0)
        title = unplaced_block(title_text, m.card_title, title_width, m.card_title_lines, m.text_slack)
        body = unplaced_block(body_text, m.card_body, inner_width, m.card_body_lines, m.text_slack)
        sized.append((title, body, card_height(title, body, m)))
    return tuple(sized)


def _card_faces(
    cell_cards: Sequence[Card], sizes: Sequence[SizedCard], moods: Sequence[float | None],
    x: float, width: float, language: str, m: LayoutMetrics,
) -> tuple[CardFace, ...]:
    """One cell's cards top to bottom, placed relative to the cell's top."""
    faces = []
    y = 0.0
    for card, (title, body, height), mood in zip(cell_cards, sizes, moods, strict=True):
        faces.append(_card_face(card, x, y, width, height, title, body, language, m, mood))
        y += height + m.card_gap
    return tuple(faces)


def card_height(title: TextBlock, body: TextBlock, m: LayoutMetrics) -> float:
    """A card's height for its wrapped title and body (presentation slides size their cards with it too)."""
    lines_height = max(title.rect.height, m.card_title.line_height)
    if not body.is_empty:
        lines_height += 4 + body.rect.height
    return m.card_padding + lines_height + 6 + m.card_footer_height + m.card_padding - 2


def place_card(
    card: Card,
    x: float,
    y: float,
    width: float,
    height: float,
    title: TextBlock,
    body: TextBlock,
    language: str,
    m: LayoutMetrics,
    mood: float | None = None,
) -> CardBox:
    """``card``'s box at (x, y), its ``title`` and ``body`` wrapped (at any place) for its width."""
    return _at(_card_face(card, x, 0.0, width, height, title, body, language, m, mood), y)


def _card_face(
    card: Card, x: float, y: float, width: float, height: float, title: TextBlock, body: TextBlock, language: str,
    m: LayoutMetrics, mood: float | None,
) -> CardFace:
    """``card`` placed with its top ``y`` below its cell's: every x, every size, and each part's y from the cell's
    top."""
    inner_x = x + m.card_padding
    inner_width = width - 2 * m.card_padding
    title_y = y + m.card_padding
    body_y = title_y + title.rect.height + 4
    footer_y = y + height - m.card_padding + 2 - m.card_footer_height
    online = card.is_online()
    online_label, icon_space, label = _footer(card.channel, online, card.owner, inner_width, mood is not None,
                                              language, m)
    label_y = footer_y + (m.card_footer_height - m.card_footer.line_height) / 2
    return (
        card.id, card.stage_id, card.lane_id, x, y, width, height, inner_x, title_y, title, body_y, body,
        inner_width, footer_y, m.card_footer_height, inner_x + icon_space, label_y, label, card.channel, online,
        online_label, card.critical, card.colour, card.evidence.source, mood,
    )


def _at(face: CardFace, cell_y: float) -> CardBox:
    """The box of a card whose ``face`` is in a cell whose top is at ``cell_y``: the only place a card's box is
    made (its other fields follow from the face when read, ``_fill``), so a cell laid out afresh and a cell whose
    lane moved give the same numbers."""
    box: CardBox = _NEW(CardBox)
    _SET_CARD_ID(box, face[0])
    _SET_STAGE_ID(box, face[1])
    _SET_LANE_ID(box, face[2])
    _SET_BOX_RECT(box, Rect(face[3], cell_y + face[4], face[5], face[6]))
    _SET_FACE(box, face)
    _SET_FACE_Y(box, cell_y)
    return box


_LAZY_FIELDS = frozenset(
    ("title", "body", "footer_rect", "channel", "channel_label", "online", "online_label",
     "critical", "colour", "evidence", "mood")
)
_NEW = object.__new__


def _fill(box: CardBox) -> None:
    """The fields of a box made by ``_at`` besides its id and rect, from its face."""
    face, cell_y = box.face, box.face_y
    if not isinstance(face, tuple):
        raise AttributeError("a card box without its fields")
    (_, _, _, _, _, _, _, inner_x, title_y, title, body_y, body, inner_width, footer_y, footer_height,
     label_x, label_y, label, channel, online, online_label, critical, colour, evidence, mood) = face
    # Each slot set through its own descriptor (an export fills every box of the map: 10,000 of them).
    _SET_TITLE(box, block_at(title, inner_x, cell_y + title_y))
    _SET_BODY(box, block_at(body, inner_x, cell_y + body_y))
    _SET_FOOTER_RECT(box, Rect(inner_x, cell_y + footer_y, inner_width, footer_height))
    _SET_CHANNEL(box, channel)
    _SET_CHANNEL_LABEL(box, block_at(label, label_x, cell_y + label_y))
    _SET_ONLINE(box, online)
    _SET_ONLINE_LABEL(box, online_label)
    _SET_CRITICAL(box, critical)
    _SET_COLOUR(box, colour)
    _SET_EVIDENCE(box, evidence)
    _SET_MOOD(box, mood)


(_SET_CARD_ID, _SET_STAGE_ID, _SET_LANE_ID, _SET_BOX_RECT, _SET_TITLE, _SET_BODY, _SET_FOOTER_RECT, _SET_CHANNEL,
 _SET_CHANNEL_LABEL, _SET_ONLINE, _SET_ONLINE_LABEL, _SET_CRITICAL, _SET_COLOUR, _SET_EVIDENCE, _SET_MOOD, _SET_FACE,
 _SET_FACE_Y) = (
    getattr(CardBox, name).__set__ for name in (
        "card_id", "stage_id", "lane_id", "rect", "title", "body", "footer_rect", "channel", "channel_label", "online",
        "online_label", "critical", "colour", "evidence", "mood", "face", "face_y",
    )
)


def _curves_at(curves: tuple[EmotionCurve, ...], dy: float) -> tuple[EmotionCurve, ...]:
    """``curves`` laid out in a lane at the top of the page, set ``dy`` lower."""

    def point(p: Point) -> Point:
        return Point(p.x, dy + p.y)

    def segments(pieces: tuple[CubicSegment, ...]) -> tuple[CubicSegment, ...]:
        return tuple(CubicSegment(point(s.start), point(s.c1), point(s.c2), point(s.end)) for s in pieces)

    return tuple(
        replace(
            curve,
            points=tuple(
                replace(p, center=point(p.center), label=block_at(p.label, p.label.rect.x, dy + p.label.rect.y))
                for p in curve.points
            ),
            segments=segments(curve.segments),
            shade=segments(curve.shade),
        )
        for curve in curves
    )


_FOOTERS: dict[tuple[object, ...], tuple[str, float, TextBlock]] = {}
_FOOTERS_LIMIT = 50_000


def _footer(
    channel: Channel | None, online: bool | None, owner: str, inner_width: float, has_mood: bool,
    language: str, m: LayoutMetrics,
) -> tuple[str, float, TextBlock]:
    """A card's footer wherever the card sits: its online word, the channel icon's room, and the channel and
    owner label at (0, 0). Measured once for its values: a card that only moves (a lane grew
    above it) is placed again without measuring a word."""
    key = (channel, online, owner, inner_width, has_mood, language, cell_memo.metrics_token(m))
    found = _FOOTERS.get(key)
    if found is not None:
        return found
    online_label = "" if online is None else labels.word("online" if online else "offline", language)
    channel_text = labels.channel_label(channel, language) if channel else ""
    if owner:
        channel_text = f"{channel_text} · {owner}" if channel_text else owner
    icon_space = 22.0 if channel else 0.0
    # The footer's right end holds the online mark (its word and dot) and the evidence badge: measure them.
    online_space = measure(online_label, m.card_footer) + 12 if online_label else 0.0
    badge_space = online_space + m.evidence_badge_space + 8 + (CARD_FACE_SPACE if has_mood else 0.0)
    label_width = max(inner_width - icon_space - badge_space, 20.0)
    if channel and owner and measure(channel_text, m.card_footer) > label_width * m.text_slack:
        channel_text = owner  # the icon already names the channel: keep the owner whole rather than cut both
    label = text_block(channel_text, m.card_footer, 0.0, 0.0, label_width, 1, slack=m.text_slack)
    if len(_FOOTERS) >= _FOOTERS_LIMIT:
        _FOOTERS.clear()
    found = _FOOTERS[key] = (online_label, icon_space, label)
    return found


def _layout_header(
    journey_map: JourneyMap,
    personas: Sequence[Persona],
    language: str,
    x: float,
    y: float,
    width: float,
    m: LayoutMetrics,
) -> HeaderLayout:
    names = {p.id: p for p in personas}
    persona_texts = [
        f"{names[pid].avatar.emoji} {names[pid].name}".strip() for pid in journey_map.persona_ids if pid in names
    ]
    parts = [
        labels.journey_type_label(journey_map.journey_type, language), labels.state_label(journey_map.state, language),
    ]
    if persona_texts:
        key = "persona" if len(persona_texts) == 1 else "personas"
        parts.insert(0, label_value(labels.word(key, language), ", ".join(persona_texts), language))
    subtitle = "  ·  ".join(parts)
    return cell_memo.header(
        ("map header", journey_map.title, subtitle, journey_map.scenario, x, y, width, cell_memo.metrics_token(m)),
        partial(_header_blocks, journey_map.title, subtitle, journey_map.scenario, x, y, width, m),
    )


def _header_blocks(
    title_text: str, subtitle_text: str, scenario_text: str, x: float, y: float, width: float, m: LayoutMetrics,
) -> HeaderLayout:
    title = text_block(title_text, m.map_title, x, y, width, 1)
    subtitle = text_block(subtitle_text, m.map_subtitle, x, title.rect.bottom + 4, width, 1)
    scenario = text_block(scenario_text, m.scenario, x, subtitle.rect.bottom + 6, width, 3)
    bottom = max(scenario.rect.bottom, subtitle.rect.bottom)
    return HeaderLayout(Rect(x, y, width, bottom - y), title, subtitle, scenario)


def _layout_metrics(
    journey_map: JourneyMap,
    lanes: Sequence[LaneRow],
    stages: Sequence[StageColumn],
    language: str,
    m: LayoutMetrics,
) -> tuple[MetricCell, ...]:
    row = next((lane for lane in lanes if lane.kind is LaneKind.METRICS), None)
    if row is None:
        return ()
    texts = [labels.metric_texts(stage.metrics, language) for stage in journey_map.stages]
    key = ("metrics", tuple(texts), row.rect, tuple((column.stage_id, column.rect) for column in stages),
           cell_memo.metrics_token(m))
    return cell_memo.header(key, partial(_metric_cells, texts, row, stages, m))


def _metric_cells(
    texts: Sequence[tuple[str, str] | None], row: LaneRow, stages: Sequence[StageColumn], m: LayoutMetrics,
) -> tuple[MetricCell, ...]:
    cells = []
    for column, stage_texts in zip(stages, texts, strict=True):
        if stage_texts is None:
            continue
        value, caption = stage_texts
        x = column.rect.x + m.cell_padding
        width = column.rect.width - 2 * m.cell_padding
        # Metric text sits at the bottom of the row so cards in the same lane keep the top.
        bottom = row.rect.bottom - m.cell_padding
        caption_y = bottom - m.metric_caption.line_height
        caption_block = text_block(caption, m.metric_caption, x, caption_y, width, 1, Align.CENTER)
        value_y = caption_block.rect.y - m.metric.line_height
        value_block = text_block(value, m.metric, x, value_y, width, 1, Align.CENTER)
        cell_rect = Rect(x, value_block.rect.y, width, bottom - value_block.rect.y)
        cells.append(MetricCell(column.stage_id, cell_rect, value_block, caption_block))
    return tuple(cells)
