"""Saving and opening good files: stable bytes that diff well, saves that never lose a file."""

import errno
import json
import os
import stat
from pathlib import Path

import pytest

from journey_studio.io import (
    SaveFailed,
    parse_workspace,
    read_workspace,
    workspace_to_bytes,
    write_workspace,
)
from journey_studio.model import (
    Avatar,
    BusinessContext,
    Card,
    Channel,
    Comment,
    Connector,
    ConnectorKind,
    EmotionPoint,
    EmotionScale,
    Evidence,
    EvidenceSource,
    JourneyMap,
    JourneyType,
    Lane,
    LaneKind,
    MapState,
    MapView,
    Metadata,
    Persona,
    PurchasePattern,
    Stage,
    StageMetrics,
    Workspace,
)
from tests.factories import ACCENTED, make_card, make_workspace, sample_workspace

# --- round trips ----------------------------------------------------------------------------


def test_save_open_save_gives_the_same_bytes(tmp_path):
    first, second = tmp_path / "a.journey.json", tmp_path / "b.journey.json"
    workspace = sample_workspace()

    write_workspace(workspace, first)
    reopened = read_workspace(first)
    write_workspace(reopened, second)

    assert reopened == workspace
    assert second.read_bytes() == first.read_bytes()
    assert first.read_bytes() == workspace_to_bytes(workspace)


def test_accents_and_emoji_are_written_as_themselves(tmp_path):
    path = tmp_path / "map.journey.json"
    write_workspace(sample_workspace(), path)
    data = path.read_bytes()

    assert ACCENTED.encode("utf-8") in data
    assert "👩🏽‍💻".encode() in data
    assert b"\\u" not in data  # ensure_ascii=False: no escapes, a diff shows real text
    assert read_workspace(path).maps[0].cards[0].body == ACCENTED


def test_the_same_workspace_always_gives_the_same_bytes():
    assert workspace_to_bytes(sample_workspace()) == workspace_to_bytes(sample_workspace())
    copy = Workspace.model_validate(sample_workspace().model_dump())
    assert workspace_to_bytes(copy) == workspace_to_bytes(sample_workspace())


def test_text_layout_two_space_indent_and_one_trailing_newline():
    text = workspace_to_bytes(sample_workspace()).decode("utf-8")
    lines = text.split("\n")
    assert lines[0] == "{"
    assert lines[1] == '  "schema_version": 1,'
    assert text.endswith("}\n")
    assert not text.endswith("\n\n")
    assert "\r" not in text
    assert not any(line.endswith(" ") for line in lines)


def _keys_in_order(pairs):
    return {"__keys__": [key for key, _ in pairs], **dict(pairs)}


def test_keys_are_in_model_order():
    document = json.loads(workspace_to_bytes(sample_workspace()), object_pairs_hook=_keys_in_order)
    journey_map = document["maps"][0]
    assert document["__keys__"] == list(Workspace.model_fields)
    # A map's views are left out of the file when it has none (files without views keep their bytes).
    assert journey_map["__keys__"] == [name for name in JourneyMap.model_fields if name != "views"]
    assert journey_map["stages"][0]["__keys__"] == list(Stage.model_fields)
    assert journey_map["cards"][0]["__keys__"] == list(Card.model_fields)
    assert document["__keys__"][0] == "schema_version"


def test_a_map_with_views_writes_them_in_model_order():
    workspace = sample_workspace()
    with_view = workspace.maps[0].model_copy(update={"views": [MapView(name="Client deck", comments=False)]})
    workspace = workspace.model_copy(update={"maps": [with_view]})
    document = json.loads(workspace_to_bytes(workspace), object_pairs_hook=_keys_in_order)
    assert document["maps"][0]["__keys__"] == list(JourneyMap.model_fields)


def test_a_hand_written_file_is_normalised_once_then_stable(tmp_path):
    path = tmp_path / "hand.journey.json"
    path.write_text(
        '{"maps": [{"title": "Parcours été ☀️", "id": "m",'
        ' "stages": [{"name": "Achat", "id": "s", "width": 300}]}], "schema_version": 1}',
        encoding="utf-8",
    )
    write_workspace(read_workspace(path), path)
    normalised = path.read_bytes()
    assert normalised.startswith(b'{\n  "schema_version": 1,')
    assert b'"width": 300.0' in normalised
    write_workspace(read_workspace(path), path)
    assert path.read_bytes() == normalised


def test_parse_workspace_reads_bytes_without_a_file():
    workspace = sample_workspace()
    assert parse_workspace(workspace_to_bytes(workspace)) == workspace


def test_paths_may_be_strings(tmp_path):
    path = str(tmp_path / "map.journey.json")
    write_workspace(make_workspace(cards=[make_card()]), path)
    assert read_workspace(path).maps[0].cards[0].id == "card-1"


# --- atomic saves ---------------------------------------------------------------------------


def test_a_save_leaves_nothing_but_the_file(tmp_path):
    path = tmp_path / "map.journey.json"
    write_workspace(sample_workspace(), path)
    write_workspace(make_workspace(), path)  # overwrite too
    assert [p.name for p in tmp_path.iterdir()] == ["map.journey.json"]
    assert read_workspace(path) == make_workspace()


