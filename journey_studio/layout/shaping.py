"""Arabic shaped with HarfBuzz: joined letter forms, ligatures and right-to-left order, from the bundled font.

Adding up each letter's own advance is wrong for Arabic: a letter takes another glyph (and width) at
the start, middle or end of a word, and lam + alef become one glyph. The layout measures, and the SVG
and the PDF draw, what HarfBuzz makes of each Arabic run with the bundled Noto Sans Arabic, as Qt
(HarfBuzz too) does on screen. Runs are put in visual order by a small bidi resolution that covers
what a journey map holds (Arabic words, European digits and Latin names in an Arabic line, or the
reverse); the characters Noto Sans has itself (spaces, digits, punctuation) stay with Noto Sans, as
Qt's per-character fallback draws them.
"""

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import as_file, files
from typing import Any

# uharfbuzz is imported where Arabic is shaped, never at the top: a map without Arabic (most maps, and
# every small PNG export's whole command) would pay its import, 15-40 ms, for nothing.

GlyphCheck = Callable[[str], bool]
"""Whether the main font draws a character itself."""
PlainWidth = Callable[[str], float]
"""The width in em of text without Arabic."""

ARABIC_FONT = "NotoSansArabic-Regular.ttf"
"""The bundled Arabic font's file name (regular weight only: bold is synthesised, as for CJK)."""

_ARABIC_BLOCKS = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x0870, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFE))
_RTL = frozenset({"R", "AL"})
_LTR = frozenset({"L", "EN", "AN"})
"""Digits (European and Arabic-Indic) read left to right inside an Arabic line, so they go with the left runs."""


_MIRRORED = str.maketrans("()[]{}<>«»‹›", ")(][}{><»«›‹")
"""Brackets and quotes read right to left turn round: "(" opens on the right."""
_ARABIC = re.compile("[" + "".join(f"{chr(low)}-{chr(high)}" for low, high in _ARABIC_BLOCKS) + "]")


def is_arabic(ch: str) -> bool:
    return _ARABIC.match(ch) is not None


def has_arabic(text: str) -> bool:
    """Whether ``text`` needs shaping: any character of the Arabic blocks (most text has none)."""
    return not text.isascii() and _ARABIC.search(text) is not None


@dataclass(frozen=True, slots=True)
class ShapedGlyph:
    glyph: int
    """Glyph id in the Arabic font."""
    cluster: int
    """Index in the run of the first character this glyph draws."""
    x: float
    """Pen position from the run's left end, in em."""
    dx: float
    dy: float
    """Offset from the pen position, in em, y up (a mark above its letter)."""
    advance: float
    """In em."""


@dataclass(frozen=True, slots=True)
class ShapedRun:
    glyphs: tuple[ShapedGlyph, ...]
    """In visual order, left to right."""
    width: float
    """In em."""


@cache
def arabic_font_path() -> str:
    resource = files("journey_studio.resources") / "fonts" / ARABIC_FONT
    with as_file(resource) as path:
        return str(path)


@cache
def _hb_font() -> tuple[Any, int]:
    """The bundled Arabic font as HarfBuzz's font (an ``uharfbuzz.Font``) and its units per em."""
    import uharfbuzz as hb  # type: ignore[import-untyped]  # no type information shipped

    face = hb.Face(hb.Blob.from_file_path(arabic_font_path()))
    return hb.Font(face), face.upem


@lru_cache(maxsize=16384)
def shape_arabic(run: str) -> ShapedRun:
    """``run`` (Arabic letters, in logical order) as the bundled Arabic font's glyphs, right to left, shaped."""
    import uharfbuzz as hb

    font, upem = _hb_font()
    buffer = hb.Buffer()
    buffer.add_str(run)
    buffer.direction = "rtl"
    buffer.script = "Arab"
    buffer.language = "ar"
    hb.shape(font, buffer, {"kern": False})  # as Qt draws it: kerning off (canvas/qt_fonts.py)
    glyphs = []
    x = 0.0
    for info, position in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True):
        advance = position.x_advance / upem
        glyphs.append(ShapedGlyph(info.codepoint, info.cluster, x, position.x_offset / upem,
                                  position.y_offset / upem, advance))
        x += advance
    return ShapedRun(tuple(glyphs), x)


def _direction_classes(text: str, rtl_paragraph: bool) -> list[bool]:
    """For each character, whether it belongs to a right-to-left run (Unicode's rules, simplified).

    Strong right-to-left letters are, strong left-to-right letters and digits are not; a run of neutral
    characters (spaces, punctuation) between two of one kind takes that kind, else the paragraph's.
    """
    kinds: list[bool | None] = []
    for ch in text:
        bidi = unicodedata.bidirectional(ch)
        kinds.append(True if bidi in _RTL else False if bidi in _LTR else None)
    resolved: list[bool] = []
    i = 0
    while i < len(kinds):
        kind = kinds[i]
        if kind is not None:
            resolved.append(kind)
            i += 1
            continue
        j = i
        while j < len(kinds) and kinds[j] is None:
            j += 1
        before = resolved[-1] if resolved else rtl_paragraph
        after = kinds[j] if j < len(kinds) else rtl_paragraph
        resolved.extend([before if before == after else rtl_paragraph] * (j - i))
        i = j
    return resolved


def _runs(text: str, flags: list[bool]) -> list[tuple[str, bool]]:
    runs: list[tuple[str, bool]] = []
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or flags[i] != flags[start]:
            runs.append((text[start:i], flags[start]))
            start = i
    return runs


def visual_segments(text: str, has_glyph: GlyphCheck | None = None) -> list[tuple[str, bool]]:
    """``text`` as segments in visual order, left to right: (segment, True) for Arabic to shape (its glyphs
    then come in visual order from :func:`shape_arabic`), (segment, False) for text drawn character by
    character from its start. ``has_glyph(ch)`` says which characters the main font draws itself."""
    if not has_arabic(text):
        return [(text, False)]
    rtl_paragraph = _first_strong_is_rtl(text)
    segments: list[tuple[str, bool]] = []
    directional = _runs(text, _direction_classes(text, rtl_paragraph))
    for run, rtl in reversed(directional) if rtl_paragraph else directional:
        if not rtl:
            segments.append((run, False))
            continue
        # Inside a right-to-left run: what the main font has (spaces, punctuation) is drawn with it, the rest is
        # shaped; the pieces, and the characters of each plain piece, read right to left.
        shaped = [is_arabic(ch) and not (has_glyph is not None and has_glyph(ch)) for ch in run]
        for piece, arabic in reversed(_runs(run, shaped)):
            segments.append((piece, True) if arabic else (piece[::-1].translate(_MIRRORED), False))
    return segments


def _first_strong_is_rtl(text: str) -> bool:
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return False
        if kind in _RTL:
            return True
    return False


def shaped_width(text: str, plain_width: PlainWidth, has_glyph: GlyphCheck | None = None) -> float:
    """Width of ``text`` in em: its Arabic runs shaped, the rest measured by ``plain_width``."""
    return sum(shape_arabic(segment).width if arabic else plain_width(segment)
               for segment, arabic in visual_segments(text, has_glyph))

