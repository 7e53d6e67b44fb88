"""Where an emotion point's label goes: beside its face, clear of every curve, face, zero line and other label.

A label is tried below its face, then above, then shifted half a width either
way, on two lines then on one; the first place that touches nothing wins. When
no place is free (a dozen points in one narrow stage) the label is left out of
the picture rather than drawn over the curve: its text stays in the tooltip.
"""

import math
from collections.abc import Iterable, Sequence

from .blocks import Align, TextBlock, text_block
from .geometry import CubicSegment, Point, Rect
from .metrics import LayoutMetrics
from .text import TextStyle, text_width


def curve_samples(segments: Iterable[CubicSegment], spacing: float = 2.0) -> list[Point]:
    """Points along the curve no further than about ``spacing`` apart: dense enough to test a label against."""
    from .connectors import point_on

    points: list[Point] = []
    for segment in segments:
        length = math.dist((segment.start.x, segment.start.y), (segment.end.x, segment.end.y))
        length += math.dist((segment.start.x, segment.start.y), (segment.c1.x, segment.c1.y)) * 0.5
        steps = max(8, int(length / spacing) + 1)
        points.extend(point_on(segment, k / steps) for k in range(steps + 1))
    return points


def ink_rects(block: TextBlock) -> list[Rect]:
    """The area each line's glyphs cover, as the renderers align them."""
    rects = []
    for index, line in enumerate(block.lines):
        width = text_width(line, block.style)
        x = block.rect.x
        if block.align is Align.CENTER:
            x += (block.rect.width - width) / 2
        elif block.align is Align.RIGHT:
            x += block.rect.width - width
        rects.append(Rect(x, block.rect.y + index * block.style.line_height, width, block.style.line_height))
    return rects


def hits_points(rect: Rect, points: Sequence[Point], margin: float = 1.5) -> bool:
    grown = rect.adjusted(-margin, -margin, margin, margin)
    return any(grown.x <= p.x <= grown.right and grown.y <= p.y <= grown.bottom for p in points)


def hits_circle(rect: Rect, centre: Point, radius: float) -> bool:
    nearest_x = min(max(centre.x, rect.x), rect.right)
    nearest_y = min(max(centre.y, rect.y), rect.bottom)
    return math.hypot(centre.x - nearest_x, centre.y - nearest_y) < radius


def place_point_label(
    text: str,
    centre: Point,
    max_width: float,
    area: Rect,
    zero_y: float | None,
    samples: Sequence[Point],
    faces: Sequence[Point],
    taken: Sequence[Rect],
    m: LayoutMetrics,
) -> TextBlock:
    """The first free place for ``text`` around the face at ``centre`` (an empty block if none is free)."""
    style: TextStyle = m.point_label
    r = m.emotion_point_radius
    face_clear = r + 7  # the face and a critical ring around it
    if not text.strip():
        return text_block("", style, centre.x, centre.y, 0.0, 0, Align.CENTER)
    natural = text_width(" ".join(text.split()), style) + 2
    for lines in (2, 1):
        width = max(min(natural if lines == 1 else min(natural, max_width), max_width), 24.0)
        if lines == 2 and natural <= max_width:
            width = natural  # fits on one line: the two-line pass would place the same label
        probe = text_block(text, style, 0, 0, width, lines, Align.CENTER, slack=1.0)
        height = len(probe.lines) * style.line_height
        below = centre.y + face_clear + 1
        above = centre.y - face_clear - 1 - height
        for y in (below, above):
            for shift in (0.0, -0.5, 0.5, -1.0, 1.0):
                x = centre.x - width / 2 + shift * (width / 2 + face_clear)
                block = text_block(text, style, x, y, width, lines, Align.CENTER, slack=1.0)
                if _free(block, area, zero_y, samples, faces, taken, face_clear):
                    return block
    return text_block(text, style, centre.x, centre.y, 0.0, 0, Align.CENTER)


def _free(
    block: TextBlock, area: Rect, zero_y: float | None, samples: Sequence[Point], faces: Sequence[Point],
    taken: Sequence[Rect], face_clear: float,
) -> bool:
    if not block.lines:
        return False
    for ink in ink_rects(block):
        if not area.contains(ink):
            return False
        if zero_y is not None and ink.y - 1 <= zero_y <= ink.bottom + 1:
            return False
        if hits_points(ink, samples, 2.5):
            return False
        if any(hits_circle(ink, face, face_clear) for face in faces):
            return False
        if any(ink.intersects(other.adjusted(-2, -1, 2, 1)) for other in taken):
            return False
    return True
