"""Hypothesis strategies: valid workspaces of every shape, and ways of damaging their files."""

import json
from datetime import UTC, timedelta, timezone
from typing import Any

from hypothesis import strategies as st

from journey_studio.model import (
    Avatar,
    BusinessContext,
    Card,
    Channel,
    Comment,
    Connector,
    ConnectorKind,
    EmotionPoint,
    EmotionScale,
    Evidence,
    EvidenceSource,
    JourneyMap,
    JourneyType,
    Lane,
    LaneKind,
    MapState,
    Metadata,
    Persona,
    PurchasePattern,
    Stage,
    StageMetrics,
    Workspace,
)
from journey_studio.model.journey_map import STAGE_ICONS
from tests.robustness.image_samples import avatar, jpeg_bytes, png_bytes

ANY_CHARACTER = st.characters(codec="utf-8")  # every code point but lone surrogates: NUL, RTL, emoji…


def text(max_size: int = 30) -> st.SearchStrategy[str]:
    return st.text(ANY_CHARACTER, max_size=max_size)


ZONES = st.sampled_from([UTC, timezone(timedelta(hours=2)), timezone(timedelta(hours=-5, minutes=-30))])
DATETIMES = st.none() | st.datetimes(timezones=st.none() | ZONES)
DATES = st.none() | st.dates()
AVATARS = st.sampled_from([
    Avatar(), Avatar(emoji="👩🏽‍💻"), avatar(png_bytes(5, 7)), avatar(jpeg_bytes(9, 4), "image/jpeg"),
])


class Ids:
    """Unique ids for one workspace: a drawn prefix (any allowed character) and a counter."""

    def __init__(self, prefix: str):
        self._prefix = prefix
        self._count = 0

    def __call__(self) -> str:
        self._count += 1
        return f"{self._prefix}{self._count}"


@st.composite
def evidence(draw) -> Evidence:
    return Evidence(source=draw(st.sampled_from(list(EvidenceSource))), reference=draw(text()),
                    last_verified=draw(DATES))


@st.composite
def workspaces(draw, max_maps: int = 2, max_cards: int = 8) -> Workspace:
    ids = Ids(draw(st.from_regex(r"[A-Za-z0-9_.:-]{1,8}", fullmatch=True)))
    personas = [
        Persona(
            id=ids(), name=draw(text()), avatar=draw(AVATARS),
            age=draw(st.none() | st.integers(0, 150)), role=draw(text()), quote=draw(text(200)),
            goals=draw(st.lists(text(), max_size=3)), frustrations=draw(st.lists(text(), max_size=3)),
            preferred_channels=draw(st.lists(st.sampled_from(list(Channel)), max_size=3)),
        )
        for _ in range(draw(st.integers(0, 3)))
    ]
    persona_ids = [p.id for p in personas]
    map_ids = [ids() for _ in range(draw(st.integers(0, max_maps)))]
    maps = [draw(journey_maps(ids, map_id, map_ids, persona_ids, max_cards)) for map_id in map_ids]
    return Workspace(
        metadata=Metadata(title=draw(text()), author=draw(text()),
                          language=draw(st.from_regex(r"[a-z]{2}(-[A-Z]{2})?", fullmatch=True)),
                          created=draw(DATETIMES), modified=draw(DATETIMES)),
        business_context=BusinessContext(company_goals=draw(st.lists(text(), max_size=3)), market=draw(text(200)),
                                         customer_expectations=draw(st.lists(text(), max_size=3))),
        personas=personas,
        maps=maps,
    )


