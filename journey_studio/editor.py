"""Every edit a user can make, as one undo entry on the document's stack.

The canvas, the inspector and the panels call these methods; they build
commands (which change the model only) and push them. Invalid values raise
:class:`InvalidEdit` with a message for the user, and change nothing.
"""

import copy
from collections.abc import Iterable, Sequence
from datetime import date
from itertools import compress, repeat
from operator import and_, attrgetter, eq
from typing import Any

from pydantic import BaseModel, ValidationError

from .analysis.future_state import future_copy, future_title
from .commands import Collection, InsertItems, Macro, MoveItem, RemoveItems, SetFields, Target
from .document import Document
from .model import (
    Card,
    Comment,
    Connector,
    ConnectorKind,
    EmotionPoint,
    EvidenceSource,
    JourneyMap,
    Lane,
    LaneKind,
    MapState,
    Persona,
    Stage,
    new_id,
)
from .theme import STAGE_PALETTE
from .translatable import TranslatableText
from .words import lane_kind_label, word

_STAGE_ID, _LANE_ID, _ORDER = attrgetter("stage_id"), attrgetter("lane_id"), attrgetter("order")

STAGE_COLOURS = STAGE_PALETTE
"""A new stage takes the next colour of the calm sequential palette (theme.py says why), not a rainbow."""


def tr(text: str, count: int | None = None, **values: object) -> TranslatableText:
    """An undo text or a refusal, translated each time it is shown (the language may change meanwhile)."""
    return TranslatableText("MapEditor", text, count, values)


