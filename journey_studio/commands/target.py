"""Where in a workspace a command acts: a list of items, or one object. Qt-free."""

from dataclasses import dataclass
from operator import attrgetter
from typing import Any

from pydantic import BaseModel

from ..model import Workspace


@dataclass(frozen=True)
class Collection:
    """A list in the model: ``maps[map_id].<name>``, or the workspace's ``personas``/``maps``."""

    name: str
    map_id: str | None = None

    def items(self, workspace: Workspace) -> list[Any]:
        if self.map_id is None:
            return getattr(workspace, self.name)
        journey_map = workspace.find_map(self.map_id)
        if journey_map is None:
            raise LookupError(f"no map {self.map_id!r}")
        return getattr(journey_map, self.name)

    def index_of(self, workspace: Workspace, item_id: str) -> int:
        items = self.items(workspace)
        index = _positions(items).get(item_id)
        if index is None or index >= len(items) or items[index].id != item_id:
            index = _positions(items, again=True).get(item_id)  # the list changed since: look again
        if index is None:
            raise LookupError(f"no {self.name} item {item_id!r}")
        return index


_last: tuple[list[Any], dict[str, int]] | None = None
"""The last list searched and its ids' positions: a drop sets fields of many cards of one 10,000-card list,
and each command finds its card twice (a walk in Python per search cost more than the rest of the drop)."""


def _positions(items: list[Any], again: bool = False) -> dict[str, int]:
    global _last
    if _last is None or _last[0] is not items or again:
        # Built from the end, so that an id found twice gives its first position, as a walk would.
        _last = (items, dict(zip(map(attrgetter("id"), reversed(items)), range(len(items) - 1, -1, -1), strict=True)))
    return _last[1]


@dataclass(frozen=True)
class Target:
    """One model object: an item of a collection, a map, or a part of the workspace (metadata…)."""

    collection: Collection | None = None
    item_id: str | None = None
    map_id: str | None = None
    part: str | None = None
    """``metadata`` or ``business_context`` of the workspace; or a sub-object of the target
    (``metrics``, ``evidence``)."""

    def resolve(self, workspace: Workspace) -> BaseModel:
        if self.collection is not None and self.item_id is not None:
            obj: BaseModel = self.collection.items(workspace)[self.collection.index_of(workspace, self.item_id)]
        elif self.map_id is not None:
            found = workspace.find_map(self.map_id)
            if found is None:
                raise LookupError(f"no map {self.map_id!r}")
            obj = found
        else:
            obj = workspace
        if self.part:
            obj = getattr(obj, self.part)
        return obj
