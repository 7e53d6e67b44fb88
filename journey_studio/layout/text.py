"""Text measurement and wrapping from the bundled font's own advance widths.

Measuring from the TTF (not from Qt) keeps the layout Qt-free and makes the PDF
wrap exactly like the screen. Characters the font lacks (emoji, CJK) are
measured as the wide glyphs a fallback font will draw.
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


def font_path(face: FontFace) -> str:
    """Filesystem path of a bundled font (fonts ship as package data)."""
    resource = files("journey_studio.resources") / "fonts" / face.value
    with as_file(resource) as path:
        return str(path)


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


class _FaceWidths:
    def __init__(self, face: FontFace):
        font = TTFontFile(font_path(face))
        self._widths = {code: width / 1000.0 for code, width in font.charWidths.items()}
        self.ascent = font.ascent / 1000.0
        self.descent = -font.descent / 1000.0

    def em_width(self, char: str) -> float:
        code = ord(char)
        width = self._widths.get(code)
        if width is not None:
            return width
        if unicodedata.combining(char) or code in (0x200D, 0xFE0F):
            return 0.0
        if unicodedata.east_asian_width(char) in ("W", "F") or code >= 0x1F000:
            return 1.15
        return 0.6


@lru_cache(maxsize=None)
def _face(face: FontFace) -> _FaceWidths:
    return _FaceWidths(face)


@lru_cache(maxsize=65536)
def _em_width(face: FontFace, text: str) -> float:
    widths = _face(face)
    return sum(widths.em_width(ch) for ch in text)


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
