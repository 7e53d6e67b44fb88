"""Local edits into the Y document: the smallest Y changes that make it match the workspace.

The editor changes the pydantic workspace as it always did; this module then writes what
changed into the shared document, item by item (a minimal text edit for prose, one value per
changed field, a fractional position per moved item). Comparing with the Y document itself,
not a shadow copy, keeps both from drifting. No Qt here.
"""

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from pycrdt import Map, Text
from pydantic import BaseModel

from ..model import Card, JourneyMap, Workspace
from .schema import (
    BY,
    PLACE,
    PLACE_FIELDS,
    POS,
    Kind,
    card_place,
    fields_of,
    fill_map,
    insert_item,
    keyed_fields,
)
from .text import replace_text


def write_object(ymap: Map, cls: type[BaseModel], new: Mapping[str, Any], *, deep: bool = True,
                 author: str | None = None) -> bool:
    """Make ``ymap`` hold ``new`` (a JSON-mode dump of a ``cls``); lists of items only when ``deep``.

    True when something had to change. ``author`` is recorded on every item written (``_by``:
    "last changed by").
    """
    changed = False
    for name, (kind, sub) in fields_of(cls).items():
        if cls is Card and name in PLACE_FIELDS:
            continue
        if name in new:
            value = new[name]
        elif deep or kind is not Kind.KEYED:
            value = default_json(cls, name)  # left out of the dump because it went back to its default
        else:
            continue
        current = ymap.get(name)
        if kind is Kind.TEXT:
            if isinstance(current, Text):
                changed |= replace_text(current, value)
            else:
                ymap[name] = Text(value)
                changed = True
        elif kind is Kind.NESTED:
            assert sub is not None
            if isinstance(current, Map):
                changed |= write_object(current, sub, value)
            else:
                ymap[name] = Map()
                fill_map(ymap[name], sub, value)
                changed = True
        elif kind is Kind.KEYED:
            if deep:
                assert sub is not None
                if not isinstance(current, Map):
                    ymap[name] = Map()
                    current = ymap[name]
                changed |= write_collection(current, sub, value, deep=True, author=author)
        elif name not in ymap or current != value:
            ymap[name] = value
            changed = True
    if cls is Card:
        place = card_place(new)
        if ymap.get(PLACE) != place:
            ymap[PLACE] = place
            changed = True
    if changed and author is not None and "id" in new:
        ymap[BY] = author
    return changed


def default_json(cls: type[BaseModel], name: str) -> Any:
    """A field's default, as a JSON-mode dump would hold it."""
    default = cls.model_fields[name].get_default(call_default_factory=True)
    if isinstance(default, BaseModel):
        return default.model_dump(mode="json")
    return default


def write_collection(ycoll: Map, cls: type[BaseModel], items: Sequence[Any], *, deep: bool,
                     author: str | None = None) -> bool:
    """Make the keyed collection hold ``items`` (pydantic objects or JSON dicts) in this order.

    Removed ids are deleted, new ones inserted whole, moved ones get a new position; with
    ``deep`` the items that stay are compared field by field too. True when something changed.
    """
    wanted = [_id(item) for item in items]
    present = set(ycoll.keys())
    gone = present - set(wanted)
    for item_id in gone:
        del ycoll[item_id]
    known = {item_id: ycoll[item_id].get(POS) for item_id in wanted if item_id in present}
    positions = assign_positions(wanted, {k: v for k, v in known.items() if isinstance(v, (int, float))})
    changed = bool(gone or positions)
    for item, item_id in zip(items, wanted, strict=True):
        if item_id not in present:
            insert_item(ycoll, cls, _dump(item), positions[item_id])
            if author is not None:
                ycoll[item_id][BY] = author
            continue
        entry = ycoll[item_id]
        if deep:
            changed |= write_object(entry, cls, _dump(item), author=author)
        if item_id in positions:
            entry[POS] = positions[item_id]
    return changed


def _id(item: Any) -> str:
    return item["id"] if isinstance(item, Mapping) else item.id


def _dump(item: Any) -> Mapping[str, Any]:
    return item if isinstance(item, Mapping) else item.model_dump(mode="json")


