"""The report's first page: what the map is about, for whom, and why the business cares."""

from ...layout import Rect
from ...layout.blocks import text_block
from ...layout.labels import journey_type_label, persona_mark, state_label
from ...layout.text import text_width
from ...model import JourneyMap, Persona, Workspace
from ...painter.path import ellipse
from ...painter.surface import Surface
from ...theme import Theme
from .blocks import bullet_blocks, bullet_list, paragraph
from .styles import BODY, HEADING, QUOTE, SMALL, SMALL_BOLD, SUBHEADING, TITLE, PageGeometry
from .words import labelled, word

PERSONA_ROW = 64.0


def draw_cover(
    surface: Surface, workspace: Workspace, journey_map: JourneyMap, personas: list[Persona],
    page: PageGeometry, theme: Theme,
) -> None:
    language = workspace.metadata.language
    c = page.content
    kind = f"{journey_type_label(journey_map.journey_type, language)} · {state_label(journey_map.state, language)}"
    y = paragraph(surface, kind.upper(), SMALL_BOLD, c.x, c.y, c.width, theme.muted_text, 1)
    y = paragraph(surface, journey_map.title, TITLE, c.x, y + 6, c.width, theme.header_text, 2)
    if journey_map.scenario.strip():
        y = paragraph(surface, journey_map.scenario, QUOTE, c.x, y + 10, c.width, theme.header_text, 5)
    surface.fill_rect(Rect(c.x, y + 18, c.width, 1.5), theme.grid_line)
    top = y + 40

    footer_top = c.bottom - SMALL.line_height
    gap = 40.0
    column_w = (c.width - gap) / 2
    left = Rect(c.x, top, column_w, footer_top - 16 - top)
    right = Rect(c.x + column_w + gap, top, column_w, left.height)
    _draw_personas(surface, personas, left, theme, language)
    _draw_context(surface, workspace, right, theme, language)

    facts = [workspace.metadata.title] if workspace.metadata.title else []
    if workspace.metadata.author:
        facts.append(word("author", language, author=workspace.metadata.author))
    if facts:
        paragraph(surface, "  ·  ".join(facts), SMALL, c.x, footer_top, c.width, theme.muted_text, 1)


def _draw_personas(surface: Surface, personas: list[Persona], area: Rect, theme: Theme, language: str) -> None:
    y = paragraph(surface, word("personas", language), HEADING, area.x, area.y, area.width, theme.header_text, 1) + 10
    if not personas:
        paragraph(surface, word("no_personas", language), BODY, area.x, y, area.width, theme.muted_text, 2)
        return
    for index, persona in enumerate(personas):
        if y + PERSONA_ROW > area.bottom:
            more = word("more", language).format(count=len(personas) - index)
            paragraph(surface, more, BODY, area.x, y, area.width, theme.muted_text, 1)
            return
        accent = theme.curve_colour(index)
        surface.draw_path(ellipse(area.x + 20, y + 20, 20, 20), fill=accent)
        initials = persona_mark(persona.name, persona.avatar.emoji)
        surface.draw_text(area.x + 20 - text_width(initials, SUBHEADING) / 2, y + 25, initials, SUBHEADING, "#FFFFFF")
        x, width = area.x + 54, area.width - 54
        line = paragraph(surface, persona.name, SUBHEADING, x, y, width, theme.header_text, 1)
        if persona.role:
            line = paragraph(surface, persona.role, SMALL, x, line, width, theme.muted_text, 1)
        if persona.quote.strip():
            line = paragraph(surface, persona.quote, SMALL, x, line + 2, width, theme.card_body, 2)
        y = max(y + 44, line) + 14


def _draw_context(surface: Surface, workspace: Workspace, area: Rect, theme: Theme, language: str) -> None:
    context = workspace.business_context
    y = paragraph(surface, word("context", language), HEADING, area.x, area.y, area.width, theme.header_text, 1) + 10
    sections = [
        ("company_goals", context.company_goals),
        ("market", [context.market] if context.market.strip() else []),
        ("expectations", context.customer_expectations),
    ]
    sections = [(key, items) for key, items in sections if items]
    if not sections:
        paragraph(surface, word("none", language), BODY, area.x, y, area.width, theme.muted_text, 1)
        return
    title_height = SUBHEADING.line_height + 4
    natural = [title_height + _natural_height(key, items, area.width) + 14 for key, items in sections]
    for index, (key, items) in enumerate(sections):
        # All of what it needs if the sections after it still fit whole, else at least an even share.
        even = (area.bottom - y) / (len(sections) - index)
        bottom = y + max(even, area.bottom - y - sum(natural[index + 1:]))
        y = paragraph(surface, labelled(key, language), SUBHEADING, area.x, y, area.width, theme.header_text, 1) + 4
        if key == "market":
            lines = max(1, int((bottom - y) // BODY.line_height))
            y = paragraph(surface, items[0], BODY, area.x, y, area.width, theme.card_body, lines)
        else:
            y = bullet_list(surface, items, BODY, Rect(area.x, y, area.width, bottom - y), theme.card_body,
                            word("more", language), max_lines=3)
        y += 14


def _natural_height(key: str, items: list[str], width: float) -> float:
    """The height a context section takes when nothing is left out."""
    if key == "market":
        return text_block(items[0], BODY, 0, 0, width, 1000).rect.height
    blocks = bullet_blocks(items, BODY, 0, 0, width, 3)
    return blocks[-1].rect.bottom if blocks else 0.0
