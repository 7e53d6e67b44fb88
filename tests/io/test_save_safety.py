"""Issue 14, data loss: a failed save keeps every backup, late changes are noticed under a lock,
huge replaced files are still backed up, and nothing that is not a regular file is ever written over.
"""

import errno
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from journey_studio.io import (
    FileChangedOnDisk,
    SaveFailed,
    list_backups,
    load_workspace,
    save_workspace,
    workspace_to_bytes,
)
from journey_studio.io import files as files_module
from journey_studio.io.atomic import atomic_write
from tests.factories import versions

ROOT = Path(__file__).resolve().parents[2]


def snapshot(path: Path) -> dict[str, bytes]:
    """Every file of the map's folder (backups included) and its bytes."""
    return {str(p.relative_to(path.parent)): p.read_bytes() for p in sorted(path.parent.rglob("*")) if p.is_file()}


def test_failed_saves_leave_the_map_and_every_backup_as_they_were(tmp_path, monkeypatch):
    path = tmp_path / "map.journey.json"
    saved = versions(5)
    for workspace, _ in saved[:4]:
        save_workspace(workspace, path, backups=3)
    before = snapshot(path)
    assert [p.read_bytes() for p in list_backups(path)] == [saved[2][1], saved[1][1], saved[0][1]]

    def full(*args):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "write", full)
    for _ in range(4):
        with pytest.raises(SaveFailed, match="the disk is full"):
            save_workspace(saved[4][0], path, backups=3)
    monkeypatch.undo()
    assert snapshot(path) == before


def test_a_backup_that_cannot_be_written_leaves_the_older_ones_in_place(tmp_path, monkeypatch):
    """The backup is written before the older ones shift: when it fails, they keep their numbers."""
    path = tmp_path / "map.journey.json"
    saved = versions(5)
    for workspace, _ in saved[:4]:
        save_workspace(workspace, path, backups=3)
    backups_before = [p.read_bytes() for p in list_backups(path)]
    real_write = os.write
    backup_folder = str(tmp_path / ".journey-backups")

    def full_in_backups(fd, data):
        if os.readlink(f"/proc/self/fd/{fd}").startswith(backup_folder):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_write(fd, data)

    if not Path("/proc/self/fd").is_dir():
        pytest.skip("needs /proc to tell which file a write goes to")
    monkeypatch.setattr(os, "write", full_in_backups)
    result = save_workspace(saved[4][0], path, backups=3)
    monkeypatch.undo()
    assert result.backup is None and "the disk is full" in result.backup_problem
    assert [p.read_bytes() for p in list_backups(path)] == backups_before


def test_overwrite_after_a_file_over_64_mb_replaced_the_map_keeps_it_as_a_backup(tmp_path):
    path = tmp_path / "map.journey.json"
    (w0, _), (w1, b1) = versions(2)
    save_workspace(w0, path, backups=3)
    size = files_module.MAX_FILE_BYTES + 1024 * 1024
    with open(path, "wb") as handle:  # what another program put there: sparse, so the test stays light
        handle.write(b"{")
        handle.truncate(size)
    save_workspace(w1, path, backups=3)  # Overwrite: no expected fingerprint
    assert path.read_bytes() == b1
    newest = list_backups(path)[0]
    assert newest.stat().st_size == size
    with open(newest, "rb") as handle:
        assert handle.read(1) == b"{"


def test_a_change_that_lands_after_the_first_check_is_still_noticed(tmp_path, qapp, monkeypatch):
    """Another program writes while the map is being serialised: the save must not overwrite it."""
    from journey_studio.document import Document

    path = tmp_path / "map.journey.json"
    (w0, _), (w1, _) = versions(2)
    save_workspace(w0, path)
    document = Document.open(path)
    document.workspace.metadata.title = "Mine"
    theirs = workspace_to_bytes(w1)
    real = files_module.workspace_to_bytes

    def serialise_while_they_write(workspace):
        path.write_bytes(theirs)
        return real(workspace)

    monkeypatch.setattr(files_module, "workspace_to_bytes", serialise_while_they_write)
    with pytest.raises(FileChangedOnDisk):
        document.save()
    monkeypatch.undo()
    assert path.read_bytes() == theirs
    document.deleteLater()


def test_a_save_waits_for_the_lock_another_save_holds(tmp_path, monkeypatch):
    from journey_studio.io import locking

    path = tmp_path / "map.journey.json"
    (w0, b0), (w1, b1) = versions(2)
    save_workspace(w0, path)
    monkeypatch.setattr(locking, "WAIT_SECONDS", 0.05)
    with locking.save_lock(path):
        with pytest.raises(SaveFailed, match="saving this file right now"):
            save_workspace(w1, path)
        assert path.read_bytes() == b0
    save_workspace(w1, path)
    assert path.read_bytes() == b1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.journey.json"], "the lock file is removed"


