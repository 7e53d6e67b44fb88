"""Atomic file replacement: a crash at any moment leaves the old file or the new one, never a mix."""

import contextlib
import errno
import hashlib
import os
import re
import stat
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

WRITE_CHUNK = 1024 * 1024
"""Bytes per os.write call: short writes are retried, and a full disk is noticed at the first refused chunk."""
LEFTOVER_AGE_SECONDS = 15 * 60
"""A temporary file of ours this old belongs to a save that was interrupted (crash, power cut):
no save takes that long, so removing it cannot disturb one still running in another window."""
TEMP_SUFFIX = ".tmp"
_TEMP_NAME = re.compile(r"[a-z0-9_]{8}")
"""What tempfile.mkstemp puts between our prefix and suffix."""


class NotRegularFile(OSError):
    """The target is a device, a pipe, a socket or a folder: replacing it would touch something that is not ours."""

    def __init__(self, path: Path):
        super().__init__(errno.EINVAL, "is not a regular file (a device, a pipe or a folder); nothing was written",
                         str(path))


class MissingFolder(FileNotFoundError):
    """The folder a file was to be written in is not there (``strerror`` says so in English)."""

    def __init__(self, folder: Path):
        self.folder = folder
        super().__init__(errno.ENOENT, f"the folder {folder} does not exist", str(folder))


def atomic_write(path: Path, data: bytes | Iterable[bytes], *, verify: bool = True, mode: int | None = None,
                 follow_symlinks: bool = True) -> os.stat_result:
    """Write ``data`` to a temporary file beside ``path``, fsync it, rename it over ``path``, fsync the folder.

    With ``verify`` the temporary file is read back and compared before the rename, so a file
    that does not hold exactly ``data`` never replaces the old one. The new file keeps the old
    one's permissions, or takes ``mode``, or follows the umask. Returns the new file's stat.
    A symbolic link is followed: the file it points to is replaced and the link stays; with
    ``follow_symlinks`` False the link itself is replaced (files of our own, such as recovery
    copies, must never write through a link to somewhere else). Whatever the path resolves to
    must be a regular file or nothing: a device, a pipe or a folder raises NotRegularFile.
    Temporary files left beside ``path`` by earlier interrupted saves are removed once this one
    has succeeded. ``data`` may come in pieces (read once, each written as it comes: a file too large
    to hold whole); ``verify`` then reads the file back against a digest of the pieces. Raises
    OSError (with the temporary file removed) or FileNotFoundError when the folder is missing.
    """
    staged = StagedFile(path, data, verify=verify, mode=mode, follow_symlinks=follow_symlinks)
    return staged.commit()


def resolve_target(path: Path, follow_symlinks: bool = True) -> Path:
    """The file a write to ``path`` replaces; NotRegularFile when that is not a regular file."""
    # Through a symbolic link, replace the file it points to, never the link itself.
    if follow_symlinks and path.is_symlink():
        path = Path(os.path.realpath(path))
    try:
        status = os.stat(path, follow_symlinks=follow_symlinks)
    except (FileNotFoundError, NotADirectoryError):
        return path
    if not (stat.S_ISREG(status.st_mode) or stat.S_ISLNK(status.st_mode)):
        raise NotRegularFile(path)
    return path


class StagedFile:
    """A new version of ``path`` written, synced and checked beside it, waiting for :meth:`commit`.

    Splitting the write from the rename lets a save do its last checks (has another program
    changed the file? keep the replaced version as a backup) after the slow, failure-prone part
    (a full disk fails here) and before anything the user had is touched. :meth:`discard` (or
    leaving a ``with`` block without committing) removes the temporary file.
    """

    def __init__(self, path: Path, data: bytes | Iterable[bytes], *, verify: bool = True, mode: int | None = None,
                 follow_symlinks: bool = True, copy_from: Path | None = None):
        self.path = resolve_target(Path(path), follow_symlinks)
        self._mode = mode
        folder = self.path.parent if str(self.path.parent) else Path(".")
        if not folder.is_dir():
            raise MissingFolder(folder)
        self.folder = folder
        fd, self.temp_name = tempfile.mkstemp(prefix=_temp_prefix(self.path), suffix=TEMP_SUFFIX, dir=folder)
        try:
            try:
                if copy_from is not None:
                    _copy_file(copy_from, fd)
                    os.fsync(fd)
                elif isinstance(data, bytes | bytearray):
                    _write_all(fd, data)
                    os.fsync(fd)
                    if verify:
                        _check_written(fd, data)
                else:
                    _write_pieces(fd, data, verify)
            finally:
                os.close(fd)
        except BaseException:
            _remove_quietly(self.temp_name)
            raise
        self._done = False

    def __enter__(self) -> "StagedFile":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.discard()

    def commit(self) -> os.stat_result:
        """Put the new version in place of ``path`` in one step; returns its stat."""
        path = self.path
        try:
            resolve_target(path, follow_symlinks=False)  # still not a device, however late it became one
            if self._mode is not None:
                os.chmod(self.temp_name, self._mode & 0o777)
            elif path.exists():
                os.chmod(self.temp_name, path.stat().st_mode & 0o777)
            else:
                os.chmod(self.temp_name, 0o666 & ~_umask())
            os.replace(self.temp_name, path)
        except BaseException:
            self.discard()
            raise
        self._done = True
        _sync_folder(self.folder)
        _remove_leftovers(path, self.folder)
        return path.stat()

    def discard(self) -> None:
        if not self._done:
            _remove_quietly(self.temp_name)
            self._done = True


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


def _write_pieces(fd: int, pieces: Iterable[bytes], verify: bool) -> None:
    """Write ``pieces`` one after another and sync; with ``verify``, read the file back against their digest."""
    digest, size = hashlib.blake2b(), 0
    for piece in pieces:
        _write_all(fd, piece)
        if verify:
            digest.update(piece)
        size += len(piece)
    os.fsync(fd)
    if not verify:
        return
    if os.fstat(fd).st_size != size:
        raise OSError(errno.EIO, "the file written has the wrong size")
    written, offset = hashlib.blake2b(), 0
    while chunk := (os.pread(fd, WRITE_CHUNK, offset) if hasattr(os, "pread") else _read_at(fd, offset)):
        written.update(chunk)
        offset += len(chunk)
    if written.digest() != digest.digest():
        raise OSError(errno.EIO, "the file written reads back differently")


def _copy_file(source: Path, fd: int) -> None:
    """Copy the regular file ``source`` into ``fd`` a chunk at a time (any size, bounded memory)."""
    source_fd = os.open(source, os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0))
    try:
        if not stat.S_ISREG(os.fstat(source_fd).st_mode):
            raise NotRegularFile(source)
        while chunk := os.read(source_fd, WRITE_CHUNK):
            _write_all(fd, chunk)
    finally:
        os.close(source_fd)


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
    with contextlib.suppress(OSError):
        os.unlink(name)


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
