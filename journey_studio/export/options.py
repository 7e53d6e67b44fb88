"""What the user asked an export to produce, whatever the format."""

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from ..layout.views import ALL_MARKS, Marks
from ..theme import Theme, load_theme


class Scope(StrEnum):
    """What part of the work an export shows."""

    MAP = "map"
    STAGE = "stage"
    """One stage: its column, header included."""
    SELECTION = "selection"
    """The cards given by id, and what lies between them."""
    PERSONAS = "personas"
    """The map's persona sheets."""


class Background(StrEnum):
    THEME = "theme"
    WHITE = "white"
    TRANSPARENT = "transparent"
    """Only formats drawn over something else (PNG, SVG) can leave the page clear."""


class PageSize(StrEnum):
    A4 = "a4"
    A3 = "a3"
    LETTER = "letter"
    SLIDE = "slide"
    """16:9, the size of a PowerPoint widescreen slide (13.333 × 7.5 in)."""
    FIT = "fit"
    """As large as the content."""


PAGE_INCHES: dict[PageSize, tuple[float, float]] = {
    PageSize.A4: (297 / 25.4, 210 / 25.4),
    PageSize.A3: (420 / 25.4, 297 / 25.4),
    PageSize.LETTER: (11.0, 8.5),
    PageSize.SLIDE: (40 / 3, 7.5),
}
"""Landscape page sizes in inches: maps are wider than tall."""


@dataclass(frozen=True)
class ExportOptions:
    dpi: float = 96.0
    width: int | None = None
    """Pixel width; overrides ``dpi`` when given."""
    theme: str = "light"
    background: Background = Background.THEME
    page: PageSize | None = None
    """Raster and SVG: fit the content on a page of this shape (None: as large as the content).
    PDF: the paper size (None: A4)."""
    scope: Scope = Scope.MAP
    stage: str | None = None
    """The stage's id or name, for :attr:`Scope.STAGE`."""
    card_ids: tuple[str, ...] = ()
    """The selected cards, for :attr:`Scope.SELECTION`."""
    view: str | None = None
    """A named view of the map (``layout.views``): its stages, lanes, theme and marks; None shows everything."""
    marks: Marks = ALL_MARKS
    """The marks the layout keeps; set from :attr:`view` when the export starts (``export.view_options``)."""
    second_process: bool = False
    """Whether a large raster picture may be drawn by a forked second process as well as this one (the command
    line's export: a short-lived process with nothing else to do). A window never forks: it has an event loop,
    open files and a display that a copy of it must not share."""

    def __post_init__(self) -> None:
        # Plain strings (from a command line, or Qt, which stores enums as their values) become the enums.
        object.__setattr__(self, "background", Background(self.background))
        object.__setattr__(self, "scope", Scope(self.scope))
        if self.page is not None:
            object.__setattr__(self, "page", PageSize(self.page))
        object.__setattr__(self, "card_ids", tuple(self.card_ids))

    @property
    def transparent(self) -> bool:
        return self.background is Background.TRANSPARENT

    def load_theme(self) -> Theme:
        """The theme the options name; ExportError listing the known ones otherwise."""
        try:
            return load_theme(self.theme)
        except KeyError as error:
            raise ExportError(str(error.args[0])) from None

    def background_colour(self, theme: Theme) -> str | None:
        """The page colour to paint, None for a clear page."""
        return {Background.THEME: theme.background, Background.WHITE: "#FFFFFF"}.get(self.background)


class ExportError(Exception):
    """An export could not be made; the message says why, for a user."""


class ExportCancelled(ExportError):
    """The user stopped a long export; nothing was written."""

    def __init__(self) -> None:
        super().__init__("the export was cancelled")


Progress = Callable[[float, str], None]
"""Told how far an export has got (0…1) and what it is doing; raises :class:`ExportCancelled` to stop it."""


def no_progress(fraction: float, message: str) -> None:
    """The progress callback of an export nobody watches."""
