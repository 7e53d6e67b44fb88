"""The next start offers what a crash left: restore, compare, discard, or decide later."""

from datetime import UTC, datetime

import pytest

from journey_studio.io import DiskState, load_workspace, read_workspace, workspace_to_bytes, write_workspace
from journey_studio.recovery import RecoveryInfo, RecoveryStore
from journey_studio.ui import recovery_dialog
from journey_studio.ui.recovery_dialog import RecoveryChoice, RecoveryDialog, offer_recovery
from tests.factories import make_card, make_workspace


@pytest.fixture
def crashed(tmp_path, qapp):
    """A saved map, and a recovery copy with one more card, left by a process that is gone."""
    path = tmp_path / "map.journey.json"
    write_workspace(make_workspace(), path)
    fingerprint = load_workspace(path).fingerprint
    store = RecoveryStore(tmp_path / "recovery")
    slot = store.new_slot()
    recovered = make_workspace(cards=[make_card("c1", title="Carte ajoutée avant le plantage")])
    slot.write(workspace_to_bytes(recovered), RecoveryInfo(path, path.name, datetime.now(UTC), original=fingerprint))
    slot.release()
    return path, store, recovered


def answer(monkeypatch, choice: RecoveryChoice) -> list:
    asked = []

    def ask(parent, info, workspace, problem, location):
        asked.append((info, workspace, problem))
        return choice

    monkeypatch.setattr(recovery_dialog, "ask_recovery", ask)
    return asked


def test_restore_opens_the_copy_modified_and_tied_to_its_file(crashed, monkeypatch):
    path, store, recovered = crashed
    asked = answer(monkeypatch, RecoveryChoice.RESTORE)
    [document] = offer_recovery(store)
    assert len(asked) == 1 and asked[0][0].original_path == path
    assert document.workspace == recovered
    assert document.path == path and document.is_modified
    assert document.disk_state() is DiskState.UNCHANGED
    assert document.recovery_slot is not None, "kept until the restored map is saved"
    document.save()
    assert read_workspace(path) == document.workspace
    assert offer_recovery(store) == []
    document.recovery_slot.discard()
    document.deleteLater()


def test_a_restored_copy_still_notices_a_file_changed_since(crashed, monkeypatch):
    path, store, _ = crashed
    write_workspace(make_workspace(title="Changé par un collègue"), path)
    answer(monkeypatch, RecoveryChoice.RESTORE)
    [document] = offer_recovery(store)
    assert document.disk_state() is DiskState.CHANGED
    document.recovery_slot.discard()
    document.deleteLater()


def test_discard_deletes_the_copy(crashed, monkeypatch):
    _, store, _ = crashed
    answer(monkeypatch, RecoveryChoice.DISCARD)
    assert offer_recovery(store) == []
    assert list(store.folder.iterdir()) == []


def test_later_keeps_the_copy_for_the_next_start(crashed, monkeypatch):
    _, store, recovered = crashed
    asked = answer(monkeypatch, RecoveryChoice.LATER)
    assert offer_recovery(store) == []
    assert offer_recovery(store) == []
    assert len(asked) == 2 and asked[1][1] == recovered


def test_a_damaged_copy_is_explained_and_cannot_be_restored(crashed, monkeypatch, qtbot):
    _, store, _ = crashed
    [slot] = store.claim_orphans()
    slot.data_path.write_bytes(b'{"schema_version": 1, "maps": [')
    slot.release()
    asked = answer(monkeypatch, RecoveryChoice.RESTORE)
    assert offer_recovery(store) == []
    assert asked[0][1] is None and "not valid JSON" in asked[0][2]
    dialog = RecoveryDialog(asked[0][0], None, asked[0][2], "somewhere")
    qtbot.addWidget(dialog)
    assert not dialog.restore_button.isEnabled() and "damaged" in dialog.message.text()


def test_the_dialog_compares_then_restores(crashed, qtbot):
    path, store, recovered = crashed
    [slot] = store.claim_orphans()
    dialog = RecoveryDialog(slot.info(), slot.load(), "", str(slot.data_path))
    qtbot.addWidget(dialog)
    assert path.name in dialog.message.text() and str(path) in dialog.message.text()
    assert dialog.details.isHidden()
    dialog.compare_button.click()
    assert not dialog.details.isHidden()
    assert "card added: “Carte ajoutée avant le plantage”" in dialog.details.toPlainText()
    dialog.restore_button.click()
    assert dialog.choice is RecoveryChoice.RESTORE and dialog.result() == RecoveryDialog.DialogCode.Accepted
    slot.release()


@pytest.mark.parametrize(("button", "choice"), [("discard_button", RecoveryChoice.DISCARD),
                                                ("later_button", RecoveryChoice.LATER)])
def test_the_dialog_buttons(crashed, qtbot, button, choice):
    _, store, _ = crashed
    [slot] = store.claim_orphans()
    dialog = RecoveryDialog(slot.info(), slot.load(), "", str(slot.data_path))
    qtbot.addWidget(dialog)
    getattr(dialog, button).click()
    assert dialog.choice is choice
    slot.release()
