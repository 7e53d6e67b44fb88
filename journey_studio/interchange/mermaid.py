"""Journey maps as Mermaid ``journey`` diagrams, and back.

Export: sections are stages, tasks are the customer's actions (the cards of the
actions lanes; every card when a map has none), each scored on Mermaid's 1–5
satisfaction scale from the map's emotion scale, with the personas who feel it
(or the card's owner) as actors. Mermaid's grammar forbids ``:``, ``#`` and
``;`` in names: they are written as look-alike characters (꞉ ＃ ；), and a name
that starts with a Mermaid keyword gets an invisible word joiner in front.

Import: sections become stages, tasks become cards in an "Actions" lane with
their emotion, actors become personas, and each scored task puts a point on
the emotion curve for each of its actors. Scores outside 1–5 (Mermaid draws
them anyway) are clamped, and the import says so.
"""

import math
import re
from collections import defaultdict
from statistics import fmean

from ..model import (
    Card,
    EmotionPoint,
    JourneyMap,
    Lane,
    LaneKind,
    Persona,
    Stage,
    Workspace,
    new_id,
)
from ..model.base import MAX_TEXT
from ..model.workspace import Metadata
from ..words import lane_kind_label, word
from . import ImportResult
from .limits import MAX_PERSONAS, MAX_POINTS_PER_MAP, ImportLimitExceeded, shown
from .mermaid_parser import MermaidJourney, MermaidSyntaxError, parse_journey

SCALE_MIN, SCALE_MAX = 1, 5
WORD_JOINER = "\u2060"
SHORT_TEXT = 500
_LOOKALIKES = str.maketrans({":": "\ua789", "#": "\uff03", ";": "\uff1b", "\n": " ", "\r": " ", "\t": " "})
_KEYWORD_START = re.compile(r"(journey|title\s|section\s|acctitle|accdescr)", re.IGNORECASE)

__all__ = ["MermaidSyntaxError", "import_mermaid", "journey_to_workspace", "mermaid_text", "parse_journey"]


# -- export ----------------------------------------------------------------------------------


def mermaid_text(workspace: Workspace, journey_map: JourneyMap) -> str:
    """``journey_map`` as Mermaid journey text that Mermaid's own parser accepts."""
    lines = [f"%% {_clean(journey_map.title)} (Journey Studio)", "journey"]
    if journey_map.title.strip():
        lines.append(f"    title {_clean(journey_map.title)}")
    if journey_map.scenario.strip():
        lines.append(f"    accDescr: {_clean(journey_map.scenario)}")
    names = {p.id: p.name for p in workspace.personas}
    lo, hi = journey_map.emotion_scale.minimum, journey_map.emotion_scale.maximum
    for stage, cards in _tasks_by_stage(journey_map):
        lines.append(f"    section {_name(stage.name, 'Stage')}")
        for card, (emotion, persona_ids) in zip(cards, _task_emotions(journey_map, stage, cards), strict=True):
            score = SCALE_MIN + (SCALE_MAX - SCALE_MIN) * (emotion - lo) / (hi - lo) if emotion is not None else 3
            actors = [_name(names[p], "Persona").replace(",", "\u201a") for p in persona_ids if p in names]
            if not actors and card.owner.strip():
                actors = [_name(card.owner, "Owner").replace(",", "\u201a")]
            task = f"        {_name(card.title, 'Task')}: {_score(score)}"
            lines.append(task + (f": {', '.join(actors)}" if actors else ""))
    return "\n".join(lines) + "\n"


def _clean(text: str) -> str:
    """One line, no comment or statement breaks."""
    return " ".join(text.replace("#", "\uff03").replace(";", "\uff1b").split())


def _name(text: str, fallback: str) -> str:
    """A section, task or actor name Mermaid reads back as it is."""
    name = " ".join(text.translate(_LOOKALIKES).split())
    while "%%" in name:
        name = name.replace("%%", "%")
    name = name or fallback
    return WORD_JOINER + name if _KEYWORD_START.match(name) else name


def _score(value: float) -> str:
    value = min(max(value, SCALE_MIN), SCALE_MAX)
    return f"{round(value, 2):g}"


def _tasks_by_stage(journey_map: JourneyMap) -> list[tuple[Stage, list[Card]]]:
    """Each stage with its task cards: the actions lanes' cards, in lane then card order."""
    lane_order = {lane.id: i for i, lane in enumerate(journey_map.lanes)}
    action_lanes = {lane.id for lane in journey_map.lanes if lane.kind is LaneKind.ACTIONS}
    cards = [c for c in journey_map.cards if c.lane_id in action_lanes] or list(journey_map.cards)
    by_stage: dict[str, list[Card]] = defaultdict(list)
    for card in sorted(cards, key=lambda c: (lane_order.get(c.lane_id, 0), c.order)):
        by_stage[card.stage_id].append(card)
    return [(stage, by_stage.get(stage.id, [])) for stage in journey_map.stages]


