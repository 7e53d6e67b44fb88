"""A :class:`~journey_studio.painter.surface.Surface` that writes PowerPoint shapes (DrawingML) as text.

The map painter draws a slide once for every format; on this surface each of its paths becomes a native
freeform, each rectangle a shape, each text block one text box holding its lines (found in the layout, so
a card's title is one shape a presenter edits), each card, stage or curve a named group. Nothing is a
picture, so the deck looks like the PNG and every word stays editable.

The shapes are written as XML text and parsed once a slide: python-pptx's object model costs about a
millisecond a shape, which made a 60-slide deck of 12,000 shapes take a minute.
"""

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from xml.sax.saxutils import escape

from ..layout import Align, Rect, TextBlock
from ..layout.text import TextStyle, font_ascent, font_descent, text_width
from ..painter.colour import colour
from ..painter.icons import load_icon
from ..painter.path import Close, Cubic, Line, Move, VectorPath
from ..painter.surface import Stroke
from .office_text import office_line

EMU_PER_PX = 6350
"""A 1920-pixel slide is 13.333 in = 12,192,000 EMU wide."""
PT_PER_PX = 0.5
FONT = "Arial"
"""On Windows and macOS; LibreOffice substitutes Liberation Sans, drawn to Arial's metrics, and it is narrower
than the Noto Sans the layout measures with, so every line the layout wrapped still fits."""
NAMESPACES = ('xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
              'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" '
              'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
CURVE_STEPS = 10
"""Straight pieces a Bézier becomes where a clip cuts it (a shape cannot be clipped in PowerPoint)."""
SLIVER = 3.0
"""Slide pixels: a shape the clip leaves thinner than this (the shadow of a card on the slide before) is left
out, where a picture would show a hairline a presenter would only wonder about."""
_CAPS = {"butt": "flat", "round": "rnd", "square": "sq"}


@dataclass(frozen=True, slots=True)
class _Transform:
    """Layout units to slide pixels: x' = x·k + dx, y' = y·k + dy (the slide's parts scale evenly)."""

    k: float = 1.0
    dx: float = 0.0
    dy: float = 0.0

    def point(self, x: float, y: float) -> tuple[float, float]:
        return x * self.k + self.dx, y * self.k + self.dy


def _emu(value: float) -> int:
    return round(value * EMU_PER_PX)


def _fill(value: str | None) -> str:
    if value is None:
        return "<a:noFill/>"
    c = colour(value)
    alpha = "" if c.alpha >= 0.999 else f'<a:alpha val="{round(c.alpha * 100000)}"/>'
    return f'<a:solidFill><a:srgbClr val="{c.hex[1:].upper()}">{alpha}</a:srgbClr></a:solidFill>'


class PptxSurface:
    """Shapes for one slide, in slide pixels (1920 × 1080); :meth:`xml` gives them for the slide's shape tree.

    ``blocks``: the text blocks the painter will draw (the layout's), so that the lines of one block become
    one text box, aligned and as wide as the layout made it. ``language``: the text's, for the spelling checker
    of whoever edits it.
    """

    def __init__(self, blocks: Iterable[TextBlock] = (), language: str = "en-US") -> None:
        self._language = escape(language, _QUOTE)
        self._transform = _Transform()
        self._clips: list[tuple[float, float, float, float]] = []
        self._stack: list[list[str]] = [[]]
        self._names: list[str] = []
        self._next_id = 2
        self._blocks: dict[tuple[str, float], list[TextBlock]] = {}
        for block in blocks:
            if block.lines:
                self._blocks.setdefault((block.lines[0], round(block.baseline(0), 1)), []).append(block)
        self._pending: tuple[TextBlock, int, _Transform] | None = None

    # -- the painter's side ----------------------------------------------------------------

    @contextmanager
    def placed(self, source: Rect, target: Rect) -> Iterator[None]:
        """Drawing inside is in ``source`` units, shown in ``target`` (slide pixels): a slide's part."""
        outer = self._transform
        k = target.width / source.width
        local = _Transform(k, target.x - source.x * k, target.y - source.y * k)
        self._transform = _Transform(outer.k * local.k, outer.k * local.dx + outer.dx, outer.k * local.dy + outer.dy)
        try:
            yield
        finally:
            self._transform = outer

    def fill_rect(self, rect: Rect, fill: str) -> None:
        box = self._clip_box(self._box(rect))
        if box is not None:
            self._shape("rect", box, _fill(fill), "<a:ln><a:noFill/></a:ln>", name="rectangle")

    def draw_path(self, path: VectorPath, fill: str | None = None, stroke: Stroke | None = None) -> None:
        t = self._transform
        steps = [_moved(step, t) for step in path]
        if not steps:
            return
        xs, ys = _extent(steps)
        clip = self._clips[-1] if self._clips else None
        if clip is not None:
            if xs[1] < clip[0] or xs[0] > clip[2] or ys[1] < clip[1] or ys[0] > clip[3]:
                return
            if xs[0] < clip[0] - 0.5 or xs[1] > clip[2] + 0.5 or ys[0] < clip[1] - 0.5 or ys[1] > clip[3] + 0.5:
                for piece in _clipped(steps, clip, fill is not None):
                    (left, right), (top, bottom) = _extent(piece)
                    if right - left >= SLIVER or bottom - top >= SLIVER if fill is None else \
                            right - left >= SLIVER and bottom - top >= SLIVER:
                        self._freeform([(piece, fill is not None, stroke is not None)], fill, stroke)
                return
        preset = _preset(steps)
        if preset is not None:
            geometry, box, adjust = preset
            self._shape(geometry, box, _fill(fill), self._line(stroke), name=geometry, adjust=adjust)
            return
        self._freeform([(steps, fill is not None, stroke is not None)], fill, stroke)

    def draw_text(self, x: float, baseline: float, text: str, style: TextStyle, colour_: str) -> None:
        t = self._transform
        pending = self._pending
        if pending is not None:
            block, index, at = pending
            if (at == t and index < len(block.lines) and block.lines[index] == text
                    and abs(block.baseline(index) - baseline) < 0.05):
                self._pending = (block, index + 1, at) if index + 1 < len(block.lines) else None
                return
            self._pending = None
        block = next((b for b in self._blocks.get((text, round(baseline, 1)), ())
                      if b.rect.x - 0.5 <= x <= b.rect.right + 0.5 and b.style == style), None)
        if block is None:  # a mark's letter, an online label: one line where the painter put it
            width = text_width(text, style) * 1.12 + 2
            top = baseline - font_ascent(style) - (style.line_height - font_ascent(style) - font_descent(style)) / 2
            block = TextBlock(Rect(x, top, width, style.line_height), style, (text,), False, text)
        elif len(block.lines) > 1:
            self._pending = (block, 1, t)
        self.text_block(block, colour_)

    def draw_icon(self, folder: str, name: str, rect: Rect, colour_: str) -> bool:
        """The icon as one freeform of its paths (stroked, filled or both in ``colour_``)."""
        icon = load_icon(folder, name)
        if icon is None:
            return False
        t = self._transform
        if self._clips:  # an icon is small: shown when its centre is inside the clip, else left out whole
            (cx, cy), c = t.point(rect.center.x, rect.center.y), self._clips[-1]
            if not (c[0] <= cx <= c[2] and c[1] <= cy <= c[3]):
                return True
        k = rect.width / 24
        at = _Transform(t.k * k, t.k * rect.x + t.dx, t.k * rect.y + t.dy)
        pieces = [([_moved(step, at) for step in shape.path], shape.filled, shape.stroked) for shape in icon.shapes]
        width = max((shape.stroke_width for shape in icon.shapes if shape.stroked), default=0.0) * k
        stroke = Stroke(colour_, width, cap="round") if width else None
        self._freeform(pieces, colour_ if any(shape.filled for shape in icon.shapes) else None, stroke,
                       f"icon {name}")
        return True

    def draw_image(self, rect: Rect, data: bytes, mime: str) -> None:
        """Not on a map's slide (avatars are on the report's persona pages): nothing is drawn."""

    @contextmanager
    def clipped(self, rect: Rect) -> Iterator[None]:
        x0, y0, x1, y1 = self._box(rect)
        if self._clips:
            c = self._clips[-1]
            x0, y0, x1, y1 = max(x0, c[0]), max(y0, c[1]), min(x1, c[2]), min(y1, c[3])
        self._clips.append((x0, y0, x1, y1))
        try:
            yield
        finally:
            self._clips.pop()

    @contextmanager
    def group(self, kind: str, ident: str = "") -> Iterator[None]:
        """A card, a stage, a curve: one group a presenter moves as one (one shape needs no group)."""
        self._stack.append([])
        self._names.append(f"{kind} {ident}".strip())
        try:
            yield
        finally:
            shapes = self._stack.pop()
            name = self._names.pop()
            if len(shapes) == 1:
                self._stack[-1].append(shapes[0].replace(' name="', f' name="{escape(name, _QUOTE)} · ', 1))
            elif shapes:
                self._stack[-1].append(self._group_xml(name, shapes))

    # -- text ------------------------------------------------------------------------------

    def text_block(self, block: TextBlock, ink: str, name: str = "") -> None:
        """``block`` as one text box: its lines as the layout wrapped them, kept as soft breaks."""
        if block.is_empty:
            return
        x0, y0, x1, y1 = self._box(block.rect)
        clip = self._clips[-1] if self._clips else None
        if clip is not None and not (clip[1] - 1 <= (y0 + y1) / 2 <= clip[3] + 1 and x0 < clip[2] and x1 > clip[0]):
            return
        k = self._transform.k
        size = round(block.style.size * k * PT_PER_PX * 2) / 2
        spacing = round(block.style.line_height * k * PT_PER_PX * 100)
        face = block.style.face.name
        bold = ' b="1"' if "BOLD" in face else ' b="0"'
        italic = ' i="1"' if "ITALIC" in face else ""
        run_props = (f'<a:rPr lang="{self._language}" sz="{round(size * 100)}"{bold}{italic} dirty="0">{_fill(ink)}'
                     f'<a:latin typeface="{FONT}"/><a:cs typeface="{FONT}"/></a:rPr>')
        runs = f"<a:br>{run_props}</a:br>".join(
            f"<a:r>{run_props}<a:t>{escape(office_line(line))}</a:t></a:r>" for line in block.lines)
        align = {Align.LEFT: "l", Align.CENTER: "ctr", Align.RIGHT: "r"}[block.align]
        slack = 0.05 * 96  # the layout's lines hold in Arial; a little room so no renderer wraps them again
        if block.align is Align.LEFT:
            x1 += slack
        elif block.align is Align.RIGHT:
            x0 -= slack
        else:
            x0, x1 = x0 - slack / 2, x1 + slack / 2
        body = (f'<p:txBody><a:bodyPr wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="t" rtlCol="0">'
                f'<a:noAutofit/></a:bodyPr><a:lstStyle/><a:p><a:pPr algn="{align}"><a:lnSpc>'
                f'<a:spcPts val="{spacing}"/></a:lnSpc></a:pPr>{runs}</a:p></p:txBody>')
        self._shape("rect", (x0, y0, x1, y1), "<a:noFill/>", "", body, name or "text", text_box=True)

    # -- output ----------------------------------------------------------------------------

    def shapes_xml(self) -> str:
        """Every shape drawn, in order: children for a slide's ``p:spTree`` (whose slide declares a:, p:, r:)."""
        return "".join(self._stack[0])

    def xml(self) -> str:
        """The shapes wrapped in a ``p:spTree`` that declares the namespaces, to parse on their own."""
        return f"<p:spTree {NAMESPACES}>{self.shapes_xml()}</p:spTree>"

    # -- internals -------------------------------------------------------------------------

    def _box(self, rect: Rect) -> tuple[float, float, float, float]:
        x0, y0 = self._transform.point(rect.x, rect.y)
        x1, y1 = self._transform.point(rect.right, rect.bottom)
        return x0, y0, x1, y1

    def _clip_box(self, box: tuple[float, float, float, float]) -> tuple[float, float, float, float] | None:
        if not self._clips:
            return box
        c = self._clips[-1]
        x0, y0, x1, y1 = max(box[0], c[0]), max(box[1], c[1]), min(box[2], c[2]), min(box[3], c[3])
        return (x0, y0, x1, y1) if x1 - x0 > 0.01 and y1 - y0 > 0.01 else None

    def _id(self) -> int:
        self._next_id += 1
        return self._next_id - 1

    def _shape(self, geometry: str, box: tuple[float, float, float, float], fill: str, line: str, body: str = "",
               name: str = "shape", text_box: bool = False, adjust: str = "") -> None:
        x0, y0, x1, y1 = box
        ident = self._id()
        flag = ' txBox="1"' if text_box else ""
        self._stack[-1].append(
            f'<p:sp><p:nvSpPr><p:cNvPr id="{ident}" name="{escape(name, _QUOTE)} {ident}"/><p:cNvSpPr{flag}/>'
            f'<p:nvPr/></p:nvSpPr><p:spPr><a:xfrm><a:off x="{_emu(x0)}" y="{_emu(y0)}"/>'
            f'<a:ext cx="{max(1, _emu(x1 - x0))}" cy="{max(1, _emu(y1 - y0))}"/></a:xfrm>'
            f'<a:prstGeom prst="{geometry}"><a:avLst>{adjust}</a:avLst></a:prstGeom>{fill}{line}</p:spPr>{body}</p:sp>')

    def _line(self, stroke: Stroke | None) -> str:
        if stroke is None:
            return "<a:ln><a:noFill/></a:ln>"
        width = max(1, round(stroke.width * self._transform.k * EMU_PER_PX))
        dash = '<a:prstDash val="dash"/>' if stroke.dash else ""
        return f'<a:ln w="{width}" cap="{_CAPS[stroke.cap]}">{_fill(stroke.colour)}{dash}<a:round/></a:ln>'

    def _freeform(self, pieces: list[tuple[list, bool, bool]], fill: str | None, stroke: Stroke | None,
                  name: str = "path") -> None:
        """One custom shape of ``pieces`` (slide-pixel steps, whether the piece is filled, whether stroked)."""
        every = [step for steps, _, _ in pieces for step in steps]
        xs, ys = _extent(every)
        ox, oy = _emu(xs[0]), _emu(ys[0])
        w, h = max(1, _emu(xs[1]) - ox), max(1, _emu(ys[1]) - oy)
        paths = []
        for steps, filled, stroked in pieces:
            parts = []
            for step in steps:
                kind = type(step)
                if kind is Cubic:
                    parts.append(f'<a:cubicBezTo><a:pt x="{_emu(step.x1) - ox}" y="{_emu(step.y1) - oy}"/>'
                                 f'<a:pt x="{_emu(step.x2) - ox}" y="{_emu(step.y2) - oy}"/>'
                                 f'<a:pt x="{_emu(step.x) - ox}" y="{_emu(step.y) - oy}"/></a:cubicBezTo>')
                elif kind is Line:
                    parts.append(f'<a:lnTo><a:pt x="{_emu(step.x) - ox}" y="{_emu(step.y) - oy}"/></a:lnTo>')
                elif kind is Move:
                    parts.append(f'<a:moveTo><a:pt x="{_emu(step.x) - ox}" y="{_emu(step.y) - oy}"/></a:moveTo>')
                else:
                    parts.append("<a:close/>")
            flags = ("" if filled else ' fill="none"') + ("" if stroked else ' stroke="0"')
            paths.append(f'<a:path w="{w}" h="{h}"{flags}>{"".join(parts)}</a:path>')
        geometry = (f'<a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/><a:rect l="l" t="t" r="r" b="b"/>'
                    f'<a:pathLst>{"".join(paths)}</a:pathLst></a:custGeom>')
        ident = self._id()
        self._stack[-1].append(
            f'<p:sp><p:nvSpPr><p:cNvPr id="{ident}" name="{name} {ident}"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>'
            f'<p:spPr><a:xfrm><a:off x="{ox}" y="{oy}"/><a:ext cx="{w}" cy="{h}"/></a:xfrm>{geometry}'
            f'{_fill(fill)}{self._line(stroke)}</p:spPr></p:sp>')

    def _group_xml(self, name: str, shapes: list[str]) -> str:
        offs = [(int(a), int(b)) for shape in shapes for a, b in _offsets(shape)]
        exts = [(int(a), int(b)) for shape in shapes for a, b in _extents(shape)]
        x0 = min(x for x, _ in offs)
        y0 = min(y for _, y in offs)
        x1 = max(x + cx for (x, _), (cx, _) in zip(offs, exts, strict=True))
        y1 = max(y + cy for (_, y), (_, cy) in zip(offs, exts, strict=True))
        ident = self._id()
        frame = (f'<a:off x="{x0}" y="{y0}"/><a:ext cx="{x1 - x0}" cy="{y1 - y0}"/>'
                 f'<a:chOff x="{x0}" y="{y0}"/><a:chExt cx="{x1 - x0}" cy="{y1 - y0}"/>')
        return (f'<p:grpSp><p:nvGrpSpPr><p:cNvPr id="{ident}" name="{escape(name, _QUOTE)}"/><p:cNvGrpSpPr/><p:nvPr/>'
                f'</p:nvGrpSpPr><p:grpSpPr><a:xfrm>{frame}</a:xfrm></p:grpSpPr>{"".join(shapes)}</p:grpSp>')


_QUOTE = {'"': "&quot;"}


def _offsets(xml: str) -> Iterator[tuple[str, str]]:
    """The a:off of each top shape in ``xml`` (a group's own frame stands for the group)."""
    start = xml.index('<a:off x="')
    x_start = start + 10
    x_end = xml.index('"', x_start)
    y_start = xml.index('y="', x_end) + 3
    yield xml[x_start:x_end], xml[y_start:xml.index('"', y_start)]


def _extents(xml: str) -> Iterator[tuple[str, str]]:
    start = xml.index('<a:ext cx="')
    x_start = start + 11
    x_end = xml.index('"', x_start)
    y_start = xml.index('cy="', x_end) + 4
    yield xml[x_start:x_end], xml[y_start:xml.index('"', y_start)]


def _moved(step: Move | Line | Cubic | Close, t: _Transform) -> Move | Line | Cubic | Close:
    kind = type(step)
    k, dx, dy = t.k, t.dx, t.dy
    if kind is Cubic:
        return Cubic(step.x1 * k + dx, step.y1 * k + dy, step.x2 * k + dx, step.y2 * k + dy,  # type: ignore[union-attr]
                     step.x * k + dx, step.y * k + dy)  # type: ignore[union-attr]
    if kind is Close:
        return step
    return kind(step.x * k + dx, step.y * k + dy)  # type: ignore[union-attr,call-arg]


def _scaled(step: Move | Line | Cubic | Close, k: float, x: float, y: float) -> Move | Line | Cubic | Close:
    return _moved(step, _Transform(k, x, y))


def _preset(steps: list) -> tuple[str, tuple[float, float, float, float], str] | None:
    """The preset shape ``steps`` draw, when they are the painter's ellipse, rectangle or rounded rectangle:
    a presenter resizes a preset without its corners stretching."""
    kinds = tuple(type(step) for step in steps)
    if kinds == _ELLIPSE:
        m, top_right = steps[0], steps[2]
        left, bottom = steps[2].x, steps[1].y
        if abs(steps[1].x - steps[3].x) < 0.01 and abs(top_right.y - m.y) < 0.01:
            return "ellipse", (left, steps[3].y, m.x, bottom), ""
    elif kinds in (_ROUNDED, _TOP_ROUNDED, _RECT):
        xs, ys = _extent(steps)
        width, height = xs[1] - xs[0], ys[1] - ys[0]
        if width <= 0 or height <= 0:
            return None
        box = (xs[0], ys[0], xs[1], ys[1])
        if kinds == _RECT:
            if all(abs(step.x - xs[0]) < 0.01 or abs(step.x - xs[1]) < 0.01 for step in steps[:4]):
                return "rect", box, ""
            return None
        adjust = round((steps[0].x - xs[0]) / min(width, height) * 100000)
        if kinds == _ROUNDED:
            return "roundRect", box, f'<a:gd name="adj" fmla="val {adjust}"/>'
        return "round2SameRect", box, f'<a:gd name="adj1" fmla="val {adjust}"/><a:gd name="adj2" fmla="val 0"/>'
    return None


_ELLIPSE = (Move, Cubic, Cubic, Cubic, Cubic, Close)
_ROUNDED = (Move, Line, Cubic, Line, Cubic, Line, Cubic, Line, Cubic, Close)
_TOP_ROUNDED = (Move, Line, Cubic, Line, Line, Line, Cubic, Close)
_RECT = (Move, Line, Line, Line, Close)


def _extent(steps: list) -> tuple[tuple[float, float], tuple[float, float]]:
    xs: list[float] = []
    ys: list[float] = []
    for step in steps:
        if type(step) is Cubic:
            xs += (step.x1, step.x2, step.x)
            ys += (step.y1, step.y2, step.y)
        elif type(step) is not Close:
            xs.append(step.x)
            ys.append(step.y)
    return (min(xs), max(xs)), (min(ys), max(ys))


def _flattened(steps: list) -> list[tuple[list[tuple[float, float]], bool]]:
    """Each sub-path as a polyline (Béziers in :data:`CURVE_STEPS` pieces), and whether it is closed."""
    paths: list[tuple[list[tuple[float, float]], bool]] = []
    points: list[tuple[float, float]] = []
    for step in steps:
        kind = type(step)
        if kind is Move:
            if len(points) > 1:
                paths.append((points, False))
            points = [(step.x, step.y)]
        elif kind is Line:
            points.append((step.x, step.y))
        elif kind is Cubic:
            (x0, y0) = points[-1] if points else (step.x, step.y)
            for i in range(1, CURVE_STEPS + 1):
                t = i / CURVE_STEPS
                u = 1 - t
                points.append((u ** 3 * x0 + 3 * u * u * t * step.x1 + 3 * u * t * t * step.x2 + t ** 3 * step.x,
                               u ** 3 * y0 + 3 * u * u * t * step.y1 + 3 * u * t * t * step.y2 + t ** 3 * step.y))
        elif points:
            paths.append((points, True))
            points = [points[0]]
    if len(points) > 1:
        paths.append((points, False))
    return paths


def _clipped(steps: list, clip: tuple[float, float, float, float], filled: bool) -> Iterator[list]:
    """The parts of a path inside ``clip``, as straight-line paths: areas cut along the clip's edges (a
    rectangle, so Sutherland–Hodgman holds), lines cut where they leave it."""
    for points, closed in _flattened(steps):
        if filled or closed:
            polygon = _clip_polygon(points, clip)
            if len(polygon) >= 3:
                yield [Move(*polygon[0]), *(Line(*p) for p in polygon[1:]), Close()]
        else:
            for run in _clip_polyline(points, clip):
                yield [Move(*run[0]), *(Line(*p) for p in run[1:])]


def _clip_polygon(points: list[tuple[float, float]], clip: tuple[float, float, float, float]) -> list:
    x0, y0, x1, y1 = clip
    edges = ((0, x0, 1), (0, x1, -1), (1, y0, 1), (1, y1, -1))
    result = points
    for axis, bound, sign in edges:
        if not result:
            break
        source, result = result, []
        for index, current in enumerate(source):
            previous = source[index - 1]
            inside_now = (current[axis] - bound) * sign >= 0
            inside_before = (previous[axis] - bound) * sign >= 0
            if inside_now != inside_before:
                t = (bound - previous[axis]) / (current[axis] - previous[axis])
                result.append((previous[0] + t * (current[0] - previous[0]),
                               previous[1] + t * (current[1] - previous[1])))
            if inside_now:
                result.append(current)
    return result


def _clip_polyline(points: list[tuple[float, float]], clip: tuple[float, float, float, float]) -> list[list]:
    """Runs of the polyline inside ``clip`` (each segment cut by Liang–Barsky)."""
    runs: list[list[tuple[float, float]]] = []
    current: list[tuple[float, float]] = []
    for a, b in zip(points, points[1:], strict=False):
        cut = _clip_segment(a, b, clip)
        if cut is None:
            if len(current) > 1:
                runs.append(current)
            current = []
            continue
        start, end = cut
        if not current or current[-1] != start:
            if len(current) > 1:
                runs.append(current)
            current = [start]
        current.append(end)
    if len(current) > 1:
        runs.append(current)
    return runs


def _clip_segment(a: tuple[float, float], b: tuple[float, float], clip: tuple[float, float, float, float]):
    x0, y0, x1, y1 = clip
    dx, dy = b[0] - a[0], b[1] - a[1]
    t0, t1 = 0.0, 1.0
    for p, q in ((-dx, a[0] - x0), (dx, x1 - a[0]), (-dy, a[1] - y0), (dy, y1 - a[1])):
        if p == 0:
            if q < 0:
                return None
            continue
        r = q / p
        if p < 0:
            t0 = max(t0, r)
        else:
            t1 = min(t1, r)
        if t0 > t1:
            return None
    return (a[0] + t0 * dx, a[1] + t0 * dy), (a[0] + t1 * dx, a[1] + t1 * dy)
