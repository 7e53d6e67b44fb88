"""Plain text takes quick paths (words split at spaces, widths summed in C): the same results as the loops."""

import re

from hypothesis import given
from hypothesis import strategies as st

from journey_studio.layout import text

CHARACTERS = [*"ab cdé\t\u2003\u00a0e\u0301?:«»!;,.-中文ー😊☕\u200d♀🇫", " \u0301"]
MIXED = st.lists(st.sampled_from(CHARACTERS), max_size=30).map("".join)


@given(paragraph=MIXED)
def test_the_quick_split_finds_the_words_the_loop_finds(paragraph: str) -> None:
    quick = text._words(paragraph)
    original = text._BINDING
    try:
        text._BINDING = re.compile(".", re.DOTALL)  # every paragraph "binds": the loop handles all of them
        looped = text._words(paragraph)
    finally:
        text._BINDING = original
    assert quick == looped


@given(line=MIXED, face=st.sampled_from(list(text.FontFace)))
def test_the_quick_width_sum_equals_the_loop_to_the_last_bit(line: str, face: text.FontFace) -> None:
    text._em_width.cache_clear()
    quick = text._em_width(face, line)
    original = text._JOINING
    try:
        text._JOINING = re.compile(".|^$", re.DOTALL)  # every string takes the character-by-character loop
        text._em_width.cache_clear()
        looped = text._em_width(face, line)
    finally:
        text._JOINING = original
        text._em_width.cache_clear()
    assert quick == looped
