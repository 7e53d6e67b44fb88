"""Stage by stage: each stage's touchpoints, pain points, opportunities and the evidence behind them.

A row too tall for the rest of a page moves to the next one; a row taller than a
whole page is split between items, its stage repeated with "(continued)".
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from ...layout import Rect, TextBlock
from ...layout.blocks import text_block
from ...layout.labels import channel_label, format_count, format_percent
from ...layout.labels import word as map_word
from ...layout.text import TextStyle
from ...model import Card, JourneyMap, LaneKind, Stage
from ...painter.path import ellipse, polyline
from ...painter.surface import Stroke, Surface, draw_text_block
from ...theme import Theme
from .blocks import BULLET_INDENT
from .flow import PageFlow
from .styles import SMALL, SMALL_BOLD, SMALL_ITALIC, SUBHEADING
from .words import source_label, word

COLUMNS = (("stage", 0.16), ("touchpoints", 0.21), ("pain_points", 0.21), ("opportunities", 0.21), ("evidence", 0.21))
PAD = 8.0
ENTRY_GAP = 6.0
LANES = {"touchpoints": LaneKind.TOUCHPOINTS, "pain_points": LaneKind.PAIN_POINTS,
         "opportunities": LaneKind.OPPORTUNITIES}


@dataclass(frozen=True)
class Line:
    text: str
    style: TextStyle
    colour: str
    max_lines: int
    bullet: bool = False
    indent: bool = False
    """Start where a bulleted line's text starts (details under a bulleted title)."""


@dataclass(frozen=True)
class Entry:
    """What a cell lists: one card, one source, or the stage's own facts; never split between pages.

    Its lines are wrapped once per width and kept: a row is measured (to place it) and then drawn, and both ask
    for the same lines. A cache shared by all entries would overflow on a large map (10,000 cards) and wrap
    every line again."""

    lines: tuple[Line, ...]
    _wrapped: dict[float, tuple[TextBlock, ...]] = field(default_factory=dict, init=False, repr=False, compare=False,
                                                         hash=False)

    def blocks(self, width: float) -> tuple[TextBlock, ...]:
        """Each line wrapped to ``width``, the first at (0, 0), each next one below the one before."""
        blocks = self._wrapped.get(width)
        if blocks is None:
            placed = []
            y = 0.0
            for line in self.lines:
                indent = BULLET_INDENT if line.bullet or line.indent else 0.0
                block = text_block(line.text, line.style, indent, y, width - indent, line.max_lines)
                placed.append(block)
                y = block.rect.bottom
            blocks = self._wrapped[width] = tuple(placed)
        return blocks

    def height(self, width: float) -> float:
        blocks = self.blocks(width)
        return blocks[-1].rect.bottom if blocks else 0.0

    def draw(self, surface: Surface, x: float, y: float, width: float) -> float:
        """Draws the entry with its top-left corner at (x, y); returns the y below it."""
        for line, block in zip(self.lines, self.blocks(width), strict=True):
            rect = block.rect
            block = TextBlock(Rect(rect.x + x, rect.y + y, rect.width, rect.height), block.style, block.lines,
                              block.elided, block.full_text, block.align)
            if line.bullet and not block.is_empty:
                dot_y = block.rect.y + line.style.line_height / 2
                surface.draw_path(ellipse(x + BULLET_INDENT / 2 - 2, dot_y, 2.0, 2.0), fill=line.colour)
            draw_text_block(surface, block, line.colour)
        return y + self.height(width)


