"""Recovery copies of unsaved work, in the user's data folder, and what a crash left behind.

Each open document owns one *slot* in ``<AppDataLocation>/recovery``: ``<key>.journey.json``
(an ordinary map file, so a user can open it by hand), ``<key>.info.json`` (which file it
belongs to, when it was written) and ``<key>.lock``. The lock is held as long as the document
is open; a slot whose lock can be taken belongs to a process that is gone, which is how the
next start finds what a crash left. Recovery copies never go near the user's own file.

Only QtCore is used: QStandardPaths for the folder, QSettings for the two settings, QLockFile
because it knows, on every platform, whether the process holding a lock is still alive.
"""

import json
import math
import os
import stat as stat_module
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLockFile, QSettings, QStandardPaths

from . import __version__
from .io import (
    DEFAULT_BACKUPS,
    FILE_SUFFIX,
    Fingerprint,
    JourneyFileError,
    UnreadableFile,
    parse_workspace,
    read_workspace,
)
from .io.atomic import atomic_write
from .io.bounded_read import read_at_most
from .model import Workspace

ENV_AUTOSAVE_SECONDS = "JOURNEY_STUDIO_AUTOSAVE_SECONDS"
"""Overrides the autosave interval (seconds, may be fractional): how the crash tests make it short."""
SETTING_AUTOSAVE_SECONDS = "safety/autosaveSeconds"
SETTING_BACKUPS = "safety/backups"
DEFAULT_AUTOSAVE_SECONDS = 30.0
MIN_AUTOSAVE_SECONDS = 0.05
INFO_SUFFIX = ".info.json"
LOCK_SUFFIX = ".lock"
MAX_DIFFERENCES = 200
MAX_INFO_BYTES = 64 * 1024
"""An info file is a few hundred bytes; anything larger is not one of ours."""
MAX_COPY_BYTES = 64 * 1024 * 1024
"""A recovery copy is a map: the same limit as any map file."""


# -- settings --------------------------------------------------------------------------------


def autosave_seconds(settings: QSettings | None = None) -> float:
    """Seconds between autosaves of a modified document; 0 turns autosave off."""
    override = os.environ.get(ENV_AUTOSAVE_SECONDS)
    value: Any = override if override else (settings or QSettings()).value(SETTING_AUTOSAVE_SECONDS)
    try:
        seconds = float(value) if value is not None else DEFAULT_AUTOSAVE_SECONDS
    except (TypeError, ValueError):
        return DEFAULT_AUTOSAVE_SECONDS
    if math.isnan(seconds) or seconds <= 0:  # NaN, or "off"
        return 0.0
    return max(MIN_AUTOSAVE_SECONDS, min(seconds, 24 * 3600.0))


def backup_count(settings: QSettings | None = None) -> int:
    """How many replaced versions a save keeps in ``.journey-backups`` (0 to 99)."""
    value = (settings or QSettings()).value(SETTING_BACKUPS)
    try:
        count = int(value) if value is not None else DEFAULT_BACKUPS
    except (TypeError, ValueError):
        return DEFAULT_BACKUPS
    return max(0, min(count, 99))


