"""Checks a :class:`MapLayout` for what an information designer would circle in red.

Pure geometry, no Qt: every output draws this layout, so a layout that passes
gives pictures where no text leaves its box, no label lies over a card or
another label, no arrow runs underneath a card it does not join, no emotion
label crosses a curve, a face or the zero line, and no text is too small to read
at the size the picture is made. :func:`check_layout` lists the violations
(empty when the map is clean); tests run it over every template, the stress maps
and random workspaces.
"""

import itertools
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from ..model import LaneKind
from .blocks import TextBlock
from .connectors import sample_path
from .geometry import Rect
from .map_layout import MapLayout
from .point_labels import curve_samples, hits_circle, hits_points, ink_rects
from .text import text_width

MIN_TEXT_PX = {"screen": 9.0, "png": 9.0, "svg": 9.0, "pdf": 7.0, "pptx": 9.0}
"""Smallest legible text per output, in pixels (points for the PDF) at the size the picture is made."""


class Rule(Enum):
    TEXT_OUTSIDE_BOX = "text outside its box"
    LABEL_OVER_CARD = "label over a card"
    LABEL_OVER_LABEL = "label over another label"
    ARROW_UNDER_CARD = "arrow under a card it does not join"
    LABEL_CROSSES_CURVE = "emotion label crosses the curve"
    TEXT_TOO_SMALL = "text too small"
    MARK_OUTSIDE_LANE = "emotion mark outside its lane"


@dataclass(frozen=True, slots=True)
class Violation:
    rule: Rule
    subject: str
    """What is wrong, named so a person can find it (a card's id, a label's text)."""
    detail: str = ""

    def __str__(self) -> str:
        return f"{self.rule.value}: {self.subject} {self.detail}".rstrip()


_TOLERANCE = 0.5
"""Half a pixel: rounding in the text measure, not a defect."""
CRITICAL_RING = 7.5
"""Outer radius of a critical face's ring beyond the face (ring gap plus half its stroke)."""


def check_layout(layout: MapLayout, radius: float = 13.0, scale: float = 1.0, output: str = "png") -> list[Violation]:
    """Every violation in ``layout``; ``scale`` is the size the picture is made at, ``radius`` a face's radius."""
    problems: list[Violation] = []
    problems += _text_in_boxes(layout)
    problems += _labels_clear(layout)
    problems += _arrows_clear(layout)
    problems += _emotion_labels_clear(layout, radius)
    problems += _text_size(layout, scale, MIN_TEXT_PX.get(output, 9.0))
    return problems


def all_blocks(layout: MapLayout) -> Iterable[tuple[str, TextBlock]]:
    header = layout.header
    yield "map title", header.title
    yield "subtitle", header.subtitle
    yield "scenario", header.scenario
    for column in layout.stages:
        yield f"stage {column.stage_id} name", column.name
        yield f"stage {column.stage_id} goal", column.goal
    for row in layout.lanes:
        yield f"lane {row.lane_id} title", row.title
    for box in layout.cards:
        yield f"card {box.card_id} title", box.title
        yield f"card {box.card_id} body", box.body
        yield f"card {box.card_id} footer", box.channel_label
    for cell in layout.metric_cells:
        yield f"metric {cell.stage_id} value", cell.value
        yield f"metric {cell.stage_id} caption", cell.caption
    for connector in layout.connectors:
        yield f"arrow {connector.connector_id} label", connector.label
    for curve in layout.curves:
        for point in curve.points:
            yield f"emotion point {point.point_id} label", point.label
    for index, tick in enumerate(layout.emotion_ticks):
        yield f"emotion scale tick {index}", tick.label
    for line in layout.blueprint_lines:
        yield f"{line.kind} label", line.label
    if layout.legend is not None:
        yield "legend title", layout.legend.title
        for index, entry in enumerate(layout.legend.entries):
            yield f"legend entry {index}", entry.text


def _containers(layout: MapLayout) -> Iterable[tuple[str, TextBlock, Rect]]:
    """Each text block with the box it must stay inside."""
    header = layout.header
    page = layout.bounds
    for name, block in (("map title", header.title), ("subtitle", header.subtitle), ("scenario", header.scenario)):
        yield name, block, page
    for column in layout.stages:
        yield f"stage {column.stage_id} name", column.name, column.header_rect
        yield f"stage {column.stage_id} goal", column.goal, column.header_rect
    for row in layout.lanes:
        yield f"lane {row.lane_id} title", row.title, row.title_rect
    for box in layout.cards:
        for part, block in (("title", box.title), ("body", box.body), ("footer", box.channel_label)):
            yield f"card {box.card_id} {part}", block, box.rect
    for cell in layout.metric_cells:
        column = next(c for c in layout.stages if c.stage_id == cell.stage_id)
        yield f"metric {cell.stage_id} value", cell.value, column.rect
        yield f"metric {cell.stage_id} caption", cell.caption, column.rect
    for connector in layout.connectors:
        yield f"arrow {connector.connector_id} label", connector.label, layout.grid_rect
    if layout.emotion_lane is not None:
        for curve in layout.curves:
            for point in curve.points:
                yield f"emotion point {point.point_id} label", point.label, layout.emotion_lane
    emotion_row = next((row for row in layout.lanes if row.kind is LaneKind.EMOTIONS), None)
    for index, tick in enumerate(layout.emotion_ticks):
        yield f"emotion scale tick {index}", tick.label, emotion_row.title_rect if emotion_row else layout.bounds
    lanes = {row.lane_id: row for row in layout.lanes}
    for line in layout.blueprint_lines:
        title_cell = lanes[line.lane_id].title_rect if line.lane_id in lanes else layout.bounds
        yield f"{line.kind} label", line.label, title_cell
    if layout.legend is not None:
        yield "legend title", layout.legend.title, layout.legend.rect
        for index, entry in enumerate(layout.legend.entries):
            yield f"legend entry {index}", entry.text, layout.legend.rect


