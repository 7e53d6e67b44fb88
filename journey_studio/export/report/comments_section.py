"""The report's comments: workshop feedback on each card, open ones first, in the order of the journey."""

from ...model import Card, Comment, JourneyMap
from ...theme import Theme
from .flow import PageFlow
from .stage_table import Entry, Line
from .styles import BODY, HEADING, SMALL, SMALL_ITALIC, SUBHEADING
from .words import word

ENTRY_GAP = 12.0


def cards_with_comments(journey_map: JourneyMap) -> list[Card]:
    """Cards that carry comments, stage by stage, then lane by lane, then in their cell's order."""
    stages = {stage.id: index for index, stage in enumerate(journey_map.stages)}
    lanes = {lane.id: index for index, lane in enumerate(journey_map.lanes)}
    commented = [card for card in journey_map.cards if card.comments]
    return sorted(commented, key=lambda c: (stages.get(c.stage_id, 0), lanes.get(c.lane_id, 0), c.order))


def draw_comments(flow: PageFlow, journey_map: JourneyMap, theme: Theme, language: str) -> int:
    """A heading, then each commented card with its comments; nothing at all when there are none."""
    cards = cards_with_comments(journey_map)
    if not cards:
        return 0
    stage_names = {stage.id: stage.name for stage in journey_map.stages}
    width = flow.content.width
    first = _card_entries(cards[0], stage_names, theme, language)[0]
    flow.start_section(HEADING.line_height + 12 + first.height(width))
    flow.surface.bookmark(word("comments", language))
    flow.surface.draw_text(flow.content.x, flow.y + HEADING.size, word("comments", language), HEADING,
                           theme.header_text)
    flow.y += HEADING.line_height + 12
    count = 0
    for card in cards:
        for entry in _card_entries(card, stage_names, theme, language):
            flow.ensure(entry.height(width))
            flow.y = entry.draw(flow.surface, flow.content.x, flow.y, width) + 4
            count += 1
        flow.y += ENTRY_GAP
    return count


def _card_entries(card: Card, stage_names: dict[str, str], theme: Theme, language: str) -> list[Entry]:
    """One entry a comment, the first headed by the card's title and stage; open ones first."""
    heading = Line(f"{card.title} — {stage_names.get(card.stage_id, '')}", SUBHEADING, theme.card_title, 2)
    ordered = sorted(card.comments, key=lambda c: c.resolved)  # each group in its order
    return [Entry(((heading,) if index == 0 else ()) + _comment_lines(comment, theme, language))
            for index, comment in enumerate(ordered)]


def _comment_lines(comment: Comment, theme: Theme, language: str) -> tuple[Line, ...]:
    who = [comment.author.strip() or word("anonymous", language)]
    if comment.date is not None:
        who.append(comment.date.isoformat())
    if comment.resolved:
        who.append(word("resolved", language))
    colour = theme.muted_text if comment.resolved else theme.card_body
    return (
        Line(" · ".join(who), SMALL_ITALIC, theme.muted_text, 1, bullet=True),
        Line(comment.text, SMALL if comment.resolved else BODY, colour, 12, indent=True),
    )
