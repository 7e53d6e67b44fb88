"""What a renderer must offer to draw a map or a report page: the Qt, SVG and PDF backends all do.

Coordinates are layout units (pixels at 100 % zoom), y pointing down, as in
:mod:`journey_studio.layout`; each backend maps them to its own page.
"""

from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Literal, Protocol

from ..layout import Align, Rect, TextBlock
from ..layout.text import TextStyle, font_ascent, font_descent, text_width
from .path import VectorPath

Cap = Literal["butt", "round", "square"]


@dataclass(frozen=True, slots=True)
class Stroke:
    colour: str
    width: float = 1.0
    dash: tuple[float, ...] = ()
    """On and off lengths, in layout units; empty for a solid line."""
    cap: Cap = "square"
    """Qt's default, so exports match the screen."""


class Surface(Protocol):
    def fill_rect(self, rect: Rect, fill: str) -> None: ...

    def draw_path(self, path: VectorPath, fill: str | None = None, stroke: Stroke | None = None) -> None: ...

    def draw_text(self, x: float, baseline: float, text: str, style: TextStyle, colour: str) -> None:
        """One line of text, its glyphs kept as text (searchable, selectable)."""

    def draw_icon(self, folder: str, name: str, rect: Rect, colour: str) -> bool:
        """``icons/<folder>/<name>.svg`` drawn in ``colour`` as vectors; False if there is no such icon."""

    def draw_image(self, rect: Rect, data: bytes, mime: str) -> None:
        """An embedded PNG or JPEG (a persona's avatar)."""

    def clipped(self, rect: Rect) -> AbstractContextManager[None]:
        """Drawing inside the ``with`` block is cut to ``rect``."""

    def group(self, kind: str, ident: str = "") -> AbstractContextManager[None]:
        """Drawing inside the ``with`` block belongs to one thing (a card, a stage…), for readers that care."""


def draw_text_block(surface: Surface, block: TextBlock, colour: str) -> None:
    """A wrapped block, aligned as the layout says."""
    style, rect = block.style, block.rect
    # Each line's baseline as TextBlock.baseline reckons it, in the same order (the same floats), its font's
    # ascent and descent looked up once a block rather than once a line.
    ascent, line_height = font_ascent(style), style.line_height
    lead = (line_height - ascent - font_descent(style)) / 2
    top, left = rect.y, block.align is Align.LEFT
    draw = surface.draw_text
    for index, line in enumerate(block.lines):
        x = rect.x
        if not left:
            spare = rect.width - text_width(line, style)
            x += spare / 2 if block.align is Align.CENTER else spare
        draw(x, top + index * line_height + lead + ascent, line, style, colour)
