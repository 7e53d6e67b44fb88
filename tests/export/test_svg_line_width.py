"""The SVG writer measures a plain line itself (``svg_glyphs.plain_width``): it must be the layout's width bit for bit,
or a ``textLength`` would differ from the one the layout's ``text_width`` gives."""

import pytest

from journey_studio.export.vector.svg_glyphs import is_plain, plain_width
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
