"""Each map's cards grouped by cell, kept from one layout to the next so that an edit regroups what it touched.

The layout needs a map's cards by (stage, lane) cell, each cell's cards by (order, position in the file).
Grouping 10,000 cards afresh walks all of them in Python; here each map keeps its last grouping beside every
card's layout values, one list per field, and a new model is compared with them field by field in C (``map``
over ``operator.ne``, which allocates nothing: the garbage collector's passes over 10,000 new tuples cost more
than the edit). Only the cells whose cards' values changed are regrouped and reported dirty. What is kept is
values, never identities, so a card changed in place, a whole new workspace equal but for one card, or an
undo all give exactly the grouping a fresh walk gives.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import compress, repeat
from operator import attrgetter, is_, is_not, ne
from typing import Any

from ..model import Card

Cell = tuple[str, str]
CardValues = tuple[object, ...]

FIELDS = (
    "id", "stage_id", "lane_id", "order", "title", "body", "channel", "online", "owner", "critical", "colour",
    "evidence.source", "emotion",
)
"""Every value of a card the layout reads (its box, its cell, its place in the cell, the legend)."""
_GETTERS = tuple(attrgetter(name) for name in FIELDS)
values_of = attrgetter(*FIELDS)
_EVIDENCE_DICT = attrgetter("evidence.__dict__")
ID, STAGE, LANE, ORDER, CHANNEL, ONLINE, CRITICAL, SOURCE = 0, 1, 2, 3, 6, 7, 9, 11
_MARKS = (CHANNEL, ONLINE, CRITICAL, SOURCE)

_LIMIT = 16
"""Maps kept (a window's maps, the export preview's, a few thumbnails)."""


@dataclass(eq=False)
class MapCells:
    """One map's grouping, and the pieces of its last layout that an unchanged cell can take again."""

    columns: list[list[object]] = field(default_factory=list)
    """Each field of ``FIELDS`` for every card, in the map's card order."""
    members: dict[Cell, list[int]] = field(default_factory=dict)
    """Each cell's cards as positions in the map's card list, in layout order."""
    cards: dict[Cell, tuple[Card, ...]] = field(default_factory=dict)
    values: dict[Cell, tuple[CardValues, ...]] = field(default_factory=dict)
    dicts: list[object] = field(default_factory=list)
    evidence: list[object] = field(default_factory=list)
    """Each card's ``__dict__`` and its evidence's, as last compared: a validated assignment replaces them."""
    position: dict[object, int] = field(default_factory=dict)
    """Card id → position in the card list."""
    dirty: set[Cell] | None = None
    """Cells whose cards changed in the last grouping (those gone included); None: every cell (a first one)."""
    pieces: dict[Cell, object] = field(default_factory=dict)
    """What the layout made of each cell last time (``map_layout``): kept while ``frame`` stays."""
    frame: object = None
    """What every cell's layout depends on besides its cards (columns, the arrows' bands, the scale)."""
    lane_cells: dict[str, set[Cell]] = field(default_factory=dict)
    lane_needs: dict[str, float] = field(default_factory=dict)
    """Each lane's height for its cards, as last laid out."""
    lane_y: dict[str, float] = field(default_factory=dict)
    arrows: tuple[object, Any] | None = None
    """The arrows last routed, after what they were routed from."""
    _marked: list[Card] | None = None
    """``marked``'s cards, until a card's marks change."""
    regrouped: int = 0
    """How many cells the last grouping rebuilt (tests bound an edit's work with it)."""

    def cell_of(self, card_id: str) -> tuple[str, str] | None:
        index = self.position.get(card_id)
        if index is None:
            return None
        return self.columns[STAGE][index], self.columns[LANE][index]  # type: ignore[return-value]

    def marked(self, cards: Sequence[Card]) -> list[Card]:
        """One card for each evidence source, critical flag and online state the map's cards show (the legend
        names kinds of marks, not cards); a card whose online state follows its channel stands for that channel."""
        if self._marked is not None:
            return self._marked
        columns = self.columns
        if not columns or not columns[ID]:
            return []
        positions = range(len(columns[ID]))
        chosen = set(dict(zip(columns[SOURCE], positions, strict=True)).values())
        chosen |= set(dict(zip(columns[CRITICAL], positions, strict=True)).values())
        chosen |= set(dict(zip(columns[ONLINE], positions, strict=True)).values())
        follows = list(map(is_, columns[ONLINE], repeat(None)))
        channels = zip(compress(columns[CHANNEL], follows), compress(positions, follows), strict=True)
        chosen |= set(dict(channels).values())
        self._marked = [cards[i] for i in sorted(chosen)]
        return self._marked


_MAPS: dict[tuple[object, ...], MapCells] = {}


def group(key: tuple[object, ...], cards: Sequence[Card]) -> MapCells:
    """``cards`` grouped by cell, compared with the last grouping made under ``key`` (a map's id and the
    layout's settings)."""
    state = _MAPS.get(key)
    if state is None:
        if len(_MAPS) >= _LIMIT:
            _MAPS.pop(next(iter(_MAPS)))
        state = _MAPS[key] = MapCells()
    if state.columns and len(state.columns[ID]) == len(cards):
        changed = _changed(state, cards)
        if changed is not None:
            _regroup_changed(state, cards, changed)
            return state
    _regroup_all(state, cards, first=not state.columns)
    return state


