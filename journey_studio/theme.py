"""Colour themes, stored as JSON data files in ``resources/themes``. Qt-free: colours are hex strings.

Colours are ``#RRGGBB`` or ``#AARRGGBB`` (Qt's order, alpha first).

How colour carries meaning on a map:

- **Stages** take :data:`STAGE_PALETTE`, a calm *sequential* run from blue through teal to green, in
  journey order: the colour says "where in the journey", nothing more. A rainbow implied meanings
  it did not have (a green "doubt" stage read as good news). Every step is dark enough for white
  header text (≥ 4.5:1), so all headers of a map share one ink (:func:`readable_text_on`).
- **Emotion** alone uses warm against cool: orange faces and tint below neutral, blue above, with
  explicit half-way colours (``face_slightly_*``) so a +1 face is a clear light blue, not a grey
  blend that reads as "disabled".
- **Lanes** alternate two near-white bands; stages are not tinted over them (bands × tints made a
  muddy checkerboard). Cards lift off with a faint, soft shadow in the card's own shape.
- **Red** is kept for moments of truth (critical cards and the lowest emotion point).
"""

import json
import math
from dataclasses import dataclass, fields
from functools import cache
from importlib.resources import files


@dataclass(frozen=True)
class Theme:
    name: str
    background: str
    header_text: str
    muted_text: str
    grid_line: str
    lane_band: tuple[str, str]
    lane_title_background: str
    lane_title_text: str
    stage_text_light: str
    stage_text_dark: str
    card_background: str
    card_border: str
    card_title: str
    card_body: str
    card_footer: str
    card_shadow: str
    critical: str
    selection: str
    positive_zone: str
    negative_zone: str
    zero_line: str
    curve: tuple[str, ...]
    face_positive: str
    face_neutral: str
    face_negative: str
    face_ink: str
    online: str
    offline: str
    connector_next: str
    connector_back: str
    connector_skip: str
    metric_text: str
    icon: str
    evidence_backed: str = "#0E7C86"
    """Badge of a card backed by research (interview, analytics…)."""
    evidence_assumed: str = "#9A6700"
    """Badge of a card that is only an assumption."""
    face_slightly_positive: str = "#8EC5F4"
    """A face half-way up the scale (+1 on −2…+2): a clear light blue."""
    face_slightly_negative: str = "#F2A766"
    """A face half-way down the scale (−1 on −2…+2): a clear light orange."""
    blueprint_line: str = "#57606A"
    """A service blueprint's lines of interaction, visibility and internal interaction, and their names."""
    type_scale: float = 1.0
    """How much larger than the light theme's the map's type is (the projector's 1.35): the layout lays the map
    out with text this much larger in columns as wide (:func:`journey_studio.layout.type_scale.themed_metrics`)."""
    line_scale: float = 1.0
    """How much thicker than the light theme's every line is (grid, borders, arrows, the emotion curve)."""

    def curve_colour(self, index: int) -> str:
        return self.curve[index % len(self.curve)]

    def line(self, width: float) -> float:
        """A line ``width`` wide in the light theme, as wide as this theme draws it."""
        return width * self.line_scale


def theme_names() -> list[str]:
    folder = files("journey_studio.resources") / "themes"
    return sorted(entry.name.removesuffix(".json") for entry in folder.iterdir() if entry.name.endswith(".json"))


@cache
def load_theme(name: str = "light") -> Theme:
    """The theme called ``name``; raises KeyError naming the known themes."""
    if name not in theme_names():
        raise KeyError(f"unknown theme {name!r}; known themes: {', '.join(theme_names())}")
    data = json.loads((files("journey_studio.resources") / "themes" / f"{name}.json").read_text("utf-8"))
    known = {f.name for f in fields(Theme)}
    values = {key: tuple(value) if isinstance(value, list) else value for key, value in data.items() if key in known}
    return Theme(**values)


