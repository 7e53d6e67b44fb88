"""A card's blocks are wrapped at (0, 0) by ``unplaced_block`` (past the wrap's cache, rects of one size shared):
each must be, bit for bit, the block ``text_block`` makes there, whatever the text, the style and the size's types."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journey_studio.layout import blocks
from journey_studio.layout.blocks import text_block, unplaced_block
from journey_studio.layout.metrics import DEFAULT_METRICS
from journey_studio.layout.text import TextStyle
from journey_studio.layout.type_scale import themed_metrics

PIECES = ["client", "recherche", "livraison très longue", "e-mail", "😊", "中文東京都", "مرحبا السلام", "שלום",
          "« ", " »", " ?", "\n", " ", "  ", "https://exemple.fr/un/très/long/chemin/sans/espace"]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)
BODY = DEFAULT_METRICS.card_body
STYLES = [
    DEFAULT_METRICS.card_title, BODY, themed_metrics(1.35).card_body,
    TextStyle(BODY.face, BODY.size, 20), TextStyle(BODY.face, BODY.size, 20.0),  # equal heights of two types
]
WIDTHS = [0, 0.0, 40.0, 150, 150.0, 228.0, 228.5]


def _same(first: object, second: object) -> bool:
    """Equal, and equal in their text too (0 == 0.0 but a renderer writes them differently)."""
    return first == second and repr(first) == repr(second)


def _check(samples: list[str]) -> bool:
    for sample in samples:
        for style in STYLES:
            for width in WIDTHS:
                for lines, slack in ((1, 0.96), (3, 0.96), (2, 1.0)):
                    made_there = text_block(sample, style, 0, 0, width, lines, slack=slack)
                    if not _same(unplaced_block(sample, style, width, lines, slack), made_there):
                        return False
    return True


@settings(max_examples=60, deadline=None)
@given(st.lists(TEXTS, min_size=1, max_size=3))
def test_an_unplaced_block_is_the_block_made_at_the_origin(samples: list[str]) -> None:
    assert _check(samples)


def test_the_check_catches_rects_shared_by_value_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    class ByValue(dict[tuple[object, ...], object]):
        """The rect cache keyed by the sizes' values only: 40 and 40.0 would share a rect."""

        def get(self, key: tuple[object, ...], default: object = None) -> object:
            return super().get(key[:2], default)

        def __setitem__(self, key: tuple[object, ...], value: object) -> None:
            super().__setitem__(key[:2], value)

    monkeypatch.setattr(blocks, "_AT_ORIGIN", ByValue())
    assert not _check(["client recherche livraison"])
