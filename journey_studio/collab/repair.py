"""Repairs after concurrent edits collided, made by the host only and outside everyone's undo.

The CRDT merges every edit, but some merged states break the map's rules. The host checks
after each change from outside and writes the fixes under the ``repair`` origin, which no
UndoManager tracks; every peer then receives them like any edit. The rules:

- a card (or emotion point) added to a stage someone deleted at the same moment is kept, and
  so is its stage: the stage comes back as it was (or as "Recovered stage" when the host never
  saw it); the same for lanes;
- an arrow whose card was deleted goes; links to deleted maps, personas or cards are cleared;
- an emotion scale whose bounds crossed is widened; scores are clamped into the scale;
- texts and lists longer than the model allows are cut, lists of items beyond their limit too.

A card moved by two people needs no repair (its cell is one value, so one move wins whole),
and neither does stage order (one position per stage, so a stage cannot appear twice).
No Qt here.
"""

from dataclasses import dataclass
from typing import Any

from annotated_types import MaxLen
from pycrdt import Map

from ..model import JourneyMap, Lane, LaneKind, Stage
from .patch import Change, PatchResult
from .schema import POS, fields_of, insert_item, keyed_fields
from .writer import write_object

REPAIR_ORIGIN = "repair"


@dataclass(frozen=True)
class RepairNote:
    """One thing the host fixed, for the activity list: ``kind`` with the names it concerns."""

    kind: str
    """stage_kept, lane_kept, arrow_removed, link_cleared, scale_widened, score_clamped, text_cut, items_cut"""
    subject: str
    detail: str = ""
    by: str = ""
    """Who made the edit that needed the repair, when known."""

    def __str__(self) -> str:
        return {
            "stage_kept": "stage kept: “{subject}” ({by} added {detail} to it)",
            "lane_kept": "lane kept: “{subject}” ({by} added {detail} to it)",
            "arrow_removed": "arrow removed: its card “{subject}” was deleted",
            "link_cleared": "link cleared on “{subject}”: {detail} was deleted",
            "scale_widened": "emotion scale of “{subject}” set to {detail}",
            "score_clamped": "score of “{subject}” brought into the scale ({detail})",
            "text_cut": "text of “{subject}” cut to its limit",
            "items_cut": "{detail} beyond the limit removed from “{subject}”",
        }[self.kind].format(subject=self.subject, detail=self.detail, by=self.by or "someone")


def repair(binding: Any, result: PatchResult | None = None) -> list[RepairNote]:
    """Check the workspace and fix the document; text limits only on the items ``result`` changed (all when None)."""
    notes: list[RepairNote] = []
    workspace = binding.document.workspace
    root: Map = binding.root
    if result is not None and not result.structure_changed and not result.removed and _items_sound(workspace, result):
        # Only items' contents changed and their references hold: their text limits are all left to check
        # (5 ms to 0.3 ms per remote edit on the 1,000-card map).
        with binding.doc.transaction(origin=REPAIR_ORIGIN):
            _write_completed(binding)
            for journey_map in workspace.maps:
                changed = {(n, i) for mid, n, i in result.changed if mid == journey_map.id}
                entry = root["maps"].get(journey_map.id) if changed else None
                if entry is not None:
                    notes += _repair_limits(journey_map, entry, changed)
        return notes
    with binding.doc.transaction(origin=REPAIR_ORIGIN):
        _write_completed(binding)
        map_ids = {m.id for m in workspace.maps}
        persona_ids = {p.id for p in workspace.personas}
        for journey_map in list(workspace.maps):
            entry = root["maps"].get(journey_map.id)
            if entry is not None:
                changed = None if result is None else {(n, i) for mid, n, i in result.changed if mid == journey_map.id}
                notes += _repair_map(binding, journey_map, entry, map_ids, persona_ids, changed)
    return notes


def _write_completed(binding: Any) -> None:
    """Items the document holds without a required value (``complete``): written as every peer's screen shows them.

    Until then each peer fills the gap from what it last saw, so screens may differ for a moment;
    once the host writes its version, all read the same item.
    """
    patcher = binding.patcher
    for map_id, name, item_id in list(patcher.incomplete):
        workspace = binding.document.workspace
        owner = workspace if not map_id else next((m for m in workspace.maps if m.id == map_id), None)
        yowner = binding.root if not map_id else binding.root["maps"].get(map_id)
        item = next((i for i in getattr(owner, name, ()) if i.id == item_id), None) if owner is not None else None
        entry = yowner[name].get(item_id) if yowner is not None and name in yowner else None
        if item is None or entry is None:
            patcher.incomplete.discard((map_id, name, item_id))
            continue
        write_object(entry, type(item), item.model_dump(mode="json"))


