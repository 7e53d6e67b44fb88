"""Text measurement and wrapping from the bundled font's own advance widths.

Measuring from the TTF (not from Qt) keeps the layout Qt-free and makes the PDF
wrap exactly like the screen. Characters Noto Sans lacks are measured from the
bundled fallback fonts that draw them (Noto Emoji, then a CJK font), in the order
Qt is told to fall back through them; only what no bundled font has is guessed.
"""

import re
import unicodedata
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from importlib.resources import as_file, files

from reportlab.pdfbase.ttfonts import TTFontFile

ELLIPSIS = "…"


class FontFace(Enum):
    REGULAR = "NotoSans-Regular.ttf"
    BOLD = "NotoSans-Bold.ttf"
    ITALIC = "NotoSans-Italic.ttf"


FONT_FAMILY = "Noto Sans"


class FallbackFont(Enum):
    """Bundled fonts for what Noto Sans lacks, in fallback order; the value is the file name."""

    EMOJI = "NotoEmoji-Regular.ttf"
    """Monochrome emoji (OFL): a ninth the size of the colour font, and it prints."""
    SYMBOLS = "JourneyStudioSymbols-Regular.ttf"
    """Arrows, check marks, stars, shapes (a DejaVu Sans subset, renamed)."""
    CJK = "JourneyStudioCJK-Regular.ttf"
    """Chinese, Japanese kana and kanji, Korean Hangul (Droid Sans Fallback, Apache 2.0, renamed)."""


FALLBACK_FAMILIES = {
    FallbackFont.EMOJI: "Noto Emoji",
    FallbackFont.SYMBOLS: "Journey Studio Symbols",
    FallbackFont.CJK: "Journey Studio CJK",
}
"""The family names Qt knows the fallback fonts by."""

EMOJI_EM = 1.27
"""Advance of a Noto Emoji glyph (2600/2048 em): the guess for emoji no bundled font has."""
WIDE_EM = 1.0
"""Advance of a CJK ideograph in every CJK font: the guess for wide characters no bundled font has."""


def font_path(face: "FontFace | FallbackFont") -> str:
    """Filesystem path of a bundled font (fonts ship as package data)."""
    resource = files("journey_studio.resources") / "fonts" / face.value
    with as_file(resource) as path:
        return str(path)


def fallback_font_paths() -> list[tuple[str, str]]:
    """(family, path) of each fallback font, in the order renderers should try them."""
    return [(FALLBACK_FAMILIES[font], font_path(font)) for font in FallbackFont]


@dataclass(frozen=True, slots=True)
class TextStyle:
    face: FontFace
    size: float
    """Pixel size at 100 % zoom."""
    line_height: float


@dataclass(frozen=True, slots=True)
class WrappedText:
    lines: tuple[str, ...]
    elided: bool
    """True when the full text did not fit: show it in a tooltip."""


_ZWJ = 0x200D
_SKIN_TONES = range(0x1F3FB, 0x1F400)
_REGIONAL_INDICATORS = range(0x1F1E6, 0x1F200)
_INVISIBLE = frozenset({_ZWJ, 0xFE0E, 0xFE0F, 0x200B, 0x2060})


@lru_cache(maxsize=None)
def _char_widths(font: "FontFace | FallbackFont") -> dict[int, float]:
    return {code: width / 1000.0 for code, width in TTFontFile(font_path(font)).charWidths.items()}


class _FaceWidths:
    def __init__(self, face: FontFace) -> None:
        font = TTFontFile(font_path(face))
        self._widths: dict[int, float] = {code: width / 1000.0 for code, width in font.charWidths.items()}
        self.ascent: float = font.ascent / 1000.0
        self.descent: float = -font.descent / 1000.0

    def em_width(self, char: str) -> float:
        code = ord(char)
        width = self._widths.get(code)
        if width is not None:
            return width
        if unicodedata.combining(char) or code in _INVISIBLE:
            return 0.0
        for fallback in FallbackFont:
            width = _char_widths(fallback).get(code)
            if width is not None:
                return width
        if code >= 0x1F000:
            return EMOJI_EM
        if unicodedata.east_asian_width(char) in ("W", "F"):
            return WIDE_EM
        return 0.6


