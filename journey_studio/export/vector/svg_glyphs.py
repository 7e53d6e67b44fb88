"""Text drawn as the bundled fonts' own outlines, so an SVG looks the same on every machine.

An SVG that only names "Noto Sans" is drawn with whatever font the reader has: the
same file changed once a user installed other fonts, and many readers (librsvg, slide
programs) ignore ``@font-face``. So each glyph's outline is written once, in
``<defs>``, each word once as the glyphs it places, and every line of text reuses
them; the text itself stays in the file as invisible ``<text>``, over the outlines,
so it can still be searched and copied.

Glyphs are chosen as the layout measures text: the style's Noto Sans face, then the
bundled fallbacks (emoji, symbols, CJK, Arabic) in order; advances are the fonts' own,
unkerned, as the screen draws them. Arabic is shaped (joined forms, ligatures, right
to left) by :mod:`journey_studio.layout.shaping`, as the layout measured it. A
character no bundled font has is left to the reader's fonts: that line is written as
visible text.
"""

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache, reduce
from operator import add

from fontTools.pens.svgPathPen import SVGPathPen
from fontTools.pens.transformPen import TransformPen
from fontTools.ttLib import TTFont

from ...layout.shaping import has_arabic, shape_arabic, visual_segments
from ...layout.text import FallbackFont, FontFace, TextStyle, font_path, text_width, unshaped

EM = 1000.0
"""Outlines and glyph positions are written on this em; a line of text at size s is drawn scaled by s / EM."""
_ZWJ = 0x200D
_SKIN_TONES = range(0x1F3FB, 0x1F400)
_REGIONAL_INDICATORS = range(0x1F1E6, 0x1F200)
_INVISIBLE = frozenset({_ZWJ, 0xFE0E, 0xFE0F, 0x200B, 0x2060, 0xFEFF})
_ZWJ_CHAR = chr(_ZWJ)
_MAY_JOIN = re.compile("[\u200d\ufe0f\U0001F3FB-\U0001F3FF\U0001F1E6-\U0001F1FF]")
"""What ``unshaped`` changes has one of these: a joiner, an emoji presentation selector, a skin tone, a flag letter."""


class _Font:
    """One bundled font file: which characters it has, their advances and outlines (read on demand)."""

    def __init__(self, key: str, path: str) -> None:
        self.key = key
        self._font = TTFont(path, lazy=True)
        self.units = self._font["head"].unitsPerEm
        # Glyphs named by their index: the file's own names are never needed (a glyph's id in the SVG is its
        # index), and reading them (the post table, or names made up from the cmap) was most of a font's load.
        self._order = [f"g{index}" for index in range(self._font["maxp"].numGlyphs)]
        self._font.setGlyphOrder(self._order)
        self.cmap: dict[int, str] = self._font.getBestCmap()
        self.cmap_has = lambda ch: ord(ch) in self.cmap
        self._metrics = self._font["hmtx"].metrics
        self._glyphs = self._font.getGlyphSet()
        self._index = {name: index for index, name in enumerate(self._order)}
        self._outlines: dict[str, str] = {}

    def advance(self, glyph: str) -> float:
        """The glyph's advance on a 1000-unit em."""
        return self._metrics[glyph][0] * EM / self.units

    def name(self, glyph_id: int) -> str:
        return self._order[glyph_id]

    def glyph_id(self, glyph: str) -> str:
        return f"g{self.key}-{self._index[glyph]}"

    def outline(self, glyph: str) -> str:
        """The glyph's outline as SVG path data on a 1000-unit em (whatever the font's own), y pointing down."""
        data = self._outlines.get(glyph)
        if data is None:
            pen = SVGPathPen(self._glyphs, ntos=_number)
            k = EM / self.units
            self._glyphs[glyph].draw(TransformPen(pen, (k, 0, 0, -k, 0, 0)))
            data = self._outlines[glyph] = pen.getCommands()
        return data


def _number(value: float) -> str:
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


