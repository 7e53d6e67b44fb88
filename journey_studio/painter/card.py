"""A touchpoint card on a :class:`Surface`: box, accent, text, channel, online mark, evidence badge, critical flag.

Coordinates are the layout's; the canvas item translates its painter so the same
function draws the card on screen and in every file.
"""

from functools import lru_cache

from ..layout import CardBox, Point, Rect
from ..layout.picture import (
    ACCENT_WIDTH,
    CARD_RADIUS,
    CRITICAL_FLAG_SIZE,
    EVIDENCE_BADGE_RADIUS,
    EVIDENCE_BADGE_STYLE,
    EVIDENCE_LETTERS,
    ONLINE_DOT_RADIUS,
    SHADOW_DEPTH,
    card_face_centre,
    card_face_radius,
    evidence_badge_centre,
    evidence_badge_radius,
    evidence_badge_style,
    online_mark_x,
)
from ..layout.text import TextStyle, font_ascent, font_descent, text_width
from ..model import EvidenceSource
from ..theme import Theme
from .face import draw_face
from .path import KAPPA, VectorPath, ellipse, placed, placed_circle, placed_rounded_rect, polyline
from .surface import Stroke, Surface, draw_text_block

FALLBACK_STAGE_COLOUR = "#888888"


def paint_card(surface: Surface, box: CardBox, theme: Theme, stage_colour: str) -> None:
    """The card in full detail: what every file shows, and the screen at readable zooms."""
    rect = box.rect
    # A faint shadow in the card's own shape, offset down: the card lifts off without a hard grey bar.
    # Cards of one size share their outlines (made once, moved): most of a large map's cards have a few sizes.
    surface.draw_path(placed_rounded_rect(rect.adjusted(0, SHADOW_DEPTH * 0.6, 0, SHADOW_DEPTH * 0.6), CARD_RADIUS),
                      fill=theme.card_shadow)
    border = _solid(theme.critical, theme.line(2.0)) if box.critical else _solid(theme.card_border, theme.line(1.0))
    surface.draw_path(placed_rounded_rect(rect.adjusted(0.5, 0.5, -0.5, -0.5), CARD_RADIUS),
                      fill=theme.card_background, stroke=border)
    surface.draw_path(accent_stripe(rect), fill=box.colour or stage_colour)
    draw_text_block(surface, box.title, theme.card_title)
    draw_text_block(surface, box.body, theme.card_body)
    footer = box.footer_rect
    if box.channel is not None:
        icon = Rect(footer.x, footer.center.y - 8, 16, 16)
        surface.draw_icon("channels", box.channel.value, icon, theme.card_footer)
    draw_text_block(surface, box.channel_label, theme.card_footer)
    if box.online_label:
        paint_online_mark(surface, box, theme)
    if box.evidence is not None:  # a view (a client deck) may hide it
        paint_evidence_badge(surface, evidence_badge_centre(box), box.evidence, theme, evidence_badge_radius(box),
                             evidence_badge_style(box))
    if box.mood is not None:
        draw_face(surface, card_face_centre(box), card_face_radius(box), box.mood, theme)
    if box.critical:
        paint_critical_flag(surface, rect, theme)


@lru_cache(maxsize=256)
def _solid(colour: str, width: float) -> Stroke:
    """A plain stroke, made once per colour and width: a card draws several."""
    return Stroke(colour, width)


def paint_card_low_detail(surface: Surface, box: CardBox, theme: Theme, stage_colour: str) -> None:
    """The screen's far-zoom card: a block, its accent and grey bars where the text is. Never drawn into a file."""
    rect = box.rect
    surface.fill_rect(rect, theme.card_background)
    surface.fill_rect(Rect(rect.x, rect.y, 4, rect.height), box.colour or stage_colour)
    for block in (box.title, box.body):
        for index, line in enumerate(block.lines):
            width = min(block.rect.width, block.rect.width * (0.35 + 0.065 * len(line) / 4))
            y = block.rect.y + index * block.style.line_height + block.style.line_height * 0.3
            surface.fill_rect(Rect(block.rect.x, y, width, block.style.line_height * 0.45), theme.card_border)