_RACER = textwrap.dedent("""
    import sys
    sys.path.insert(0, sys.argv[1])
    from pathlib import Path
    from journey_studio.document import Document
    from journey_studio.io import FileChangedOnDisk
    path, name, go = Path(sys.argv[2]), sys.argv[3], Path(sys.argv[4])
    document = Document.open(path)
    Path(f"{go}-{name}").touch()  # opened: both start from the same version
    while not go.exists():
        pass
    saved = 0
    for number in range(40):
        document.workspace.metadata.title = f"{name} {number}"
        try:
            document.save(backups=0)
            saved += 1
        except FileChangedOnDisk:
            pass
    print(saved)
""")


def test_two_processes_saving_the_same_file_never_both_succeed(tmp_path):
    path = tmp_path / "map.journey.json"
    save_workspace(versions(1)[0][0], path)
    script = tmp_path / "racer.py"
    script.write_text(_RACER, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for run in range(2):
        go = tmp_path / f"go-{run}"
        racers = [subprocess.Popen([sys.executable, str(script), str(ROOT), str(path), name, str(go)],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
                  for name in ("A", "B")]
        while not all(Path(f"{go}-{name}").exists() for name in ("A", "B")):
            assert all(racer.poll() is None for racer in racers), "a racer stopped early"
            time.sleep(0.01)
        go.touch()
        outcomes = [racer.communicate(timeout=120) for racer in racers]
        assert all(racer.returncode == 0 for racer in racers), [err for _, err in outcomes]
        successes = [int(out) for out, _ in outcomes]
        assert min(successes) == 0, f"run {run}: both processes saved over each other {successes}"
        load_workspace(path)
        save_workspace(versions(1)[0][0], path)


def test_a_folder_replaced_by_a_file_is_reported_as_such(tmp_path, qapp):
    from journey_studio.document import Document

    folder = tmp_path / "Projet"
    folder.mkdir()
    path = folder / "map.journey.json"
    save_workspace(versions(1)[0][0], path)
    document = Document.open(path)
    document.workspace.metadata.title = "Edited"
    path.unlink()
    folder.rmdir()
    folder.write_bytes(b"not a folder any more")
    with pytest.raises(SaveFailed) as failure:
        document.save()
    assert not isinstance(failure.value, FileChangedOnDisk)
    assert "no longer a folder" in str(failure.value) and str(folder) in str(failure.value)
    assert folder.read_bytes() == b"not a folder any more"
    document.deleteLater()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_nothing_is_written_through_a_link_to_something_that_is_not_a_file(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    link = tmp_path / "settings.conf"
    link.symlink_to(fifo)
    with pytest.raises(OSError, match="not a regular file"):
        atomic_write(link, b"[General]\n")
    assert fifo.is_fifo() and link.is_symlink()
    with pytest.raises(SaveFailed, match="not a regular file"):
        save_workspace(versions(1)[0][0], link)
    assert fifo.is_fifo() and link.is_symlink()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe", "settings.conf"]


def test_our_own_files_replace_a_link_instead_of_writing_through_it(tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_bytes(b"someone else's")
    ours = tmp_path / "ours" / "copy.journey.json"
    ours.parent.mkdir()
    ours.symlink_to(outside)
    atomic_write(ours, b"ours", follow_symlinks=False)
    assert outside.read_bytes() == b"someone else's"
    assert not ours.is_symlink() and ours.read_bytes() == b"ours"


def test_on_a_really_full_disk_four_failed_saves_keep_three_backups(tmp_path):
    """Issue 14's own case on a 128 kB tmpfs: backups [v3, v2, v1] must not become [v3, v3, v3]."""
    from tests.robustness.test_saving import _tiny_disk_available

    mount = tmp_path / "disk"
    mount.mkdir()
    if not _tiny_disk_available(mount):
        pytest.skip("no unprivileged tmpfs here (needs Linux user namespaces)")
    script = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(ROOT)!r})
        from pathlib import Path
        from bench.synthetic_map import build_workspace
        from journey_studio.io import SaveFailed, list_backups, save_workspace, workspace_to_bytes
        path = Path({str(mount)!r}) / "map.journey.json"
        for version in range(4):
            save_workspace(build_workspace(stages=3, cards=10 + version), path, backups=3)
        before = {{p.name: p.read_bytes() for p in [path, *list_backups(path)]}}
        assert len(set(before.values())) == 4
        big = build_workspace(stages=5, cards=200)
        for attempt in range(4):
            try:
                save_workspace(big, path, backups=3)
                print("SAVED")
            except SaveFailed as error:
                print("FAILED:", error)
        after = {{p.name: p.read_bytes() for p in [path, *list_backups(path)]}}
        assert after == before, sorted(after)
        print("INTACT")
    """)
    result = subprocess.run(
        ["unshare", "--user", "--map-root-user", "--mount", "sh", "-c",
         f"mount -t tmpfs -o size=128k tmpfs '{mount}' && exec '{sys.executable}' -c \"$0\"", script],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.count("FAILED:") == 4 and "the disk is full" in result.stdout
    assert "INTACT" in result.stdout
