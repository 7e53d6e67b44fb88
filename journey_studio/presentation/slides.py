"""A stage as a projector slide: its cards by lane, its part of the emotion curve, readable from the back row.

A stage column of a real map is several lanes tall, so zooming the editor's layout onto it cannot
give readable text. A slide is laid out again from the model instead: a header with the stage's
name and goal, the stage's emotion points spread across a band (with the curve coming in from the
previous stage and leaving for the next), then the stage's cards grouped by lane and flowed into
newspaper columns. When they do not fit, the stage gets more pages.

Cards use the editor's own card layout, drawn :attr:`SlideMetrics.card_scale` times larger, so they
look like the map and all their parts (footer, badges, flags) grow together: the smallest card text,
the 11 px footer, becomes 26 px. Everything else on a slide is laid out at projector size directly.
Pure functions and frozen values, in slide pixels (1920 × 1080 by default): no Qt.
"""

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace

from ..layout import Align, CardBox, EmotionCurve, MapLayout, Rect, TextBlock, labels
from ..layout.blocks import text_block
from ..layout.curves import CurvePoint, score_to_y, smooth_segments
from ..layout.geometry import Point
from ..layout.map_layout import card_height, place_card  # the editor's card, so a slide card looks the same
from ..layout.metrics import DEFAULT_METRICS, LayoutMetrics
from ..layout.text import FontFace, TextStyle, text_width
from ..layout.views import ALL_MARKS, Marks
from ..model import Card, JourneyMap, Persona, emotion


@dataclass(frozen=True)
class SlideMetrics:
    """Sizes on a slide, in slide pixels: at 1920 × 1080 one slide pixel is one screen pixel."""

    width: float = 1920.0
    height: float = 1080.0
    margin: float = 48.0
    colour_bar: float = 14.0
    card_scale: float = 2.4
    """Editor cards drawn this much larger: the editor's 11 px footer text becomes 26 px."""
    card_metrics: LayoutMetrics = field(default_factory=lambda: replace(
        DEFAULT_METRICS, card_padding=8.0,
        card_title=TextStyle(FontFace.BOLD, 12.5, 16), card_body=TextStyle(FontFace.REGULAR, 10.5, 13.5),
    ))
    """The editor's card, its title and text a little smaller against its footer so two cards fit a column:
    drawn at ``card_scale`` the title is 30 px, the text 25 px, the footer 26 px, the evidence letter 24 px."""
    min_column_width: float = 400.0
    column_gap: float = 28.0
    card_gap: float = 16.0
    section_gap: float = 12.0
    emotion_band: float = 220.0
    emotion_radius: float = 26.0
    navigator_height: float = 48.0
    navigator_gap: float = 8.0
    metric_width: float = 460.0
    min_text: float = 24.0
    """No text on a slide is smaller than this many slide pixels."""

    stage_number: TextStyle = field(default_factory=lambda: TextStyle(FontFace.BOLD, 28, 38))
    stage_name: TextStyle = field(default_factory=lambda: TextStyle(FontFace.BOLD, 50, 62))
    stage_goal: TextStyle = field(default_factory=lambda: TextStyle(FontFace.REGULAR, 30, 40))
    metric_value: TextStyle = field(default_factory=lambda: TextStyle(FontFace.BOLD, 34, 44))
    metric_caption: TextStyle = field(default_factory=lambda: TextStyle(FontFace.REGULAR, 24, 32))
    section_title: TextStyle = field(default_factory=lambda: TextStyle(FontFace.BOLD, 26, 34))
    point_label: TextStyle = field(default_factory=lambda: TextStyle(FontFace.REGULAR, 24, 30))
    navigator_text: TextStyle = field(default_factory=lambda: TextStyle(FontFace.BOLD, 24, 30))

    def for_aspect(self, aspect: float) -> "SlideMetrics":
        """The same slide for a screen of ``aspect`` (width / height): as tall, wider or narrower."""
        return replace(self, width=round(self.height * aspect))


