"""Latin paragraphs split at their spaces in one step: the same words as the cluster-by-cluster loop."""

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
