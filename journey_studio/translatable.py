"""Texts translated when they are shown, not when they are made: undo entries and refused edits.

An undo entry outlives a switch of language; had it kept the text translated when it was pushed,
the Edit menu and the History would go on speaking the old language ("switching back leaves
French undo texts"). So commands and :class:`~journey_studio.editor.InvalidEdit` keep a
:class:`TranslatableText` (context, English source, count, values) and translate it each time.

A module marks its texts with a helper that returns one, which ``tools/update_translations.py``
recognises like a ``tr()`` helper::

    def tr(text: str, count: int | None = None, **values: object) -> TranslatableText:
        return TranslatableText("MapEditor", text, count, values)

    tr("Delete %n card(s)", len(ids))      # Qt numerus forms: "1 card", "2 cards"
"""

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication


@dataclass(frozen=True)
class TranslatableText:
    context: str
    source: str
    """The English text, with ``%n`` for ``count`` and ``{name}`` for ``values``."""
    count: int | None = None
    """Qt's numerus count: the catalogue picks the singular or plural form for it."""
    values: Mapping[str, object] = field(default_factory=dict)
    """Filled into ``{name}`` placeholders; a value that is itself translatable is translated too."""

    def __str__(self) -> str:
        if self.count is None:
            text = QCoreApplication.translate(self.context, self.source)  # dynamic translation
        else:
            text = QCoreApplication.translate(self.context, self.source, None, self.count)  # dynamic translation
            if text == self.source.replace("%n", str(self.count)):  # no catalogue: the English source
                text = english_numerus(text, self.count)
        if not self.values:
            return text
        values = {name: str(value) for name, value in self.values.items()}
        try:
            return text.format(**values)
        except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder: the English
            english = self.source if self.count is None else english_numerus(
                self.source.replace("%n", str(self.count)), self.count)
            return english.format(**values)

    def __hash__(self) -> int:
        return hash((self.context, self.source, self.count, tuple(sorted(self.values.items(), key=str))))


_PLURAL = re.compile(r"(?<=\w)\(s\)")
_IRREGULAR = re.compile(r"\b(\w+)\((\w\w+)\)")
"""A plural that is not the singular plus s, written after it: "person(people)", "child(children)"."""


def english_numerus(text: str, count: int) -> str:
    """English is the source language and has no catalogue: "card(s)" is "card" for 1, else "cards";
    "person(people)" is "person" for 1, else "people"."""
    text = _PLURAL.sub("" if count == 1 else "s", text)
    return _IRREGULAR.sub(lambda word: word[1] if count == 1 else word[2], text)
