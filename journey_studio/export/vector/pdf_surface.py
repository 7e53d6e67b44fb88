"""A :class:`Surface` over a reportlab canvas: vector PDF pages, the bundled fonts embedded, text selectable.

Pages are laid out in layout units (1 px = 0.75 pt, as at 96 dpi) with y
pointing down; this class turns that into PDF's points with y pointing up.

reportlab keeps the document (pages, embedded font subsets, images, forms,
opacity states); the drawing itself is written as PDF operators, because
reportlab's path and text objects format every number through a slow pure-Python
routine, and a thousand-card map is tens of thousands of numbers.
"""

import io
import os
import re
import weakref
import zlib
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from datetime import datetime

from reportlab import rl_config
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFResourceDictionary, xObjectName
from reportlab.pdfgen.canvas import Canvas

from ...layout import Rect
from ...layout.text import FontFace, TextStyle
from ...painter.colour import Colour, colour
from ...painter.icons import load_icon
from ...painter.path import Close, Cubic, Line, Move, VectorPath
from ...painter.surface import Stroke
from .pdf_fonts import (
    PDF_NAMES,
    Run,
    fallback_for,
    font_runs,
    outside,
    register_fonts,
    string_width,
)

PT_PER_PX = 0.75
ZLIB_LEVEL = 3
"""Page streams compressed at zlib level 3, not reportlab's 6: four times quicker, a sixth larger."""
_CAPS = {"butt": 0, "round": 1, "square": 2}
_LITERAL = [chr(b) if 32 <= b < 127 and chr(b) not in "\\()" else f"\\{b:03o}" for b in range(256)]
"""Each byte as it may stand in a PDF literal string."""


def _f(value: float) -> str:
    """A number as PDF writes it: two decimals (a hundredth of a pixel), quick to format."""
    return f"{value:.2f}"


class _Numbers(dict[float, str]):
    """Each number as PDF writes it, two decimals (a hundredth of a pixel), formatted once: a map's paths
    repeat the same few thousand coordinates (a column's edge, a card's corner offsets) hundreds of times."""

    def __missing__(self, value: float) -> str:
        if len(self) > 200_000:
            self.clear()
        text = self[value] = f"{value:.2f}"
        return text


_NUMBERS = _Numbers()
_number = _NUMBERS.__getitem__
_STEP_OPS = {Cubic: "%s %s %s %s %s %s c", Line: "%s %s l", Move: "%s %s m", Close: "h"}
_shapes: dict[tuple[type, ...], str] = {}
"""A path's step kinds → its operators with a slot per number: paths of one shape share it."""


def _path_ops(path: VectorPath) -> str:
    """The path's operators, each number written as :data:`_NUMBERS` has it."""
    steps = path.steps
    kinds = tuple(map(type, steps))
    template = _shapes.get(kinds)
    if template is None:
        template = _shapes[kinds] = " ".join(_STEP_OPS[kind] for kind in kinds)
    numbers: list[float] = []
    add = numbers.extend
    for step in steps:
        kind = type(step)
        if kind is Cubic:
            add((step.x1, step.y1, step.x2, step.y2, step.x, step.y))  # type: ignore[union-attr]
        elif kind is not Close:
            add((step.x, step.y))  # type: ignore[union-attr]
    return template % tuple(map(_number, numbers))


SYNTHETIC_BOLD_MODE = "2 Tr"
"""Text render mode fill-then-stroke: a fallback font's glyphs in bold text, thickened by their outline."""
SYNTHETIC_BOLD_STROKE = 0.04
"""That outline's width, a share of the type size (each side gains half of it)."""
SYNTHETIC_SLANT = 0.2
"""A fallback font's glyphs in italic text lean by this much of their height (about 11°)."""

_shape_texts: dict[int, tuple[VectorPath, str]] = {}
"""A shared shape (``painter.path.placed``) → its operators; the shape is held, so its id is not reused."""


def _shape_ops(shape: VectorPath) -> str:
    kept = _shape_texts.get(id(shape))
    if kept is None or kept[0] is not shape:
        if len(_shape_texts) > 4096:
            _shape_texts.clear()
        kept = _shape_texts[id(shape)] = (shape, _path_ops(shape))
    return kept[1]


AHEAD_MIN_BYTES = 16_384
"""A page stream at least this long is deflated on a thread while the next pages are drawn."""
_ahead: dict[int, tuple[str, "Future[bytes]"]] = {}
"""A page stream (held, so its id is not reused) → its deflating, started when its page ended."""


