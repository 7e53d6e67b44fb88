"""Autosave writes a recovery copy of a modified document, never the user's file, and cleans up after itself."""

import os
from datetime import UTC, datetime

import pytest

from journey_studio.document import Document
from journey_studio.editor import MapEditor
from journey_studio.io import read_workspace, workspace_to_bytes, write_workspace
from journey_studio.recovery import RecoveryInfo, RecoveryStore
from journey_studio.ui.autosave import Autosaver
from tests.factories import sample_workspace

FAST = 0.05


@pytest.fixture
def setup(tmp_path, qapp):
    path = tmp_path / "map.journey.json"
    write_workspace(sample_workspace(), path)
    document = Document.open(path)
    store = RecoveryStore(tmp_path / "recovery")
    autosaver = Autosaver(document, store, interval=FAST)
    yield path, document, store, autosaver
    autosaver.finish()
    document.deleteLater()


def test_a_modified_document_is_copied_to_the_recovery_folder(qtbot, setup):
    path, document, store, autosaver = setup
    before = path.read_bytes(), path.stat().st_mtime_ns
    with qtbot.waitSignal(autosaver.written, timeout=5000) as written:
        MapEditor(document).set_map({"title": "Brouillon"})
    copy = written.args[0]
    assert copy.parent == store.folder
    assert copy.read_bytes() == workspace_to_bytes(document.workspace)
    assert autosaver.slot.info().original_path == path.resolve()
    assert autosaver.slot.info().original == document.disk_fingerprint
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before, "the user's file is never touched"


def test_nothing_is_written_for_an_unmodified_document(qtbot, setup):
    _, _, store, autosaver = setup
    qtbot.wait(300)
    assert autosaver.slot is None and not store.folder.exists()
    assert not autosaver.flush()


def test_each_change_is_copied_once(qtbot, setup):
    _, document, _, autosaver = setup
    writes = []
    autosaver.written.connect(writes.append)
    MapEditor(document).set_map({"title": "Un"})
    qtbot.waitUntil(lambda: len(writes) == 1, timeout=5000)
    qtbot.wait(300)
    assert len(writes) == 1, "no change, no new write"
    MapEditor(document).set_map({"title": "Deux"})
    qtbot.waitUntil(lambda: len(writes) == 2, timeout=5000)
    assert read_workspace(writes[-1]).maps[0].title == "Deux"


@pytest.mark.parametrize("how", ["save", "undo", "finish"])
def test_the_copy_goes_when_the_work_is_safe_or_thrown_away(qtbot, setup, how):
    path, document, store, autosaver = setup
    with qtbot.waitSignal(autosaver.written, timeout=5000):
        MapEditor(document).set_map({"title": "Brouillon"})
    copy = autosaver.recovery_path
    assert copy.exists()
    if how == "save":
        document.save()
    elif how == "undo":
        document.undo_stack.undo()  # back to what is on disk
    else:
        autosaver.finish()  # closed without saving, on purpose
    assert not copy.exists()
    assert list(store.folder.iterdir()) == []
    assert store.claim_orphans() == []


def test_a_new_untitled_map_is_copied_too(qtbot, tmp_path):
    document = Document(sample_workspace())
    autosaver = Autosaver(document, RecoveryStore(tmp_path), interval=FAST)
    with qtbot.waitSignal(autosaver.written, timeout=5000):
        MapEditor(document).set_map({"title": "Sans nom"})
    assert autosaver.slot.info().original_path is None
    assert autosaver.slot.info().title == document.display_name
    autosaver.finish()
    document.deleteLater()


def test_a_folder_that_cannot_be_written_is_reported_once(qtbot, tmp_path):
    blocked = tmp_path / "recovery"
    blocked.write_text("a file, not a folder", encoding="utf-8")
    document = Document(sample_workspace())
    autosaver = Autosaver(document, RecoveryStore(blocked), interval=FAST)
    failures = []
    autosaver.failed.connect(failures.append)
    MapEditor(document).set_map({"title": "Un"})
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    MapEditor(document).set_map({"title": "Deux"})
    qtbot.wait(300)
    assert len(failures) == 1 and str(blocked) in failures[0]
    assert document.is_modified and document.workspace.maps[0].title == "Deux"
    autosaver.finish()
    document.deleteLater()


def test_autosave_off(qtbot, tmp_path):
    document = Document(sample_workspace())
    autosaver = Autosaver(document, RecoveryStore(tmp_path / "r"), interval=0)
    MapEditor(document).set_map({"title": "Un"})
    qtbot.wait(200)
    assert autosaver.slot is None
    assert autosaver.flush(), "an explicit flush still writes"
    autosaver.finish()
    document.deleteLater()


def test_a_restored_document_keeps_writing_to_its_slot(qtbot, tmp_path):
    store = RecoveryStore(tmp_path / "r")
    slot = store.new_slot()
    slot.write(workspace_to_bytes(sample_workspace()), RecoveryInfo(None, "x", datetime.now(UTC)))
    document = Document.restored(sample_workspace(), None, None)
    document.recovery_slot = slot
    autosaver = Autosaver(document, store, interval=FAST)
    assert autosaver.slot is slot and document.recovery_slot is None
    with qtbot.waitSignal(autosaver.written, timeout=5000):
        MapEditor(document).set_map({"title": "Repris"})
    assert [p.name for p in store.folder.iterdir() if p.name.endswith(".journey.json")] == [slot.data_path.name]
    document.save(tmp_path / "enfin.journey.json")
    assert not slot.data_path.exists()
    autosaver.finish()
    document.deleteLater()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_recovery_copies_are_private(qtbot, setup):
    _, document, _, autosaver = setup
    with qtbot.waitSignal(autosaver.written, timeout=5000) as written:
        MapEditor(document).set_map({"title": "Secret"})
    assert written.args[0].stat().st_mode & 0o077 == 0
