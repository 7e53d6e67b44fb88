"""Atomic file replacement: a crash at any moment leaves the old file or the new one, never a mix."""

import errno
import os
import re
import tempfile
import time
from pathlib import Path

WRITE_CHUNK = 1024 * 1024
"""Bytes per os.write call: short writes are retried, and a full disk is noticed at the first refused chunk."""
LEFTOVER_AGE_SECONDS = 15 * 60
"""A temporary file of ours this old belongs to a save that was interrupted (crash, power cut):
no save takes that long, so removing it cannot disturb one still running in another window."""
TEMP_SUFFIX = ".tmp"
_TEMP_NAME = re.compile(r"[a-z0-9_]{8}")
"""What tempfile.mkstemp puts between our prefix and suffix."""


def atomic_write(path: Path, data: bytes, *, verify: bool = True, mode: int | None = None) -> os.stat_result:
    """Write ``data`` to a temporary file beside ``path``, fsync it, rename it over ``path``, fsync the folder.

    With ``verify`` the temporary file is read back and compared before the rename, so a file
    that does not hold exactly ``data`` never replaces the old one. The new file keeps the old
    one's permissions, or takes ``mode``, or follows the umask. Returns the new file's stat.
    A symbolic link is followed: the file it points to is replaced and the link stays.
    Temporary files left beside ``path`` by earlier interrupted saves are removed once this one
    has succeeded. Raises OSError (with the temporary file removed) or FileNotFoundError when the
    folder is missing.
    """
    # Through a symbolic link, replace the file it points to, never the link itself.
    path = Path(os.path.realpath(path)) if path.is_symlink() else path
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise FileNotFoundError(f"the folder {folder} does not exist")
    fd, temp_name = tempfile.mkstemp(prefix=_temp_prefix(path), suffix=TEMP_SUFFIX, dir=folder)
    try:
        try:
            _write_all(fd, data)
            os.fsync(fd)
            if verify:
                _check_written(fd, data)
        finally:
            os.close(fd)
        if mode is not None:
            os.chmod(temp_name, mode & 0o777)
        elif path.exists():
            os.chmod(temp_name, path.stat().st_mode & 0o777)
        else:
            os.chmod(temp_name, 0o666 & ~_umask())
        os.replace(temp_name, path)
    except BaseException:
        _remove_quietly(temp_name)
        raise
    _sync_folder(folder)
    _remove_leftovers(path, folder)
    return path.stat()


def _temp_prefix(path: Path) -> str:
    return f".{path.name}."


def _remove_leftovers(path: Path, folder: Path) -> None:
    """Delete old temporary files of ``path`` left by interrupted saves: hidden, but synced, and seen on Windows."""
    prefix = _temp_prefix(path)
    too_old = time.time() - LEFTOVER_AGE_SECONDS
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        name = entry.name
        if not (name.startswith(prefix) and name.endswith(TEMP_SUFFIX)
                and _TEMP_NAME.fullmatch(name[len(prefix):-len(TEMP_SUFFIX)])):
            continue
        try:
            if entry.is_file(follow_symlinks=False) and entry.stat(follow_symlinks=False).st_mtime < too_old:
                os.unlink(entry.path)
        except OSError:
            pass  # gone already, or not ours to remove: the save itself succeeded


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view[:WRITE_CHUNK])
        if written <= 0:
            raise OSError(errno.EIO, "the disk accepted no more data")
        view = view[written:]


def _check_written(fd: int, data: bytes) -> None:
    """Read the file back through its descriptor: what is there must be exactly what we wrote."""
    if os.fstat(fd).st_size != len(data):
        raise OSError(errno.EIO, "the file written has the wrong size")
    offset = 0
    while offset < len(data):
        chunk = os.pread(fd, WRITE_CHUNK, offset) if hasattr(os, "pread") else _read_at(fd, offset)
        if not chunk or chunk != data[offset:offset + len(chunk)]:
            raise OSError(errno.EIO, "the file written reads back differently")
        offset += len(chunk)


def _read_at(fd: int, offset: int) -> bytes:
    os.lseek(fd, offset, os.SEEK_SET)
    return os.read(fd, WRITE_CHUNK)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _remove_quietly(name: str) -> None:
    try:
        os.unlink(name)
    except OSError:
        pass


def _sync_folder(folder: Path) -> None:
    if not hasattr(os, "O_DIRECTORY"):
        return  # Windows cannot open folders; os.replace is already atomic there
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
