"""The legend under the map: what the evidence letters, the critical flag, the arrows and the online dot mean.

A map handed to someone who never used the editor must explain its own marks.
Only marks the map uses are listed, in a row that wraps under the grid; the
layout places each entry's marker box and text, the painter draws the marker.
"""

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from enum import Enum

from ..model import Card, ConnectorKind, EvidenceSource, JourneyMap
from . import labels
from .blocks import TextBlock, text_block
from .geometry import Rect
from .metrics import LayoutMetrics
from .text import text_width


class MarkerKind(Enum):
    EVIDENCE = "evidence"
    """A card's evidence badge; ``LegendEntry.value`` is the EvidenceSource."""
    CRITICAL = "critical"
    ARROW = "arrow"
    """An arrow; ``value`` is the ConnectorKind."""
    ONLINE = "online"
    OFFLINE = "offline"
    CURVE = "curve"
    """One persona's emotion curve, when there are several; ``value`` is its colour index, the text its name."""


@dataclass(frozen=True, slots=True)
class LegendEntry:
    marker: MarkerKind
    value: str
    marker_rect: Rect
    text: TextBlock


@dataclass(frozen=True, slots=True)
class Legend:
    rect: Rect
    title: TextBlock
    entries: tuple[LegendEntry, ...]


MARKER_WIDTH = {MarkerKind.ARROW: 28.0, MarkerKind.CURVE: 24.0}
"""Room for each marker; 16 px unless listed."""
ENTRY_GAP = 22.0


def legend_items(
    journey_map: JourneyMap, curve_names: Sequence[str] = (), cards: Collection[Card] | None = None,
) -> list[tuple[MarkerKind, str]]:
    """The marks this map uses, in a fixed order: evidence sources, the critical flag, arrows, online marks,
    then each persona's curve colour when several curves share the lane (``curve_names``, in colour order).

    ``cards``: the map's cards, or one card for each mark they show (the layout's shortcut on large maps)."""
    cards = journey_map.cards if cards is None else cards
    sources = {card.evidence.source for card in cards}
    items: list[tuple[MarkerKind, str]] = [(MarkerKind.EVIDENCE, s.value) for s in EvidenceSource if s in sources]
    if any(card.critical for card in cards):
        items.append((MarkerKind.CRITICAL, "critical"))
    kinds = {connector.kind for connector in journey_map.connectors}
    items += [(MarkerKind.ARROW, kind.value) for kind in ConnectorKind if kind in kinds]
    online = {card.is_online() for card in cards}
    if True in online:
        items.append((MarkerKind.ONLINE, "online"))
    if False in online:
        items.append((MarkerKind.OFFLINE, "offline"))
    if len(curve_names) > 1:
        items += [(MarkerKind.CURVE, f"{index}\t{name or '—'}") for index, name in enumerate(curve_names)]
    return items


def layout_legend(
    items: Sequence[tuple[MarkerKind, str]], x: float, y: float, width: float, language: str, m: LayoutMetrics,
) -> Legend | None:
    """Entries flowing left to right from (x, y), wrapping at ``width``; None when the map uses no marks."""
    if not items:
        return None
    style = m.legend_text
    title = text_block(labels.word("legend", language), m.legend_title, x, y, width, 1)
    cursor_x, cursor_y = x, title.rect.bottom + 4
    row_height = max(style.line_height, 16.0)
    entries = []
    for marker, value in items:
        if marker is MarkerKind.CURVE:
            words = value.split("\t", 1)[1]
        elif marker is MarkerKind.EVIDENCE:
            words = labels.source_label(EvidenceSource(value), language)
        else:
            words = labels.word(value, language)
        marker_width = MARKER_WIDTH.get(marker, 16.0)
        text_w = min(text_width(words, style) + 2, width - marker_width - 6)
        entry_width = marker_width + 6 + text_w
        if cursor_x > x and cursor_x + entry_width > x + width:
            cursor_x, cursor_y = x, cursor_y + row_height + 6
        marker_rect = Rect(cursor_x, cursor_y + (row_height - 16) / 2, marker_width, 16)
        text = text_block(words, style, cursor_x + marker_width + 6, cursor_y + (row_height - style.line_height) / 2,
                          text_w, 1, slack=1.0)
        entries.append(LegendEntry(marker, value.split("\t", 1)[0], marker_rect, text))
        cursor_x += entry_width + ENTRY_GAP
    bottom = cursor_y + row_height
    return Legend(Rect(x, y, width, bottom - y), title, tuple(entries))
