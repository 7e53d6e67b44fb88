"""The pydantic base every saved object shares."""

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from .ids import ID_PATTERN

MAX_TEXT = 20_000
"""Longest free text accepted in one field; a hostile file cannot make the app allocate more."""

Id = Annotated[str, StringConstraints(pattern=ID_PATTERN)]
ShortText = Annotated[str, StringConstraints(max_length=500)]
LongText = Annotated[str, StringConstraints(max_length=MAX_TEXT)]
HexColour = Annotated[str, StringConstraints(pattern=r"^#[0-9A-Fa-f]{6}$")]


class Model(BaseModel):
    """Strict, assignment-validated and closed: an unknown key in a file is an error, not silently dropped."""

    model_config = ConfigDict(
        extra="forbid",
        validate_assignment=True,
        str_strip_whitespace=False,
        allow_inf_nan=False,
    )


def text_list(max_items: int = 200) -> Any:
    """A field holding a list of short texts (goals, tags…)."""
    return Field(default_factory=list, max_length=max_items)
