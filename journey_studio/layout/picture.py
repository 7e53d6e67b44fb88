"""Constants and positions that describe the picture of a map, shared by every output.

The layout places boxes and text; these say how the marks inside them look and where
they sit (evidence badge, online mark, critical flag, corner radii), so the painter
draws the same picture on screen, in PNG, SVG, PDF and PowerPoint. No Qt.
"""

from typing import TYPE_CHECKING

from ..model import EvidenceSource
from .geometry import Point
from .text import FontFace, TextStyle, text_width

if TYPE_CHECKING:
    from .map_layout import CardBox

EVIDENCE_LETTERS: dict[EvidenceSource, str] = {
    EvidenceSource.INTERVIEW: "I",
    EvidenceSource.FOCUS_GROUP: "G",
    EvidenceSource.SURVEY: "S",
    EvidenceSource.WEB_ANALYTICS: "A",
    EvidenceSource.CRM: "C",
    EvidenceSource.SUPPORT_TICKETS: "T",
    EvidenceSource.WORKSHOP: "W",
    EvidenceSource.ASSUMPTION: "?",
}
"""The letter a card's evidence badge shows; a dashed "?" marks an unchecked assumption."""

EVIDENCE_BADGE_STYLE = TextStyle(FontFace.BOLD, 10, 12)
EVIDENCE_BADGE_RADIUS = 7.5

LOW_DETAIL_SCALE = 0.35
"""Below this zoom the screen draws a card as a coloured block: its text would be unreadable and slow
to draw. Files never use it: an export always draws full detail."""

MIN_LEGIBLE_PIXELS = 6.0
"""Smallest card text, in output pixels, an export calls legible; below it the export warns."""

CARD_RADIUS = 8.0
SELECTION_RADIUS = 10.0
STAGE_HEADER_RADIUS = 10.0
ACCENT_WIDTH = 5.0
"""The coloured strip at a card's left edge."""
SHADOW_DEPTH = 2.5
CRITICAL_FLAG_SIZE = 20.0
CRITICAL_RING_GAP = 4.5
"""How far the red ring of a critical emotion point stands off its face."""
ONLINE_DOT_RADIUS = 3.5
ARROW_HEAD_LENGTH = 11.0
ARROW_WIDTH = 2.0
CURVE_WIDTH = 3.5
STAGE_TINT_ALPHA = 14 / 255


def online_mark_x(box: "CardBox") -> float:
    """Where the "● online" word starts in the card's footer (its dot sits 8 px to the left)."""
    return box.footer_rect.right - text_width(box.online_label, box.channel_label.style)


FOOTER_TEXT_SIZE = 11.0
"""The light theme's footer type, which the badge and face sizes above go with."""


def footer_scale(box: "CardBox") -> float:
    """How much larger than the light theme's the card's footer marks are: they grow with its footer type (the
    projector's 1.35×, decided by the layout), never shrink below their own size."""
    return max(1.0, box.channel_label.style.size / FOOTER_TEXT_SIZE)


def evidence_badge_radius(box: "CardBox") -> float:
    return EVIDENCE_BADGE_RADIUS * footer_scale(box)


def evidence_badge_style(box: "CardBox") -> TextStyle:
    k = footer_scale(box)
    style = EVIDENCE_BADGE_STYLE
    return style if k == 1.0 else TextStyle(style.face, round(style.size * k, 2), round(style.line_height * k, 2))


def evidence_badge_centre(box: "CardBox") -> Point:
    """The badge's centre: at the footer's right, left of the online mark when there is one."""
    right = box.footer_rect.right
    if box.online_label:
        right = online_mark_x(box) - 12
    return Point(right - 12.5 - evidence_badge_radius(box), box.footer_rect.center.y)


CARD_FACE_RADIUS = 7.0
CARD_FACE_SPACE = 20.0
"""Room a card's own emotion face takes in its footer, left of the evidence badge."""


def card_face_radius(box: "CardBox") -> float:
    return CARD_FACE_RADIUS * footer_scale(box)


def card_face_centre(box: "CardBox") -> Point:
    """The card's emotion face: just left of its evidence badge."""
    badge = evidence_badge_centre(box)
    return Point(badge.x - evidence_badge_radius(box) - 5 - card_face_radius(box), badge.y)
