"""Upgrade older files, as plain dict → dict steps run before validation."""

from collections.abc import Callable
from typing import Any

from ..model import SCHEMA_VERSION

Migration = Callable[[dict[str, Any]], dict[str, Any]]

MIGRATIONS: dict[int, Migration] = {}
"""``MIGRATIONS[n]`` turns a version-n document into a version n+1 one."""


class FutureVersion(Exception):
    def __init__(self, version: int):
        self.version = version
        super().__init__(version)


def migrate(document: dict[str, Any]) -> dict[str, Any]:
    """The document at the current schema version; raises FutureVersion, ValueError or KeyError."""
    version = document.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ValueError(f"schema_version must be a whole number ≥ 1, not {version!r}")
    if version > SCHEMA_VERSION:
        raise FutureVersion(version)
    while version < SCHEMA_VERSION:
        document = MIGRATIONS[version](document)
        version += 1
        document["schema_version"] = version
    return document
