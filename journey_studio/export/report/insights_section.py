"""The report's insights: what the map says a strategist should look at first, most severe first.

The same list as the Insights panel and ``journey-studio insights`` (analysis.insights), so a
report handed round after a workshop carries the findings, not only the map.
"""

from collections.abc import Sequence

from ...analysis.insights import Insight, Severity, compute_insights
from ...model import JourneyMap, Persona
from ...painter.path import ellipse
from ...theme import Theme
from .blocks import BULLET_INDENT
from .flow import PageFlow
from .stage_table import Entry, Line
from .styles import BODY, HEADING, SMALL_BOLD
from .words import word

ENTRY_GAP = 10.0


def draw_insights(flow: PageFlow, journey_map: JourneyMap, personas: Sequence[Persona], theme: Theme,
                  language: str) -> int:
    """A heading, then one entry per insight with its severity; returns how many were listed."""
    insights = compute_insights(journey_map, language, personas)
    flow.ensure(HEADING.line_height * 3)
    flow.surface.bookmark(word("insights", language))
    flow.surface.draw_text(flow.content.x, flow.y + HEADING.size, word("insights", language), HEADING,
                           theme.header_text)
    flow.y += HEADING.line_height + 12
    if not insights:
        flow.y = Entry((Line(word("no_insights", language), BODY, theme.muted_text, 3),)).draw(
            flow.surface, flow.content.x, flow.y, flow.content.width)
        return 0
    width = flow.content.width
    for insight in insights:
        entry = _entry(insight, theme, language)
        flow.ensure(entry.height(width))
        top = flow.y
        dot_y = top + SMALL_BOLD.line_height / 2
        flow.surface.draw_path(ellipse(flow.content.x + BULLET_INDENT / 2 - 2, dot_y, 4.0, 4.0),
                               fill=severity_colour(insight.severity, theme))
        flow.y = entry.draw(flow.surface, flow.content.x, top, width) + ENTRY_GAP
    return len(insights)


def severity_colour(severity: Severity, theme: Theme) -> str:
    return {Severity.HIGH: theme.critical, Severity.MEDIUM: theme.connector_back}.get(severity, theme.muted_text)


def _entry(insight: Insight, theme: Theme, language: str) -> Entry:
    return Entry((
        Line(word(f"severity_{insight.severity.value}", language), SMALL_BOLD,
             severity_colour(insight.severity, theme), 1, indent=True),
        Line(insight.message, BODY, theme.card_title, 6, indent=True),
    ))
