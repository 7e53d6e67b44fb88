"""One 16:9 slide of a :class:`~journey_studio.layout.slide_deck.SlideDeck` on a :class:`Surface`.

Each part of the slide is the map painter drawing its own rectangle of the map, placed and scaled
by the backend (``place``): PNG through a QPainter transform, PDF through a page transform. The
title and the locator are drawn in slide pixels.
"""

from collections.abc import Callable
from contextlib import AbstractContextManager

from ..layout import Rect
from ..layout.slide_deck import Slide, SlideDeck
from ..theme import Theme
from .map_painter import MapPainter
from .path import polyline
from .surface import Stroke, Surface, draw_text_block

Place = Callable[[Rect, Rect], AbstractContextManager[None]]
"""``place(source, target)``: drawing inside the ``with`` block is in ``source`` units, shown in ``target``."""


def paint_slide(
    surface: Surface, deck: SlideDeck, slide: Slide, map_painter: MapPainter, theme: Theme, place: Place,
    background: str | None = None,
) -> None:
    """The slide in slide pixels (0, 0, deck.width, deck.height)."""
    page = Rect(0, 0, deck.width, deck.height)
    if background is not None:
        surface.fill_rect(page, background)
    draw_text_block(surface, slide.title, theme.header_text)
    draw_text_block(surface, slide.locator, theme.muted_text)
    rule_y = slide.title.rect.bottom + 10
    surface.draw_path(polyline(((slide.title.rect.x, rule_y), (deck.width - slide.title.rect.x, rule_y))),
                      stroke=Stroke(theme.grid_line, 2.0))
    for part in slide.parts:
        with place(part.source, part.target), surface.clipped(part.source):
            map_painter.paint(surface, visible=part.source)
