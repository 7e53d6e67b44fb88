"""The recovery folder: one locked slot per open document; what a dead process left is offered back."""

import subprocess
import sys
import textwrap
from datetime import UTC, datetime
from pathlib import Path

import pytest

from journey_studio.io import Fingerprint, workspace_to_bytes
from journey_studio.recovery import (
    DEFAULT_AUTOSAVE_SECONDS,
    ENV_AUTOSAVE_SECONDS,
    SETTING_AUTOSAVE_SECONDS,
    SETTING_BACKUPS,
    RecoveryInfo,
    RecoveryStore,
    autosave_seconds,
    backup_count,
    compare_with_saved,
    describe_differences,
)
from tests.factories import make_card, make_workspace, sample_workspace

ROOT = Path(__file__).resolve().parents[2]


def info(path: Path | None = None, title: str = "Carte") -> RecoveryInfo:
    return RecoveryInfo(path, title, datetime(2026, 5, 4, 12, 30, tzinfo=UTC),
                        original=Fingerprint(10, 20, "ab" * 32))


def test_a_slot_writes_a_copy_and_its_description(tmp_path):
    store = RecoveryStore(tmp_path / "recovery")
    slot = store.new_slot()
    slot.write(workspace_to_bytes(sample_workspace()), info(tmp_path / "map.journey.json"))
    assert slot.load() == sample_workspace()
    assert slot.info() == info(tmp_path / "map.journey.json")
    assert slot.data_path.name.endswith(".journey.json"), "a copy opens in Journey Studio by hand"
    slot.discard()
    assert sorted(p.name for p in store.folder.iterdir()) == []


def test_a_held_slot_is_never_offered(tmp_path):
    store = RecoveryStore(tmp_path)
    slot = store.new_slot()
    slot.write(workspace_to_bytes(make_workspace()), info())
    assert store.claim_orphans() == []  # this process still edits it
    slot.release()  # as if the process had gone: the copy stays
    orphans = store.claim_orphans()
    assert [o.key for o in orphans] == [slot.key]
    assert RecoveryStore(tmp_path).claim_orphans() == [], "claimed: a second start does not offer it too"
    orphans[0].discard()
    assert not list(tmp_path.iterdir())


def test_orphans_come_newest_first(tmp_path):
    store = RecoveryStore(tmp_path)
    for day in (3, 9, 5):
        slot = store.new_slot()
        slot.write(workspace_to_bytes(make_workspace()),
                   RecoveryInfo(None, f"jour {day}", datetime(2026, 1, day, tzinfo=UTC)))
        slot.release()
    assert [o.info().title for o in store.claim_orphans()] == ["jour 9", "jour 5", "jour 3"]


def test_a_damaged_description_still_offers_the_copy(tmp_path):
    store = RecoveryStore(tmp_path)
    slot = store.new_slot()
    slot.write(workspace_to_bytes(make_workspace()), info())
    slot.info_path.write_bytes(b"{ not json")
    slot.release()
    [orphan] = store.claim_orphans()
    assert orphan.info().original_path is None
    assert orphan.load() == make_workspace()


def test_a_description_without_a_copy_is_tidied(tmp_path):
    store = RecoveryStore(tmp_path)
    slot = store.new_slot()
    slot.write(workspace_to_bytes(make_workspace()), info())
    slot.data_path.unlink()
    slot.release()
    assert store.claim_orphans() == []
    assert not list(tmp_path.iterdir())


def test_a_missing_folder_offers_nothing(tmp_path):
    assert RecoveryStore(tmp_path / "absent").claim_orphans() == []


def test_a_live_process_keeps_its_slot_and_a_killed_one_leaves_it(tmp_path):
    """The lock is how a start tells a crash from another running Journey Studio."""
    script = textwrap.dedent(f"""
        import sys, time
        sys.path.insert(0, {str(ROOT)!r})
        from pathlib import Path
        from journey_studio.recovery import RecoveryStore
        from tests.factories import make_workspace
        from journey_studio.io import workspace_to_bytes
        from journey_studio.recovery import RecoveryInfo
        from datetime import datetime, UTC
        slot = RecoveryStore(Path({str(tmp_path)!r})).new_slot()
        slot.write(workspace_to_bytes(make_workspace()), RecoveryInfo(None, "autre", datetime.now(UTC)))
        print(slot.key, flush=True)
        time.sleep(60)
    """)
    process = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        key = process.stdout.readline().strip()
        assert key
        assert RecoveryStore(tmp_path).claim_orphans() == []
    finally:
        process.kill()
        process.wait(30)
        process.stdout.close()
    [orphan] = RecoveryStore(tmp_path).claim_orphans()
    assert orphan.key == key and orphan.info().title == "autre"
    orphan.discard()


def test_the_interval_comes_from_the_environment_then_the_settings(monkeypatch, qapp):
    from PySide6.QtCore import QSettings

    settings = QSettings()
    monkeypatch.delenv(ENV_AUTOSAVE_SECONDS, raising=False)
    assert autosave_seconds(settings) == DEFAULT_AUTOSAVE_SECONDS
    settings.setValue(SETTING_AUTOSAVE_SECONDS, 120)
    try:
        assert autosave_seconds(settings) == 120
        settings.setValue(SETTING_AUTOSAVE_SECONDS, 0)
        assert autosave_seconds(settings) == 0, "0 turns autosave off"
        settings.setValue(SETTING_AUTOSAVE_SECONDS, "often")
        assert autosave_seconds(settings) == DEFAULT_AUTOSAVE_SECONDS
        monkeypatch.setenv(ENV_AUTOSAVE_SECONDS, "0.25")
        assert autosave_seconds(settings) == 0.25
    finally:
        settings.remove(SETTING_AUTOSAVE_SECONDS)


@pytest.mark.parametrize(("stored", "expected"), [(None, 3), (5, 5), (-2, 0), (1000, 99), ("many", 3)])
def test_the_backup_count_setting(qapp, stored, expected):
    from PySide6.QtCore import QSettings

    settings = QSettings()
    if stored is not None:
        settings.setValue(SETTING_BACKUPS, stored)
    try:
        assert backup_count(settings) == expected
    finally:
        settings.remove(SETTING_BACKUPS)


def test_differences_are_told_by_title():
    saved = make_workspace(cards=[make_card("c1", title="Compare les prix"), make_card("c2", title="Paie")])
    recovered = make_workspace(cards=[make_card("c1", title="Compare les prix en ligne"),
                                      make_card("c3", title="Appelle le service client")])
    recovered.metadata.title = "Atelier"
    lines = describe_differences(saved, recovered)
    assert "Title: “” → “Atelier”" in lines
    assert "“Achat en ligne”: card changed: “Compare les prix en ligne”" in lines
    assert "“Achat en ligne”: card added: “Appelle le service client”" in lines
    assert "“Achat en ligne”: card removed: “Paie”" in lines
    assert describe_differences(saved, saved) == ["The recovered copy holds the same map as the saved file."]


def test_comparing_with_a_missing_or_unsaved_file(tmp_path):
    assert "never saved" in compare_with_saved(info(None), make_workspace())[0]
    lines = compare_with_saved(info(tmp_path / "gone.journey.json"), make_workspace())
    assert "cannot be read" in lines[0] and "only complete one" in lines[0]
