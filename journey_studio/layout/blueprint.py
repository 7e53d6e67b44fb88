"""A service blueprint's three lines, drawn between the lanes whose kinds make a blueprint.

Customer actions above frontstage: the *line of interaction*; frontstage above
backstage: the *line of visibility* (what the customer does not see); the
backstage above the support processes (a second backstage lane): the *line of
internal interaction*. The lines appear only when those lanes follow each other
in that order, so an ordinary journey map with actions and touchpoints keeps
plain lane dividers.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model import LaneKind
from . import labels
from .blocks import Align, TextBlock, text_block
from .metrics import LayoutMetrics

if TYPE_CHECKING:
    from .map_layout import LaneRow


@dataclass(frozen=True, slots=True)
class BlueprintLine:
    kind: str
    """"line_of_interaction", "line_of_visibility" or "line_of_internal_interaction"."""
    y: float
    x: float
    right: float
    label: TextBlock
    lane_id: str = ""
    """The lane above the line, whose title cell holds the label."""


_PAIRS = (
    ("line_of_interaction", LaneKind.ACTIONS, LaneKind.TOUCHPOINTS),
    ("line_of_visibility", LaneKind.TOUCHPOINTS, LaneKind.BACKSTAGE),
    ("line_of_internal_interaction", LaneKind.BACKSTAGE, LaneKind.BACKSTAGE),
)


def lines_below(kinds: Sequence[LaneKind]) -> dict[int, str]:
    """Index of each visible lane with a blueprint line under it → the line's kind.

    Only when actions → touchpoints → backstage follow each other; a second backstage lane (the
    support processes) adds the line of internal interaction.
    """
    kinds = list(kinds)
    start = next((i for i in range(len(kinds) - 2)
                  if kinds[i : i + 3] == [LaneKind.ACTIONS, LaneKind.TOUCHPOINTS, LaneKind.BACKSTAGE]), None)
    if start is None:
        return {}
    found = {}
    for offset, (kind, upper, lower) in enumerate(_PAIRS):
        i = start + offset
        if i + 1 >= len(kinds) or (kinds[i], kinds[i + 1]) != (upper, lower):
            break
        found[i] = kind
    return found


def blueprint_lines(lanes: "Sequence[LaneRow]", language: str, m: LayoutMetrics) -> tuple[BlueprintLine, ...]:
    """The lines between consecutive visible lanes, when actions → touchpoints → backstage follow each other."""
    lines = []
    for i, kind in lines_below([row.kind for row in lanes]).items():
        above = lanes[i]
        y = above.rect.bottom
        style = m.blueprint_label
        # In the upper lane's title cell, right-aligned just above the line: clear of cards and of the title.
        label = text_block(labels.word(kind, language), style, above.title_rect.x + 8,
                           y - style.line_height - 3, above.title_rect.width - 16, 1, Align.RIGHT)
        lines.append(BlueprintLine(kind, y, above.rect.x, above.rect.right, label, above.lane_id))
    return tuple(lines)