_NUMBERS: dict[float, str] = {}
"""Positions already written (:func:`_number`): a word's place on the em comes back line after line."""
_NUMBERS_KEPT = 65536


def _kept_number(value: float) -> str:
    """:func:`_number` of ``value``, kept in :data:`_NUMBERS` for the next time."""
    if len(_NUMBERS) >= _NUMBERS_KEPT:
        _NUMBERS.clear()
    text = _NUMBERS[value] = _number(value)
    return text


_FACE_KEYS = {FontFace.REGULAR: "r", FontFace.BOLD: "b", FontFace.ITALIC: "i"}
_FALLBACK_KEYS = {FallbackFont.EMOJI: "e", FallbackFont.SYMBOLS: "s", FallbackFont.CJK: "c", FallbackFont.ARABIC: "a"}


@cache
def _font(face: FontFace | FallbackFont) -> _Font:
    key = _FACE_KEYS[face] if isinstance(face, FontFace) else _FALLBACK_KEYS[face]
    return _Font(key, font_path(face))


@dataclass(frozen=True, slots=True)
class PlacedGlyph:
    font: _Font
    glyph: str
    x: float
    """Pen position from the start of its word (or line), on a 1000-unit em (times size / EM: layout units)."""
    y: float = 0.0
    """Offset below the baseline, on the same em (an Arabic mark set above its letter is negative)."""
    synthetic: str = ""
    """"b" or "i" when a bold or italic line takes this glyph from a regular-only fallback font: Qt then
    emboldens or slants the outline, and so does the SVG (:data:`SYNTHETIC`)."""

    @property
    def ident(self) -> str:
        return self.font.glyph_id(self.glyph)

    @property
    def empty(self) -> bool:
        """A space: nothing to draw."""
        return not self.font.outline(self.glyph)


@dataclass(frozen=True, slots=True, eq=False)
class Word:
    """Glyphs drawn together, placed from the word's start. Each word is made once (and cached), so a
    library can know it by identity: hashing the object is as cheap as it gets."""

    glyphs: tuple[PlacedGlyph, ...]
    advance: float
    """On the em: where the next word's space starts."""
    complete: bool
    """Whether every visible character had a bundled glyph."""

    @property
    def emboldened(self) -> bool:
        return any(glyph.synthetic == "b" for glyph in self.glyphs)


@dataclass(frozen=True, slots=True)
class GlyphRun:
    """A line of text as words of glyphs; ``complete`` is False when a character had no bundled glyph."""

    words: tuple[tuple[float, Word], ...]
    """(start on the em from the line's start, word), left to right; spaces are the gaps between them."""
    complete: bool

    @property
    def glyphs(self) -> list[PlacedGlyph]:
        """Every drawn glyph, placed from the line's start."""
        return [PlacedGlyph(g.font, g.glyph, start + g.x, g.y) for start, word in self.words for g in word.glyphs]


_SYNTHETIC_STYLE = {FontFace.REGULAR: "", FontFace.BOLD: "b", FontFace.ITALIC: "i"}
SYNTHETIC = {
    "": "",
    "b": ' stroke-width="15.6" stroke-linejoin="round"',
    "i": ' transform="skewX(-12)"',
}
"""How Qt (FreeType) makes bold and italic from a regular outline, as attributes of a glyph's ``<use>``: bold
grows the outline (a stroke of 1/64 em, the width that best matched Qt's picture, in the line's colour: the
line's group sets ``stroke`` with a zero width, which only these uses widen; not ``currentColor``, which Qt's SVG
reader takes from where a definition is, not from where it is used), italic slants it by 0.2126 (12 degrees)."""
_NOT_DRAWN = ("Mn", "Me", "Cf", "Cc", "Zs")
"""Categories a missing glyph of is no loss: marks, format characters, controls and spaces."""
_MISSING_SPACE = 260.0
"""Advance of a space no bundled font has (Noto Sans' own space)."""


@cache
def _face_table(face: FontFace) -> dict[str, tuple[_Font, str] | None]:
    """Character → (font, glyph) for ``face`` and its fallbacks, filled as characters are met."""
    return {}


