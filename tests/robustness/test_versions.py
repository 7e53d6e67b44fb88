"""Every released file format still opens; migrations run in order; nothing newer is ever downgraded."""

import json
from pathlib import Path

import pytest

from journey_studio.io import (
    InvalidFormat,
    UnsupportedVersion,
    migrations,
    parse_workspace,
    read_workspace,
    workspace_to_bytes,
)
from journey_studio.model import SCHEMA_VERSION

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FILES = sorted(FIXTURES.glob("v*/*.journey.json"))


def version_of(path: Path) -> int:
    return int(path.parent.name.removeprefix("v"))


def test_every_released_version_has_fixtures():
    versions = {version_of(path) for path in FILES}
    assert versions == set(range(1, SCHEMA_VERSION + 1)), (
        f"add tests/fixtures/v{SCHEMA_VERSION}/ (see tests/fixtures/README.md)"
    )


def test_every_older_version_has_a_migration():
    assert set(migrations.MIGRATIONS) == set(range(1, SCHEMA_VERSION))


@pytest.mark.parametrize("path", FILES, ids=[f"{p.parent.name}/{p.name}" for p in FILES])
def test_each_fixture_opens_and_saves_at_the_current_version(path):
    assert json.loads(path.read_bytes())["schema_version"] == version_of(path)
    workspace = read_workspace(path)
    saved = workspace_to_bytes(workspace)
    assert json.loads(saved)["schema_version"] == SCHEMA_VERSION
    assert parse_workspace(saved) == workspace
    if version_of(path) == SCHEMA_VERSION and path.name != "minimal.journey.json":
        assert saved == path.read_bytes(), "a file of the current version is written back byte for byte"


def test_migrations_run_in_order(monkeypatch):
    steps = []

    def one_to_two(document):
        steps.append(1)
        old = document.pop("old")
        return {**document, "renamed": old}

    def two_to_three(document):
        steps.append(2)
        return {**document, "added": True}

    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 3)
    monkeypatch.setattr(migrations, "MIGRATIONS", {1: one_to_two, 2: two_to_three})
    result = migrations.migrate({"schema_version": 1, "old": "x"})
    assert steps == [1, 2]
    assert result == {"schema_version": 3, "renamed": "x", "added": True}
    assert migrations.migrate({"schema_version": 3, "kept": 1}) == {"schema_version": 3, "kept": 1}
    with pytest.raises(migrations.FutureVersion):
        migrations.migrate({"schema_version": 4})


def test_a_migration_that_chokes_on_a_damaged_file_is_a_typed_error(monkeypatch):
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 2)
    monkeypatch.setattr(migrations, "MIGRATIONS", {1: lambda document: document["maps"][0]["missing"]})
    with pytest.raises(InvalidFormat, match="not a journey map file"):
        parse_workspace(b'{"schema_version": 1, "maps": []}', "old.journey.json")


def test_a_newer_file_is_refused_with_a_clear_message():
    with pytest.raises(UnsupportedVersion) as refused:
        parse_workspace(json.dumps({"schema_version": SCHEMA_VERSION + 1}).encode(), "new.journey.json")
    message = str(refused.value)
    assert "newer Journey Studio" in message and "Update Journey Studio" in message
