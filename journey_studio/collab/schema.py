"""The workspace as a Y document, and back: the shape every peer of a live session shares.

Layout of the document (one root map, ``workspace``):

- each pydantic object is a Y.Map of its fields;
- titles, names, bodies and other prose are Y.Text, so two people typing in one title merge;
- every list of items with an id (personas, maps, stages, lanes, cards, emotion points,
  connectors, a card's comments) is a Y.Map keyed by id, each item holding a fractional
  ``_pos`` for its place in the list: a reorder changes one number, so two people moving
  the same stage can never make it appear twice;
- a card's cell and rank are one value, ``place`` = [stage id, lane id, order], so a card
  two people move at once lands whole in the cell one of them chose, never a mix;
- everything else is a plain value, as the file stores it (JSON mode).

A document built from a file is seeded with client id 0 (:func:`seed_update`): every peer
that builds it from the same file gets the same history, so independently seeded copies
merge instead of duplicating. Nothing here imports Qt.
"""

import json
import typing
from collections.abc import Iterable, Mapping
from enum import Enum
from functools import cache
from typing import Any

from pycrdt import Doc, Map, Text
from pydantic import BaseModel, ValidationError

from ..model import (
    BusinessContext,
    Card,
    Comment,
    Connector,
    EmotionPoint,
    JourneyMap,
    Lane,
    Metadata,
    Persona,
    Stage,
    Workspace,
)

ROOT = "workspace"
"""Name of the root map in the Y document."""
POS = "_pos"
"""Key of an item's place in its list (a float; ties broken by id)."""
PLACE = "place"
"""Key of a card's [stage id, lane id, order]: one value, so a move wins whole."""
PLACE_FIELDS = ("stage_id", "lane_id", "order")
BY = "_by"
"""Key of the name of whoever last changed an item ("last changed by")."""
SEED_CLIENT_ID = 0

TEXT_FIELDS: Mapping[type[BaseModel], frozenset[str]] = {
    Metadata: frozenset({"title", "author"}),
    BusinessContext: frozenset({"market"}),
    Persona: frozenset({"name", "role", "quote"}),
    JourneyMap: frozenset({"title", "scenario"}),
    Stage: frozenset({"name", "description", "customer_goal"}),
    Lane: frozenset({"title"}),
    Card: frozenset({"title", "body", "owner"}),
    Comment: frozenset({"text"}),
    EmotionPoint: frozenset({"label"}),
    Connector: frozenset({"label"}),
}
"""Fields typed concurrently by people (Y.Text); the rest are single values, last writer wins."""


class Kind(Enum):
    PLAIN = "plain"
    TEXT = "text"
    NESTED = "nested"
    """A sub-object (metadata, a stage's metrics, a card's evidence…): a Y.Map of its own."""
    KEYED = "keyed"
    """A list of items with ids: a Y.Map id → item."""


@cache
def fields_of(cls: type[BaseModel]) -> dict[str, tuple[Kind, type[BaseModel] | None]]:
    """How each field of ``cls`` is stored, read from the pydantic annotations."""
    kinds: dict[str, tuple[Kind, type[BaseModel] | None]] = {}
    texts = TEXT_FIELDS.get(cls, frozenset())
    for name, field in cls.model_fields.items():
        annotation = field.annotation
        origin = typing.get_origin(annotation)
        args = typing.get_args(annotation)
        if name in texts:
            kinds[name] = (Kind.TEXT, None)
        elif isinstance(annotation, type) and issubclass(annotation, BaseModel):
            kinds[name] = (Kind.NESTED, annotation)
        elif (origin is list and args and isinstance(args[0], type) and issubclass(args[0], BaseModel)
              and "id" in args[0].model_fields):
            kinds[name] = (Kind.KEYED, args[0])
        else:
            kinds[name] = (Kind.PLAIN, None)
    return kinds


def keyed_fields(cls: type[BaseModel]) -> list[str]:
    return [name for name, (kind, _) in fields_of(cls).items() if kind is Kind.KEYED]


# -- model → Y -----------------------------------------------------------------------------


def fill_map(ymap: Map, cls: type[BaseModel], data: Mapping[str, Any]) -> None:
    """Write ``data`` (a JSON-mode dump of a ``cls``) into ``ymap``, field by field in model order.

    Keys are set one at a time in a fixed order so that the same data always gives the
    same Y items (and so the same ids under the same client id).
    """
    for name, (kind, sub) in fields_of(cls).items():
        if (cls is Card and name in PLACE_FIELDS) or name not in data:
            continue  # a field the dump leaves out when it holds its default: absent here too
        value = data[name]
        if kind is Kind.TEXT:
            ymap[name] = Text(value)
        elif kind is Kind.NESTED:
            assert sub is not None
            ymap[name] = Map()
            fill_map(ymap[name], sub, value)
        elif kind is Kind.KEYED:
            assert sub is not None
            ymap[name] = Map()
            collection = ymap[name]
            for index, item in enumerate(value):
                insert_item(collection, sub, item, float(index))
        else:
            ymap[name] = value
    if cls is Card:
        ymap[PLACE] = card_place(data)


def insert_item(collection: Map, cls: type[BaseModel], data: Mapping[str, Any], position: float) -> None:
    """Add one item (JSON-mode dict) to a keyed collection at ``position``."""
    collection[data["id"]] = Map()
    item = collection[data["id"]]
    fill_map(item, cls, data)
    item[POS] = position


