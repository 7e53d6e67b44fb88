"""Reading and writing ``.journey.json`` files: bounded, typed errors, atomic and checked saves.

A file is untrusted input: whatever its bytes, reading it ends in a Workspace or a
:class:`JourneyFileError` naming the file and the problem, in bounded time and memory, and
it reads nothing but that one file. Saving never leaves a half-written map: see :func:`save_workspace`.
"""

import json
import os
import re
import stat as stat_module
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..model import SCHEMA_VERSION, Workspace, check_workspace
from .atomic import NotRegularFile, StagedFile, resolve_target
from .backups import keep_backup
from .bounded_read import read_at_most
from .errors import (
    FileChangedOnDisk,
    InconsistentFile,
    InvalidFormat,
    InvalidImage,
    InvalidJson,
    JourneyFileError,
    SaveFailed,
    UnreadableFile,
    UnsupportedVersion,
    os_reason,
    tr,
)
from .fingerprint import DiskState, Fingerprint, compare
from .images import check_avatar
from .locking import LockTimeout, save_lock
from .migrations import FutureVersion, migrate
from .serialize import workspace_to_bytes

FILE_SUFFIX = ".journey.json"
MAX_FILE_BYTES = 64 * 1024 * 1024
"""Larger files are refused before parsing: no real map comes near it, and it bounds memory."""
MAX_JSON_VALUES = 2_500_000
"""More JSON values than this are refused before parsing. A real map holds about 33,000 per MB,
so this is above anything MAX_FILE_BYTES lets in; 64 MB of ``[],[],…`` would otherwise take
1.7 GB and 18 s to refuse."""
MAX_DETAILS = 20

_VERSION_RE = re.compile(rb'"schema_version"\s*:\s*(\d{1,9})')


@dataclass(frozen=True)
class LoadedFile:
    """A workspace and the fingerprint of the bytes it was read from (to notice later changes on disk)."""

    workspace: Workspace
    fingerprint: Fingerprint


@dataclass(frozen=True)
class SavedFile:
    """What a save did: the fingerprint of the new file and the backup it kept, if any."""

    path: Path
    fingerprint: Fingerprint
    backup: Path | None = None
    backup_problem: str | None = None
    """Why no backup could be kept although one was asked for; the map itself was saved."""


def read_workspace(path: Path | str) -> Workspace:
    """Load, migrate, validate and check a workspace; every failure is a JourneyFileError."""
    return load_workspace(path).workspace


def load_workspace(path: Path | str) -> LoadedFile:
    """:func:`read_workspace`, also returning the fingerprint of what was read."""
    path = Path(path)
    data, status = _read_bytes(path)
    return LoadedFile(parse_workspace(data, path), Fingerprint.of(data, status))


def parse_workspace(data: bytes, path: Path | str | None = None) -> Workspace:
    """The workspace in ``data``; every failure is a JourneyFileError (``path`` only names the file)."""
    document = _parse_json(data, path)
    try:
        document = migrate(document)
    except FutureVersion as future:
        version = future.version if future.version < 1_000_000 else "unknown"
        raise UnsupportedVersion(
            path,
            tr("written by a newer Journey Studio (file format {version}; this version reads up to {supported}). "
               "Update Journey Studio to open it.", version=version, supported=SCHEMA_VERSION),
        ) from None
    except (ValueError, KeyError, TypeError, AttributeError, IndexError) as error:
        raise InvalidFormat(path, tr("not a journey map file ({reason})", reason=error)) from None
    try:
        workspace = Workspace.model_validate(document)
    except ValidationError as error:
        raise InvalidFormat(
            path, tr("not a valid journey map file"), _validation_details(error)
        ) from None
    except RecursionError:
        raise InvalidJson(path, tr("is nested too deeply to be a journey map")) from None
    problems = check_workspace(workspace)
    if problems:
        details = [str(p) for p in problems[:MAX_DETAILS]]
        if len(problems) > MAX_DETAILS:
            details.append(f"… and {len(problems) - MAX_DETAILS} more")
        raise InconsistentFile(path, tr("the map refers to things that are not there"), details)
    _check_images(workspace, path)
    return workspace


def write_workspace(workspace: Workspace, path: Path | str) -> None:
    """Write atomically (see :func:`save_workspace`, with no backup).

    Raises SaveFailed and leaves the old file intact.
    """
    save_workspace(workspace, path)


