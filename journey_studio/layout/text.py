"""Text measurement and wrapping from the bundled font's own advance widths.

Measuring from the TTF (not from Qt) keeps the layout Qt-free and makes the PDF
wrap exactly like the screen. Characters Noto Sans lacks are measured from the
bundled fallback fonts that draw them (Noto Emoji, symbols, a CJK font, Noto Sans Arabic), in the order
Qt is told to fall back through them; only what no bundled font has is guessed.
"""

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum
from functools import cache, lru_cache, partial, reduce
from importlib.resources import as_file, files
from itertools import accumulate, compress, count, repeat
from operator import add, lt, mul
from typing import TYPE_CHECKING

from .font_tables import read_font_metrics
from .shaping import ARABIC_FONT, has_arabic, shaped_width

if TYPE_CHECKING:  # imported where text is segmented: most text never is, and its import costs every start 20-50 ms
    import regex

ELLIPSIS = "…"


class FontFace(Enum):
    REGULAR = "NotoSans-Regular.ttf"
    BOLD = "NotoSans-Bold.ttf"
    ITALIC = "NotoSans-Italic.ttf"

    __hash__ = object.__hash__
    """Members are singletons: hashing by identity (in C) instead of Enum's Python-level name hash, which was a
    tenth of a 10,000-card layout's time (every cached measure and wrap hashes the style's face)."""


FONT_FAMILY = "Noto Sans"


class FallbackFont(Enum):
    """Bundled fonts for what Noto Sans lacks, in fallback order; the value is the file name."""

    EMOJI = "NotoEmoji-Regular.ttf"
    """Monochrome emoji (OFL): a ninth the size of the colour font, and it prints."""
    SYMBOLS = "JourneyStudioSymbols-Regular.ttf"
    """Arrows, check marks, stars, shapes (a DejaVu Sans subset, renamed)."""
    CJK = "JourneyStudioCJK-Regular.ttf"
    """Chinese, Japanese kana and kanji, Korean Hangul (Droid Sans Fallback, Apache 2.0, renamed)."""
    ARABIC = ARABIC_FONT
    """Arabic, Persian, Urdu (Noto Sans Arabic, OFL), shaped by :mod:`.shaping`."""


