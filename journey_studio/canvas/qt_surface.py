"""The painter's :class:`~journey_studio.painter.surface.Surface` on a QPainter: screen, PNG, clipboard and decks.

With it the canvas items and the raster exports draw through the same functions
as SVG and PDF, so no output can drift from another. Icons are drawn from the
same vector outlines the SVG and PDF carry.
"""

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPainterPath, QPen

from ..layout import Point, Rect
from ..layout.text import TextStyle, unshaped
from ..painter.icons import load_icon
from ..painter.path import Close, Cubic, Line, Move, VectorPath
from ..painter.surface import Stroke
from .qt_fonts import qfont


@lru_cache(maxsize=512)
def _parsed(value: str) -> QColor:
    return QColor(value)


def qcolor(value: str) -> QColor:
    """The theme colour as a QColor of the caller's own: changing it changes nothing else."""
    return QColor(_parsed(value))


def qrect(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.width, rect.height)


def qpoint(point: Point) -> QPointF:
    return QPointF(point.x, point.y)


_CAPS = {"butt": Qt.PenCapStyle.FlatCap, "round": Qt.PenCapStyle.RoundCap, "square": Qt.PenCapStyle.SquareCap}


def qpath(path: VectorPath) -> QPainterPath:
    out = QPainterPath()
    for step in path:
        if isinstance(step, Move):
            out.moveTo(step.x, step.y)
        elif isinstance(step, Line):
            out.lineTo(step.x, step.y)
        elif isinstance(step, Cubic):
            out.cubicTo(step.x1, step.y1, step.x2, step.y2, step.x, step.y)
        elif isinstance(step, Close):
            out.closeSubpath()
    return out


def qpen(stroke: Stroke, join: Qt.PenJoinStyle = Qt.PenJoinStyle.MiterJoin) -> QPen:
    """A pen as SVG and PDF draw the stroke: dashes in layout units, miter joins unless asked otherwise."""
    pen = QPen(qcolor(stroke.colour), stroke.width)
    pen.setCapStyle(_CAPS[stroke.cap])
    pen.setJoinStyle(join)
    if stroke.dash:
        pen.setDashPattern([d / stroke.width for d in stroke.dash])
    return pen


_SHAPES: dict[int, tuple[VectorPath, QPainterPath]] = {}
"""Shared shapes' Qt paths, by the shape's identity (the shape is kept, so its id stays its own)."""


def _shape_qpath(shape: VectorPath) -> QPainterPath:
    found = _SHAPES.get(id(shape))
    if found is None:
        if len(_SHAPES) >= 8192:
            _SHAPES.clear()
        found = _SHAPES[id(shape)] = (shape, qpath(shape))
    return found[1]


@lru_cache(maxsize=512)
def _pen(stroke: Stroke) -> QPen:
    """The pen of a stroke, made once (a QPen is copied when set: the cached one never changes)."""
    return qpen(stroke)


@lru_cache(maxsize=512)
def _brush(fill: str) -> QBrush:
    return QBrush(qcolor(fill))


@lru_cache(maxsize=512)
def _text_pen(colour: str) -> QPen:
    """What ``setPen(QColor)`` makes for text, made once per colour (a string's hash is kept: a cheap look-up)."""
    return QPen(qcolor(colour))


@lru_cache(maxsize=512)
def _icon_pen(colour: str, width: float) -> QPen:
    return qpen(Stroke(colour, width, cap="round"), Qt.PenJoinStyle.RoundJoin)


@lru_cache(maxsize=64)
def _icon_paths(folder: str, name: str) -> tuple[tuple[QPainterPath, bool, bool, float], ...] | None:
    """An icon's shapes as Qt paths (with filled, stroked, stroke width), made once: every card draws its icon."""
    icon = load_icon(folder, name)
    if icon is None:
        return None
    return tuple((qpath(shape.path), shape.filled, shape.stroked, shape.stroke_width) for shape in icon.shapes)