def card_place(data: Mapping[str, Any]) -> list[Any]:
    return [data["stage_id"], data["lane_id"], data["order"]]


def build_doc(workspace: Workspace, client_id: int | None = SEED_CLIENT_ID) -> Doc:
    """A Y document holding ``workspace`` (client id 0 by default: see :func:`seed_update`)."""
    doc = Doc(client_id=client_id) if client_id is not None else Doc()
    root = doc.get(ROOT, type=Map)
    with doc.transaction(origin="seed"):
        fill_map(root, Workspace, workspace.model_dump(mode="json"))
    return doc


def seed_update(workspace: Workspace) -> bytes:
    """The whole workspace as one Y update written by client 0: the same file gives the same history."""
    return build_doc(workspace).get_update()


def live_doc(seed: bytes | None = None) -> Doc:
    """A working document with a random client id of its own, holding ``seed`` when given.

    Deleted content is kept (no garbage collection): with it, yrs 0.14 crashed the process
    (a segmentation fault in ``get_update``) after some sequences of undos and concurrent deletes,
    seen in random two-peer runs. A workshop's deleted text costs little memory.
    """
    doc = Doc(skip_gc=True)
    doc.get(ROOT, type=Map)
    if seed:
        doc.apply_update(seed)
    return doc


def root_of(doc: Doc) -> Map:
    return doc.get(ROOT, type=Map)


def is_empty(doc: Doc) -> bool:
    """True for a room nobody has put a map in yet."""
    return "maps" not in root_of(doc)


# -- Y → model -----------------------------------------------------------------------------


def ordered(items: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """Items of a keyed collection in list order: by position, then id (so ties order the same everywhere)."""
    return sorted(items, key=lambda item: (_number(item.get(POS)), str(item.get("id", ""))))


def _number(value: Any) -> float:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else 0.0


def model_data(cls: type[BaseModel], py: Mapping[str, Any]) -> dict[str, Any]:
    """The dict pydantic validates a ``cls`` from, given the plain content of its Y.Map.

    Missing keys are left out so the model's defaults apply; our own keys (position, author) go.
    """
    data: dict[str, Any] = {}
    for name, kind, sub in _readers(cls):
        value = py.get(name, _MISSING)
        if value is _MISSING:
            continue
        if kind is Kind.NESTED and isinstance(value, Mapping):
            assert sub is not None
            data[name] = model_data(sub, value) if _transformed(sub) else value
        elif kind is Kind.KEYED and isinstance(value, Mapping):
            assert sub is not None
            data[name] = [model_data(sub, item) for item in ordered(value.values()) if isinstance(item, Mapping)]
        else:
            data[name] = value
    if cls is Card:
        place = py.get(PLACE)
        if isinstance(place, list) and len(place) == 3:
            data["stage_id"], data["lane_id"] = place[0], place[1]
            data["order"] = _whole(place[2])
    if cls is Workspace and "schema_version" in data:
        data["schema_version"] = _whole(data["schema_version"])
    return data


_MISSING = object()


@cache
def _readers(cls: type[BaseModel]) -> tuple[tuple[str, Kind, type[BaseModel] | None], ...]:
    """The fields read from a Y.Map of ``cls``, in model order (a card's cell comes from ``place``)."""
    return tuple((name, kind, sub) for name, (kind, sub) in fields_of(cls).items()
                 if not (cls is Card and name in PLACE_FIELDS))


@cache
def _transformed(cls: type[BaseModel]) -> bool:
    """Whether a sub-object's plain content needs reshaping (lists of items, cards) or can go to pydantic as is.

    A plain sub-object (evidence, metrics, an avatar…) holds exactly its fields: passing it through
    saves a third of reading the 1,000-card map.
    """
    if cls is Card or cls is Workspace:
        return True
    return any(kind is Kind.KEYED or (kind is Kind.NESTED and sub is not None and _transformed(sub))
               for _name, kind, sub in _readers(cls))


def _whole(value: Any) -> Any:
    """Y numbers come back as floats (3 → 3.0): integral ones become ints again."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def read_workspace(doc: Doc) -> Workspace:
    """The whole workspace held by ``doc`` (a join or a save; edits are patched item by item instead)."""
    data = model_data(Workspace, plain(root_of(doc)))
    try:
        return Workspace.model_validate(data)
    except ValidationError:
        return Workspace.model_validate(_made_whole(data))


def _made_whole(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` with items that lack a required value completed by the fixed rule, or left out (``complete``).

    An undone delete can leave such an item in the room; every peer reading the room reads it the same.
    """
    from .complete import complete

    for map_data in data.get("maps", []):
        items = {name: map_data.pop(name, []) for name in keyed_fields(JourneyMap)}
        try:
            skeleton = JourneyMap.model_validate({**map_data, "stages": items["stages"], "lanes": items["lanes"]})
        except ValidationError:
            skeleton = None
        for name, values in items.items():
            cls = fields_of(JourneyMap)[name][1]
            assert cls is not None
            map_data[name] = [item for item in values if complete(cls, item, None, skeleton)]
    return data


def plain(ymap: Map) -> dict[str, Any]:
    """A Y.Map's content as plain Python values.

    Through the JSON that yrs writes in Rust: ten times faster than pycrdt's ``to_py()``, which
    walks the tree in Python (55 ms instead of 595 ms for the 1,000-card map; 0.02 ms a card).
    """
    value = json.loads(str(ymap))
    return value if isinstance(value, dict) else {}
