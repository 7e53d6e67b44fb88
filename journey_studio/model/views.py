"""Named views: a saved choice of what one audience sees of a map (lanes, stages, theme, marks)."""

from typing import Annotated

from pydantic import Field, StringConstraints

from .base import Id, Model

ViewName = Annotated[str, StringConstraints(min_length=1, max_length=80, strip_whitespace=True)]
ThemeName = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9-]{0,39}$")]
MAX_VIEWS = 50


class MapView(Model):
    """What an export or a presentation shows of a map; everything shows by default.

    ``lane_ids`` and ``stage_ids`` keep the map's order whatever order they list; None means all
    (the lanes the map itself shows). The marks are switched off for an audience, never changed.
    """

    name: ViewName
    lane_ids: list[Id] | None = Field(default=None, max_length=200)
    stage_ids: list[Id] | None = Field(default=None, max_length=500)
    theme: ThemeName | None = None
    """A theme's name (light, dark, projector); None keeps the one the export asks for."""
    evidence_badges: bool = True
    """The letter badge saying where each card's claim comes from."""
    assumption_marks: bool = True
    """The dashed "?" badge of a card nobody checked yet; a client deck hides it."""
    comments: bool = True
    """Workshop comments (the PDF's comment pages, the deck's notes)."""
    metrics: bool = True
    """Funnel figures (the metrics lane's cells, the stage table, the deck's notes)."""


CLIENT_DECK = MapView(name="Client deck", assumption_marks=False, comments=False)
"""Offered on every map: what a client sees, without the team's "?" and workshop comments."""
BUILTIN_VIEWS: tuple[MapView, ...] = (CLIENT_DECK,)
