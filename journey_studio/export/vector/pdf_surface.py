"""A :class:`Surface` over a reportlab canvas: vector PDF pages, Noto Sans embedded, text selectable.

Pages and forms are laid out in layout units (1 px = 0.75 pt, as at 96 dpi) with
y pointing down; this class turns that into PDF's points with y pointing up. A
form (PDF XObject) is drawn once and placed on many pages: a big map tiled over
twelve sheets costs one drawing, not twelve.
"""

import io
from collections.abc import Iterator
from contextlib import contextmanager

from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfdoc import PDFResourceDictionary, xObjectName
from reportlab.pdfgen.canvas import Canvas

from ...layout import Rect
from ...layout.text import FontFace, TextStyle
from .colour import Colour, colour
from .icons import load_icon
from .path import Close, Cubic, Line, Move, VectorPath
from .pdf_fonts import PDF_NAMES, font_runs, register_fonts
from .surface import Stroke

PT_PER_PX = 0.75
_CAPS = {"butt": 0, "round": 1, "square": 2}


class PdfSurface:
    def __init__(self, title: str = "", author: str = "", subject: str = "") -> None:
        register_fonts()
        self._buffer = io.BytesIO()
        self._canvas = Canvas(self._buffer, pageCompression=1, invariant=1, initialFontName=PDF_NAMES[FontFace.REGULAR])
        self._canvas.setTitle(title)
        self._canvas.setAuthor(author)
        self._canvas.setSubject(subject)
        self._canvas.setCreator("Journey Studio")
        self._icons: dict[tuple[str, str, str], str | None] = {}
        self._page_open = False
        self._pages = 0
        self._fill_alpha: float | None = None
        self._stroke_alpha: float | None = None

    @property
    def page_count(self) -> int:
        return self._pages

    # -- pages, forms, outline -------------------------------------------------------------

    def begin_page(self, width: float, height: float) -> None:
        """A new page ``width`` × ``height`` layout units; (0, 0) is its top-left corner."""
        if self._page_open:
            self.end_page()
        c = self._canvas
        c.setPageSize((width * PT_PER_PX, height * PT_PER_PX))
        c.translate(0, height * PT_PER_PX)
        c.scale(PT_PER_PX, -PT_PER_PX)
        self._reset_alpha()
        self._page_open = True
        self._pages += 1

    def end_page(self) -> None:
        if self._page_open:
            self._canvas.showPage()
            self._page_open = False

    def bookmark(self, title: str, level: int = 0) -> None:
        """An entry in the PDF outline (the viewer's side panel) pointing at the current page."""
        key = f"page{self._pages}-{level}-{abs(hash(title))}"
        self._canvas.bookmarkPage(key)
        self._canvas.addOutlineEntry(title, key, level=level, closed=level == 0)

    @contextmanager
    def form(self, name: str, bounds: Rect) -> Iterator[None]:
        """Record the drawing inside the ``with`` block as a reusable form covering ``bounds``."""
        c = self._canvas
        c.beginForm(name, bounds.x, -bounds.bottom, bounds.right, -bounds.y)
        c.scale(1, -1)
        self._reset_alpha()
        try:
            yield
        finally:
            self._end_form(name)

    def place_form(self, name: str, source: Rect, target: Rect) -> None:
        """Show ``source`` (form coordinates) of form ``name`` scaled into ``target`` on this page, clipped."""
        c = self._canvas
        k = target.width / source.width
        c.saveState()
        self._clip_to(target)
        c.translate(target.x - source.x * k, target.y - source.y * k)
        c.scale(k, -k)
        c.doForm(name)
        c.restoreState()
        self._reset_alpha()

    def finish(self) -> bytes:
        """The PDF file's bytes; the surface cannot be drawn on afterwards."""
        self.end_page()
        self._define_icon_forms()
        self._canvas.save()
        return self._buffer.getvalue()

    # -- Surface ---------------------------------------------------------------------------

    def fill_rect(self, rect: Rect, fill: str) -> None:
        self._set_fill(colour(fill))
        self._canvas.rect(rect.x, rect.y, rect.width, rect.height, stroke=0, fill=1)

    def draw_path(self, path: VectorPath, fill: str | None = None, stroke: Stroke | None = None) -> None:
        if not path or (fill is None and stroke is None):
            return
        c = self._canvas
        if fill is not None:
            self._set_fill(colour(fill))
        if stroke is not None:
            self._set_stroke(stroke)
        c.drawPath(self._pdf_path(path), stroke=int(stroke is not None), fill=int(fill is not None))

    def draw_text(self, x: float, baseline: float, text: str, style: TextStyle, colour_: str) -> None:
        runs = font_runs(text, style.face)
        if not runs:
            return
        self._set_fill(colour(colour_))
        t = self._canvas.beginText()
        t.setTextTransform(1, 0, 0, -1, x, baseline)
        for run in runs:
            t.setFont(run.font, style.size)
            t.textOut(run.text)
        self._canvas.drawText(t)

    def draw_icon(self, folder: str, name: str, rect: Rect, colour_: str) -> bool:
        key = (folder, name, colour_)
        if key not in self._icons:
            self._icons[key] = f"icon{len(self._icons)}" if load_icon(folder, name) is not None else None
        form = self._icons[key]
        if form is None:
            return False
        c = self._canvas
        c.saveState()
        c.translate(rect.x, rect.y)
        c.scale(rect.width / 24.0, rect.height / 24.0)  # the icon grid points down, like the page
        c.doForm(form)
        c.restoreState()
        self._reset_alpha()
        return True

    def draw_image(self, rect: Rect, data: bytes, mime: str) -> None:
        c = self._canvas
        c.saveState()
        c.translate(rect.x, rect.bottom)
        c.scale(1, -1)
        c.drawImage(ImageReader(io.BytesIO(data)), 0, 0, rect.width, rect.height, mask="auto",
                    preserveAspectRatio=True, anchor="c")
        c.restoreState()
        self._reset_alpha()

    @contextmanager
    def clipped(self, rect: Rect) -> Iterator[None]:
        self._canvas.saveState()
        self._clip_to(rect)
        try:
            yield
        finally:
            self._canvas.restoreState()
            self._reset_alpha()

    @contextmanager
    def group(self, kind: str, ident: str = "") -> Iterator[None]:
        yield  # PDF has no light-weight grouping worth its bytes

    # -- internals -------------------------------------------------------------------------

    def _clip_to(self, rect: Rect) -> None:
        p = self._canvas.beginPath()
        p.rect(rect.x, rect.y, rect.width, rect.height)
        self._canvas.clipPath(p, stroke=0, fill=0)

    def _pdf_path(self, path: VectorPath):
        p = self._canvas.beginPath()
        for step in path:
            if isinstance(step, Move):
                p.moveTo(step.x, step.y)
            elif isinstance(step, Line):
                p.lineTo(step.x, step.y)
            elif isinstance(step, Cubic):
                p.curveTo(step.x1, step.y1, step.x2, step.y2, step.x, step.y)
            elif isinstance(step, Close):
                p.close()
        return p

    def _end_form(self, name: str) -> None:
        """Close a form, giving it the resources reportlab leaves out of forms (opacity states)."""
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
        self._reset_alpha()

    def _reset_alpha(self) -> None:
        """After a restored state or a new stream reportlab's alpha is unknown: set it again when next used."""
        self._fill_alpha = self._stroke_alpha = None

    def _set_fill(self, c: Colour) -> None:
        self._canvas.setFillColorRGB(c.red / 255, c.green / 255, c.blue / 255)
        if self._fill_alpha != c.alpha:
            self._canvas.setFillAlpha(c.alpha)
            self._fill_alpha = c.alpha

    def _set_stroke(self, stroke: Stroke) -> None:
        c, canvas = colour(stroke.colour), self._canvas
        canvas.setStrokeColorRGB(c.red / 255, c.green / 255, c.blue / 255)
        if self._stroke_alpha != c.alpha:
            canvas.setStrokeAlpha(c.alpha)
            self._stroke_alpha = c.alpha
        canvas.setLineWidth(stroke.width)
        canvas.setLineCap(_CAPS[stroke.cap])
        canvas.setLineJoin(1 if stroke.cap == "round" else 0)
        canvas.setDash(list(stroke.dash) if stroke.dash else [])

    def _define_icon_forms(self) -> None:
        """Each (icon, colour) pair used, once, as a form in the 24-unit icon grid."""
        for (folder, name, colour_), form in self._icons.items():
            icon = load_icon(folder, name)
            if form is None or icon is None:
                continue
            self._canvas.beginForm(form, 0, 0, 24, 24)
            self._reset_alpha()
            for shape in icon.shapes:
                stroke = Stroke(colour_, shape.stroke_width, cap="round") if shape.stroked else None
                self.draw_path(shape.path, fill=colour_ if shape.filled else None, stroke=stroke)
            self._end_form(form)
