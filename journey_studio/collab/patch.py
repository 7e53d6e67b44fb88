"""Changes of the Y document into the pydantic workspace, item by item.

A remote edit (or an undo) arrives as Y events with paths; each names one item (a card, a
stage…), one list's membership or order, or a map's own fields. Only those are rebuilt from the
document: one card costs a fraction of a millisecond where rebuilding the whole 1,000-card
workspace costs 120 ms. A merged state that breaks a field's limits (two people typing into one
title past 500 characters) is clamped for display here; the host repairs the document itself.
No Qt here.
"""

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from pycrdt import Map, Text
from pydantic import BaseModel, ValidationError

from ..model import JourneyMap, Workspace
from .complete import complete, missing
from .schema import POS, Kind, fields_of, keyed_fields, model_data, ordered, plain

WORKSPACE_PARTS = ("metadata", "business_context")


@dataclass(frozen=True)
class Change:
    """What one Y event touched, in workspace terms."""

    kind: str
    """"item", "collection", "map" or "part"."""
    map_id: str = ""
    name: str = ""
    item_id: str = ""


@dataclass
class PatchResult:
    changed: set[tuple[str, str, str]] = field(default_factory=set)
    """(map id or "", collection, item id) of every item created or rebuilt."""
    removed: list[tuple[str, str, BaseModel]] = field(default_factory=list)
    """(map id or "", collection, the item as it was) of every item that left the workspace."""
    maps_changed: set[str] = field(default_factory=set)
    structure_changed: bool = False
    """A list's membership or order changed (or a whole map / part was rebuilt)."""

    def __bool__(self) -> bool:
        return bool(self.changed or self.removed or self.maps_changed or self.structure_changed)


def changes_of(path: list[Any], keys: Iterable[str] | Mapping[str, Any] | None) -> set[Change]:
    """The workspace parts a Y event at ``path`` (from the root map) with changed ``keys`` touched.

    ``keys`` as a Y map event gives them (key → {"action": …}) tells items replaced under the same
    id from items added or deleted.
    """
    replaced = ({str(key) for key, change in keys.items() if isinstance(change, Mapping)
                 and change.get("action") == "update"} if isinstance(keys, Mapping) else set())
    keys = set(keys or ())
    if not path:
        return {Change("part", name=key) for key in keys if key in WORKSPACE_PARTS} | (
            {Change("collection", name=key) for key in keys if key in ("personas", "maps")})
    head = str(path[0])
    if head in WORKSPACE_PARTS:
        return {Change("part", name=head)}
    if head == "personas":
        if len(path) == 1:
            return {Change("collection", name="personas")} | _replaced("", "personas", replaced)
        found = {Change("item", name="personas", item_id=str(path[1]))}
        if len(path) == 2 and POS in keys:
            found.add(Change("collection", name="personas"))
        return found
    if head != "maps":
        return set()
    if len(path) == 1:
        return {Change("collection", name="maps")} | _replaced("", "maps", replaced)
    map_id = str(path[1])
    if len(path) == 2:
        found = {Change("map", map_id=map_id)} if keys - {POS} else set()
        if POS in keys:
            found.add(Change("collection", name="maps"))
        return found
    name = str(path[2])
    if name not in keyed_fields(JourneyMap):
        return {Change("map", map_id=map_id)}
    if len(path) == 3:
        return {Change("collection", map_id=map_id, name=name)} | _replaced(map_id, name, replaced)
    found = {Change("item", map_id=map_id, name=name, item_id=str(path[3]))}
    if len(path) == 4 and POS in keys:
        found.add(Change("collection", map_id=map_id, name=name))
    return found


def _replaced(map_id: str, name: str, keys: set[str]) -> set[Change]:
    """Every item a list's event names is read again, not only added or dropped.

    An id that stays can hold a new item: an undone delete brings a card back as a new Y item,
    without what a colleague wrote into the deleted one meanwhile. Seen as "still here", the
    peer kept its own copy (a comment the room no longer has).
    """
    return {Change("item", map_id=map_id, name=name, item_id=str(key)) for key in keys}


