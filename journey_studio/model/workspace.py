"""The root of a ``.journey.json`` file: metadata, business context, personas and maps."""

from datetime import datetime
from typing import Annotated, Final, Literal

from pydantic import Field, StringConstraints

from .base import LongText, Model, ShortText, text_list
from .journey_map import JourneyMap
from .persona import Persona

SCHEMA_VERSION: Final = 1
"""Bumped whenever the file format changes; ``io.migrations`` upgrades older files."""


class Metadata(Model):
    title: ShortText = ""
    author: ShortText = ""
    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2}(-[A-Z]{2})?$")] = "fr"
    created: datetime | None = None
    modified: datetime | None = None


class BusinessContext(Model):
    """The three decision factors: the company's goals, the market, the customers' expectations."""

    company_goals: list[ShortText] = text_list()
    market: LongText = ""
    customer_expectations: list[ShortText] = text_list()


class Workspace(Model):
    schema_version: Literal[1] = SCHEMA_VERSION
    metadata: Metadata = Field(default_factory=Metadata)
    business_context: BusinessContext = Field(default_factory=BusinessContext)
    personas: list[Persona] = Field(default_factory=list, max_length=500)
    maps: list[JourneyMap] = Field(default_factory=list, max_length=200)

    def persona(self, persona_id: str) -> Persona | None:
        return next((p for p in self.personas if p.id == persona_id), None)

    def find_map(self, key: str | None) -> JourneyMap | None:
        """The map whose id or title is ``key`` (the first map when ``key`` is None)."""
        if key is None:
            return self.maps[0] if self.maps else None
        for journey_map in self.maps:
            if journey_map.id == key:
                return journey_map
        folded = key.casefold()
        return next((m for m in self.maps if m.title.casefold() == folded), None)
