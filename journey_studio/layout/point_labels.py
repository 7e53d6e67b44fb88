"""Where an emotion point's label goes: beside its face, clear of every curve, face, zero line and other label.

A label is tried below its face, then above, then shifted half a width either
way, on two lines then on one; the first place that touches nothing wins. When
no place is free (a dozen points in one narrow stage) the label is left out of
the picture rather than drawn over the curve: its text stays in the tooltip.
Where faces crowd (five within two face widths) no place can be free, and the
search is not even tried: a map with 1,200 points lays out in a fraction of a second.
"""

import math
from collections import defaultdict
from collections.abc import Iterable, Iterator

from .blocks import Align, TextBlock, text_block
from .geometry import CubicSegment, Point, Rect
from .metrics import LayoutMetrics
from .text import TextStyle, text_width, wrap_text


class Obstacles:
    """What a label must not touch (curve points, faces, placed labels), filed in a coarse grid.

    A label then looks only at the few cells it covers: a map with 1,200 points stays quick.
    """

    CELL = 16.0

    def __init__(self, samples: Iterable[Point], faces: Iterable[Point], face_clear: float) -> None:
        self.face_clear = face_clear
        self._points: dict[tuple[int, int], list[Point]] = defaultdict(list)
        self._faces: dict[tuple[int, int], list[Point]] = defaultdict(list)
        self._rects: dict[tuple[int, int], list[Rect]] = defaultdict(list)
        for point in samples:
            self._points[self._key(point.x, point.y)].append(point)
        for face in faces:
            self._faces[self._key(face.x, face.y)].append(face)

    def _key(self, x: float, y: float) -> tuple[int, int]:
        return int(x // self.CELL), int(y // self.CELL)

    def _cells(self, rect: Rect, reach: float) -> Iterator[tuple[int, int]]:
        x0, y0 = self._key(rect.x - reach, rect.y - reach)
        x1, y1 = self._key(rect.right + reach, rect.bottom + reach)
        for i in range(x0, x1 + 1):
            for j in range(y0, y1 + 1):
                yield i, j

    def crowded(self, centre: Point) -> bool:
        """Five or more other faces within two face widths: no label fits there, do not search."""
        reach = 2 * self.face_clear
        box = Rect(centre.x - reach, centre.y - 2 * reach, 2 * reach, 4 * reach)
        left, right, top, bottom = box.x, box.right, box.y, box.bottom
        near = 0
        for cell in self._cells(box, 0.0):
            for face in self._faces.get(cell, ()):
                if left <= face.x <= right and top <= face.y <= bottom:
                    near += 1
                    if near > 5:  # itself and five others: enough to know (faces stacked in a column ran to 40)
                        return True
        return False

    def take(self, rect: Rect) -> None:
        for cell in self._cells(rect, 0.0):
            self._rects[cell].append(rect)

    def touches(self, ink: Rect) -> bool:
        for cell in self._cells(ink, self.face_clear):  # faces and labels first: few, and they reject most
            for face in self._faces.get(cell, ()):
                if hits_circle(ink, face, self.face_clear):
                    return True
            for other in self._rects.get(cell, ()):
                if ink.intersects(other.adjusted(-2, -1, 2, 1)):
                    return True
        # Curve points within 2.5 px of the label (samples lie 3 px apart: a crossing always leaves one there).
        x0, y0, x1, y1 = ink.x - 2.5, ink.y - 2.5, ink.right + 2.5, ink.bottom + 2.5
        for cell in self._cells(ink, 2.5):
            for p in self._points.get(cell, ()):
                if x0 <= p.x <= x1 and y0 <= p.y <= y1:
                    return True
        return False


def curve_samples(segments: Iterable[CubicSegment], spacing: float = 2.0) -> list[Point]:
    """Points along the curve no further than about ``spacing`` apart: dense enough to test a label against."""
    points: list[Point] = []
    for segment in segments:
        length = math.dist((segment.start.x, segment.start.y), (segment.end.x, segment.end.y))
        length += math.dist((segment.start.x, segment.start.y), (segment.c1.x, segment.c1.y)) * 0.5
        steps = max(8, int(length / spacing) + 1)
        (x0, y0), (x1, y1) = (segment.start.x, segment.start.y), (segment.c1.x, segment.c1.y)
        (x2, y2), (x3, y3) = (segment.c2.x, segment.c2.y), (segment.end.x, segment.end.y)
        for k in range(steps + 1):
            # connectors.point_on's sums, term for term (the same floats), each weight computed once for x and y.
            t = k / steps
            u = 1 - t
            a, b, c, d = u**3, 3 * u * u * t, 3 * u * t * t, t**3
            points.append(Point(a * x0 + b * x1 + c * x2 + d * x3, a * y0 + b * y1 + c * y2 + d * y3))
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


def hits_points(rect: Rect, points: Iterable[Point], margin: float = 1.5) -> bool:
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
    obstacles: Obstacles,
    m: LayoutMetrics,
) -> TextBlock:
    """The first free place for ``text`` around the face at ``centre`` (an empty block if none is free).

    The chosen label is added to ``obstacles``, so later labels keep clear of it.
    """
    style: TextStyle = m.point_label
    face_clear = obstacles.face_clear
    if not text.strip() or obstacles.crowded(centre):
        return text_block(text, style, centre.x, centre.y, 0.0, 0, Align.CENTER)  # the text stays for the tooltip
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
        if not probe.lines:
            continue
        inks = ink_rects(probe)  # wrapped and measured once; each spot only moves them
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
            moved = [Rect(ink.x + x, ink.y + y, ink.width, ink.height) for ink in inks]
            if _free(moved, area, zero_y, obstacles):
                for ink in moved:
                    obstacles.take(ink)
                return TextBlock(Rect(x, y, probe.rect.width, probe.rect.height), probe.style, probe.lines,
                                 probe.elided, probe.full_text, probe.align)
    return text_block(text, style, centre.x, centre.y, 0.0, 0, Align.CENTER)


def _free(inks: list[Rect], area: Rect, zero_y: float | None, obstacles: Obstacles) -> bool:
    for ink in inks:
        if not area.contains(ink):
            return False
        if zero_y is not None and ink.y - 1 <= zero_y <= ink.bottom + 1:
            return False
        if obstacles.touches(ink):
            return False
    return True
