"""A touchpoint card on a :class:`Surface`: box, accent, text, channel, online mark, evidence badge, critical flag.

Coordinates are the layout's; the canvas item translates its painter so the same
function draws the card on screen and in every file.
"""

from functools import lru_cache

from ..layout import CardBox, Point, Rect
from ..layout.picture import (
    ACCENT_WIDTH,
    CARD_FACE_RADIUS,
    CARD_RADIUS,
    CRITICAL_FLAG_SIZE,
    EVIDENCE_BADGE_RADIUS,
    EVIDENCE_BADGE_STYLE,
    EVIDENCE_LETTERS,
    FOOTER_TEXT_SIZE,
    ONLINE_DOT_RADIUS,
    SHADOW_DEPTH,
    online_mark_x,
)
from ..layout.text import TextStyle, font_ascent, font_descent, text_width
from ..model import EvidenceSource
from ..theme import Theme
from .face import draw_face
from .path import KAPPA, VectorPath, ellipse, placed, placed_circle, polyline, rounded_rect_shape
from .surface import Stroke, Surface, draw_text_block

FALLBACK_STAGE_COLOUR = "#888888"


def paint_card(surface: Surface, box: CardBox, theme: Theme, stage_colour: str) -> None:
    """The card in full detail: what every file shows, and the screen at readable zooms."""
    rect = box.rect
    x, y = rect.x, rect.y
    # A faint shadow in the card's own shape, offset down: the card lifts off without a hard grey bar.
    # Cards of one size share their outlines (made once, moved): most of a large map's cards have a few sizes.
    shadow, outline, accent = _frame(rect.width, rect.height)
    inks = _inks(theme)
    draw_path = surface.draw_path
    draw_path(placed(shadow, x, y + _SHADOW_DROP), fill=theme.card_shadow)
    draw_path(placed(outline, x + 0.5, y + 0.5), fill=theme.card_background,
              stroke=inks.critical_border if box.critical else inks.border)
    draw_path(placed(accent, x, y), fill=box.colour or stage_colour)
    draw_text_block(surface, box.title, theme.card_title)
    draw_text_block(surface, box.body, theme.card_body)
    footer = box.footer_rect
    middle = footer.y + footer.height / 2  # footer.center.y
    if box.channel is not None:
        icon = Rect(footer.x, middle - 8, 16, 16)
        surface.draw_icon("channels", box.channel.value, icon, theme.card_footer)
    label = box.channel_label
    draw_text_block(surface, label, theme.card_footer)
    # The footer's marks as layout.picture places them (online_mark_x, evidence_badge_centre, card_face_centre),
    # the same sums in the same order, with what is the same for every card of a footer type reckoned once.
    online_label = box.online_label
    marks = _footer_marks(online_label, label.style)
    right = footer.right
    if online_label:
        online_x = right - marks.online_width
        _paint_online_mark(surface, box, theme, online_x, middle)
        right = online_x - 12
    badge_x = right - 12.5 - marks.badge_radius
    if box.evidence is not None:  # a view (a client deck) may hide it
        paint_evidence_badge(surface, Point(badge_x, middle), box.evidence, theme, marks.badge_radius,
                             marks.badge_style)
    if box.mood is not None:
        draw_face(surface, Point(badge_x - marks.badge_radius - 5 - marks.face_radius, middle), marks.face_radius,
                  box.mood, theme)
    if box.critical:
        paint_critical_flag(surface, rect, theme)


_SHADOW_DROP = SHADOW_DEPTH * 0.6


@lru_cache(maxsize=256)
def _solid(colour: str, width: float) -> Stroke:
    """A plain stroke, made once per colour and width: a card draws several."""
    return Stroke(colour, width)