def _task_emotions(
    journey_map: JourneyMap, stage: Stage, cards: list[Card],
) -> list[tuple[float | None, list[str]]]:
    """Each card's emotion and the personas who feel it.

    The points for a card are those placed on it, else the stage's free points
    labelled with its title, else — when each persona has one free point per
    card — the persona's point at the card's rank (the curve runs left to right
    as the cards run top to bottom). The emotion is the mean of the points placed
    on the card, else the card's own emotion, else the mean of its points, else
    the stage's mean mood (all its points), else neutral.
    """
    on_card: dict[str, list[EmotionPoint]] = defaultdict(list)
    free: dict[str | None, list[EmotionPoint]] = defaultdict(list)
    for point in journey_map.emotion_points:
        if point.stage_id != stage.id:
            continue
        if point.card_id is not None:
            on_card[point.card_id].append(point)
        else:
            free[point.persona_id].append(point)
    everyone = [p for points in free.values() for p in points]
    by_label: dict[str, list[EmotionPoint]] = defaultdict(list)
    for point in everyone:
        by_label[point.label.strip()].append(point)
    ranked = bool(free) and all(len(points) == len(cards) for points in free.values())
    every_point = everyone + [p for points in on_card.values() for p in points]
    stage_mean = fmean(p.score for p in every_point) if every_point else None
    result = []
    for index, card in enumerate(cards):
        points = (on_card.get(card.id) or by_label.get(card.title.strip())
                  or ([points[index] for points in free.values()] if ranked else []))
        if on_card.get(card.id) or (card.emotion is None and points):
            emotion = fmean(p.score for p in points)
        else:
            emotion = card.emotion if card.emotion is not None else stage_mean
        result.append((emotion, [p.persona_id for p in points if p.persona_id]))
    return result


# -- import ----------------------------------------------------------------------------------


def import_mermaid(text: str, language: str = "en") -> ImportResult:
    """A new workspace from Mermaid journey text; MermaidSyntaxError when Mermaid would refuse it."""
    journey = parse_journey(text)
    return journey_to_workspace(journey, language)


def journey_to_workspace(journey: MermaidJourney, language: str = "en") -> ImportResult:
    notices: list[str] = []
    _check_limits(journey)
    actors: dict[str, Persona] = {}
    for section in journey.sections:
        for task in section.tasks:
            for actor in task.actors:
                name = _short(_imported(actor), notices, task.line)
                if name not in actors:
                    actors[name] = Persona(id=new_id("persona"), name=name, role=word("mermaid_persona_role", language))
    actions = Lane(id=new_id("lane"), kind=LaneKind.ACTIONS, title=lane_kind_label(LaneKind.ACTIONS, language))
    emotions = Lane(id=new_id("lane"), kind=LaneKind.EMOTIONS, title=lane_kind_label(LaneKind.EMOTIONS, language))
    stages, cards, points = [], [], []
    for section in journey.sections:
        name = _imported(section.name) or word("mermaid_no_section", language)
        stage = Stage(id=new_id("stage"), name=_short(name, notices, 0))
        stages.append(stage)
        for order, task in enumerate(section.tasks):
            title = _short(_imported(task.name), notices, task.line)
            card = Card(id=new_id("card"), stage_id=stage.id, lane_id=actions.id, order=order, title=title)
            score = _task_score(task, notices)
            if score is not None:
                card.emotion = score - 3  # Mermaid's 1…5 onto the map's −2…+2
                for actor in task.actors or [None]:
                    persona = actors.get(_short(_imported(actor), [], 0)) if actor else None
                    # Labelled with the task: the face under the curve says which task it is.
                    points.append(EmotionPoint(id=new_id("point"), stage_id=stage.id, score=card.emotion,
                                               label=title, persona_id=persona.id if persona else None))
            cards.append(card)
    title = journey.title or journey.acc_title or word("mermaid_untitled", language)
    journey_map = JourneyMap(
        id=new_id("map"), title=_short(title, notices, 0), persona_ids=[p.id for p in actors.values()],
        scenario=journey.acc_description[:MAX_TEXT], stages=stages, lanes=[actions, emotions], cards=cards,
        emotion_points=points,
    )
    workspace = Workspace(
        metadata=Metadata(title=journey_map.title, language="fr" if language.startswith("fr") else "en"),
        personas=list(actors.values()), maps=[journey_map],
    )
    summary = (f"imported {title!r}: {len(stages)} stage(s), {len(cards)} card(s), "
               f"{len(actors)} persona(s)")
    return ImportResult(workspace, [], notices, summary)


def _check_limits(journey: MermaidJourney) -> None:
    """ImportLimitExceeded at the first line that takes the journey beyond what one map holds."""
    actors: set[str] = set()
    points = 0
    for section in journey.sections:
        for task in section.tasks:
            for actor in task.actors:
                actors.add(_short(_imported(actor), [], 0))
                if len(actors) > MAX_PERSONAS:
                    raise ImportLimitExceeded(
                        f"line {task.line}: the actor {shown(actor)} is actor {len(actors)}; a map has at most "
                        f"{MAX_PERSONAS} personas, and each actor becomes one")
            points += max(1, len(task.actors)) if not math.isnan(task.score) else 0
            if points > MAX_POINTS_PER_MAP:
                raise ImportLimitExceeded(
                    f"line {task.line}: this task takes the emotion curve past {MAX_POINTS_PER_MAP:,} points "
                    "(one per actor of each scored task), the most a map holds")


def _imported(name: str) -> str:
    return name.strip().lstrip(WORD_JOINER).strip()


def _short(text: str, notices: list[str], line: int) -> str:
    if len(text) <= SHORT_TEXT:
        return text
    where = f"line {line}: " if line else ""
    notices.append(f"{where}{shown(text, 40)} is longer than {SHORT_TEXT} characters; it was shortened")
    return text[: SHORT_TEXT - 1] + "…"


def _task_score(task, notices: list[str]) -> float | None:
    name = shown(task.name)
    score = shown(task.score_text, 40)
    if math.isnan(task.score):
        notices.append(f"line {task.line}: the score {score} of task {name} is not a number; "
                       "the card has no emotion")
        return None
    if not SCALE_MIN <= task.score <= SCALE_MAX:
        clamped = min(max(task.score, SCALE_MIN), SCALE_MAX)
        number = task.score_text[:40] + ("…" if len(task.score_text) > 40 else "")  # a number: nothing to escape
        notices.append(f"line {task.line}: the score {number} of task {name} is outside Mermaid's "
                       f"1–5 scale; clamped to {clamped:g}")
        return float(clamped)
    return task.score
