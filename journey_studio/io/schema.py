"""The JSON Schema of ``.journey.json`` files, generated from the pydantic models.

The shipped copy lives in ``journey_studio/schema/journey.schema.json``; regenerate it after
changing a model with::

    python -m journey_studio.io.schema > journey_studio/schema/journey.schema.json

A test fails when the shipped copy and the models disagree.
"""

import json
import sys
from pathlib import Path
from typing import Any

from ..model import SCHEMA_VERSION, Workspace

SCHEMA_ID = "https://journey-studio.example/schema/journey.schema.json"
SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
SHIPPED_SCHEMA = Path(__file__).resolve().parent.parent / "schema" / "journey.schema.json"
"""Where the generated schema ships inside the package."""


def json_schema() -> dict[str, Any]:
    """The schema of a whole workspace file, as a JSON-ready dict."""
    generated = Workspace.model_json_schema()
    schema: dict[str, Any] = {
        "$schema": SCHEMA_DIALECT,
        "$id": SCHEMA_ID,
        "title": "Journey Studio workspace",
        "description": (
            "A .journey.json file written by Journey Studio: metadata, business context, "
            f"personas and customer journey maps (file format {SCHEMA_VERSION}). Ids must "
            "also be unique across the file and every reference must point at an existing "
            "item; a schema cannot express that, Journey Studio checks it on load."
        ),
    }
    schema.update((key, value) for key, value in generated.items() if key not in schema)
    # The model defaults it, but a file must say which format it is in (io.migrations).
    required = schema.setdefault("required", [])
    if "schema_version" not in required:
        required.insert(0, "schema_version")
    return schema


def schema_text() -> str:
    """The schema as deterministic text: indent 2, non-ASCII characters kept, trailing newline."""
    return json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"


def main() -> int:
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:  # a real console or pipe: UTF-8 and \n on every platform
        reconfigure(encoding="utf-8", newline="\n")
    sys.stdout.write(schema_text())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
