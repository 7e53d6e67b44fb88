"""Opening bad files: each gives its own typed error, naming the file and saying what is wrong.

Nothing but a JourneyFileError may escape read_workspace: the window shows its message to the user.
"""

import json
import random

import pytest

import journey_studio.io.files as files
from journey_studio.io import (
    InconsistentFile,
    InvalidFormat,
    InvalidJson,
    JourneyFileError,
    UnreadableFile,
    UnsupportedVersion,
    read_workspace,
    workspace_to_bytes,
)
from tests.factories import make_card, make_workspace, sample_workspace

GOOD = workspace_to_bytes(sample_workspace())


def refused(path, error_type) -> str:
    """Open ``path``, expecting exactly ``error_type``; the message, which must name the file."""
    with pytest.raises(JourneyFileError) as info:
        read_workspace(path)
    assert type(info.value) is error_type, str(info.value)
    message = str(info.value)
    assert str(path) in message
    assert info.value.path == path
    return message


def write(tmp_path, data: bytes | str, name="map.journey.json"):
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def document(**changes) -> dict:
    data = json.loads(GOOD)
    data.update(changes)
    return data


def as_json(data) -> str:
    return json.dumps(data, ensure_ascii=False)


# --- not readable ---------------------------------------------------------------------------


def test_missing_file(tmp_path):
    message = refused(tmp_path / "absent.journey.json", UnreadableFile)
    assert "No such file" in message


def test_a_folder(tmp_path):
    folder = tmp_path / "folder.journey.json"
    folder.mkdir()
    assert "not a file" in refused(folder, UnreadableFile)


@pytest.mark.parametrize(
    "data",
    [
        b'{"schema_version": 1, "metadata": {"title": "\xff"}}',
        "{\"schema_version\": 1, \"metadata\": {\"title\": \"café\"}}".encode("latin-1"),
        "{\"schema_version\": 1}".encode("utf-16"),
        GOOD[:-40] + b"\xc3",  # an accent cut in half
    ],
    ids=["ff-byte", "latin-1", "utf-16", "cut-accent"],
)
def test_not_utf8(tmp_path, data):
    assert "not UTF-8" in refused(write(tmp_path, data), UnreadableFile)


def test_a_utf8_byte_order_mark_is_fine(tmp_path):
    path = write(tmp_path, b"\xef\xbb\xbf" + GOOD)
    assert read_workspace(path) == sample_workspace()


def test_a_file_over_the_size_cap(tmp_path, monkeypatch):
    path = write(tmp_path, GOOD)
    monkeypatch.setattr(files, "MAX_FILE_BYTES", len(GOOD) - 1)
    assert "too large" in refused(path, UnreadableFile)


def test_a_file_exactly_at_the_size_cap_opens(tmp_path, monkeypatch):
    path = write(tmp_path, GOOD)
    monkeypatch.setattr(files, "MAX_FILE_BYTES", len(GOOD))
    assert read_workspace(path) == sample_workspace()


# --- not JSON -------------------------------------------------------------------------------


def test_truncated_json_says_where(tmp_path):
    data = GOOD[: len(GOOD) // 2]
    expected = None
    try:
        json.loads(data)
    except json.JSONDecodeError as error:
        expected = error
    message = refused(write(tmp_path, data), InvalidJson)
    assert "not valid JSON" in message
    assert f"line {expected.lineno}" in message
    assert f"column {expected.colno}" in message
    assert expected.lineno > 10


@pytest.mark.parametrize("data", [b"", b"   \n", b"{", b'{"schema_version": 1,}', b"journey"])
def test_not_json_at_all(tmp_path, data):
    message = refused(write(tmp_path, data), InvalidJson)
    assert "not valid JSON" in message
    assert "line 1" in message or "line 2" in message


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_literals(tmp_path, literal):
    data = GOOD.replace(b'"emotion": 1.0', b'"emotion": ' + literal.encode(), 1)
    assert data != GOOD
    message = refused(write(tmp_path, data), InvalidJson)
    assert literal in message


def test_a_number_too_large_for_a_float(tmp_path):
    data = GOOD.replace(b'"emotion": 1.0', b'"emotion": 1e999', 1)
    message = refused(write(tmp_path, data), InvalidFormat)
    assert "maps.0.cards.0.emotion" in message
    assert "finite" in message


@pytest.mark.parametrize(
    ("opening", "closing"),
    [(b"[", b"]"), (b'{"a":', b"}")],
    ids=["arrays", "objects"],
)
def test_deep_nesting(tmp_path, opening, closing):
    depth = 100_000
    path = write(tmp_path, opening * depth + b"1" + closing * depth)
    assert "nested too deeply" in refused(path, InvalidJson)


def test_deep_nesting_inside_a_field(tmp_path):
    depth = 100_000
    data = b'{"schema_version": 1, "maps": ' + b"[" * depth + b"]" * depth + b"}"
    assert "nested too deeply" in refused(write(tmp_path, data), InvalidJson)


# --- JSON, but not a journey map ------------------------------------------------------------


@pytest.mark.parametrize("data", ["[]", "[1, 2]", '"map"', "42", "null", "true"])
def test_top_level_not_an_object(tmp_path, data):
    message = refused(write(tmp_path, data), InvalidFormat)
    assert "expected an object" in message


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda d: d["maps"][0].update(title=42), "maps.0.title"),
        (lambda d: d["maps"][0].update(stages="Découverte"), "maps.0.stages"),
        (lambda d: d["maps"][0]["stages"][0].update(width="large"), "maps.0.stages.0.width"),
        (lambda d: d["maps"][0]["cards"][1].update(order=-1), "maps.0.cards.1.order"),
        (lambda d: d["maps"][0]["cards"][0].update(channel="pigeon"), "maps.0.cards.0.channel"),
        (lambda d: d["personas"][0].update(goals={"a": 1}), "personas.0.goals"),
        (lambda d: d.update(metadata=[]), "metadata"),
        (lambda d: d["maps"][0]["lanes"][0].pop("kind"), "maps.0.lanes.0.kind"),
        (lambda d: d["maps"][0]["cards"][0].update(id="carte 1"), "maps.0.cards.0.id"),
    ],
    ids=["title", "stages", "width", "order", "channel", "goals", "metadata", "missing", "id"],
)
def test_wrong_types_name_the_field(tmp_path, change, where):
    data = document()
    change(data)
    message = refused(write(tmp_path, as_json(data)), InvalidFormat)
    assert "not a valid journey map file" in message
    assert f"  - {where}: " in message