def draw_stage_table(
    flow: PageFlow, journey_map: JourneyMap, stages: list[Stage], theme: Theme, language: str,
    progress: Callable[[float], None] = lambda fraction: None,
) -> None:
    """The table on the flow's pages, one row (or more, when split) per stage."""
    content = flow.content
    widths = [content.width * share for _, share in COLUMNS]
    xs = [content.x + sum(widths[:i]) for i in range(len(widths))]
    lanes = {lane.id: lane.kind for lane in journey_map.lanes}
    cards_by_stage: dict[str, list[Card]] = {stage.id: [] for stage in stages}
    for card in sorted(journey_map.cards, key=lambda c: c.order):
        if card.stage_id in cards_by_stage:
            cards_by_stage[card.stage_id].append(card)
    rows = [_cells(stage, cards_by_stage[stage.id], journey_map, lanes, theme, language) for stage in stages]
    heights = [_row_height(cells, widths) for cells in rows]
    rows_on_page, page = 0, flow.pages
    for index, (stage, cells) in enumerate(zip(stages, rows, strict=True)):
        if flow.pages != page:
            rows_on_page, page = 0, flow.pages
        if _keep_with_last(flow, heights, index, rows_on_page):
            flow.new_page()
            rows_on_page, page = 0, flow.pages
        _draw_row(flow, stage, cells, xs, widths, theme, language, index)
        rows_on_page += 1
        progress((index + 1) / len(stages))


def _row_height(cells: list[list[Entry]], widths: list[float]) -> float:
    inner = [w - 2 * PAD for w in widths]
    return max(sum(entry.height(inner[i]) for entry in cell) + ENTRY_GAP * (len(cell) - 1)
               for i, cell in enumerate(cells)) + 2 * PAD


def _keep_with_last(flow: PageFlow, heights: list[float], index: int, rows_on_page: int) -> bool:
    """Whether the next-to-last row should open a new page, so that the last row does not sit alone on it:
    it fits here but the last one would not, both fit a fresh page, and this page keeps two rows."""
    if index != len(heights) - 2 or flow.pages == 0 or rows_on_page < 2:
        return False
    both = heights[index] + heights[index + 1]
    return heights[index] <= flow.room and both > flow.room and both <= flow.fresh_room


def table_heading(theme: Theme, language: str) -> Callable[[PageFlow], None]:
    """Draws the column titles at the top of every table page."""

    def heading(flow: PageFlow) -> None:
        content = flow.content
        y = flow.y
        title_height = SUBHEADING.line_height + 2 * PAD
        flow.surface.fill_rect(Rect(content.x, y, content.width, title_height), theme.lane_title_background)
        x = content.x
        for key, share in COLUMNS:
            width = content.width * share
            block = text_block(word(key, language), SUBHEADING, x + PAD, y + PAD, width - 2 * PAD, 1)
            draw_text_block(flow.surface, block, theme.lane_title_text)
            x += width
        flow.y = y + title_height

    return heading


def _cells(stage: Stage, cards: list[Card], journey_map: JourneyMap, lanes: dict[str, LaneKind], theme: Theme,
           language: str) -> list[list[Entry]]:
    first = [Line(stage.name, SMALL_BOLD, theme.header_text, 3)]
    if stage.customer_goal:
        first.append(Line(stage.customer_goal, SMALL_ITALIC, theme.card_body, 4))
    metrics = stage.metrics
    rate = metrics.rate()
    if metrics.entered is not None and metrics.completed is not None:
        first.append(Line(f"{format_count(metrics.entered, language)} → {format_count(metrics.completed, language)}",
                          SMALL, theme.muted_text, 1))
    if rate is not None:
        first.append(Line(f"{format_percent(rate, language)} {map_word('completed', language)}", SMALL,
                          theme.muted_text, 1))
    cells: list[list[Entry]] = [[Entry(tuple(first))]]
    for key in ("touchpoints", "pain_points", "opportunities"):
        kind = LANES[key]
        entries = [_card_entry(card, theme, language) for card in cards if lanes.get(card.lane_id) is kind]
        cells.append(entries or [_none(theme, language)])
    cells.append(_evidence(stage, cards, journey_map, theme, language) or [_none(theme, language)])
    return cells


def _card_entry(card: Card, theme: Theme, language: str) -> Entry:
    lines = [Line(card.title, SMALL_BOLD, theme.card_title, 3, bullet=True)]
    if card.body.strip():
        lines.append(Line(card.body, SMALL, theme.card_body, 4, indent=True))
    facts = [channel_label(card.channel, language)] if card.channel else []
    if card.owner:
        facts.append(card.owner)
    if facts:
        lines.append(Line(" · ".join(facts), SMALL_ITALIC, theme.muted_text, 1, indent=True))
    return Entry(tuple(lines))