def save_workspace(
    workspace: Workspace, path: Path | str, *, backups: int = 0, expected: Fingerprint | None = None,
) -> SavedFile:
    """Write ``workspace`` to ``path`` so that the file is always either the old map or the new one.

    In order: serialise; parse the bytes back (a map this version could not open again is
    refused, and the file on disk stays as it was); take the save lock beside the map (another
    Journey Studio saving the same file waits); write a temporary file, fsync it and read it
    back (a full disk fails here, before anything is touched); then, as late as possible,
    refuse when the file is no longer ``expected`` (another program changed it: raises
    FileChangedOnDisk), is read-only, or comes from a newer Journey Studio; keep the replaced
    version as backup 1 of ``backups`` (written before the older ones are shifted); rename the
    temporary file over ``path`` and fsync the folder; release the lock.
    Raises SaveFailed (with a message a user can act on) and leaves the map and its backups intact.
    """
    path = Path(path)
    data = _serialise(workspace, path)
    folder = path.parent if str(path.parent) else Path(".")
    _check_folder(path, folder)
    try:
        target = resolve_target(path)
    except NotRegularFile:
        raise SaveFailed(path, tr("is not a regular file; choose another name")) from None
    except OSError as error:
        raise SaveFailed(path, os_reason(error, path)) from None
    try:
        with save_lock(target), StagedFile(target, data) as staged:
            if expected is not None:
                _check_unchanged(path, target, expected)
            previous = _previous_version(target)
            backup: Path | None = None
            backup_problem: str | None = None
            if previous is not None and backups > 0 and previous[0] != data:
                try:
                    backup = keep_backup(target, previous[0], backups, mode=previous[1])
                except OSError as error:
                    backup_problem = str(os_reason(error, path))
            status = staged.commit()
    except LockTimeout:
        raise SaveFailed(path, tr("another window or program is saving this file right now; try again")) from None
    except FileNotFoundError as error:
        if not folder.is_dir():
            _check_folder(path, folder)
        raise SaveFailed(path, os_reason(error, path)) from None
    except OSError as error:
        raise SaveFailed(path, os_reason(error, path)) from None
    return SavedFile(path, Fingerprint.of(data, status), backup, backup_problem)


def _check_folder(path: Path, folder: Path) -> None:
    if folder.is_dir():
        return
    if folder.exists():
        raise SaveFailed(path, tr("{folder} is no longer a folder (a file has taken its name); "
                                  "nothing was written: save somewhere else", folder=folder))
    raise SaveFailed(path, tr("the folder {folder} does not exist", folder=folder))


def _check_unchanged(path: Path, target: Path, expected: Fingerprint) -> None:
    """FileChangedOnDisk when the file is not what the document last read or wrote (a missing file is fine)."""
    state, _ = compare(target, expected)
    if state is DiskState.CHANGED:
        raise FileChangedOnDisk(
            path,
            tr("was changed by another program since you opened or last saved it; "
               "saving now would overwrite those changes"),
        )


def _serialise(workspace: Workspace, path: Path) -> bytes:
    try:
        data = workspace_to_bytes(workspace)
    except (ValueError, TypeError, RecursionError) as error:
        raise SaveFailed(
            path, tr("the map holds a value that cannot be written ({reason}); nothing was saved", reason=error)
        ) from None
    try:
        parse_workspace(data)
    except JourneyFileError as error:
        raise SaveFailed(
            path,
            tr("the map has a problem that would stop it from opening again, so it was not saved "
               "and the file on disk was left as it was: {problem}", problem=error.problem_text),
            error.details,
        ) from None
    return data


def _previous_version(path: Path) -> tuple[bytes | Path, int] | None:
    """The bytes (or, over MAX_FILE_BYTES, the file itself) and permissions of the file about to be replaced.

    None when there is none, or it cannot be read.

    Raises SaveFailed when the file must not be replaced: read-only, a folder, or written by a
    newer Journey Studio (saving would silently drop what this version does not know).
    """
    try:
        status = path.stat()
    except FileNotFoundError:
        return None
    except OSError as error:
        raise SaveFailed(path, os_reason(error, path)) from None
    if stat_module.S_ISDIR(status.st_mode):
        raise SaveFailed(path, tr("is a folder; choose another name"))
    if not stat_module.S_ISREG(status.st_mode):
        raise SaveFailed(path, tr("is not a regular file; choose another name"))
    if not status.st_mode & 0o222 or not os.access(path, os.W_OK):
        raise SaveFailed(
            path, tr("is read-only, so it was not changed; use Save As to save a copy under another name")
        )
    if status.st_size > MAX_FILE_BYTES:
        return path, status.st_mode & 0o777  # too large to be a map of ours: kept by copying, never read whole
    try:
        data = path.read_bytes()
    except OSError:
        return None  # we may still be able to replace it; the save itself will say what is wrong
    # Cheap scan first; parse only a file that mentions a newer format somewhere.
    if any(int(m.group(1)) > SCHEMA_VERSION for m in _VERSION_RE.finditer(data)):
        version = _top_level_version(data)
        if version > SCHEMA_VERSION:
            raise SaveFailed(
                path,
                tr("was written by a newer Journey Studio (file format {version}); saving over it "
                   "would lose what this version does not know. Use Save As to choose another name.", version=version),
            )
    return data, status.st_mode & 0o777


