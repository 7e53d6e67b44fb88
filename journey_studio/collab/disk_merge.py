"""A file changed on disk while live is merged into the room item by item, never replacing it.

Three versions meet: the workspace as the host last wrote it (the base), the file as another
program left it (disk), and the room now (live). Whatever changed on disk since the base is
carried into the live workspace item by item: an item added on disk is added, one deleted on disk
is deleted (unless someone changed it live meanwhile: then it stays), one changed on disk takes the
disk's version. What people changed live and the disk did not touch stays as it is. The caller
writes the touched parts into the Y document. No Qt here.
"""

from typing import Any

from pydantic import BaseModel

from ..model import JourneyMap, Workspace
from .schema import keyed_fields
from .writer import Touch


def merge_disk_changes(base: Workspace, disk: Workspace, live: Workspace) -> list[Touch]:
    """Carry into ``live`` what changed from ``base`` to ``disk``; the touches to write into the room."""
    touches: list[Touch] = []
    for part in ("metadata", "business_context"):
        if getattr(disk, part) != getattr(base, part) and part != "metadata":
            setattr(live, part, getattr(disk, part).model_copy(deep=True))
            touches.append(("part", part))
    touches += _merge_list("", "personas", base.personas, disk.personas, live.personas)
    touches += _merge_list("", "maps", base.maps, disk.maps, live.maps, inner=True)
    base_maps = {m.id: m for m in base.maps}
    live_maps = {m.id: m for m in live.maps}
    for disk_map in disk.maps:
        base_map, live_map = base_maps.get(disk_map.id), live_maps.get(disk_map.id)
        if base_map is None or live_map is None:
            continue
        if _fields(disk_map) != _fields(base_map):
            for name, value in _fields(disk_map).items():
                if value != _fields(base_map)[name]:
                    setattr(live_map, name, getattr(disk_map, name))
            touches.append(("map", disk_map.id))
        for name in keyed_fields(JourneyMap):
            touches += _merge_list(disk_map.id, name, getattr(base_map, name), getattr(disk_map, name),
                                   getattr(live_map, name))
    return touches


def _fields(journey_map: JourneyMap) -> dict[str, Any]:
    return {name: getattr(journey_map, name) for name in JourneyMap.model_fields
            if name not in keyed_fields(JourneyMap)}


def _merge_list(map_id: str, name: str, base: list[Any], disk: list[Any], live: list[Any],
                inner: bool = False) -> list[Touch]:
    """Three-way merge of one list of items by id; ``inner``: items whose own lists merge separately (maps)."""
    touches: list[Touch] = []
    base_items = {item.id: item for item in base}
    disk_items = {item.id: item for item in disk}
    live_index = {item.id: index for index, item in enumerate(live)}
    membership = False
    for index, item in enumerate(disk):
        if item.id not in base_items and item.id not in live_index:  # added on disk
            live.insert(min(index, len(live)), item.model_copy(deep=True))
            membership = True
    for item_id, item in base_items.items():
        if item_id not in disk_items and item_id in live_index:  # deleted on disk
            current = next(i for i in live if i.id == item_id)
            if _same(current, item, inner):
                live.remove(current)
                membership = True
    if not inner:
        for item_id, item in disk_items.items():
            if item_id in base_items and item != base_items[item_id]:
                for index, current in enumerate(live):
                    if current.id == item_id:
                        live[index] = item.model_copy(deep=True)
                        touches.append(("item", map_id, name, item_id))
    if membership:
        touches.insert(0, ("collection", map_id, name))
    return touches


def _same(first: BaseModel, second: BaseModel, inner: bool) -> bool:
    if not inner:
        return first == second
    return _fields(first) == _fields(second)  # type: ignore[arg-type]