FALLBACK_FAMILIES = {
    FallbackFont.EMOJI: "Noto Emoji",
    FallbackFont.SYMBOLS: "Journey Studio Symbols",
    FallbackFont.CJK: "Journey Studio CJK",
    FallbackFont.ARABIC: "Noto Sans Arabic",
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
_JOINING = re.compile("[\u200d\U0001F3FB-\U0001F3FF\U0001F1E6-\U0001F1FF]")
"""Characters whose width depends on their neighbour: a ZWJ, a skin tone, a flag letter."""


@cache
def _char_widths(font: "FontFace | FallbackFont") -> dict[int, float]:
    return read_font_metrics(font_path(font)).widths


class _FaceWidths:
    def __init__(self, face: FontFace) -> None:
        font = read_font_metrics(font_path(face))
        self._widths: dict[int, float] = font.widths
        self.known: dict[str, float] = {}
        """Advances already looked up, by character."""
        self.ascent: float = font.ascent
        self.descent: float = -font.descent

    def draws(self, char: str) -> bool:
        """Whether the face has ``char`` itself (else a fallback font draws it)."""
        return ord(char) in self._widths

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


@cache
def _face(face: FontFace) -> _FaceWidths:
    return _FaceWidths(face)


@lru_cache(maxsize=65536)
def _em_width(face: FontFace, text: str) -> float:
    """Sum of advances; emoji joined by ZWJ, tinted by a skin tone or paired into a flag draw as one glyph."""
    if has_arabic(text):  # joined letter forms and ligatures: measured shaped, not letter by letter
        return shaped_width(text, lambda plain: _unshaped_em_width(face, plain), _face(face).draws)
    return _unshaped_em_width(face, text)


def _unshaped_em_width(face: FontFace, text: str) -> float:
    """:func:`_em_width` of text with nothing to shape (or the pieces of a line the face draws itself)."""
    widths = _face(face)
    if _JOINING.search(text) is None:
        # No ZWJ, skin tone or flag letter: each character's own advance, added in order as the loop would.
        known = widths.known
        for ch in set(text).difference(known):
            known[ch] = widths.em_width(ch)
        return reduce(add, map(known.__getitem__, text), 0.0)
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
    if "\n" not in text:  # one paragraph (most text): its lines, the last elided if more follow
        found = _wrap_words(text, style, width, max_lines + 1)  # one line past the last tells it overflows
        lines = _wrap_paragraph(text, style, width) if found is None else found
        if len(lines) <= max_lines:
            return WrappedText(tuple(lines), False)
        del lines[max_lines:]
        last = lines[-1] + " " + ELLIPSIS
        if found is None:
            lines[-1] = elide(last, style, width)
        else:  # plain words, a space and an ellipsis: one cluster per character, nothing to shape or join
            lines[-1] = _elide_characters(last, style, width, False, _table_advances(last, style.face))
        return WrappedText(tuple(lines), True)
    lines = []
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
    """``text`` cut with an ellipsis so it fits ``width``; unchanged if it fits and not forced.

    The cut falls between grapheme clusters (an emoji sequence or a flag stays whole) and, when a
    word boundary is near enough, between words: "personne…", not "personne n'es…".
    """
    advance = _plain_advances(text, style.face)
    if advance is not None and not may_join(text):
        return _elide_characters(text, style, width, force, advance)
    if not force and text_width(text, style) <= width:
        return text
    budget = width - text_width(ELLIPSIS, style)
    kept = ""
    for cluster in graphemes(text):
        if text_width(kept + cluster, style) > budget:
            break
        kept += cluster
    return _cut_between_words(text, kept)


def _elide_characters(
    text: str, style: TextStyle, width: float, force: bool, advance: Callable[[str], float]
) -> str:
    """:func:`elide` of text whose characters are one cluster each and need no shaping, ``advance`` giving each
    one's width in em from the face's table.

    Widths summed in order: the whole text's is the sum :func:`text_width` makes, and each prefix's is the previous
    one's plus one advance, exactly what measuring the prefix afresh adds up (no quadratic re-measuring). The sum,
    the running sums and the search for the first prefix too wide are in C, and stop there.
    """
    size = style.size
    if not force and reduce(add, map(advance, text), 0.0) * size <= width:
        return text
    budget = width - text_width(ELLIPSIS, style)
    too_wide = map(partial(lt, budget), map(mul, accumulate(map(advance, text)), repeat(size)))
    return _cut_between_words(text, text[: next(compress(count(), too_wide), len(text))])


def _cut_between_words(text: str, kept: str) -> str:
    """``kept`` (the start of ``text`` that fits) with its ellipsis, cut back to a word boundary near enough."""
    cut_inside_word = len(kept) < len(text) and not _BREAKABLE_SPACE.match(text[len(kept)]) and kept[-1:].strip()
    if cut_inside_word:
        space = max(kept.rfind(" "), kept.rfind("\u3000"))
        if space >= max(len(kept) * 0.4, 1):
            kept = kept[:space]
    return kept.rstrip() + ELLIPSIS


_BREAKABLE_SPACE = re.compile(r"[ \t\u2002-\u200A\u3000]+")
"""Spaces a line may break at; no-break spaces (French « 70 % ») keep words together."""


@cache
def _cluster_pattern() -> "regex.Pattern[str]":
    """Unicode's extended grapheme clusters (``regex``'s ``\\X``), compiled on the first text that needs it."""
    import regex

    return regex.compile(r"\X")


_WIDE = re.compile("[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFF60\uFFE0-\uFFE6\U00020000-\U0003FFFF]")
"""Any character :func:`is_wide` would call wide: without one, a paragraph breaks only at spaces."""

CLOSING_PUNCTUATION = frozenset("»?!:;›")
"""French closing marks: a space before them binds them to the word (never alone at a line's start)."""
OPENING_QUOTES = frozenset("«‹")
_BINDING = re.compile("[" + re.escape("".join(sorted(CLOSING_PUNCTUATION | OPENING_QUOTES))) + "]")
"""A mark a space binds to its neighbour: such paragraphs take the full word loop."""

NO_LINE_START = frozenset(
    "、。，．・：；？！）］｝」』】〕〉》〙〗〟｠ー々〻ゝゞヽヾぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ"
    "‐゠–〜～…‥,.!?:;)]}»›%‰°℃¢"
)
"""Characters a line must not start with (Japanese and Chinese kinsoku rules, and Western closing marks)."""
NO_LINE_END = frozenset("（［｛「『【〔〈《〘〖〝｟([{«‹")
"""Characters a line must not end with: opening brackets and quotes."""


def graphemes(text: str) -> list[str]:
    """User-perceived characters (Unicode extended grapheme clusters): 🏃‍♀️, 🇫🇷 or é are one each.

    Text with no character that can join its neighbour (most text, accents precomposed, lone emoji) is one
    cluster per character: split without the segmentation, which cost a tenth of a large map's layout.
    """
    if not may_join(text):
        return list(text)
    return graphemes_segmented(text)


def graphemes_segmented(text: str) -> list[str]:
    """:func:`graphemes` by full Unicode segmentation, whatever the text (the reference the quick split equals)."""
    clusters: list[str] = _cluster_pattern().findall(text)
    return clusters


JOINER_CLASS = (
    "[\\r"
    + "".join(
        f"\\p{{Grapheme_Cluster_Break={kind}}}"
        for kind in ("Extend", "ZWJ", "SpacingMark", "Prepend", "Regional_Indicator", "L", "V", "T", "LV", "LVT")
    )
    + "]"
)
"""In the ``regex`` module's syntax, every character a grapheme cluster rule (UAX #29) can attach to a
neighbour: a carriage return (CR LF), combining and spacing marks, the ZWJ, prepended marks, flag letters,
Hangul jamo and syllables. Text with none of them is one cluster per character."""

PLAIN_SCRIPTS = "\x00-\u08ff\u1e00-\u2bff\u2e80-\u9fff\uf900-\uffff\U0001F000-\U0001FAFF\U00020000-\U0003FFFF"
"""Latin, Greek, Cyrillic, Hebrew, Arabic, punctuation, symbols, CJK, fullwidth forms and emoji. Outside them
(Indic, Southeast Asian, Tibetan, Myanmar, Hangul, the historic scripts) clusters follow syllable rules of their
own: such text is always segmented."""

JOINERS_IN_PLAIN_SCRIPTS = (
    "\r\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u05bf\u05c1-\u05c2\u05c4-\u05c5\u05c7-\u05c9\u0600-\u0605"
    "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dd\u06df-\u06e4\u06e7-\u06e8\u06ea-\u06ed\u070f\u0711"
    "\u0730-\u074a\u07a6-\u07b0\u07eb-\u07f3\u07fd\u0816-\u0819\u081b-\u0823\u0825-\u0827\u0829-\u082d"
    "\u0859-\u085b\u0890-\u0891\u0897-\u089f\u08ca-\u08ff\u200c-\u200d\u20d0-\u20f0\u302a-\u302f\u3099-\u309a"
    "\ufb1e\ufe00-\ufe0f\ufe20-\ufe2f\uff9e-\uff9f\U0001f1e6-\U0001f1ff\U0001f3fb-\U0001f3ff"
)
""":data:`JOINER_CLASS` within :data:`PLAIN_SCRIPTS`, written out so that the check needs neither ``regex`` nor
a scan at start-up (``tests/layout/test_wrap_fast_path.py`` derives it again from ``regex`` and compares)."""

_MAY_JOIN = re.compile(f"[^{PLAIN_SCRIPTS}]|[{JOINERS_IN_PLAIN_SCRIPTS}]")


def may_join(text: str) -> bool:
    """Whether some grapheme cluster of ``text`` may hold more than one character (else each character is one)."""
    if text.isascii():
        return "\r" in text
    return _MAY_JOIN.search(text) is not None


def unshaped(text: str) -> str:
    """What a renderer without emoji shaping (the PDF) should draw for ``text``, cluster by cluster.

    Such a renderer would draw an emoji sequence's parts side by side (🏃 ♀) and a flag as two boxed
    letters, twice the width the layout measured. Instead: a ZWJ sequence or a tinted emoji draws
    as its first emoji, a flag as its two letters (FR), each about one emoji wide, as measured.
    """
    if text.isascii() or _UNSHAPED_CHANGES.search(text) is None:
        return text  # nothing below would change a cluster (most text): no segmentation, no loop
    return unshaped_by_cluster(text)


_UNSHAPED_CHANGES = re.compile("[\u200d\ufe0f\U0001F3FB-\U0001F3FF\U0001F1E6-\U0001F1FF]")
"""A character :func:`unshaped` acts on: a joiner, an emoji presentation selector, a skin tone, a flag letter. A
cluster without one is left as it is, and text without one is the same text."""


def unshaped_by_cluster(text: str) -> str:
    """:func:`unshaped` cluster by cluster, whatever the text (the reference its quick return equals)."""
    out = []
    for cluster in graphemes(text):
        codes = [ord(ch) for ch in cluster]
        if len(codes) > 1 and all(code in _REGIONAL_INDICATORS for code in codes):
            out.append("".join(chr(code - _REGIONAL_INDICATORS.start + ord("A")) for code in codes))
        elif len(codes) > 1 and codes[0] >= 0x2000 and (
            _ZWJ in codes or any(code in _SKIN_TONES for code in codes) or 0xFE0F in codes
        ):
            out.append(cluster[0])
        else:
            out.append(cluster)
    return "".join(out)


def is_wide(cluster: str) -> bool:
    """Chinese, Japanese or fullwidth: such text breaks between characters, without spaces (not Korean)."""
    code = ord(cluster[0])
    return (
        0x2E80 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0xFF00 <= code <= 0xFF60
        or 0xFFE0 <= code <= 0xFFE6 or 0x20000 <= code <= 0x3FFFF
    )


def base_direction(text: str) -> str:
    """"rtl" when the first strong character is Arabic or Hebrew, else "ltr" (the Unicode bidi rule P2)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return "ltr"
        if kind in ("R", "AL"):
            return "rtl"
    return "ltr"


def _may_break_between(before: str, after: str) -> bool:
    """A line break with no space, between two clusters: only around Chinese and Japanese, kinsoku permitting."""
    if not (is_wide(before) or is_wide(after)):
        return False
    return after[0] not in NO_LINE_START and before[-1] not in NO_LINE_END


def _words(paragraph: str) -> list[tuple[str, str]]:
    """The paragraph as unbreakable runs, each with what precedes it: " " (a space) or "" (a break without one).

    A space before a French closing mark (» ? ! : ;) or after an opening « holds the two together,
    as a no-break space would: the mark never starts a line.
    """
    may_break_without_space = _WIDE.search(paragraph) is not None  # else no pair of clusters can break
    if not may_break_without_space and _BINDING.search(paragraph) is None and (
        not may_join(paragraph) or len(graphemes_segmented(paragraph)) == len(paragraph)
    ):
        # One character per cluster, nothing that binds across a space, no break without one: the runs
        # between spaces, as the loop below would find them (most Latin text takes this path).
        return [(" " if k else "", run) for k, run in enumerate(_BREAKABLE_SPACE.split(paragraph)) if run]
    clusters = graphemes(paragraph)
    words: list[tuple[str, str]] = []
    current, separator = "", ""
    i = 0
    while i < len(clusters):
        cluster = clusters[i]
        if _BREAKABLE_SPACE.fullmatch(cluster):
            j = i
            while j < len(clusters) and _BREAKABLE_SPACE.fullmatch(clusters[j]):
                j += 1
            following = clusters[j] if j < len(clusters) else ""
            binds = bool(current) and (following[:1] in CLOSING_PUNCTUATION or current[-1] in OPENING_QUOTES)
            if binds and following:
                current += " "
            else:
                if current:
                    words.append((separator, current))
                current, separator = "", " "
            i = j
            continue
        if may_break_without_space and current and _may_break_between(current[-1], cluster):
            words.append((separator, current))
            current, separator = "", ""
        current += cluster
        i += 1
    if current:
        words.append((separator, current))
    return words


def _plain_advances(text: str, face: FontFace) -> "Callable[[str], float] | None":
    """For text with nothing to shape or join (no Arabic, ZWJ, skin tone or flag letter): each of its characters'
    advance in em, from the face's table. Summed in order from 0.0 (``reduce(add, map(advance, piece), 0.0)``)
    they give any piece's :func:`_em_width` bit for bit, with no cache lookup. None for other text, which is
    measured piece by piece through :func:`_em_width`."""
    if _JOINING.search(text) is not None or has_arabic(text):
        return None
    return _table_advances(text, face)


def _table_advances(text: str, face: FontFace) -> Callable[[str], float]:
    """Each of ``text``'s characters' advance in em from the face's table, whatever the text (every character
    looked up first)."""
    widths = _face(face)
    known = widths.known
    for ch in set(text).difference(known):
        known[ch] = widths.em_width(ch)
    return known.__getitem__


_NOT_PLAIN = re.compile(f"{_WIDE.pattern}|{_BINDING.pattern}|{_MAY_JOIN.pattern}")
"""Anything that makes a paragraph more than words between spaces: a break without a space, a French mark a space
binds, a character that may join its neighbour (the ZWJ, skin tones and flag letters among them)."""


def is_plain_paragraph(paragraph: str) -> bool:
    """Words between spaces, one character per cluster, nothing to shape: :func:`_wrap_plain` wraps it."""
    return _NOT_PLAIN.search(paragraph) is None and not has_arabic(paragraph)


def _wrap_plain(paragraph: str, style: TextStyle, width: float) -> list[str]:
    """:func:`_wrap_paragraph` of a plain paragraph (most text) in one pass: its words are the runs between spaces,
    each measured from the face's table, as the general loop would find and measure them."""
    words = [run for run in _BREAKABLE_SPACE.split(paragraph) if run]
    if not words:
        return [""]
    widths = _face(style.face)
    known = widths.known
    for ch in set(paragraph).difference(known):
        known[ch] = widths.em_width(ch)
    advance = known.__getitem__
    size = style.size
    return _fill_lines(((" ", word, reduce(add, map(advance, word), 0.0) * size) for word in words), style, width)


