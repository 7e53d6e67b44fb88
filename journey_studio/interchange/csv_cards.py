"""Cards as a spreadsheet table: one row per card, in and out.

Out: UTF-8 with a byte-order mark (Excel then reads accents right), and any
text cell that starts with ``=``, ``+``, ``-``, ``@``, tab or carriage return, after
any spaces or line breaks, is prefixed with ``'`` so a spreadsheet shows it instead
of running it as a formula.

In: the header names the columns (English or French, any case and order;
``stage`` and ``title`` are required); ``,``, ``;`` (Excel in French) and tab
separators are recognised. A new workspace gets its maps, stages and lanes from
the table; cards added to an existing map must name its stages and lanes. Every
row that cannot be taken is reported with its row number (as the spreadsheet
numbers it) and the reason, and the other rows are imported.
"""

import csv
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date

from pydantic import ValidationError

from ..model import (
    Card,
    Channel,
    Evidence,
    EvidenceSource,
    JourneyMap,
    Lane,
    LaneKind,
    Stage,
    Workspace,
    new_id,
)
from ..model.journey_map import MAX_ITEMS
from ..model.workspace import Metadata
from ..words import LANE_KINDS, channel_label
from . import ImportResult
from .limits import (
    MAX_IMPORTED_CARDS,
    MAX_LANES,
    MAX_MAPS,
    MAX_NAME,
    MAX_PROBLEMS,
    MAX_STAGES,
    ImportLimitExceeded,
    shown,
)

COLUMNS = (
    "map", "stage", "lane", "title", "body", "channel", "online", "emotion", "owner", "tags",
    "evidence source", "reference", "last verified",
)
REQUIRED = ("stage", "title")
_ALIASES = {
    "carte": "map", "étape": "stage", "etape": "stage", "couloir": "lane", "titre": "title", "texte": "body",
    "description": "body", "canal": "channel", "en ligne": "online", "émotion": "emotion",
    "responsable": "owner", "propriétaire": "owner", "étiquettes": "tags", "source": "evidence source",
    "evidence": "evidence source", "source de la preuve": "evidence source", "evidence reference": "reference",
    "référence": "reference", "verified": "last verified", "vérifié le": "last verified",
    "dernière vérification": "last verified",
}
_DANGEROUS = re.compile(r"'*\s*[=+\-@\t\r]")
"""Formula-like: spreadsheets skip leading spaces and line breaks, so " =1+1" and "\\n=1+1" are formulas too."""
_NEUTRALISED = re.compile(r"'+\s*[=+\-@\t\r]")
_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?")
_YES = {"yes", "y", "true", "1", "oui", "o", "vrai", "online", "en ligne"}
_NO = {"no", "n", "false", "0", "non", "faux", "offline", "hors ligne"}
_LANE_SYNONYMS = {LaneKind.ACTIONS: ("action",), LaneKind.PAIN_POINTS: ("points de douleur", "points de friction")}
"""Lane titles a spreadsheet may use beside the catalogue's names (``words.LANE_KINDS``, both languages)."""
_LANE_WORDS = {
    kind: tuple(name.casefold() for name in names) + _LANE_SYNONYMS.get(kind, ())
    for kind, names in LANE_KINDS.items() if kind is not LaneKind.TEXT
}


class CsvFormatError(ValueError):
    """The table as a whole cannot be read (no header, required columns missing)."""


class RowError(ValueError):
    """One row cannot be taken; the message says why."""


# -- export ----------------------------------------------------------------------------------


def neutralise(value: str) -> str:
    """A cell a spreadsheet will not run: formula-like text gets a leading apostrophe."""
    return "'" + value if _DANGEROUS.match(value) else value


def restore(value: str) -> str:
    """The inverse of :func:`neutralise`."""
    return value[1:] if _NEUTRALISED.match(value) else value