def _top_level_version(data: bytes) -> int:
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (ValueError, RecursionError):
        return 0
    version = document.get("schema_version") if isinstance(document, dict) else None
    return version if isinstance(version, int) and not isinstance(version, bool) else 0


def _read_bytes(path: Path) -> tuple[bytes, os.stat_result]:
    """The file's bytes, read through one descriptor so that what is checked is what is read.

    Non-blocking open: a named pipe (or a device) at the path fails the regular-file check
    instead of waiting forever for a writer.
    """
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except IsADirectoryError:
        raise UnreadableFile(path, tr("is not a file")) from None
    except OSError as error:
        raise UnreadableFile(path, os_reason(error, path)) from None
    try:
        status = os.fstat(fd)
        if not stat_module.S_ISREG(status.st_mode):
            raise UnreadableFile(path, tr("is not a file"))
        _check_size(path, status.st_size)
        data = read_at_most(fd, MAX_FILE_BYTES)
        _check_size(path, len(data))  # it grew while we read
        return data, status
    except OSError as error:
        raise UnreadableFile(path, os_reason(error, path)) from None
    finally:
        os.close(fd)


def _check_size(path: Path, size: int) -> None:
    if size > MAX_FILE_BYTES:
        raise UnreadableFile(
            path,
            tr("is too large to be a journey map ({size} MB; the limit is {limit} MB)",
               size=f"{size / 1e6:.0f}", limit=MAX_FILE_BYTES // (1024 * 1024)),
        )


def _parse_json(data: bytes, path: Path | str | None) -> dict[str, Any]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UnreadableFile(
            path, tr("is not UTF-8 text (bad byte at position {position})", position=error.start)
        ) from None
    values = data.count(b",") + data.count(b"[") + data.count(b"{")
    if values > MAX_JSON_VALUES:
        raise UnreadableFile(
            path,
            tr("holds too many items to be a journey map (about {items}; the limit is {limit})",
               items=f"{values:,}", limit=f"{MAX_JSON_VALUES:,}"),
        )
    try:
        document = json.loads(text, parse_constant=_reject_constant, object_pairs_hook=_unique_keys)
    except json.JSONDecodeError as error:
        raise InvalidJson(
            path, tr("is not valid JSON: {reason} (line {line}, column {column})",
                     reason=error.msg, line=error.lineno, column=error.colno)
        ) from None
    except DuplicateKey as error:
        raise InvalidFormat(
            path,
            tr("is not a valid journey map file: the key {key} appears twice in one object "
               "(a merge gone wrong?); keep one of them", key=repr(error.key)),
        ) from None
    except ValueError as error:
        raise InvalidJson(path, tr("is not valid JSON: {reason}", reason=error)) from None
    except RecursionError:
        raise InvalidJson(path, tr("is nested too deeply to be a journey map")) from None
    if not isinstance(document, dict):
        raise InvalidFormat(path, tr("is JSON, but not a journey map (expected an object at the top)"))
    return document


class DuplicateKey(ValueError):
    """One JSON object names the same key twice: json.loads would silently keep the last one."""

    def __init__(self, key: str):
        self.key = key
        super().__init__(key)


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    document = dict(pairs)
    if len(document) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise DuplicateKey(key)
            seen.add(key)
    return document


def _reject_constant(name: str) -> float:
    raise ValueError(f"{name} is not a number a map can hold")


def _check_images(workspace: Workspace, path: Path | str | None) -> None:
    for index, persona in enumerate(workspace.personas):
        problem = check_avatar(persona.avatar)
        if problem is not None:
            raise InvalidImage(
                path,
                tr("the persona {name} (personas[{index}]) cannot be opened: {problem}. "
                   "Remove the image from the file, or choose it again in Journey Studio.",
                   name=repr(persona.name), index=index, problem=problem),
                persona_id=persona.id,
            )


def _validation_details(error: ValidationError) -> list[str]:
    details = []
    for item in error.errors()[:MAX_DETAILS]:
        where = ".".join(str(part) for part in item["loc"]) or "(top)"
        details.append(f"{where}: {item['msg']}")
    if error.error_count() > MAX_DETAILS:
        details.append(f"… and {error.error_count() - MAX_DETAILS} more")
    return details