def _font_for(ch: str, face: FontFace) -> tuple[_Font, str] | None:
    table = _face_table(face)
    if ch in table:
        return table[ch]
    code = ord(ch)
    found: tuple[_Font, str] | None = None
    for source in (face, *FallbackFont):  # a fallback font is read only when a character needs it
        candidate = _font(source)
        if code in candidate.cmap:
            found = (candidate, candidate.cmap[code])
            break
    table[ch] = found
    return found


_WORD_CACHE = 65536
"""Distinct words kept per face: a 10,000-card map uses about 3,000."""


@cache
def _words_of(face: FontFace) -> dict[str, Word]:
    return {}


def _plain_word(text: str, face: FontFace) -> Word:
    """``text`` (no space) as glyphs placed from its start, one a character, emoji sequences joined."""
    placed: list[PlacedGlyph] = []
    x = 0.0
    previous = 0
    flag_open = False
    complete = True
    own, synthetic = _font(face), _SYNTHETIC_STYLE[face]
    for ch in text:
        code = ord(ch)
        joined = previous == _ZWJ or (code in _SKIN_TONES and previous >= 0x2600)
        second_flag_letter = code in _REGIONAL_INDICATORS and flag_open
        flag_open = code in _REGIONAL_INDICATORS and not flag_open
        previous = code
        if joined or second_flag_letter or code in _INVISIBLE:
            continue  # drawn as one glyph with what precedes it, or invisible
        found = _font_for(ch, face)
        if found is None:
            category = unicodedata.category(ch)
            if category not in _NOT_DRAWN:
                complete = False
            if category == "Zs":
                x += _MISSING_SPACE
            continue
        font, glyph = found
        if font.outline(glyph):
            placed.append(PlacedGlyph(font, glyph, x, 0.0, "" if font is own else synthetic))
        x += font.advance(glyph)
    return Word(tuple(placed), x, complete)


def _place_plain(text: str, face: FontFace, x: float, words: list[tuple[float, Word]]) -> tuple[float, bool]:
    """Append ``text``'s words from ``x``, cut at its spaces; (x after it, all found)."""
    complete = True
    space = _space_advance(face)
    known = _words_of(face)
    # A space right after a joiner is drawn (and measured) as part of what it joins: no cut there.
    pieces = [text] if _ZWJ_CHAR in text else text.split(" ")
    for index, piece in enumerate(pieces):
        if index:
            x += space
        if not piece:
            continue
        word = known.get(piece)
        if word is None:
            word = _new_word(piece, face, known)
        complete &= word.complete
        if word.glyphs:
            words.append((x, word))
        x += word.advance
    return x, complete


def _new_word(piece: str, face: FontFace, known: dict[str, Word]) -> Word:
    if len(known) >= _WORD_CACHE:
        known.clear()
    word = known[piece] = _plain_word(piece, face)
    return word


@cache
def _space_advance(face: FontFace) -> float:
    found = _font_for(" ", face)
    return found[0].advance(found[1]) if found else _MISSING_SPACE


def _place_arabic(text: str, face: FontFace, x: float, words: list[tuple[float, Word]]) -> float:
    """Append the shaped words of an Arabic run (in visual order, left to right) from ``x``."""
    font = _font(FallbackFont.ARABIC)
    synthetic = _SYNTHETIC_STYLE[face]
    shaped = shape_arabic(text)
    current: list[PlacedGlyph] = []
    for glyph in (*shaped.glyphs, None):
        placed = None
        if glyph is not None:
            placed = PlacedGlyph(font, font.name(glyph.glyph), (glyph.x + glyph.dx) * EM, -glyph.dy * EM, synthetic)
            if not placed.empty:
                current.append(placed)
                continue
        if current:
            start = current[0].x
            glyphs = tuple(PlacedGlyph(g.font, g.glyph, g.x - start, g.y, g.synthetic) for g in current)
            words.append((x + start, Word(glyphs, current[-1].x + font.advance(current[-1].glyph) - start, True)))
            current = []
    return x + shaped.width * EM