DEFAULT_SLIDE = SlideMetrics()


@dataclass(frozen=True, slots=True)
class SlideCard:
    """An editor card box placed on a slide: ``box`` is in card units, drawn ``scale`` times larger at its (x, y)."""

    box: CardBox
    scale: float

    @property
    def rect(self) -> Rect:
        """Where the card sits on the slide."""
        r = self.box.rect
        return Rect(r.x, r.y, r.width * self.scale, r.height * self.scale)


@dataclass(frozen=True, slots=True)
class LaneSection:
    """A lane's title above its cards in one column (a lane split over two columns has two sections)."""

    lane_id: str
    title: TextBlock
    rect: Rect


@dataclass(frozen=True, slots=True)
class NavigatorChip:
    """One stage in the strip at the bottom of a slide; the current one is highlighted."""

    stage_index: int
    rect: Rect
    label: TextBlock
    colour: str
    current: bool


@dataclass(frozen=True)
class StageSlide:
    stage_id: str
    stage_index: int
    stage_count: int
    page: int
    page_count: int
    bounds: Rect
    colour: str
    colour_bar: Rect
    number: TextBlock
    number_rect: Rect
    name: TextBlock
    goal: TextBlock
    metric_value: TextBlock | None
    metric_caption: TextBlock | None
    content: Rect
    sections: tuple[LaneSection, ...]
    cards: tuple[SlideCard, ...]
    emotion_area: Rect | None
    zero_y: float | None
    curves: tuple[EmotionCurve, ...]
    context_lines: tuple[tuple[Point, Point], ...]
    """Dashed lines from the previous stage's last emotion (at the left edge) and to the next stage's first."""
    navigator: tuple[NavigatorChip, ...]

    def text_blocks(self) -> Iterator[tuple[TextBlock, float, Rect]]:
        """Every text on the slide: (block, scale it is drawn at, box it must stay inside)."""
        for block in (self.number, self.name, self.goal, self.metric_value, self.metric_caption):
            if block is not None:
                yield block, 1.0, self.bounds
        for section in self.sections:
            yield section.title, 1.0, section.rect
        for card in self.cards:
            for block in (card.box.title, card.box.body, card.box.channel_label):
                yield block, card.scale, card.box.rect
        for curve in self.curves:
            for point in curve.points:
                yield point.label, 1.0, self.emotion_area or self.bounds
        for chip in self.navigator:
            yield chip.label, 1.0, chip.rect


