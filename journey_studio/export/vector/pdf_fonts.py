"""The bundled fonts registered with reportlab (embedded as subsets), and which of them draws each character.

Noto Sans has every accent a European map needs but no arrows, emoji or CJK;
the layout measured those with the bundled fallback fonts (Noto Emoji, the
symbols subset, the CJK font), so the PDF draws them with the same fonts, in the
same order. A character no bundled font has is left out (a PDF can only show a
glyph an embedded font has); joiners and variation selectors are invisible anyway.
"""

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from ...layout.shaping import has_arabic
from ...layout.text import FontFace, fallback_font_paths, font_path, unshaped

PDF_NAMES = {FontFace.REGULAR: "NotoSans", FontFace.BOLD: "NotoSans-Bold", FontFace.ITALIC: "NotoSans-Italic"}


@dataclass(frozen=True, slots=True)
class Run:
    font: str
    text: str
    dx: float = 0.0
    dy: float = 0.0
    """A mark's offset from where the run before it ends, in em, y up (a vowel sign over its letter)."""
    advance: float = 0.0
    """A mark's own advance, in em (0: the next glyph starts where it was placed from)."""


_REPORTLAB_TO_UNICODE = ttfonts.makeToUnicodeCMap


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode map, with characters beyond U+FFFF written as UTF-16 (reportlab writes
    five hex digits, so copying an emoji out of the PDF gave a wrong letter)."""
    cmap = _REPORTLAB_TO_UNICODE(fontname, [0] * len(subset))
    from .pdf_shaping import private_text  # shaped Arabic glyphs copy as the letters they draw

    private = private_text if "NotoSansArabic" in fontname else {}
    entries = [f"<{i:02X}> <{private.get(code, chr(code)).encode('utf-16-be').hex().upper()}>"
               for i, code in enumerate(subset)]
    head, _, rest = cmap.partition("beginbfchar\n")
    _, _, tail = rest.partition("endbfchar")
    return head + "beginbfchar\n" + "\n".join(entries) + "\nendbfchar" + tail


@lru_cache(maxsize=1)
def register_fonts() -> dict[FontFace, str]:
    """Register the three bundled faces once; returns face → reportlab font name."""
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    for face, name in PDF_NAMES.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, font_path(face)))
    pdfmetrics.registerFontFamily(
        "NotoSans", normal=PDF_NAMES[FontFace.REGULAR], bold=PDF_NAMES[FontFace.BOLD],
        italic=PDF_NAMES[FontFace.ITALIC], boldItalic=PDF_NAMES[FontFace.BOLD],
    )
    return dict(PDF_NAMES)


@lru_cache(maxsize=1)
def _fallback_files() -> tuple[tuple[str, str], ...]:
    return tuple(fallback_font_paths())


@lru_cache(maxsize=8)
def _fallback(index: int) -> tuple[str, frozenset[int]]:
    """The ``index``-th bundled fallback font, registered on first use (the CJK font takes a third of a second)."""
    family, path = _fallback_files()[index]
    name = family.replace(" ", "")
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, path))
    return name, frozenset(pdfmetrics.getFont(name).face.charToGlyph)


@lru_cache(maxsize=4)
def _covered(face: FontFace) -> frozenset[int]:
    register_fonts()
    return frozenset(pdfmetrics.getFont(PDF_NAMES[face]).face.charToGlyph)


@lru_cache(maxsize=4096)
def _font_for(code: int, face: FontFace) -> str | None:
    """The font that draws ``code``: the face's own, else the first bundled fallback that has it (an emoji in
    thousands of titles is looked up once)."""
    if code in _covered(face):
        return PDF_NAMES[face]
    for index in range(len(_fallback_files())):
        name, covered = _fallback(index)
        if code in covered:
            return name
    return None


NEEDS_UNSHAPING = re.compile("[\u200d\ufe0f\U0001F3FB-\U0001F3FF\U0001F1E6-\U0001F1FF]")
"""What :func:`unshaped` changes (joiners, emoji presentation, skin tones, flags): text without any is left as is."""


@lru_cache(maxsize=4)
def _uncovered(face: FontFace) -> re.Pattern[str]:
    """A character the face has no glyph for, as a pattern: runs are found by one search, not a loop per letter."""
    codes = sorted(_covered(face))
    ranges: list[tuple[int, int]] = []
    for code in codes:
        if ranges and code == ranges[-1][1] + 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    members = "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)
    return re.compile(f"[^{members}]")


@lru_cache(maxsize=32768)
def font_runs(text: str, face: FontFace) -> tuple[Run, ...]:
    """``text`` cut into runs, each in a font that has its glyphs."""
    if NEEDS_UNSHAPING.search(text):  # only emoji sequences and flags need it; most text is plain
        text = unshaped(text)  # no emoji shaping here: an emoji sequence or a flag must not fall apart
    if has_arabic(text):  # joined letter forms, right to left: shaped as the layout measured it
        from .pdf_shaping import shaped_runs

        return tuple(Run(font, part, *offsets) for font, part, offsets in shaped_runs(text, face))
    covered, primary = _covered(face), PDF_NAMES[face]
    if covered.issuperset(map(ord, text)):
        return (Run(primary, text),) if text else ()
    fonts: list[str] = []
    parts: list[str] = []

    def add(font: str, part: str) -> None:
        if fonts and fonts[-1] == font:
            parts[-1] += part
        else:
            fonts.append(font)
            parts.append(part)

    done = 0
    for missing in _uncovered(face).finditer(text):
        if missing.start() > done:
            add(primary, text[done:missing.start()])
        ch = missing.group()
        font = _font_for(ord(ch), face)
        if font is not None:  # else: invisible joiners, or a script no bundled font covers
            add(font, ch)
        done = missing.end()
    if done < len(text):
        add(primary, text[done:])
    return tuple(map(Run, fonts, parts))  # each run made once, whole (a frozen Run is slow to make)


@lru_cache(maxsize=4096)
def fallback_for(code: int, face: FontFace) -> str | None:
    """The fallback font that draws ``code``, which the face has no glyph for (None: no bundled font has it, and it
    is left out, as :func:`font_runs` leaves it); "" when the face has it, or the character needs unshaping or
    Arabic shaping (:func:`font_runs` alone cuts such text)."""
    ch = chr(code)
    if code in _covered(face) or NEEDS_UNSHAPING.match(ch) or has_arabic(ch):
        return ""
    return _font_for(code, face)


def outside(placed: frozenset[str], face: FontFace) -> re.Pattern[str]:
    """A character not among ``placed`` (the face's first subset) that the face draws as it is: any other character
    (an emoji, a letter not placed yet, one needing shaping) is looked at by itself."""
    covered = _covered(face)
    plain = sorted(ch for ch in placed if ord(ch) in covered and not NEEDS_UNSHAPING.match(ch) and not has_arabic(ch))
    return re.compile(f"[^{''.join(map(re.escape, plain))}]" if plain else "(?s:.)")


def string_width(text: str, font_name: str, size: float) -> float:
    """reportlab's width of ``text`` in a registered TrueType font (its very sum, in the same order), summed
    without a Python step per character: bold text with emoji measures each of its runs."""
    face = pdfmetrics.getFont(font_name).face
    return 0.001 * size * sum(map(face.charWidths.get, map(ord, text), repeat(face.defaultWidth)))


def missing_characters(text: str, face: FontFace = FontFace.REGULAR) -> list[str]:
    """Visible characters of ``text`` no bundled font can draw (what the PDF leaves out)."""
    return [ch for ch in text if _font_for(ord(ch), face) is None and unicodedata.category(ch) not in ("Mn", "Cf")
            and ord(ch) not in (0xFE0E, 0xFE0F)]
