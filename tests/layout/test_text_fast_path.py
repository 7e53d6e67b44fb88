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


EMOJI_PIECES = ["🏃\u200d♀\ufe0f", "👩\u200d👩\u200d👧", "👍🏽", "🇫🇷", "🇯🇵🇩🇪", "\u2764\ufe0f", "☕", "😊",
                "é", "e\u0301", "中文", "مرحبا", "नमस्ते", " ", "\r\n", "a"]
EMOJI_TEXTS = st.lists(st.sampled_from(EMOJI_PIECES), max_size=12).map("".join)
UNSHAPED_SAMPLES = ["Café ☕ 😊", "🏃\u200d♀\ufe0f Motivated", "🇫🇷 France", "👍🏽 ok", "\u2764\ufe0f", "naïve e\u0301"]


def _unshaped_mismatches(samples: list[str]) -> list[str]:
    return [sample for sample in samples if text.unshaped(sample) != text.unshaped_by_cluster(sample)]


@given(sample=st.text(max_size=16) | MIXED | EMOJI_TEXTS)
def test_unshaped_returns_text_it_would_not_change_as_it_is(sample: str) -> None:
    """The quick return (no joiner, presentation selector, skin tone or flag letter) equals the cluster loop."""
    assert _unshaped_mismatches([sample]) == []


def test_the_unshaped_comparison_catches_a_broken_quick_return() -> None:
    changed = [sample for sample in UNSHAPED_SAMPLES if text.unshaped_by_cluster(sample) != sample]
    assert len(changed) == 4  # the ZWJ sequence, the flag, the tinted thumb and the red heart are drawn otherwise
    assert _unshaped_mismatches(UNSHAPED_SAMPLES) == []
    original = text._UNSHAPED_CHANGES
    try:
        text._UNSHAPED_CHANGES = re.compile("[\U0001F1E6-\U0001F1FF]")  # forgets joiners, selectors, skin tones
        assert _unshaped_mismatches(UNSHAPED_SAMPLES) == ["🏃\u200d♀\ufe0f Motivated", "👍🏽 ok", "\u2764\ufe0f"]
    finally:
        text._UNSHAPED_CHANGES = original