@lru_cache(maxsize=4096)
def _frame(width: float, height: float) -> tuple[VectorPath, VectorPath, VectorPath]:
    """A card's shadow, outline and accent stripe at its top left corner, once per size: the shared shapes of
    ``rect.adjusted(0, drop, 0, drop)``, ``rect.adjusted(0.5, 0.5, -0.5, -0.5)`` and the stripe, sized as those
    rectangles are (the same floats)."""
    return (rounded_rect_shape(width - 0 + 0, height - _SHADOW_DROP + _SHADOW_DROP, CARD_RADIUS),
            rounded_rect_shape(width - 0.5 + -0.5, height - 0.5 + -0.5, CARD_RADIUS),
            _accent_shape(height))


class _Inks:
    """The strokes a theme's cards share (a plain class: a dataclass costs a millisecond of every command's start)."""

    __slots__ = ("border", "critical_border", "assumed")

    def __init__(self, theme: Theme) -> None:
        self.border = _solid(theme.card_border, theme.line(1.0))
        self.critical_border = _solid(theme.critical, theme.line(2.0))
        width = theme.line(1.4)
        self.assumed = Stroke(theme.evidence_assumed, width, dash=(4 * width, 2 * width))
        """The dashed ring of an assumption's badge."""


_INKS: tuple[Theme | None, _Inks | None] = (None, None)
"""The last theme's inks (the theme kept, so its identity stays its own; swapped whole, so threads may share it)."""


def _inks(theme: Theme) -> _Inks:
    global _INKS
    last, inks = _INKS
    if last is not theme or inks is None:
        inks = _Inks(theme)
        _INKS = (theme, inks)
    return inks


class _FooterMarks:
    """What places a footer's marks, the same for every card with this online label and footer type."""

    __slots__ = ("online_width", "badge_radius", "badge_style", "face_radius")

    def __init__(self, online_width: float, badge_radius: float, badge_style: TextStyle, face_radius: float) -> None:
        self.online_width = online_width
        self.badge_radius = badge_radius
        self.badge_style = badge_style
        self.face_radius = face_radius


@lru_cache(maxsize=256)
def _footer_marks(online_label: str, style: TextStyle) -> _FooterMarks:
    scale = max(1.0, style.size / FOOTER_TEXT_SIZE)  # layout.picture.footer_scale
    badge = EVIDENCE_BADGE_STYLE
    badge_style = badge if scale == 1.0 else TextStyle(badge.face, round(badge.size * scale, 2),
                                                       round(badge.line_height * scale, 2))
    return _FooterMarks(text_width(online_label, style), EVIDENCE_BADGE_RADIUS * scale, badge_style,
                        CARD_FACE_RADIUS * scale)


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
    _paint_online_mark(surface, box, theme, online_mark_x(box), box.footer_rect.center.y)


def _paint_online_mark(surface: Surface, box: CardBox, theme: Theme, x: float, middle: float) -> None:
    """The mark starting at ``x``, its dot on the footer's ``middle``."""
    ink = theme.online if box.online else theme.offline
    surface.draw_text(x, box.channel_label.baseline(0), box.online_label, box.channel_label.style, ink)
    dot = placed_circle(x - 8, middle, ONLINE_DOT_RADIUS)
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
        surface.draw_path(circle, stroke=_inks(theme).assumed)
        ink = theme.evidence_assumed
    else:
        surface.draw_path(circle, fill=theme.evidence_backed)
        ink = "#FFFFFF"
    letter, half_width, half_height, ascent = _badge_letter(source, style)
    surface.draw_text(centre.x - half_width, centre.y - half_height + ascent, letter, style, ink)


@lru_cache(maxsize=256)
def _badge_letter(source: EvidenceSource, style: TextStyle) -> tuple[str, float, float, float]:
    """The badge's letter, half its width, half its font's height and its ascent: the letter's x is the centre's
    less the half width, its baseline the centre's y less the half height plus the ascent."""
    letter = EVIDENCE_LETTERS[source]
    ascent, descent = font_ascent(style), font_descent(style)
    return letter, text_width(letter, style) / 2, (ascent + descent) / 2, ascent


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
