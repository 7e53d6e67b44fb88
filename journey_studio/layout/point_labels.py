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
from .text import TextStyle, text_width, wrap_text


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
    words = text.split()
    natural = text_width(" ".join(words), style) + 2
    longest = max((text_width(word, style) for word in words), default=0.0) + 2
    widths = []
    if natural <= max_width:
        widths.append(natural)  # one line
    balanced = max(longest, natural / 2)  # the narrowest width that holds the text on two lines, no word cut
    while balanced < natural and wrap_text(text, style, balanced, 2).elided:
        balanced += 4
    if balanced < natural:
        widths.append(min(max(balanced, 24.0), max(max_width, longest)))
    elif not widths:
        widths.append(max(min(max_width, natural), 24.0))
    # Last resort before leaving the label out: shorter, cut between words, in the width the neighbours leave.
    widths += [w for w in (max(min(max_width, natural), 24.0), max(min(max_width, natural) * 0.7, 24.0))
               if w not in widths]
    for width in widths:
        lines = 1 if width >= natural else 2
        probe = text_block(text, style, 0, 0, width, lines, Align.CENTER, slack=1.0)
        height = len(probe.lines) * style.line_height
        spots = []
        for y in (centre.y + face_clear + 1, centre.y - face_clear - 1 - height):
            centred = centre.x - width / 2
            clamped = min(max(centred, area.x + 1), area.right - 1 - width)
            spots += [(centred, y), (clamped, y)]
            spots += [(centred + shift * (width / 2 + face_clear), y) for shift in (-0.5, 0.5, -1.0, 1.0)]
        middle = centre.y - height / 2  # beside the face
        spots += [(centre.x + face_clear + 2, middle), (centre.x - face_clear - 2 - width, middle)]
        for x, y in spots:
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