def _former_place(ycoll: Map, follows: str | None) -> float:
    """A position right after the item ``follows`` (first when None); the end when that one is gone too."""
    keys = sorted((float(p), str(k)) for k, v in ycoll.items()
                  if isinstance(p := v.get(POS), (int, float)) and not isinstance(p, bool))
    if not keys:
        return 0.0
    if follows is None:
        return keys[0][0] - 1.0
    index = next((i for i, (_p, k) in enumerate(keys) if k == follows), None)
    if index is None or index == len(keys) - 1:
        return keys[-1][0] + 1.0
    return (keys[index][0] + keys[index + 1][0]) / 2


def _repair_map(binding: Any, m: JourneyMap, entry: Map, map_ids: set[str], persona_ids: set[str],
                changed: set[tuple[str, str]] | None) -> list[RepairNote]:
    notes: list[RepairNote] = []
    stage_ids = {s.id for s in m.stages}
    lane_ids = {lane.id for lane in m.lanes}
    # Stages and lanes something was added to while someone deleted them come back.
    for card in m.cards:
        if card.stage_id not in stage_ids:
            notes.append(_restore(binding, m, entry, "stages", card.stage_id, card.title, card.id, "cards"))
            stage_ids.add(card.stage_id)
        if card.lane_id not in lane_ids:
            notes.append(_restore(binding, m, entry, "lanes", card.lane_id, card.title, card.id, "cards"))
            lane_ids.add(card.lane_id)
    for point in m.emotion_points:
        if point.stage_id not in stage_ids:
            notes.append(_restore(binding, m, entry, "stages", point.stage_id, point.label, point.id,
                                  "emotion_points"))
            stage_ids.add(point.stage_id)
    card_ids = {c.id for c in m.cards}
    for connector in m.connectors:
        missing = next((end for end in (connector.from_card, connector.to_card) if end not in card_ids), None)
        if missing is not None and connector.id in entry["connectors"]:
            del entry["connectors"][connector.id]
            gone = binding.graveyard.get((m.id, "cards", missing))
            notes.append(RepairNote("arrow_removed", gone.title if gone is not None else missing))
    for card in m.cards:
        if card.linked_map_id is not None and card.linked_map_id not in map_ids:
            entry["cards"][card.id]["linked_map_id"] = None
            notes.append(RepairNote("link_cleared", card.title, "its sub-journey map"))
    for point in m.emotion_points:
        if point.card_id is not None and point.card_id not in card_ids:
            entry["emotion_points"][point.id]["card_id"] = None
            notes.append(RepairNote("link_cleared", point.label or point.id, "its card"))
        if point.persona_id is not None and point.persona_id not in persona_ids:
            entry["emotion_points"][point.id]["persona_id"] = None
            notes.append(RepairNote("link_cleared", point.label or point.id, "its persona"))
    if m.counterpart_id is not None and m.counterpart_id not in map_ids:
        entry["counterpart_id"] = None
        notes.append(RepairNote("link_cleared", m.title, "its counterpart map"))
    if any(p not in persona_ids for p in m.persona_ids):
        entry["persona_ids"] = [p for p in m.persona_ids if p in persona_ids]
        notes.append(RepairNote("link_cleared", m.title, "a persona"))
    notes += _repair_scale(m, entry)
    notes += _repair_limits(m, entry, changed)
    return notes


def _items_sound(workspace: Any, result: PatchResult) -> bool:
    """Whether every item ``result`` changed still points at things that exist, with scores in the scale."""
    maps = {m.id: m for m in workspace.maps}
    map_ids = set(maps)
    for map_id, name, item_id in result.changed:
        m = maps.get(map_id)
        if m is None:
            if map_id:
                return False
            continue
        item = next((i for i in getattr(m, name) if i.id == item_id), None)
        if item is None:
            continue
        low, high = m.emotion_scale.minimum, m.emotion_scale.maximum
        if name == "cards" and (m.stage(item.stage_id) is None or m.lane(item.lane_id) is None
                                or (item.emotion is not None and not low <= item.emotion <= high)
                                or (item.linked_map_id is not None and item.linked_map_id not in map_ids)):
            return False
        if name == "emotion_points" and (m.stage(item.stage_id) is None or not low <= item.score <= high
                                         or (item.card_id is not None and m.card(item.card_id) is None)):
            return False
        if name == "connectors" and (m.card(item.from_card) is None or m.card(item.to_card) is None):
            return False
    return True


