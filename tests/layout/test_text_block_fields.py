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


def test_a_block_set_elsewhere_equals_one_made_there() -> None:
    block = _block()
    moved = blocks.block_at(block, 10.5, -3.25)
    assert moved == TextBlock(Rect(10.5, -3.25, 3, 4), block.style, block.lines, True, "un deux", Align.RIGHT)
    assert moved.rect.right == 13.5 and moved.rect.bottom == 0.75
    assert blocks.block_at(moved, 1, 2) == block
    assert all(getattr(moved, f.name) == getattr(block, f.name) for f in dataclasses.fields(block) if f.name != "rect")


def test_the_moved_block_check_catches_swapped_setters(monkeypatch: pytest.MonkeyPatch) -> None:
    block = _block()
    set_lines, set_full_text = blocks._SET_LINES, blocks._SET_FULL_TEXT
    monkeypatch.setattr(blocks, "_SET_LINES", set_full_text)  # the lines written into full_text, and back
    monkeypatch.setattr(blocks, "_SET_FULL_TEXT", set_lines)
    assert blocks.block_at(block, 1, 2) != block
