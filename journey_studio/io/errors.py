"""Typed load and save failures, each with a message a user can act on."""

from pathlib import Path


class JourneyFileError(Exception):
    """A file could not be read or written; ``str()`` names the file and the problem."""

    def __init__(self, path: Path | str | None, problem: str, details: list[str] | None = None):
        self.path = Path(path) if path is not None else None
        self.problem = problem
        self.details = details or []
        super().__init__(self.message())

    def message(self) -> str:
        head = f"{self.path}: {self.problem}" if self.path else self.problem
        if not self.details:
            return head
        return head + "\n" + "\n".join(f"  - {line}" for line in self.details)


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

    def __init__(self, path: Path | str | None, problem: str, details: list[str] | None = None,
                 persona_id: str = ""):
        self.persona_id = persona_id
        super().__init__(path, problem, details)


class FileChangedOnDisk(SaveFailed):
    """Another program changed the file since it was opened or last saved; saving would overwrite that."""