def _restore(binding: Any, m: JourneyMap, entry: Map, collection: str, item_id: str, title: str,
             added_id: str, added_in: str) -> RepairNote:
    """Put a deleted stage or lane back, as it was when the host last saw it."""
    gone = binding.graveyard.get((m.id, collection, item_id))
    language = binding.document.workspace.metadata.language
    if gone is None:
        french = language.startswith("fr")
        gone = (Stage(id=item_id, name="Étape récupérée" if french else "Recovered stage") if collection == "stages"
                else Lane(id=item_id, kind=LaneKind.TEXT, title="Couloir récupéré" if french else "Recovered lane"))
    ycoll = entry[collection]
    insert_item(ycoll, type(gone), gone.model_dump(mode="json"),
                _former_place(ycoll, binding.patcher.follows.get((m.id, collection, item_id), "")))
    name = gone.name if collection == "stages" else gone.title
    by = binding.last_changed_by(m.id, added_in, added_id)
    return RepairNote("stage_kept" if collection == "stages" else "lane_kept", name, f"“{title}”", by)


def _repair_scale(m: JourneyMap, entry: Map) -> list[RepairNote]:
    notes: list[RepairNote] = []
    scale = entry.get("emotion_scale")
    low, high = m.emotion_scale.minimum, m.emotion_scale.maximum
    raw_low, raw_high = (scale.get("minimum"), scale.get("maximum")) if isinstance(scale, Map) else (low, high)
    if isinstance(raw_low, (int, float)) and isinstance(raw_high, (int, float)) and not raw_low < raw_high:
        low = int(min(raw_low, 99))
        high = max(int(raw_high), low + 1)
        scale["minimum"], scale["maximum"] = low, high
        notes.append(RepairNote("scale_widened", m.title, f"{low}…{high}"))
    for card in m.cards:
        if card.emotion is not None and not low <= card.emotion <= high:
            entry["cards"][card.id]["emotion"] = min(max(card.emotion, low), high)
            notes.append(RepairNote("score_clamped", card.title, f"{low}…{high}"))
    for point in m.emotion_points:
        if not low <= point.score <= high:
            entry["emotion_points"][point.id]["score"] = min(max(point.score, low), high)
            notes.append(RepairNote("score_clamped", point.label or point.id, f"{low}…{high}"))
    return notes


def _repair_limits(m: JourneyMap, entry: Map, changed: set[tuple[str, str]] | None) -> list[RepairNote]:
    """The view already shows clamped texts (patch.validated): write them back where the document differs."""
    notes: list[RepairNote] = []
    for name in keyed_fields(JourneyMap):
        ycoll = entry[name]
        limit = _max_length(JourneyMap, name)
        if limit is not None and len(ycoll) > limit:
            extra = sorted(ycoll.keys(), key=lambda k: (ycoll[k].get(POS) or 0.0, k))[limit:]
            for item_id in extra:
                del ycoll[item_id]
            notes.append(RepairNote("items_cut", m.title, f"{len(extra)} {name.replace('_', ' ')}"))
    item_cls = {name: fields_of(JourneyMap)[name][1] for name in keyed_fields(JourneyMap)}
    for name, cls in item_cls.items():
        # Only the changed items' texts are measured, found by id in the document: walking every card
        # for it cost 1.5 ms of each colleague's keystroke on the 1,000-card map.
        ids = [item.id for item in getattr(m, name)] if changed is None else [i for kind, i in changed if kind == name]
        for item_id in ids:
            yentry = ycoll_get(entry, name, item_id)
            if yentry is None or not _too_long(yentry):
                continue
            item = next((i for i in getattr(m, name) if i.id == item_id), None)
            if item is None:
                continue
            assert cls is not None
            write_object(yentry, cls, item.model_dump(mode="json"))
            notes.append(RepairNote("text_cut", getattr(item, "title", None) or getattr(item, "name", item.id)))
    return notes