def validated(cls: type[BaseModel], data: dict[str, Any]) -> BaseModel:
    """``cls`` from ``data``, clamping what breaks a field's limits instead of failing.

    Texts too long are cut, numbers out of bounds set to the bound, lists too long cut;
    anything else invalid falls back to the field's default.
    """
    for _ in range(8):
        try:
            return cls.model_validate(data)
        except ValidationError as error:
            for problem in error.errors():
                _clamp(data, list(problem["loc"]), problem["type"], problem.get("ctx") or {})
    return cls.model_validate(data)


def _clamp(data: Any, loc: list[Any], kind: str, ctx: Mapping[str, Any]) -> None:
    parent = data
    for step in loc[:-1]:
        try:
            parent = parent[step]
        except (KeyError, IndexError, TypeError):
            return
    last = loc[-1] if loc else None
    if last is None or not isinstance(parent, (dict, list)):
        return
    try:
        value = parent[last]
    except (KeyError, IndexError, TypeError):
        return
    if kind == "string_too_long" and isinstance(value, str) or kind == "too_long" and isinstance(value, list):
        parent[last] = value[: int(ctx["max_length"])]
    elif kind in ("less_than_equal", "less_than") and ("le" in ctx or "lt" in ctx):
        parent[last] = ctx.get("le", ctx.get("lt"))
    elif kind in ("greater_than_equal", "greater_than") and ("ge" in ctx or "gt" in ctx):
        parent[last] = ctx.get("ge", ctx.get("gt"))
    else:
        del parent[last]