class QtSurface:
    """Draws on ``painter`` in layout units (the painter's transform maps them to its device).

    The caller chooses the render hints (the items and exports turn antialiasing on).
    """

    def __init__(self, painter: QPainter, exclusive: bool = False):
        """``exclusive``: nothing but this surface uses ``painter`` while it draws (a PNG band), so a pen, brush or
        font it set last is not set again: a card sets the same ones over and over. Elsewhere (the canvas items, whose
        own code may change the painter between two drawings) each drawing sets its own, as ever."""
        self._painter = painter
        self._fonts: dict[TextStyle, QFont] = {}
        """This surface's fonts by style: a PNG band draws tens of thousands of texts in a handful of styles."""
        self._exclusive = exclusive
        self._pen: object = None
        self._brush: object = None
        self._font: QFont | None = None
        """What this surface set last on an exclusive painter (None: not known, set it)."""

    def _forget_state(self) -> None:
        """After a ``restore()``: the painter's pen, brush and font are the saved ones, not what was set last."""
        self._pen = self._brush = self._font = None

    @contextmanager
    def place(self, source: Rect, target: Rect) -> Iterator[None]:
        """Draw ``source`` (layout units) into ``target`` until the block ends: a slide's parts for ``paint_slide``."""
        painter = self._painter
        painter.save()
        painter.translate(target.x, target.y)
        painter.scale(target.width / source.width, target.height / source.height)
        painter.translate(-source.x, -source.y)
        try:
            yield
        finally:
            painter.restore()
            self._forget_state()

    def fill_rect(self, rect: Rect, fill: str) -> None:
        self._painter.fillRect(qrect(rect), qcolor(fill))

    def draw_path(self, path: VectorPath, fill: str | None = None, stroke: Stroke | None = None) -> None:
        painter = self._painter
        pen = _pen(stroke) if stroke is not None else Qt.PenStyle.NoPen
        brush = _brush(fill) if fill is not None else Qt.BrushStyle.NoBrush
        if pen is not self._pen:
            painter.setPen(pen)
            self._pen = pen if self._exclusive else None
        if brush is not self._brush:
            painter.setBrush(brush)
            self._brush = brush if self._exclusive else None
        shape = path.shape
        if shape is None:
            painter.drawPath(qpath(path))
            return
        # A shared shape (a card's outline, a face): its QPainterPath is made once, drawn moved.
        dx, dy = path.offset
        transform = painter.transform()
        painter.translate(dx, dy)
        painter.drawPath(_shape_qpath(shape))
        painter.setTransform(transform)

    def draw_text(self, x: float, baseline: float, text: str, style: TextStyle, colour: str) -> None:
        painter = self._painter
        font = self._fonts.get(style)
        if font is None:
            font = self._fonts[style] = qfont(style)
        if font is not self._font:
            painter.setFont(font)
            self._font = font if self._exclusive else None
        pen = _text_pen(colour)
        if pen is not self._pen:
            painter.setPen(pen)
            self._pen = pen if self._exclusive else None
        # Emoji sequences and flags as the layout measured them and as SVG and PDF draw them: the bundled
        # monochrome emoji font has no flags, and Qt would draw two boxed letters in one letter's room.
        painter.drawText(QPointF(x, baseline), unshaped(text))

    def draw_icon(self, folder: str, name: str, rect: Rect, colour: str) -> bool:
        shapes = _icon_paths(folder, name)
        if shapes is None:
            return False
        painter = self._painter
        painter.save()
        painter.translate(rect.x, rect.y)
        painter.scale(rect.width / 24.0, rect.height / 24.0)
        for path, filled, stroked, stroke_width in shapes:
            painter.setPen(_icon_pen(colour, stroke_width) if stroked else Qt.PenStyle.NoPen)
            painter.setBrush(_brush(colour) if filled else Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        painter.restore()  # the pen and brush set last by this surface are the painter's again
        return True

    def draw_image(self, rect: Rect, data: bytes, mime: str) -> None:
        image = QImage.fromData(data)
        if image.isNull():
            return
        target = qrect(rect)
        # Fill the box, cropping the longer side, as SVG's "xMidYMid slice" and the PDF do.
        scale = max(target.width() / image.width(), target.height() / image.height())
        width, height = target.width() / scale, target.height() / scale
        source = QRectF((image.width() - width) / 2, (image.height() - height) / 2, width, height)
        self._painter.drawImage(target, image, source)

    @contextmanager
    def clipped(self, rect: Rect) -> Iterator[None]:
        painter = self._painter
        painter.save()
        if painter.hasClipping():
            painter.setClipRect(qrect(rect), Qt.ClipOperation.IntersectClip)
        else:
            painter.setClipRect(qrect(rect))
        try:
            yield
        finally:
            painter.restore()
            self._forget_state()

    def group(self, kind: str, ident: str = "") -> AbstractContextManager[None]:
        return nullcontext()
