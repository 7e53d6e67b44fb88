"""Reading an opened file without trusting its size: what was checked with fstat can grow while it is read."""

import os

CHUNK = 1024 * 1024


def read_at_most(fd: int, limit: int) -> bytes:
    """Up to ``limit + 1`` bytes from ``fd``: more than ``limit`` means the file grew past it while read.

    Callers check the size with ``os.fstat`` first and word their own refusal; this only stops the read,
    so a file that keeps growing (or lies about its size) never costs more than ``limit + 1`` bytes.
    """
    chunks: list[bytes] = []
    remaining = limit + 1
    while remaining > 0 and (chunk := os.read(fd, min(remaining, CHUNK))):
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)