class Patcher:
    """Applies :func:`changes_of` results to a workspace, reading only the touched parts of the document."""

    def __init__(self, workspace: Workspace, root: Map,
                 remembered: Callable[[str, str, str], BaseModel | None] | None = None):
        self.workspace = workspace
        self.root = root
        self.provisional: set[tuple[str, str, str]] = set()
        """Items shown in the workspace but not (yet) in the document (``repair.repair_view``): read
        from the document as soon as it has them."""
        self.remembered = remembered
        """An item that left the workspace, as it was (map id, collection, id): what an incomplete item lacks."""
        self.follows: dict[tuple[str, str, str], str | None] = {}
        """Of each item that left its list: the id of the item it came after (None: it was first), so a
        repair can put it back in its place."""
        self.incomplete: set[tuple[str, str, str]] = set()
        """Items the document holds without a required value, shown made whole (``complete``): the host
        writes them back."""

    def apply(self, changes: Iterable[Change]) -> PatchResult:
        result = PatchResult()
        ordered_changes = sorted(set(changes), key=lambda c: ("collection", "item", "map", "part").index(c.kind))
        for change in ordered_changes:
            if change.kind == "collection":
                self._collection(change.map_id, change.name, result)
            elif change.kind == "item":
                self._item(change.map_id, change.name, change.item_id, result)
            elif change.kind == "map":
                self._map_fields(change.map_id, result)
            elif change.kind == "part" and change.name in WORKSPACE_PARTS:
                part = getattr(self.workspace, change.name)
                py = plain(self.root[change.name])
                setattr(self.workspace, change.name, validated(type(part), model_data(type(part), py)))
                result.structure_changed = True
        return result

    def _owner(self, map_id: str) -> tuple[Any, Map | None, type[BaseModel]]:
        if not map_id:
            return self.workspace, self.root, Workspace
        journey_map = next((m for m in self.workspace.maps if m.id == map_id), None)
        return journey_map, self.root["maps"].get(map_id), JourneyMap

    def _collection(self, map_id: str, name: str, result: PatchResult) -> None:
        owner, yowner, cls = self._owner(map_id)
        if owner is None or yowner is None:
            return
        item_cls = fields_of(cls)[name][1]
        assert item_cls is not None
        ycoll = yowner.get(name)
        entries = dict(ycoll.items()) if isinstance(ycoll, Map) else {}
        positions = [{"id": key, POS: entry.get(POS)} for key, entry in entries.items()]
        wanted = [item["id"] for item in ordered(positions)]
        items: list[Any] = getattr(owner, name)
        current = {item.id: item for item in items}
        rebuilt = []
        for item_id in wanted:
            item = current.get(item_id)
            if (map_id, name, item_id) in self.provisional:
                self.provisional.discard((map_id, name, item_id))
                item = None
            if item is None:
                item = self.read_item(map_id, name, item_id, item_cls, entries[item_id], owner, None)
                if item is None:
                    continue  # unreadable for now: left out, the room keeps it
                result.changed.add((map_id, name, item_id))
            rebuilt.append(item)
        kept = {item.id for item in rebuilt}
        result.removed.extend((map_id, name, item) for item in items if item.id not in kept)
        self.remember_places(map_id, name, items, kept)
        moved = [item.id for item in items] != [item.id for item in rebuilt]
        if moved or any(a is not b for a, b in zip(items, rebuilt, strict=False)):
            items[:] = rebuilt
            result.structure_changed = True
            if map_id:
                result.maps_changed.add(map_id)

    def _item(self, map_id: str, name: str, item_id: str, result: PatchResult) -> None:
        owner, yowner, cls = self._owner(map_id)
        if owner is None or yowner is None:
            return
        item_cls = fields_of(cls)[name][1]
        assert item_cls is not None
        entry = yowner[name].get(item_id)
        items: list[Any] = getattr(owner, name)
        index = next((i for i, item in enumerate(items) if item.id == item_id), None)
        if entry is None:
            if index is not None:
                self.remember_places(map_id, name, items, {i.id for i in items if i.id != item_id})
                result.removed.append((map_id, name, items.pop(index)))
                result.structure_changed = True
            return
        if index is None:
            self._collection(map_id, name, result)
            return
        fresh = self.read_item(map_id, name, item_id, item_cls, entry, owner, items[index])
        if fresh is None:
            return  # unreadable for now: the copy on screen stays
        if fresh != items[index]:
            items[index] = fresh
            result.changed.add((map_id, name, item_id))
            if map_id:
                result.maps_changed.add(map_id)

    def remember_places(self, map_id: str, name: str, items: list[Any], kept: set[str]) -> None:
        """For each of ``items`` not in ``kept``: the nearest earlier item that stays (see :attr:`follows`)."""
        previous: str | None = None
        for item in items:
            if item.id in kept:
                previous = item.id
            else:
                self.follows[(map_id, name, item.id)] = previous

    def read_item(self, map_id: str, name: str, item_id: str, cls: type[BaseModel], entry: Map, owner: Any,
                  shown: BaseModel | None) -> BaseModel | None:
        """One item from its Y.Map, clamped into its limits and made whole when it lacks a required value."""
        data = model_data(cls, plain(entry))
        key = (map_id, name, item_id)
        if missing(cls, data):
            known = shown if shown is not None else self.remembered(*key) if self.remembered is not None else None
            journey_map = owner if isinstance(owner, JourneyMap) else None
            if not complete(cls, data, known, journey_map):
                return None
            self.incomplete.add(key)
        else:
            self.incomplete.discard(key)
        try:
            return validated(cls, data)
        except ValidationError:
            return None

    def _map_fields(self, map_id: str, result: PatchResult) -> None:
        journey_map, entry, _ = self._owner(map_id)
        if journey_map is None or entry is None:
            return
        data = {}
        for name, (kind, _sub) in fields_of(JourneyMap).items():
            if kind is Kind.KEYED:
                continue
            value = entry.get(name)
            data[name] = plain(value) if isinstance(value, Map) else str(value) if isinstance(value, Text) else value
        fresh = validated(JourneyMap, model_data(JourneyMap, {k: v for k, v in data.items() if v is not None
                                                              or k in entry}))
        for name, (kind, _sub) in fields_of(JourneyMap).items():
            if kind is not Kind.KEYED and getattr(journey_map, name) != getattr(fresh, name):
                setattr(journey_map, name, getattr(fresh, name))
        result.maps_changed.add(map_id)
        result.structure_changed = True