def ycoll_get(entry: Map, name: str, item_id: str) -> Map | None:
    return entry[name].get(item_id)


def _too_long(yentry: Map) -> bool:
    """Whether a text of the item is over the longest any field allows (cheap: Y.Text lengths in bytes)."""
    from ..model.base import MAX_TEXT

    for value in yentry.values():
        length = len(value) if hasattr(value, "insert") and hasattr(value, "diff") else None
        if length is not None and length > 500 and (length > MAX_TEXT or len(str(value)) > 500):
            return True
    return False


def _max_length(cls: type, name: str) -> int | None:
    for meta in cls.model_fields[name].metadata:
        if isinstance(meta, MaxLen):
            return int(meta.max_length)
    return None


def repair_view(binding: Any, result: PatchResult | None = None) -> bool:
    """What every other peer shows until the host's repair arrives: the same fixes, in the workspace only.

    A card whose stage a colleague just deleted would otherwise point nowhere for a moment (and
    for as long as the host is away): its stage or lane is shown back, arrows to missing cards and
    scores outside the scale are left out of the view. Nothing is written to the shared document;
    the host's repair replaces this view when it comes. True when the view had to be fixed.

    With ``result`` (what just changed): when only items' contents changed and they still point at
    things that exist, nothing is scanned (1.3 ms of every colleague's keystroke on 1,000 cards).
    """
    if (result is not None and not result.structure_changed and not result.removed
            and not binding.patcher.provisional and _items_sound(binding.document.workspace, result)):
        return False
    fixed = _drop_unneeded_provisional(binding)
    for m in binding.document.workspace.maps:
        stage_ids = {s.id for s in m.stages}
        lane_ids = {lane.id for lane in m.lanes}
        wanted = [("stages", c.stage_id) for c in m.cards if c.stage_id not in stage_ids]
        wanted += [("lanes", c.lane_id) for c in m.cards if c.lane_id not in lane_ids]
        wanted += [("stages", p.stage_id) for p in m.emotion_points if p.stage_id not in stage_ids]
        for collection, item_id in dict.fromkeys(wanted):
            gone = binding.graveyard.get((m.id, collection, item_id))
            if gone is None:
                gone = (Stage(id=item_id, name="Recovered stage") if collection == "stages"
                        else Lane(id=item_id, kind=LaneKind.TEXT, title="Recovered lane"))
            getattr(m, collection).append(gone)
            binding.patcher.provisional.add((m.id, collection, item_id))
            fixed = True
        card_ids = {c.id for c in m.cards}
        kept = [c for c in m.connectors if c.from_card in card_ids and c.to_card in card_ids]
        if len(kept) != len(m.connectors):
            m.connectors[:] = kept
            fixed = True
        low, high = m.emotion_scale.minimum, m.emotion_scale.maximum
        for point in m.emotion_points:
            if not low <= point.score <= high:
                point.score = min(max(point.score, low), high)
                fixed = True
        for card in m.cards:
            if card.emotion is not None and not low <= card.emotion <= high:
                card.emotion = min(max(card.emotion, low), high)
                fixed = True
    return fixed


def _drop_unneeded_provisional(binding: Any) -> bool:
    """Take back a stage or lane shown only for a card that has since left it (moved away, deleted, undone).

    The host restores a stage only while something is in it; a view that kept showing it would
    differ from the room for good. True when one was taken back.
    """
    provisional = binding.patcher.provisional
    if not provisional:
        return False
    dropped = False
    maps = {m.id: m for m in binding.document.workspace.maps}
    for key in list(provisional):
        map_id, collection, item_id = key
        m = maps.get(map_id)
        if m is None:
            provisional.discard(key)
            continue
        entry = binding.root["maps"].get(map_id)
        if entry is not None and item_id in entry[collection]:
            # The room has it now (the host's repair): shown as the room holds it.
            binding.patcher.apply([Change("collection", map_id=map_id, name=collection)])
            dropped = True
            continue
        if collection == "stages":
            needed = any(c.stage_id == item_id for c in m.cards) or any(p.stage_id == item_id
                                                                          for p in m.emotion_points)
        else:
            needed = any(c.lane_id == item_id for c in m.cards)
        if not needed:
            items = getattr(m, collection)
            items[:] = [item for item in items if item.id != item_id]
            provisional.discard(key)
            dropped = True
    return dropped
