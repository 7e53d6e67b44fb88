"""A positioned block of wrapped text: what every renderer needs to draw it the same way."""

from dataclasses import dataclass
from enum import Enum

from .geometry import Rect
from .text import TextStyle, WrappedText, base_direction, font_ascent, font_descent, wrap_text


class Align(Enum):
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"


@dataclass(frozen=True, slots=True)
class TextBlock:
    rect: Rect
    style: TextStyle
    lines: tuple[str, ...]
    elided: bool
    full_text: str
    align: Align = Align.LEFT

    def baseline(self, index: int) -> float:
        """y of line ``index``'s baseline, the glyphs centred in their line box."""
        style = self.style
        ascent, descent = font_ascent(style), font_descent(style)
        top = self.rect.y + index * style.line_height + (style.line_height - ascent - descent) / 2
        return top + ascent

    @property
    def is_empty(self) -> bool:
        return not self.lines


def text_block(
    text: str,
    style: TextStyle,
    x: float,
    y: float,
    width: float,
    max_lines: int,
    align: Align = Align.LEFT,
    slack: float = 0.96,
) -> TextBlock:
    """Wrap ``text`` into a block at (x, y) whose height is its lines' height.

    Arabic or Hebrew text (by its first strong character) aligns right where other text aligns left.
    """
    wrapped: WrappedText = wrap_text(text, style, width * slack, max_lines)
    if align is Align.LEFT and base_direction(text) == "rtl":
        align = Align.RIGHT
    height = len(wrapped.lines) * style.line_height
    return TextBlock(Rect(x, y, width, height), style, wrapped.lines, wrapped.elided, text, align)
