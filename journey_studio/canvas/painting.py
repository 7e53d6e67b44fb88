"""QPainter conveniences for widgets that draw pieces of a map outside the scene (slides, comparison view).

They delegate to the painter (:mod:`journey_studio.painter`) through :class:`QtSurface`:
there is one drawing of a text block or a face, whatever the output.
"""

from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainter, QPainterPath

from ..layout import CubicSegment, Point, TextBlock
from ..painter import face as painter_face
from ..painter import surface as painter_surface
from ..painter.path import curve_path
from ..theme import Theme
from .qt_surface import QtSurface, qcolor, qpath, qpoint, qrect

__all__ = ["cubic_path", "draw_face", "draw_text_block", "qcolor", "qpoint", "qrect"]


def draw_text_block(painter: QPainter, block: TextBlock, colour: str) -> None:
    if not block.is_empty:
        painter_surface.draw_text_block(QtSurface(painter), block, colour)


def cubic_path(segments: tuple[CubicSegment, ...] | list[CubicSegment]) -> QPainterPath:
    return qpath(curve_path(segments))


def draw_face(painter: QPainter, centre: QPointF, radius: float, mood: float, theme: Theme) -> None:
    """The emotion face the painter draws everywhere (a vector drawing, not an emoji)."""
    painter_face.draw_face(QtSurface(painter), Point(centre.x(), centre.y()), radius, mood, theme)
