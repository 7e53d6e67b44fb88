"""QPainter conveniences for scenes that draw a few things of their own around the painter's (slides, feedback).

Text blocks go through the painter (:mod:`journey_studio.painter`) on a :class:`QtSurface`: there is one
drawing of a text block, whatever the output.
"""

from PySide6.QtGui import QPainter

from ..layout import TextBlock
from ..painter import surface as painter_surface
from .qt_surface import QtSurface, qcolor, qpoint, qrect

__all__ = ["draw_text_block", "qcolor", "qpoint", "qrect"]


def draw_text_block(painter: QPainter, block: TextBlock, colour: str) -> None:
    if not block.is_empty:
        painter_surface.draw_text_block(QtSurface(painter), block, colour)