def cards_csv(workspace: Workspace, maps: Iterable[JourneyMap]) -> bytes:
    """Every card of ``maps``, one row each, stage by stage, as UTF-8 CSV with a BOM."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for journey_map in maps:
        stages = {s.id: (i, s.name) for i, s in enumerate(journey_map.stages)}
        lanes = {lane.id: (i, lane.title) for i, lane in enumerate(journey_map.lanes)}
        cards = sorted(
            journey_map.cards,
            key=lambda c: (stages.get(c.stage_id, (len(stages), ""))[0], lanes.get(c.lane_id, (len(lanes), ""))[0],
                           c.order),
        )
        for card in cards:
            emotion = f"{card.emotion:g}" if card.emotion is not None else ""
            online = "" if card.online is None else "yes" if card.online else "no"
            verified = card.evidence.last_verified.isoformat() if card.evidence.last_verified else ""
            texts = [
                journey_map.title, stages.get(card.stage_id, (0, card.stage_id))[1],
                lanes.get(card.lane_id, (0, card.lane_id))[1], card.title, card.body,
                card.channel.value if card.channel else "", online,
            ]
            tail = [card.owner, ", ".join(card.tags), card.evidence.source.value, card.evidence.reference, verified]
            writer.writerow([neutralise(v) for v in texts] + [emotion] + [neutralise(v) for v in tail])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


# -- import ----------------------------------------------------------------------------------


@dataclass
class _Target:
    """The map rows go into, and how a row's stage and lane names find (or make) theirs.

    Names are found through dictionaries and each cell's next order is kept, so every row costs the
    same however many came before: 20,000 rows no longer rescan the cards already taken.
    """

    journey_map: JourneyMap
    creating: bool
    cards: list[Card] = field(default_factory=list)
    _stages: dict[str, Stage] = field(default_factory=dict)
    _lanes: dict[str, Lane] = field(default_factory=dict)
    _next_order: dict[tuple[str, str], int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for stage in self.journey_map.stages:
            self._stages.setdefault(stage.name.strip().casefold(), stage)
        for lane in self.journey_map.lanes:
            self._lanes.setdefault(lane.title.strip().casefold(), lane)
        for card in self.journey_map.cards:
            cell = (card.stage_id, card.lane_id)
            self._next_order[cell] = max(self._next_order.get(cell, 0), card.order + 1)

    def stage(self, name: str) -> Stage:
        key = name.strip().casefold()
        found = self._stages.get(key) or next((s for s in self.journey_map.stages if s.id == name.strip()), None)
        if found is not None:
            return found
        if not self.creating:
            known = ", ".join(shown(s.name, 40) for s in self.journey_map.stages[:20]) or "none"
            raise RowError(f"unknown stage {shown(name)} (the map's stages: {known})")
        _check_name("stage", name)
        if len(self.journey_map.stages) >= MAX_STAGES:
            raise RowError(f"the stage {shown(name)} would be stage {MAX_STAGES + 1}; a map holds at most "
                           f"{MAX_STAGES} stages")
        stage = Stage(id=new_id("stage"), name=name.strip())
        self.journey_map.stages.append(stage)
        self._stages[key] = stage
        return stage

    def lane(self, name: str) -> Lane:
        lanes = self.journey_map.lanes
        if not name.strip():
            found = next((lane for lane in lanes if lane.kind is LaneKind.ACTIONS), lanes[0] if lanes else None)
            if found is not None:
                return found
            name = "Actions"
        key = name.strip().casefold()
        existing = self._lanes.get(key) or next((lane for lane in lanes if lane.id == name.strip()), None)
        if existing is not None:
            return existing
        kind = _lane_kind(key)
        if not self.creating:
            by_kind = [lane for lane in lanes if lane.kind is kind and kind is not LaneKind.TEXT]
            if len(by_kind) == 1:
                return by_kind[0]
            known = ", ".join(shown(lane.title, 40) for lane in lanes[:20]) or "none"
            raise RowError(f"unknown lane {shown(name)} (the map's lanes: {known})")
        _check_name("lane", name)
        if len(lanes) >= MAX_LANES:
            raise RowError(f"the lane {shown(name)} would be lane {MAX_LANES + 1}; a map holds at most "
                           f"{MAX_LANES} lanes")
        lane = Lane(id=new_id("lane"), kind=kind, title=name.strip())
        lanes.append(lane)
        self._lanes[key] = lane
        return lane

    def next_order(self, stage: Stage, lane: Lane) -> int:
        """The order of a new card at the bottom of its cell (and counts it)."""
        cell = (stage.id, lane.id)
        order = self._next_order.get(cell, 0)
        self._next_order[cell] = order + 1
        return order


def _check_name(kind: str, name: str) -> None:
    if len(name.strip()) > MAX_NAME:
        raise RowError(f"the {kind} name {shown(name.strip(), 40)} is {len(name.strip())} characters long; "
                       f"at most {MAX_NAME}")


def import_cards_csv(
    text: str, language: str = "en", into: Workspace | None = None, map_key: str | None = None,
    default_map: str = "",
) -> ImportResult:
    """Cards from CSV ``text``: into a new workspace, or added to ``into``'s map ``map_key``."""
    _check_row_count(text)
    rows = _rows(text)
    first = next(rows)
    header = [_column(name) for name in first]
    missing = [name for name in REQUIRED if name not in header]
    if missing:
        found = ", ".join(shown(h, 40) for h in first[:40] if h.strip()) or "none"
        raise CsvFormatError(f"missing column(s) {', '.join(missing)} (the header has: {found})")
    index = {name: header.index(name) for name in COLUMNS if name in header}
    language = "fr" if language.startswith("fr") else "en"
    workspace = into.model_copy(deep=True) if into is not None else Workspace(metadata=Metadata(language=language))
    targets: dict[str, _Target] = {}
    if into is not None:
        journey_map = workspace.find_map(map_key)
        if journey_map is None:
            raise CsvFormatError(f"the workspace has no map {map_key!r}")
        targets[""] = _Target(journey_map, creating=False)
    problems: list[str] = []
    left_out = 0
    imported = 0
    for number, row in enumerate(rows, start=2):
        if not any(cell.strip() for cell in row):
            continue
        try:
            if len(row) > len(header) and any(cell.strip() for cell in row[len(header):]):
                raise RowError(f"has {len(row)} cells but the header names {len(header)} columns "
                               "(a text with the separator in it needs quotes)")
            values = {name: restore(row[i]) if i < len(row) else "" for name, i in index.items()}
            target = _target_for(values.get("map", ""), targets, workspace, into, default_map or "Cards")
            if len(target.journey_map.cards) + len(target.cards) >= MAX_ITEMS:
                raise RowError(f"the map already holds {MAX_ITEMS} cards, the most a map can")
            target.cards.append(_card(values, target, language))
            imported += 1
        except RowError as error:
            left_out += 1
            if len(problems) < MAX_PROBLEMS:
                problems.append(f"row {number}: {error}")
    if left_out > len(problems):
        problems.append(f"… and {left_out - len(problems)} more rows left out")
    for target in targets.values():
        target.journey_map.cards.extend(target.cards)
    if into is None:
        workspace.maps.extend(t.journey_map for t in targets.values())
        if workspace.maps:
            workspace.metadata.title = workspace.maps[0].title
    summary = f"imported {imported} card(s) into {len(targets)} map(s)"
    if left_out:
        summary += f"; {left_out} row(s) left out"
    return ImportResult(Workspace.model_validate(workspace.model_dump()), problems, [], summary)