class InvalidEdit(ValueError):
    """The value cannot be applied; ``str()`` says why, for the user, in the interface's language."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


def _number(value: float) -> str:
    return f"{value:g}"


def _field_names() -> dict[str, TranslatableText]:
    """The fields a refusal can name, as the forms call them."""
    return {
        "title": tr("title"), "body": tr("text"), "name": tr("name"), "label": tr("label"), "text": tr("text"),
        "owner": tr("owner"), "tags": tr("tags"), "colour": tr("colour"), "width": tr("width"),
        "height": tr("height"), "icon": tr("icon"), "score": tr("score"), "emotion": tr("emotion"),
        "reference": tr("reference"), "author": tr("author"), "role": tr("role"), "quote": tr("quote"),
        "age": tr("age"), "scenario": tr("scenario"), "description": tr("description"),
        "customer_goal": tr("customer goal"), "entered": tr("customers entering"),
        "completed": tr("customers completing"), "completion_rate": tr("completion rate"),
        "minimum": tr("minimum"), "maximum": tr("maximum"), "goals": tr("goals"),
        "motivations": tr("motivations"), "frustrations": tr("frustrations"), "behaviours": tr("behaviours"),
        "data_sources": tr("data sources"), "market": tr("market"), "company_goals": tr("company goals"),
        "customer_expectations": tr("customer expectations"), "date": tr("date"),
        "last_verified": tr("last verified"),
    }


def _refusal(error: ValidationError) -> TranslatableText:
    """The first problem pydantic found, worded for the user (pydantic's own words are English only)."""
    first = error.errors()[0]
    names = [str(part) for part in first["loc"] if not isinstance(part, int)]
    known = _field_names()
    field = known.get(names[-1], names[-1]) if names else ""
    limits = first.get("ctx") or {}
    kind = first["type"]
    if kind == "string_too_long":
        return tr("{field}: at most %n character(s)", int(limits["max_length"]), field=field)
    if kind == "too_long":
        return tr("{field}: at most %n item(s)", int(limits["max_length"]), field=field)
    if kind in ("greater_than_equal", "greater_than", "less_than_equal", "less_than"):
        limit = limits.get("ge", limits.get("gt", limits.get("le", limits.get("lt"))))
        words = {
            "greater_than_equal": tr("{field}: at least {limit}", field=field, limit=limit),
            "greater_than": tr("{field}: more than {limit}", field=field, limit=limit),
            "less_than_equal": tr("{field}: at most {limit}", field=field, limit=limit),
            "less_than": tr("{field}: less than {limit}", field=field, limit=limit),
        }
        return words[kind]
    if kind == "string_pattern_mismatch":
        return tr("{field}: not in the expected form", field=field)
    return tr("{field}: this value is not accepted ({problem})", field=field, problem=first["msg"])


def _validated(obj: BaseModel, changes: dict[str, Any]) -> BaseModel:
    """``obj`` with ``changes``, as the model accepts it; else InvalidEdit with the first refusal, worded."""
    try:
        return type(obj).model_validate({**obj.model_dump(), **changes})
    except ValidationError as error:
        raise InvalidEdit(_refusal(error)) from None


class MapEditor:
    def __init__(self, document: Document):
        self.document = document

    # -- plumbing --------------------------------------------------------------------------

    @property
    def workspace(self):
        return self.document.workspace

    @property
    def language(self) -> str:
        """The map's own language, for the names of new items (map content, not interface)."""
        return self.document.workspace.metadata.language

    @property
    def map(self) -> JourneyMap:
        journey_map = self.document.current_map
        if journey_map is None:
            raise InvalidEdit(tr("there is no map to edit"))
        return journey_map

    def _collection(self, name: str) -> Collection:
        return Collection(name, self.map.id)

    def _target(self, collection: str, item_id: str, part: str | None = None) -> Target:
        return Target(self._collection(collection), item_id, part=part)

    def _push(self, command) -> None:
        self.document.push(command)

    def _changes(self, target: Target, changes: dict[str, Any]) -> dict[str, Any]:
        """The ``changes`` that differ from what ``target`` holds now."""
        obj = target.resolve(self.workspace)
        return {k: v for k, v in changes.items() if getattr(obj, k) != v}

    def _apply(self, target: Target, changes: dict[str, Any], text: TranslatableText,
               merge_key: str | None = None) -> None:
        """Check and push: the fields of ``target`` that change, as one undo entry, if the model accepts them."""
        changes = self._changes(target, changes)
        if changes:
            _validated(target.resolve(self.workspace), changes)
            self._push(SetFields(self.workspace, target, changes, text, merge_key))

    def _set_fields(self, collection: str, item_id: str, changes: dict[str, Any], text: TranslatableText,
                    merge_key: str | None = None, part: str | None = None) -> None:
        target = self._target(collection, item_id, part)
        try:
            target.resolve(self.workspace)
        except LookupError:
            raise InvalidEdit(tr("that item is no longer on this map")) from None
        self._apply(target, changes, text, merge_key)

    # -- cards -----------------------------------------------------------------------------

    def cell_cards(self, stage_id: str, lane_id: str) -> list[Card]:
        """The cell's cards by (order, position in the map): found with comparisons run in C, since a drop on a
        10,000-card map asks for it and a walk in Python cost a few milliseconds."""
        cards = self.map.cards
        in_stage = map(eq, map(_STAGE_ID, cards), repeat(stage_id))
        in_cell = map(and_, in_stage, map(eq, map(_LANE_ID, cards), repeat(lane_id)))
        found = list(compress(cards, in_cell))
        return sorted(found, key=_ORDER)  # stable: equal orders keep their positions in the map

    def add_card(self, stage_id: str, lane_id: str, title: str = "", **fields: Any) -> str:
        if self.map.stage(stage_id) is None or self.map.lane(lane_id) is None:
            raise InvalidEdit(tr("a card needs an existing stage and lane"))
        existing = self.cell_cards(stage_id, lane_id)
        order = existing[-1].order + 1 if existing else 0
        card = Card(id=new_id("card"), stage_id=stage_id, lane_id=lane_id, order=order, title=title, **fields)
        inserts = [(self._collection("cards"), len(self.map.cards), card)]
        self._push(InsertItems(self.workspace, inserts, tr("Add card")))
        return card.id

    def set_card(self, card_id: str, changes: dict[str, Any], merge_key: str | None = None) -> None:
        if changes.get("emotion") is not None:
            self._check_score(changes["emotion"])
        self._set_fields("cards", card_id, changes, tr("Edit card"), merge_key)

    def set_card_evidence(self, card_id: str, changes: dict[str, Any], merge_key: str | None = None) -> None:
        self._set_fields("cards", card_id, changes, tr("Edit evidence"), merge_key, part="evidence")

    def _card_dependents(self, card_ids: set[str]) -> list[tuple[Collection, str]]:
        m = self.map
        removals = [(self._collection("connectors"), c.id) for c in m.connectors
                    if c.from_card in card_ids or c.to_card in card_ids]
        removals += [(self._collection("emotion_points"), p.id) for p in m.emotion_points if p.card_id in card_ids]
        return removals

    def remove_cards(self, card_ids: Iterable[str]) -> None:
        self.remove_items(card_ids=card_ids)

    def remove_items(self, card_ids: Iterable[str] = (), point_ids: Iterable[str] = (),
                     connector_ids: Iterable[str] = ()) -> None:
        """Delete cards (with their arrows and emotion points), emotion points and arrows as one undo entry."""
        m = self.map
        cards = [cid for cid in dict.fromkeys(card_ids) if m.card(cid) is not None]
        points = [pid for pid in dict.fromkeys(point_ids) if any(p.id == pid for p in m.emotion_points)]
        arrows = [cid for cid in dict.fromkeys(connector_ids) if any(c.id == cid for c in m.connectors)]
        removals = [(self._collection("cards"), cid) for cid in cards] + self._card_dependents(set(cards))
        removals += [(self._collection("emotion_points"), pid) for pid in points]
        removals += [(self._collection("connectors"), cid) for cid in arrows]
        if not removals:
            return
        kinds = sum(map(bool, (cards, points, arrows)))
        if kinds > 1:
            text = tr("Delete %n item(s)", len(cards) + len(points) + len(arrows))
        elif cards:
            text = tr("Delete %n card(s)", len(cards))
        elif points:
            text = tr("Delete emotion point")
        else:
            text = tr("Delete arrow")
        self._push(RemoveItems(self.workspace, removals, text))

    def move_cards(self, card_ids: Sequence[str], stage_id: str, lane_id: str, index: int | None = None) -> None:
        """Move cards into a cell, at ``index`` among the cards already there (end when None)."""
        m = self.map
        if m.stage(stage_id) is None or m.lane(lane_id) is None:
            raise InvalidEdit(tr("cards can only move to an existing stage and lane"))
        moving = [m.card(cid) for cid in card_ids if m.card(cid) is not None]
        if not moving:
            return
        moving_ids = {c.id for c in moving}
        staying = [c for c in self.cell_cards(stage_id, lane_id) if c.id not in moving_ids]
        index = len(staying) if index is None else max(0, min(index, len(staying)))
        moving.sort(key=lambda c: (m.stages.index(m.stage(c.stage_id)), c.order))
        final = staying[:index] + moving + staying[index:]
        macro = Macro(tr("Move %n card(s)", len(moving)))
        changed = False
        for order, card in enumerate(final):
            changes = {k: v for k, v in (("stage_id", stage_id), ("lane_id", lane_id), ("order", order))
                       if getattr(card, k) != v}
            if changes:
                macro.add(SetFields(self.workspace, self._target("cards", card.id), changes, ""))
                changed = True
        if changed:
            self._push(macro)

    def duplicate_cards(self, card_ids: Sequence[str]) -> list[str]:
        cards = [c for c in (self.map.card(cid) for cid in card_ids) if c is not None]
        return self.paste_cards(cards, keep_cells=True, duplicate=True)

    def paste_cards(self, cards: Sequence[Card], stage_id: str | None = None, lane_id: str | None = None,
                    keep_cells: bool = False, duplicate: bool = False) -> list[str]:
        """Insert copies with fresh ids: in their own cells when those exist here, else in the given cell."""
        m = self.map
        inserts = []
        new_ids = []
        next_order: dict[tuple[str, str], int] = {}
        for card in cards:
            target_stage, target_lane = card.stage_id, card.lane_id
            if not keep_cells or m.stage(target_stage) is None or m.lane(target_lane) is None:
                target_stage = stage_id or (m.stages[0].id if m.stages else None)
                target_lane = lane_id or (m.lanes[0].id if m.lanes else None)
            if target_stage is None or target_lane is None:
                raise InvalidEdit(tr("add a stage and a lane before pasting cards"))
            key = (target_stage, target_lane)
            if key not in next_order:
                existing = self.cell_cards(*key)
                next_order[key] = existing[-1].order + 1 if existing else 0
            # A copy is a new card: it has no counterpart in the current state (origin_id).
            copy_ = card.model_copy(deep=True, update={
                "id": new_id("card"), "stage_id": target_stage, "lane_id": target_lane, "order": next_order[key],
                "origin_id": None,
            })
            for comment in copy_.comments:  # the feedback travels with the card, under ids of its own
                comment.id = new_id("comment")
            next_order[key] += 1
            new_ids.append(copy_.id)
            inserts.append((self._collection("cards"), len(m.cards) + len(inserts), copy_))
        if inserts:
            text = tr("Duplicate %n card(s)", len(inserts)) if duplicate else tr("Paste %n card(s)", len(inserts))
            self._push(InsertItems(self.workspace, inserts, text))
        return new_ids

    # -- stages ----------------------------------------------------------------------------

    def add_stage(self, index: int | None = None, name: str | None = None) -> str:
        m = self.map
        name = word("new_stage", self.language) if name is None else name
        index = len(m.stages) if index is None else max(0, min(index, len(m.stages)))
        stage = Stage(id=new_id("stage"), name=name, colour=STAGE_COLOURS[len(m.stages) % len(STAGE_COLOURS)])
        self._push(InsertItems(self.workspace, [(self._collection("stages"), index, stage)], tr("Add stage")))
        return stage.id

    def set_stage(self, stage_id: str, changes: dict[str, Any], merge_key: str | None = None) -> None:
        self._set_fields("stages", stage_id, changes, tr("Edit stage"), merge_key)

    def set_stage_metrics(self, stage_id: str, changes: dict[str, Any], merge_key: str | None = None) -> None:
        self._set_fields("stages", stage_id, changes, tr("Edit stage metrics"), merge_key, part="metrics")

    def move_stage(self, stage_id: str, to_index: int) -> None:
        self._move_item("stages", stage_id, to_index, tr("Move stage"))

    def remove_stage(self, stage_id: str) -> None:
        m = self.map
        if m.stage(stage_id) is None:
            return
        card_ids = {c.id for c in m.cards if c.stage_id == stage_id}
        removals = [(self._collection("cards"), cid) for cid in card_ids] + self._card_dependents(card_ids)
        removals += [(self._collection("emotion_points"), p.id) for p in m.emotion_points if p.stage_id == stage_id]
        removals.append((self._collection("stages"), stage_id))
        self._push(RemoveItems(self.workspace, removals, tr("Delete stage")))

    # -- lanes -----------------------------------------------------------------------------

    def add_lane(self, kind: LaneKind = LaneKind.TEXT, title: str | None = None, index: int | None = None) -> str:
        m = self.map
        title = word("new_lane", self.language) if title is None else title
        index = len(m.lanes) if index is None else max(0, min(index, len(m.lanes)))
        lane = Lane(id=new_id("lane"), kind=kind, title=title)
        self._push(InsertItems(self.workspace, [(self._collection("lanes"), index, lane)], tr("Add lane")))
        return lane.id

    def set_lane(self, lane_id: str, changes: dict[str, Any], merge_key: str | None = None) -> None:
        self._set_fields("lanes", lane_id, changes, tr("Edit lane"), merge_key)

    def move_lane(self, lane_id: str, to_index: int) -> None:
        self._move_item("lanes", lane_id, to_index, tr("Move lane"))

    def remove_lane(self, lane_id: str) -> None:
        m = self.map
        if m.lane(lane_id) is None:
            return
        card_ids = {c.id for c in m.cards if c.lane_id == lane_id}
        removals = [(self._collection("cards"), cid) for cid in card_ids] + self._card_dependents(card_ids)
        removals.append((self._collection("lanes"), lane_id))
        self._push(RemoveItems(self.workspace, removals, tr("Delete lane")))

    def _move_item(self, collection: str, item_id: str, to_index: int, text: TranslatableText) -> None:
        items = getattr(self.map, collection)
        to_index = max(0, min(to_index, len(items) - 1))
        if self._collection(collection).index_of(self.workspace, item_id) != to_index:
            self._push(MoveItem(self.workspace, self._collection(collection), item_id, to_index, text))

    # -- emotion curve ---------------------------------------------------------------------

    def _check_scale_keeps_scores(self, scale: Any) -> None:
        low = scale["minimum"] if isinstance(scale, dict) else scale.minimum
        high = scale["maximum"] if isinstance(scale, dict) else scale.maximum
        scores = [p.score for p in self.map.emotion_points] + [
            c.emotion for c in self.map.cards if c.emotion is not None
        ]
        outside = [score for score in scores if not low <= score <= high]
        if outside:
            raise InvalidEdit(tr("this map has %n emotion(s) outside {low}…{high}: change them first",
                                 len(outside), low=_number(low), high=_number(high)))

    def _check_score(self, score: float) -> None:
        scale = self.map.emotion_scale
        if not scale.minimum <= score <= scale.maximum:
            raise InvalidEdit(tr("the score must be between {minimum} and {maximum}",
                                 minimum=_number(scale.minimum), maximum=_number(scale.maximum)))

    def add_emotion_point(self, stage_id: str, score: float, label: str = "", card_id: str | None = None,
                          persona_id: str | None = None) -> str:
        self._check_score(score)
        if self.map.stage(stage_id) is None:
            raise InvalidEdit(tr("an emotion point needs an existing stage"))
        point = EmotionPoint(id=new_id("emotion"), stage_id=stage_id, score=score, label=label,
                             card_id=card_id, persona_id=persona_id)
        m = self.map
        self._push(InsertItems(self.workspace, [(self._collection("emotion_points"), len(m.emotion_points), point)],
                               tr("Add emotion point")))
        return point.id

    def set_emotion_point(self, point_id: str, changes: dict[str, Any], merge_key: str | None = None) -> None:
        if "score" in changes:
            self._check_score(changes["score"])
        self._set_fields("emotion_points", point_id, changes, tr("Edit emotion"), merge_key)

    def remove_emotion_points(self, point_ids: Iterable[str]) -> None:
        self.remove_items(point_ids=point_ids)

    # -- connectors ------------------------------------------------------------------------

    def add_connector(self, from_card: str, to_card: str, kind: ConnectorKind = ConnectorKind.NEXT,
                      label: str = "") -> str:
        m = self.map
        if from_card == to_card or m.card(from_card) is None or m.card(to_card) is None:
            raise InvalidEdit(tr("an arrow joins two different cards"))
        connector = Connector(id=new_id("arrow"), from_card=from_card, to_card=to_card, kind=kind, label=label)
        self._push(InsertItems(self.workspace, [(self._collection("connectors"), len(m.connectors), connector)],
                               tr("Connect cards")))
        return connector.id

    def set_connector(self, connector_id: str, changes: dict[str, Any], merge_key: str | None = None) -> None:
        self._set_fields("connectors", connector_id, changes, tr("Edit arrow"), merge_key)

    def remove_connectors(self, connector_ids: Iterable[str]) -> None:
        self.remove_items(connector_ids=connector_ids)

    # -- maps of the workspace -------------------------------------------------------------

    def add_map(self, title: str | None = None, copy_structure: bool = True) -> str:
        """A new map after the others; it starts with the current map's stages and lanes (empty) when asked."""
        title = word("new_map", self.language) if title is None else title
        source = self.document.current_map
        stages = [s.model_copy(deep=True, update={"id": new_id("stage")}) for s in source.stages] if (
            copy_structure and source) else [Stage(id=new_id("stage"), name=word("first_stage", self.language))]
        lanes = [lane.model_copy(deep=True, update={"id": new_id("lane")}) for lane in source.lanes] if (
            copy_structure and source) else [Lane(id=new_id("lane"), kind=LaneKind.ACTIONS,
                                             title=lane_kind_label(LaneKind.ACTIONS, self.language))]
        journey_map = JourneyMap(id=new_id("map"), title=title, stages=stages, lanes=lanes,
                                 persona_ids=list(source.persona_ids) if source else [])
        maps = Collection("maps")
        self._push(InsertItems(self.workspace, [(maps, len(self.workspace.maps), journey_map)], tr("Add map")))
        return journey_map.id

    def remove_map(self, map_id: str) -> None:
        """Delete a map; links to it from other maps' cards and counterparts are cleared (undo restores them)."""
        if len(self.workspace.maps) <= 1:
            raise InvalidEdit(tr("a workspace keeps at least one map"))
        macro = Macro(tr("Delete map"))
        for other in self.workspace.maps:
            if other.id == map_id:
                continue
            if other.counterpart_id == map_id:
                macro.add(SetFields(self.workspace, Target(map_id=other.id), {"counterpart_id": None}, ""))
            for card in other.cards:
                if card.linked_map_id == map_id:
                    macro.add(SetFields(self.workspace, Target(Collection("cards", other.id), card.id),
                                        {"linked_map_id": None}, ""))
        macro.add(RemoveItems(self.workspace, [(Collection("maps"), map_id)], ""))
        self._push(macro)

    # -- the map, personas, business context -----------------------------------------------

    def set_map(self, changes: dict[str, Any], merge_key: str | None = None) -> None:
        target = Target(map_id=self.map.id)
        changes = self._changes(target, changes)
        if "persona_ids" in changes:
            known = {p.id for p in self.workspace.personas}
            if not set(changes["persona_ids"]) <= known:
                raise InvalidEdit(tr("a map can only name existing personas"))
        if "emotion_scale" in changes:
            self._check_scale_keeps_scores(changes["emotion_scale"])
        self._apply(target, changes, tr("Edit map"), merge_key)

    def set_business_context(self, changes: dict[str, Any], merge_key: str | None = None) -> None:
        self._apply(Target(part="business_context"), changes, tr("Edit business context"), merge_key)

    def add_persona(self, name: str | None = None, attach: bool = True) -> str:
        name = word("new_persona", self.language) if name is None else name
        persona = Persona(id=new_id("persona"), name=name)
        macro = Macro(tr("Add persona"))
        macro.add(InsertItems(self.workspace, [(Collection("personas"), len(self.workspace.personas), persona)], ""))
        if attach and self.document.current_map is not None:
            macro.add(SetFields(self.workspace, Target(map_id=self.map.id),
                      {"persona_ids": [*self.map.persona_ids, persona.id]}, ""))
        self._push(macro)
        return persona.id

    def set_persona(self, persona_id: str, changes: dict[str, Any], merge_key: str | None = None) -> None:
        self._apply(Target(Collection("personas"), persona_id), changes, tr("Edit persona"), merge_key)

    def remove_persona(self, persona_id: str) -> None:
        """Delete a persona, its emotion curves, and its mention on every map."""
        macro = Macro(tr("Delete persona"))
        for journey_map in self.workspace.maps:
            if persona_id in journey_map.persona_ids:
                macro.add(SetFields(self.workspace, Target(map_id=journey_map.id),
                          {"persona_ids": [p for p in journey_map.persona_ids if p != persona_id]}, ""))
            points = [(Collection("emotion_points", journey_map.id), p.id)
                      for p in journey_map.emotion_points if p.persona_id == persona_id]
            if points:
                macro.add(RemoveItems(self.workspace, points, ""))
        macro.add(RemoveItems(self.workspace, [(Collection("personas"), persona_id)], ""))
        self._push(macro)

    # -- the strategist's method: future state, comments, evidence --------------------------

    def create_future_state(self, map_id: str) -> str:
        """A future-state copy of map ``map_id`` after it, linked both ways; one undo entry.

        Every id is fresh; see ``analysis.future_state`` for what is copied.
        """
        source = next((m for m in self.workspace.maps if m.id == map_id), None)
        if source is None:
            raise InvalidEdit(tr("that map is no longer in the workspace"))
        if source.state is MapState.FUTURE:
            raise InvalidEdit(tr("this map already shows a future state"))
        counterpart = next((m for m in self.workspace.maps if m.id == source.counterpart_id), None)
        if counterpart is not None:
            raise InvalidEdit(tr("this map already has a future state: “{title}”", title=counterpart.title))
        future = future_copy(source, future_title(source.title, self.workspace.metadata.language))
        maps = Collection("maps")
        macro = Macro(tr("Create future state"))
        macro.add(InsertItems(self.workspace, [(maps, maps.index_of(self.workspace, source.id) + 1, future)], ""))
        macro.add(SetFields(self.workspace, Target(map_id=source.id), {"counterpart_id": future.id}, ""))
        self._push(macro)
        return future.id

    def _card(self, card_id: str) -> Card:
        card = self.map.card(card_id)
        if card is None:
            raise InvalidEdit(tr("that card is no longer on this map"))
        return card

    def add_comment(self, card_id: str, text: str, author: str = "", on: date | None = None) -> str:
        """Workshop feedback on a card, dated ``on`` (today by default); returns the comment's id."""
        if not text.strip():
            raise InvalidEdit(tr("a comment needs some text"))
        card = self._card(card_id)
        comment = Comment(id=new_id("comment"), author=author.strip(), date=on or date.today(), text=text.strip())
        self._set_fields("cards", card_id, {"comments": [*card.comments, comment]}, tr("Add comment"))
        return comment.id

    def set_comment(self, card_id: str, comment_id: str, changes: dict[str, Any],
                    merge_key: str | None = None) -> None:
        """Change a comment's author, date, text or resolved flag (the whole list is set: one undo entry)."""
        if "id" in changes:
            raise InvalidEdit(tr("a comment keeps its id"))
        if "text" in changes and not str(changes["text"]).strip():
            raise InvalidEdit(tr("a comment needs some text"))
        card = self._card(card_id)
        comments = list(card.comments)
        index = next((i for i, c in enumerate(comments) if c.id == comment_id), None)
        if index is None:
            raise InvalidEdit(tr("that comment is no longer on this card"))
        comments[index] = _validated(comments[index], changes)
        text = tr("Resolve comment") if changes == {"resolved": True} else tr("Reopen comment") if changes == {
            "resolved": False} else tr("Edit comment")
        self._set_fields("cards", card_id, {"comments": comments}, text, merge_key)

    def remove_comment(self, card_id: str, comment_id: str) -> None:
        card = self._card(card_id)
        kept = [c for c in card.comments if c.id != comment_id]
        if len(kept) != len(card.comments):
            self._set_fields("cards", card_id, {"comments": kept}, tr("Delete comment"))

    def mark_verified(self, card_ids: Iterable[str], on: date, point_ids: Iterable[str] = (),
                      source: EvidenceSource | None = None) -> None:
        """Record that the evidence of these cards and emotion points was checked ``on`` that day.

        One undo entry for the whole selection. An assumption becomes evidence only with the
        ``source`` that confirms it; without one, an assumption in the selection is refused.
        """
        m = self.map
        targets = [(self._target("cards", cid, "evidence"), self._card(cid).evidence)
                   for cid in dict.fromkeys(card_ids)]
        for pid in dict.fromkeys(point_ids):
            point = next((p for p in m.emotion_points if p.id == pid), None)
            if point is None:
                raise InvalidEdit(tr("that emotion point is no longer on this map"))
            targets.append((self._target("emotion_points", pid, "evidence"), point.evidence))
        if source is None and any(evidence.source is EvidenceSource.ASSUMPTION for _, evidence in targets):
            raise InvalidEdit(tr("say which source confirms an assumption before marking it verified"))
        macro = Macro(tr("Mark %n item(s) verified", len(targets)))
        for target, evidence in targets:
            changes: dict[str, Any] = {"last_verified": on}
            if source is not None:
                changes["source"] = EvidenceSource(source)
            changes = {k: v for k, v in changes.items() if getattr(evidence, k) != v}
            if changes:
                macro.add(SetFields(self.workspace, target, changes, ""))
        if len(macro):
            self._push(macro)

def copy_cards(cards: Iterable[Card]) -> list[Card]:
    return [copy.deepcopy(card) for card in cards]
