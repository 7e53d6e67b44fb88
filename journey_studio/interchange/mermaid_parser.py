"""Mermaid's ``journey`` grammar, read the way Mermaid reads it.

The lexer rules, their order and their first-match-wins behaviour follow
Mermaid's ``journey.jison``: ``#`` and ``%%`` start comments, section and task
names stop at ``:``, ``#``, ``;`` and line ends, ``title`` stops at ``#`` and
``;``, a task is a name directly followed by ``: score[: actor, actor]``, and a
line starting with a keyword (``journey``, ``title``, ``section``, ``accTitle``,
``accDescr``) is that keyword, whatever follows. Front matter and ``%%{…}%%``
directives, which Mermaid strips before parsing, are stripped here too.
"""

import math
import re
from dataclasses import dataclass, field

from .limits import MAX_CARDS_PER_MAP, MAX_STAGES, ImportLimitExceeded, shown

_RULES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.IGNORECASE))
    for kind, pattern in (
        ("skip", r"%%(?!\{)[^\n]*"),
        ("skip", r"[^}]%%[^\n]*"),
        ("newline", r"\n+"),
        ("skip", r"\s+"),
        ("skip", r"#[^\n]*"),
        ("journey", r"journey"),
        ("title", r"title\s[^#\n;]+"),
        ("acc_title", r"accTitle\s*:\s*"),
        ("acc_descr", r"accDescr\s*:\s*"),
        ("acc_descr_multiline", r"accDescr\s*\{\s*"),
        ("section", r"section\s[^#:\n;]+"),
        ("task_name", r"[^#:\n;]+"),
        ("task_data", r":[^#\n;]+"),
        ("colon", r":"),
        ("invalid", r"."),
    )
)
_VALUE_TO_LINE_END = re.compile(r"[^\n]*")
_MULTILINE_VALUE = re.compile(r"[^}]*")
_FRONT_MATTER = re.compile(r"\A\s*---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)
_DIRECTIVE_START, _DIRECTIVE_END = "%%{", "}%%"
_JS_NUMBER = re.compile(
    # Each digit can be matched one way only (``\d+(?:\.\d*)?``, not ``\d+\.?\d*``): a 60,000-digit
    # "score" that is not a number is refused in linear time instead of backtracking for minutes.
    r"[+-]?(?:(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?|Infinity)|0x[0-9a-f]+|0o[0-7]+|0b[01]+", re.IGNORECASE
)


class MermaidSyntaxError(ValueError):
    """Text Mermaid itself would refuse; the message says on which line and why."""


@dataclass(frozen=True)
class Token:
    kind: str
    text: str
    line: int


@dataclass
class Task:
    name: str
    score: float
    """As Mermaid's ``Number()`` reads it: NaN when it is not a number."""
    score_text: str
    actors: list[str]
    line: int


@dataclass
class Section:
    name: str
    tasks: list[Task] = field(default_factory=list)


@dataclass
class MermaidJourney:
    title: str = ""
    acc_title: str = ""
    acc_description: str = ""
    sections: list[Section] = field(default_factory=list)
    """Tasks written before any ``section`` line are in a first section named ""."""


def js_number(text: str) -> float:
    """JavaScript's ``Number(text)``: blank is 0, anything but a number literal is NaN."""
    value = text.strip()
    if not value:
        return 0.0
    if not _JS_NUMBER.fullmatch(value):
        return math.nan
    lowered = value.lower()
    for prefix, base in (("0x", 16), ("0o", 8), ("0b", 2)):
        if lowered.startswith(prefix):
            try:
                return float(int(value[2:], base))
            except OverflowError:  # as JavaScript: a number too large is Infinity
                return math.inf
    return float(lowered.replace("infinity", "inf"))


def _strip_preamble(text: str) -> tuple[str, str]:
    """Text without front matter and directives (line breaks kept: line numbers stay right), and its title."""
    title = ""
    match = _FRONT_MATTER.match(text)
    if match:
        for line in match.group(1).splitlines():
            key, _, value = line.partition(":")
            if key.strip() == "title":
                title = value.strip().strip("'\"")
        text = "\n" * match.group(0).count("\n") + text[match.end():]
    return _without_directives(text), title


def _without_directives(text: str) -> str:
    """``%%{…}%%`` directives replaced by their line breaks, in one pass: once no ``}%%`` follows a
    ``%%{``, none follows a later one either (a regex would rescan the rest for each of 300,000 of them)."""
    pieces, position = [], 0
    while (start := text.find(_DIRECTIVE_START, position)) >= 0:
        end = text.find(_DIRECTIVE_END, start + len(_DIRECTIVE_START))
        if end < 0:
            break
        end += len(_DIRECTIVE_END)
        pieces.append(text[position:start])
        pieces.append("\n" * text.count("\n", start, end))
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def _first_rule_matching(text: str, position: int) -> tuple[str, re.Match[str]]:
    for kind, rule in _RULES:
        match = rule.match(text, position)
        if match:
            return kind, match
    raise AssertionError("unreachable: newlines and any other character have a rule")


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    counts = {"task_data": 0, "section": 0}
    position, line = 0, 1
    while position < len(text):
        kind, match = _first_rule_matching(text, position)
        value = match.group(0)
        if kind in ("acc_title", "acc_descr", "acc_descr_multiline"):
            tokens.append(Token(kind, value, line))
            value_rule = _MULTILINE_VALUE if kind == "acc_descr_multiline" else _VALUE_TO_LINE_END
            body = value_rule.match(text, match.end())
            tokens.append(Token(kind + "_value", body.group(0), line))
            end = body.end()
            if kind == "acc_descr_multiline":
                if end >= len(text):
                    raise MermaidSyntaxError(f"line {line}: 'accDescr {{' is never closed with '}}'")
                end += 1
            line += text.count("\n", position, end)
            position = end
            continue
        if kind != "skip":
            tokens.append(Token(kind, value, line))
            if kind in counts:
                counts[kind] += 1
                _check_count(kind, counts[kind], line)
        line += value.count("\n")
        position = match.end()
    return tokens


def _check_count(kind: str, count: int, line: int) -> None:
    """Stop at the first task or section beyond what a map holds: 200,000 tasks are refused at the 20,001st."""
    if kind == "task_data" and count > MAX_CARDS_PER_MAP:
        raise ImportLimitExceeded(f"line {line}: task {count:,} is one too many; a map holds at most "
                                  f"{MAX_CARDS_PER_MAP:,} cards (split the journey into several files)")
    if kind == "section" and count > MAX_STAGES:
        raise ImportLimitExceeded(f"line {line}: section {count} is one too many; a map holds at most "
                                  f"{MAX_STAGES} stages")


def parse_journey(text: str) -> MermaidJourney:
    """The diagram in ``text``; MermaidSyntaxError where Mermaid would fail to parse it."""
    text, front_title = _strip_preamble(text.replace("\r\n", "\n").replace("\r", "\n"))
    source_lines = text.split("\n")
    tokens = tokenize(text)
    while tokens and tokens[0].kind == "newline":
        tokens.pop(0)
    if not tokens or tokens[0].kind != "journey":
        found = shown(tokens[0].text.strip(), 40) if tokens else "nothing"
        where = f"line {tokens[0].line}: " if tokens else ""
        raise MermaidSyntaxError(f"{where}a Mermaid journey starts with 'journey', not {found}")
    journey = MermaidJourney(title=front_title)
    current: Section | None = None
    i = 1
    while i < len(tokens):
        token = tokens[i]
        kind, line = token.kind, token.line
        if kind == "newline":
            pass
        elif kind == "title":
            journey.title = token.text[6:].strip()
        elif kind == "acc_title":
            i += 1
            journey.acc_title = tokens[i].text.strip()
        elif kind in ("acc_descr", "acc_descr_multiline"):
            i += 1
            journey.acc_description = tokens[i].text.strip()
        elif kind == "section":
            current = Section(token.text[8:].strip())
            journey.sections.append(current)
        elif kind == "task_name":
            following = tokens[i + 1] if i + 1 < len(tokens) else None
            name = token.text.strip()
            if following is None or following.kind != "task_data":
                raise MermaidSyntaxError(
                    f"line {line}: the task {shown(name)} has no score; write it as {shown(name + ': 5', 64)}"
                    + (" ('#' starts a comment and ';' is not allowed: neither can appear in a task name)"
                       if any(ch in source_lines[line - 1] for ch in "#;") else "")
                )
            i += 1
            if current is None:
                current = Section("")
                journey.sections.append(current)
            current.tasks.append(_task(name, following.text, line))
        else:
            raise MermaidSyntaxError(f"line {line}: {_unexpected(token)}")
        i += 1
    return journey


def _task(name: str, data: str, line: int) -> Task:
    pieces = data[1:].split(":")
    actors = [actor.strip() for actor in pieces[1].split(",")] if len(pieces) > 1 else []
    return Task(name, js_number(pieces[0]), pieces[0].strip(), [a for a in actors if a], line)


def _unexpected(token: Token) -> str:
    text = token.text.strip()
    if token.kind == "journey":
        return "'journey' may only start the diagram (a task or section name cannot begin with it)"
    if token.kind == "task_data":
        return f"a score ({shown(text, 40)}) without a task name before it"
    if token.kind == "colon":
        return "':' must be followed by a score (':', '#' and ';' cannot appear in names)"
    if text == ";":
        return f"unexpected {shown(text, 40)} (';' is not allowed in a journey)"
    return f"unexpected {shown(text, 40)}"
