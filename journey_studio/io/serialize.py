"""Workspace ⇄ JSON text. Deterministic, so that maps diff well in git."""

import json
from typing import Any

from ..model import Workspace


def workspace_to_dict(workspace: Workspace) -> dict[str, Any]:
    return workspace.model_dump(mode="json")


def workspace_to_bytes(workspace: Workspace) -> bytes:
    """UTF-8 JSON, keys in model order, two-space indent, trailing newline: the same model gives the same bytes."""
    text = json.dumps(workspace_to_dict(workspace), ensure_ascii=False, indent=2, allow_nan=False)
    return (text + "\n").encode("utf-8")
