"""Issue 14, "never outside the map": a hostile recovery folder (pipes, links to endless or huge files,
damaged info files) neither freezes nor breaks start-up, and nothing of ours is written through a link.

Links point at pipes and sparse files inside ``tmp_path``, never at ``/dev``: a pipe blocks a reader as
``/dev/zero``'s endless stream would exhaust one, and a sparse file is huge without using the disk.
"""

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journey_studio.io import workspace_to_bytes, write_workspace
from journey_studio.recovery import INFO_SUFFIX, LOCK_SUFFIX, RecoveryInfo, RecoveryStore
from tests.factories import make_card, make_workspace, sample_workspace

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes: POSIX")
PROBE = Path(__file__).resolve().parent / "app_probe.py"
GIGABYTE = 1024 ** 3


def _copy(folder: Path, key: str, title: str, info: bytes | None) -> None:
    workspace = make_workspace(cards=[make_card()])
    workspace.maps[0].title = title
    (folder / f"{key}.journey.json").write_bytes(workspace_to_bytes(workspace))
    if info is not None:
        (folder / f"{key}{INFO_SUFFIX}").write_bytes(info)


def _info(saved_at: str, **extra) -> bytes:
    return json.dumps({"original_path": None, "title": "t", "saved_at": saved_at, "app_version": "1",
                       "original": None, **extra}).encode()


def hostile_recovery_folder(folder: Path, outside: Path) -> None:
    """Every kind of entry issue 14 found breaking start-up, and two good copies among them."""
    folder.mkdir(parents=True)
    outside.mkdir()
    os.mkfifo(outside / "pipe")
    sparse = outside / "sparse"
    with open(sparse, "wb") as handle:
        handle.truncate(GIGABYTE)
    os.mkfifo(folder / "20260101-000000-fifo.journey.json")                        # a pipe as a copy
    (folder / "20260101-000000-link.journey.json").symlink_to(outside / "pipe")     # a link to an endless reader
    (folder / "20260101-000000-huge.journey.json").symlink_to(sparse)               # a link to 1 GB
    with open(folder / "20260101-000000-sparse.journey.json", "wb") as handle:     # 1 GB, sparse
        handle.truncate(GIGABYTE)
    _copy(folder, "20260101-000000-pipeinfo", "Pipe info", None)
    os.mkfifo(folder / f"20260101-000000-pipeinfo{INFO_SUFFIX}")                  # its info is a pipe
    _copy(folder, "20260101-000000-pipelock", "Pipe lock", _info("2026-01-01T00:00:00"))
    os.mkfifo(folder / f"20260101-000000-pipelock{LOCK_SUFFIX}")                  # its lock is a pipe
    _copy(folder, "20260101-000000-naive", "Naive date", _info("2026-01-02T10:00:00"))
    _copy(folder, "20260101-000000-aware", "Aware date", _info("2026-01-03T10:00:00+02:00"))
    _copy(folder, "20260101-000000-overflow", "Overflow", _info(
        "2026-01-04T10:00:00+00:00", original={"size": 1e400, "mtime_ns": 1, "sha256": "x"}).replace(
        b"Infinity", b"1e400"))
    _copy(folder, "20260101-000000-deep", "Deep", b'{"saved_at": ' + b"[" * 200_000 + b"]" * 200_000 + b"}")


def test_a_hostile_recovery_folder_is_skipped_with_notes_and_the_good_copies_are_offered(tmp_path):
    folder = tmp_path / "recovery"
    hostile_recovery_folder(folder, tmp_path / "outside")
    store = RecoveryStore(folder)
    orphans = store.claim_orphans()
    try:
        offered = {slot.load().maps[0].title for slot in orphans}
        infos = [slot.info() for slot in orphans]
    finally:
        for slot in orphans:
            slot.release()
    assert offered == {"Pipe info", "Naive date", "Aware date", "Overflow", "Deep"}
    assert all(info.saved_at.tzinfo is not None for info in infos)
    noted = "\n".join(store.notes)
    for name in ("fifo", "link", "huge", "sparse", "pipelock"):
        assert f"20260101-000000-{name}" in noted, name
    assert (tmp_path / "outside" / "pipe").is_fifo() and (tmp_path / "outside" / "sparse").stat().st_size == GIGABYTE