class _SizedWords:
    """The widths in px of the words met in one face at one size, as the full wrapping loop measures them: maps
    repeat their words, so most are measured once for every card."""

    __slots__ = ("face", "size", "space", "widths")

    LIMIT = 1 << 16
    """Words remembered before the memo starts afresh (a few megabytes at most)."""

    def __init__(self, face: FontFace, size: float) -> None:
        self.face = face
        self.size = size
        self.space: float = text_width(" ", TextStyle(face, size, 0.0))
        self.widths: dict[str, float] = {}
        """A word's advances added in order from 0.0, times the size (what :func:`_wrap_plain` computes for it),
        for words of plain paragraphs only."""

    def learn(self, paragraph: str, words: list[str]) -> bool:
        """Remember the width of each of ``words``, ``paragraph``'s runs between U+0020 spaces; False, remembering
        nothing, when the paragraph is not plain or holds another space (the full loop wraps it then). One check
        and one table look-up for the whole paragraph, as :func:`_wrap_plain` makes them."""
        characters = set(paragraph)
        if not _WORD_CHARACTERS.issuperset(characters) and not _word_characters(characters):
            return False
        widths = self.widths
        if len(widths) >= self.LIMIT:
            widths.clear()
        face = _face(self.face)
        known = face.known
        for ch in characters.difference(known):
            known[ch] = face.em_width(ch)
        advance = known.__getitem__
        size = self.size
        for word in words:
            if word not in widths:
                widths[word] = reduce(add, map(advance, word), 0.0) * size
        return True