def assign_positions(order: Sequence[str], known: Mapping[str, float]) -> dict[str, float]:
    """New positions for the ids of ``order`` that need one, keeping as many known ones as possible.

    The ids whose known positions already increase along ``order`` (a longest increasing
    subsequence) keep them; the others get evenly spaced positions between their neighbours.
    So a move changes one number, and a colleague's concurrent move of another item survives.
    """
    keyed = [(index, (known[item_id], item_id)) for index, item_id in enumerate(order) if item_id in known]
    keep = set(_increasing_run(keyed))
    result: dict[str, float] = {}
    previous: float | None = None
    index = 0
    while index < len(order):
        if index in keep:
            previous = float(known[order[index]])
            index += 1
            continue
        end = index
        while end < len(order) and end not in keep:
            end += 1
        count = end - index
        following = float(known[order[end]]) if end < len(order) else None
        if previous is None and following is None:
            slots = [float(k) for k in range(count)]
        elif previous is None:
            assert following is not None
            slots = [following - (count - k) for k in range(count)]
        elif following is None:
            slots = [previous + 1 + k for k in range(count)]
        else:
            step = (following - previous) / (count + 1)
            slots = [previous + step * (k + 1) for k in range(count)]
        for offset in range(count):
            result[order[index + offset]] = slots[offset]
        previous = slots[-1]
        index = end
    if result and not _reads_in_order(order, {**known, **result}):
        # No room left between neighbours that share a position (two people inserted at the same
        # spot, then undid and redid): number the whole list again rather than let ids decide.
        return {item_id: float(rank) for rank, item_id in enumerate(order)}
    return result


def _reads_in_order(order: Sequence[str], positions: Mapping[str, float]) -> bool:
    """Whether sorting by (position, id), as every peer reads a list, gives ``order``."""
    keys = [(float(positions[item_id]), item_id) for item_id in order]
    return all(a < b for a, b in zip(keys, keys[1:], strict=False))


def _increasing_run(keyed: Sequence[tuple[int, tuple[float, str]]]) -> list[int]:
    """Indexes of a longest strictly increasing subsequence of the keys (patience sorting)."""
    import bisect

    tails: list[tuple[float, str]] = []
    tail_index: list[int] = []
    parent: dict[int, int | None] = {}
    for index, key in keyed:
        slot = bisect.bisect_left(tails, key)
        parent[index] = tail_index[slot - 1] if slot else None
        if slot == len(tails):
            tails.append(key)
            tail_index.append(index)
        else:
            tails[slot] = key
            tail_index[slot] = index
    run: list[int] = []
    current = tail_index[-1] if tail_index else None
    while current is not None:
        run.append(current)
        current = parent[current]
    return run[::-1]


# -- what an edit touched ------------------------------------------------------------------

Touch = tuple[str, ...]
"""("item", map_id or "", collection, id) · ("collection", map_id or "", name) · ("map", id) · ("part", name)."""
EVERYTHING: Touch = ("all",)


def write_touches(workspace: Workspace, doc_root: Map, touches: Iterable[Touch], author: str | None = None) -> None:
    """Write the parts of ``workspace`` named by ``touches`` into the document (one transaction is the caller's)."""
    touches = list(dict.fromkeys(touches))
    if EVERYTHING in touches:
        write_object(doc_root, Workspace, workspace.model_dump(mode="json"), author=author)
        return
    for touch in sorted(touches, key=lambda t: t[0] != "collection"):
        kind = touch[0]
        if kind == "collection":
            _, map_id, name = touch
            owner, cls = _owner(workspace, map_id)
            if owner is None:
                continue
            yowner = doc_root if not map_id else doc_root["maps"].get(map_id)
            if yowner is None:
                write_touches(workspace, doc_root, [("collection", "", "maps")], author)
                continue
            write_collection(yowner[name], fields_of(cls)[name][1], getattr(owner, name), deep=False, author=author)
        elif kind == "item":
            _, map_id, name, item_id = touch
            owner, cls = _owner(workspace, map_id)
            if owner is None:
                continue
            item = next((i for i in getattr(owner, name) if i.id == item_id), None)
            yowner = doc_root if not map_id else doc_root["maps"].get(map_id)
            entry = yowner[name].get(item_id) if yowner is not None else None
            if item is not None and entry is not None:
                write_object(entry, fields_of(cls)[name][1], item.model_dump(mode="json"), author=author)
        elif kind == "map":
            journey_map = workspace.find_map(touch[1])
            entry = doc_root["maps"].get(touch[1])
            if journey_map is not None and entry is not None and journey_map.id == touch[1]:
                dump = journey_map.model_dump(mode="json", exclude=set(keyed_fields(JourneyMap)))
                write_object(entry, JourneyMap, dump, deep=False, author=author)
        elif kind == "part":
            part = getattr(workspace, touch[1])
            write_object(doc_root[touch[1]], type(part), part.model_dump(mode="json"))


def _owner(workspace: Workspace, map_id: str) -> tuple[Any, type[BaseModel]]:
    if not map_id:
        return workspace, Workspace
    journey_map = next((m for m in workspace.maps if m.id == map_id), None)
    return journey_map, JourneyMap
