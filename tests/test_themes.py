"""Every theme is readable: WCAG AA text contrast, visible graphics, emotions colour-blind viewers tell apart.

The colour science is written out here (WCAG 2.x relative luminance, Machado 2009 colour-vision
simulation, CIE L*a*b*) so the test checks the data files against the standards, not against
the product's own helpers.
"""

import math
from dataclasses import replace
from itertools import pairwise

import pytest

from journey_studio.theme import Theme, load_theme, theme_names

TEXT_AA = 4.5
"""WCAG 1.4.3: normal-size text against its background."""
GRAPHICS_AA = 3.0
"""WCAG 1.4.11: parts of graphics needed to understand them (face features, curves, borders)."""
DISTINCT = 25.0
"""CIE76 ΔE between two emotion colours: well above "clearly different" (≈ 10) even for small faces."""

# Machado, Oliveira & Fernandes (2009), severity 1.0, applied to linear sRGB.
DEUTERANOPIA = ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413), (-0.011820, 0.042940, 0.968881))
PROTANOPIA = ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216), (-0.003882, -0.048116, 1.051998))


def _channels(colour: str) -> tuple[float, float, float]:
    rgb = colour[-6:]
    return tuple(int(rgb[i : i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]


def _linear(value: float) -> float:
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    r, g, b = (_linear(c) for c in _channels(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def over(top: str, bottom: str) -> str:
    """``top`` (``#AARRGGBB`` or opaque) composited over the opaque ``bottom``."""
    alpha = int(top[1:3], 16) / 255 if len(top) == 9 else 1.0
    mixed = [alpha * t + (1 - alpha) * b for t, b in zip(_channels(top), _channels(bottom), strict=True)]
    return "#" + "".join(f"{round(c * 255):02X}" for c in mixed)


def lab(colour: str, vision: tuple | None = None) -> tuple[float, float, float]:
    linear = [_linear(c) for c in _channels(colour)]
    if vision is not None:
        linear = [min(1.0, max(0.0, sum(m * c for m, c in zip(row, linear, strict=True)))) for row in vision]
    r, g, b = linear
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def delta_e(a: str, b: str, vision: tuple | None = None) -> float:
    return math.dist(lab(a, vision), lab(b, vision))


def text_pairs(theme: Theme) -> list[tuple[str, str, str]]:
    """(what, text colour, background) for every place a renderer draws text."""
    bands = list(theme.lane_band)
    # Emotion point labels sit on a lane band under the shaded positive or negative zone.
    curve_grounds = bands + [over(zone, band) for band in bands for zone in (theme.positive_zone, theme.negative_zone)]
    pairs = [
        ("map title", theme.header_text, theme.background),
        ("map subtitle and scenario", theme.muted_text, theme.background),
        ("lane title", theme.lane_title_text, theme.lane_title_background),
        ("persona legend", theme.lane_title_text, theme.lane_title_background),
    ]
    for field in ("card_title", "card_body", "card_footer", "online", "offline"):
        pairs.append((f"{field} on a card", getattr(theme, field), theme.card_background))
    for ground in curve_grounds:
        pairs.append(("emotion label", theme.header_text, ground))
        pairs.append(("critical emotion label", theme.critical, ground))
    for band in bands:
        pairs.append(("metric value", theme.metric_text, band))
        pairs.append(("metric caption", theme.muted_text, band))
    for field in ("connector_next", "connector_back", "connector_skip"):
        pairs.append((f"{field} label", getattr(theme, field), theme.background))
    pairs.append(("evidence letter on its badge", "#FFFFFF", theme.evidence_backed))
    pairs.append(("assumption “?” on a card", theme.evidence_assumed, theme.card_background))
    return pairs


@pytest.fixture(params=theme_names())
def theme(request) -> Theme:
    return load_theme(request.param)


def test_the_three_themes_ship():
    assert {"light", "dark", "projector"} <= set(theme_names())


def test_theme_files_set_every_colour():
    """A colour left to the dataclass default was never checked against that theme's backgrounds."""
    import json
    from dataclasses import fields
    from importlib.resources import files

    for name in theme_names():
        data = json.loads((files("journey_studio.resources") / "themes" / f"{name}.json").read_text("utf-8"))
        missing = [f.name for f in fields(Theme) if f.name not in data]
        assert not missing, f"{name}.json lacks {missing}"


def text_contrast_failures(theme: Theme) -> list[str]:
    return [
        f"{what}: {text} on {ground} = {contrast(text, ground):.2f}:1"
        for what, text, ground in text_pairs(theme)
        if contrast(text, ground) < TEXT_AA
    ]


def test_every_text_meets_wcag_aa(theme: Theme):
    failures = text_contrast_failures(theme)
    assert not failures, f"{theme.name}: text below {TEXT_AA}:1\n" + "\n".join(failures)


def test_the_contrast_check_catches_pale_text():
    """Fed a theme whose card text is a pale grey on white, the check above must fail, naming it."""
    light = load_theme("light")
    pale = replace(light, card_background="#FFFFFF", card_body="#AAAAAA")
    assert contrast("#AAAAAA", "#FFFFFF") < TEXT_AA
    assert text_contrast_failures(pale) == ["card_body on a card: #AAAAAA on #FFFFFF = 2.32:1"]


def test_stage_header_text_is_readable_on_any_stage_colour(theme: Theme):
    """Stage colours are the user's: light or dark ink must reach 4.5:1 on every possible colour.

    The worst colour sits where both inks contrast equally, at √(light:dark) — so the two inks must
    be at least 4.5² = 20.25:1 apart (white on black is 21:1).
    """
    assert contrast(theme.stage_text_light, theme.stage_text_dark) >= TEXT_AA**2
    for grey in range(256):
        colour = f"#{grey:02X}{grey:02X}{grey:02X}"
        best = max(contrast(colour, theme.stage_text_light), contrast(colour, theme.stage_text_dark))
        assert best >= TEXT_AA, colour


def test_graphics_stand_out(theme: Theme):
    failures = []
    for field in ("face_positive", "face_neutral", "face_negative"):
        if contrast(theme.face_ink, getattr(theme, field)) < GRAPHICS_AA:
            failures.append(f"face eyes and mouth on {field}")
    for colour in theme.curve:
        for band in theme.lane_band:
            if contrast(colour, band) < GRAPHICS_AA:
                failures.append(f"curve {colour} on lane band {band}")
    if contrast(theme.critical, theme.card_background) < GRAPHICS_AA:
        failures.append("critical border on a card")
    assert not failures, theme.name + ": " + ", ".join(failures)


@pytest.mark.parametrize("vision", [None, DEUTERANOPIA, PROTANOPIA], ids=["typical", "deuteranopia", "protanopia"])
def test_emotion_colours_are_told_apart(theme: Theme, vision):
    """Faces differ by mouth shape; their colours must differ too, also without red–green vision."""
    colours = {"positive": theme.face_positive, "neutral": theme.face_neutral, "negative": theme.face_negative}
    names = list(colours)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            difference = delta_e(colours[a], colours[b], vision)
            assert difference >= DISTINCT, f"{theme.name}: {a} vs {b} ΔE {difference:.1f}"


def test_the_simulation_catches_a_red_green_palette():
    """Guard on the test itself: the old red/green faces are indistinct under deuteranopia."""
    assert delta_e("#2DA44E", "#CF222E") > DISTINCT
    assert delta_e("#2DA44E", "#CF222E", DEUTERANOPIA) < DISTINCT


def test_negative_and_positive_faces_also_differ_in_lightness(theme: Theme):
    """Grey-scale print and washed-out projectors keep mostly lightness: neutral stands out from both ends.

    Positive and negative may share a lightness: blue against orange survives every common colour-vision deficiency.
    """
    assert contrast(theme.face_neutral, theme.face_negative) >= 1.3
    assert contrast(theme.face_neutral, theme.face_positive) >= 1.3


def chroma(colour: str) -> float:
    """CIE L*a*b* chroma: how far from grey a colour is."""
    _, a, b = lab(colour)
    return math.hypot(a, b)


@pytest.mark.parametrize("mood", [-1.0, -0.75, -0.5, -0.25, 0.25, 0.5, 0.75, 1.0])
def test_every_face_between_the_extremes_has_a_clear_colour(theme: Theme, mood: float):
    """A +1 face (mood 0.5 on −2…+2) used to be a grey blend of amber and blue that read as "disabled"."""
    from journey_studio.theme import mood_colour

    fill = mood_colour(mood, theme)
    assert chroma(fill) >= 25, f"{theme.name}: mood {mood:+} face {fill} is greyish (chroma {chroma(fill):.1f})"
    assert contrast(theme.face_ink, fill) >= GRAPHICS_AA
    assert mood_colour(1.0, theme) == theme.face_positive and mood_colour(-1.0, theme) == theme.face_negative
    assert mood_colour(0.5, theme) == theme.face_slightly_positive


def test_the_old_blend_was_grey():
    """Guard on the test above: blending the light theme's neutral into its positive gave a grey at +1."""
    light = load_theme("light")
    old = "#" + "".join(f"{round((int(light.face_neutral[i:i+2], 16) + int(light.face_positive[i:i+2], 16)) / 2):02X}"
                        for i in (1, 3, 5))
    assert chroma(old) < 25 <= chroma(light.face_slightly_positive)


def test_stage_palette_is_sequential_and_takes_white_text(theme: Theme):
    """Stage colours say "where in the journey": one run from blue to green, every step dark enough for white."""
    from journey_studio.theme import STAGE_PALETTE, readable_text_on, stage_colour

    for colour in STAGE_PALETTE:
        assert contrast(colour, theme.stage_text_light) >= TEXT_AA, colour
    inks = {readable_text_on(stage_colour(i, n), theme) for n in range(1, 30) for i in range(n)}
    assert inks == {theme.stage_text_light}, "one header ink for every stage of every map"
    hues = [math.degrees(math.atan2(lab(c)[2], lab(c)[1])) % 360 for c in STAGE_PALETTE]
    assert all(b <= a + 1 for a, b in pairwise(hues)), f"hues run one way, blue → green: {hues}"
    for n in (1, 3, 5, 8, 25):
        picks = [STAGE_PALETTE.index(stage_colour(i, n)) for i in range(n)]
        assert picks == sorted(picks), "colours follow the journey's order"


def test_a_light_stage_colour_still_gets_dark_ink(theme: Theme):
    from journey_studio.theme import readable_text_on

    assert readable_text_on("#F5E6A0", theme) == theme.stage_text_dark