def _check_row_count(text: str) -> None:
    """ImportLimitExceeded, before any card is made, when the table has more rows than one import takes.

    Counting rows with the C reader costs a fraction of making their cards; refusing at the end
    would spend the whole import first.
    """
    count = 0
    for number, row in enumerate(_rows(text), start=1):
        if number > 1 and any(cell.strip() for cell in row):
            count += 1
            if count > MAX_IMPORTED_CARDS:
                raise ImportLimitExceeded(
                    f"row {number}: the table holds more than {MAX_IMPORTED_CARDS:,} cards, the most one import "
                    "takes (split it into several files)")


def _rows(text: str) -> Iterator[list[str]]:
    """The table's rows, read as they are used (a 32 MB table is never held as lists of cells twice)."""
    first_line = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader, None)
        if header is None or not any(cell.strip() for cell in header):
            raise CsvFormatError("has no header row (expected: " + ", ".join(COLUMNS) + ")")
        yield header
        yield from reader
    except csv.Error as error:
        raise CsvFormatError(f"is not a readable CSV table (line {reader.line_num}: {error})") from None


def _column(name: str) -> str:
    key = " ".join(name.strip().lstrip("\ufeff").replace("_", " ").replace("-", " ").casefold().split())
    return _ALIASES.get(key, key)


