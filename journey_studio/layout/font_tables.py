"""Advance widths, ascent and descent read straight from a TrueType file's tables.

The layout measures text with the bundled fonts' own advances. ReportLab's ``TTFontFile`` reads
them too, but it parses every table (names, glyph locations, the PDF flags) in Python and its
import pulls in half of ReportLab: about a quarter of a small export's whole command. This reads
only ``head``, ``OS/2``, ``hhea``, ``maxp``, ``cmap`` and ``hmtx`` with ``struct``, and gives the
very numbers ReportLab gives, quirks included (``tests/layout/test_font_tables.py`` compares them
for every bundled font): the last Windows ``cmap`` subtable wins, characters a format 4 segment
maps to glyph 0 take glyph 0's advance, and U+00A0 takes the space's advance. A ``cmap`` format
other than 4 or 12 is left to ReportLab.
"""

import struct
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class FontMetrics:
    widths: dict[int, float]
    """Advance of each character the font maps, in em."""
    ascent: float
    """Typographic ascent, in em (positive)."""
    descent: float
    """Typographic descent, in em (negative, as in the font)."""


class _Font:
    def __init__(self, data: bytes) -> None:
        self.data = data
        (count,) = struct.unpack_from(">H", data, 4)
        self.tables: dict[bytes, int] = {}
        for index in range(count):
            tag, _checksum, offset, _length = struct.unpack_from(">4sIII", data, 12 + 16 * index)
            self.tables[tag] = offset

    def ushort(self, offset: int) -> int:
        value: int = struct.unpack_from(">H", self.data, offset)[0]
        return value

    def short(self, offset: int) -> int:
        value: int = struct.unpack_from(">h", self.data, offset)[0]
        return value


def read_font_metrics(path: str | Path) -> FontMetrics:
    """The advances, ascent and descent of the TrueType font at ``path``, in em."""
    font = _Font(Path(path).read_bytes())
    head = font.tables[b"head"]
    units_per_em = font.ushort(head + 18)
    multiplier = 1000 / units_per_em

    def em(value: int) -> float:
        # ReportLab's scale to thousandths (exact when the font has 1000 units), then back to em.
        return (value if units_per_em == 1000 else value * multiplier) / 1000.0

    if b"OS/2" in font.tables:
        os2 = font.tables[b"OS/2"]
        ascent, descent = em(font.short(os2 + 68)), em(font.short(os2 + 70))
    else:
        ascent, descent = em(font.short(head + 42)), em(font.short(head + 38))
    number_of_hmetrics = font.ushort(font.tables[b"hhea"] + 34)
    glyph_count = font.ushort(font.tables[b"maxp"] + 4)
    glyphs = _character_glyphs(font)
    if glyphs is None:
        return _read_with_reportlab(path)
    hmtx = font.tables[b"hmtx"]
    advances = struct.unpack_from(f">{number_of_hmetrics * 2}H", font.data, hmtx)[0::2]
    # Each glyph's advance in em once (glyphs past the metrics take the last one's), then each character's glyph's:
    # a character per glyph or more, and one look-up each instead of a conversion.
    glyph_ems = [em(advance) for advance in advances]
    glyph_ems.extend([glyph_ems[-1]] * max(glyph_count - number_of_hmetrics, 0))
    widths = {code: glyph_ems[glyph] for code, glyph in glyphs.items() if glyph < glyph_count}
    if 0x20 in glyphs and 0x20 in widths:
        widths[0xA0] = widths[0x20]
    elif 0xA0 in glyphs and 0xA0 in widths:
        widths[0x20] = widths[0xA0]
    return FontMetrics(widths, ascent, descent)


def _character_glyphs(font: _Font) -> dict[int, int] | None:
    """Character → glyph from the ``cmap`` subtable ReportLab would choose; None for a format it reads itself."""
    cmap = font.tables[b"cmap"]
    version, count = font.ushort(cmap), font.ushort(cmap + 2)
    if count == 0 and version != 0:
        count = version
    chosen: int | None = None
    kind = 0
    for index in range(count):
        platform, encoding, offset = struct.unpack_from(">HHI", font.data, cmap + 4 + 8 * index)
        if platform == 3 or (platform == 1 and encoding == 1) or (platform == 0 and encoding != 5):
            kind, chosen = 1, offset
        elif platform == 1 and encoding == 0 and kind != 1:
            kind, chosen = 2, offset
    if chosen is None:
        return None
    start = cmap + chosen
    subtable_format = font.ushort(start)
    if subtable_format == 4:
        return _format_4(font, start)
    if subtable_format == 12:
        return _format_12(font, start)
    return None


def _format_4(font: _Font, start: int) -> dict[int, int]:
    data = font.data
    limit = start + font.ushort(start + 2)
    segments = font.ushort(start + 6) // 2
    ends = struct.unpack_from(f">{segments}H", data, start + 14)
    starts = struct.unpack_from(f">{segments}H", data, start + 16 + 2 * segments)
    deltas = struct.unpack_from(f">{segments}h", data, start + 16 + 4 * segments)
    range_start = start + 16 + 6 * segments
    range_offsets = struct.unpack_from(f">{segments}H", data, range_start)
    glyphs: dict[int, int] = {}
    for n, (first, last, delta, range_offset) in enumerate(zip(starts, ends, deltas, range_offsets, strict=True)):
        if range_offset == 0:
            glyphs.update((code, (code + delta) & 0xFFFF) for code in range(first, last + 1))
            continue
        base = range_start + 2 * n + range_offset - 2 * first
        for code in range(first, last + 1):
            offset = base + 2 * code
            glyph = 0 if offset >= limit else struct.unpack_from(">H", data, offset)[0]
            glyphs[code] = (glyph + delta) & 0xFFFF if glyph else 0
    return glyphs


def _format_12(font: _Font, start: int) -> dict[int, int]:
    (groups,) = struct.unpack_from(">I", font.data, start + 12)
    values = struct.unpack_from(f">{groups * 3}I", font.data, start + 16)
    glyphs: dict[int, int] = {}
    for first, last, first_glyph in zip(values[0::3], values[1::3], values[2::3], strict=True):
        glyphs.update(zip(range(first, last + 1), range(first_glyph, first_glyph + last - first + 1), strict=True))
    return glyphs


def _read_with_reportlab(path: str | Path) -> FontMetrics:
    from reportlab.pdfbase.ttfonts import TTFontFile  # only for a cmap format this module does not read

    font = TTFontFile(str(path))
    return FontMetrics(
        {code: width / 1000.0 for code, width in font.charWidths.items()}, font.ascent / 1000.0, font.descent / 1000.0
    )
