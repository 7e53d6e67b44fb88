"""Arabic in the PDF: shaped glyphs, in visual order, as characters reportlab can embed and show.

A PDF shows glyphs, not letters: reportlab picks each glyph from the font's character map, so
Arabic written letter by letter comes out isolated and left to right. The line is shaped as the
layout measured it (:mod:`journey_studio.layout.shaping`); each shaped glyph is named by a
character that selects it — its own when the font maps one to it, else a private-use code given
to it here (as reportlab's own shaping does) whose copied text is the letters it draws.
"""

from reportlab.pdfbase import pdfmetrics

from ...layout.shaping import shape_arabic, visual_segments
from ...layout.text import FontFace

_PRIVATE_START = 0xE000
_codes: dict[int, int] = {}
"""Glyph id → private-use code, for glyphs of the Arabic font no character maps to (contextual forms, ligatures)."""
private_text: dict[int, str] = {}
"""Private-use code → the letters its glyph draws, for the PDF's text (copy, search)."""


def _code_for(font_name: str, glyph: int, advance: float, letters: str) -> int:
    """A character that selects ``glyph`` in the reportlab font ``font_name``."""
    face = pdfmetrics.getFont(font_name).face
    chars = face.glyphToChar.get(glyph)
    if chars:
        return int(chars[0])
    code = _codes.get(glyph)
    if code is None:
        code = max(_codes.values(), default=_PRIVATE_START - 1) + 1
        while code in face.charToGlyph:
            code += 1
        _codes[glyph] = code
        face.charToGlyph[code] = glyph
        face.glyphToChar.setdefault(glyph, []).append(code)
        face.charWidths[code] = round(advance * 1000)
        private_text[code] = letters
    return code


NO_OFFSET = (0.0, 0.0, 0.0)


def shaped_text(run: str, font_name: str) -> str:
    """An Arabic run (logical order) as the characters that show its shaped glyphs, left to right."""
    return "".join(text for text, _ in shaped_pieces(run, font_name))


def shaped_pieces(run: str, font_name: str) -> list[tuple[str, tuple[float, float, float]]]:
    """An Arabic run as (characters, (dx, dy, advance) in em) pieces, left to right: glyphs the font places
    where the pen is are joined; a glyph HarfBuzz moves off the pen (a vowel mark over its letter) is a piece of
    its own with its offset, so the PDF shows it where the layout measured it, not at the letter's edge."""
    shaped = shape_arabic(run)
    clusters = sorted({glyph.cluster for glyph in shaped.glyphs}) + [len(run)]
    ends = {start: clusters[i + 1] for i, start in enumerate(clusters[:-1])}
    pieces: list[tuple[str, tuple[float, float, float]]] = []
    for glyph in shaped.glyphs:
        ch = chr(_code_for(font_name, glyph.glyph, glyph.advance, run[glyph.cluster:ends[glyph.cluster]]))
        if glyph.dx or glyph.dy:
            pieces.append((ch, (glyph.dx, glyph.dy, glyph.advance)))
        elif pieces and pieces[-1][1] == NO_OFFSET:
            pieces[-1] = (pieces[-1][0] + ch, NO_OFFSET)
        else:
            pieces.append((ch, NO_OFFSET))
    return pieces


def shaped_runs(text: str, face: FontFace) -> list[tuple[str, str, tuple[float, float, float]]]:
    """(font name, text, mark offset) runs of a line holding Arabic, in visual order: Arabic shaped, the rest
    character by character in the font that has it (none: left out, as for any line)."""
    from .pdf_fonts import _covered, _font_for, register_fonts

    names = register_fonts()
    covered = _covered(face)
    runs: list[tuple[str, str, tuple[float, float, float]]] = []

    def add(font: str, part: str, offset: tuple[float, float, float] = NO_OFFSET) -> None:
        if runs and runs[-1][0] == font and offset == NO_OFFSET and runs[-1][2] == NO_OFFSET:
            runs[-1] = (font, runs[-1][1] + part, NO_OFFSET)
        else:
            runs.append((font, part, offset))

    for segment, arabic in visual_segments(text, lambda ch: ord(ch) in covered):
        if arabic:
            font = _font_for(ord(segment[0]), face)
            if font is not None:
                for part, offset in shaped_pieces(segment, font):
                    add(font, part, offset)
            continue
        for ch in segment:
            font = names[face] if ord(ch) in covered else _font_for(ord(ch), face)
            if font is not None:
                add(font, ch)
    return runs