STAGE_PALETTE: tuple[str, ...] = (
    "#3F5E9C", "#35699A", "#2B7391", "#207A86", "#1E7D74", "#2A7D5F", "#3B7A4A", "#4E7539",
)
"""Stage colours in journey order: one calm sequential run (blue → teal → green), white text on each ≥ 4.5:1."""

TEXT_AA = 4.5


def stage_colour(index: int, count: int) -> str:
    """The palette colour for stage ``index`` of ``count``: spread over the whole run, in order."""
    if count <= 1:
        return STAGE_PALETTE[0]
    step = (len(STAGE_PALETTE) - 1) / max(count - 1, 1)
    return STAGE_PALETTE[min(round(index * step), len(STAGE_PALETTE) - 1)] if count <= len(STAGE_PALETTE) \
        else STAGE_PALETTE[index * len(STAGE_PALETTE) // count]


def luminance(hex_colour: str) -> float:
    rgb = hex_colour[-6:]
    channels = [int(rgb[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def readable_text_on(background: str, theme: Theme) -> str:
    """The header ink for ``background``: the light one whenever it reaches 4.5:1, else the better of the two.

    One rule, not a per-colour toss-up, so a map's headers share one ink unless a colour truly needs the other.
    """
    light, dark = theme.stage_text_light, theme.stage_text_dark
    if contrast(background, light) >= TEXT_AA:
        return light
    return light if contrast(background, light) >= contrast(background, dark) else dark


def mood_colour(mood: float, theme: Theme) -> str:
    """A face's fill for ``mood`` (−1 … +1): the nearest of the theme's five emotion colours.

    Blending amber into blue through a pale neutral gave greys that read as "disabled"; five chosen
    colours keep every face a clear hue (the mouth still follows the exact mood).
    """
    stops = (theme.face_negative, theme.face_slightly_negative, theme.face_neutral,
             theme.face_slightly_positive, theme.face_positive)
    mood = max(-1.0, min(1.0, mood))
    step = math.floor(abs(mood) * 2 + 0.5)
    return stops[2 + (step if mood >= 0 else -step)]


WASHOUT_CONTRAST = 1.35
"""Least contrast a fill needs against the background to survive a projector: a lamp and a bright room wash
a pale tint (the light theme's #F0F3F6 lane band, 1.1:1 on white) into the background."""


def _over(top: str, bottom: str) -> str:
    """``top`` (``#AARRGGBB`` or opaque) as seen over the opaque ``bottom``."""
    alpha = int(top[1:3], 16) / 255 if len(top) == 9 else 1.0
    mixed = [alpha * int(top[-6:][i : i + 2], 16) + (1 - alpha) * int(bottom[-6:][i : i + 2], 16) for i in (0, 2, 4)]
    return "#" + "".join(f"{round(channel):02X}" for channel in mixed)


def theme_fills(theme: Theme) -> dict[str, str]:
    """Every area colour of the map as seen on the page (see-through ones laid over the background)."""
    ground = theme.background
    fills = {f"lane_band[{i}]": band for i, band in enumerate(theme.lane_band)}
    fills.update({name: getattr(theme, name) for name in (
        "lane_title_background", "card_background", "face_positive", "face_slightly_positive", "face_neutral",
        "face_slightly_negative", "face_negative")})
    fills.update({f"{zone} over {band}": _over(getattr(theme, zone), colour)
                  for zone in ("positive_zone", "negative_zone") for band, colour in fills.copy().items()
                  if band.startswith("lane_band")})
    fills["card_shadow"] = _over(theme.card_shadow, ground)
    return fills


def washed_out_fills(theme: Theme, threshold: float = WASHOUT_CONTRAST) -> list[str]:
    """The fills a projector washes out: not the background itself, yet under ``threshold``:1 against it."""
    ground = theme.background
    return [f"{name} {colour} ({contrast(colour, ground):.2f}:1 on {ground})"
            for name, colour in theme_fills(theme).items() if 1.02 < contrast(colour, ground) < threshold]
