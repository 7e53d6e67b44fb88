"""A persona on one landscape page: who they are, what they want, what annoys them, how to reach them.

Drawn on any :class:`Surface`: a page of the PDF report, or sheets stacked in an SVG or PNG.
Lists too long for their box end with "+ N more" rather than running off the page.
"""

import base64
import binascii

from ...io.images import check_avatar
from ...layout import Rect
from ...layout.blocks import text_block
from ...layout.labels import channel_label, persona_mark
from ...layout.text import FontFace, TextStyle, text_width
from ...model import JourneyMap, Persona, Workspace
from ...painter.path import ellipse, rect_path, rounded_rect
from ...painter.surface import Stroke, Surface, draw_text_block
from ...theme import Theme
from ..options import ExportError, ExportOptions, PageSize
from .blocks import bullet_list, paragraph
from .styles import BODY, HEADING, QUOTE, SMALL, SMALL_BOLD, SUBHEADING, TITLE, PageGeometry, page_geometry
from .words import labelled, word

AVATAR = 96.0
SHEET_GAP = 32.0


def map_personas(workspace: Workspace, journey_map: JourneyMap) -> list[Persona]:
    """The personas the map follows, in its order."""
    return [p for pid in journey_map.persona_ids if (p := workspace.persona(pid)) is not None]