_OTHER_SPACE = re.compile("[\t\u2002-\u200A\u3000]")
"""A space a line may break at other than U+0020 (see :data:`_BREAKABLE_SPACE`)."""

_WORD_CHARACTERS: set[str] = set()
"""Characters met that a plain paragraph may hold, other spaces than U+0020 excepted: plainness is a property of
each character, so a paragraph made of these is plain (a set comparison in C instead of two searches)."""


def _word_characters(characters: set[str]) -> bool:
    """Whether each of ``characters`` may be in a plain paragraph's words (and is not a space other than U+0020);
    those that may are remembered in :data:`_WORD_CHARACTERS`."""
    for ch in characters.difference(_WORD_CHARACTERS):
        if _OTHER_SPACE.match(ch) is not None or not is_plain_paragraph(ch):
            return False
        _WORD_CHARACTERS.add(ch)
    return True


_SIZED: dict[tuple[FontFace, float], _SizedWords] = {}


def _sized_words(face: FontFace, size: float) -> _SizedWords:
    sized = _SIZED.get((face, size))
    if sized is None:
        sized = _SIZED[face, size] = _SizedWords(face, size)
    return sized


def _wrap_words(paragraph: str, style: TextStyle, width: float, limit: int = 0) -> list[str] | None:
    """:func:`_wrap_plain` of a plain paragraph whose words are between U+0020 spaces, each word's width remembered
    (no regular expression, no per-character work when every word was met before); None for any other paragraph.
    With a ``limit``, the first ``limit`` lines only (all of them when it is 0).

    Plainness is a property of each character: a paragraph made of words remembered from plain paragraphs is plain,
    and the first word not remembered has the whole paragraph checked and learnt. The sums are the full loop's, in
    its order: a word's is its advances added from 0.0, times the size; a line's is its first word's, then plus
    the space and the next word's, compared as ``(line + space) + word`` and kept as ``line + (space + word)``.
    A line is complete once a word does not fit after it, and nothing after that word changes it (a closing mark
    or joining character there is the next line's), so stopping at ``limit`` lines without reading the rest gives
    the full loop's first lines.
    """
    words = paragraph.split(" ")
    if "" in words:
        words = [word for word in words if word]
        if not words:
            return None
    sized = _SIZED.get((style.face, style.size)) or _sized_words(style.face, style.size)
    known = sized.widths
    space = sized.space
    lines: list[str] = []
    start = 0
    line = 0.0
    for index, word in enumerate(words):
        word_width = known.get(word)
        if word_width is None:
            if not sized.learn(paragraph, words):
                return None
            word_width = known.get(word)
            if word_width is None:  # the memo started afresh at once, for a layout on another thread
                return None
        if word_width > width:
            return None  # a word longer than a line: broken between clusters by the full loop
        if not index:
            line = word_width
        elif line + space + word_width <= width:
            line += space + word_width
        else:
            lines.append(" ".join(words[start:index]))
            if len(lines) == limit:
                return lines
            start = index
            line = word_width
    lines.append(" ".join(words[start:]))
    return lines