@lru_cache(maxsize=None)
def _face(face: FontFace) -> _FaceWidths:
    return _FaceWidths(face)


@lru_cache(maxsize=65536)
def _em_width(face: FontFace, text: str) -> float:
    """Sum of advances; emoji joined by ZWJ, tinted by a skin tone or paired into a flag draw as one glyph."""
    widths = _face(face)
    total = 0.0
    previous = 0
    flag_open = False
    for ch in text:
        code = ord(ch)
        if previous == _ZWJ or (code in _SKIN_TONES and previous >= 0x2600):
            width = 0.0
        elif code in _REGIONAL_INDICATORS and flag_open:
            width = 0.0  # the second letter of a flag pair
        else:
            width = widths.em_width(ch)
        flag_open = code in _REGIONAL_INDICATORS and not flag_open
        total += width
        previous = code
    return total


def text_width(text: str, style: TextStyle) -> float:
    return _em_width(style.face, text) * style.size


def font_ascent(style: TextStyle) -> float:
    return _face(style.face).ascent * style.size


def font_descent(style: TextStyle) -> float:
    return _face(style.face).descent * style.size


@lru_cache(maxsize=16384)
def wrap_text(text: str, style: TextStyle, width: float, max_lines: int) -> WrappedText:
    """Greedy word wrap into at most ``max_lines`` lines of ``width`` px, eliding the last one."""
    if max_lines <= 0 or not text.strip():
        return WrappedText((), bool(text.strip()))
    lines: list[str] = []
    paragraphs = text.replace("\r\n", "\n").split("\n")
    overflow = False
    for p_index, paragraph in enumerate(paragraphs):
        for line in _wrap_paragraph(paragraph, style, width):
            if len(lines) == max_lines:
                overflow = True
                break
            lines.append(line)
        if overflow:
            break
        if len(lines) == max_lines and p_index < len(paragraphs) - 1:
            overflow = any(p.strip() for p in paragraphs[p_index + 1 :])
            break
    if overflow:
        lines[-1] = elide(lines[-1] + " " + ELLIPSIS, style, width)
    return WrappedText(tuple(lines), overflow)


def elide(text: str, style: TextStyle, width: float, force: bool = False) -> str:
    """``text`` cut with an ellipsis so it fits ``width``; unchanged if it fits and not forced."""
    if not force and text_width(text, style) <= width:
        return text
    budget = width - text_width(ELLIPSIS, style)
    kept = ""
    for ch in text:
        if text_width(kept + ch, style) > budget:
            break
        kept += ch
    return kept.rstrip() + ELLIPSIS


_BREAKABLE_SPACE = re.compile(r"[ \t\u2002-\u200A\u3000]+")
"""Spaces a line may break at; no-break spaces (French « 70 % ») keep words together."""


def _wrap_paragraph(paragraph: str, style: TextStyle, width: float) -> list[str]:
    words = [word for word in _BREAKABLE_SPACE.split(paragraph) if word]
    if not words:
        return [""]
    lines: list[str] = []
    current = ""
    space = text_width(" ", style)
    current_width = 0.0
    for word in words:
        word_width = text_width(word, style)
        if current and current_width + space + word_width <= width:
            current += " " + word
            current_width += space + word_width
            continue
        if current:
            lines.append(current)
        if word_width <= width:
            current, current_width = word, word_width
            continue
        # A word longer than the line (a URL, a long compound): break it by characters.
        piece = ""
        for ch in word:
            if piece and text_width(piece + ch, style) > width:
                lines.append(piece)
                piece = ""
            piece += ch
        current, current_width = piece, text_width(piece, style)
    lines.append(current)
    return lines