def draw_persona_sheet(
    surface: Surface, persona: Persona, page: PageGeometry, top: float, theme: Theme, language: str, index: int = 0,
) -> None:
    """``persona`` on a page whose top edge is at ``top``."""
    m = page.margin
    content = Rect(m, top + m, page.width - 2 * m, page.height - 2 * m)
    accent = theme.curve_colour(index)
    _draw_avatar(surface, persona, Rect(content.x, content.y, AVATAR, AVATAR), accent, theme)

    text_x = content.x + AVATAR + 24
    text_w = content.right - text_x
    y = paragraph(surface, persona.name, TITLE, text_x, content.y, text_w, theme.header_text, 1)
    facts = [persona.role] if persona.role else []
    if persona.age is not None:
        facts.append(word("age", language, age=persona.age))
    if facts:
        y = paragraph(surface, " · ".join(facts), BODY, text_x, y + 2, text_w, theme.muted_text, 2)
    if persona.quote.strip():
        quote = text_block(persona.quote, QUOTE, text_x + 14, y + 10, text_w - 14, 3)
        surface.fill_rect(Rect(text_x, quote.rect.y + 2, 4, quote.rect.height - 4), accent)
        draw_text_block(surface, quote, theme.header_text)
        y = quote.rect.bottom
    header_bottom = max(content.y + AVATAR, y) + 24

    footer_height = SUBHEADING.line_height + 8 + 2 * SMALL.line_height + 6
    grid = Rect(content.x, header_bottom, content.width, content.bottom - footer_height - 16 - header_bottom)
    boxes = (
        ("goals", persona.goals), ("motivations", persona.motivations),
        ("frustrations", persona.frustrations), ("behaviours", persona.behaviours),
    )
    gap = 20.0
    box_w, box_h = (grid.width - gap) / 2, (grid.height - gap) / 2
    for i, (key, items) in enumerate(boxes):
        box = Rect(grid.x + (i % 2) * (box_w + gap), grid.y + (i // 2) * (box_h + gap), box_w, box_h)
        colour = theme.critical if key == "frustrations" else accent
        _draw_box(surface, box, word(key, language), items, colour, theme, language)

    footer_y = grid.bottom + 16
    _draw_channels(surface, persona, Rect(content.x, footer_y, content.width, SUBHEADING.line_height), theme, language)
    if persona.data_sources:
        sources = f"{labelled('sources', language)} {'; '.join(persona.data_sources)}"
        paragraph(surface, sources, SMALL, content.x, footer_y + SUBHEADING.line_height + 8, content.width,
                  theme.muted_text, 2)


def _draw_avatar(surface: Surface, persona: Persona, rect: Rect, accent: str, theme: Theme) -> None:
    image = _avatar_image(persona)
    if image is not None:
        surface.draw_image(rect, image, persona.avatar.image_mime)
        surface.draw_path(rect_path(rect), stroke=Stroke(theme.card_border, 1.0))
        return
    centre = rect.center
    surface.draw_path(ellipse(centre.x, centre.y, rect.width / 2, rect.height / 2), fill=accent)
    mark = persona_mark(persona.name, persona.avatar.emoji)
    # An avatar emoji fills half the disc; initials keep the heading's size.
    style = HEADING if mark.isascii() else TextStyle(FontFace.REGULAR, rect.height * 0.5, rect.height * 0.6)
    x = centre.x - text_width(mark, style) / 2
    surface.draw_text(x, centre.y + style.size * 0.36, mark, style, "#FFFFFF")


def _avatar_image(persona: Persona) -> bytes | None:
    avatar = persona.avatar
    if not avatar.image_base64 or avatar.image_mime not in ("image/png", "image/jpeg"):
        return None
    if check_avatar(avatar) is not None:  # a map built in memory skipped the load's check: initials instead
        return None
    try:
        return base64.b64decode(avatar.image_base64, validate=True)
    except (binascii.Error, ValueError):
        return None


def _draw_box(surface: Surface, box: Rect, title: str, items: list[str], colour: str, theme: Theme,
              language: str) -> None:
    surface.draw_path(rounded_rect(box, 8), fill=theme.card_background, stroke=Stroke(theme.card_border, 1.0))
    surface.draw_path(rounded_rect(Rect(box.x, box.y, box.width, 5), 2.5), fill=colour)
    y = paragraph(surface, title, SUBHEADING, box.x + 16, box.y + 16, box.width - 32, theme.header_text, 1)
    if not items:
        paragraph(surface, word("none", language), BODY, box.x + 16, y + 6, box.width - 32, theme.muted_text, 1)
        return
    area = Rect(box.x + 16, y + 6, box.width - 32, box.bottom - 12 - (y + 6))
    bullet_list(surface, items, BODY, area, theme.card_body, word("more", language))


def _draw_channels(surface: Surface, persona: Persona, row: Rect, theme: Theme, language: str) -> None:
    label = labelled("channels", language)
    baseline = row.y + 15
    surface.draw_text(row.x, baseline, label, SMALL_BOLD, theme.header_text)
    x = row.x + text_width(label, SMALL_BOLD) + 12
    for channel in persona.preferred_channels:
        name = channel_label(channel, language)
        width = 18 + text_width(name, SMALL) + 16
        if x + width > row.right:
            break
        surface.draw_icon("channels", channel.value, Rect(x, row.y + 3, 14, 14), theme.icon)
        surface.draw_text(x + 18, baseline, name, SMALL, theme.card_body)
        x += width
    if not persona.preferred_channels:
        surface.draw_text(x, baseline, word("none", language), SMALL, theme.muted_text)


def persona_sheets_svg(workspace: Workspace, journey_map: JourneyMap, options: ExportOptions, theme: Theme) -> bytes:
    """The map's personas, one sheet each, stacked down one SVG picture."""
    personas = map_personas(workspace, journey_map)
    if not personas:
        raise ExportError(f"{journey_map.title!r} has no personas to export")
    page = page_geometry(options.page) if options.page else page_geometry(PageSize.A4)
    language = workspace.metadata.language
    from ..vector.svg_surface import SvgSurface  # the PDF report does not load the SVG writer

    surface = SvgSurface()
    background = options.background_colour(theme)
    for index, persona in enumerate(personas):
        top = index * (page.height + SHEET_GAP)
        with surface.group("persona", persona.id):
            if background is not None:
                surface.fill_rect(Rect(0, top, page.width, page.height), background)
            draw_persona_sheet(surface, persona, page, top, theme, language, index)
    height = len(personas) * page.height + (len(personas) - 1) * SHEET_GAP
    view = Rect(0, 0, page.width, height)
    scale = options.width / page.width if options.width else options.dpi / 96.0
    title = ", ".join(p.name for p in personas)
    return surface.document(view, page.width * scale, height * scale, title, None)
