"""The emotion lane's scale: tick values from the map's minimum to its maximum, beside the lane.

Without a scale a face halfway up could mean +1 or +50; the ticks say which.
They sit at the right of the lane's title cell, clear of the curve's faces.
"""

from collections.abc import Callable
from dataclasses import dataclass

from .blocks import Align, TextBlock, text_block
from .geometry import Rect
from .metrics import LayoutMetrics
from .text import text_width


@dataclass(frozen=True, slots=True)
class EmotionTick:
    score: float
    y: float
    label: TextBlock


def tick_values(minimum: float, maximum: float) -> list[float]:
    """Every whole step on a short scale (−2…+2), five even steps on a long one (−100…+100)."""
    if maximum - minimum <= 6 and float(minimum).is_integer() and float(maximum).is_integer():
        return [float(v) for v in range(int(minimum), int(maximum) + 1)]
    return [minimum + (maximum - minimum) * k / 4 for k in range(5)]


def tick_text(value: float) -> str:
    text = f"{value:+g}" if value else "0"
    return text.replace("-", "\u2212")


def scale_width(minimum: float, maximum: float, m: LayoutMetrics) -> float:
    """Room the tick labels need at the right of the lane title cell."""
    return max(text_width(tick_text(v), m.scale_label) for v in tick_values(minimum, maximum)) + 10


def layout_ticks(
    minimum: float, maximum: float, title_cell: Rect, to_y: Callable[[float], float], m: LayoutMetrics,
) -> tuple[EmotionTick, ...]:
    """Tick labels right-aligned against the grid, each centred on its score's height (``to_y(score)``)."""
    style = m.scale_label
    width = scale_width(minimum, maximum, m)
    ticks = []
    previous_bottom = float("-inf")
    for value in reversed(tick_values(minimum, maximum)):
        y = to_y(value)
        top = y - style.line_height / 2
        if top < previous_bottom or top < title_cell.y or top + style.line_height > title_cell.bottom:
            continue  # too tight to label every step: keep every other one
        label = text_block(tick_text(value), style, title_cell.right - width - 4, top, width, 1, Align.RIGHT, slack=1.0)
        ticks.append(EmotionTick(value, y, label))
        previous_bottom = top + style.line_height
    return tuple(ticks)