def test_unknown_field(tmp_path):
    data = document()
    data["maps"][0]["cards"][0]["couleur"] = "rouge"
    message = refused(write(tmp_path, as_json(data)), InvalidFormat)
    assert "maps.0.cards.0.couleur" in message
    assert "not permitted" in message


def test_many_mistakes_are_summed_up(tmp_path):
    data = document()
    data["maps"][0]["cards"] = [{"id": f"c{i}"} for i in range(30)]  # each lacks 3 fields
    message = refused(write(tmp_path, as_json(data)), InvalidFormat)
    assert message.count("\n  - ") == files.MAX_DETAILS + 1
    assert "… and 70 more" in message


# --- versions -------------------------------------------------------------------------------


@pytest.mark.parametrize("version", [2, 99])
def test_a_file_from_a_newer_journey_studio(tmp_path, version):
    path = write(tmp_path, as_json(document(schema_version=version)))
    message = refused(path, UnsupportedVersion)
    assert f"file format {version}" in message
    assert "newer Journey Studio" in message
    assert "Update Journey Studio" in message


def test_a_newer_file_is_refused_even_if_it_would_not_validate(tmp_path):
    data = {"schema_version": 2, "pages": [{"whatever": True}]}
    refused(write(tmp_path, as_json(data)), UnsupportedVersion)


@pytest.mark.parametrize(
    "version", ["abc", "1", None, 0, -1, 1.5, True, [1]], ids=repr
)
def test_a_bad_schema_version(tmp_path, version):
    message = refused(write(tmp_path, as_json(document(schema_version=version))), InvalidFormat)
    assert "schema_version" in message
    assert "whole number" in message


def test_a_missing_schema_version(tmp_path):
    data = document()
    del data["schema_version"]
    message = refused(write(tmp_path, as_json(data)), InvalidFormat)
    assert "schema_version" in message


# --- inconsistent ---------------------------------------------------------------------------


def test_dangling_references_are_each_listed(tmp_path):
    workspace = make_workspace(
        cards=[
            make_card("c1", title="Compare les prix", stage_id="ghost"),
            make_card("c2", title="Achète", lane_id="nowhere"),
        ]
    )
    message = refused(write(tmp_path, workspace_to_bytes(workspace)), InconsistentFile)
    lines = message.split("\n")
    assert len(lines) == 3
    assert "refers to things that are not there" in lines[0]
    assert "Compare les prix" in lines[1] and "'ghost'" in lines[1]
    assert "Achète" in lines[2] and "'nowhere'" in lines[2]


def test_duplicate_ids_are_inconsistent(tmp_path):
    workspace = make_workspace(cards=[make_card("twin"), make_card("twin")])
    message = refused(write(tmp_path, workspace_to_bytes(workspace)), InconsistentFile)
    assert "'twin'" in message
    assert "unique" in message


def test_a_lone_surrogate_escape_is_refused_on_load(tmp_path):
    # half an emoji, as a JavaScript tool cutting a string may write it: it could never be saved
    data = GOOD.replace("Léa".encode(), b"L\\ud83d", 1)
    assert data != GOOD
    assert "personas.0.name" in refused(write(tmp_path, data), InvalidFormat)


# --- nothing else ever escapes --------------------------------------------------------------


def _damaged_copies(count: int):
    rng = random.Random(20240701)
    for _ in range(count):
        data = bytearray(GOOD)
        kind = rng.randrange(4)
        position = rng.randrange(len(data))
        if kind == 0:
            del data[position:]
        elif kind == 1:
            data[position] = rng.randrange(256)
        elif kind == 2:
            del data[position : position + rng.randrange(1, 40)]
        else:
            data[position:position] = rng.choice([b"{", b"]", b",", b'"', b"null", b"-", b"\\"])
        yield bytes(data)


def test_damaged_files_raise_only_journey_file_errors(tmp_path):
    path = tmp_path / "damaged.journey.json"
    kinds = set()
    for data in _damaged_copies(300):
        path.write_bytes(data)
        try:
            read_workspace(path)
        except JourneyFileError as error:
            assert str(path) in str(error)
            kinds.add(type(error))
    assert {UnreadableFile, InvalidJson, InvalidFormat} <= kinds