@lru_cache(maxsize=32768)
def _run(text: str, face: FontFace) -> GlyphRun:
    if _MAY_JOIN.search(text) is not None:  # only emoji sequences and flags change; most text has none
        text = unshaped(text)
    words: list[tuple[float, Word]] = []
    x = 0.0
    complete = True
    for segment, arabic in visual_segments(text, _font(face).cmap_has):
        if arabic:
            x = _place_arabic(segment, face, x, words)
        else:
            x, found = _place_plain(segment, face, x, words)
            complete &= found
    return GlyphRun(tuple(words), complete)


def glyph_run(text: str, style: TextStyle) -> GlyphRun:
    """``text`` as words of positioned glyphs (on a 1000-unit em from the line's start), as the layout measured it.

    Emoji sequences and flags are drawn as the PDF and the screen draw them (``layout.text.unshaped``).
    """
    return _run(text, style.face)


def is_plain(text: str) -> bool:
    """Whether ``text`` has nothing to shape or join (no Arabic, no joiner, emoji selector, skin tone or flag
    letter): most text. Its glyphs are then each character's own, and its width the sum of their advances."""
    return text.isascii() or (_MAY_JOIN.search(text) is None and not has_arabic(text))


@cache
def _advances(face: FontFace) -> tuple[dict[str, float], TextStyle]:
    """Each character's advance in em as the layout measures it alone (filled as characters are met), and the
    one-pixel style it is measured in."""
    return {}, TextStyle(face, 1.0, 1.0)


def plain_width(text: str, style: TextStyle) -> float:
    """``text_width(text, style)`` of :func:`is_plain` text, bit for bit, with no cache to look up or fill: the
    layout adds a plain text's characters' advances in order from 0.0 and multiplies by the size, and so does
    this, each advance being the layout's for that character alone (``text_width`` at size 1: the advance times
    1.0, exactly). A large map's lines are mostly each its own: measuring them was a sixth of its drawing."""
    table, unit = _advances(style.face)
    try:
        return reduce(add, map(table.__getitem__, text), 0.0) * style.size
    except KeyError:
        for ch in set(text).difference(table):
            table[ch] = text_width(ch, unit)
        return reduce(add, map(table.__getitem__, text), 0.0) * style.size


