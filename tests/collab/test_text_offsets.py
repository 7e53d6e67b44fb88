"""pycrdt counts Text positions in UTF-8 bytes; the editor counts characters."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pycrdt import Doc, Text

from journey_studio.collab.text import byte_offset, char_offset, replace_text, text_edit

# Accents, a CJK character, emoji (4 bytes, one with a skin-tone modifier), a combining accent.
ALPHABET = st.sampled_from(list("abc é è ç ô Œ ß 中 ☕ 😊 👍🏽 e\u0301 \n"))
texts = st.text(alphabet=ALPHABET, max_size=30)


@given(texts, st.data())
def test_byte_and_character_offsets_convert_both_ways(text: str, data) -> None:
    index = data.draw(st.integers(0, len(text)))
    offset = byte_offset(text, index)
    assert text.encode()[:offset].decode() == text[:index]
    assert char_offset(text, offset) == index


def test_an_offset_inside_a_character_is_refused() -> None:
    assert byte_offset("modèle", 6) == 7
    with pytest.raises(ValueError):
        char_offset("è", 1)
    with pytest.raises(ValueError):
        char_offset("abc", 4)


@settings(max_examples=200)
@given(texts, texts)
def test_a_minimal_edit_on_a_y_text_gives_the_new_text(old: str, new: str) -> None:
    doc = Doc()
    doc["t"] = ytext = Text(old)
    with doc.transaction():
        replace_text(ytext, new)
    assert str(ytext) == new
    start, deleted, inserted = text_edit(old, new)
    assert old[:start] + inserted + old[start + deleted:] == new


def test_two_people_typing_in_one_title_both_land() -> None:
    first, second = Doc(), Doc()
    first["t"] = Text("Café à emporter")
    second.apply_update(first.get_update())
    with first.transaction():
        replace_text(first.get("t", type=Text), "Café ☕ à emporter")
    with second.transaction():
        replace_text(second.get("t", type=Text), "Café à emporter 😊")
    first.apply_update(second.get_update(first.get_state()))
    second.apply_update(first.get_update(second.get_state()))
    assert str(first.get("t", type=Text)) == str(second.get("t", type=Text)) == "Café ☕ à emporter 😊"
