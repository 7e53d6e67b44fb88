"""A text block is built through its slots' descriptors (a quicker __init__ than the generated one): it must still
behave as the frozen dataclass it declares, each argument landing in its own field."""

import dataclasses
import pickle

import pytest

from journey_studio.layout import blocks
from journey_studio.layout.blocks import Align, TextBlock
from journey_studio.layout.geometry import Rect
from journey_studio.layout.metrics import DEFAULT_METRICS


def _block() -> TextBlock:
    return TextBlock(Rect(1, 2, 3, 4), DEFAULT_METRICS.card_body, ("un", "deux"), True, "un deux", Align.RIGHT)


def _fields_match(block: TextBlock) -> bool:
    values = tuple(getattr(block, field.name) for field in dataclasses.fields(block))
    return values == (Rect(1, 2, 3, 4), DEFAULT_METRICS.card_body, ("un", "deux"), True, "un deux", Align.RIGHT)


def test_each_argument_lands_in_its_own_field() -> None:
    assert _fields_match(_block())
    assert TextBlock(Rect(0, 0, 1, 1), DEFAULT_METRICS.card_body, (), False, "").align is Align.LEFT  # the default


def test_it_is_still_a_frozen_dataclass() -> None:
    block = _block()
    with pytest.raises(dataclasses.FrozenInstanceError):
        block.lines = ()  # type: ignore[misc]
    assert block == pickle.loads(pickle.dumps(block)) == dataclasses.replace(block)
    assert hash(block) == hash(dataclasses.replace(block))
    assert dataclasses.replace(block, elided=False).elided is False
    assert "full_text='un deux'" in repr(block)


def test_the_field_check_catches_swapped_setters(monkeypatch: pytest.MonkeyPatch) -> None:
    set_lines, set_full_text = blocks._SET_LINES, blocks._SET_FULL_TEXT
    monkeypatch.setattr(blocks, "_SET_LINES", set_full_text)  # the lines written into full_text, and back
    monkeypatch.setattr(blocks, "_SET_FULL_TEXT", set_lines)
    assert not _fields_match(_block())