def _changed(state: MapCells, cards: Sequence[Card]) -> list[int] | None:
    """Positions of the cards whose values differ from the kept ones; None when too many did for a regroup
    of their cells to pay.

    A validated assignment gives a pydantic model a new ``__dict__`` (``test_cell_index`` holds pydantic to
    that): the cards whose ``__dict__`` and evidence's ``__dict__`` are the ones kept were not assigned to, and
    two passes of identity checks find the others. Those, or every card when the whole list is new (a workspace
    arriving from a live session), are then compared by value.
    """
    positions = range(len(cards))
    limit = max(64, len(cards) // 8)
    suspects = set(compress(positions, map(is_not, state.dicts, map(vars, cards))))
    suspects.update(compress(positions, map(is_not, state.evidence, map(_EVIDENCE_DICT, cards))))
    if len(suspects) > limit:
        state.dicts, state.evidence = list(map(vars, cards)), list(map(_EVIDENCE_DICT, cards))
    else:
        for i in suspects:
            state.dicts[i], state.evidence[i] = vars(cards[i]), _EVIDENCE_DICT(cards[i])
    if len(suspects) <= limit:
        columns = state.columns
        return [i for i in sorted(suspects) if values_of(cards[i]) != tuple(column[i] for column in columns)]
    changed: set[int] = set()
    for getter, column in zip(_GETTERS, state.columns, strict=True):
        changed.update(compress(positions, map(ne, column, map(getter, cards))))
        if len(changed) > limit:
            return None
    return sorted(changed)


def _regroup_changed(state: MapCells, cards: Sequence[Card], changed: list[int]) -> None:
    """The same cards list with a few cards' values changed: move those between cells, re-sort their cells."""
    columns = state.columns
    members, position = state.members, state.position
    dirty: set[Cell] = set()
    for i in changed:
        card = cards[i]
        old_id, old_cell = columns[ID][i], (columns[STAGE][i], columns[LANE][i])
        old_marks = tuple(columns[k][i] for k in _MARKS)
        for getter, column in zip(_GETTERS, columns, strict=True):
            column[i] = getter(card)
        if old_marks != tuple(columns[k][i] for k in _MARKS):
            state._marked = None
        new_id, new_cell = columns[ID][i], (columns[STAGE][i], columns[LANE][i])
        dirty.add(old_cell)  # type: ignore[arg-type]
        dirty.add(new_cell)  # type: ignore[arg-type]
        if old_id != new_id:
            if position.get(old_id) == i:
                del position[old_id]
            position[new_id] = i
        if old_cell != new_cell:
            members[old_cell].remove(i)  # type: ignore[index]
            members.setdefault(new_cell, []).append(i)  # type: ignore[arg-type]
    orders = columns[ORDER]
    for cell in dirty:
        indexes = members.get(cell)
        if not indexes:
            for kept in (members, state.cards, state.values, state.pieces):
                kept.pop(cell, None)
            continue
        indexes.sort(key=lambda i: (orders[i], i))
        cell_cards = tuple(map(cards.__getitem__, indexes))
        state.cards[cell] = cell_cards
        state.values[cell] = tuple(map(values_of, cell_cards))
    state.dirty = dirty
    state.regrouped = len(dirty)


def _regroup_all(state: MapCells, cards: Sequence[Card], first: bool) -> None:
    """Every card grouped again (cards added, removed or reordered in the list); the cells whose cards'
    values differ from before are the dirty ones."""
    columns = [list(map(getter, cards)) for getter in _GETTERS]
    orders = columns[ORDER]
    cells = list(zip(columns[STAGE], columns[LANE], strict=True))
    members: dict[Cell, list[int]] = {}
    for index in sorted(range(len(cards)), key=orders.__getitem__):  # stable: (order, position)
        cell = cells[index]
        found = members.get(cell)
        if found is None:
            members[cell] = [index]
        else:
            found.append(index)
    old_values = state.values
    cell_cards = {cell: tuple(map(cards.__getitem__, indexes)) for cell, indexes in members.items()}
    values = {cell: tuple(map(values_of, found)) for cell, found in cell_cards.items()}
    dirty = {cell for cell, cell_values in values.items() if old_values.get(cell) != cell_values}
    dirty |= old_values.keys() - values.keys()
    for cell in old_values.keys() - values.keys():
        state.pieces.pop(cell, None)
    state.columns = columns
    state._marked = None
    state.dicts, state.evidence = list(map(vars, cards)), list(map(_EVIDENCE_DICT, cards))
    state.members = members
    state.values = values
    state.cards = cell_cards
    state.position = dict(zip(columns[ID], range(len(cards)), strict=True))
    state.dirty = None if first else dirty
    state.regrouped = len(members) if first else len(dirty)


def clear() -> None:
    """Forget every map's grouping (tests compare with a layout computed from nothing)."""
    _MAPS.clear()
