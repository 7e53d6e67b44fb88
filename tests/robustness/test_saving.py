"""Saving never loses a map: backups of what a save replaced, checked writes, clear failures.

Whatever goes wrong (read-only file, missing folder, full disk, a file from a newer version),
the file on disk stays exactly as it was and the message says what to do.
"""

import errno
import os
import shutil
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from journey_studio.io import (
    BACKUP_FOLDER,
    SaveFailed,
    atomic,
    backup_path,
    list_backups,
    read_workspace,
    save_workspace,
    workspace_to_bytes,
    write_workspace,
)
from tests.factories import make_card, make_workspace, sample_workspace, versions

ROOT = Path(__file__).resolve().parents[2]


def only_the_map_and_backups(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# --- backups --------------------------------------------------------------------------------


def test_each_save_keeps_the_replaced_version_as_backup_one(tmp_path):
    path = tmp_path / "Parcours.journey.json"
    (w0, b0), (w1, b1), (w2, b2) = versions(3)
    first = save_workspace(w0, path, backups=3)
    assert first.backup is None, "nothing was replaced"
    second = save_workspace(w1, path, backups=3)
    assert second.backup == tmp_path / BACKUP_FOLDER / "Parcours.~1~.journey.json"
    assert second.backup.read_bytes() == b0
    save_workspace(w2, path, backups=3)
    assert path.read_bytes() == b2
    assert [p.read_bytes() for p in list_backups(path)] == [b1, b0]
    assert only_the_map_and_backups(tmp_path) == [BACKUP_FOLDER, "Parcours.journey.json"]


def test_a_save_removes_what_an_interrupted_save_left_behind(tmp_path):
    """A crash mid-save leaves a hidden temporary file; the next save of that map removes it
    once it is old enough not to belong to a save still running in another window."""
    path = tmp_path / "Parcours.journey.json"
    (w0, _), (w1, b1) = versions(2)
    save_workspace(w0, path, backups=0)
    stale = tmp_path / ".Parcours.journey.json.k3x9_q1z.tmp"
    recent = tmp_path / ".Parcours.journey.json.a8b2c4d6.tmp"
    other_map = tmp_path / ".Parcours.journey.json.old.journey.json.zz11yy22.tmp"
    for leftover in (stale, recent, other_map):
        leftover.write_bytes(b'{"half": ')
    old = os.stat(stale).st_mtime - atomic.LEFTOVER_AGE_SECONDS - 60
    for leftover in (stale, other_map):
        os.utime(leftover, (old, old))
    save_workspace(w1, path, backups=0)
    assert path.read_bytes() == b1
    assert not stale.exists()
    assert recent.exists(), "may be a save in progress in another window"
    assert other_map.exists(), "belongs to another map"


def test_only_the_newest_backups_are_kept(tmp_path):
    path = tmp_path / "map.journey.json"
    saved = versions(7)
    for workspace, _ in saved:
        save_workspace(workspace, path, backups=3)
    assert [p.name for p in list_backups(path)] == [f"map.~{n}~.journey.json" for n in (1, 2, 3)]
    assert [p.read_bytes() for p in list_backups(path)] == [saved[5][1], saved[4][1], saved[3][1]]
    save_workspace(saved[0][0], path, backups=1)  # the setting was lowered
    assert [p.read_bytes() for p in list_backups(path)] == [saved[6][1]]


def test_saving_the_same_bytes_again_does_not_push_out_a_backup(tmp_path):
    path = tmp_path / "map.journey.json"
    (w0, b0), (w1, _) = versions(2)
    save_workspace(w0, path, backups=3)
    save_workspace(w1, path, backups=3)
    save_workspace(w1, path, backups=3)
    assert [p.read_bytes() for p in list_backups(path)] == [b0]


def test_no_backups_when_asked_for_none(tmp_path):
    path = tmp_path / "map.journey.json"
    for workspace, _ in versions(2):
        save_workspace(workspace, path, backups=0)
        write_workspace(workspace, path)
    assert only_the_map_and_backups(tmp_path) == ["map.journey.json"]


def test_backups_of_maps_in_one_folder_do_not_mix(tmp_path):
    (w0, b0), (w1, b1) = versions(2)
    for name in ("a.journey.json", "a.1.journey.json", "notes.json"):
        save_workspace(w0, tmp_path / name, backups=2)
        save_workspace(w1, tmp_path / name, backups=2)
    for name in ("a.journey.json", "a.1.journey.json", "notes.json"):
        assert [p.read_bytes() for p in list_backups(tmp_path / name)] == [b0], name
    assert backup_path(tmp_path / "notes.json", 1).name == "notes.json.~1~.journey.json"


def test_a_backup_opens_like_any_map(tmp_path):
    path = tmp_path / "map.journey.json"
    save_workspace(sample_workspace(), path, backups=3)
    save_workspace(make_workspace(), path, backups=3)
    assert read_workspace(list_backups(path)[0]) == sample_workspace()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_private_map_keeps_private_backups(tmp_path):
    path = tmp_path / "map.journey.json"
    (w0, _), (w1, _) = versions(2)
    save_workspace(w0, path, backups=3)
    path.chmod(0o600)
    save_workspace(w1, path, backups=3)
    assert stat.S_IMODE(list_backups(path)[0].stat().st_mode) == 0o600
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_backup_that_cannot_be_written_does_not_stop_the_save(tmp_path):
    path = tmp_path / "map.journey.json"
    (w0, _), (w1, b1) = versions(2)
    save_workspace(w0, path, backups=3)
    (tmp_path / BACKUP_FOLDER).write_text("a file where the folder should be", encoding="utf-8")
    result = save_workspace(w1, path, backups=3)
    assert path.read_bytes() == b1
    assert result.backup is None and result.backup_problem


# --- what was written is checked ------------------------------------------------------------


def test_the_fingerprint_describes_the_written_file(tmp_path):
    path = tmp_path / "map.journey.json"
    result = save_workspace(sample_workspace(), path)
    data = path.read_bytes()
    assert result.fingerprint.size == len(data)
    assert result.fingerprint.mtime_ns == path.stat().st_mtime_ns
    import hashlib
    assert result.fingerprint.sha256 == hashlib.sha256(data).hexdigest()


def test_a_file_that_reads_back_differently_never_replaces_the_map(tmp_path, monkeypatch):
    path = tmp_path / "map.journey.json"
    (w0, b0), (w1, _) = versions(2)
    save_workspace(w0, path)
    real_write = os.write

    def corrupting_write(fd, data):  # a flaky network drive: a bit flipped on the way
        data = bytearray(data)
        data[len(data) // 2] ^= 1
        return real_write(fd, bytes(data))

    monkeypatch.setattr(os, "write", corrupting_write)
    with pytest.raises(SaveFailed, match="reads back differently"):
        save_workspace(w1, path)
    monkeypatch.undo()
    assert path.read_bytes() == b0
    assert only_the_map_and_backups(tmp_path) == ["map.journey.json"]


def test_a_map_that_could_not_be_opened_again_is_not_saved(tmp_path):
    path = tmp_path / "map.journey.json"
    (w0, b0), _ = versions(2)
    save_workspace(w0, path)
    broken = make_workspace(cards=[make_card("c1", stage_id="nowhere")])  # a bug elsewhere let this in
    with pytest.raises(SaveFailed) as failure:
        save_workspace(broken, path)
    assert "would stop it from opening again" in str(failure.value)
    assert "nowhere" in str(failure.value)
    assert path.read_bytes() == b0


def test_short_writes_are_completed(tmp_path, monkeypatch):
    path = tmp_path / "map.journey.json"
    real_write = os.write
    monkeypatch.setattr(os, "write", lambda fd, data: real_write(fd, bytes(data[:7])))
    save_workspace(sample_workspace(), path)
    monkeypatch.undo()
    assert path.read_bytes() == workspace_to_bytes(sample_workspace())


# --- failures are explained and change nothing ----------------------------------------------


@pytest.mark.parametrize("where", ["write", "fsync"])
def test_a_full_disk_keeps_the_old_file(tmp_path, monkeypatch, where):
    path = tmp_path / "map.journey.json"
    (w0, b0), (w1, _) = versions(2)
    save_workspace(w0, path, backups=3)

    def full(*args):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, where, full)
    with pytest.raises(SaveFailed) as failure:
        save_workspace(w1, path, backups=3)
    monkeypatch.undo()
    message = str(failure.value)
    assert str(path) in message and "the disk is full" in message and "No space left on device" in message
    assert path.read_bytes() == b0
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_read_only_file_is_not_replaced(tmp_path):
    path = tmp_path / "map.journey.json"
    (w0, b0), (w1, _) = versions(2)
    save_workspace(w0, path)
    path.chmod(0o444)
    try:
        with pytest.raises(SaveFailed) as failure:
            save_workspace(w1, path, backups=3)
    finally:
        path.chmod(0o644)
    assert "read-only" in str(failure.value) and "Save As" in str(failure.value)
    assert path.read_bytes() == b0
    assert only_the_map_and_backups(tmp_path) == ["map.journey.json"]


def test_a_folder_that_cannot_be_written_says_so(tmp_path, monkeypatch):
    path = tmp_path / "map.journey.json"

    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(atomic.tempfile, "mkstemp", refuse)
    with pytest.raises(SaveFailed) as failure:
        save_workspace(sample_workspace(), path)
    assert "permission denied" in str(failure.value) and str(tmp_path) in str(failure.value)
    assert not path.exists()


def test_a_missing_folder_is_named(tmp_path):
    path = tmp_path / "Clé USB" / "map.journey.json"
    with pytest.raises(SaveFailed, match="does not exist") as failure:
        save_workspace(sample_workspace(), path, backups=3)
    assert str(path.parent) in str(failure.value)
    assert not path.parent.exists()


@pytest.mark.parametrize("version", [2, 40])
def test_a_file_from_a_newer_version_is_never_overwritten(tmp_path, version):
    path = tmp_path / "map.journey.json"
    newer = b'{\n  "schema_version": %d,\n  "whatever": "the future holds"\n}\n' % version
    path.write_bytes(newer)
    with pytest.raises(SaveFailed) as failure:
        save_workspace(sample_workspace(), path, backups=3)
    assert f"file format {version}" in str(failure.value) and "Save As" in str(failure.value)
    assert path.read_bytes() == newer


def test_a_newer_version_number_inside_a_text_is_not_mistaken_for_the_files(tmp_path):
    path = tmp_path / "map.journey.json"
    workspace = make_workspace(cards=[make_card(title='"schema_version": 7')])
    save_workspace(workspace, path)
    save_workspace(sample_workspace(), path)
    assert read_workspace(path) == sample_workspace()


def _tiny_disk_available(mount: Path) -> bool:
    if sys.platform != "linux" or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        ["unshare", "--user", "--map-root-user", "--mount", "sh", "-c",
         f"mount -t tmpfs -o size=64k tmpfs '{mount}'"],
        capture_output=True, timeout=20,
    )
    return probe.returncode == 0