def default_folder() -> Path:
    """``recovery`` in the application's data folder (per user, never beside the user's maps)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "recovery"


# -- what a slot holds -----------------------------------------------------------------------


@dataclass(frozen=True)
class RecoveryInfo:
    """What the recovery copy is a copy of."""

    original_path: Path | None
    """The file the document was opened from or saved to; None for a map never saved."""
    title: str
    saved_at: datetime
    app_version: str = __version__
    original: Fingerprint | None = None
    """The original file as the document last read or wrote it: after a restore, Save can still
    tell whether another program changed that file since."""

    def to_json(self) -> bytes:
        document = {
            "original_path": str(self.original_path) if self.original_path else None,
            "title": self.title,
            "saved_at": self.saved_at.isoformat(),
            "app_version": self.app_version,
            "original": None if self.original is None else {
                "size": self.original.size, "mtime_ns": self.original.mtime_ns, "sha256": self.original.sha256,
            },
        }
        return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")

    @classmethod
    def from_json(cls, data: bytes) -> "RecoveryInfo":
        """Raises ValueError when the info file is damaged or hostile (whatever is wrong with it)."""
        try:
            document = json.loads(data.decode("utf-8"))
            original = document.get("original")
            path = document.get("original_path")
            return cls(
                original_path=Path(path) if isinstance(path, str) and path and "\0" not in path else None,
                title=str(document.get("title") or "")[:500],
                saved_at=_aware(datetime.fromisoformat(document["saved_at"])),
                app_version=str(document.get("app_version") or "")[:100],
                original=Fingerprint(int(original["size"]), int(original["mtime_ns"]), str(original["sha256"]))
                if isinstance(original, dict) else None,
            )
        except (ValueError, KeyError, TypeError, AttributeError, OverflowError, RecursionError) as error:
            # 1e400 is an OverflowError for int(), 200,000 nested lists a RecursionError: damaged, all the same.
            raise ValueError(f"damaged recovery information ({type(error).__name__})") from None


def _aware(moment: datetime) -> datetime:
    """A date with a time zone: a naive one (written by hand, or by another tool) is taken as UTC, so
    dates from several info files can always be compared."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def read_regular_file(path: Path, limit: int) -> bytes:
    """The bytes of ``path`` if it is a regular file (not a link, pipe or device) of at most ``limit`` bytes.

    Non-blocking, and without following a link: a named pipe put in the recovery folder would
    otherwise wait forever for a writer, a link to ``/dev/zero`` read until memory runs out,
    a 1 GB sparse file take 2 GB. Raises OSError saying what it is instead.
    """
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0)
    if not hasattr(os, "O_NOFOLLOW") and path.is_symlink():
        raise OSError(f"{path} is a symbolic link, not a recovery file")
    fd = os.open(path, flags)
    try:
        status = os.fstat(fd)
        if not stat_module.S_ISREG(status.st_mode):
            raise OSError(f"{path} is not a regular file")
        if status.st_size > limit:
            raise OSError(f"{path} is too large ({status.st_size / 1e6:.0f} MB; the limit is {limit // 1_000_000} MB)")
        data = read_at_most(fd, limit)
        if len(data) > limit:
            raise OSError(f"{path} grew past {limit} bytes while it was read")
        return data
    finally:
        os.close(fd)


def unusable_entry(path: Path, limit: int) -> str | None:
    """Why ``path`` in the recovery folder cannot be one of our files (a link, a pipe, a device, too large), or None."""
    try:
        status = os.lstat(path)
    except FileNotFoundError:
        return None
    except OSError as error:
        return f"{path.name}: {error.strerror or error}"
    if stat_module.S_ISLNK(status.st_mode):
        return f"{path.name} is a symbolic link, not a recovery file; it was left alone"
    if not stat_module.S_ISREG(status.st_mode):
        return f"{path.name} is not a regular file (a pipe, a device or a folder); it was left alone"
    if status.st_size > limit:
        return (f"{path.name} is too large to be a recovery file ({status.st_size / 1e6:.0f} MB; "
                f"the limit is {limit // 1_000_000} MB); it was left alone")
    return None


