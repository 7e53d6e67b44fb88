"""Templates a new map starts from, shipped as ``resources/templates/<name>.<language>.journey.json``.

They are ordinary journey files read as package data (``importlib.resources``), so they work the
same from a source checkout, an installed wheel or a frozen app, and a template is edited by
opening it in Journey Studio itself. No Qt here: the command line and the tests use this too.
"""

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib.resources import files
from importlib.resources.abc import Traversable

from .io import parse_workspace
from .model import Workspace

SUFFIX = ".journey.json"
LANGUAGES = ("fr", "en")
"""The languages every template is written in; French first, as the product's default."""
FEATURED = ("running-shoes", "purchase", "blank")
"""Menu order: the worked example first, the empty map last; other templates follow by name."""


class UnknownTemplate(KeyError):
    """No template has that name; the message (``args[0]``) lists those that do exist."""

    def __str__(self) -> str:
        # KeyError would show the repr of the message, quotes and all.
        return str(self.args[0]) if self.args else "unknown template"


@dataclass(frozen=True)
class TemplateInfo:
    """What a "New from template" menu shows, without loading the whole map."""

    name: str
    language: str
    title: str
    path_or_traversable: Traversable
    """The file: a Path in a checkout, possibly another Traversable inside an installed package."""


def templates_folder() -> Traversable:
    """Where the bundled templates live, wherever the package is installed."""
    return files("journey_studio.resources") / "templates"


def list_templates(
    language: str | None = None, *, folder: Traversable | None = None
) -> list[TemplateInfo]:
    """The templates, featured ones first.

    With no ``language``, every file (one entry per name and language); with one, a single entry
    per name in that language, or in the language :func:`load_template` would fall back to.
    """
    entries = _entries(folder)
    if language is None:
        keys = sorted(entries, key=lambda key: (_rank(key[0]), key[0], _language_rank(key[1])))
    else:
        keys = [(name, _pick(entries, name, language)) for name in _names(entries)]
    return [
        TemplateInfo(name, lang, _title(entries[name, lang], name), entries[name, lang])
        for name, lang in keys
        if lang is not None
    ]


def load_template(name: str, language: str = "fr", *, folder: Traversable | None = None) -> Workspace:
    """The template ``name`` in ``language``, or in another language when that one is missing.

    Raises :class:`UnknownTemplate` when no language has it, and a ``JourneyFileError`` if the
    file is damaged (the tests make sure the shipped ones are not).
    """
    entries = _entries(folder)
    lang = _pick(entries, name, language)
    if lang is not None:
        entry = entries[name, lang]
        return parse_workspace(entry.read_bytes(), f"templates/{entry.name}")
    known = ", ".join(_names(entries)) or "none"
    raise UnknownTemplate(f"no template named {name!r}; known templates: {known}")


def new_from_template(name: str, language: str = "fr", *, folder: Traversable | None = None) -> Workspace:
    """A new workspace from a template, dated now (UTC, whole seconds) so it is not mistaken for the template."""
    workspace = load_template(name, language, folder=folder)  # freshly parsed: nothing shared
    now = datetime.now(UTC).replace(microsecond=0)
    workspace.metadata.created = now
    workspace.metadata.modified = now
    return workspace


def _entries(folder: Traversable | None) -> dict[tuple[str, str], Traversable]:
    """Template files by (name, language); files not named ``<name>.<xx>.journey.json`` are ignored."""
    folder = templates_folder() if folder is None else folder
    found: dict[tuple[str, str], Traversable] = {}
    if not folder.is_dir():
        return found
    for entry in folder.iterdir():
        if not entry.is_file() or not entry.name.endswith(SUFFIX):
            continue
        name, _, language = entry.name.removesuffix(SUFFIX).rpartition(".")
        if name and len(language) == 2 and language.isalpha() and language.islower():
            found[name, language] = entry
    return found


def _names(entries: dict[tuple[str, str], Traversable]) -> list[str]:
    return sorted({name for name, _ in entries}, key=lambda name: (_rank(name), name))


def _rank(name: str) -> int:
    return FEATURED.index(name) if name in FEATURED else len(FEATURED)


def _language_rank(language: str) -> tuple[int, str]:
    return (LANGUAGES.index(language) if language in LANGUAGES else len(LANGUAGES), language)


def _pick(entries: dict[tuple[str, str], Traversable], name: str, language: str) -> str | None:
    """The language to load ``name`` in: the one asked for ("fr-CA" counts as "fr"), else French,
    English, then any other there is; None when no language has it."""
    asked = language.replace("_", "-").split("-")[0].lower()
    available = sorted((lang for n, lang in entries if n == name), key=_language_rank)
    if asked in available:
        return asked
    return available[0] if available else None


def _title(entry: Traversable, fallback: str) -> str:
    """The workspace title, or its first map's, read without validating the whole file."""
    try:
        document = json.loads(entry.read_bytes().decode("utf-8-sig"))
        title = document.get("metadata", {}).get("title") or next(
            (m.get("title") for m in document.get("maps", []) if m.get("title")), ""
        )
    except (OSError, ValueError, AttributeError, TypeError):
        return fallback
    return title if isinstance(title, str) and title else fallback
