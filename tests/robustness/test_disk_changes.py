"""Save asks instead of overwriting a file another program changed; a failed save loses nothing.

Driven through Document and save_checked (the window's save path) with no main window.
"""

import errno
import os

import pytest

from journey_studio.document import Document
from journey_studio.editor import MapEditor
from journey_studio.io import (
    DiskState,
    FileChangedOnDisk,
    SaveFailed,
    list_backups,
    read_workspace,
    workspace_to_bytes,
    write_workspace,
)
from journey_studio.recovery import SETTING_BACKUPS
from journey_studio.ui import save_conflict_dialog
from journey_studio.ui.save_conflict_dialog import ConflictChoice, SaveOutcome, save_checked
from tests.factories import make_workspace, sample_workspace


@pytest.fixture
def opened(tmp_path, qapp):
    path = tmp_path / "map.journey.json"
    write_workspace(sample_workspace(), path)
    document = Document.open(path)
    yield path, document
    document.deleteLater()


def edit(document: Document, title: str = "Édité ici") -> None:
    MapEditor(document).set_map({"title": title})


def someone_else_writes(path, title: str = "Édité ailleurs", keep_mtime: bool = False) -> bytes:
    status = path.stat()
    workspace = read_workspace(path)
    workspace.maps[0].title = title
    write_workspace(workspace, path)
    if keep_mtime:
        os.utime(path, ns=(status.st_atime_ns, status.st_mtime_ns))
    return path.read_bytes()


def test_an_untouched_file_saves_without_asking(opened):
    path, document = opened
    assert document.disk_state() is DiskState.UNCHANGED
    edit(document)
    document.save()
    assert read_workspace(path).maps[0].title == "Édité ici"
    assert document.disk_state() is DiskState.UNCHANGED, "our own save is the new reference"


def test_a_touched_file_is_not_a_change(opened):
    path, document = opened
    os.utime(path, ns=(0, 1_000_000_000))
    assert document.disk_state() is DiskState.UNCHANGED
    assert document.disk_fingerprint.mtime_ns == 1_000_000_000
    edit(document)
    document.save()


@pytest.mark.parametrize("keep_mtime", [False, True], ids=["new-mtime", "same-mtime"])
def test_a_file_changed_elsewhere_is_not_overwritten(opened, keep_mtime):
    path, document = opened
    edit(document)
    theirs = someone_else_writes(path, keep_mtime=keep_mtime)
    assert document.disk_state() is DiskState.CHANGED
    with pytest.raises(FileChangedOnDisk) as refused:
        document.save()
    assert str(path) in str(refused.value) and "another program" in str(refused.value)
    assert path.read_bytes() == theirs
    assert document.is_modified


def test_overwriting_on_purpose_keeps_their_version_as_a_backup(opened):
    path, document = opened
    edit(document)
    theirs = someone_else_writes(path)
    document.save(overwrite=True, backups=3)
    assert read_workspace(path).maps[0].title == "Édité ici"
    assert list_backups(path)[0].read_bytes() == theirs
    assert not document.is_modified


def test_a_deleted_file_is_simply_written_again(opened):
    path, document = opened
    edit(document)
    path.unlink()
    assert document.disk_state() is DiskState.MISSING
    document.save()
    assert read_workspace(path).maps[0].title == "Édité ici"


def test_save_as_elsewhere_is_never_a_conflict(opened, tmp_path):
    path, document = opened
    edit(document)
    someone_else_writes(path)
    other = tmp_path / "copie.journey.json"
    document.save(other)
    assert document.path == other
    assert document.disk_state() is DiskState.UNCHANGED


@pytest.mark.parametrize(
    ("choice", "outcome"),
    [(ConflictChoice.OVERWRITE, SaveOutcome.SAVED), (ConflictChoice.SAVE_AS, SaveOutcome.SAVE_AS),
     (ConflictChoice.CANCEL, SaveOutcome.CANCELLED)],
)
def test_the_window_save_asks_only_when_the_file_changed(opened, monkeypatch, choice, outcome):
    path, document = opened
    asked = []
    monkeypatch.setattr(save_conflict_dialog, "ask_save_conflict", lambda parent, p: asked.append(p) or choice)
    edit(document, "Premier")
    assert save_checked(None, document, path) is SaveOutcome.SAVED
    assert not asked
    edit(document, "Second")
    theirs = someone_else_writes(path)
    assert save_checked(None, document, path) is outcome
    assert asked == [path]
    if outcome is SaveOutcome.SAVED:
        assert read_workspace(path).maps[0].title == "Second"
    else:
        assert path.read_bytes() == theirs and document.is_modified


def test_a_full_disk_keeps_the_document_modified_and_the_file_intact(opened, monkeypatch):
    path, document = opened
    before = path.read_bytes()
    modified_before = document.workspace.metadata.modified
    edit(document)
    signals = []
    document.saved.connect(signals.append)
    document.modifiedChanged.connect(signals.append)

    def full(*args):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "write", full)
    with pytest.raises(SaveFailed, match="the disk is full"):
        document.save()
    monkeypatch.undo()
    assert document.is_modified and signals == []
    assert document.workspace.metadata.modified == modified_before
    assert document.workspace.maps[0].title == "Édité ici"
    assert path.read_bytes() == before
    document.save()  # space freed: the same document saves
    assert read_workspace(path).maps[0].title == "Édité ici"


def test_a_read_only_file_keeps_the_document_open_and_modified(opened):
    path, document = opened
    edit(document)
    path.chmod(0o444)
    try:
        with pytest.raises(SaveFailed, match="read-only"):
            document.save()
    finally:
        path.chmod(0o644)
    assert document.is_modified


def test_save_signals_and_the_backup_it_kept(opened):
    path, document = opened
    before = path.read_bytes()
    saved = []
    document.saved.connect(saved.append)
    edit(document)
    document.save(backups=2)
    assert saved == [path]
    assert document.last_save.backup is not None and document.last_save.backup.read_bytes() == before


def test_the_backup_count_comes_from_the_settings(opened, qapp):
    from PySide6.QtCore import QSettings

    path, document = opened
    settings = QSettings()
    settings.setValue(SETTING_BACKUPS, 1)
    try:
        for title in ("Un", "Deux", "Trois"):
            edit(document, title)
            document.save()
    finally:
        settings.remove(SETTING_BACKUPS)
    assert len(list_backups(path)) == 1
    assert read_workspace(list_backups(path)[0]).maps[0].title == "Deux"


def test_a_restored_document_starts_modified(tmp_path, qapp):
    path = tmp_path / "map.journey.json"
    write_workspace(make_workspace(), path)
    document = Document.restored(sample_workspace(), path, None)
    assert document.is_modified
    document.save()
    assert not document.is_modified
    assert path.read_bytes() == workspace_to_bytes(document.workspace)
    document.deleteLater()
