"""atomic_write takes a file in pieces (a stream too large to hold): written as they come, checked, all or nothing."""

import os

import pytest

from journey_studio.io import atomic

OLD = b"the file as it was\n"
PIECES = [b"<svg>", b"x" * 300_000, b"</svg>\n"]


def test_pieces_make_the_file_they_join_into(tmp_path):
    path = tmp_path / "out.svg"
    path.write_bytes(OLD)
    atomic.atomic_write(path, iter(PIECES))
    assert path.read_bytes() == b"".join(PIECES)
    assert os.listdir(tmp_path) == ["out.svg"]


def test_a_piece_written_wrong_is_caught_and_the_old_file_stays(tmp_path, monkeypatch):
    path = tmp_path / "out.svg"
    path.write_bytes(OLD)
    write_all = atomic._write_all

    def corrupting_write(fd: int, data: bytes) -> None:
        write_all(fd, data.replace(b"x", b"y", 1))  # same size, one byte changed: only the read-back sees it

    monkeypatch.setattr(atomic, "_write_all", corrupting_write)
    with pytest.raises(OSError, match="reads back differently"):
        atomic.atomic_write(path, iter(PIECES))
    assert path.read_bytes() == OLD
    assert os.listdir(tmp_path) == ["out.svg"]
    atomic.atomic_write(path, iter(PIECES), verify=False)  # unchecked, the bad file would have gone through
    assert path.read_bytes() != b"".join(PIECES)


def test_pieces_failing_midway_leave_the_old_file_and_no_temporary_file(tmp_path):
    path = tmp_path / "out.svg"
    path.write_bytes(OLD)

    def pieces():
        yield b"<svg>"
        yield b"x" * 100_000
        raise OSError(5, "the spool could not be read")

    with pytest.raises(OSError, match="spool"):
        atomic.atomic_write(path, pieces())
    assert path.read_bytes() == OLD
    assert os.listdir(tmp_path) == ["out.svg"]
