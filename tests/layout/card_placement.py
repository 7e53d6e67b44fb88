"""The README's "no overlap" promise as a check: every card inside its own cell, no two cards overlapping.

Returns the problems (empty when the layout keeps the promise), so tests can both require it of
real layouts and prove, on a layout broken on purpose, that it catches what it should.
"""

from journey_studio.layout import MapLayout
from journey_studio.model import JourneyMap

EPSILON = 1e-6


def card_placement_problems(journey_map: JourneyMap, layout: MapLayout) -> list[str]:
    cards = {card.id: card for card in journey_map.cards}
    problems = []
    for box in layout.cards:
        card = cards[box.card_id]
        cell = layout.cell_rect(card.stage_id, card.lane_id)
        if cell is None:
            problems.append(f"{card.id!r} is laid out but its cell is not")
        elif not cell.contains(box.rect):
            problems.append(f"{card.id!r} sticks out of its cell")
    # Sweep from left to right: only boxes that start before this one ends can overlap it.
    boxes = sorted(layout.cards, key=lambda box: box.rect.x)
    for index, box in enumerate(boxes):
        for other in boxes[index + 1:]:
            if other.rect.x >= box.rect.right - EPSILON:
                break
            if box.rect.intersects(other.rect):
                problems.append(f"{box.card_id!r} overlaps {other.card_id!r}")
    return problems
