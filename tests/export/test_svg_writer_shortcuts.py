"""The SVG writer's shortcuts for the common case must give what the general way gives, bit for bit: a plain line's
width measured by the writer itself (``svg_glyphs.plain_width``: its ``textLength`` must be the layout's
``text_width``), an attribute value with nothing to escape written as it is."""

import random
from xml.sax.saxutils import escape, quoteattr

import pytest

from journey_studio.export.vector.svg_glyphs import is_plain, plain_width
from journey_studio.export.vector.svg_surface import _NOT_XML, _escape, _quoteattr, xml_attribute
from journey_studio.layout.text import FontFace, TextStyle, text_width

LINES = [
    "Compare prices online",
    "Étape suivante : « hors ligne » ; café, naïve, Ærø, ß, œuvre",
    "  two  spaces  and a tab\there ",
    "Mixed 中文 text and 日本語の文字",
    "Emoji 🙂 alone, a symbol ✓ and ★",
    "Digits 0123456789 −1 +2 % € £ ¥",
    "x",
    "",
    "A very long line " * 20,
]
"""Plain lines of many scripts (the writer's measure must agree for each character, fallback fonts included)."""

NOT_PLAIN = ["شراء حذاء", "👍🏽 skin tone", "flag 🇫🇷", "joined 👩\u200d💻"]


@pytest.mark.parametrize("face", list(FontFace))
@pytest.mark.parametrize("size", [9.0, 11.0, 12.5, 14.0, 100.0 / 3])
def test_a_plain_line_is_measured_as_the_layout_measures_it(face: FontFace, size: float) -> None:
    style = TextStyle(face, size, size * 1.3)
    for line in LINES:
        assert is_plain(line)
        assert plain_width(line, style) == text_width(line, style), line  # exact: written as textLength


def test_text_to_shape_or_join_is_not_plain() -> None:
    for line in NOT_PLAIN:
        assert not is_plain(line), line


def test_the_comparison_is_not_trivially_met() -> None:
    """Adding each word's width (the same additions in another order) gives other bits for some of these lines:
    an exact comparison is what it takes to keep the file's bytes."""
    style = TextStyle(FontFace.REGULAR, 12.5, 16.0)
    space = text_width(" ", style)

    def by_words(text: str) -> float:
        total = 0.0
        for index, word in enumerate(text.split(" ")):
            total += (space if index else 0.0) + text_width(word, style)
        return total

    assert any(by_words(line) != text_width(line, style) for line in LINES)


def test_an_attribute_is_quoted_as_quoteattr_quotes_it() -> None:
    """Ids are mostly plain (written as they are); any other value goes through the escaping it always had."""
    alphabet = "ab-_.:0 é中🙂<>&\"'\t\n\r\x00\x01\x1f\ufffe"
    rng = random.Random(17)
    values = ["c12", "", "a\"b", "it's", "x&y", "tab\there"]
    values += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 6))) for _ in range(20000)]
    for value in values:
        assert xml_attribute(value) == quoteattr(_NOT_XML.sub("", value)), repr(value)


def test_the_writer_escapes_as_saxutils_does() -> None:
    """Its own escape and quoteattr (the module's import pulls in urllib, http, email and ssl) are the standard ones."""
    alphabet = "ab &<>\"'\t\n\ré"
    rng = random.Random(3)
    for _ in range(20000):
        value = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 7)))
        assert _escape(value) == escape(value), repr(value)
        assert _quoteattr(value) == quoteattr(value), repr(value)
