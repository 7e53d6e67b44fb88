"""A theme's type size as layout metrics: the projector's larger type in columns as wide. Pure, no Qt.

A theme says how much larger its type is (``Theme.type_scale``, 1.35 for the projector); the layout
must know it, since text decides how cards wrap and how tall lanes grow. Zooming the whole picture
would change nothing once an export fits a width: the type grows *against* the stage columns, which
keep their width, so a card's text wraps onto more lines and the map grows taller, not wider. Every
text style grows, and so do the boxes sized for one line of text (headers, footers, arrow gutters, the
lane-title column) and the emotion faces, so nothing is clipped. Callers take the theme's scale:
``themed_metrics(theme.type_scale)``.
"""

from dataclasses import fields, replace
from functools import cache

from .metrics import DEFAULT_METRICS, LayoutMetrics
from .text import TextStyle

GROWN_WITH_TYPE = (
    "lane_title_width",
    "stage_header_height",
    "card_footer_height",
    "critical_flag_width",
    "evidence_badge_space",
    "connector_gutter",
    "connector_level_step",
    "emotion_point_radius",
    "metrics_lane_min_height",
    "emotion_lane_min_height",
    "header_gap",
    "legend_gap",
)
"""Sizes that hold text or sit beside it: they grow with the type."""
EXTRA_LINES = 1
"""Larger type in a column as wide needs a line more before a card's title or text is cut short."""


def scaled_style(style: TextStyle, scale: float) -> TextStyle:
    return replace(style, size=round(style.size * scale, 2), line_height=round(style.line_height * scale, 2))


@cache
def themed_metrics(type_scale: float, base: LayoutMetrics = DEFAULT_METRICS) -> LayoutMetrics:
    """``base`` with its type ``type_scale`` times larger (``base`` itself at 1): see the module's docstring."""
    if type_scale == 1.0:
        return base
    changes: dict[str, object] = {
        f.name: scaled_style(getattr(base, f.name), type_scale)
        for f in fields(base)
        if isinstance(getattr(base, f.name), TextStyle)
    }
    changes.update({name: getattr(base, name) * type_scale for name in GROWN_WITH_TYPE})
    if type_scale > 1.0:
        changes["card_title_lines"] = base.card_title_lines + EXTRA_LINES
        changes["card_body_lines"] = base.card_body_lines + EXTRA_LINES
    return replace(base, **changes)  # type: ignore[arg-type]
