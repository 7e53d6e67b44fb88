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

from .atomic import atomic_write

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


def keep_backup(path: Path, previous: bytes, count: int, mode: int | None = None) -> Path | None:
    """Shift the backups of ``path`` up by one and store ``previous`` as number 1.

    Keeps at most ``count`` backups (older ones are deleted); does nothing when ``count`` is 0.
    ``mode`` is the map's permissions: a private map keeps private backups.
    Raises OSError when the folder or a backup cannot be written; the map itself is untouched.
    """
    count = max(0, min(count, MAX_BACKUPS))
    existing = list_backups(path)
    if count == 0:
        return None
    folder = backup_folder(path)
    folder.mkdir(exist_ok=True)
    numbers = {_number(p): p for p in existing}
    for number in sorted(numbers, reverse=True):
        if number >= count:
            os.unlink(numbers[number])
        else:
            os.replace(numbers[number], backup_path(path, number + 1))
    newest = backup_path(path, 1)
    atomic_write(newest, previous, mode=mode)
    return newest


def _number(path: Path) -> int:
    return int(path.name.rsplit(".~", 1)[1].split("~", 1)[0])