class RecoverySlot:
    """One document's place in the recovery folder; holds its lock until released or discarded."""

    def __init__(self, folder: Path, key: str, lock: QLockFile):
        self.folder = folder
        self.key = key
        self._lock: QLockFile | None = lock

    @property
    def data_path(self) -> Path:
        return self.folder / f"{self.key}{FILE_SUFFIX}"

    @property
    def info_path(self) -> Path:
        return self.folder / f"{self.key}{INFO_SUFFIX}"

    @property
    def has_copy(self) -> bool:
        return unusable_entry(self.data_path, MAX_COPY_BYTES) is None and self.data_path.exists()

    def write(self, data: bytes, info: RecoveryInfo) -> None:
        """Store a copy (bytes of a whole workspace). Raises OSError; the previous copy then stays."""
        self.folder.mkdir(parents=True, exist_ok=True)
        # Info first: if we die between the two, the older copy is described by newer info, never
        # a copy by nothing at all.
        # Never through a link: whatever a link in the folder points to (a device, another file) stays as it is.
        atomic_write(self.info_path, info.to_json(), mode=0o600, follow_symlinks=False)
        atomic_write(self.data_path, data, mode=0o600, follow_symlinks=False)

    def info(self) -> RecoveryInfo:
        """What the copy is of; a damaged or missing info file gives an untitled, undated description."""
        try:
            return RecoveryInfo.from_json(read_regular_file(self.info_path, MAX_INFO_BYTES))
        except (OSError, ValueError):
            try:
                mtime = datetime.fromtimestamp(os.lstat(self.data_path).st_mtime, UTC)
            except (OSError, ValueError, OverflowError):
                mtime = datetime.fromtimestamp(0, UTC)
            return RecoveryInfo(None, "", mtime, "")

    def load(self) -> Workspace:
        """The recovered workspace; raises JourneyFileError when the copy itself is damaged."""
        try:
            data = read_regular_file(self.data_path, MAX_COPY_BYTES)
        except OSError as error:
            raise UnreadableFile(self.data_path, error.strerror or str(error)) from None
        return parse_workspace(data, self.data_path)

    def discard(self) -> None:
        """Delete the copy and give up the slot: the work was saved, or the user threw it away."""
        for path in (self.data_path, self.info_path):
            try:
                path.unlink()
            except FileNotFoundError:
                pass
            except OSError:
                pass  # left for the next start to offer again, which is the safe side
        self.release()

    def release(self) -> None:
        """Give up the slot but keep the copy, for the next start to offer."""
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    @property
    def is_held(self) -> bool:
        return self._lock is not None


class RecoveryStore:
    """The recovery folder: new slots for open documents, and the orphans a crash left."""

    def __init__(self, folder: Path | None = None):
        self.folder = folder if folder is not None else default_folder()
        self.notes: list[str] = []
        """What the last :meth:`claim_orphans` left alone in the folder, and why (for the log, a test)."""

    def new_slot(self) -> RecoverySlot:
        """A fresh, locked slot. Raises OSError when the folder cannot be created or locked."""
        self.folder.mkdir(parents=True, exist_ok=True)
        for _ in range(5):
            key = f"{datetime.now(UTC):%Y%m%d-%H%M%S}-{uuid.uuid4().hex[:8]}"
            lock = _lock(self.folder, key)
            if lock is not None:
                return RecoverySlot(self.folder, key, lock)
        raise OSError(f"cannot lock a recovery file in {self.folder}")

    def claim_orphans(self) -> list[RecoverySlot]:
        """Slots whose owner is gone (crashed, killed) and that hold a copy, newest first.

        Each is locked for the caller, so two starting instances never offer the same copy:
        restore, discard or release every one of them. Anything in the folder that cannot be one
        of our files (a link, a pipe, a device, a file over the size limit) is left alone and
        described in :attr:`notes`; nothing here blocks, reads without bound or raises.
        """
        self.notes = []
        try:
            names = sorted(os.listdir(self.folder))
        except OSError:
            return []
        orphans = []
        for name in names:
            if not name.endswith(FILE_SUFFIX):
                continue
            key = name.removesuffix(FILE_SUFFIX)
            problems = [problem for problem in (
                unusable_entry(self.folder / name, MAX_COPY_BYTES),
                unusable_entry(self.folder / f"{key}{LOCK_SUFFIX}", MAX_INFO_BYTES),
            ) if problem]
            if problems:
                self.notes.extend(problems)
                continue
            info_problem = unusable_entry(self.folder / f"{key}{INFO_SUFFIX}", MAX_INFO_BYTES)
            if info_problem:  # the copy itself is fine: offered undated, as with a damaged info file
                self.notes.append(info_problem)
            lock = _lock(self.folder, key)
            if lock is not None:
                orphans.append(RecoverySlot(self.folder, key, lock))
        for name in names:  # info left without a copy: nothing to offer, tidy it
            if name.endswith(INFO_SUFFIX) and f"{name.removesuffix(INFO_SUFFIX)}{FILE_SUFFIX}" not in names:
                key = name.removesuffix(INFO_SUFFIX)
                if unusable_entry(self.folder / name, MAX_INFO_BYTES) or unusable_entry(
                        self.folder / f"{key}{LOCK_SUFFIX}", MAX_INFO_BYTES):
                    continue
                lock = _lock(self.folder, key)
                if lock is not None:
                    RecoverySlot(self.folder, key, lock).discard()
        orphans.sort(key=lambda slot: slot.info().saved_at, reverse=True)
        return orphans


