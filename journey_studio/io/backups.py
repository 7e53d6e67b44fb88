"""Numbered backups of a map: the versions a save replaced, kept in a folder beside the map.

``Parcours.journey.json`` keeps its previous versions as::

    .journey-backups/Parcours.~1~.journey.json   (the version the last save replaced)
    .journey-backups/Parcours.~2~.journey.json   (the one before)
    ...

One hidden folder per folder of maps, rather than files beside each map: the folder a user
sees stays tidy, every backup is itself a ``.journey.json`` file that opens in Journey Studio
(restoring is "open it, Save As"), and the names sort by map. Each backup is written with
:func:`atomic_write`, so a crash while rotating leaves at worst a gap in the numbers, never a
half-written backup.
"""

import os
import re
from pathlib import Path

from .atomic import StagedFile

BACKUP_FOLDER = ".journey-backups"
DEFAULT_BACKUPS = 3
MAX_BACKUPS = 99
_SUFFIX = ".journey.json"


def backup_folder(path: Path) -> Path:
    return path.parent / BACKUP_FOLDER


def backup_path(path: Path, number: int) -> Path:
    """Where backup ``number`` (1 = newest) of the map at ``path`` lives."""
    stem = path.name.removesuffix(_SUFFIX) if path.name.endswith(_SUFFIX) else path.name
    return backup_folder(path) / f"{stem}.~{number}~{_SUFFIX}"


def list_backups(path: Path) -> list[Path]:
    """The map's existing backups, newest first."""
    folder = backup_folder(path)
    stem = path.name.removesuffix(_SUFFIX) if path.name.endswith(_SUFFIX) else path.name
    pattern = re.compile(re.escape(stem) + r"\.~(\d+)~" + re.escape(_SUFFIX))
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    numbered = []
    for name in names:
        match = pattern.fullmatch(name)
        if match:
            numbered.append((int(match.group(1)), folder / name))
    return [p for _, p in sorted(numbered)]


def keep_backup(path: Path, previous: bytes | Path, count: int, mode: int | None = None) -> Path | None:
    """Store ``previous`` (bytes, or a file to copy) as backup 1 of ``path``, shifting the others up by one.

    The new backup is written, synced and checked first; only then are the older ones shifted
    (the oldest beyond ``count`` deleted) and it is renamed into place. A backup that cannot be
    written (a full disk) raises OSError before any existing backup is touched, so a failed
    save never eats its own backups. Does nothing when ``count`` is 0. ``mode`` is the map's
    permissions: a private map keeps private backups.
    """
    count = max(0, min(count, MAX_BACKUPS))
    if count == 0:
        return None
    folder = backup_folder(path)
    folder.mkdir(exist_ok=True)
    newest = backup_path(path, 1)
    if isinstance(previous, bytes):
        staged = StagedFile(newest, previous, mode=mode, follow_symlinks=False)
    else:  # a file too large to hold in memory: copied a megabyte at a time
        staged = StagedFile(newest, b"", mode=mode, follow_symlinks=False, copy_from=previous)
    with staged:
        existing = list_backups(path)
        numbers = {_number(p): p for p in existing}
        for number in sorted(numbers, reverse=True):
            if number >= count:
                os.unlink(numbers[number])
            else:
                os.replace(numbers[number], backup_path(path, number + 1))
        staged.commit()
    return newest


def _number(path: Path) -> int:
    return int(path.name.rsplit(".~", 1)[1].split("~", 1)[0])