def _forget(streams: list[str]) -> None:
    for stream in streams:
        _ahead.pop(id(stream), None)
    streams.clear()


def _compress(text: str | bytes) -> bytes:
    kept = _ahead.pop(id(text), None)
    if kept is not None and kept[0] is text:
        return kept[1].result()
    return zlib.compress(text.encode("utf8") if isinstance(text, str) else text, ZLIB_LEVEL)


def _pdf_date(moment: datetime) -> str:
    """A PDF date string (D:YYYYMMDDHHmmSS+HH'mm') for an aware ``moment``."""
    offset = moment.utcoffset()
    minutes = round(offset.total_seconds() / 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "-"
    return f"D:{moment:%Y%m%d%H%M%S}{sign}{abs(minutes) // 60:02d}'{abs(minutes) % 60:02d}'"


def _rgb(c: Colour) -> str:
    return f"{_f(c.red / 255)} {_f(c.green / 255)} {_f(c.blue / 255)}"


class PdfSurface:
    def __init__(self, title: str = "", author: str = "", subject: str = "") -> None:
        register_fonts()
        # Binary zlib streams: reportlab's default also wraps them in ASCII85, in pure Python, for
        # 7-bit mail transports nobody uses; it tripled the time to write a large map.
        rl_config.useA85 = 0
        pdfdoc.PDFZCompress.encode = _compress  # reportlab's one page-stream filter; nothing else here uses it
        self._buffer = io.BytesIO()
        self._canvas = Canvas(self._buffer, pageCompression=1, invariant=1,
                              initialFontName=PDF_NAMES[FontFace.REGULAR])
        self._canvas.setTitle(title)
        self._canvas.setAuthor(author)
        self._canvas.setSubject(subject)
        self._canvas.setCreator("Journey Studio")
        # invariant=1 keeps object ids stable, but would also date every report 2000-01-01: say when it was made.
        self._canvas.setDateFormatter(lambda *_fixed: _pdf_date(datetime.now().astimezone()))
        self._icons: dict[tuple[str, str, str], str | None] = {}
        self._shown: dict[tuple[str, FontFace, float], str | tuple[tuple[float, str, str], ...]] = {}
        """A text's show operators; for bold or italic text with fallback runs, (advance, slant, operators) per run."""
        """Text already shown → its operators: subset names belong to this document, so the cache does too."""
        self._outside: dict[str, tuple[tuple[frozenset[str], str, dict[int, str], int], re.Pattern[str]]] = {}
        """Face → its entry of :attr:`_known` and the characters outside that entry's subset, as a pattern."""
        self._known: dict[str, tuple[frozenset[str], str, dict[int, str], int]] = {}
        """Font → the characters placed in its first subset, that subset's name, their codes as PDF literals, and how
        many characters the font had placed then."""
        self._strokes: dict[Stroke, tuple[tuple[str, str | float], ...]] = {}
        """A stroke → its state keys and operators (its opacity as a number, for reportlab to keep)."""
        self._bold_strokes: dict[tuple[str, float], Stroke] = {}
        """(ink, type size) → the stroke that thickens a fallback font's glyphs in bold text."""
        self._fills: dict[str, tuple[str, float]] = {}
        """Colour as the theme writes it → its fill operator and opacity."""
        self._page_starts: dict[tuple[float, float, tuple[str, ...], tuple[float, ...]],
                                tuple[tuple[str, ...], tuple[float, ...]]] = {}
        """A page's size and reportlab's code and matrix before its transform → both after it."""
        self._deflater: ThreadPoolExecutor | None = None
        self._streams: list[str] = []
        """The page streams deflated ahead, to forget them when the document is written (or the surface dropped
        unfinished, by a failed export)."""
        weakref.finalize(self, _forget, self._streams)
        self._page_open = False
        self._pages = 0
        self._bookmarks = 0
        self._reset_state()

    @property
    def page_count(self) -> int:
        return self._pages

    # -- pages, views, outline -------------------------------------------------------------

    def begin_page(self, width: float, height: float) -> None:
        """A new page ``width`` × ``height`` layout units; (0, 0) is its top-left corner."""
        if self._page_open:
            self.end_page()
        c = self._canvas
        c.setPageSize((width * PT_PER_PX, height * PT_PER_PX))
        # reportlab's translate and scale merge into one matrix written through its slow number formatting: a
        # page of a known size starting from a known state gets the very code and matrix they gave it before.
        key = (width, height, tuple(c._code), c._currentMatrix)
        known = self._page_starts.get(key)
        if known is None:
            c.translate(0, height * PT_PER_PX)
            c.scale(PT_PER_PX, -PT_PER_PX)
            if len(self._page_starts) < 64:
                self._page_starts[key] = (tuple(c._code), c._currentMatrix)
        else:
            c._code[:] = known[0]
            c._currentMatrix = known[1]
        self._reset_state()
        self._page_open = True
        self._pages += 1

    def end_page(self) -> None:
        if self._page_open:
            self._canvas.showPage()
            self._page_open = False
            self._deflate_ahead(self._canvas._doc.Pages.pages[-1].stream)

    def _deflate_ahead(self, stream: object) -> None:
        """Start deflating a finished page's stream on a second core: zlib lets go of Python's lock while it
        works, so the next pages are drawn meanwhile, and reportlab's save finds the very bytes it would make."""
        if not isinstance(stream, str) or len(stream) < AHEAD_MIN_BYTES or (os.cpu_count() or 1) < 2:
            return
        if self._deflater is None:
            self._deflater = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pdf-deflate")
        data = stream.encode("utf8")
        _ahead[id(stream)] = (stream, self._deflater.submit(zlib.compress, data, ZLIB_LEVEL))
        self._streams.append(stream)

    def bookmark(self, title: str, level: int = 0) -> None:
        """An entry in the PDF outline (the viewer's side panel) pointing at the current page."""
        self._bookmarks += 1
        key = f"bookmark{self._bookmarks}"
        self._canvas.bookmarkPage(key)
        self._canvas.addOutlineEntry(title, key, level=level, closed=level == 0)

    @contextmanager
    def view(self, source: Rect, target: Rect) -> Iterator[None]:
        """Drawing in the ``with`` block is in ``source`` coordinates, shown scaled into ``target``, clipped."""
        k = target.width / source.width
        c = self._canvas
        c.saveState()
        self._clip_to(target)
        c.addLiteral(f"{_f(k)} 0 0 {_f(k)} {_f(target.x - source.x * k)} {_f(target.y - source.y * k)} cm")
        self._reset_state()
        try:
            yield
        finally:
            c.restoreState()
            self._reset_state()

    def finish(self) -> bytes:
        """The PDF file's bytes; the surface cannot be drawn on afterwards."""
        self.end_page()
        self._define_icon_forms()
        try:
            self._canvas.save()
        finally:
            self._stop_deflating()
        return self._buffer.getvalue()

    def _stop_deflating(self) -> None:
        """Forget what was deflated ahead and not used, and end the thread (a command that forks next sees one)."""
        _forget(self._streams)
        if self._deflater is not None:
            self._deflater.shutdown(wait=True)
            self._deflater = None

    # -- Surface ---------------------------------------------------------------------------

    def fill_rect(self, rect: Rect, fill: str) -> None:
        if fill != self._fill_now:
            self._fill(fill)
        n = _number
        self._canvas._code.append(f"{n(rect.x)} {n(rect.y)} {n(rect.width)} {n(rect.height)} re f")

    def draw_path(self, path: VectorPath, fill: str | None = None, stroke: Stroke | None = None) -> None:
        if fill is None and stroke is None:
            return
        shape = getattr(path, "shape", None)
        moved = shape is not None and getattr(path, "_steps", ()) is None
        if not (shape if moved else path):  # a moved shape is as empty as its shape: asked once, not twice
            return
        if fill is not None and fill != self._fill_now:
            self._fill(fill)
        if stroke is not None and stroke is not self._stroke_now:
            self._stroke(stroke)
        paint = "B" if fill is not None and stroke is not None else "f" if fill is not None else "S"
        if moved:
            # A shared shape moved (a card's outline, a face): its operators written once, moved by a translation.
            assert shape is not None
            dx, dy = path.offset
            n = _number
            self._canvas._code.append(f"q 1 0 0 1 {n(dx)} {n(dy)} cm {_shape_ops(shape)} {paint} Q")
            return
        self._canvas._code.append(f"{_path_ops(path)} {paint}")

    def draw_text(self, x: float, baseline: float, text: str, style: TextStyle, colour_: str) -> None:
        key = (text, style.face, style.size)
        shown = self._shown.get(key)
        if shown is None:
            shown = self._shown[key] = (self._plain_ops(text, style) or self._placed_runs_ops(text, style)
                                        or self._shown_ops(text, style))
        if not shown:
            return
        if colour_ != self._fill_now:
            self._fill(colour_)
        if isinstance(shown, str):
            self._canvas._code.append(f"BT 1 0 0 -1 {_number(x)} {_number(baseline)} Tm {shown} ET")
            return
        self._synthetic(x, baseline, shown, style, colour_)

    def _plain_ops(self, text: str, style: TextStyle) -> str:
        """The show operators of ``text`` when all of its characters already have their place in the face's first
        subset (most of a large map's text, once its letters have been seen): one run in the face, by a translation
        table, with none of :func:`font_runs`' cutting into runs. Empty when the text needs more than that."""
        primary = PDF_NAMES[style.face]
        known = self._known.get(primary)
        if known is None or not text:
            return ""
        kept = self._outside.get(primary)
        if kept is None or kept[0] is not known:
            kept = self._outside[primary] = (known, outside(known[0], style.face))
        if kept[1].search(text):  # one search in C, not a set look-up per character and a second search
            return ""
        return f"{known[1]} {style.size:.2f} Tf ({text.translate(known[2])}) Tj"

    def _placed_runs_ops(self, text: str, style: TextStyle) -> str | tuple[tuple[float, str, str], ...]:
        """What :meth:`_shown_ops` gives ``text`` when its characters are each placed in a first subset already, the
        face's own or a fallback's (a title with an emoji, once both have been seen): its runs cut by one search
        for the characters the face does not draw, without :func:`font_runs` and its runs. Empty when the text
        needs more (a character not placed yet, or one to shape)."""
        face = style.face
        primary = PDF_NAMES[face]
        known = self._known.get(primary)
        if known is None:
            return ""
        kept = self._outside.get(primary)
        if kept is None or kept[0] is not known:
            kept = self._outside[primary] = (known, outside(known[0], face))
        fonts: list[str] = []
        parts: list[str] = []
        done = 0
        for found in kept[1].finditer(text):
            start = found.start()
            if start > done:  # the face's own characters, each placed: a run in the face (merged as font_runs does)
                if fonts and fonts[-1] == primary:
                    parts[-1] += text[done:start]
                else:
                    fonts.append(primary)
                    parts.append(text[done:start])
            done = found.end()
            font = fallback_for(ord(found.group()), face)
            if font == "":
                return ""
            if font is None:  # no bundled font has it: left out
                continue
            if fonts and fonts[-1] == font:
                parts[-1] += found.group()
            else:
                fonts.append(font)
                parts.append(found.group())
        if done < len(text):
            if fonts and fonts[-1] == primary:
                parts[-1] += text[done:]
            else:
                fonts.append(primary)
                parts.append(text[done:])
        size = style.size
        shown = []
        for font, part in zip(fonts, parts, strict=True):
            placed = known if font == primary else self._known.get(font)
            if placed is None or not placed[0].issuperset(part):
                return ""
            shown.append(f"{placed[1]} {size:.2f} Tf ({part.translate(placed[2])}) Tj")
        if not shown:
            return ""
        if face is FontFace.REGULAR or all(font == primary for font in fonts):
            return " ".join(shown)
        pieces = []
        for font, part, ops in zip(fonts, parts, shown, strict=True):
            if font != primary and face is FontFace.BOLD:
                ops = f"{SYNTHETIC_BOLD_MODE} {ops} 0 Tr"
            slant = SYNTHETIC_SLANT if face is FontFace.ITALIC and font != primary else 0.0
            pieces.append((string_width(part, font, size), _f(slant), ops))
        return tuple(pieces)

    def _shown_ops(self, text: str, style: TextStyle) -> str | tuple[tuple[float, str, str], ...]:
        runs = font_runs(text, style.face)
        return self._show_runs(runs, style) if runs else ""

    def _show_runs(self, runs: tuple[Run, ...], style: TextStyle) -> str | tuple[tuple[float, str, str], ...]:
        """The show operators of ``runs``; per run when the face is bold or italic and a fallback font (Arabic,
        CJK: no bold or italic of their own) draws some of them, so that those runs are emboldened or slanted."""
        primary = PDF_NAMES[style.face]
        if style.face is FontFace.REGULAR or all(run.font == primary for run in runs):
            return self._show_text(runs, style.size)
        pieces = []
        for run in runs:
            ops = self._show_text((run,), style.size)
            if run.font != primary:
                ops = f"{SYNTHETIC_BOLD_MODE} {ops} 0 Tr" if style.face is FontFace.BOLD else ops
            slant = SYNTHETIC_SLANT if style.face is FontFace.ITALIC and run.font != primary else 0.0
            pieces.append((string_width(run.text, run.font, style.size), _f(slant), ops))
        return tuple(pieces)

    def _synthetic(self, x: float, baseline: float, pieces: tuple[tuple[float, str, str], ...], style: TextStyle,
                   colour_: str) -> None:
        """Runs drawn one by one: a fallback run in bold text filled and stroked in its ink (the glyphs thicken),
        in italic text slanted by its text matrix, each starting where the run before it ended."""
        if style.face is FontFace.BOLD:
            # One stroke per ink and size, so that the one in force is known at a glance (a stroke is a dataclass:
            # made, hashed and compared in Python, for each of thousands of bold titles with an emoji).
            stroke = self._bold_strokes.get((colour_, style.size))
            if stroke is None:
                stroke = self._bold_strokes[colour_, style.size] = Stroke(colour_, style.size * SYNTHETIC_BOLD_STROKE)
            if stroke is not self._stroke_now:
                self._stroke(stroke)
        code = self._canvas._code
        for width, slant, ops in pieces:
            code.append(f"BT 1 0 {slant} -1 {_number(x)} {_number(baseline)} Tm {ops} ET")
            x += width

    def _show_text(self, runs: tuple[Run, ...], size: float) -> str:
        """The font and show operators for ``runs``; registers their glyphs in this document's font subsets."""
        parts = []
        for run in runs:
            known = self._known.get(run.font)
            if known is not None and not (run.dx or run.dy) and known[0].issuperset(run.text):
                # What _encoded and _show_run give such a run, without their calls: a map has tens of thousands.
                parts.append(f"{known[1]} {size:.2f} Tf ({run.text.translate(known[2])}) Tj")
                continue
            parts += [self._show_run(run, name, literal, size) for name, literal in self._encoded(run)]
        return " ".join(parts)

    @staticmethod
    def _show_run(run: Run, name: str, literal: str, size: float) -> str:
        if not (run.dx or run.dy):
            return f"{name} {size:.2f} Tf ({literal}) Tj"
        # A mark moved off the pen: shifted right by dx and raised by dy (text rise), then the pen put back
        # where its own advance leaves it (the font's width of the glyph is undone).
        width = string_width(run.text, run.font, 1000)
        return (f"{name} {size:.2f} Tf {_f(run.dy * size)} Ts [{_f(-run.dx * 1000)} ({literal}) "
                f"{_f((run.dx - run.advance) * 1000 + width)}] TJ 0 Ts")

    def _encoded(self, run: Run) -> list[tuple[str, str]]:
        """(font subset name, PDF literal) pieces of ``run``: by a translation table when every character already
        has its place in the font's first subset (most text, once its letters have been seen), else by reportlab."""
        known = self._known.get(run.font)
        if known is not None and known[0].issuperset(run.text):
            return [(known[1], run.text.translate(known[2]))]
        doc = self._canvas._doc
        font = pdfmetrics.getFont(run.font)
        pieces = [(font.getSubsetInternalName(subset, doc), "".join(_LITERAL[b] for b in chunk))
                  for subset, chunk in font.splitString(run.text, doc)]
        assignments = font.state[doc].assignments
        if known is not None and known[3] == len(assignments):
            return pieces  # nothing new placed (the run needed another subset): the table stands
        first = {code: _LITERAL[n] for code, n in assignments.items() if n < 256}
        if 32 in first:
            first[0xA0] = first[32]  # reportlab shows a no-break space with the space's glyph
        self._known[run.font] = (frozenset(map(chr, first)), font.getSubsetInternalName(0, doc), first,
                                len(assignments))
        return pieces

    def draw_icon(self, folder: str, name: str, rect: Rect, colour_: str) -> bool:
        key = (folder, name, colour_)
        if key not in self._icons:
            self._icons[key] = f"icon{len(self._icons)}" if load_icon(folder, name) is not None else None
        form = self._icons[key]
        if form is None:
            return False
        c = self._canvas
        # What saveState, doForm and restoreState write, without reportlab copying its graphics state twice per icon
        # (a map has one per card); the icon grid points down, like the page.
        c._code += ("q", f"{_f(rect.width / 24)} 0 0 {_f(rect.height / 24)} {_f(rect.x)} {_f(rect.y)} cm",
                    f"/{xObjectName(form)} Do", "Q")
        if form not in c._formsinuse:  # the page's resources name each form once however often it is drawn
            c._formsinuse.append(form)
        return True

    def draw_image(self, rect: Rect, data: bytes, mime: str) -> None:
        c = self._canvas
        c.saveState()
        c.translate(rect.x, rect.bottom)
        c.scale(1, -1)
        c.drawImage(ImageReader(io.BytesIO(data)), 0, 0, rect.width, rect.height, mask="auto",
                    preserveAspectRatio=True, anchor="c")
        c.restoreState()
        self._reset_state()

    @contextmanager
    def clipped(self, rect: Rect) -> Iterator[None]:
        self._canvas.saveState()
        self._clip_to(rect)
        try:
            yield
        finally:
            self._canvas.restoreState()
            self._reset_state()

    @contextmanager
    def group(self, kind: str, ident: str = "") -> Iterator[None]:
        yield  # PDF has no light-weight grouping worth its bytes

    # -- internals -------------------------------------------------------------------------

    def _clip_to(self, rect: Rect) -> None:
        self._canvas.addLiteral(f"{_f(rect.x)} {_f(rect.y)} {_f(rect.width)} {_f(rect.height)} re W n")

    def _reset_state(self) -> None:
        """After a restored state or on a new page the colours in force are unknown: set them when next used."""
        self._state: dict[str, object] = {}
        self._fill_now: str | None = None
        """The fill last set, as the theme writes it: most drawing repeats it, and is done at a glance."""
        self._stroke_now: Stroke | None = None
        """The stroke last set (the very object: a painter reuses its strokes), likewise."""

    def _fill(self, fill: str) -> None:
        # Operators are written only when the state changes (most drawing repeats the last colour).
        if fill == self._fill_now:
            return
        self._fill_now = fill
        entry = self._fills.get(fill)
        if entry is None:
            c = colour(fill)
            entry = self._fills[fill] = (f"{_rgb(c)} rg", c.alpha)
        operator, alpha = entry
        state = self._state
        if state.get("fill") != operator:
            state["fill"] = operator
            self._canvas._code.append(operator)
        if state.get("fill alpha") != alpha:
            # reportlab keeps the opacity states a PDF needs and follows save and restore.
            state["fill alpha"] = alpha
            self._canvas.setFillAlpha(alpha)

    def _stroke(self, stroke: Stroke) -> None:
        state = self._state
        if state.get("stroke style") == stroke:
            return
        parts = self._strokes.get(stroke)
        if parts is None:
            c = colour(stroke.colour)
            parts = self._strokes[stroke] = (
                ("stroke", f"{_rgb(c)} RG"), ("width", f"{_f(stroke.width)} w"),
                ("cap", f"{_CAPS[stroke.cap]} J {1 if stroke.cap == 'round' else 0} j"),
                ("dash", f"[{' '.join(_f(d) for d in stroke.dash)}] 0 d"), ("stroke alpha", c.alpha),
            )
        code = self._canvas._code
        for key, value in parts:
            if state.get(key) != value:
                state[key] = value
                if isinstance(value, str):
                    code.append(value)
                else:
                    self._canvas.setStrokeAlpha(value)
        state["stroke style"] = stroke
        self._stroke_now = stroke

    def _define_icon_forms(self) -> None:
        """Each (icon, colour) pair used, once, as a form in the 24-unit icon grid."""
        for (folder, name, colour_), form in self._icons.items():
            icon = load_icon(folder, name)
            if form is None or icon is None:
                continue
            self._canvas.beginForm(form, 0, 0, 24, 24)
            self._reset_state()
            for shape in icon.shapes:
                stroke = Stroke(colour_, shape.stroke_width, cap="round") if shape.stroked else None
                self.draw_path(shape.path, fill=colour_ if shape.filled else None, stroke=stroke)
            self._end_form(form)

    def _end_form(self, name: str) -> None:
        """Close a form, giving it the resources reportlab leaves out of forms (fonts, opacity states)."""
        self._canvas.endForm()
        form = self._canvas._doc.idToObject[xObjectName(name)]
        resources = PDFResourceDictionary()
        resources.basicFonts()
        resources.allProcs()
        if form.XObjects:
            resources.XObject = form.XObjects
        if getattr(form, "ExtGState", None):
            resources.ExtGState = form.ExtGState
        form.Resources = resources
        self._reset_state()
