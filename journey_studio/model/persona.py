"""Personas: semi-fictional customers built from real data."""

from typing import Annotated

from pydantic import Field, StringConstraints

from .base import Id, LongText, Model, ShortText, text_list
from .enums import Channel

MAX_AVATAR_BASE64 = 2_800_000
"""About 2 MB of image once decoded: avatars are embedded, never referenced by path or URL."""


class Avatar(Model):
    """Either an emoji or an embedded PNG/JPEG image (base64); never a path or URL."""

    emoji: Annotated[str, StringConstraints(max_length=16)] = ""
    image_base64: Annotated[str, StringConstraints(max_length=MAX_AVATAR_BASE64)] = ""
    image_mime: Annotated[str, StringConstraints(pattern=r"^(|image/png|image/jpeg)$")] = ""


class Persona(Model):
    id: Id
    name: ShortText
    avatar: Avatar = Field(default_factory=Avatar)
    age: Annotated[int, Field(ge=0, le=150)] | None = None
    role: ShortText = ""
    quote: LongText = ""
    goals: list[ShortText] = text_list()
    motivations: list[ShortText] = text_list()
    frustrations: list[ShortText] = text_list()
    behaviours: list[ShortText] = text_list()
    preferred_channels: list[Channel] = Field(default_factory=list, max_length=20)
    data_sources: list[ShortText] = text_list()
    """The research this persona is built from: interviews, CRM segments, surveys…"""