def _lock(folder: Path, key: str) -> QLockFile | None:
    lock = QLockFile(str(folder / f"{key}{LOCK_SUFFIX}"))
    lock.setStaleLockTime(0)  # stale only when its process is gone, however long a document stays open
    return lock if lock.tryLock(0) else None


def compare_with_saved(info: RecoveryInfo, recovered: Workspace) -> list[str]:
    """What the recovered copy changes compared with the saved file, in lines a user can read."""
    if info.original_path is None:
        return ["This map was never saved: the recovered copy is the only one."]
    try:
        saved = read_workspace(info.original_path)
    except JourneyFileError as error:
        return [f"The saved file {info.original_path} cannot be read ({error.problem}): "
                "the recovered copy is the only complete one."]
    return describe_differences(saved, recovered)


def describe_differences(saved: Workspace, recovered: Workspace) -> list[str]:
    """What ``recovered`` adds, removes and changes compared with ``saved``, item by item (titles, not ids)."""
    lines: list[str] = []
    if saved.metadata.title != recovered.metadata.title:
        lines.append(f"Title: “{saved.metadata.title}” → “{recovered.metadata.title}”")
    _compare_named(lines, "persona", saved.personas, recovered.personas, lambda p: p.name)
    _compare_named(lines, "map", saved.maps, recovered.maps, lambda m: m.title)
    saved_maps = {m.id: m for m in saved.maps}
    parts = {"stages", "lanes", "cards", "emotion_points", "connectors"}
    for journey_map in recovered.maps:
        before = saved_maps.get(journey_map.id)
        if before is None:
            continue
        where = f"“{journey_map.title}”: "
        _compare_named(lines, "stage", before.stages, journey_map.stages, lambda s: s.name, where)
        _compare_named(lines, "lane", before.lanes, journey_map.lanes, lambda lane: lane.title, where)
        _compare_named(lines, "card", before.cards, journey_map.cards, lambda c: c.title, where)
        _compare_named(lines, "emotion point", before.emotion_points, journey_map.emotion_points,
                       lambda p: p.label or p.id, where)
        _compare_named(lines, "arrow", before.connectors, journey_map.connectors, lambda c: c.label or c.id, where)
        if before.model_dump(exclude=parts) != journey_map.model_dump(exclude=parts):
            lines.append(f"{where}map settings changed")
    if saved.business_context != recovered.business_context:
        lines.append("Business context changed")
    if not lines and saved.model_dump(exclude={"metadata"}) != recovered.model_dump(exclude={"metadata"}):
        lines.append("Small changes (order or hidden fields)")
    if not lines:
        lines.append("The recovered copy holds the same map as the saved file.")
    if len(lines) > MAX_DIFFERENCES:
        lines = lines[:MAX_DIFFERENCES] + [f"… and {len(lines) - MAX_DIFFERENCES} more"]
    return lines


def _compare_named(lines: list[str], kind: str, old: Sequence[Any], new: Sequence[Any],
                   name: Callable[[Any], str], where: str = "") -> None:
    before = {item.id: item for item in old}
    after = {item.id: item for item in new}
    for item_id, item in after.items():
        if item_id not in before:
            lines.append(f"{where}{kind} added: “{name(item)}”")
        elif before[item_id] != item:
            lines.append(f"{where}{kind} changed: “{name(item)}”")
    for item_id, item in before.items():
        if item_id not in after:
            lines.append(f"{where}{kind} removed: “{name(item)}”")
