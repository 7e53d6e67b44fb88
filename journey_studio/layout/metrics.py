"""Sizes of everything on a map, in pixels at 100 % zoom. One place to tune the look."""

from dataclasses import dataclass, field

from .text import FontFace, TextStyle


@dataclass(frozen=True)
class LayoutMetrics:
    margin: float = 32.0
    header_gap: float = 16.0
    lane_title_width: float = 184.0
    stage_header_height: float = 76.0
    cell_padding: float = 10.0
    column_padding: float = 16.0
    """Room between a card and its column's side: two of them make the gutter arrows run in, no card enters it."""
    card_gap: float = 8.0
    card_padding: float = 10.0
    card_radius: float = 8.0
    card_title_lines: int = 2
    card_body_lines: int = 3
    card_footer_height: float = 20.0
    critical_flag_width: float = 26.0
    evidence_badge_space: float = 24.0
    """Room at the right of a card's footer for the evidence badge (where the claim comes from)."""
    connector_gutter: float = 26.0
    connector_level_step: float = 17.0
    """Band at the top of a lane where loop-back and skip arrows run, above its cards."""
    connector_corner: float = 6.0
    emotion_lane_min_height: float = 210.0
    emotion_point_radius: float = 13.0
    metrics_lane_min_height: float = 72.0

    map_title: TextStyle = field(default_factory=lambda: TextStyle(FontFace.BOLD, 26, 34))
    map_subtitle: TextStyle = field(default_factory=lambda: TextStyle(FontFace.REGULAR, 14, 20))
    scenario: TextStyle = field(default_factory=lambda: TextStyle(FontFace.ITALIC, 14, 20))
    stage_name: TextStyle = field(default_factory=lambda: TextStyle(FontFace.BOLD, 17, 22))
    stage_name_lines: int = 2
    """A long stage name takes the header's second line (its goal then keeps one)."""
    stage_goal: TextStyle = field(default_factory=lambda: TextStyle(FontFace.REGULAR, 12, 16))
    lane_title: TextStyle = field(default_factory=lambda: TextStyle(FontFace.BOLD, 14, 19))
    card_title: TextStyle = field(default_factory=lambda: TextStyle(FontFace.BOLD, 14, 19))
    card_body: TextStyle = field(default_factory=lambda: TextStyle(FontFace.REGULAR, 12, 16))
    card_footer: TextStyle = field(default_factory=lambda: TextStyle(FontFace.REGULAR, 11, 15))
    metric: TextStyle = field(default_factory=lambda: TextStyle(FontFace.BOLD, 15, 20))
    metric_caption: TextStyle = field(default_factory=lambda: TextStyle(FontFace.REGULAR, 11, 15))
    point_label: TextStyle = field(default_factory=lambda: TextStyle(FontFace.REGULAR, 11, 14))
    connector_label: TextStyle = field(default_factory=lambda: TextStyle(FontFace.ITALIC, 11, 14))
    scale_label: TextStyle = field(default_factory=lambda: TextStyle(FontFace.REGULAR, 11, 14))
    blueprint_label: TextStyle = field(default_factory=lambda: TextStyle(FontFace.BOLD, 11, 14))
    legend_title: TextStyle = field(default_factory=lambda: TextStyle(FontFace.BOLD, 12, 16))
    legend_text: TextStyle = field(default_factory=lambda: TextStyle(FontFace.REGULAR, 12, 16))
    legend_gap: float = 20.0
    """Between the grid and the legend under it."""

    stage_header_gap: float = 6.0
    text_slack: float = 0.96
    """Wrap a little short of the box: renderers' hinting can widen text by a few per cent."""


DEFAULT_METRICS = LayoutMetrics()