@pytest.mark.skipif(sys.platform != "linux", reason="XDG folders: Linux")
def test_the_file_named_on_the_command_line_opens_whatever_the_recovery_folder_holds(tmp_path):
    """The real program, started on a file, with the hostile folder as its recovery folder."""
    data = tmp_path / "data"
    hostile_recovery_folder(data / "Journey Studio" / "Journey Studio" / "recovery", tmp_path / "outside")
    path = tmp_path / "carte.journey.json"
    write_workspace(sample_workspace(), path)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(data),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    result = subprocess.run([sys.executable, str(PROBE), "restart", str(path)], env=env, capture_output=True,
                            text=True, encoding="utf-8", timeout=120)  # a hang guard, not a measure
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    windows = [line for line in result.stdout.splitlines() if line.startswith("WINDOW")]
    assert any(str(path.resolve()) in line or str(path) in line for line in windows), result.stdout
    assert len([line for line in result.stdout.splitlines() if line.startswith("OFFERED")]) == 5


def test_info_files_with_dates_of_both_kinds_sort(tmp_path):
    naive = RecoveryInfo.from_json(_info("2026-01-02T10:00:00"))
    aware = RecoveryInfo.from_json(_info("2026-01-02T11:00:00+02:00"))
    assert sorted([naive, aware], key=lambda info: info.saved_at) == [aware, naive]
    assert naive.saved_at == datetime(2026, 1, 2, 10, tzinfo=UTC)


@pytest.mark.parametrize("data", [
    b'{"saved_at": "2026-01-01T00:00:00", "original": {"size": 1e400, "mtime_ns": 1, "sha256": "x"}}',
    b"[" * 200_000 + b"]" * 200_000,
    b'{"saved_at": 5}', b"\xff\xfe", b'"just a string"', b'{"saved_at": "2026-13-45"}',
])
def test_a_damaged_info_file_is_a_value_error_only(data):
    with pytest.raises(ValueError):
        RecoveryInfo.from_json(data)


def test_a_recovery_copy_never_writes_through_a_link(tmp_path):
    folder = tmp_path / "recovery"
    outside = tmp_path / "outside"
    outside.mkdir()
    os.mkfifo(outside / "pipe")
    store = RecoveryStore(folder)
    slot = store.new_slot()
    try:
        target = outside / "precious.journey.json"
        target.write_bytes(b"not ours")
        slot.data_path.symlink_to(target)
        slot.info_path.symlink_to(outside / "pipe")
        slot.write(workspace_to_bytes(sample_workspace()), RecoveryInfo(None, "t", datetime.now(UTC)))
    finally:
        slot.release()
    assert target.read_bytes() == b"not ours" and (outside / "pipe").is_fifo()
    assert not slot.data_path.is_symlink() and slot.load() == sample_workspace()


ENTRY_KINDS = st.sampled_from(["fifo", "link-fifo", "link-sparse", "sparse", "dir", "link-missing", "empty",
                               "garbage", "good"])


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(ENTRY_KINDS, st.sampled_from(["copy", "info", "lock"])), min_size=1, max_size=8))
def test_any_mix_of_non_regular_files_in_the_recovery_folder_is_survived(tmp_path_factory, entries):
    root = tmp_path_factory.mktemp("fuzz")
    folder, outside = root / "recovery", root / "outside"
    folder.mkdir()
    outside.mkdir()
    os.mkfifo(outside / "pipe")
    with open(outside / "sparse", "wb") as handle:
        handle.truncate(GIGABYTE)
    good = workspace_to_bytes(sample_workspace())
    for index, (kind, role) in enumerate(entries):
        key = f"20260101-000000-{index:02d}"
        suffix = {"copy": ".journey.json", "info": INFO_SUFFIX, "lock": LOCK_SUFFIX}[role]
        if role != "copy":
            (folder / f"{key}.journey.json").write_bytes(good)
        entry = folder / f"{key}{suffix}"
        {
            "fifo": lambda p: os.mkfifo(p),
            "link-fifo": lambda p: p.symlink_to(outside / "pipe"),
            "link-sparse": lambda p: p.symlink_to(outside / "sparse"),
            "sparse": lambda p: os.truncate(p.open("wb").close() or p, GIGABYTE),
            "dir": lambda p: p.mkdir(),
            "link-missing": lambda p: p.symlink_to(outside / "missing"),
            "empty": lambda p: p.write_bytes(b""),
            "garbage": lambda p: p.write_bytes(b"\x00{[" * 100),
            "good": lambda p, role=role: p.write_bytes(good if role == "copy" else _info("2026-01-01T00:00:00")),
        }[kind](entry)
    store = RecoveryStore(folder)
    orphans = store.claim_orphans()
    for slot in orphans:
        slot.info()
        try:
            slot.load()
        except Exception as error:  # only typed, explained failures
            from journey_studio.io import JourneyFileError

            assert isinstance(error, JourneyFileError), repr(error)
        slot.release()
    assert (outside / "pipe").is_fifo() and (outside / "sparse").stat().st_size == GIGABYTE
