"""The differences between a map and its future state, in words, in the map's language.

What the exported comparison lists (``export.comparison_png``); the compare panel words the same
changes in the interface's language, with :func:`value_text` too.
"""

from collections.abc import Callable

from ..model import Card, Channel, JourneyMap
from ..words import channel_label, label_value, word
from .compare import FieldChange, MapDiff


def value_text(change: FieldChange, yes: str, no: str, none: str, channel_name: Callable[[Channel], str]) -> str:
    """``before → after``, each value as a reader would say it."""

    def one(value: object) -> str:
        if value is None or value == "" or value == []:
            return none
        if isinstance(value, bool):
            return yes if value else no
        if change.name == "channel":
            return channel_name(Channel(str(value)))
        if isinstance(value, list):
            return ", ".join(str(v) for v in value)
        if isinstance(value, float):
            return f"{value:g}"
        return str(value)

    return f"{one(change.before)} → {one(change.after)}"


def difference_lines(diff: MapDiff, current: JourneyMap, future: JourneyMap, language: str) -> list[tuple[int, str]]:
    """(indent, text) lines describing ``diff`` in ``language``: what the exported picture lists."""
    lines: list[tuple[int, str]] = []

    def stage_of(journey_map: JourneyMap, card: Card) -> str:
        stage = journey_map.stage(card.stage_id)
        return stage.name if stage else ""

    for key, cards, journey_map in (("added", diff.added, future), ("removed", diff.removed, current)):
        if cards:
            lines.append((0, f"{word('compare_' + key, language)} ({len(cards)})"))
            lines.extend((1, f"{card.title} · {stage_of(journey_map, card)}") for card in cards)
    if diff.changed:
        lines.append((0, f"{word('compare_changed', language)} ({len(diff.changed)})"))
        yes, no, none = word("yes", language), word("no", language), word("none", language)
        for change in diff.changed:
            lines.append((1, f"{change.after.title} · {stage_of(future, change.after)}"))
            for field in change.fields:
                text = value_text(field, yes, no, none, lambda c: channel_label(c, language))
                lines.append((2, label_value(word("field_" + field.name, language), text, language)))
    if not lines:
        lines.append((0, word("compare_same", language)))
    return lines
