"""Stable string identifiers: short, readable in a diff, unique within a workspace."""

import re
import uuid

ID_PATTERN = r"^[A-Za-z0-9_.:-]{1,64}$"
_ID_RE = re.compile(ID_PATTERN)


def new_id(prefix: str) -> str:
    """A fresh id such as ``card-3f9a1c2b7d4e``; the prefix says what it names."""
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


def is_valid_id(value: str) -> bool:
    return bool(_ID_RE.fullmatch(value))