def _evidence(stage: Stage, cards: list[Card], journey_map: JourneyMap, theme: Theme, language: str) -> list[Entry]:
    seen: dict[tuple, Entry] = {}
    sources = [card.evidence for card in cards]
    sources += [p.evidence for p in journey_map.emotion_points if p.stage_id == stage.id]
    for evidence in sources:
        key = (evidence.source, evidence.reference.strip())
        if key in seen:
            continue
        lines = [Line(source_label(evidence.source, language), SMALL_BOLD, theme.card_title, 2, bullet=True)]
        if evidence.reference.strip():
            lines.append(Line(evidence.reference, SMALL, theme.card_body, 3, indent=True))
        verified = (word("verified", language, date=evidence.last_verified.isoformat()) if evidence.last_verified
                    else word("verified_never", language))
        lines.append(Line(verified, SMALL_ITALIC, theme.muted_text, 1, indent=True))
        seen[key] = Entry(tuple(lines))
    return list(seen.values())


def _none(theme: Theme, language: str) -> Entry:
    return Entry((Line(word("none", language), SMALL, theme.muted_text, 1),))


def _draw_row(flow: PageFlow, stage: Stage, cells: list[list[Entry]], xs: list[float], widths: list[float],
              theme: Theme, language: str, index: int) -> None:
    inner = [w - 2 * PAD for w in widths]
    heights = [[entry.height(inner[i]) for entry in cell] for i, cell in enumerate(cells)]
    total = max(sum(h) + ENTRY_GAP * (len(h) - 1) for h in heights) + 2 * PAD
    if total > flow.room and total <= flow.fresh_room or flow.pages == 0 or flow.room < 80:
        flow.new_page()
    queues = [list(zip(cell, hs, strict=True)) for cell, hs in zip(cells, heights, strict=True)]
    continued = False
    while any(queues):
        room = flow.room - 2 * PAD
        taken: list[list[tuple[Entry, float]]] = []
        for column, queue in enumerate(queues):
            used, take = 0.0, []
            if column == 0 and continued:
                queue[:] = []
            while queue and used + queue[0][1] <= room:
                used += queue[0][1] + ENTRY_GAP
                take.append(queue.pop(0))
            taken.append(take)
        if not any(taken) and flow.room < flow.fresh_room:
            flow.new_page()
            continue
        if not any(taken):  # an entry taller than a page: show it cut rather than loop
            taken = [[queue.pop(0)] if queue else [] for queue in queues]
        row_height = max(sum(h for _, h in take) + ENTRY_GAP * max(len(take) - 1, 0) for take in taken) + 2 * PAD
        if continued:
            row_height = max(row_height, SMALL.line_height * 2 + 2 * PAD)
        _paint_row(flow, stage, taken, xs, widths, row_height, theme, language, index, continued)
        flow.y += row_height
        continued = True
        if any(queues):
            flow.new_page()


def _paint_row(flow: PageFlow, stage: Stage, taken: list[list[tuple[Entry, float]]], xs: list[float],
               widths: list[float], height: float, theme: Theme, language: str, index: int,
               continued: bool) -> None:
    surface, content, y = flow.surface, flow.content, flow.y
    surface.fill_rect(Rect(content.x, y, content.width, height), theme.lane_band[index % 2])
    surface.fill_rect(Rect(content.x, y, 4, height), stage.colour)
    line = polyline(((content.x, y + height), (content.right, y + height)))
    surface.draw_path(line, stroke=Stroke(theme.grid_line, 1.0))
    if continued:
        Entry((Line(stage.name, SMALL_BOLD, theme.header_text, 2),
               Line(word("continued", language), SMALL_ITALIC, theme.muted_text, 1))).draw(
            surface, xs[0] + PAD, y + PAD, widths[0] - 2 * PAD)
    for column, take in enumerate(taken):
        top = y + PAD
        for entry, entry_height in take:
            entry.draw(surface, xs[column] + PAD, top, widths[column] - 2 * PAD)
            top += entry_height + ENTRY_GAP
