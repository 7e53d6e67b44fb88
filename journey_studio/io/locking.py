"""An advisory lock beside a map, held from the last "changed on disk?" check to the rename.

Two windows (or two processes) saving the same file must not both succeed: each checks that
the file is still what it last read, then renames its new version into place. Without a lock
the other's rename can land between the check and our rename, and its work is silently lost.
Every Journey Studio save takes this lock first, so check-and-rename is one step for all of them.

POSIX: ``flock`` on a hidden ``.<name>.lock`` file beside the map, removed on release (the
inode is re-checked after locking, so a lock file removed meanwhile is never trusted).
Windows: ``msvcrt.locking`` on the same file. Elsewhere, or where the file system refuses
locks (some network shares), an exclusively created file stands in, and a stale one (a
process that died holding it) is taken over after :data:`STALE_SECONDS`.
"""

import errno
import os
import stat as stat_module
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]
try:
    import msvcrt
except ImportError:  # POSIX
    msvcrt = None  # type: ignore[assignment]

WAIT_SECONDS = 10.0
"""How long a save waits for another save of the same file to finish: a save takes well under a second."""
POLL_SECONDS = 0.02
STALE_SECONDS = 60.0
LOCK_SUFFIX = ".lock"


class LockTimeout(OSError):
    """Another save of the same file held the lock for longer than :data:`WAIT_SECONDS`."""

    def __init__(self, path: Path):
        super().__init__(errno.EBUSY, "another window or program is saving this file right now; try again",
                         str(path))


def lock_path(path: Path) -> Path:
    return path.parent / f".{path.name}{LOCK_SUFFIX}"


@contextmanager
def save_lock(path: Path, wait: float | None = None) -> Iterator[None]:
    """Hold the save lock of ``path`` for the ``with`` block; LockTimeout after ``wait`` seconds.

    Raises OSError when the lock file cannot be created (a read-only folder: the save would fail anyway).
    """
    lock = lock_path(path)
    deadline = time.monotonic() + (WAIT_SECONDS if wait is None else wait)
    if fcntl is not None or msvcrt is not None:
        fd = _acquire_os_lock(lock, deadline)
        if fd is not None:
            try:
                yield
            finally:
                _release_os_lock(lock, fd)
            return
    _acquire_exclusive_file(lock, deadline)
    try:
        yield
    finally:
        _remove_quietly(lock)


def _open_lock_file(lock: Path) -> int:
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    fd = os.open(lock, flags, 0o600)
    if not stat_module.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise OSError(errno.EINVAL, "the lock file is not a regular file", str(lock))
    return fd


def _acquire_os_lock(lock: Path, deadline: float) -> int | None:
    """The locked descriptor; None when this file system does not do locks."""
    while True:
        fd = _open_lock_file(lock)
        try:
            locked = _try_lock(fd)
        except OSError as error:
            os.close(fd)
            if error.errno in (errno.ENOLCK, errno.EOPNOTSUPP, getattr(errno, "ENOTSUP", -1)):
                return None
            raise
        if locked:
            if fcntl is None or _same_file(lock, fd):
                return fd
            _unlock(fd)  # the file we locked was removed by its previous holder: lock the new one
            os.close(fd)
            continue
        os.close(fd)
        if time.monotonic() >= deadline:
            raise LockTimeout(lock)
        time.sleep(POLL_SECONDS)


def _try_lock(fd: int) -> bool:
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        else:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    except (BlockingIOError, PermissionError):
        return False
    except OSError as error:
        if error.errno in (errno.EACCES, errno.EAGAIN, getattr(errno, "EDEADLOCK", -1)):
            return False
        raise
    return True


def _unlock(fd: int) -> None:
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_UN)
        else:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    except OSError:
        pass


def _release_os_lock(lock: Path, fd: int) -> None:
    if fcntl is not None:
        _remove_quietly(lock)  # before unlocking: a waiter that then locks the old inode sees it is gone
    _unlock(fd)
    os.close(fd)
    if fcntl is None:
        _remove_quietly(lock)  # Windows cannot remove an open file; a waiter may hold it open: then it stays


def _same_file(lock: Path, fd: int) -> bool:
    try:
        on_disk = os.stat(lock, follow_symlinks=False)
    except OSError:
        return False
    held = os.fstat(fd)
    return (on_disk.st_dev, on_disk.st_ino) == (held.st_dev, held.st_ino)


def _acquire_exclusive_file(lock: Path, deadline: float) -> None:
    while True:
        try:
            fd = os.open(lock, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            try:
                if time.time() - os.stat(lock, follow_symlinks=False).st_mtime > STALE_SECONDS:
                    _remove_quietly(lock)
                    continue
            except OSError:
                continue
            if time.monotonic() >= deadline:
                raise LockTimeout(lock) from None
            time.sleep(POLL_SECONDS)
            continue
        os.close(fd)
        return


def _remove_quietly(path: Path) -> None:
    with suppress(OSError):
        os.unlink(path)
