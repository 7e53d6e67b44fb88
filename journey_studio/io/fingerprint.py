"""What a file on disk looked like when we last read or wrote it, to notice another program's change.

Size and modification time are cheap but not enough (a sync client may restore an old
mtime, a same-size edit may land in the same clock tick), so a SHA-256 of the bytes decides
whenever the size alone does not.
"""

import errno
import hashlib
import os
import stat as stat_module
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

HASH_CHUNK = 1024 * 1024


class DiskState(Enum):
    UNCHANGED = "unchanged"
    CHANGED = "changed"
    """Different bytes (or unreadable): saving would overwrite someone else's work."""
    MISSING = "missing"
    """Deleted or moved away: saving puts the file back, nothing is overwritten."""


@dataclass(frozen=True)
class Fingerprint:
    size: int
    mtime_ns: int
    sha256: str

    @classmethod
    def of(cls, data: bytes, stat: os.stat_result) -> "Fingerprint":
        """The fingerprint of ``data``, just read from or written to the file ``stat`` describes."""
        return cls(len(data), stat.st_mtime_ns, hashlib.sha256(data).hexdigest())


def compare(path: Path, known: Fingerprint) -> tuple[DiskState, Fingerprint | None]:
    """How the file differs from ``known``; with the new fingerprint when only its mtime moved (a touch)."""
    try:
        stat = path.stat()
    except (FileNotFoundError, NotADirectoryError):
        # Gone, or its folder is gone (a file may have taken the folder's name): nothing of
        # someone else's would be overwritten; the save itself says what is wrong with the folder.
        return DiskState.MISSING, None
    except OSError:
        return DiskState.CHANGED, None
    if stat.st_size != known.size:
        return DiskState.CHANGED, None
    try:
        digest = _hash_file(path)
    except (FileNotFoundError, NotADirectoryError):
        return DiskState.MISSING, None
    except OSError:
        return DiskState.CHANGED, None
    if digest != known.sha256:
        return DiskState.CHANGED, None
    if stat.st_mtime_ns == known.mtime_ns:
        return DiskState.UNCHANGED, known
    return DiskState.UNCHANGED, Fingerprint(stat.st_size, stat.st_mtime_ns, digest)


def _hash_file(path: Path) -> str:
    """SHA-256 of a regular file; OSError for anything else (a pipe put there would block a plain open)."""
    digest = hashlib.sha256()
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0))
    try:
        if not stat_module.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "is not a regular file", str(path))
        while chunk := os.read(fd, HASH_CHUNK):
            digest.update(chunk)
    finally:
        os.close(fd)
    return digest.hexdigest()
