"""The bundled Noto Sans registered with reportlab (embedded, subset), and a fallback for what it lacks.

Noto Sans has every accent a European map needs but no arrows or emoji; the
layout already measured those as fallback glyphs. A PDF can only show a glyph
some embedded font has, so characters Noto lacks are drawn from a system font
that has them (DejaVu Sans on Linux, Segoe UI Symbol on Windows, Arial Unicode
on macOS) when there is one, else replaced by a plain look-alike or left out.
"""

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ...layout.text import FontFace, font_path

PDF_NAMES = {FontFace.REGULAR: "NotoSans", FontFace.BOLD: "NotoSans-Bold", FontFace.ITALIC: "NotoSans-Italic"}
_FALLBACK_FILES = {
    FontFace.REGULAR: (
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/TTF/DejaVuSans.ttf",
        "C:/Windows/Fonts/seguisym.ttf",
        "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
        "/Library/Fonts/Arial Unicode.ttf",
    ),
    FontFace.BOLD: (
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
        "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf",
    ),
    FontFace.ITALIC: (
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf",
        "/usr/share/fonts/TTF/DejaVuSans-Oblique.ttf",
    ),
}
_LOOKALIKES = {"→": "->", "←": "<-", "✓": "v", "•": "·"}


@dataclass(frozen=True, slots=True)
class Run:
    font: str
    text: str


@lru_cache(maxsize=1)
def register_fonts() -> dict[FontFace, str]:
    """Register the three bundled faces once; returns face → reportlab font name."""
    for face, name in PDF_NAMES.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, font_path(face)))
    pdfmetrics.registerFontFamily(
        "NotoSans", normal=PDF_NAMES[FontFace.REGULAR], bold=PDF_NAMES[FontFace.BOLD],
        italic=PDF_NAMES[FontFace.ITALIC], boldItalic=PDF_NAMES[FontFace.BOLD],
    )
    return dict(PDF_NAMES)


@lru_cache(maxsize=8)
def _fallback(face: FontFace) -> tuple[str, frozenset[int]] | None:
    """The fallback font for ``face`` (bold and italic fall back to regular), registered; None if none exists."""
    for candidate in _FALLBACK_FILES[face]:
        if not Path(candidate).is_file():
            continue
        name = f"Fallback-{face.name.title()}"
        try:
            font = TTFont(name, candidate)
        except Exception:  # reportlab raises bare TTFError or struct errors on fonts it cannot embed
            continue
        pdfmetrics.registerFont(font)
        return name, frozenset(font.face.charToGlyph)
    return _fallback(FontFace.REGULAR) if face is not FontFace.REGULAR else None


@lru_cache(maxsize=4)
def _covered(face: FontFace) -> frozenset[int]:
    register_fonts()
    return frozenset(pdfmetrics.getFont(PDF_NAMES[face]).face.charToGlyph)


@lru_cache(maxsize=32768)
def font_runs(text: str, face: FontFace) -> tuple[Run, ...]:
    """``text`` cut into runs, each in a font that has its glyphs."""
    primary, covered = PDF_NAMES[face], _covered(face)
    fallback = None
    runs: list[Run] = []
    for ch in text:
        code = ord(ch)
        if code in covered:
            font = primary
        else:
            if fallback is None:
                fallback = _fallback(face) or ("", frozenset())
            if code in fallback[1]:
                font = fallback[0]
            elif unicodedata.category(ch) in ("Mn", "Cf") or code in (0xFE0E, 0xFE0F):
                continue  # joiners and selectors: invisible without the glyphs they join
            else:
                ch, font = _LOOKALIKES.get(ch, ""), primary
                if not ch:
                    continue
        if runs and runs[-1].font == font:
            runs[-1] = Run(font, runs[-1].text + ch)
        else:
            runs.append(Run(font, ch))
    return tuple(runs)
