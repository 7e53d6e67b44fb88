"""A positioned block of wrapped text: what every renderer needs to draw it the same way."""

from dataclasses import dataclass, fields
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

    def __init__(
        self, rect: Rect, style: TextStyle, lines: tuple[str, ...], elided: bool, full_text: str,
        align: Align = Align.LEFT,
    ) -> None:
        # Still frozen (assigning raises), but set through the slots' own descriptors: half the cost of the
        # generated object.__setattr__ calls, and a 10,000-card map makes tens of thousands of blocks.
        _SET_RECT(self, rect)
        _SET_STYLE(self, style)
        _SET_LINES(self, lines)
        _SET_ELIDED(self, elided)
        _SET_FULL_TEXT(self, full_text)
        _SET_ALIGN(self, align)

    def baseline(self, index: int) -> float:
        """y of line ``index``'s baseline, the glyphs centred in their line box."""
        style = self.style
        ascent, descent = font_ascent(style), font_descent(style)
        top = self.rect.y + index * style.line_height + (style.line_height - ascent - descent) / 2
        return top + ascent

    @property
    def is_empty(self) -> bool:
        return not self.lines


_LEFT = Align.LEFT
"""Read once: an enum member read through its class costs a lookup in the enum's metaclass each time."""

_SET_RECT, _SET_STYLE, _SET_LINES, _SET_ELIDED, _SET_FULL_TEXT, _SET_ALIGN = (
    getattr(TextBlock, field.name).__set__ for field in fields(TextBlock)
)


_NEW = object.__new__


def block_at(block: TextBlock, x: float, y: float) -> TextBlock:
    """``block`` with its top-left corner at (x, y): the same lines, style and size (a card's texts are wrapped once
    at (0, 0) and set where the card is, 30,000 times for a 10,000-card map: one call, no ``__init__`` frame)."""
    moved: TextBlock = _NEW(TextBlock)
    rect = block.rect
    _SET_RECT(moved, Rect(x, y, rect.width, rect.height))
    _SET_STYLE(moved, block.style)
    _SET_LINES(moved, block.lines)
    _SET_ELIDED(moved, block.elided)
    _SET_FULL_TEXT(moved, block.full_text)
    _SET_ALIGN(moved, block.align)
    return moved


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
    if align is _LEFT and base_direction(text) == "rtl":
        align = Align.RIGHT
    height = len(wrapped.lines) * style.line_height
    return TextBlock(Rect(x, y, width, height), style, wrapped.lines, wrapped.elided, text, align)