def test_a_failed_rename_keeps_the_old_file_and_cleans_up(tmp_path, monkeypatch):
    path = tmp_path / "map.journey.json"
    write_workspace(sample_workspace(), path)
    before = path.read_bytes()

    def refuse(src, dst):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(SaveFailed) as failure:
        write_workspace(make_workspace(), path)

    assert str(path) in str(failure.value)
    assert "No space left on device" in str(failure.value)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["map.journey.json"]


def test_a_failed_flush_to_disk_keeps_the_old_file_and_cleans_up(tmp_path, monkeypatch):
    path = tmp_path / "map.journey.json"
    write_workspace(sample_workspace(), path)
    before = path.read_bytes()

    def refuse(fd):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "fsync", refuse)
    with pytest.raises(SaveFailed, match="Input/output error"):
        write_workspace(make_workspace(), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["map.journey.json"]


def test_an_interrupted_save_keeps_the_old_file_and_cleans_up(tmp_path, monkeypatch):
    path = tmp_path / "map.journey.json"
    write_workspace(sample_workspace(), path)
    before = path.read_bytes()

    def interrupt(fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupt)
    with pytest.raises(KeyboardInterrupt):  # Ctrl+C in the command line
        write_workspace(make_workspace(), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["map.journey.json"]


def test_saving_into_a_missing_folder_names_the_folder(tmp_path):
    folder = tmp_path / "Mes parcours"
    path = folder / "map.journey.json"
    with pytest.raises(SaveFailed) as failure:
        write_workspace(make_workspace(), path)
    assert str(folder) in str(failure.value)
    assert "does not exist" in str(failure.value)
    assert failure.value.path == path
    assert not folder.exists()


def test_saving_over_a_folder_fails_cleanly(tmp_path):
    path = tmp_path / "map.journey.json"
    path.mkdir()
    (path / "keep.txt").write_text("garde-moi", encoding="utf-8")
    with pytest.raises(SaveFailed) as failure:
        write_workspace(make_workspace(), path)
    assert str(path) in str(failure.value)
    assert (path / "keep.txt").read_text(encoding="utf-8") == "garde-moi"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.journey.json"]


# --- permissions ----------------------------------------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
@pytest.mark.parametrize("mode", [0o600, 0o640, 0o664])
def test_an_overwrite_keeps_the_files_permissions(tmp_path, mode):
    path = tmp_path / "map.journey.json"
    write_workspace(sample_workspace(), path)
    path.chmod(mode)
    write_workspace(make_workspace(), path)
    assert stat.S_IMODE(path.stat().st_mode) == mode


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_new_file_follows_the_umask(tmp_path):
    old = os.umask(0o027)
    try:
        write_workspace(make_workspace(), tmp_path / "map.journey.json")
    finally:
        os.umask(old)
    # mkstemp alone would give 0o600: colleagues sharing the folder could not read it
    assert stat.S_IMODE((tmp_path / "map.journey.json").stat().st_mode) == 0o640


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_saving_through_a_symbolic_link_updates_the_linked_file(tmp_path):
    real = tmp_path / "shared" / "map.journey.json"
    real.parent.mkdir()
    write_workspace(sample_workspace(), real)
    link = tmp_path / "map.journey.json"
    link.symlink_to(real)

    write_workspace(make_workspace(), link)

    assert link.is_symlink()
    assert read_workspace(real) == make_workspace()


# --- the documented format ------------------------------------------------------------------

DOC = Path(__file__).resolve().parents[2] / "docs" / "file-format.md"


def test_the_example_in_the_documentation_opens_and_saves(tmp_path):
    text = DOC.read_text(encoding="utf-8")
    example = text.split("## Example", 1)[1].split("```json\n", 1)[1].split("```", 1)[0]
    path = tmp_path / "example.journey.json"
    path.write_text(example, encoding="utf-8")

    workspace = read_workspace(path)  # also runs every consistency check

    titles = [card.title for card in workspace.maps[0].cards]
    assert titles == ["Lit les avis en ligne", "Attente en caisse"]
    write_workspace(workspace, path)
    assert read_workspace(path) == workspace


def test_the_documentation_lists_every_field():
    text = DOC.read_text(encoding="utf-8")
    models = [
        Workspace, Metadata, BusinessContext, Persona, Avatar, JourneyMap, EmotionScale, Stage,
        StageMetrics, Lane, Card, Comment, Evidence, EmotionPoint, Connector,
    ]
    missing = [
        f"{model.__name__}.{name}"
        for model in models
        for name in model.model_fields
        if f"| `{name}` |" not in text.split(f"### {model.__name__}", 1)[1].split("\n### ", 1)[0]
    ]
    assert not missing, f"document these fields in docs/file-format.md: {missing}"
    for enum in (
        JourneyType, PurchasePattern, MapState, LaneKind, Channel, EvidenceSource, ConnectorKind
    ):
        section = text.split(f"### {enum.__name__}\n", 1)[1].split("\n### ", 1)[0]
        assert all(f"`{member.value}`" in section for member in enum), enum.__name__
