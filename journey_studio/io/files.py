"""Reading and writing ``.journey.json`` files: bounded, typed errors, atomic saves."""

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..model import SCHEMA_VERSION, Workspace, check_workspace
from .atomic import atomic_write
from .errors import (
    InconsistentFile,
    InvalidFormat,
    InvalidJson,
    SaveFailed,
    UnreadableFile,
    UnsupportedVersion,
)
from .migrations import FutureVersion, migrate
from .serialize import workspace_to_bytes

FILE_SUFFIX = ".journey.json"
MAX_FILE_BYTES = 64 * 1024 * 1024
"""Larger files are refused before parsing: no real map comes near it, and it bounds memory."""
MAX_DETAILS = 20


def read_workspace(path: Path | str) -> Workspace:
    """Load, migrate, validate and check a workspace; every failure is a JourneyFileError."""
    path = Path(path)
    data = _read_bytes(path)
    return parse_workspace(data, path)


def parse_workspace(data: bytes, path: Path | str | None = None) -> Workspace:
    document = _parse_json(data, path)
    try:
        document = migrate(document)
    except FutureVersion as future:
        raise UnsupportedVersion(
            path,
            f"written by a newer Journey Studio (file format {future.version}; "
            f"this version reads up to {SCHEMA_VERSION}). Update Journey Studio to open it.",
        ) from None
    except (ValueError, KeyError, TypeError) as error:
        raise InvalidFormat(path, f"not a journey map file ({error})") from None
    try:
        workspace = Workspace.model_validate(document)
    except ValidationError as error:
        raise InvalidFormat(
            path, "not a valid journey map file", _validation_details(error)
        ) from None
    problems = check_workspace(workspace)
    if problems:
        details = [str(p) for p in problems[:MAX_DETAILS]]
        if len(problems) > MAX_DETAILS:
            details.append(f"… and {len(problems) - MAX_DETAILS} more")
        raise InconsistentFile(path, "the map refers to things that are not there", details)
    return workspace


def write_workspace(workspace: Workspace, path: Path | str) -> None:
    """Write atomically (see :func:`atomic_write`); raises SaveFailed and leaves the old file intact."""
    path = Path(path)
    data = workspace_to_bytes(workspace)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise SaveFailed(path, f"the folder {folder} does not exist")
    try:
        atomic_write(path, data)
    except OSError as error:
        raise SaveFailed(path, _os_reason(error)) from None


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise UnreadableFile(path, "is not a file")
        if size > MAX_FILE_BYTES:
            raise UnreadableFile(
                path,
                f"is too large to be a journey map ({size / 1e6:.0f} MB; "
                f"the limit is {MAX_FILE_BYTES // (1024 * 1024)} MB)",
            )
        return path.read_bytes()
    except OSError as error:
        raise UnreadableFile(path, _os_reason(error)) from None


def _parse_json(data: bytes, path: Path | str | None) -> dict[str, Any]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UnreadableFile(
            path, f"is not UTF-8 text (bad byte at position {error.start})"
        ) from None
    try:
        document = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as error:
        raise InvalidJson(
            path, f"is not valid JSON: {error.msg} (line {error.lineno}, column {error.colno})"
        ) from None
    except ValueError as error:
        raise InvalidJson(path, f"is not valid JSON: {error}") from None
    except RecursionError:
        raise InvalidJson(path, "is nested too deeply to be a journey map") from None
    if not isinstance(document, dict):
        raise InvalidFormat(path, "is JSON, but not a journey map (expected an object at the top)")
    return document


def _reject_constant(name: str) -> float:
    raise ValueError(f"{name} is not a number a map can hold")


def _validation_details(error: ValidationError) -> list[str]:
    details = []
    for item in error.errors()[:MAX_DETAILS]:
        where = ".".join(str(part) for part in item["loc"]) or "(top)"
        details.append(f"{where}: {item['msg']}")
    if error.error_count() > MAX_DETAILS:
        details.append(f"… and {error.error_count() - MAX_DETAILS} more")
    return details


def _os_reason(error: OSError) -> str:
    return error.strerror or str(error)