def _target_for(name: str, targets: dict[str, _Target], workspace: Workspace, into: Workspace | None,
                default: str) -> _Target:
    if into is not None:
        target = targets[""]
        title = target.journey_map.title
        if name.strip() and name.strip().casefold() != title.strip().casefold():
            raise RowError(f"belongs to the map {name!r}, not to {title!r} (choose it with --map)")
        return target
    title = name.strip() or default
    key = title.casefold()
    if key not in targets:
        _check_name("map", title)
        if len(targets) >= MAX_MAPS:
            raise RowError(f"the map {shown(title)} would be map {MAX_MAPS + 1}; a file holds at most {MAX_MAPS} maps")
        targets[key] = _Target(JourneyMap(id=new_id("map"), title=title[:500]), creating=True)
    return targets[key]


def _card(values: dict[str, str], target: _Target, language: str) -> Card:
    """The row's card; a RowError naming every cell that is wrong, not just the first."""
    errors: list[str] = []

    def read(parse, *args):
        try:
            return parse(*args)
        except RowError as error:
            errors.append(str(error))
            return None

    title = values.get("title", "").strip()
    if not title:
        errors.append("the title is empty")
    stage_name = values.get("stage", "")
    if not stage_name.strip():
        errors.append("the stage is empty")
    stage = read(target.stage, stage_name) if stage_name.strip() else None
    lane = read(target.lane, values.get("lane", ""))
    fields = dict(
        title=title, body=values.get("body", ""), owner=values.get("owner", "").strip(),
        channel=read(_channel, values.get("channel", "")), online=read(_online, values.get("online", "")),
        emotion=read(_emotion, values.get("emotion", ""), target.journey_map),
        tags=[tag.strip() for tag in values.get("tags", "").split(",") if tag.strip()],
    )
    source = read(_source, values.get("evidence source", ""))
    verified = read(_date, values.get("last verified", ""))
    if errors:
        raise RowError("; ".join(errors))
    evidence = dict(source=source, reference=values.get("reference", "").strip(), last_verified=verified)
    try:
        card = Card(id=new_id("card"), stage_id=stage.id, lane_id=lane.id, order=0, evidence=Evidence(**evidence),
                    **fields)
        card.order = target.next_order(stage, lane)
        return card
    except ValidationError as error:
        detail = error.errors()[0]
        where = ".".join(str(part) for part in detail["loc"])
        raise RowError(f"{where}: {detail['msg']}") from None


def _channel(value: str) -> Channel | None:
    key = value.strip().casefold()
    if not key:
        return None
    for channel in Channel:
        names = {channel.value, channel.value.replace("_", " "), channel_label(channel, "fr").casefold(),
                 channel_label(channel, "en").casefold()}
        if key in names:
            return channel
    raise RowError(f"unknown channel {value!r} (known: {', '.join(c.value for c in Channel)})")


def _online(value: str) -> bool | None:
    key = value.strip().casefold()
    if not key:
        return None
    if key in _YES:
        return True
    if key in _NO:
        return False
    raise RowError(f"online must be yes or no, not {value!r}")


def _emotion(value: str, journey_map: JourneyMap) -> float | None:
    text = value.strip()
    if not text:
        return None
    if not _NUMBER.fullmatch(text):
        raise RowError(f"the emotion {value!r} is not a number")
    emotion = float(text.replace(",", "."))
    scale = journey_map.emotion_scale
    if not scale.minimum <= emotion <= scale.maximum:
        raise RowError(f"the emotion {emotion:g} is outside the map's scale {scale.minimum}…{scale.maximum}")
    return emotion


def _source(value: str) -> EvidenceSource:
    key = value.strip().casefold().replace(" ", "_")
    if not key:
        return EvidenceSource.ASSUMPTION
    try:
        return EvidenceSource(key)
    except ValueError:
        known = ", ".join(s.value for s in EvidenceSource)
        raise RowError(f"unknown evidence source {value!r} (known: {known})") from None


def _date(value: str) -> date | None:
    text = value.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise RowError(f"last verified {value!r} is not a date like 2024-06-30") from None


def _lane_kind(title: str) -> LaneKind:
    key = title.strip().casefold().replace("_", " ")
    for kind, words in _LANE_WORDS.items():
        if key in words or key == kind.value.replace("_", " "):
            return kind
    return LaneKind.TEXT
