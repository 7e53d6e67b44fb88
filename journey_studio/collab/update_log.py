"""The edits a participant made in a room, kept on disk until it leaves the room while connected.

A participant that goes offline keeps editing; if the app then closes or crashes before it comes
back, those edits would exist nowhere else. Each local Y update is appended here as it is made
(length-prefixed, flushed), and the next join of the same room applies them all again once synced.
Y updates carry their author's client id and clocks, so an update the room already has changes
nothing: replaying the whole log never duplicates. A torn last record (a crash mid-write) is
ignored; the log is emptied after a clean leave while connected. No Qt here.
"""

import hashlib
import struct
from pathlib import Path

from .link import RoomLink

MAX_LOG = 64 * 1024 * 1024
"""Largest log read back: beyond it the tail is left (a log is a few kilobytes a session)."""
_HEADER = struct.Struct(">I")


class UpdateLog:
    """An append-only file of Y updates."""

    def __init__(self, path: Path):
        self.path = path

    @classmethod
    def for_room(cls, folder: Path, link: RoomLink) -> "UpdateLog":
        """The log of ``link``'s room in ``folder`` (one per server and room; the token is not in its name)."""
        digest = hashlib.sha256(f"{link.host}:{link.port}/{link.room}".encode()).hexdigest()[:24]
        return cls(folder / f"live-{digest}.yupdates")

    def append(self, update: bytes) -> None:
        """Add one update, on disk before this returns (flushed; fsync would cost a keystroke ~5 ms)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.path, "ab") as handle:
            handle.write(_HEADER.pack(len(update)) + update)
            handle.flush()

    def updates(self) -> list[bytes]:
        """Every whole update in the log, oldest first; none when there is no log."""
        try:
            with open(self.path, "rb") as handle:
                data = handle.read(MAX_LOG)
        except FileNotFoundError:
            return []
        found: list[bytes] = []
        offset = 0
        while offset + _HEADER.size <= len(data):
            (length,) = _HEADER.unpack_from(data, offset)
            end = offset + _HEADER.size + length
            if end > len(data):
                break  # torn by a crash while writing: the update before it is whole
            found.append(data[offset + _HEADER.size:end])
            offset = end
        return found

    def clear(self) -> None:
        """Forget the log (the room has everything in it)."""
        self.path.unlink(missing_ok=True)