@st.composite
def journey_maps(draw, ids: Ids, map_id: str, map_ids: list[str], persona_ids: list[str], max_cards: int) -> JourneyMap:
    low = draw(st.integers(-100, 99))
    high = draw(st.integers(low + 1, 100))
    in_scale = st.floats(low, high, allow_nan=False)
    stages = []
    for _ in range(draw(st.integers(0, 4))):
        entered = draw(st.none() | st.integers(0, 10**9))
        completed = draw(st.none() | st.integers(0, entered if entered is not None else 10**9))
        stages.append(
            Stage(
                id=ids(),
                name=draw(text()),
                description=draw(text(100)),
                colour=draw(st.from_regex(r"#[0-9A-Fa-f]{6}", fullmatch=True)),
                icon=draw(st.sampled_from(["", *sorted(STAGE_ICONS)])),
                width=draw(st.floats(120, 2000)),
                customer_goal=draw(text()),
                metrics=StageMetrics(
                    entered=entered, completed=completed, completion_rate=draw(st.none() | st.floats(0, 1))
                ),
            )
        )
    lanes = [Lane(id=ids(), kind=draw(st.sampled_from(list(LaneKind))), title=draw(text()),
                  height=draw(st.floats(40, 2000)), visible=draw(st.booleans()))
             for _ in range(draw(st.integers(0, 4)))]
    cards = []
    if stages and lanes:
        for order in range(draw(st.integers(0, max_cards))):
            cards.append(Card(
                id=ids(), stage_id=draw(st.sampled_from(stages)).id, lane_id=draw(st.sampled_from(lanes)).id,
                order=order, title=draw(text()), body=draw(text(200)),
                channel=draw(st.none() | st.sampled_from(list(Channel))), online=draw(st.none() | st.booleans()),
                owner=draw(text()), emotion=draw(st.none() | in_scale), tags=draw(st.lists(text(10), max_size=3)),
                colour=draw(st.none() | st.from_regex(r"#[0-9A-Fa-f]{6}", fullmatch=True)),
                critical=draw(st.booleans()), evidence=draw(evidence()),
                comments=[Comment(id=ids(), author=draw(text()), date=draw(DATES), text=draw(text(100)),
                                  resolved=draw(st.booleans())) for _ in range(draw(st.integers(0, 2)))],
                linked_map_id=draw(st.none() | st.sampled_from(map_ids)),
            ))
    points = []
    if stages:
        for _ in range(draw(st.integers(0, 4))):
            points.append(EmotionPoint(
                id=ids(), stage_id=draw(st.sampled_from(stages)).id,
                card_id=draw(st.none() | st.sampled_from([c.id for c in cards] or [None])),
                score=draw(in_scale), label=draw(text()),
                persona_id=draw(st.none() | st.sampled_from(persona_ids or [None])), evidence=draw(evidence()),
            ))
    connectors = []
    if len(cards) >= 2:
        for _ in range(draw(st.integers(0, 3))):
            ends = draw(st.lists(st.sampled_from([c.id for c in cards]), min_size=2, max_size=2, unique=True))
            connectors.append(Connector(id=ids(), from_card=ends[0], to_card=ends[1],
                                        kind=draw(st.sampled_from(list(ConnectorKind))), label=draw(text())))
    return JourneyMap(
        id=map_id, title=draw(text()), persona_ids=draw(st.lists(st.sampled_from(persona_ids), unique=True))
        if persona_ids else [],
        journey_type=draw(st.sampled_from(list(JourneyType))),
        purchase_pattern=draw(st.sampled_from(list(PurchasePattern))),
        state=draw(st.sampled_from(list(MapState))),
        counterpart_id=draw(st.none() | st.sampled_from(map_ids)), scenario=draw(text(100)),
        emotion_scale=EmotionScale(minimum=low, maximum=high), stages=stages, lanes=lanes, cards=cards,
        emotion_points=points, connectors=connectors, tags=draw(st.lists(text(10), max_size=3)),
    )


# -- damage ----------------------------------------------------------------------------------

REPLACEMENTS: list[Any] = [None, True, False, 0, -1, 1.5, -1e308, 2**70, "", "x" * 600, "#zzzzzz", [], {},
                           [None], {"id": "x"}, "9999-99-99", "card-1"]


def paths(document: Any, prefix: tuple = ()) -> list[tuple]:
    """Every place in a parsed JSON document, as a tuple of keys and indexes."""
    found = [prefix]
    if isinstance(document, dict):
        for key, value in document.items():
            found.extend(paths(value, (*prefix, key)))
    elif isinstance(document, list):
        for index, value in enumerate(document):
            found.extend(paths(value, (*prefix, index)))
    return found


def _parent(document: Any, path: tuple) -> Any:
    for part in path[:-1]:
        document = document[part]
    return document


@st.composite
def damaged(draw, data: bytes) -> bytes:
    """``data`` (a valid file) after one random kind of damage."""
    kind = draw(st.sampled_from(["flip", "truncate", "insert", "delete-key", "swap-type", "duplicate"]))
    if kind == "flip":
        result = bytearray(data)
        for _ in range(draw(st.integers(1, 4))):
            result[draw(st.integers(0, len(result) - 1))] = draw(st.integers(0, 255))
        return bytes(result)
    if kind == "truncate":
        return data[: draw(st.integers(0, len(data) - 1))]
    if kind == "insert":
        at = draw(st.integers(0, len(data)))
        return (
            data[:at]
            + draw(st.sampled_from([b"{", b"]", b",", b'"', b"\\", b"NaN", b"\xff", b"\x00", b"1e999"]))
            + data[at:]
        )
    document = json.loads(data)
    places = [p for p in paths(document) if p]
    if not places:
        return b"{}"
    path = draw(st.sampled_from(places))
    parent = _parent(document, path)
    if kind == "delete-key":
        del parent[path[-1]]
    elif kind == "swap-type":
        parent[path[-1]] = draw(st.sampled_from(REPLACEMENTS))
    elif isinstance(parent, list):
        parent.insert(path[-1], json.loads(json.dumps(parent[path[-1]])))
    else:
        parent[path[-1]] = [parent[path[-1]], parent[path[-1]]]
    return json.dumps(document, ensure_ascii=draw(st.booleans())).encode("utf-8")
