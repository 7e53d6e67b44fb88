"""Where in a workspace a command acts: a list of items, or one object. Qt-free."""

from dataclasses import dataclass
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
        for index, item in enumerate(self.items(workspace)):
            if item.id == item_id:
                return index
        raise LookupError(f"no {self.name} item {item_id!r}")


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