def layout_stage_slides(
    journey_map: JourneyMap,
    map_layout: MapLayout,
    stage_index: int,
    personas: Sequence[Persona] = (),
    language: str = "fr",
    m: SlideMetrics = DEFAULT_SLIDE,
    marks: Marks = ALL_MARKS,
) -> list[StageSlide]:
    """The pages of stage ``stage_index``; ``map_layout`` is the whole map's (for the curve's order and neighbours).

    ``marks``: the evidence badges the cards keep (a view such as "Client deck" hides the "?" of assumptions).
    """
    stage = journey_map.stages[stage_index]
    bounds = Rect(0, 0, m.width, m.height)
    inner = m.width - 2 * m.margin

    # Header: "2 / 5" on the stage's colour, the stage's name beside it, its goal below, its figures at the right.
    top = m.colour_bar + 20
    count = len(journey_map.stages)
    has_metrics = stage.metrics.entered is not None or stage.metrics.rate() is not None
    number_width = text_width(f"{count} / {count}   ·   9/9", m.stage_number) / m.card_metrics.text_slack + 28
    title_x = m.margin + number_width + 20
    title_width = m.width - m.margin - title_x - (m.metric_width + 24 if has_metrics else 0)
    name = text_block(stage.name, m.stage_name, title_x, top, title_width, 1)
    goal = text_block(stage.customer_goal, m.stage_goal, title_x, name.rect.bottom, title_width, 1)
    value, caption = _metric_blocks(journey_map, stage_index, language, m.width - m.margin - m.metric_width, top + 4, m)
    header_bottom = max(goal.rect.bottom if not goal.is_empty else name.rect.bottom,
                        caption.rect.bottom if caption else 0.0) + 14

    # The emotion band, when the stage has points.
    stage_curves = [c for c in map_layout.curves if any(p.stage_id == stage.id for p in c.points)]
    area = Rect(m.margin, header_bottom, inner, m.emotion_band) if stage_curves else None
    curves, zero_y, context = _slide_curves(journey_map, map_layout, stage.id, area, m) if area else ((), None, ())

    nav_top = m.height - m.margin - m.navigator_height
    navigator = _navigator(journey_map, stage_index, Rect(m.margin, nav_top, inner, m.navigator_height), m)

    def content_rect(with_band: bool) -> Rect:
        content_top = (area.bottom if area and with_band else header_bottom) + 18
        return Rect(m.margin, content_top, inner, max(nav_top - 16 - content_top, 1.0))

    # The first page shows the stage's emotions; further pages give the band's room to cards.
    pages = _flow_cards(journey_map, stage.id, [content_rect(True), content_rect(False)], language, m, marks)
    slides = []
    for page, (sections, cards) in enumerate(pages):
        label = f"{stage_index + 1} / {count}" + (f"   ·   {page + 1}/{len(pages)}" if len(pages) > 1 else "")
        chip_height = m.stage_number.line_height + 16
        chip_y = top + (m.stage_name.line_height - chip_height) / 2
        number_rect = Rect(m.margin, chip_y, number_width, chip_height)
        number = text_block(label, m.stage_number, m.margin + 14, chip_y + 8, number_width - 28, 1, Align.CENTER)
        slides.append(StageSlide(
            stage_id=stage.id, stage_index=stage_index, stage_count=count, page=page, page_count=len(pages),
            bounds=bounds, colour=stage.colour, colour_bar=Rect(0, 0, m.width, m.colour_bar),
            number=number, number_rect=number_rect, name=name, goal=goal, metric_value=value, metric_caption=caption,
            content=content_rect(page == 0), sections=tuple(sections), cards=tuple(cards),
            emotion_area=area if page == 0 else None, zero_y=zero_y if page == 0 else None,
            curves=curves if page == 0 else (), context_lines=context if page == 0 else (), navigator=navigator,
        ))
    return slides


def _metric_blocks(
    journey_map: JourneyMap, stage_index: int, language: str, x: float, y: float, m: SlideMetrics
) -> tuple[TextBlock | None, TextBlock | None]:
    texts = labels.metric_texts(journey_map.stages[stage_index].metrics, language)
    if texts is None:
        return None, None
    value, caption = texts
    value_block = text_block(value, m.metric_value, x, y, m.metric_width, 1, Align.RIGHT)
    caption_block = text_block(caption, m.metric_caption, x, value_block.rect.bottom, m.metric_width, 1, Align.RIGHT)
    return value_block, caption_block


def _stage_cards(journey_map: JourneyMap, stage_id: str) -> list[tuple[str, list[Card]]]:
    """The stage's cards by visible lane, lanes in map order, cards in their cell order."""
    groups = []
    for lane in journey_map.lanes:
        if not lane.visible:
            continue
        cards = [(card.order, index, card) for index, card in enumerate(journey_map.cards)
                 if card.stage_id == stage_id and card.lane_id == lane.id]
        if cards:
            groups.append((lane.id, [card for _, _, card in sorted(cards, key=lambda t: (t[0], t[1]))]))
    return groups


