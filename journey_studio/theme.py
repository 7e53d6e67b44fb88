"""Colour themes, stored as JSON data files in ``resources/themes``. Qt-free: colours are hex strings.

Colours are ``#RRGGBB`` or ``#AARRGGBB`` (Qt's order, alpha first).
"""

import json
from dataclasses import dataclass, fields
from functools import lru_cache
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

    def curve_colour(self, index: int) -> str:
        return self.curve[index % len(self.curve)]


def theme_names() -> list[str]:
    folder = files("journey_studio.resources") / "themes"
    return sorted(entry.name.removesuffix(".json") for entry in folder.iterdir() if entry.name.endswith(".json"))


@lru_cache(maxsize=None)
def load_theme(name: str = "light") -> Theme:
    """The theme called ``name``; raises KeyError naming the known themes."""
    if name not in theme_names():
        raise KeyError(f"unknown theme {name!r}; known themes: {', '.join(theme_names())}")
    data = json.loads((files("journey_studio.resources") / "themes" / f"{name}.json").read_text("utf-8"))
    known = {f.name for f in fields(Theme)}
    values = {key: tuple(value) if isinstance(value, list) else value for key, value in data.items() if key in known}
    return Theme(**values)


def readable_text_on(background: str, theme: Theme) -> str:
    """The theme's light or dark text colour, whichever contrasts more with ``background``."""
    def luminance(hex_colour: str) -> float:
        rgb = hex_colour[-6:]
        channels = [int(rgb[i : i + 2], 16) / 255 for i in (0, 2, 4)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    def contrast(a: str, b: str) -> float:
        la, lb = sorted((luminance(a), luminance(b)), reverse=True)
        return (la + 0.05) / (lb + 0.05)

    light, dark = theme.stage_text_light, theme.stage_text_dark
    return light if contrast(background, light) >= contrast(background, dark) else dark
