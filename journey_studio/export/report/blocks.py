"""Wrapped paragraphs and bullet lists on report pages, measured with the layout's own text metrics."""

from collections.abc import Sequence

from ...layout import Rect, TextBlock
from ...layout.blocks import text_block
from ...layout.text import TextStyle
from ...painter.path import ellipse
from ...painter.surface import Surface, draw_text_block

BULLET_INDENT = 16.0


def paragraph(
    surface: Surface, text: str, style: TextStyle, x: float, y: float, width: float, colour: str,
    max_lines: int = 1000,
) -> float:
    """Draw ``text`` wrapped to ``width`` from ``y``; returns the y below it."""
    block = text_block(text, style, x, y, width, max_lines)
    draw_text_block(surface, block, colour)
    return block.rect.bottom


def bullet_blocks(items: Sequence[str], style: TextStyle, x: float, y: float, width: float,
                  max_lines: int = 6, gap: float = 3.0) -> list[TextBlock]:
    """Each item wrapped beside its bullet, one under the other, starting at ``y``."""
    blocks, top = [], y
    for item in items:
        block = text_block(item, style, x + BULLET_INDENT, top, width - BULLET_INDENT, max_lines)
        blocks.append(block)
        top = block.rect.bottom + gap
    return blocks


def draw_bullet(surface: Surface, block: TextBlock, colour: str) -> None:
    if block.is_empty:
        return
    style = block.style
    centre_y = block.rect.y + style.line_height / 2
    surface.draw_path(ellipse(block.rect.x - BULLET_INDENT / 2 - 1, centre_y, 2.2, 2.2), fill=colour)
    draw_text_block(surface, block, colour)


def bullet_list(
    surface: Surface, items: Sequence[str], style: TextStyle, area: Rect, colour: str, more: str,
    max_lines: int = 4,
) -> float:
    """As many items as fit in ``area``, then a "+ N more" line for the rest; returns the y below."""
    blocks = bullet_blocks(items, style, area.x, area.y, area.width, max_lines)

    def fits(count: int) -> bool:
        room = area.bottom - (0.0 if count == len(blocks) else style.line_height + 3)
        return count == 0 or blocks[count - 1].rect.bottom <= room

    shown = len(blocks)
    while not fits(shown):
        shown -= 1
    for block in blocks[:shown]:
        draw_bullet(surface, block, colour)
    bottom = blocks[shown - 1].rect.bottom if shown else area.y
    if shown < len(blocks):
        bottom = paragraph(surface, more.format(count=len(blocks) - shown), style, area.x + BULLET_INDENT,
                           bottom + 3, area.width - BULLET_INDENT, colour, 1)
    return bottom