def _flow_cards(
    journey_map: JourneyMap, stage_id: str, areas: Sequence[Rect], language: str, m: SlideMetrics,
    marks: Marks = ALL_MARKS,
) -> list[tuple[list[LaneSection], list[SlideCard]]]:
    """Lane sections flowed down newspaper columns, columns onto pages; at least one page.

    ``areas``: the content area of the first page, then of every further page.
    """
    content = areas[0]
    cm, scale = m.card_metrics, m.card_scale
    columns = max(1, int((content.width + m.column_gap) // (m.min_column_width + m.column_gap)))
    column_width = (content.width - (columns - 1) * m.column_gap) / columns
    card_width = column_width / scale
    inner = card_width - 2 * cm.card_padding
    title_height = m.section_title.line_height + m.section_gap

    pages: list[tuple[list[LaneSection], list[SlideCard]]] = [([], [])]
    column = 0
    y = content.y

    def next_column() -> None:
        nonlocal column, y, content
        column += 1
        y = content.y
        if column == columns:
            pages.append(([], []))
            column = 0
            content = areas[min(len(pages) - 1, len(areas) - 1)]
            y = content.y

    lane_titles = {lane.id: lane.title for lane in journey_map.lanes}

    def close_section(lane_id: str, start: float | None, section: list[SlideCard]) -> None:
        """The lane's title above the cards placed in the current column since ``start``."""
        if start is None or not section:
            return
        column_of_first = round((section[0].rect.x - content.x) / (column_width + m.column_gap))
        x = content.x + column_of_first * (column_width + m.column_gap)
        title = text_block(lane_titles[lane_id], m.section_title, x, start, column_width, 1)
        bottom = max(card.rect.bottom for card in section)
        pages[-1][0].append(LaneSection(lane_id, title, Rect(x, start, column_width, bottom - start)))

    for lane_id, cards in _stage_cards(journey_map, stage_id):
        section_start: float | None = None
        section_cards: list[SlideCard] = []
        for card in cards:
            title_w = inner - (cm.critical_flag_width if card.critical else 0.0)
            title = text_block(card.title, cm.card_title, 0, 0, title_w, cm.card_title_lines, slack=cm.text_slack)
            body = text_block(card.body, cm.card_body, 0, 0, inner, cm.card_body_lines, slack=cm.text_slack)
            height = card_height(title, body, cm)
            needed = height * scale + (title_height if section_start is None else 0.0)
            if y + needed > content.bottom and y > content.y:
                close_section(lane_id, section_start, section_cards)
                section_start, section_cards = None, []
                next_column()
            if section_start is None:
                section_start = y
                y += title_height
            x = content.x + column * (column_width + m.column_gap)
            mood = None if card.emotion is None else emotion.mood(journey_map.emotion_scale, card.emotion)
            box = place_card(card, x, y, card_width, height, title, body, language, cm, mood)
            if box.evidence is not None and not marks.shows(box.evidence):
                box = replace(box, evidence=None)
            slide_card = SlideCard(box, scale)
            section_cards.append(slide_card)
            pages[-1][1].append(slide_card)
            y += height * scale + m.card_gap
        close_section(lane_id, section_start, section_cards)
        y += m.card_gap
    if len(pages) > 1 and not pages[-1][1]:
        pages.pop()
    return pages


def _slide_curves(
    journey_map: JourneyMap, map_layout: MapLayout, stage_id: str, area: Rect, m: SlideMetrics
) -> tuple[tuple[EmotionCurve, ...], float, tuple[tuple[Point, Point], ...]]:
    """The stage's points spread across ``area`` in the map's order, labels beside the faces."""
    scale = journey_map.emotion_scale
    lo, hi = float(scale.minimum), float(scale.maximum)
    # Faces and labels at slide size: the scale keeps room for a label over the top face and under the lowest.
    curve_metrics = replace(m.card_metrics, emotion_point_radius=m.emotion_radius, point_label=m.point_label)
    zero = emotion.neutral_score(scale)
    zero_y = score_to_y(zero, area, lo, hi, curve_metrics)
    curves, context = [], []
    for curve in map_layout.curves:
        mine = [p for p in curve.points if p.stage_id == stage_id]
        if not mine:
            continue
        spacing = area.width / len(mine)
        points = []
        for i, point in enumerate(mine):
            cx = area.x + spacing * (i + 0.5)
            cy = score_to_y(point.score, area, lo, hi, curve_metrics)
            label = _point_label(point.label.full_text, Point(cx, cy), spacing, zero_y, area, m)
            points.append(CurvePoint(point.point_id, stage_id, Point(cx, cy), point.score, point.mood, label,
                                     point.critical, point.evidence))
        centres = [p.center for p in points]
        curves.append(EmotionCurve(curve.persona_id, curve.persona_name, curve.colour_index, tuple(points),
                                   smooth_segments(centres)))
        index = {p.point_id: i for i, p in enumerate(curve.points)}
        first, last = index[mine[0].point_id], index[mine[-1].point_id]
        if first > 0:
            before = curve.points[first - 1]
            context.append((Point(area.x, score_to_y(before.score, area, lo, hi, curve_metrics)), centres[0]))
        if last < len(curve.points) - 1:
            after = curve.points[last + 1]
            context.append((centres[-1], Point(area.right, score_to_y(after.score, area, lo, hi, curve_metrics))))
    return tuple(curves), zero_y, tuple(context)


def _point_label(text: str, centre: Point, spacing: float, zero_y: float, area: Rect, m: SlideMetrics) -> TextBlock:
    """A point's label centred over its face (under it below the neutral line), clear of the face, the curve
    through it and the dashed zero line; beside the face when the band has no room above or below."""
    r, style = m.emotion_radius, m.point_label
    width = max(min(spacing - 12, 460.0), 60.0)
    centred = text_block(text, style, centre.x - width / 2, 0.0, width, 2, Align.CENTER)
    height = centred.rect.height
    above, below = centre.y - r - 6 - height, centre.y + r + 6
    for top in ((above, below) if centre.y <= zero_y else (below, above)):
        crosses_zero = top - 2 < zero_y < top + height + 2
        if area.y <= top and top + height <= area.bottom and not crosses_zero:
            x = min(max(centre.x - width / 2, area.x), area.right - width)
            return replace(centred, rect=replace(centred.rect, x=x, y=top))
    side = min(spacing - 2 * r - 36, 460.0)
    x, align = centre.x + r + 12, Align.LEFT
    if x + side > area.right:
        x, align = centre.x - r - 12 - side, Align.RIGHT
    beside = text_block(text, style, x, 0.0, max(side, 60.0), 2, align)
    top = min(max(centre.y - beside.rect.height / 2, area.y), area.bottom - beside.rect.height)
    return replace(beside, rect=replace(beside.rect, y=top))


def _navigator(journey_map: JourneyMap, current: int, strip: Rect, m: SlideMetrics) -> tuple[NavigatorChip, ...]:
    """Every stage as a chip; with too many for their names, numbers; with too many for numbers, a window."""
    count = len(journey_map.stages)
    if count == 0:
        return ()
    min_chip = 56.0
    fits = max(1, int((strip.width + m.navigator_gap) // (min_chip + m.navigator_gap)))
    first = 0
    if count > fits:
        first = min(max(current - fits // 2, 0), count - fits)
    shown = list(range(first, min(count, first + fits)))
    chip_width = (strip.width - (len(shown) - 1) * m.navigator_gap) / len(shown)
    chips = []
    for slot, index in enumerate(shown):
        stage = journey_map.stages[index]
        x = strip.x + slot * (chip_width + m.navigator_gap)
        text = f"{index + 1}  {stage.name}" if chip_width >= 180 else f"{index + 1}"
        y = strip.y + (strip.height - m.navigator_text.line_height) / 2
        label = text_block(text, m.navigator_text, x + 12, y, chip_width - 24, 1, Align.CENTER)
        chips.append(
            NavigatorChip(index, Rect(x, strip.y, chip_width, strip.height), label, stage.colour, index == current)
        )
    return tuple(chips)
