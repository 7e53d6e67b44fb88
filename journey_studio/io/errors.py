"""Typed load and save failures, each with a message a user can act on, in English or in the interface's language.

Files know nothing of Qt, so they cannot translate: a problem is kept as an :class:`ErrorText` (the
English source and what fills its ``{placeholders}``), which ``str()`` gives in English (the command
line, logs) and the window translates when it shows it (``journey_studio/ui/error_messages.py``), as
undo texts are (``journey_studio/translatable.py``). ``tools/update_translations.py`` finds the texts.
"""

import errno
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from .atomic import MissingFolder

Translate = Callable[["ErrorText"], str]
"""Gives a text's own words in some language, before its placeholders are filled."""


@dataclass(frozen=True)
class ErrorText:
    """The words of an error, translated where they are shown; ``str()`` is the English."""

    context: str
    source: str
    """The English text, with ``{name}`` for ``values``."""
    values: Mapping[str, object] = field(default_factory=dict)
    """Filled into the placeholders; a value that is itself an ErrorText is translated too."""

    @classmethod
    def untranslated(cls, source: str, **values: object) -> "ErrorText":
        """A text shown as it is in every language (its values may still be translated)."""
        return cls("", source, values)

    @classmethod
    def verbatim(cls, text: str) -> "ErrorText":
        """Words shown as they are in every language: the system's own, or a caller's plain string."""
        return cls.untranslated("{text}", text=text)

    def __str__(self) -> str:
        return self.render(english)

    def render(self, translate: Translate) -> str:
        """The text as ``translate`` gives each source (English: ``str``), placeholders filled."""
        text = translate(self)
        if not self.values:
            return text
        values = {
            name: value.render(translate) if isinstance(value, ErrorText) else str(value)
            for name, value in self.values.items()
        }
        try:
            return text.format(**values)
        except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder: the English
            return self.source.format(**values)

    def __hash__(self) -> int:
        return hash((self.context, self.source, tuple(sorted(self.values.items(), key=str))))


def english(text: ErrorText) -> str:
    """The source language: the text as written."""
    return text.source


def tr(text: str, **values: object) -> ErrorText:
    """A file error's text, translated when shown."""
    return ErrorText("JourneyFileError", text, values)


def as_text(problem: str | ErrorText) -> ErrorText:
    """``problem`` as an ErrorText; a plain string (from a caller that does not translate) stays as it is."""
    return problem if isinstance(problem, ErrorText) else ErrorText.verbatim(problem)


class JourneyFileError(Exception):
    """A file could not be read or written; ``str()`` names the file and the problem.

    ``problem`` is the English sentence (the command line prints it); ``problem_text`` is the same
    problem for the window to translate.
    """

    def __init__(self, path: Path | str | None, problem: str | ErrorText, details: list[str] | None = None):
        self.path = Path(path) if path is not None else None
        self.problem_text = as_text(problem)
        self.problem = str(self.problem_text)
        self.details = details or []
        super().__init__(self.message())

    def message(self) -> str:
        return str(self.text())

    def text(self) -> ErrorText:
        """The whole message, file, problem and details, as the window translates it."""
        head = tr("{path}: {problem}", path=self.path, problem=self.problem_text) if self.path else self.problem_text
        if not self.details:
            return head
        lines = "\n".join(f"  - {line}" for line in self.details)
        return ErrorText.untranslated("{head}\n{lines}", head=head, lines=lines)


class UnreadableFile(JourneyFileError):
    """Missing, not a file, not permitted, too large, or not UTF-8."""


class InvalidJson(JourneyFileError):
    """The bytes are not JSON."""


class InvalidFormat(JourneyFileError):
    """JSON, but not a journey map: wrong types, unknown fields, values out of range."""


class UnsupportedVersion(JourneyFileError):
    """Written by a newer Journey Studio; opening it would lose what this version does not know."""


class InconsistentFile(JourneyFileError):
    """Well-formed, but refers to things that are not there, or reuses ids."""


class SaveFailed(JourneyFileError):
    """The file could not be written; the previous version on disk is untouched."""


class InvalidImage(InvalidFormat):
    """A persona's embedded avatar is not a PNG or JPEG image of a reasonable size."""

    def __init__(
        self, path: Path | str | None, problem: str | ErrorText, details: list[str] | None = None, persona_id: str = ""
    ):
        self.persona_id = persona_id
        super().__init__(path, problem, details)


class FileChangedOnDisk(SaveFailed):
    """Another program changed the file since it was opened or last saved; saving would overwrite that."""


_NO_ACCESS = tr("permission denied ({strerror}); save somewhere else, or ask for write access to {folder}")
_REASONS = {
    errno.ENOSPC: tr("the disk is full ({strerror}); free some space or save somewhere else"),
    getattr(errno, "EDQUOT", -1): tr("your disk quota is used up ({strerror}); free some space or save somewhere else"),
    errno.EROFS: tr("the disk is read-only ({strerror}); save somewhere else"),
    errno.EACCES: _NO_ACCESS,
    errno.EPERM: _NO_ACCESS,
}


def os_reason(error: OSError, path: Path | None = None) -> ErrorText:
    """The OS error in words a user can act on, keeping the system's own wording."""
    if isinstance(error, MissingFolder):
        return tr("the folder {folder} does not exist", folder=error.folder)
    strerror = error.strerror or str(error)
    template = _REASONS.get(error.errno) if isinstance(error.errno, int) else None
    if template is None:
        return ErrorText.verbatim(strerror)  # the system's own words, in its own language
    folder = path.parent if path is not None and str(path.parent) else Path(".")
    return replace(template, values={"strerror": strerror, "folder": folder})
