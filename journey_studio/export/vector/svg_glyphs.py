"""Text drawn as the bundled fonts' own outlines, so an SVG looks the same on every machine.

An SVG that only names "Noto Sans" is drawn with whatever font the reader has: the
same file changed once a user installed other fonts, and many readers (librsvg, slide
programs) ignore ``@font-face``. So each glyph's outline is written once, in
``<defs>``, and every line of text reuses them; the text itself stays in the file as
invisible ``<text>``, over the outlines, so it can still be searched and copied.

Glyphs are chosen as the layout measures text: the style's Noto Sans face, then the
bundled fallbacks (emoji, symbols, CJK) in order; advances are the fonts' own,
unkerned, as the screen draws them. A character no bundled font has (Arabic, say) is
left to the reader's fonts: that line is written as visible text.
"""

import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache

from fontTools.pens.svgPathPen import SVGPathPen
from fontTools.pens.transformPen import TransformPen
from fontTools.ttLib import TTFont

from ...layout.text import FallbackFont, FontFace, TextStyle, font_path, unshaped

EM = 1000.0
"""Outlines are written on this em; a line of text at size s is drawn scaled by s / EM."""
_ZWJ = 0x200D
_SKIN_TONES = range(0x1F3FB, 0x1F400)
_REGIONAL_INDICATORS = range(0x1F1E6, 0x1F200)
_INVISIBLE = frozenset({_ZWJ, 0xFE0E, 0xFE0F, 0x200B, 0x2060, 0xFEFF})


class _Font:
    """One bundled font file: which characters it has, their advances and outlines (read on demand)."""

    def __init__(self, key: str, path: str) -> None:
        self.key = key
        self._font = TTFont(path, lazy=True)
        self.units = self._font["head"].unitsPerEm
        self.cmap: dict[int, str] = self._font.getBestCmap()
        self._metrics = self._font["hmtx"].metrics
        self._glyphs = self._font.getGlyphSet()
        self._order = {name: index for index, name in enumerate(self._font.getGlyphOrder())}

    def advance(self, glyph: str) -> int:
        return self._metrics[glyph][0]

    def glyph_id(self, glyph: str) -> str:
        return f"g{self.key}-{self._order[glyph]}"

    def outline(self, glyph: str) -> str:
        """The glyph's outline as SVG path data on a 1000-unit em (whatever the font's own), y pointing down."""
        pen = SVGPathPen(self._glyphs, ntos=_number)
        k = EM / self.units
        self._glyphs[glyph].draw(TransformPen(pen, (k, 0, 0, -k, 0, 0)))
        return pen.getCommands()


def _number(value: float) -> str:
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


_FACE_KEYS = {FontFace.REGULAR: "r", FontFace.BOLD: "b", FontFace.ITALIC: "i"}
_FALLBACK_KEYS = {FallbackFont.EMOJI: "e", FallbackFont.SYMBOLS: "s", FallbackFont.CJK: "c"}


@cache
def _font(face: FontFace | FallbackFont) -> _Font:
    key = _FACE_KEYS[face] if isinstance(face, FontFace) else _FALLBACK_KEYS[face]
    return _Font(key, font_path(face))


@dataclass(frozen=True, slots=True)
class PlacedGlyph:
    font: _Font
    glyph: str
    x: float
    """Pen position from the line's start, in layout units."""


@dataclass(frozen=True, slots=True)
class GlyphRun:
    """A line of text as glyphs; ``complete`` is False when a character had no bundled glyph."""

    glyphs: tuple[PlacedGlyph, ...]
    complete: bool


def _font_for(code: int, face: FontFace) -> _Font | None:
    primary = _font(face)
    if code in primary.cmap:
        return primary
    for fallback in FallbackFont:
        font = _font(fallback)
        if code in font.cmap:
            return font
    return None


@lru_cache(maxsize=16384)
def glyph_run(text: str, style: TextStyle) -> GlyphRun:
    """``text`` as positioned glyphs (x in layout units from the line's start), as the layout measured it.

    Emoji sequences and flags are drawn as the PDF and the screen draw them (``layout.text.unshaped``).
    """
    text = unshaped(text)
    placed: list[PlacedGlyph] = []
    x = 0.0
    previous = 0
    flag_open = False
    complete = True
    for ch in text:
        code = ord(ch)
        joined = previous == _ZWJ or (code in _SKIN_TONES and previous >= 0x2600)
        second_flag_letter = code in _REGIONAL_INDICATORS and flag_open
        flag_open = code in _REGIONAL_INDICATORS and not flag_open
        previous = code
        if joined or second_flag_letter or code in _INVISIBLE:
            continue  # drawn as one glyph with what precedes it, or invisible
        font = _font_for(code, style.face)
        if font is None:
            if unicodedata.category(ch) not in ("Mn", "Me", "Cf", "Cc", "Zs"):
                complete = False
            if unicodedata.category(ch) == "Zs":
                x += 0.26 * style.size
            continue
        glyph = font.cmap[code]
        placed.append(PlacedGlyph(font, glyph, x))
        x += font.advance(glyph) * style.size / font.units
    return GlyphRun(tuple(placed), complete)


@dataclass
class GlyphLibrary:
    """The outlines one SVG file uses, each written once into its ``<defs>``."""

    _written: dict[str, str] = field(default_factory=dict)

    def use(self, font: _Font, glyph: str) -> str:
        """The id of ``glyph``'s outline, adding it to the library on first use."""
        ident = font.glyph_id(glyph)
        if ident not in self._written:
            self._written[ident] = font.outline(glyph)
        return ident

    def defs(self) -> list[str]:
        return [f'<path id="{ident}" d="{data}"/>' for ident, data in self._written.items() if data]

    def empty(self, ident: str) -> bool:
        return not self._written.get(ident)
