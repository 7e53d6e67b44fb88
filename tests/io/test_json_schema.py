"""The shipped JSON Schema: what the models say, so integrators can validate files themselves."""

import json
import subprocess
import sys
from importlib.resources import files
from pathlib import Path

import pytest

from journey_studio.io import workspace_to_bytes
from journey_studio.io.schema import SCHEMA_ID, SHIPPED_SCHEMA, json_schema, schema_text
from journey_studio.model import Workspace
from tests.factories import sample_workspace

REGENERATE = "python -m journey_studio.io.schema > journey_studio/schema/journey.schema.json"


def shipped_text() -> str:
    return (files("journey_studio") / "schema" / "journey.schema.json").read_text(encoding="utf-8")


def test_the_shipped_schema_is_what_the_models_generate():
    assert SHIPPED_SCHEMA.is_file()
    assert shipped_text() == schema_text(), f"the models changed: run `{REGENERATE}`"


def test_the_schema_says_what_it_is():
    schema = json_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == SCHEMA_ID == "https://journey-studio.example/schema/journey.schema.json"
    assert schema["title"]
    assert "journey" in schema["description"]
    assert list(schema)[:4] == ["$schema", "$id", "title", "description"]
    assert schema["additionalProperties"] is False
    assert set(schema["properties"]) == set(Workspace.model_fields)
    assert schema["properties"]["schema_version"]["const"] == 1
    assert "schema_version" in schema["required"]  # read_workspace refuses a file without it


def test_schema_text_is_deterministic_and_readable():
    text = schema_text()
    assert text == schema_text()
    assert text.endswith("}\n") and not text.endswith("\n\n")
    assert text.split("\n")[1].startswith('  "$schema"')
    assert json.loads(text) == json_schema()


def test_the_command_prints_the_schema():
    result = subprocess.run(
        [sys.executable, "-m", "journey_studio.io.schema"],
        capture_output=True,
        check=True,
        timeout=60,
    )
    assert result.stdout.decode("utf-8") == schema_text()


def test_a_workspace_file_validates_against_the_schema():
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(shipped_text())
    validator = jsonschema.Draft202012Validator(schema)
    validator.check_schema(schema)
    document = json.loads(workspace_to_bytes(sample_workspace()))
    validator.validate(document)
    for damage in (
        lambda d: d["maps"][0]["cards"][0].update(couleur="rouge"),
        lambda d: d["maps"][0]["stages"][0].update(colour="blue"),
        lambda d: d["maps"][0]["cards"][0].update(id="carte 1"),
        lambda d: d.pop("schema_version"),
        lambda d: d.update(schema_version=2),
    ):
        damaged = json.loads(workspace_to_bytes(sample_workspace()))
        damage(damaged)
        assert not validator.is_valid(damaged)


def test_the_documented_example_validates_against_the_schema():
    jsonschema = pytest.importorskip("jsonschema")
    doc = (Path(__file__).resolve().parents[2] / "docs" / "file-format.md").read_text("utf-8")
    example = doc.split("## Example", 1)[1].split("```json\n", 1)[1].split("```", 1)[0]
    jsonschema.Draft202012Validator(json.loads(shipped_text())).validate(json.loads(example))
