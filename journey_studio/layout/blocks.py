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


_WRAP = wrap_text.__wrapped__
"""The wrap itself, past its cache (whose keys and links would be a third of the objects of a cold layout)."""
_AT_ORIGIN: dict[tuple[object, ...], Rect] = {}
"""A rect at (0, 0) per size: a card's blocks are wrapped there, thousands of them in a few sizes. Keyed by the
sizes' types too (0 == 0.0, yet a rect holding 0 is not bit for bit one holding 0.0); a zero (which could be -0.0)
is never shared."""


def unplaced_block(text: str, style: TextStyle, width: float, max_lines: int, slack: float = 0.96) -> TextBlock:
    """``text_block(text, style, 0, 0, width, max_lines, slack=slack)``: a block to be set in place by
    :func:`block_at`, for callers that memoise it themselves (a map's cells). The wrap does not go through its
    cache and blocks of one size share their rect (equal values, no cycle): the same block, made with fewer objects
    (each one the collector walks again and again during a large layout)."""
    wrapped: WrappedText = _WRAP(text, style, width * slack, max_lines)
    align = Align.RIGHT if base_direction(text) == "rtl" else _LEFT
    height = len(wrapped.lines) * style.line_height
    key = (width, height, type(width), type(height))
    rect = _AT_ORIGIN.get(key)
    if rect is None:
        rect = Rect(0, 0, width, height)
        if width and height:
            if len(_AT_ORIGIN) > 4096:
                _AT_ORIGIN.clear()
            _AT_ORIGIN[key] = rect
    return TextBlock(rect, style, wrapped.lines, wrapped.elided, text, align)


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