def paint_online_mark(surface: Surface, box: CardBox, theme: Theme) -> None:
    """"● online" (or "○ offline") at the footer's right."""
    style = box.channel_label.style
    ink = theme.online if box.online else theme.offline
    x = online_mark_x(box)
    surface.draw_text(x, box.channel_label.baseline(0), box.online_label, style, ink)
    dot = placed_circle(x - 8, box.footer_rect.center.y, ONLINE_DOT_RADIUS)
    surface.draw_path(dot, fill=ink if box.online else None, stroke=_solid(ink, 1.5))


def accent_stripe(rect: Rect) -> VectorPath:
    """The coloured left edge of a card, following its rounded corners (the shared stripe of its height, moved)."""
    return placed(_accent_shape(rect.height), rect.x, rect.y)


@lru_cache(maxsize=4096)
def _accent_shape(height: float) -> VectorPath:
    return _accent_path(Rect(0.0, 0.0, ACCENT_WIDTH, height))


def _accent_path(rect: Rect) -> VectorPath:
    r = ACCENT_WIDTH
    k = r * KAPPA
    x, y, bottom = rect.x, rect.y, rect.bottom
    path = VectorPath().move_to(x + r, y)
    path.cubic_to(x + r - k, y, x, y + r - k, x, y + r)
    path.line_to(x, bottom - r)
    path.cubic_to(x, bottom - r + k, x + r - k, bottom, x + r, bottom)
    return path.close()


def paint_evidence_badge(
    surface: Surface, centre: Point, source: EvidenceSource, theme: Theme, radius: float = EVIDENCE_BADGE_RADIUS,
    style: TextStyle = EVIDENCE_BADGE_STYLE,
) -> None:
    """Where the card's claim comes from: a letter on teal, a dashed "?" if it is an assumption.

    ``radius`` and ``style`` grow with the card's footer type (``layout.picture.footer_scale``)."""
    circle = placed_circle(centre.x, centre.y, radius)
    if source is EvidenceSource.ASSUMPTION:
        width = theme.line(1.4)
        surface.draw_path(circle, stroke=Stroke(theme.evidence_assumed, width, dash=(4 * width, 2 * width)))
        ink = theme.evidence_assumed
    else:
        surface.draw_path(circle, fill=theme.evidence_backed)
        ink = "#FFFFFF"
    letter = EVIDENCE_LETTERS[source]
    ascent, descent = font_ascent(style), font_descent(style)
    baseline = centre.y - (ascent + descent) / 2 + ascent
    surface.draw_text(centre.x - text_width(letter, style) / 2, baseline, letter, style, ink)


def paint_critical_flag(surface: Surface, rect: Rect, theme: Theme) -> None:
    """The red corner badge with "!" that marks a moment of truth, seen from across the room."""
    badge, bar, dot = _critical_flag_shapes()
    right, top = rect.right - 8, rect.y
    surface.draw_path(placed(badge, right, top), fill=theme.critical)
    surface.draw_path(placed(bar, right, top), stroke=_EXCLAMATION)
    surface.draw_path(placed(dot, right, top), fill="#FFFFFF")


_EXCLAMATION = Stroke("#FFFFFF", 2.4, cap="round")


@lru_cache(maxsize=1)
def _critical_flag_shapes() -> tuple[VectorPath, VectorPath, VectorPath]:
    """The badge, the "!"'s bar and its dot, from the badge's top right corner."""
    size = CRITICAL_FLAG_SIZE
    badge = polyline(((-size, 0.0), (0.0, 0.0), (0.0, size + 6), (-size / 2, size), (-size, size + 6)), closed=True)
    cx = -size / 2
    return badge, polyline(((cx, 4.0), (cx, 11.5))), ellipse(cx, 16.0, 1.2, 1.2)