def _text_in_boxes(layout: MapLayout) -> list[Violation]:
    problems = []
    for name, block, box in _containers(layout):
        for line, ink in zip(block.lines, ink_rects(block), strict=True):
            if text_width(line, block.style) > block.rect.width + _TOLERANCE:
                problems.append(Violation(Rule.TEXT_OUTSIDE_BOX, name, f"{line!r} is wider than its block"))
            elif not box.adjusted(-_TOLERANCE, -_TOLERANCE, _TOLERANCE, _TOLERANCE).contains(ink):
                problems.append(Violation(Rule.TEXT_OUTSIDE_BOX, name, f"{line!r} leaves its box"))
    return problems


def _floating_labels(layout: MapLayout) -> list[tuple[str, Rect]]:
    """Labels that sit on the grid rather than inside a card: arrow and emotion labels."""
    labels = []
    for connector in layout.connectors:
        labels += [(f"arrow {connector.connector_id} label", r) for r in ink_rects(connector.label)]
    for curve in layout.curves:
        for point in curve.points:
            labels += [(f"emotion point {point.point_id} label", r) for r in ink_rects(point.label)]
    return labels


def _labels_clear(layout: MapLayout) -> list[Violation]:
    problems = []
    labels = _floating_labels(layout)
    titles = [(f"lane {row.lane_id} title", r) for row in layout.lanes for r in ink_rects(row.title)]
    marks = [(f"{line.kind} label", r) for line in layout.blueprint_lines for r in ink_rects(line.label)]
    marks += [(f"emotion scale tick {i}", r) for i, t in enumerate(layout.emotion_ticks) for r in ink_rects(t.label)]
    for (name, rect), (title_name, title) in itertools.product(marks, titles):
        if _overlap(rect, title):
            problems.append(Violation(Rule.LABEL_OVER_LABEL, name, f"overlaps {title_name}"))
    for name, rect in labels:
        for box in layout.cards:
            if _overlap(rect, box.rect):
                problems.append(Violation(Rule.LABEL_OVER_CARD, name, f"lies over card {box.card_id}"))
    for (name_a, a), (name_b, b) in itertools.combinations(labels, 2):
        if name_a != name_b and _overlap(a, b):
            problems.append(Violation(Rule.LABEL_OVER_LABEL, name_a, f"overlaps {name_b}"))
    return problems


def _overlap(a: Rect, b: Rect, margin: float = _TOLERANCE) -> bool:
    return a.adjusted(margin, margin, -margin, -margin).intersects(b)


def _arrows_clear(layout: MapLayout) -> list[Violation]:
    problems = []
    for connector in layout.connectors:
        points = sample_path(connector.segments, 48)
        xs, ys = [p.x for p in points], [p.y for p in points]
        reach = Rect(min(xs), min(ys), max(xs) - min(xs) + 1, max(ys) - min(ys) + 1)
        for box in layout.cards:
            if box.card_id in (connector.from_card, connector.to_card) or not box.rect.intersects(reach):
                continue
            inside = box.rect.adjusted(1, 1, -1, -1)
            if any(inside.x < p.x < inside.right and inside.y < p.y < inside.bottom for p in points):
                problems.append(Violation(Rule.ARROW_UNDER_CARD, f"arrow {connector.connector_id}",
                                          f"runs under card {box.card_id}"))
    return problems


def _emotion_labels_clear(layout: MapLayout, radius: float) -> list[Violation]:
    problems = []
    lane = layout.emotion_lane
    samples = [p for curve in layout.curves for p in curve_samples(curve.segments, 1.5)]
    faces = [point.center for curve in layout.curves for point in curve.points]
    for curve in layout.curves:
        for point in curve.points:
            name = f"emotion point {point.point_id} label"
            for ink in ink_rects(point.label):
                if hits_points(ink, samples, 0.5):
                    problems.append(Violation(Rule.LABEL_CROSSES_CURVE, name, "crosses a curve"))
                if layout.zero_y is not None and ink.y < layout.zero_y < ink.bottom:
                    problems.append(Violation(Rule.LABEL_CROSSES_CURVE, name, "crosses the zero line"))
                if any(hits_circle(ink, face, radius) for face in faces):
                    problems.append(Violation(Rule.LABEL_CROSSES_CURVE, name, "lies over a face"))
            if lane is not None:
                reach = radius + (CRITICAL_RING if point.critical else 1.0)
                mark = Rect(point.center.x - reach, point.center.y - reach, 2 * reach, 2 * reach)
                if not (lane.y <= mark.y and mark.bottom <= lane.bottom):
                    problems.append(Violation(Rule.MARK_OUTSIDE_LANE, f"emotion point {point.point_id}",
                                              "its face or ring crosses the lane's edge"))
    return problems


def _text_size(layout: MapLayout, scale: float, minimum: float) -> list[Violation]:
    problems = []
    seen = set()
    for name, block in all_blocks(layout):
        if block.lines and block.style.size * scale < minimum - 1e-9 and block.style not in seen:
            seen.add(block.style)
            problems.append(Violation(Rule.TEXT_TOO_SMALL, name,
                                      f"{block.style.size * scale:.1f} px < {minimum:g} px"))
    return problems


def legible_scale(layout: MapLayout, output: str = "png") -> float:
    """The smallest scale at which every text on the map reaches the output's minimum size."""
    sizes = [block.style.size for _, block in all_blocks(layout) if block.lines]
    return MIN_TEXT_PX.get(output, 9.0) / min(sizes) if sizes else 0.0

