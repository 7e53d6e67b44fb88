"""Memoised pieces of a map's layout: one cell's cards sized, one cell's cards placed, one column's cards.

An edit changes one card; the layout stays a pure function of the model, but the pieces whose inputs
did not change are taken from here instead of being typeset again. Every key is made of the values the
piece depends on (never of object identities that could be reused), so a hit returns exactly what a
fresh computation would. The caches are bounded: past their limit they start again empty.
"""

from collections.abc import Callable
from operator import attrgetter
from typing import TypeVar

from ..model import Card
from . import cell_index
from .blocks import TextBlock
from .metrics import LayoutMetrics

CardValues = tuple[object, ...]
SizedCard = tuple[TextBlock, TextBlock, float]
T = TypeVar("T")

_LIMIT = 20_000
"""Entries per cache: a cell or a column each; 10,000 cards make about 800 cells."""

_SIZED: dict[tuple[object, ...], tuple[SizedCard, ...]] = {}
_PLACED: dict[tuple[object, ...], tuple[object, ...]] = {}
_METRICS: dict[int, LayoutMetrics] = {}
"""Metrics seen, kept alive so that their ``id`` in a key can never name another object."""


def metrics_token(m: LayoutMetrics) -> int:
    """A cheap stand-in for ``m`` in keys (hashing the whole metrics per cell would cost more than a hit saves)."""
    token = id(m)
    if _METRICS.get(token) is not m:
        if len(_METRICS) > 64:
            clear()
        _METRICS[token] = m
    return token


card_values: Callable[[Card], CardValues] = attrgetter(
    "id", "stage_id", "lane_id", "title", "body", "channel", "online", "owner", "critical", "colour", "evidence.source",
)
"""Everything of a card its sized and placed box depends on, as plain values (attrgetter: no Python loop)."""


computed = {"sized": 0, "placed": 0, "curves": 0, "headers": 0}
"""How many cells were typeset and placed afresh since the start (tests bound an edit's work with it)."""


def memoised(
    cache: dict[tuple[object, ...], T], key: tuple[object, ...], compute: Callable[[], T], counter: str
) -> T:
    value = cache.get(key)
    if value is None:
        if len(cache) >= _LIMIT:
            cache.clear()
        value = cache[key] = compute()
        computed[counter] += 1
    return value


def sized_cell(key: tuple[object, ...], compute: Callable[[], tuple[SizedCard, ...]]) -> tuple[SizedCard, ...]:
    return memoised(_SIZED, key, compute, "sized")


def placed(key: tuple[object, ...], compute: Callable[[], tuple[T, ...]]) -> tuple[T, ...]:
    return memoised(_PLACED, key, compute, "placed")  # type: ignore[arg-type]


def curves(key: tuple[object, ...], compute: Callable[[], T]) -> T:
    """The emotion curves, recomputed only when their points, stages, scale or referenced cards moved."""
    return memoised(_PLACED, key, compute, "curves")  # type: ignore[arg-type, return-value]


def header(key: tuple[object, ...], compute: Callable[[], T]) -> T:
    """A stage's header or the metrics row, typeset again only when its texts or place changed."""
    return memoised(_PLACED, key, compute, "headers")  # type: ignore[arg-type, return-value]


def clear() -> None:
    """Forget every piece (tests compare a memoised layout with one computed from nothing)."""
    cell_index.clear()
    _SIZED.clear()
    _PLACED.clear()
    _METRICS.clear()