@dataclass
class GlyphLibrary:
    """The outlines (and words made of them) one SVG file uses, each written once into its ``<defs>``."""

    _glyphs: dict[str, str] = field(default_factory=dict)
    _words: dict[Word, str] = field(default_factory=dict)
    _shapes: dict[tuple[tuple[str, float, float, str], ...], str] = field(default_factory=dict)
    """Word drawings by their glyphs and places: the same word made twice is written once."""
    _word_defs: list[str] = field(default_factory=list)
    _begun: dict[Word, tuple[str, bool]] = field(default_factory=dict)
    _pieces: dict[FontFace, dict[str, tuple[str | None, float, bool]]] = field(default_factory=dict)
    """By face, each word of plain text met, as :meth:`_piece` gives it: a large map's lines are mostly each its
    own, their words are not."""

    def use(self, font: _Font, glyph: str) -> str:
        """The id of ``glyph``'s outline, adding it to the library on first use."""
        ident = font.glyph_id(glyph)
        if ident not in self._glyphs:
            self._glyphs[ident] = font.outline(glyph)
        return ident

    def word(self, word: Word) -> str:
        """The id of a word's drawing: its glyph's own for a one-glyph word, else a group of its glyphs."""
        ident = self._words.get(word)
        if ident is not None:
            return ident
        glyphs = word.glyphs
        if len(glyphs) == 1 and not glyphs[0].x and not glyphs[0].y and not glyphs[0].synthetic:
            ident = self.use(glyphs[0].font, glyphs[0].glyph)
        else:
            shape = tuple((self.use(g.font, g.glyph), round(g.x, 1), round(g.y, 1), g.synthetic) for g in glyphs)
            ident = self._shapes.get(shape)
            if ident is None:
                ident = self._shapes[shape] = f"w{len(self._word_defs)}"
                uses = "".join(f'<use xlink:href="#{glyph}"{_at(x, y)}{SYNTHETIC[synthetic]}/>'
                               for glyph, x, y, synthetic in shape)
                self._word_defs.append(f'<g id="{ident}">{uses}</g>')
        self._words[word] = ident
        return ident

    def text_line(self, text: str, style: TextStyle) -> tuple[str, bool] | None:
        """:meth:`line` of ``glyph_run(text, style)``, None if a character has no bundled glyph. Text with no
        Arabic and no joined emoji (most text) goes in one pass, word by word, with no run built: a large map's
        lines are mostly each its own."""
        if not is_plain(text):
            run = glyph_run(text, style)
            return self.line(run) if run.complete else None
        return self.plain_line(text, style.face)

    def plain_line(self, text: str, face: FontFace) -> tuple[str, bool] | None:
        """:meth:`text_line` of :func:`is_plain` text."""
        pieces = self._pieces.get(face)
        if pieces is None:
            pieces = self._pieces[face] = {}
        space = _space_advance(face)
        numbers = _NUMBERS
        parts = []
        x = 0.0
        emboldened = False
        # Cut as _place_plain cuts it (no joiner in this text); x moves by each word's advance, then the space
        # after it: the same additions in the same order as a space added before each word but the first.
        for piece in text.split(" "):
            if piece:
                found = pieces.get(piece)
                if found is None:
                    found = pieces[piece] = self._piece(piece, face)
                begin, advance, bold = found
                if begin:
                    parts.append(f'{begin} x="{numbers.get(x) or _kept_number(x)}"/>' if x else begin + "/>")
                    if bold:
                        emboldened = True
                elif begin is None:
                    return None
                x += advance
            x += space
        return "".join(parts), emboldened

    def _piece(self, piece: str, face: FontFace) -> tuple[str | None, float, bool]:
        """A word of a plain line as :meth:`text_line` writes it: the start of its ``<use>`` ("" if it draws
        nothing, None if a character has no bundled glyph), its advance, and whether it is emboldened."""
        known = _words_of(face)
        word = known.get(piece)
        if word is None:
            word = _new_word(piece, face, known)
        if not word.complete:
            return None, 0.0, False
        if not word.glyphs:
            return "", word.advance, False
        found = self._begun.get(word)
        if found is None:
            found = self._begun[word] = (f'<use xlink:href="#{self.word(word)}"', word.emboldened)
        return found[0], word.advance, found[1]

    def line(self, run: GlyphRun) -> tuple[str, bool]:
        """The ``<use>`` elements drawing ``run`` on the em, one per word (as :func:`line_uses`), and whether a
        word is emboldened; each word's element is begun once per file."""
        parts = []
        emboldened = False
        begun = self._begun
        for start, word in run.words:
            found = begun.get(word)
            if found is None:
                found = begun[word] = (f'<use xlink:href="#{self.word(word)}"', word.emboldened)
            parts.append(f'{found[0]} x="{_number(start)}"/>' if start else found[0] + "/>")
            emboldened = emboldened or found[1]
        return "".join(parts), emboldened

    def defs(self) -> list[str]:
        glyphs = [f'<path id="{ident}" d="{data}"/>' for ident, data in self._glyphs.items() if data]
        return glyphs + self._word_defs


def _at(x: float, y: float) -> str:
    """The x and y attributes of a ``<use>`` placed at (x, y) on the em, left out when zero."""
    at = f' x="{_number(x)}"' if x else ""
    return at + (f' y="{_number(y)}"' if y else "")


def line_uses(library: GlyphLibrary, run: GlyphRun) -> str:
    """The ``<use>`` elements drawing ``run`` on the em, one per word."""
    return "".join(f'<use xlink:href="#{library.word(word)}"{_at(start, 0.0)}/>' for start, word in run.words)