def _wrap_paragraph(paragraph: str, style: TextStyle, width: float) -> list[str]:
    quick = _wrap_words(paragraph, style, width)
    if quick is not None:
        return quick
    if is_plain_paragraph(paragraph):
        return _wrap_plain(paragraph, style, width)
    words = _words(paragraph)
    if not words:
        return [""]
    advance = _plain_advances(paragraph, style.face)
    if advance is None:
        word_widths = [text_width(word, style) for _, word in words]
    else:  # each word measured from the table once (most text: a large map's wrapping)
        size = style.size
        word_widths = [reduce(add, map(advance, word), 0.0) * size for _, word in words]
    return _fill_lines(((separator, word, word_width) for (separator, word), word_width
                        in zip(words, word_widths, strict=True)), style, width)


def _fill_lines(words: Iterable[tuple[str, str, float]], style: TextStyle, width: float) -> list[str]:
    """Greedy lines of at most ``width`` from (separator before it, word, its width); a word longer than a line
    (a URL, a long compound) is broken between grapheme clusters."""
    space_width = text_width(" ", style)
    lines: list[str] = []
    current = ""
    current_width = 0.0
    for separator, word, word_width in words:
        if current:
            joint_width = space_width if separator == " " else text_width(separator, style) if separator else 0.0
            if current_width + joint_width + word_width <= width:
                current += separator + word
                current_width += joint_width + word_width
                continue
            lines.append(current)
        if word_width <= width:
            current, current_width = word, word_width
            continue
        pieces = _break_clusters(graphemes(word), style, width)
        lines.extend(pieces[:-1])
        current = pieces[-1]
        current_width = text_width(current, style)
    lines.append(current)
    return lines


def _break_clusters(clusters: list[str], style: TextStyle, width: float) -> list[str]:
    """Greedy pieces of at most ``width``; a closing mark (or the space binding it) moves down with a neighbour."""
    pieces: list[str] = []
    start = 0
    while start < len(clusters):
        end = start + 1
        while end < len(clusters) and text_width("".join(clusters[start : end + 1]), style) <= width:
            end += 1
        if end < len(clusters):
            back = end
            while back > start + 1 and (clusters[back][0] in NO_LINE_START or clusters[back].isspace()
                                        or clusters[back - 1][-1] in NO_LINE_END):
                back -= 1
            if back > start + 1 or not (clusters[end][0] in NO_LINE_START or clusters[end].isspace()):
                end = back
        pieces.append("".join(clusters[start:end]).rstrip())
        start = end
        while start < len(clusters) and clusters[start].isspace():
            start += 1
    return pieces or [""]