def test_a_really_full_disk_keeps_the_old_file(tmp_path):
    """A 256 kB tmpfs in a private mount namespace (no root needed where user namespaces are allowed)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if not _tiny_disk_available(mount):
        pytest.skip("no unprivileged tmpfs here (needs Linux user namespaces)")
    script = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(ROOT)!r})
        from pathlib import Path
        from bench.synthetic_map import build_workspace
        from journey_studio.io import SaveFailed, save_workspace, workspace_to_bytes
        path = Path({str(mount)!r}) / "map.journey.json"
        small = build_workspace(stages=3, cards=10)
        save_workspace(small, path, backups=3)
        before = path.read_bytes()
        big = build_workspace(stages=10, cards=400)
        assert len(workspace_to_bytes(big)) > 256 * 1024
        try:
            save_workspace(big, path, backups=3)
        except SaveFailed as error:
            print("FAILED:", error)
        assert path.read_bytes() == before, "the old file changed"
        leftovers = [p.name for p in path.parent.iterdir() if p.name.endswith(".tmp")]
        assert not leftovers, leftovers
        print("INTACT")
    """)
    result = subprocess.run(
        ["unshare", "--user", "--map-root-user", "--mount", "sh", "-c",
         f"mount -t tmpfs -o size=256k tmpfs '{mount}' && exec '{sys.executable}' -c \"$0\"", script],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "FAILED:" in result.stdout and "the disk is full" in result.stdout
    assert "INTACT" in result.stdout
